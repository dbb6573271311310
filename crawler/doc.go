// Package crawler fetches the news sections of official Vietnamese websites
// politely and incrementally, producing [schema.Page] values for the
// extractor.
//
// # Fetching
//
// A [Fetcher] fetches one URL at a time for any number of goroutines. It
// obeys robots.txt (cached per host, Crawl-delay honoured), keeps a minimum
// delay and a maximum number of concurrent requests per host, retries
// timeouts, 429 and 5xx answers with exponential backoff and jitter (and
// Retry-After), caps redirects and body sizes (also after gzip/deflate
// decoding), sends conditional GETs from [Validators], and refuses to connect
// to private, loopback and link-local addresses after DNS resolution unless
// [Config.AllowPrivate] names the host. The distributed crawl worker uses a
// Fetcher directly.
//
// # Crawling
//
// A [Crawler] adds discovery and incremental state for a single process
// (`meetx crawl`): it starts from seed pages and sitemaps, follows in-scope
// links (canonicalised with [Canonicalize], so each article is fetched once),
// classifies pages as listings or articles with [Classify], remembers what it
// saw in a [StateStore], and calls an emit function for each new or changed
// article. On a re-crawl it walks listing pages newest-first and stops a
// listing chain as soon as a whole page holds only known articles.
//
// Each fetched HTML page is parsed once: classification, links, the
// canonical URL and the content fingerprint are read from one walk of the
// tree (CSS selectors only for per-site [SiteHints]), and links repeated on
// every page of a site are resolved once per crawl, so the crawler's own
// work per page stays small next to the fetch and the extraction.
//
//	c, err := crawler.New(crawler.Config{}, crawler.NewMemoryStore())
//	stats, err := c.Run(ctx, []string{"https://example.gov.vn/tin-tuc"},
//		func(ctx context.Context, r *crawler.Result) error {
//			// r.Page is ready for extractor.Extract
//			return nil
//		})
//
// # Archiving
//
// An [Archive] keeps raw pages (URL, status, headers, fetch time, body) in
// gzip-compressed JSON Lines files so that a later extractor can re-extract
// everything without crawling again.
package crawler
