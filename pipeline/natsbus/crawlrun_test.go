package natsbus_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pipelinetest"
	"github.com/meetx/meetx/schema"
)

// untilNextSecond sleeps into the next wall-clock second, where a seed
// publish starts a new crawl run.
func untilNextSecond() { time.Sleep(time.Until(time.Now().Truncate(time.Second).Add(time.Second))) }

// crawlMessages is the number of jobs in the crawl stream.
func crawlMessages(t *testing.T, b *natsbus.Bus) uint64 {
	t.Helper()
	st, err := b.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st[0].Messages
}

// TestSeedStartsANewRun: the same seed published again a second later is
// queued again (a scheduled re-crawl inside JetStream's 2-minute duplicate
// window is not dropped), while a repeat within the same second is one run.
func TestSeedStartsANewRun(t *testing.T) {
	b := newBus(t, sharedNats(t), "t"+pipelinetest.Unique())
	ctx := newTestCtx(t, 30*time.Second)
	seed := schema.CrawlJob{URL: "https://a.example.vn/tin-tuc", Source: "siteA"}
	untilNextSecond() // both publishes below fit in one second
	before := time.Now().Unix()
	for range 2 {
		if err := b.PublishCrawlJob(ctx, seed); err != nil {
			t.Fatal(err)
		}
	}
	if sameSecond := time.Now().Unix() == before; sameSecond {
		if n := crawlMessages(t, b); n != 1 {
			t.Errorf("seed published twice in one second: %d jobs queued, want 1", n)
		}
	} else {
		t.Log("the two publishes straddled a second; not checking their deduplication")
	}
	queued := crawlMessages(t, b)
	untilNextSecond()
	if err := b.PublishCrawlJob(ctx, seed); err != nil {
		t.Fatal(err)
	}
	if n := crawlMessages(t, b); n != queued+1 {
		t.Errorf("seed published again a second later: %d jobs queued, want %d", n, queued+1)
	}
	// A discovered link (depth > 0) published directly belongs to no run:
	// deduplicated by URL for the whole window.
	for range 2 {
		untilNextSecond()
		if err := b.PublishCrawlJob(ctx, schema.CrawlJob{URL: "https://a.example.vn/tin-tuc/1.html", Source: "siteA", Depth: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if n := crawlMessages(t, b); n != queued+2 {
		t.Errorf("link published twice: %d jobs queued, want %d", n, queued+2)
	}
}

// TestCrawlRunFollowsPagination: next-page links keep the listing's depth,
// so every page of a listing is read and its articles are crawled however
// small MaxDepth is; a URL linked from several pages is fetched once per
// run; a second run of the same seed, inside the duplicate window, fetches
// everything again.
func TestCrawlRunFollowsPagination(t *testing.T) {
	b := newBus(t, sharedNats(t), "t"+pipelinetest.Unique())
	ctx := newTestCtx(t, time.Minute)
	const site = "https://a.example.vn"
	listing := func(page int) string {
		if page == 1 {
			return site + "/tin-tuc"
		}
		return fmt.Sprintf("%s/tin-tuc?page=%d", site, page)
	}
	graph := map[string]pipeline.Fetched{
		listing(1): {Links: []string{site + "/a1", site + "/shared", listing(2)}, Next: []string{listing(2)}},
		listing(2): {Links: []string{site + "/a2", site + "/shared", listing(3)}, Next: []string{listing(3)}},
		listing(3): {Links: []string{site + "/a3", listing(1)}},
	}
	var mu sync.Mutex
	var fetched []string // "URL@depth"
	fetch := func(_ context.Context, job schema.CrawlJob) (*pipeline.Fetched, error) {
		mu.Lock()
		fetched = append(fetched, fmt.Sprintf("%s@%d", job.URL, job.Depth))
		mu.Unlock()
		if f, ok := graph[job.URL]; ok {
			return &f, nil
		}
		return &pipeline.Fetched{Links: []string{job.URL + "/deeper"}}, nil // an article
	}
	cc := natsbus.CrawlConfig{WorkerConfig: fastRetry, MaxDepth: 1, HostDelay: time.Millisecond}
	runWorker(t, func(ctx context.Context) error { return b.RunCrawlWorker(ctx, cc, fetch) })

	want := []string{
		listing(1) + "@0", listing(2) + "@0", listing(3) + "@0",
		site + "/a1@1", site + "/a2@1", site + "/a3@1", site + "/shared@1",
	}
	slices.Sort(want)
	crawl := func(run int) {
		t.Helper()
		mu.Lock()
		fetched = nil
		mu.Unlock()
		if err := b.PublishCrawlJob(ctx, schema.CrawlJob{URL: listing(1), Source: "siteA"}); err != nil {
			t.Fatal(err)
		}
		eventually(t, 20*time.Second, fmt.Sprintf("run %d to fetch %d URLs", run, len(want)), func() bool {
			mu.Lock()
			defer mu.Unlock()
			return len(fetched) >= len(want)
		})
		waitDrained(t, b, b.Names().CrawlStream, "crawl")
		mu.Lock()
		defer mu.Unlock()
		got := slices.Sorted(slices.Values(fetched))
		if !slices.Equal(got, want) {
			t.Errorf("run %d fetched:\n%s\nwant:\n%s", run, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	crawl(1)
	untilNextSecond()
	crawl(2) // well inside the 2-minute duplicate window
}
