package crawler

import (
	"bytes"
	"os"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkAnalyzePage measures the crawler's per-page analysis
// (classification, links, canonical, fingerprint) of a report page against
// its baseline, html.Parse of the same bytes, which the analysis cannot
// do without: x-parse is analysis time over parse time.
func BenchmarkAnalyzePage(b *testing.B) {
	body, err := os.ReadFile("../extractor/testdata/pages/a01.html")
	if err != nil {
		b.Fatal(err)
	}
	page := mustParse(b, "https://example.vn/tin-tuc/a01.html")
	sc, err := newScope(nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	var parseNs float64
	b.Run("parse-only", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if _, err := html.Parse(bytes.NewReader(body)); err != nil {
				b.Fatal(err)
			}
		}
		parseNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("analyze", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		links := newLinkCache()
		for b.Loop() {
			res := &Result{Canonical: page.String()}
			res.Page.Body, res.Page.ContentType = body, "text/html; charset=utf-8"
			analyzeHTML(res, page, sc, SiteHints{}, links)
			if res.Kind != KindArticle {
				b.Fatalf("kind %v", res.Kind)
			}
		}
		if parseNs > 0 {
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/parseNs, "x-parse")
		}
	})
}
