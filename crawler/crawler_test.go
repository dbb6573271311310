package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/meetx/meetx/crawler/crawlertest"
)

// collector is an emit func that records what it got.
type collector struct {
	mu    sync.Mutex
	pages map[string]int // canonical URL -> times emitted
	hash  map[string]string
}

func newCollector() *collector {
	return &collector{pages: map[string]int{}, hash: map[string]string{}}
}

func (c *collector) emit(_ context.Context, r *Result) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pages[r.Page.URL]++
	c.hash[r.Page.URL] = r.Page.ContentHash
	return nil
}

func (c *collector) urls() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for u := range c.pages {
		out = append(out, u)
	}
	slices.Sort(out)
	return out
}

func (c *collector) dupes() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for u, n := range c.pages {
		if n > 1 {
			out = append(out, fmt.Sprintf("%s x%d", u, n))
		}
	}
	return out
}

// crawlConfig scopes the crawl to the fixture host and, to exercise the
// dialer, to the private hosts it links to (which are NOT allowed private).
func crawlConfig() Config {
	cfg := testConfig()
	cfg.AllowedHosts = []string{"127.0.0.1", "localhost", "10.0.0.1", "169.254.169.254"}
	cfg.Concurrency = 4
	cfg.MaxPerHost = 2
	// Seeded with the home and category pages, articles sit at depth 1;
	// their own links lead to the original sites' menus, 404 here.
	cfg.MaxDepth = 1
	return cfg
}

func TestCrawlFixtureSite(t *testing.T) {
	const crawlDelay = 50 * time.Millisecond
	site := crawlertest.NewSite(t, crawlertest.Options{CrawlDelay: "0.05"})
	store := NewMemoryStore()
	c, err := New(crawlConfig(), store)
	if err != nil {
		t.Fatal(err)
	}
	refused := watchDialer(c.fetcher)
	ctx := newTestCtx(t, 25*time.Second)
	seed := []string{site.URL + "/", site.URL + "/tin-tuc"}

	// First crawl: every article once, nothing forbidden touched.
	got := newCollector()
	stats, err := c.Run(ctx, seed, got.emit)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	t.Logf("first crawl: %+v", stats)
	if want := site.ArticleURLs(); !slices.Equal(got.urls(), want) {
		t.Errorf("emitted:\n%s\nwant:\n%s", strings.Join(got.urls(), "\n"), strings.Join(want, "\n"))
	}
	if d := got.dupes(); len(d) > 0 {
		t.Errorf("emitted more than once: %v", d)
	}
	if int(stats.Emitted) != len(site.ArticleURLs()) {
		t.Errorf("Stats.Emitted = %d, want %d", stats.Emitted, len(site.ArticleURLs()))
	}
	for _, p := range []string{crawlertest.PathDisallowed, crawlertest.PathLocalhost} {
		if n := site.Hits(p); n != 0 {
			t.Errorf("%s requested %d times", p, n)
		}
	}
	wantRefused := []string{"10.0.0.1:80", "127.0.0.1:" + strings.Split(site.URL, ":")[2], "169.254.169.254:80"}
	if r := refused.refused(); !slices.Equal(r, wantRefused) {
		// localhost resolves to 127.0.0.1 (and maybe ::1) and must be refused as well.
		if !slices.Contains(r, "10.0.0.1:80") || !slices.Contains(r, "169.254.169.254:80") || len(r) < 3 {
			t.Errorf("dialer refused %v, want %v", r, wantRefused)
		}
	}
	if a := refused.allowed(); len(a) > 0 {
		t.Errorf("strict dialer connected to %v", a)
	}
	assertPolite(t, site.Requests(), crawlDelay)

	// Second crawl of the unchanged site: conditional GETs, nothing emitted.
	site.ResetRequests()
	again := newCollector()
	stats, err = c.Run(ctx, seed, again.emit)
	if err != nil {
		t.Fatalf("re-crawl: %v", err)
	}
	t.Logf("re-crawl: %+v", stats)
	if u := again.urls(); len(u) != 0 {
		t.Errorf("re-crawl emitted unchanged pages: %v", u)
	}
	if stats.NotModified == 0 {
		t.Errorf("re-crawl got no 304s: %+v", stats)
	}
	conditional := 0
	for _, r := range site.Requests() {
		if strings.HasPrefix(r.Path, "/tin-tuc/") && r.IfNoneMatch != "" {
			conditional++
		}
	}
	if conditional == 0 {
		t.Errorf("re-crawl sent no If-None-Match")
	}

	// Third crawl after one new article, one corrected article and one
	// whose bytes changed but not its text (a view counter in a comment):
	// exactly the first two are emitted, and the walk stops at the first
	// fully known listing page.
	site.ResetRequests()
	arts := site.Articles()
	site.Publish("moi", bytes.Replace(arts[len(arts)-1].Body, []byte("</h1>"), []byte(" (tin mới)</h1>"), 1))
	edited, noise := arts[0], arts[1]
	site.Edit(edited.Slug, bytes.Replace(edited.Body, []byte("</h1>"), []byte(" (đính chính)</h1>"), 1))
	site.Edit(noise.Slug, append(slices.Clone(noise.Body), []byte("\n<!-- lượt xem: 12345 -->")...))
	third := newCollector()
	stats, err = c.Run(ctx, seed, third.emit)
	if err != nil {
		t.Fatalf("third crawl: %v", err)
	}
	t.Logf("third crawl: %+v", stats)
	want := []string{site.URL + "/tin-tuc/moi.html", site.URL + edited.Path}
	slices.Sort(want)
	if !slices.Equal(third.urls(), want) {
		t.Errorf("third crawl emitted %v, want %v", third.urls(), want)
	}
	if stats.Unchanged != 1 {
		t.Errorf("Stats.Unchanged = %d, want 1 (the page whose bytes but not text changed)", stats.Unchanged)
	}
	for p := 3; p <= site.Pages(); p++ {
		if n := site.Hits(fmt.Sprintf("/tin-tuc?page=%d", p)); n != 0 {
			t.Errorf("listing page %d fetched although page 2 was fully known", p)
		}
	}
}

