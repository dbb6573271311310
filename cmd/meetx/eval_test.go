package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalCommand scores the extractor on the seed report against its gold
// annotation: the table ends with "overall", a floor above the score fails
// the command, and a missing gold folder is a clear error.
func TestEvalCommand(t *testing.T) {
	gold, err := os.ReadFile("../../extractor/eval/testdata/seed.json")
	if err != nil {
		t.Fatal(err)
	}
	var g map[string]any
	if err := json.Unmarshal(gold, &g); err != nil {
		t.Fatal(err)
	}
	g["source"] = "seed.txt" // the bundled copy of the seed report
	goldDir := t.TempDir()
	b, _ := json.Marshal(g)
	if err := os.WriteFile(filepath.Join(goldDir, "seed.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	docs := filepath.Dir(seedPath)

	var stdout, stderr bytes.Buffer
	code := runMain(context.Background(), []string{"eval", "--gold", goldDir, "--docs", docs}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"people.name", "directives.number", "agenda", "overall"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	var scores struct {
		Overall float64 `json:"overall"`
	}
	stdout.Reset()
	if code := runMain(context.Background(), []string{"eval", "--json", "--gold", goldDir, "--docs", docs}, &stdout, &stderr); code != 0 {
		t.Fatalf("--json: exit %d", code)
	}
	if err := json.Unmarshal(stdout.Bytes(), &scores); err != nil {
		t.Fatalf("--json output: %v", err)
	}
	if scores.Overall < 0.9 {
		t.Errorf("overall on the seed = %.3f, want >= 0.9", scores.Overall)
	}

	stderr.Reset()
	if code := runMain(context.Background(), []string{"eval", "--gold", goldDir, "--docs", docs, "--min-overall", "1.01"}, &bytes.Buffer{}, &stderr); code == 0 {
		t.Error("a floor above the score: want a non-zero exit")
	} else if !strings.Contains(stderr.String(), "below the floor") {
		t.Errorf("floor message: %s", stderr.String())
	}
	if code := runMain(context.Background(), []string{"eval", "--gold", filepath.Join(goldDir, "missing")}, &bytes.Buffer{}, &stderr); code == 0 {
		t.Error("missing gold folder: want a non-zero exit")
	}
}
