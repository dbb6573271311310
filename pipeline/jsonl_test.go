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
