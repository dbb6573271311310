package natsbus_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

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

// TestSeedStartsANewRun: once its job has been taken, the same seed
// published again a second later is queued again (a scheduled re-crawl
// inside JetStream's 2-minute duplicate window is not dropped); a repeat
// within the same second, or while the seed's job still waits, is not.
func TestSeedStartsANewRun(t *testing.T) {
	b := newBus(t, sharedNats(t), "t"+pipelinetest.Unique())
	ctx := newTestCtx(t, 30*time.Second)
	seed := schema.CrawlJob{URL: "https://a.example.vn/tin-tuc", Source: "siteA"}
	publish := func(job schema.CrawlJob) {
		t.Helper()
		if err := b.PublishCrawlJob(ctx, job); err != nil {
			t.Fatal(err)
		}
	}
	publish(seed)
	publish(seed)
	if n := crawlMessages(t, b); n != 1 {
		t.Errorf("seed published twice at once: %d jobs queued, want 1", n)
	}
	untilNextSecond()
	publish(seed)
	if n := crawlMessages(t, b); n != 1 {
		t.Errorf("seed published again while its job waits: %d jobs queued, want 1", n)
	}

	// A crawl worker takes the job: the next run is queued.
	cons, err := b.JetStream().CreateConsumer(ctx, b.Names().CrawlStream, jetstream.ConsumerConfig{AckPolicy: jetstream.AckExplicitPolicy})
	if err != nil {
		t.Fatal(err)
	}
	msg, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if err := msg.DoubleAck(ctx); err != nil {
		t.Fatal(err)
	}
	if n := crawlMessages(t, b); n != 0 {
		t.Fatalf("after the ack: %d jobs queued, want 0", n)
	}
	untilNextSecond()
	publish(seed)
	if n := crawlMessages(t, b); n != 1 {
		t.Errorf("seed published again after its job was taken: %d jobs queued, want 1", n)
	}

	// A discovered link (depth > 0) published directly belongs to no run:
	// deduplicated by URL for the whole window.
	link := schema.CrawlJob{URL: "https://a.example.vn/tin-tuc/1.html", Source: "siteA", Depth: 1}
	publish(link)
	untilNextSecond()
	publish(link)
	if n := crawlMessages(t, b); n != 2 {
		t.Errorf("link published twice: %d jobs queued, want 2", n)
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
