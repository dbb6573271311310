package extractor

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/meetx/meetx/schema"
)

func benchPages(b *testing.B) ([][]byte, int64) {
	b.Helper()
	paths, err := filepath.Glob("testdata/pages/*")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no pages: %v", err)
	}
	var pages [][]byte
	var total int64
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, body)
		total += int64(len(body))
	}
	return pages, total
}

// BenchmarkExtract runs the whole extractor over the dev corpus pages; one
// op is one pass over all of them. Compare with BenchmarkParseOnly.
func BenchmarkExtract(b *testing.B) {
	pages, total := benchPages(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range pages {
			if _, err := Extract(schema.Page{URL: "bench", Body: body}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkNewDocument is the document builder alone (decoding, parsing,
// main-content detection, paragraphs and sentences), without the field
// extractors.
func BenchmarkNewDocument(b *testing.B) {
	pages, total := benchPages(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range pages {
			if _, err := newDocument(schema.Page{URL: "bench", Body: body}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkParseOnly is the baseline: goquery parsing the same bytes and
// nothing else.
func BenchmarkParseOnly(b *testing.B) {
	pages, total := benchPages(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range pages {
			if _, err := goquery.NewDocumentFromReader(bytes.NewReader(body)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
