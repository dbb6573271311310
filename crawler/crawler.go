package crawler

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

// Stats counts what a crawl did.
type Stats struct {
	Fetched     int64         // answers with a body (2xx)
	NotModified int64         // 304 answers to conditional GETs
	Emitted     int64         // new or changed articles handed to emit
	Unchanged   int64         // articles fetched again with the same content
	Errors      int64         // fetches that failed after retries
	Skipped     int64         // URLs not fetched: robots.txt, private address, known per sitemap, duplicates
	Queued      int64         // URLs waiting to be fetched (after a cancelled run: left for the next one)
	Seen        int64         // distinct URLs discovered
	Elapsed     time.Duration // wall time of the run so far
}

// counters are the live Stats, updated by the workers.
type counters struct {
	fetched, notModified, emitted, unchanged, errors, skipped, queued, seen atomic.Int64
	start                                                                   time.Time
}

func (c *counters) snapshot() Stats {
	return Stats{
		Fetched: c.fetched.Load(), NotModified: c.notModified.Load(), Emitted: c.emitted.Load(),
		Unchanged: c.unchanged.Load(), Errors: c.errors.Load(), Skipped: c.skipped.Load(),
		Queued: c.queued.Load(), Seen: c.seen.Load(), Elapsed: time.Since(c.start),
	}
}

// Crawler discovers and fetches the pages of one or more sites from seeds,
// incrementally. Create it with New; a Crawler runs one crawl at a time.
type Crawler struct {
	cfg     Config
	fetcher *Fetcher
	store   StateStore
	stats   atomic.Pointer[counters]
}

// New builds a Crawler that keeps its incremental state in store.
func New(cfg Config, store StateStore) (*Crawler, error) {
	if store == nil {
		return nil, fmt.Errorf("%w: nil StateStore", ErrInvalidConfig)
	}
	f, err := NewFetcher(cfg)
	if err != nil {
		return nil, err
	}
	return &Crawler{cfg: f.cfg, fetcher: f, store: store}, nil
}

// Close releases the idle connections of the crawler's Fetcher.
func (c *Crawler) Close() { c.fetcher.Close() }

// Progress returns the Stats of the running (or last) crawl; it is safe to
// call from another goroutine while Run works.
func (c *Crawler) Progress() Stats {
	if s := c.stats.Load(); s != nil {
		return s.snapshot()
	}
	return Stats{}
}

// job is one URL to fetch.
type job struct {
	url     string
	depth   int
	source  string // host of the seed (or sitemap) it came from
	listing bool   // a seed or a next-page link: its failure breaks a listing chain
	sitemap bool   // parse as a sitemap, not as a page
}

// run is the state of one Run call.
type run struct {
	*Crawler
	scope *scope
	emit  func(context.Context, *Result) error
	stats *counters
	queue *queue

	seenMu sync.Mutex
	seed   maphash.Seed
	seen   map[uint64]struct{} // 64-bit hashes of canonical URLs: ~20 bytes per URL
	bodies map[uint64]struct{} // content hashes of the articles emitted in this run

	mu         sync.Mutex
	stopEarly  map[string]bool // per source: the last crawl completed, stop at known listing pages
	incomplete map[string]bool // per source: a listing page failed in this run
}

