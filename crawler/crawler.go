package crawler

import (
	"context"
	"errors"
	"time"
)

// Stats counts what a crawl did.
type Stats struct {
	Fetched     int64         // answers with a body (200)
	NotModified int64         // 304 answers to conditional GETs
	Emitted     int64         // new or changed articles handed to emit
	Unchanged   int64         // articles fetched again with the same content
	Errors      int64         // fetches that failed after retries
	Skipped     int64         // URLs not fetched: robots.txt, private address, known per sitemap
	Queued      int64         // URLs waiting to be fetched (at the end: left for the next run)
	Seen        int64         // distinct URLs discovered
	Elapsed     time.Duration // wall time of the run so far
}

// Crawler discovers and fetches the pages of one or more sites from seeds,
// incrementally. Create it with New; a Crawler runs one crawl at a time.
type Crawler struct {
	cfg     Config
	fetcher *Fetcher
	store   StateStore
}

// New builds a Crawler that keeps its incremental state in store.
func New(cfg Config, store StateStore) (*Crawler, error) {
	if store == nil {
		return nil, errors.New("crawler: nil StateStore")
	}
	f, err := NewFetcher(cfg)
	if err != nil {
		return nil, err
	}
	return &Crawler{cfg: f.cfg, fetcher: f, store: store}, nil
}

// Run crawls from seeds (and the sitemaps of their hosts), calls emit for
// each new or changed article page (unchanged ones are not re-emitted),
// walks listings newest-first and stops a listing chain when a whole listing
// page holds only known articles. It returns when done, or when ctx is
// cancelled after finishing in-flight fetches, with the Stats of the run.
// An error from emit stops the crawl and is returned.
func (c *Crawler) Run(ctx context.Context, seeds []string, emit func(context.Context, *Result) error) (Stats, error) {
	return Stats{}, errors.New("crawler: Run not implemented yet")
}
