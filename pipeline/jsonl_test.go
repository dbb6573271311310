package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/schema"
)

func TestJSONLSink(t *testing.T) {
	var buf bytes.Buffer
	sink := pipeline.NewJSONLSink(&buf)
	batch := []pipeline.Extracted{
		{Report: schema.Report{URL: "https://a.vn/1", Title: "Hội nghị", ExtractorVersion: "0.1.0"}},
		{Report: schema.Report{URL: "https://a.vn/2", Title: "Hội thảo", ExtractorVersion: "0.1.0"}},
	}
	n, err := sink.Write(context.Background(), batch)
	if err != nil || n != 2 {
		t.Fatalf("Write = %d, %v; want 2, nil", n, err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), buf.String())
	}
	var r schema.Report
	if err := json.Unmarshal([]byte(lines[1]), &r); err != nil || r.URL != "https://a.vn/2" || r.Title != "Hội thảo" {
		t.Errorf("line 2 = %q (%v), want the second report", lines[1], err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := sink.Write(ctx, batch); !errors.Is(err, context.Canceled) {
		t.Errorf("Write after cancel = %v, want context.Canceled", err)
	}
	if got := strings.Count(buf.String(), "\n"); got != 2 {
		t.Errorf("a cancelled write added lines: %d lines", got)
	}
}

// A sink must be idempotent: a batch redelivered after a crash, or a page
// crawled again by a later run appending to the same file, adds no line.
func TestJSONLSinkWritesAnEventOnce(t *testing.T) {
	report := func(url, hash string) pipeline.Extracted {
		return pipeline.Extracted{Report: schema.Report{URL: url, ContentHash: hash, ExtractorVersion: "0.1.0"}}
	}
	var earlier bytes.Buffer
	first := pipeline.NewJSONLSink(&earlier)
	if _, err := first.Write(context.Background(), []pipeline.Extracted{report("https://a.vn/1", "h1")}); err != nil {
		t.Fatal(err)
	}

	var buf bytes.Buffer
	sink := pipeline.NewJSONLSink(&buf)
	if err := sink.Seed(bytes.NewReader(earlier.Bytes())); err != nil {
		t.Fatalf("Seed: %v", err)
	}
	batch := []pipeline.Extracted{
		report("https://a.vn/1", "h1"), // written by the earlier run
		report("https://a.vn/2", "h2"),
		report("https://a.vn/2", "h2"), // twice in one batch
		report("https://a.vn/1", "h1-changed"),
	}
	for round := range 2 { // the second round is a redelivery
		n, err := sink.Write(context.Background(), batch)
		want := int64(2)
		if round == 1 {
			want = 0
		}
		if err != nil || n != want {
			t.Fatalf("round %d: Write = %d, %v; want %d, nil", round, n, err, want)
		}
	}
	if got := strings.Count(buf.String(), "\n"); got != 2 {
		t.Errorf("%d lines written, want 2 (a.vn/2 and the changed a.vn/1):\n%s", got, buf.String())
	}
}

func TestJSONLSinkSeedRejectsOtherFiles(t *testing.T) {
	sink := pipeline.NewJSONLSink(&bytes.Buffer{})
	if err := sink.Seed(strings.NewReader("{\"url\":\"https://a.vn/1\"}\nnot json\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Seed = %v, want an error naming line 2", err)
	}
}