// Run crawls from seeds (and the sitemaps of their hosts), calls emit for
// each new or changed article page (unchanged ones are not re-emitted),
// walks listings newest-first and stops a listing chain when a whole listing
// page holds only known articles. It returns when done, or when ctx is
// cancelled after finishing in-flight fetches, with the Stats of the run;
// the StateStore then says where to resume. An error from emit stops the
// crawl and is returned; so is ctx's error after a cancellation.
func (c *Crawler) Run(ctx context.Context, seeds []string, emit func(context.Context, *Result) error) (Stats, error) {
	if len(seeds) == 0 {
		return Stats{}, fmt.Errorf("%w: no seeds", ErrInvalidConfig)
	}
	stats := &counters{start: time.Now()}
	c.stats.Store(stats)
	r := &run{
		Crawler: c, emit: emit, stats: stats, queue: newQueue(c.cfg.MaxPerHost),
		seed: maphash.MakeSeed(), seen: make(map[uint64]struct{}), bodies: make(map[uint64]struct{}),
		stopEarly: map[string]bool{}, incomplete: map[string]bool{},
	}
	var seedJobs []job
	hosts := c.cfg.AllowedHosts
	for _, s := range seeds {
		u, err := url.Parse(s)
		if err == nil {
			err = canonicalizeURL(u)
		}
		if err != nil {
			return Stats{}, fmt.Errorf("seed %q: %w", s, err)
		}
		if len(c.cfg.AllowedHosts) == 0 {
			hosts = append(hosts, u.Hostname())
		}
		seedJobs = append(seedJobs, job{url: u.String(), source: u.Hostname(), listing: true})
	}
	sc, err := newScope(hosts, c.cfg.URLPatterns)
	if err != nil {
		return Stats{}, err
	}
	r.scope = sc

	for _, j := range seedJobs {
		st, ok, err := c.store.Get(ctx, j.url)
		if err != nil {
			return Stats{}, fmt.Errorf("state of seed %s: %w", j.url, err)
		}
		prev, set := r.stopEarly[j.source]
		r.stopEarly[j.source] = ok && st.Complete && (prev || !set)
	}
	for _, j := range seedJobs {
		r.push(j)
	}
	r.pushSitemaps(ctx, seedJobs)

	// Workers pull from the frontier until it is exhausted; an emit error
	// cancels the group, a cancelled ctx stops them after in-flight work.
	g, gctx := errgroup.WithContext(ctx)
	stopWake := context.AfterFunc(gctx, r.queue.wake)
	defer stopWake()
	for range c.cfg.Concurrency {
		g.Go(func() error {
			for {
				j, ok := r.queue.pop(gctx)
				if !ok {
					return nil
				}
				err := r.process(gctx, j)
				r.queue.done(j)
				r.stats.queued.Store(int64(r.queue.len()))
				if err != nil {
					return err
				}
			}
		})
	}
	err = g.Wait()
	stats.queued.Store(int64(r.queue.len()))
	if err != nil {
		return stats.snapshot(), err // emit failed
	}
	if err := ctx.Err(); err != nil {
		return stats.snapshot(), err
	}
	if err := r.markComplete(ctx, seedJobs); err != nil {
		return stats.snapshot(), err
	}
	return stats.snapshot(), nil
}

// markComplete records on each seed that its crawl ran to the end, so the
// next crawl may stop early; sources with a failed listing page are not
// marked.
func (r *run) markComplete(ctx context.Context, seeds []job) error {
	for _, j := range seeds {
		if r.incomplete[j.source] {
			continue
		}
		st, ok, err := r.store.Get(ctx, j.url)
		if err != nil {
			return fmt.Errorf("state of seed %s: %w", j.url, err)
		}
		if !ok {
			continue
		}
		st.Complete = true
		if err := r.store.Put(ctx, st); err != nil {
			return fmt.Errorf("state of seed %s: %w", j.url, err)
		}
	}
	return nil
}

// firstBody reports whether no article with this content was emitted
// earlier in this run, and records it.
func (r *run) firstBody(contentHash string) bool {
	h := maphash.String(r.seed, contentHash)
	r.seenMu.Lock()
	defer r.seenMu.Unlock()
	if _, ok := r.bodies[h]; ok {
		return false
	}
	r.bodies[h] = struct{}{}
	return true
}

// markSeen adds a canonical URL to the seen set and reports whether it is new.
func (r *run) markSeen(u string) bool {
	h := maphash.String(r.seed, u)
	r.seenMu.Lock()
	defer r.seenMu.Unlock()
	if _, ok := r.seen[h]; ok {
		return false
	}
	r.seen[h] = struct{}{}
	r.stats.seen.Add(1)
	return true
}

// isSeen reports whether a canonical URL is in the seen set, without
// adding it.
func (r *run) isSeen(u string) bool {
	h := maphash.String(r.seed, u)
	r.seenMu.Lock()
	defer r.seenMu.Unlock()
	_, ok := r.seen[h]
	return ok
}

