package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// JSONLSink writes each report as one line of JSON (the schema.Report
// contract) to W. It is the fallback store of "meetx run --out FILE" when no
// Postgres is at hand. It does not deduplicate: a redelivered batch is
// written again.
type JSONLSink struct {
	mu sync.Mutex
	w  io.Writer
}

// NewJSONLSink returns a sink writing to w.
func NewJSONLSink(w io.Writer) *JSONLSink { return &JSONLSink{w: w} }

// Write appends the reports of batch, one per line.
func (s *JSONLSink) Write(ctx context.Context, batch []Extracted) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	var buf []byte
	for _, e := range batch {
		line, err := json.Marshal(e.Report)
		if err != nil {
			return 0, Permanent(fmt.Errorf("encode report %s: %w", e.Report.URL, err))
		}
		buf = append(append(buf, line...), '\n')
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.w.Write(buf); err != nil {
		return 0, fmt.Errorf("write reports: %w", err)
	}
	return int64(len(batch)), nil
}
