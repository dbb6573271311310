package crawler

import (
	"strconv"
	"testing"
)

// A cached resolution must be exactly what resolving afresh gives, on any
// page of any site: the cache may only skip work, never change a link.
func TestLinkCacheMatchesUncached(t *testing.T) {
	pages := []string{
		"https://example.vn/tin-tuc/a.html",
		"https://example.vn/xay-dung-dang/?page=2",
		"http://example.vn/tin-tuc/b.html",
		"https://other.vn:8443/x/y",
	}
	hrefs := []string{
		"/", "/tin-tuc?page=3&utm_source=x", " /lien-he#top ", "//cdn.example.vn/a/../b", "b.html", "../c.html",
		"?page=4", "https://EXAMPLE.vn:443/A", "javascript:void(0)", "mailto:x@example.vn", "#", "",
		"http://[::1", "/trang-2.html",
	}
	links := newLinkCache()
	for range 2 { // the second round is served from the cache
		for _, p := range pages {
			base := mustParse(t, p)
			for _, h := range hrefs {
				got, want := links.resolve(base, h), resolveLink(base, h)
				if got.s != want.s || (got.u == nil) != (want.u == nil) || got.pageKey != want.pageKey ||
					got.pageNum != want.pageNum || got.numbered != want.numbered {
					t.Errorf("on %s, %q: cached %+v, fresh %+v", p, h, got, want)
				}
			}
		}
	}
	if n := len(links.links); n == 0 || n > linkCacheSize {
		t.Errorf("cache holds %d links", n)
	}
}

// The cache starts over rather than grow past its bound.
func TestLinkCacheBounded(t *testing.T) {
	links := newLinkCache()
	base := mustParse(t, "https://example.vn/")
	for i := range linkCacheSize + 10 {
		links.resolve(base, "/tin-tuc/"+strconv.Itoa(i))
	}
	if n := len(links.links); n > linkCacheSize {
		t.Errorf("cache holds %d links, bound %d", n, linkCacheSize)
	}
}