// push queues j unless its URL was seen before in this run.
func (r *run) push(j job) {
	if !r.markSeen(j.url) {
		return
	}
	r.queue.push(j)
	r.stats.queued.Add(1)
}

// process fetches one job and handles the result. Only an emit error is
// returned: it stops the crawl.
func (r *run) process(ctx context.Context, j job) error {
	if j.sitemap {
		r.processSitemap(ctx, j)
		return nil
	}
	log := r.cfg.Logger.With("url", j.url)
	st, known, err := r.store.Get(ctx, j.url)
	if err != nil {
		r.stats.errors.Add(1)
		log.Warn("state lookup failed", "err", err)
		return nil
	}
	var prev Validators
	if known && st.Kind == KindArticle {
		// Listings change with every new article and must be read whole.
		prev = st.Validators()
	}
	u, _ := url.Parse(j.url) // canonical already
	res, err := r.fetcher.fetch(ctx, u, prev, r.scope)
	if err != nil {
		switch {
		case ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)):
			r.queue.requeue(j) // never sent: left for the next run
		case errors.Is(err, ErrDisallowed), errors.Is(err, ErrPrivateAddress), errors.Is(err, ErrOutOfScope):
			r.stats.skipped.Add(1)
			log.Debug("skipped", "err", err)
			r.remember(ctx, j.url) // known, so listing pages linking it can count as known
		case isGone(err):
			r.stats.errors.Add(1)
			log.Info("fetch failed", "err", err)
			r.remember(ctx, j.url)
		default:
			r.stats.errors.Add(1)
			log.Warn("fetch failed", "err", err)
			if j.listing {
				r.mu.Lock()
				r.incomplete[j.source] = true
				r.mu.Unlock()
			}
		}
		return nil
	}
	now := time.Now().UTC()
	if res.NotModified {
		r.stats.notModified.Add(1)
		st.LastSeen = now
		return r.put(ctx, st)
	}
	r.stats.fetched.Add(1)
	res.Page.Source = j.source
	res.Page.Depth = j.depth

	canonSt, canonKnown := st, known
	if res.Canonical != j.url {
		if !r.markSeen(res.Canonical) {
			// Another URL of this run already stood for the same page.
			r.stats.skipped.Add(1)
			return nil
		}
		canonSt, canonKnown, err = r.store.Get(ctx, res.Canonical)
		if err != nil {
			r.stats.errors.Add(1)
			log.Warn("state lookup failed", "err", err)
			return nil
		}
	}
	next := URLState{
		URL: res.Canonical, ETag: res.Page.Header["ETag"], LastModified: res.Page.Header["Last-Modified"],
		ContentHash: res.Page.ContentHash, Fingerprint: res.Fingerprint, FetchedAt: now, LastSeen: now, Kind: res.Kind,
	}

	if res.Kind == KindArticle {
		switch {
		case canonKnown && canonSt.SameContent(res):
			r.stats.unchanged.Add(1)
		case !r.firstBody(cmp.Or(res.Fingerprint, res.Page.ContentHash)):
			// The same bytes under another URL (a server that ignores a
			// query parameter, a print view): one report is enough.
			r.stats.skipped.Add(1)
			log.Debug("duplicate content", "hash", res.Page.ContentHash)
		default:
			emitCtx := ctx
			if ctx.Err() != nil {
				// The page was in flight when the crawl was stopped: keep it.
				var cancel context.CancelFunc
				emitCtx, cancel = context.WithTimeout(context.WithoutCancel(ctx), r.cfg.Timeout)
				defer cancel()
			}
			if err := r.emit(emitCtx, res); err != nil {
				return fmt.Errorf("emit %s: %w", res.Canonical, err)
			}
			r.stats.emitted.Add(1)
		}
	}
	if err := r.put(ctx, next); err != nil {
		return nil
	}
	if res.Canonical != j.url {
		alias := next
		alias.URL = j.url
		_ = r.put(ctx, alias)
	}
	r.follow(ctx, j, res)
	return nil
}

