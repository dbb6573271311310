package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"

	"github.com/meetx/meetx/extractor"
	"github.com/meetx/meetx/extractor/eval"
	"github.com/meetx/meetx/schema"
)

func init() {
	commands["eval"] = command{summary: "score the extractor against gold annotations", run: runEval}
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	goldDir := fs.String("gold", "", "folder of gold annotations (*.json)")
	docsDir := fs.String("docs", "", "folder of the documents the gold files name (default: the gold folder)")
	verbose := fs.Bool("v", false, "list what did not match, per document")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	minOverall := fs.Float64("min-overall", 0, "exit non-zero when overall is below this floor")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *goldDir == "" {
		return fmt.Errorf("%w: --gold DIR is required", errUsage)
	}
	if *docsDir == "" {
		*docsDir = *goldDir
	}
	golds, err := eval.LoadGold(*goldDir)
	if err != nil {
		return err
	}
	if len(golds) == 0 {
		return fmt.Errorf("no gold annotations in %s", *goldDir)
	}
	pairs := make([]eval.Pair, 0, len(golds))
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return err
		}
		path := filepath.Join(*docsDir, g.Source)
		got, err := extractFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "meetx eval: %s: %v\n", g.ID, err)
		}
		pairs = append(pairs, eval.Pair{Gold: g, Got: got})
	}
	res := eval.Score(pairs)
	if *asJSON {
		if err := writeScoresJSON(stdout, res); err != nil {
			return err
		}
	} else if err := res.WriteTable(stdout); err != nil {
		return err
	}
	if *verbose {
		if err := res.WriteMisses(stdout); err != nil {
			return err
		}
	}
	if res.Overall() < *minOverall {
		return fmt.Errorf("overall %.3f is below the floor %.3f", res.Overall(), *minOverall)
	}
	return nil
}

// extractFile runs the extractor on a local file, as `meetx extract` does.
func extractFile(path string) (*schema.Report, error) {
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	// Only the media type: the extension says nothing about the charset, and a
	// guessed one would override what the page itself declares.
	contentType, _, _ := strings.Cut(mime.TypeByExtension(filepath.Ext(path)), ";")
	return extractor.Extract(schema.Page{
		URL:         path,
		ContentType: contentType,
		ContentHash: hex.EncodeToString(sum[:]),
		Body:        body,
	})
}

func writeScoresJSON(w io.Writer, res *eval.Result) error {
	type line struct {
		Field     string   `json:"field"`
		Precision *float64 `json:"precision,omitempty"`
		Recall    *float64 `json:"recall,omitempty"`
		F1        *float64 `json:"f1,omitempty"`
		Accuracy  *float64 `json:"accuracy,omitempty"`
		Scored    bool     `json:"scored"`
	}
	out := struct {
		Lines   []line  `json:"lines"`
		Overall float64 `json:"overall"`
	}{Overall: res.Overall()}
	for _, l := range res.Lines {
		jl := line{Field: l.Field, Scored: l.Scored}
		if l.Counts != nil {
			p, r, f := l.Counts.Precision(), l.Counts.Recall(), l.Counts.F1()
			jl.Precision, jl.Recall, jl.F1 = &p, &r, &f
		} else {
			a := l.Acc.Value()
			jl.Accuracy = &a
		}
		out.Lines = append(out.Lines, jl)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
