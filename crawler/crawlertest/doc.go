// Package crawlertest serves fixture news sites over httptest for the tests
// and benchmarks of the crawler and of the commands that use it.
//
// [NewSite] is a small provincial portal built from real report pages: a
// home page, a paginated category, a robots.txt with a disallowed path and a
// Crawl-delay, a sitemap, a redirect, a 429 with Retry-After, a flaky 503, a
// slow page, ETag/Last-Modified on every article, an oversized page, a gzip
// bomb and links to private addresses. It records every request so tests can
// assert what was (never) fetched and how fast. [NewGeneratedSite] serves any
// number of generated articles for benchmarks.
package crawlertest