// remember stores a state without content for a URL that cannot be
// fetched (robots, private address, 4xx), keeping any validators it had.
func (r *run) remember(ctx context.Context, u string) {
	st, _, err := r.store.Get(ctx, u)
	if err != nil {
		return
	}
	st.URL, st.LastSeen = u, time.Now().UTC()
	_ = r.put(ctx, st)
}

// isGone reports a permanent client error (404, 410, 403 ...): asking again
// soon will not help.
func isGone(err error) bool {
	var se *StatusError
	return errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429 && se.Code != 408
}

// put stores st, counting a failure as an error (the page will be fetched
// again next time, nothing else is lost).
func (r *run) put(ctx context.Context, st URLState) error {
	if err := r.store.Put(context.WithoutCancel(ctx), st); err != nil {
		r.stats.errors.Add(1)
		r.cfg.Logger.Warn("state store failed", "url", st.URL, "err", err)
		return err
	}
	return nil
}

// follow queues the links of a fetched page. Next-page links of a listing
// keep the listing's depth (pagination is not distance from the seed) and
// are skipped when the source may stop early and every article linked from
// the page is already known.
func (r *run) follow(ctx context.Context, j job, res *Result) {
	if ctx.Err() != nil {
		return
	}
	next := make(map[string]bool, len(res.Next))
	for _, n := range res.Next {
		next[n] = true
	}
	followNext := true
	if res.Kind == KindListing && len(next) > 0 {
		r.mu.Lock()
		stop := r.stopEarly[j.source]
		r.mu.Unlock()
		if stop && r.allLinksKnown(ctx, res, next) {
			followNext = false
			r.cfg.Logger.Debug("listing page fully known; stopping this chain", "url", res.Canonical)
		}
	}
	if j.depth+1 > r.cfg.MaxDepth && (res.Kind != KindListing || !followNext) {
		return // nothing on this page may be queued
	}
	listingKey := ""
	if res.Kind == KindListing {
		page, err := url.Parse(res.Canonical)
		if err != nil {
			return
		}
		listingKey, _, _ = pageNumber(page)
	}
	for _, l := range res.Links {
		if next[l] {
			if followNext && res.Kind == KindListing {
				r.push(job{url: l, depth: j.depth, source: j.source, listing: true})
			}
			continue
		}
		// The cheap refusals first: most links of a page are known or
		// too deep, and need no parsing.
		if j.depth+1 > r.cfg.MaxDepth || r.isSeen(l) {
			continue
		}
		lu, err := url.Parse(l)
		if err != nil {
			continue
		}
		if res.Kind == KindListing {
			if key, _, ok := pageNumber(lu); ok && key == listingKey {
				// Other pages of this listing are reached through the
				// next-page chain, newest first, so that it can stop early.
				continue
			}
		}
		r.push(job{url: l, depth: j.depth + 1, source: j.source})
	}
}

// allLinksKnown reports whether every link of a listing page, other than
// its own pagination, is in the state store: all its articles were seen
// by an earlier crawl.
func (r *run) allLinksKnown(ctx context.Context, res *Result, next map[string]bool) bool {
	known, err := linksKnown(ctx, r.store, res, next)
	return err == nil && known
}

// AllLinksKnown reports whether every link of a fetched listing page, other
// than its pagination, is already in store: the page holds no article that
// a previous crawl did not see, so the listing's older pages need not be
// walked again. Distributed crawl workers use it to stop a listing chain the
// way Crawler.Run does.
func AllLinksKnown(ctx context.Context, store StateStore, res *Result) (bool, error) {
	next := make(map[string]bool, len(res.Next))
	for _, n := range res.Next {
		next[n] = true
	}
	return linksKnown(ctx, store, res, next)
}

func linksKnown(ctx context.Context, store StateStore, res *Result, next map[string]bool) (bool, error) {
	page, err := url.Parse(res.Canonical)
	if err != nil {
		return false, nil
	}
	for _, l := range res.Links {
		if next[l] {
			continue
		}
		if lu, err := url.Parse(l); err == nil && isPagination(lu, page) {
			continue
		}
		if _, ok, err := store.Get(ctx, l); err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}
