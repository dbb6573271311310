package crawler

import (
	"net/url"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzCanonicalize: never panics, and a canonical URL is a fixed point that
// still parses as an absolute http(s) URL.
func FuzzCanonicalize(f *testing.F) {
	for _, s := range []string{
		"https://example.vn/tin-tuc/a.html#binh-luan", "HTTP://Example.VN:80/A?utm_source=x&b=2&a=1",
		"https://example.vn/a.jsp;jsessionid=ABC?x=1", "https://example.vn/tin-tức/hội-nghị",
		"https://example.vn/a/./b/../c.html", "http://[::1]:8080/x", "https://example.vn/a%2Fb?%zz",
		"https://example.vn/?mod=tintuc&id=611&cat=2&PHPSESSID=9", "https://u:p@example.vn:443//a//b/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := Canonicalize(raw)
		if err != nil {
			return
		}
		again, err := Canonicalize(c)
		if err != nil || again != c {
			t.Fatalf("not a fixed point: %q -> %q -> %q (%v)", raw, c, again, err)
		}
		u, err := url.Parse(c)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Fatalf("Canonicalize(%q) = %q: not an absolute http(s) URL", raw, c)
		}
	})
}

// FuzzParseSitemap: arbitrary bytes never panic and never yield empty locs.
func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://x.vn/a</loc><lastmod>2024-03-01</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://x.vn/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte("\x1f\x8b\x08\x00"))
	f.Fuzz(func(t *testing.T, body []byte) {
		entries, _ := parseSitemap(body, 1<<20)
		for _, e := range entries {
			if e.Loc == "" {
				t.Fatal("empty loc")
			}
		}
	})
}

// FuzzAnalyzeHTML: any body is analysed without panic, and every link it
// yields is canonical and in scope.
func FuzzAnalyzeHTML(f *testing.F) {
	f.Add([]byte(`<html><head><base href="/x/"><link rel="canonical" href="../a?utm_source=1"></head>
		<body><a href="?page=2">Trang sau</a><a href="b.html#c">Hội nghị tổng kết công tác năm 2024</a>
		<a href="javascript:void(0)">x</a><a href="http://[::1">bad</a></body></html>`))
	f.Add([]byte(`<meta charset="windows-1258"><p>H\xf4\xecI ngh\xf2</p><a href="//other.vn/">o</a>`))
	f.Add([]byte(`<table><td><p>` + "x" + `</td></table><script type="application/ld+json">{"@type":"NewsArticle"}</script>`))
	page, _ := url.Parse("https://example.vn/tin-tuc?page=1")
	sc, _ := newScope(nil, nil)
	links := newLinkCache() // shared across inputs, as across a crawl's pages
	f.Fuzz(func(t *testing.T, body []byte) {
		res := &Result{Canonical: page.String()}
		res.Page.Body = body
		res.Page.ContentType = "text/html"
		analyzeHTML(res, page, sc, SiteHints{}, links)
		for _, l := range res.Links {
			c, err := Canonicalize(l)
			if err != nil || c != l {
				t.Fatalf("link %q not canonical (%q, %v)", l, c, err)
			}
			if u, _ := url.Parse(l); u.Hostname() != "example.vn" {
				t.Fatalf("out-of-scope link %q", l)
			}
		}
	})
}

// FuzzAppendWords checks the byte-level word splitter of fingerprint
// against unicode.IsSpace on arbitrary bytes.
func FuzzAppendWords(f *testing.F) {
	for _, s := range []string{"Hội nghị\u00a0tổng\u3000kết", "a\xffb \xe2\x80", "\xe2\xe2\x80\x80z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := appendWords(nil, s, false)
		if want := strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "); string(got) != want {
			t.Fatalf("appendWords(%q) = %q, want %q", s, got, want)
		}
		if n, want := collapsedLen(s), utf8.RuneCountInString(strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")); n != want && n != want+1 {
			// collapsedLen counts a trailing space run as one rune.
			t.Fatalf("collapsedLen(%q) = %d, want %d or %d", s, n, want, want+1)
		}
	})
}
