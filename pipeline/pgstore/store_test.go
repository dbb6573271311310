package pgstore_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/pipeline/pgstore"
	"github.com/meetx/meetx/pipeline/pipelinetest"
	"github.com/meetx/meetx/schema"
)

func newTestCtx(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// newStore opens a migrated store on a fresh database.
func newStore(t *testing.T) *pgstore.Store {
	t.Helper()
	ctx := newTestCtx(t, time.Minute)
	s, err := pgstore.Open(ctx, pgstore.Config{URL: pipelinetest.NewDatabase(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

// counts returns the number of rows of each table.
func counts(t *testing.T, s *pgstore.Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"sources", "pages", "reports", "people", "person_mentions", "positions", "directives", "directive_citations", "agenda_items"} {
		var n int
		if err := s.Pool().QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[table] = n
	}
	return out
}

func TestMigrateTwice(t *testing.T) {
	s := newStore(t)
	ctx := newTestCtx(t, time.Minute)
	applied, err := s.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != 0 {
		t.Errorf("second Migrate applied %v, want nothing", applied)
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v < 1 {
		t.Errorf("schema version = %d, want >= 1", v)
	}
}

func TestOpenUnreachable(t *testing.T) {
	ctx := newTestCtx(t, 10*time.Second)
	_, err := pgstore.Open(ctx, pgstore.Config{URL: "postgres://postgres@127.0.0.1:1/none?connect_timeout=2"})
	if !errors.Is(err, pgstore.ErrUnreachable) {
		t.Fatalf("Open = %v, want ErrUnreachable", err)
	}
}

func TestWriteIsIdempotent(t *testing.T) {
	s := newStore(t)
	ctx := newTestCtx(t, time.Minute)
	var batch []pipeline.Extracted
	for i := range 3 {
		batch = append(batch, pipelinetest.Event(fmt.Sprintf("https://example.vn/a%d", i), "0.1.0", fmt.Sprintf("body %d", i), i))
	}
	// The same event twice in one batch, as a duplicate publish would give.
	batch = append(batch, batch[0])
	if _, err := s.Write(ctx, batch); err != nil {
		t.Fatal(err)
	}
	first := counts(t, s)
	want := map[string]int{"sources": 1, "pages": 3, "reports": 3, "people": 5, "person_mentions": 9,
		"positions": 9, "directives": 4, "directive_citations": 6, "agenda_items": 6}
	for table, n := range want {
		if first[table] != n {
			t.Errorf("after first write: %s has %d rows, want %d", table, first[table], n)
		}
	}
	// Redelivery of the whole batch changes nothing.
	rows, err := s.Write(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if rows != 0 {
		t.Errorf("rewrite wrote %d rows, want 0", rows)
	}
	if again := counts(t, s); fmt.Sprint(again) != fmt.Sprint(first) {
		t.Errorf("after rewrite: %v, want %v", again, first)
	}
}

func TestNewerExtractorReplacesReport(t *testing.T) {
	s := newStore(t)
	ctx := newTestCtx(t, time.Minute)
	url := "https://example.vn/tin/hoi-nghi"
	old := pipelinetest.Event(url, "0.9.0", "same body", 1)
	if _, err := s.Write(ctx, []pipeline.Extracted{old}); err != nil {
		t.Fatal(err)
	}
	newer := pipelinetest.Event(url, "0.10.0", "same body", 1)
	newer.Report.People = newer.Report.People[:1]
	newer.Report.Directives = nil
	newer.Report.Title = "Tiêu đề mới"
	if _, err := s.Write(ctx, []pipeline.Extracted{newer}); err != nil {
		t.Fatal(err)
	}
	// A late redelivery of the old version must not bring it back.
	if _, err := s.Write(ctx, []pipeline.Extracted{old}); err != nil {
		t.Fatal(err)
	}
	var title, version string
	var mentions, citations int
	err := s.Pool().QueryRow(ctx, `SELECT title, extractor_version,
		(SELECT count(*) FROM person_mentions m WHERE m.report_id = r.id),
		(SELECT count(*) FROM directive_citations c WHERE c.report_id = r.id)
		FROM reports r WHERE url = $1`, url).Scan(&title, &version, &mentions, &citations)
	if err != nil {
		t.Fatal(err)
	}
	if title != "Tiêu đề mới" || version != "0.10.0" || mentions != 1 || citations != 0 {
		t.Errorf("stored report = (%q, %s, %d mentions, %d citations), want the 0.10.0 one with 1 mention, 0 citations",
			title, version, mentions, citations)
	}
}

func TestChangedPageReplacesReport(t *testing.T) {
	s := newStore(t)
	ctx := newTestCtx(t, time.Minute)
	url := "https://example.vn/tin/sua"
	v1 := pipelinetest.Event(url, "0.1.0", "first body", 1)
	v2 := pipelinetest.Event(url, "0.1.0", "edited body", 2) // fetched a second later
	for _, ev := range []pipeline.Extracted{v1, v2, v1} {
		if _, err := s.Write(ctx, []pipeline.Extracted{ev}); err != nil {
			t.Fatal(err)
		}
	}
	var hash string
	var n int
	if err := s.Pool().QueryRow(ctx, `SELECT max(content_hash), count(*) FROM reports`).Scan(&hash, &n); err != nil {
		t.Fatal(err)
	}
	if n != 1 || hash != v2.Report.ContentHash {
		t.Errorf("reports = %d with hash %s, want 1 with the edited page's hash %s", n, hash, v2.Report.ContentHash)
	}
}

func TestBadEventIsPermanent(t *testing.T) {
	s := newStore(t)
	ctx := newTestCtx(t, time.Minute)
	bad := pipelinetest.Event("", "0.1.0", "x", 1)
	_, err := s.Write(ctx, []pipeline.Extracted{bad})
	if !errors.Is(err, pipeline.ErrPermanent) {
		t.Fatalf("Write(no URL) = %v, want ErrPermanent", err)
	}
	// Text Postgres cannot hold is cleaned, not rejected.
	odd := pipelinetest.Event("https://example.vn/nul", "0.1.0", "nul \x00 byte", 1)
	odd.Report.Title = "bad \xff utf-8 \x00"
	if _, err := s.Write(ctx, []pipeline.Extracted{odd}); err != nil {
		t.Fatalf("Write(NUL and invalid UTF-8) = %v, want nil", err)
	}
}

func TestAnalystViews(t *testing.T) {
	s := newStore(t)
	ctx := newTestCtx(t, time.Minute)
	var batch []pipeline.Extracted
	for i := range 10 {
		batch = append(batch, pipelinetest.Event(fmt.Sprintf("https://example.vn/v%d", i), "0.1.0", fmt.Sprint(i), i))
	}
	if _, err := s.Write(ctx, batch); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		query string
		want  string
	}{
		{"meetings by organizer and date range",
			`SELECT count(*)::text FROM meetings WHERE organizer = 'Ban Tuyên giáo Tỉnh ủy 0' AND meeting_date BETWEEN '2021-07-01' AND '2021-07-31'`, "2"},
		{"most cited document",
			`SELECT number || ' ' || citing_reports FROM directive_citation_counts ORDER BY citing_reports DESC, number LIMIT 1`, "16/CT-TTg 10"},
		{"person positions over time",
			`SELECT position || ' ' || reports FROM person_position_history WHERE name = 'Phạm Minh Tuấn'`, "Giám đốc Học viện Chính trị khu vực II 10"},
		{"diacritic-insensitive name search",
			`SELECT name FROM search_people('pham minh tuan') LIMIT 1`, "Phạm Minh Tuấn"},
		{"old tone placement finds the same person",
			`SELECT count(*)::text FROM people WHERE name_key LIKE 'nguyễn văn hòa%'`, "10"},
		{"title search without diacritics",
			`SELECT title FROM search_reports('hoi nghi so ket cong tac 7') LIMIT 1`, "Hội nghị sơ kết công tác 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			if err := s.Pool().QueryRow(ctx, tt.query).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFailedBatchChangesNothing: a batch is one transaction, so when one of
// its reports cannot be stored, a replacement in the same batch is not half
// applied either.
func TestFailedBatchChangesNothing(t *testing.T) {
	s := newStore(t)
	ctx := newTestCtx(t, time.Minute)
	url := "https://example.vn/atomic"
	if _, err := s.Write(ctx, []pipeline.Extracted{pipelinetest.Event(url, "0.1.0", "body", 1)}); err != nil {
		t.Fatal(err)
	}
	before := counts(t, s)
	newer := pipelinetest.Event(url, "0.2.0", "body", 1)
	newer.Report.People = nil
	bad := pipelinetest.Event("https://example.vn/too-big", "0.2.0", "other", 2)
	bad.Report.Meeting.Organizer = schema.Text(incompressible(20000)) // too large for its btree index
	_, err := s.Write(ctx, []pipeline.Extracted{newer, bad})
	if !errors.Is(err, pipeline.ErrPermanent) {
		t.Fatalf("Write = %v, want a permanent error", err)
	}
	if after := counts(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("after the failed batch: %v, want %v", after, before)
	}
	var version string
	if err := s.Pool().QueryRow(ctx, "SELECT extractor_version FROM reports WHERE url = $1", url).Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version != "0.1.0" {
		t.Errorf("extractor_version = %s, want the old 0.1.0 kept", version)
	}
}

// incompressible returns n bytes of hex that compress poorly.
func incompressible(n int) string {
	var b strings.Builder
	sum := sha256.Sum256([]byte("seed"))
	for b.Len() < n {
		sum = sha256.Sum256(sum[:])
		b.WriteString(hex.EncodeToString(sum[:]))
	}
	return b.String()[:n]
}
