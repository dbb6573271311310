package crawler

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/analyze.golden")

// goldenPages are markup edge cases of page analysis: <base>, several and
// odd-cased rel=canonical / rel=next, robots meta, og:type, JSON-LD,
// fragments and scripts in hrefs, SVG links, non-ASCII white space.
var goldenPages = map[string]string{
	"signals":  `<html><head><base href="/tin-tuc/"><link rel="Canonical" href="/a?utm_x=1"><link rel="alternate canonical" href="c.html#x"><link rel="next" href="?page=3"><meta name="ROBOTS" content="index"><meta property="og:type" content="Article"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><h1>x</h1><a href="?page=1">1</a><a href="?page=3" rel="Next">3</a><a href=" b.html ">  Tiếp   theo </a><a href="#top">top</a><a href="javascript:x">j</a><a href="http://other.vn/x">Trang sau</a><a class="next" href="/tin-tuc/page/4">4</a><div class="pager"><a href="/z">z</a></div><svg><a href="/svg">s</a></svg></body></html>`,
	"nofollow": `<html><head><meta name="robots" content="noindex, NOFOLLOW"></head><body><a href="/x">x</a></body></html>`,
	"none":     `<html><head><meta name="robots" content="none"><meta property="og:type" content="website"><meta itemprop="datePublished" content="x"></head><body><h1>a</h1><h1>b</h1></body></html>`,
	"prose":    `<html><head><link rel="canonical" href="http://example.vn:80/q?b=2&a=1"><link rel="canonical" href="/other"></head><body><p>` + strings.Repeat("Hội nghị tổng kết\u00a0công tác\u3000năm ", 80) + `</p></body></html>`,
}

// TestAnalyzeGolden pins what page analysis finds (kind, canonical URL,
// fingerprint, links, next-page links) on edge cases and on the report
// pages, with and without per-site hints: a faster analysis must find the
// same. Run with -update after an intended change.
func TestAnalyzeGolden(t *testing.T) {
	names := []string{"nofollow", "none", "prose", "signals"}
	bodies := map[string][]byte{}
	for _, n := range names {
		bodies[n] = []byte(goldenPages[n])
	}
	for _, f := range []string{"a01.html", "a05.html", "b06.html"} {
		body, err := os.ReadFile(filepath.Join("../extractor/testdata/pages", f))
		if err != nil {
			t.Fatal(err)
		}
		names, bodies[f] = append(names, f), body
	}
	sc, err := newScope(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	links := newLinkCache()
	var out bytes.Buffer
	for _, name := range names {
		for _, hints := range []SiteHints{{}, {ArticleBody: "div.content", NextPage: "a.next, .pager"}} {
			for _, pageURL := range []string{"https://example.vn/tin-tuc/x.html", "https://example.vn/tin-tuc?page=2"} {
				res := &Result{Canonical: pageURL}
				res.Page.Body, res.Page.ContentType = bodies[name], "text/html"
				analyzeHTML(res, mustParse(t, pageURL), sc, hints, links)
				fmt.Fprintf(&out, "%s at %s, hints %+v\n  %v %s %s\n  links %q\n  next %q\n",
					name, pageURL, hints, res.Kind, res.Canonical, res.Fingerprint, res.Links, res.Next)
			}
		}
	}
	golden := filepath.Join("testdata", "analyze.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("analysis differs from %s (run with -update after an intended change):\n%s", golden, out.Bytes())
	}
}
