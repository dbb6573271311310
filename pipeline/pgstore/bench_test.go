package pgstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/pipeline/pgstore"
	"github.com/meetx/meetx/pipeline/pipelinetest"
)

// BenchmarkWrite measures the store stage alone: batches of 500 new reports
// (each with 3 people, 3 positions, 2 citations, 2 agenda items and a 6 KB
// article text) written by Store.Write. Run with
//
//	MEETX_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres go test -bench Write -benchmem ./pipeline/pgstore
func BenchmarkWrite(b *testing.B) {
	s := newBenchStore(b)
	ctx := context.Background()
	const batchSize = 500
	body := strings.Repeat("Sáng ngày 15/7, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết công tác tuyên giáo. ", 70)
	var reports, rows int64
	start := time.Now()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		batch := make([]pipeline.Extracted, batchSize)
		for j := range batch {
			n := i*batchSize + j
			batch[j] = pipelinetest.Event(fmt.Sprintf("https://bench.example.vn/%d", n), "0.1.0", body+fmt.Sprint(n), n)
		}
		b.StartTimer()
		n, err := s.Write(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		reports += batchSize
		rows += n
	}
	secs := time.Since(start).Seconds()
	b.ReportMetric(float64(reports)/secs, "reports/s")
	b.ReportMetric(float64(rows)/secs, "rows/s")
}

func newBenchStore(b *testing.B) *pgstore.Store {
	b.Helper()
	ctx := context.Background()
	s, err := pgstore.Open(ctx, pgstore.Config{URL: pipelinetest.NewDatabase(b)})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(s.Close)
	if _, err := s.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	return s
}
