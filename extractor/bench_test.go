package extractor

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/meetx/meetx/schema"
)

// benchPages reads the corpus pages of testdata/pages and their total size.
func benchPages(b testing.TB) ([][]byte, int64) {
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

// BenchmarkFields is the field extractors alone (Extract less
// newDocument): the documents are built once, outside the timer, and each
// pass runs extractFields as Extract does; it releases the one cache a
// document holds (people), so each pass starts from the same state.
func BenchmarkFields(b *testing.B) {
	docs, total := benchDocuments(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			extractFields(d, schema.Page{URL: "bench"})
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// benchDocuments builds the documents of the corpus pages once, for the
// benchmarks of field extractors alone and for tests that check a scan on
// real text.
func benchDocuments(b testing.TB) ([]*document, int64) {
	b.Helper()
	pages, total := benchPages(b)
	docs := make([]*document, 0, len(pages))
	for _, body := range pages {
		d, err := newDocument(schema.Page{URL: "bench", Body: body})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs, total
}

// corpusDocuments is benchDocuments without the size.
func corpusDocuments(t testing.TB) []*document {
	t.Helper()
	docs, _ := benchDocuments(t)
	return docs
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

// BenchmarkExtractVsParse interleaves the baseline (goquery parsing each
// page) and Extract on the same pages within one loop, so that both see the
// same machine state; it reports Extract's cost as a multiple of parsing
// ("x-parse"), the figure the speed target is stated in.
func BenchmarkExtractVsParse(b *testing.B) {
	pages, total := benchPages(b)
	b.SetBytes(total)
	var parse, extract time.Duration
	for b.Loop() {
		for _, body := range pages {
			t0 := time.Now()
			if _, err := goquery.NewDocumentFromReader(bytes.NewReader(body)); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			if _, err := Extract(schema.Page{URL: "bench", Body: body}); err != nil {
				b.Fatal(err)
			}
			parse += t1.Sub(t0)
			extract += time.Since(t1)
		}
	}
	b.ReportMetric(float64(extract)/float64(parse), "x-parse")
	b.ReportMetric(float64(len(pages)*b.N)/extract.Seconds(), "docs/s")
}

// BenchmarkLinear runs Extract over pathological shapes at two sizes, four
// times apart. The MB/s of the two sizes of one shape should match: a cost
// that grows faster than the input (a quadratic walk over nested elements
// or repeated lines) shows as a lower MB/s for the larger size.
func BenchmarkLinear(b *testing.B) {
	sentence := "Hội nghị ngày 15/7/2021, đồng chí Nguyễn Văn An phát biểu. "
	shapes := []struct {
		name string
		make func(n int) string
	}{
		{"text", func(n int) string { return strings.Repeat(sentence, n) }},
		{"lines", func(n int) string { return strings.Repeat("Chỉ thị số 16/CT-TTg\n", 3*n) }},
		{"related", func(n int) string {
			// headings of other articles over short lines, then a long line:
			// the search for the heading the article ends at must not
			// rescan the tail from every heading
			return strings.Repeat("Tin mới\n", 10*n) + strings.Repeat(sentence, 10) + "\n"
		}},
		{"paragraphs", func(n int) string {
			return "<html><body><div class=content>" + strings.Repeat("<p>"+sentence+"</p>", n)
		}},
		{"nested", func(n int) string {
			// nesting stays under the parser's limit of 512 open elements
			depth := min(n/10, 500)
			return "<html><body>" + strings.Repeat("<div><p>"+sentence+"</p>", depth) +
				strings.Repeat("<p>"+sentence+"</p>", n-depth)
		}},
	}
	for _, sh := range shapes {
		for _, n := range []int{1000, 4000} {
			body := []byte(sh.make(n))
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, len(body)>>10), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Extract(schema.Page{URL: "bench", Body: body}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