// assertPolite checks the per-host request rate measured at the server:
// over every run of window consecutive requests, they never come faster
// than one per delay. The allowance is for scheduling between the client's
// limiter and the server's clock (a request delayed in delivery makes the
// next gap look short; on a loaded 2-core machine a goroutine can wait
// 10-30 ms to run), not for the crawler: without a limiter twenty requests
// arrive within a few milliseconds.
func assertPolite(t *testing.T, reqs []crawlertest.Request, delay time.Duration) {
	t.Helper()
	const (
		window    = 20
		allowance = 100 * time.Millisecond
	)
	if len(reqs) <= window+5 {
		t.Fatalf("only %d requests", len(reqs))
	}
	times := make([]time.Time, len(reqs))
	for i, r := range reqs {
		times[i] = r.At
	}
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	minGap, minSpan := time.Hour, time.Hour
	for i := 1; i < len(times); i++ {
		minGap = min(minGap, times[i].Sub(times[i-1]))
		if i >= window {
			minSpan = min(minSpan, times[i].Sub(times[i-window]))
		}
	}
	if minSpan < window*delay-allowance {
		t.Errorf("%d requests within %v: faster than one per %v", window+1, minSpan, delay)
	}
	rate := float64(len(times)-1) / times[len(times)-1].Sub(times[0]).Seconds()
	t.Logf("%d requests, min gap %v, min span of %d gaps %v, mean rate %.1f/s (limit %.1f/s)",
		len(times), minGap, window, minSpan, rate, 1/delay.Seconds())
}

// Ctrl-C: a cancelled crawl returns ctx's error, keeps what it fetched in
// the state, reports what is left, and the next run finishes the job
// without emitting anything twice.
func TestCrawlCancelAndResume(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10})
	store := NewMemoryStore()
	cfg := crawlConfig()
	cfg.MinDelay = 30 * time.Millisecond
	c, err := New(cfg, store)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(newTestCtx(t, 20*time.Second))
	got := newCollector()
	var emitted atomic.Int32
	stats, err := c.Run(ctx, []string{site.URL + "/", site.URL + "/tin-tuc"}, func(ctx context.Context, r *Result) error {
		got.emit(ctx, r)
		if emitted.Add(1) == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run after cancel: err = %v, want context.Canceled", err)
	}
	if stats.Queued == 0 {
		t.Errorf("cancelled crawl reports nothing left: %+v", stats)
	}
	first := got.urls()
	for _, u := range first {
		if _, ok, _ := store.Get(context.Background(), u); !ok {
			t.Errorf("emitted %s but its state was not stored", u)
		}
	}
	rest := newCollector()
	if _, err := c.Run(newTestCtx(t, 20*time.Second), []string{site.URL + "/", site.URL + "/tin-tuc"}, rest.emit); err != nil {
		t.Fatal(err)
	}
	all := append(first, rest.urls()...)
	slices.Sort(all)
	if !slices.Equal(all, site.ArticleURLs()) {
		t.Errorf("cancelled + resumed crawl emitted %v\nwant %v", all, site.ArticleURLs())
	}
}

func TestRunEmitErrorStops(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10})
	cfg := crawlConfig()
	cfg.MinDelay = -1
	store := NewMemoryStore()
	c, err := New(cfg, store)
	if err != nil {
		t.Fatal(err)
	}
	errDisk := errors.New("disk full")
	var failed string
	_, err = c.Run(newTestCtx(t, 20*time.Second), []string{site.URL + "/", site.URL + "/tin-tuc"}, func(_ context.Context, r *Result) error {
		if failed == "" {
			failed = r.Page.URL
		}
		return errDisk
	})
	if !errors.Is(err, errDisk) {
		t.Fatalf("err = %v, want %v", err, errDisk)
	}
	if _, ok, _ := store.Get(context.Background(), failed); ok {
		t.Errorf("state stored for %s although emit failed: it would never be emitted again", failed)
	}
}
