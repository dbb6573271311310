package crawler

import (
	"net/url"
	"testing"
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
