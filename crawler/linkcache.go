package crawler

import (
	"net/url"
	"strings"
	"sync"
)

// linkCacheSize bounds the links a linkCache holds: enough for the menus
// and sidebars of a few sites, a few hundred kilobytes at most.
const linkCacheSize = 4096

// linkCache remembers how hrefs that do not depend on the page they are on
// (absolute, scheme-relative and root-relative ones: the menus and
// sidebars repeated on every page of a site) resolve, so each is parsed,
// canonicalised and checked for a page number once rather than once per
// page. It is safe for concurrent use. When full it starts over, so its
// memory does not grow with the URLs a crawl has seen.
type linkCache struct {
	mu    sync.Mutex
	links map[linkKey]resolvedLink
}

// linkKey names an href independently of the page it is on: scheme and
// host are set only as far as the href depends on them.
type linkKey struct {
	scheme, host, href string
}

// resolvedLink is what anchorsOf derives from an href; u is nil when the
// href is not a crawlable http(s) URL. u is shared and must not be
// modified.
type resolvedLink struct {
	u        *url.URL
	s        string
	pageKey  string
	pageNum  int
	numbered bool
}

func newLinkCache() *linkCache { return &linkCache{links: make(map[linkKey]resolvedLink)} }

// resolve returns href resolved against base and canonicalised, from the
// cache when href's meaning does not depend on base's path. A nil cache
// resolves every time.
func (c *linkCache) resolve(base *url.URL, href string) resolvedLink {
	href = strings.TrimSpace(href)
	key, ok := c.key(base, href)
	if !ok {
		return resolveLink(base, href)
	}
	c.mu.Lock()
	l, hit := c.links[key]
	c.mu.Unlock()
	if hit {
		return l
	}
	l = resolveLink(base, href)
	c.mu.Lock()
	if len(c.links) >= linkCacheSize {
		clear(c.links)
	}
	c.links[key] = l
	c.mu.Unlock()
	return l
}

// key names href independently of the page, or reports that href is
// relative to the page's path (or the cache is nil).
func (c *linkCache) key(base *url.URL, href string) (linkKey, bool) {
	switch {
	case c == nil || href == "":
		return linkKey{}, false
	case strings.HasPrefix(href, "//"):
		return linkKey{scheme: base.Scheme, href: href}, true
	case href[0] == '/':
		return linkKey{scheme: base.Scheme, host: base.Host, href: href}, true
	}
	// An href with a scheme ("https://...", "javascript:...") is absolute.
	if i := strings.IndexAny(href, ":/?#"); i > 0 && href[i] == ':' {
		return linkKey{href: href}, true
	}
	return linkKey{}, false
}

// resolveLink resolves and canonicalises href against base and reads its
// page number.
func resolveLink(base *url.URL, href string) resolvedLink {
	u := resolve(base, href)
	if u == nil {
		return resolvedLink{}
	}
	key, num, ok := pageNumber(u)
	return resolvedLink{u: u, s: u.String(), pageKey: key, pageNum: num, numbered: ok}
}
