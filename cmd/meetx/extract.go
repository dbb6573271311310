package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/meetx/meetx/extractor"
	"github.com/meetx/meetx/schema"
)

func init() {
	commands["extract"] = command{summary: "extract meeting reports from files, URLs or stdin as JSON Lines", run: runExtract}
}

// fetchTimeout bounds one URL fetch.
const fetchTimeout = 30 * time.Second

// runExtract writes one JSON object per input to stdout. A failed input is
// reported on stderr and the others are still processed; the command fails
// when any input failed.
func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pretty := fs.Bool("pretty", false, "indent the JSON")
	source := fs.String("source", "", "source name stored in each report")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: meetx extract [--pretty] [--source NAME] PATH|URL|- ...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no input given", errUsage)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	client := &http.Client{Timeout: fetchTimeout}
	failed := 0
	for _, in := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := extractOne(ctx, client, in, *source)
		if err == nil {
			err = enc.Encode(r)
		}
		if err != nil {
			fmt.Fprintf(stderr, "meetx extract: %s: %v\n", in, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", failed, fs.NArg())
	}
	return nil
}

// extractOne loads one input and extracts it; a panic in the extractor is
// turned into an error so that the other inputs still run.
func extractOne(ctx context.Context, client *http.Client, in, source string) (r *schema.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	page, err := loadPage(ctx, client, in)
	if err != nil {
		return nil, err
	}
	page.Source = source
	sum := sha256.Sum256(page.Body)
	page.ContentHash = hex.EncodeToString(sum[:])
	return extractor.Extract(page)
}

// loadPage reads a file, stdin ("-") or a URL, never more than
// MaxInputBytes+1 bytes so that an oversized page is reported as such.
func loadPage(ctx context.Context, client *http.Client, in string) (schema.Page, error) {
	limit := int64(extractor.MaxInputBytes) + 1
	switch {
	case in == "-":
		body, err := io.ReadAll(io.LimitReader(os.Stdin, limit))
		return schema.Page{URL: "stdin", Body: body, FetchedAt: time.Now()}, err
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, in, nil)
		if err != nil {
			return schema.Page{}, err
		}
		req.Header.Set("User-Agent", "meetx/"+extractor.Version+" (+https://github.com/meetx/meetx)")
		resp, err := client.Do(req)
		if err != nil {
			return schema.Page{}, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return schema.Page{}, fmt.Errorf("fetch: %s", resp.Status)
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, limit))
		if err != nil {
			return schema.Page{}, fmt.Errorf("fetch: %w", err)
		}
		p := schema.Page{URL: in, Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"), Body: body, FetchedAt: time.Now()}
		if final := resp.Request.URL.String(); final != in {
			p.FinalURL = final
		}
		return p, nil
	default:
		f, err := os.Open(in)
		if err != nil {
			return schema.Page{}, err
		}
		defer f.Close()
		body, err := io.ReadAll(io.LimitReader(f, limit))
		return schema.Page{URL: in, Body: body}, err
	}
}
