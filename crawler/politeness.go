package crawler

import (
	"context"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// maxCrawlDelay caps a robots.txt Crawl-delay: a larger value would stall a
// crawl for hours on one host.
const maxCrawlDelay = time.Minute

// robotsTTL is how long a robots.txt answer is trusted; robotsRetryTTL is
// how long a failure (5xx, unreachable) is, so a server hiccup does not
// block or open a host for a whole day.
const (
	robotsTTL      = 24 * time.Hour
	robotsRetryTTL = 10 * time.Minute
)

// host is the per-host politeness state shared by all fetches to one
// scheme-less host:port.
type host struct {
	slots   chan struct{} // MaxPerHost concurrent requests
	limiter *rate.Limiter // MinDelay (or Crawl-delay) between request starts

	mu         sync.Mutex
	pauseUntil time.Time // set by Retry-After: nobody asks before this

	robotsMu      sync.Mutex // held while robots.txt is being fetched
	robots        *robotstxt.RobotsData
	robotsErr     error
	robotsExpires time.Time
}

func newHost(cfg *Config) *host {
	limit := rate.Inf
	if cfg.MinDelay > 0 {
		limit = rate.Every(cfg.MinDelay)
	}
	return &host{
		slots:   make(chan struct{}, cfg.MaxPerHost),
		limiter: rate.NewLimiter(limit, 1),
	}
}

// acquire takes a request slot and waits for the politeness delay. The caller
// must call release when the request (body included) is done.
func (h *host) acquire(ctx context.Context) error {
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	h.mu.Lock()
	pause := time.Until(h.pauseUntil)
	h.mu.Unlock()
	if pause > 0 {
		if err := sleep(ctx, pause); err != nil {
			h.release()
			return err
		}
	}
	// Reserve and sleep rather than Wait: Wait fails at once when the delay
	// would pass ctx's deadline, which would look like a fetch error
	// instead of the end of the crawl.
	if r := h.limiter.Reserve(); r.Delay() > 0 {
		if err := sleep(ctx, r.Delay()); err != nil {
			r.Cancel()
			h.release()
			return err
		}
	}
	return nil
}

func (h *host) release() { <-h.slots }

// pause keeps every request to the host waiting until t (Retry-After).
func (h *host) pause(t time.Time) {
	h.mu.Lock()
	if t.After(h.pauseUntil) {
		h.pauseUntil = t
	}
	h.mu.Unlock()
}

// raiseDelay slows the host down to one request per d, never speeding it up.
func (h *host) raiseDelay(d time.Duration) {
	if d > maxCrawlDelay {
		d = maxCrawlDelay
	}
	if l := rate.Every(d); l < h.limiter.Limit() {
		h.limiter.SetLimit(l)
	}
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
