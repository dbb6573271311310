package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sync"
)

// JSONLSink writes each report as one line of JSON (the schema.Report
// contract) to W. It is the fallback store of "meetx run --out FILE" when no
// Postgres is at hand. Like the Postgres store it is idempotent: a report
// event (EventID: URL, content hash, extractor version) already written,
// in this run or in the lines given to Seed, is not written again, so a
// redelivered batch adds nothing.
type JSONLSink struct {
	mu   sync.Mutex
	w    io.Writer
	seen map[string]struct{}
}

// NewJSONLSink returns a sink writing to w.
func NewJSONLSink(w io.Writer) *JSONLSink {
	return &JSONLSink{w: w, seen: map[string]struct{}{}}
}

// Seed records the events of the reports in r, JSON Lines written by an
// earlier run to the file this sink appends to, so that they are not
// written twice. A line that is not a report is an error: appending to a
// file of something else would mix two formats.
func (s *JSONLSink) Seed(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	s.mu.Lock()
	defer s.mu.Unlock()
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var e Extracted
		if err := json.Unmarshal(line, &e.Report); err != nil || e.Report.URL == "" {
			return fmt.Errorf("line %d is not a report: %v", n, err)
		}
		s.seen[e.EventID()] = struct{}{}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read earlier reports: %w", err)
	}
	return nil
}

// Write appends the reports of batch not written before, one per line, and
// returns how many it wrote.
func (s *JSONLSink) Write(ctx context.Context, batch []Extracted) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var buf []byte
	var ids []string
	for _, e := range batch {
		id := e.EventID()
		if _, dup := s.seen[id]; dup || slices.Contains(ids, id) {
			continue
		}
		line, err := json.Marshal(e.Report)
		if err != nil {
			return 0, Permanent(fmt.Errorf("encode report %s: %w", e.Report.URL, err))
		}
		buf = append(append(buf, line...), '\n')
		ids = append(ids, id)
	}
	if len(buf) == 0 {
		return 0, nil
	}
	if _, err := s.w.Write(buf); err != nil {
		return 0, fmt.Errorf("write reports: %w", err)
	}
	for _, id := range ids {
		s.seen[id] = struct{}{}
	}
	return int64(len(ids)), nil
}
