package natsbus_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pipelinetest"
	"github.com/meetx/meetx/schema"
)

func TestTopologyIsIdempotent(t *testing.T) {
	nc := sharedNats(t)
	prefix := "t" + pipelinetest.Unique()
	b := newBus(t, nc, prefix)
	ctx := newTestCtx(t, 30*time.Second)
	if _, err := natsbus.New(ctx, nc, natsbus.Config{Prefix: prefix, Storage: jetstream.MemoryStorage}); err != nil {
		t.Fatalf("second New: %v", err)
	}
	st, err := b.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range st {
		names = append(names, s.Name)
	}
	up := strings.ToUpper(prefix)
	want := []string{up + "_CRAWL", up + "_PAGES", up + "_REPORTS", up + "_DEAD"}
	if !slices.Equal(names, want) {
		t.Errorf("streams = %v, want %v", names, want)
	}
}

func TestSubjects(t *testing.T) {
	n := natsbusNames(t)
	tests := []struct{ got, want string }{
		{n.CrawlSubject("hcma", "www.hcma.vn"), "p.crawl.hcma.www_hcma_vn"},
		{n.PageSubject(""), "p.page.local"},
		{n.ReportSubject("báo.vn"), "p.report.extracted.b__o_vn"},
		{n.ReportSubject("*"), "p.report.extracted.*"},
		{n.DeadSubject("store"), "p.dead.store"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("subject %q, want %q", tt.got, tt.want)
		}
	}
}

// natsbusNames returns the names of prefix "p" without a server.
func natsbusNames(t *testing.T) natsbus.Names {
	t.Helper()
	return natsbus.NamesFor("p")
}

// TestEndToEnd runs pages through the extract and store workers into
// Postgres and checks the rows and the events on the report subject.
func TestEndToEnd(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	store := newStore(t, pipelinetest.NewDatabase(t))
	ctx := newTestCtx(t, time.Minute)

	runWorker(t, func(ctx context.Context) error { return b.RunExtractWorker(ctx, fastRetry, fakeExtract) })
	runWorker(t, func(ctx context.Context) error { return b.RunStoreWorker(ctx, fastRetry, store) })
	const n = 20
	for i := range n {
		if err := b.PublishPage(ctx, page(fmt.Sprintf("https://example.vn/e2e/%d", i), fmt.Sprintf("body %d", i))); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 30*time.Second, "all reports stored", func() bool { return countRows(t, store, "reports") == n })

	// Every report is also an event on the report subject of its source.
	cons, err := b.JetStream().OrderedConsumer(ctx, b.Names().ReportStream, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{b.Names().ReportSubject("testsite")},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := readEvents(t, b, cons, n)
	if len(got) != n {
		t.Fatalf("got %d events on %s, want %d", len(got), b.Names().ReportSubject("testsite"), n)
	}
	var bodyRef string
	if err := store.Pool().QueryRow(ctx, "SELECT body_ref FROM pages LIMIT 1").Scan(&bodyRef); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(bodyRef, "nats-stream:"+b.Names().PageStream+"/") {
		t.Errorf("body_ref = %q, want a reference into %s", bodyRef, b.Names().PageStream)
	}
}

// readEvents reads up to n report events from cons.
func readEvents(t *testing.T, b *natsbus.Bus, cons jetstream.Consumer, n int) []pipeline.Extracted {
	t.Helper()
	batch, err := cons.Fetch(n, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var out []pipeline.Extracted
	for m := range batch.Messages() {
		var ev pipeline.Extracted
		data, err := b.Payload(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		if err := jsonUnmarshal(data, &ev); err != nil {
			t.Fatalf("event %s: %v", m.Subject(), err)
		}
		out = append(out, ev)
	}
	return out
}

func TestDuplicatePublishesGiveOneRow(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	store := newStore(t, pipelinetest.NewDatabase(t))
	ctx := newTestCtx(t, time.Minute)

	p := page("https://example.vn/dup", "the same body")
	for range 3 {
		if err := b.PublishPage(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	// The same report event published twice more, as a retrying extractor would.
	ev := pipelinetest.Event(p.URL, "0.1.0", "the same body", 1)
	for range 2 {
		if err := b.PublishReport(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	st, err := b.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if pages := st[1].Messages; pages != 1 {
		t.Errorf("pages stream holds %d messages, want 1 (Nats-Msg-Id dedupe)", pages)
	}
	runWorker(t, func(ctx context.Context) error { return b.RunExtractWorker(ctx, fastRetry, fakeExtract) })
	runWorker(t, func(ctx context.Context) error { return b.RunStoreWorker(ctx, fastRetry, store) })
	eventually(t, 20*time.Second, "the extracted report", func() bool {
		var n int
		_ = store.Pool().QueryRow(ctx, "SELECT count(*) FROM reports WHERE url = $1", p.URL).Scan(&n)
		return n == 1
	})
	waitDrained(t, b, b.Names().ReportStream, "store")
	if n := countRows(t, store, "reports"); n != 1 {
		t.Errorf("reports = %d, want 1", n)
	}
	if n := countRows(t, store, "person_mentions"); n != 3 {
		t.Errorf("person_mentions = %d, want 3", n)
	}
}

// waitDrained waits until consumer has nothing pending or unacked.
func waitDrained(t *testing.T, b *natsbus.Bus, stream, consumer string) {
	t.Helper()
	eventually(t, 30*time.Second, consumer+" to drain", func() bool {
		st, err := b.Status(context.Background())
		if err != nil {
			return false
		}
		for _, s := range st {
			for _, c := range s.Consumers {
				if s.Name == stream && c.Name == consumer {
					return c.Pending == 0 && c.AckPending == 0
				}
			}
		}
		return false
	})
}

// TestStoreKilledBetweenWriteAndAck kills a store worker's connection after
// its transaction committed and before it acked: the batch is redelivered to
// another worker, and the idempotent write neither loses nor duplicates rows.
func TestStoreKilledBetweenWriteAndAck(t *testing.T) {
	url := privateNats(t)
	prefix := "t" + pipelinetest.Unique()
	nc1, nc2 := connect(t, url), connect(t, url)
	b1 := newBus(t, nc1, prefix)
	store := newStore(t, pipelinetest.NewDatabase(t))
	ctx := newTestCtx(t, time.Minute)
	const n = 30
	for i := range n {
		ev := pipelinetest.Event(fmt.Sprintf("https://example.vn/kill/%d", i), "0.1.0", fmt.Sprint(i), i)
		if err := b1.PublishReport(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}

	written := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	dying := pipeline.SinkFunc(func(ctx context.Context, batch []pipeline.Extracted) (int64, error) {
		rows, err := store.Write(ctx, batch)
		once.Do(func() { close(written) })
		<-release // the process "dies" here, after commit, before ack
		return rows, err
	})
	wc := fastRetry
	wc.AckWait = time.Second
	stop1 := runWorker(t, func(ctx context.Context) error { return b1.RunStoreWorker(ctx, wc, dying) })
	<-written
	nc1.Close() // the acks of the dead worker never reach the server
	close(release)
	stop1()
	if got := countRows(t, store, "reports"); got == 0 {
		t.Fatal("the first batch was not written before the kill")
	}

	b2 := newBus(t, nc2, prefix)
	runWorker(t, func(ctx context.Context) error { return b2.RunStoreWorker(ctx, wc, store) })
	waitDrained(t, b2, b2.Names().ReportStream, "store")
	for table, want := range map[string]int{"reports": n, "pages": n, "person_mentions": 3 * n, "agenda_items": 2 * n} {
		if got := countRows(t, store, table); got != want {
			t.Errorf("%s = %d rows, want %d", table, got, want)
		}
	}
}

// TestPostgresRestartLosesNothing stops a private Postgres while the store
// worker runs and starts it again: every event ends up stored once.
func TestPostgresRestartLosesNothing(t *testing.T) {
	pg := pipelinetest.StartPostgres(t)
	nc := connect(t, privateNats(t))
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	store := newStore(t, pg.URL)
	ctx := newTestCtx(t, 2*time.Minute)

	publish := func(from, to int) {
		for i := from; i < to; i++ {
			ev := pipelinetest.Event(fmt.Sprintf("https://example.vn/pg/%d", i), "0.1.0", fmt.Sprint(i), i)
			if err := b.PublishReport(ctx, ev); err != nil {
				t.Fatal(err)
			}
		}
	}
	wc := fastRetry
	wc.BatchSize = 10
	runWorker(t, func(ctx context.Context) error { return b.RunStoreWorker(ctx, wc, store) })
	publish(0, 50)
	eventually(t, 20*time.Second, "first events stored", func() bool { return countRows(t, store, "reports") > 0 })
	pg.Stop(t)
	publish(50, 150)
	time.Sleep(1500 * time.Millisecond) // the worker meets the outage and holds its batch
	pg.Start(t)
	publish(150, 200)
	eventually(t, 60*time.Second, "all 200 reports stored", func() bool { return countRows(t, store, "reports") == 200 })
	waitDrained(t, b, b.Names().ReportStream, "store")
	if n := countRows(t, store, "reports"); n != 200 {
		t.Errorf("reports = %d, want 200", n)
	}
	st, err := b.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if dead := st[3].Messages; dead != 0 {
		t.Errorf("%d dead letters, want 0: an outage must not spend deliveries", dead)
	}
}

// TestPoisonMessageIsDeadLettered: a page whose extraction always fails is
// retried MaxDeliver times, then lands on the dead-letter subject with its
// error, while the other pages flow.
func TestPoisonMessageIsDeadLettered(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	ctx := newTestCtx(t, time.Minute)
	var poisonCalls atomic.Int32
	extract := func(p schema.Page) (*schema.Report, error) {
		if strings.HasSuffix(p.URL, "/poison") {
			poisonCalls.Add(1)
			return nil, errors.New("cannot make sense of this page")
		}
		return fakeExtract(p)
	}
	runWorker(t, func(ctx context.Context) error { return b.RunExtractWorker(ctx, fastRetry, extract) })
	urls := []string{"https://example.vn/ok/1", "https://example.vn/poison", "https://example.vn/ok/2", "https://example.vn/ok/3"}
	for _, u := range urls {
		if err := b.PublishPage(ctx, page(u, u)); err != nil {
			t.Fatal(err)
		}
	}
	dead, err := b.JetStream().OrderedConsumer(ctx, b.Names().DeadStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	msg, err := dead.Next(jetstream.FetchMaxWait(20 * time.Second))
	if err != nil {
		t.Fatalf("no dead letter: %v", err)
	}
	if msg.Subject() != b.Names().DeadSubject("extract") {
		t.Errorf("dead letter on %s, want %s", msg.Subject(), b.Names().DeadSubject("extract"))
	}
	if e := msg.Headers().Get(natsbus.HeaderError); !strings.Contains(e, "cannot make sense") {
		t.Errorf("%s = %q, want the extraction error", natsbus.HeaderError, e)
	}
	if got := msg.Headers().Get(natsbus.HeaderDelivered); got != "3" {
		t.Errorf("dead-lettered after %s deliveries, want 3", got)
	}
	if got := poisonCalls.Load(); got != 3 {
		t.Errorf("poison page extracted %d times, want 3", got)
	}
	var p schema.Page
	if err := jsonUnmarshal(msg.Data(), &p); err != nil || p.URL != urls[1] {
		t.Errorf("dead letter holds %q (%v), want the poison page", p.URL, err)
	}
	waitDrained(t, b, b.Names().PageStream, "extract")
	st, err := b.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if reports := st[2].Messages; reports != 3 {
		t.Errorf("%d report events, want 3 (the healthy pages)", reports)
	}
}

// TestLateSubscriberReplaysAllEvents: report events are kept (limits
// retention), so a subscriber that starts after they were published reads
// them all, and can filter by source.
func TestLateSubscriberReplaysAllEvents(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	ctx := newTestCtx(t, 30*time.Second)
	for i := range 6 {
		ev := pipelinetest.Event(fmt.Sprintf("https://example.vn/late/%d", i), "0.1.0", fmt.Sprint(i), i)
		ev.Report.Source = []string{"siteA", "siteB"}[i%2]
		if err := b.PublishReport(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	// An earlier consumer already read and acked everything.
	runWorker(t, func(ctx context.Context) error {
		return b.RunStoreWorker(ctx, fastRetry, pipeline.SinkFunc(func(context.Context, []pipeline.Extracted) (int64, error) { return 0, nil }))
	})
	waitDrained(t, b, b.Names().ReportStream, "store")

	tests := []struct {
		source string
		want   int
	}{{"*", 6}, {"siteA", 3}, {"siteB", 3}}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			cons, err := b.JetStream().OrderedConsumer(ctx, b.Names().ReportStream, jetstream.OrderedConsumerConfig{
				FilterSubjects: []string{b.Names().ReportSubject(tt.source)},
			})
			if err != nil {
				t.Fatal(err)
			}
			got := readEvents(t, b, cons, tt.want)
			if len(got) != tt.want {
				t.Fatalf("replayed %d events, want %d", len(got), tt.want)
			}
			if extra, err := cons.FetchNoWait(10); err == nil {
				n := 0
				for range extra.Messages() {
					n++
				}
				if n != 0 {
					t.Errorf("%d events beyond the %d expected", n, tt.want)
				}
			}
			for _, ev := range got {
				if tt.source != "*" && ev.Report.Source != tt.source {
					t.Errorf("event of %s on the %s subject", ev.Report.Source, tt.source)
				}
			}
		})
	}
}

// TestLargePageTravelsByReference: a page larger than the server's max
// payload goes through the object store and arrives whole.
func TestLargePageTravelsByReference(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	ctx := newTestCtx(t, 30*time.Second)
	body := strings.Repeat("Hội nghị sơ kết công tác tuyên giáo. ", int(nc.MaxPayload())/20)
	if err := b.PublishPage(ctx, page("https://example.vn/big", body)); err != nil {
		t.Fatal(err)
	}
	got := make(chan schema.Page, 1)
	runWorker(t, func(ctx context.Context) error {
		return b.RunExtractWorker(ctx, fastRetry, func(p schema.Page) (*schema.Report, error) {
			got <- p
			return fakeExtract(p)
		})
	})
	select {
	case p := <-got:
		if string(p.Body) != body {
			t.Errorf("body of %d bytes arrived as %d bytes", len(body), len(p.Body))
		}
	case <-ctx.Done():
		t.Fatal("large page never reached the extractor")
	}
	cons, err := b.JetStream().OrderedConsumer(ctx, b.Names().ReportStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	evs := readEvents(t, b, cons, 1)
	if len(evs) != 1 || !strings.HasPrefix(evs[0].Page.BodyRef, "nats-object:") {
		t.Errorf("report event body_ref = %v, want a nats-object reference", evs)
	}
}

// TestHostPolitenessAcrossWorkers: two crawl workers on separate
// connections never fetch one host more often than HostDelay.
func TestHostPolitenessAcrossWorkers(t *testing.T) {
	nc1, nc2 := sharedNats(t), sharedNats(t)
	prefix := "t" + pipelinetest.Unique()
	b1, b2 := newBus(t, nc1, prefix), newBus(t, nc2, prefix)
	ctx := newTestCtx(t, time.Minute)
	const delay = 150 * time.Millisecond
	var mu sync.Mutex
	fetchedAt := map[string][]time.Time{}
	fetch := func(_ context.Context, job schema.CrawlJob) (*pipeline.Fetched, error) {
		mu.Lock()
		defer mu.Unlock()
		host := strings.Split(strings.TrimPrefix(job.URL, "https://"), "/")[0]
		fetchedAt[host] = append(fetchedAt[host], time.Now())
		return &pipeline.Fetched{}, nil
	}
	cc := natsbus.CrawlConfig{WorkerConfig: natsbus.WorkerConfig{Concurrency: 3, AckWait: 5 * time.Second}, HostDelay: delay}
	runWorker(t, func(ctx context.Context) error { return b1.RunCrawlWorker(ctx, cc, fetch) })
	runWorker(t, func(ctx context.Context) error { return b2.RunCrawlWorker(ctx, cc, fetch) })
	for i := range 6 {
		for _, host := range []string{"a.example.vn", "b.example.vn"} {
			job := schema.CrawlJob{URL: fmt.Sprintf("https://%s/%d", host, i), Source: "s"}
			if err := b1.PublishCrawlJob(ctx, job); err != nil {
				t.Fatal(err)
			}
		}
	}
	eventually(t, 30*time.Second, "12 fetches", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(fetchedAt["a.example.vn"])+len(fetchedAt["b.example.vn"]) == 12
	})
	mu.Lock()
	defer mu.Unlock()
	for host, times := range fetchedAt {
		slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
		for i := 1; i < len(times); i++ {
			// The gap is measured in the fetch function, a few instructions
			// after the claim; allow for the scheduler between the two.
			if gap := times[i].Sub(times[i-1]); gap < delay-20*time.Millisecond {
				t.Errorf("%s fetched twice within %v (want >= %v)", host, gap, delay)
			}
		}
	}
}

// TestShutdownAcksWhatIsStored stops a store worker while it is writing a
// batch: the write completes and its messages are acked before the worker
// returns, so nothing is redelivered or lost.
func TestShutdownAcksWhatIsStored(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	store := newStore(t, pipelinetest.NewDatabase(t))
	ctx := newTestCtx(t, time.Minute)
	const n = 20
	for i := range n {
		if err := b.PublishReport(ctx, pipelinetest.Event(fmt.Sprintf("https://example.vn/stop/%d", i), "0.1.0", fmt.Sprint(i), i)); err != nil {
			t.Fatal(err)
		}
	}
	started := make(chan struct{})
	var once sync.Once
	slow := pipeline.SinkFunc(func(ctx context.Context, batch []pipeline.Extracted) (int64, error) {
		once.Do(func() { close(started) })
		time.Sleep(300 * time.Millisecond) // shutdown arrives meanwhile
		return store.Write(ctx, batch)
	})
	stop := runWorker(t, func(ctx context.Context) error { return b.RunStoreWorker(ctx, fastRetry, slow) })
	<-started
	stop()
	if got := countRows(t, store, "reports"); got != n {
		t.Errorf("after shutdown %d reports stored, want %d", got, n)
	}
	// Well inside AckWait (2s): only real acks can empty the ack-pending count.
	eventually(t, 1500*time.Millisecond, "acks of the stored batch", func() bool {
		st, err := b.Status(ctx)
		if err != nil || len(st[2].Consumers) == 0 {
			return false
		}
		c := st[2].Consumers[0]
		return c.AckPending == 0 && c.Pending == 0
	})
}

func TestCrawlStateIsShared(t *testing.T) {
	nc1, nc2 := sharedNats(t), sharedNats(t)
	prefix := "t" + pipelinetest.Unique()
	type state struct {
		ETag     string    `json:"etag"`
		LastSeen time.Time `json:"last_seen"`
	}
	s1 := natsbus.CrawlState[state](newBus(t, nc1, prefix))
	s2 := natsbus.CrawlState[state](newBus(t, nc2, prefix))
	ctx := newTestCtx(t, 10*time.Second)
	url := "https://example.vn/tin-tuc/hội-nghị?id=1&x=ý"
	if _, ok, err := s1.Get(ctx, url); err != nil || ok {
		t.Fatalf("Get of an unknown URL = ok %v, err %v; want not found", ok, err)
	}
	want := state{ETag: `"abc"`, LastSeen: time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)}
	if err := s1.Put(ctx, url, want); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s2.Get(ctx, url) // another process sees it
	if err != nil || !ok || got != want {
		t.Errorf("Get from another connection = %+v, %v, %v; want %+v", got, ok, err, want)
	}
}

// TestBadEventDoesNotHoldBackItsBatch: an event Postgres rejects is
// dead-lettered from the store stage at once, and the other events of its
// batch are stored.
func TestBadEventDoesNotHoldBackItsBatch(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	store := newStore(t, pipelinetest.NewDatabase(t))
	ctx := newTestCtx(t, time.Minute)
	for i := range 6 {
		ev := pipelinetest.Event(fmt.Sprintf("https://example.vn/batch/%d", i), "0.1.0", fmt.Sprint(i), i)
		if i == 3 {
			// An organizer far too long for its btree index: Postgres refuses the row.
			var sb strings.Builder
			for j := 0; sb.Len() < 20000; j++ {
				fmt.Fprintf(&sb, "%x", sha256.Sum256([]byte(fmt.Sprint(j))))
			}
			ev.Report.Meeting.Organizer = schema.Text(sb.String())
		}
		if err := b.PublishReport(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	runWorker(t, func(ctx context.Context) error { return b.RunStoreWorker(ctx, fastRetry, store) })
	dead, err := b.JetStream().OrderedConsumer(ctx, b.Names().DeadStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	msg, err := dead.Next(jetstream.FetchMaxWait(20 * time.Second))
	if err != nil {
		t.Fatalf("no dead letter: %v", err)
	}
	if msg.Subject() != b.Names().DeadSubject("store") || msg.Headers().Get(natsbus.HeaderDelivered) != "1" {
		t.Errorf("dead letter on %s after %s deliveries, want %s after 1", msg.Subject(),
			msg.Headers().Get(natsbus.HeaderDelivered), b.Names().DeadSubject("store"))
	}
	waitDrained(t, b, b.Names().ReportStream, "store")
	if n := countRows(t, store, "reports"); n != 5 {
		t.Errorf("reports = %d, want the 5 good ones", n)
	}
}

// TestCrawlWorker: a fetched page is published on the page subject, its
// links become crawl jobs one level deeper (up to MaxDepth), and the crawl
// state is committed only after that.
func TestCrawlWorker(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	ctx := newTestCtx(t, 30*time.Second)
	var mu sync.Mutex
	var fetched []schema.CrawlJob
	commits := map[string]uint64{} // URL -> pages in the stream at commit time
	fetch := func(_ context.Context, job schema.CrawlJob) (*pipeline.Fetched, error) {
		mu.Lock()
		fetched = append(fetched, job)
		mu.Unlock()
		p := page(job.URL, "body of "+job.URL)
		p.Source = "" // the job's source names the page
		return &pipeline.Fetched{
			Page:  &p,
			Links: []string{job.URL + "/next", "not a url"},
			Commit: func(ctx context.Context) error {
				// By now the page must be in the stream.
				st, err := b.Status(ctx)
				if err != nil {
					return err
				}
				mu.Lock()
				defer mu.Unlock()
				commits[job.URL] = st[1].Messages
				return nil
			},
		}, nil
	}
	cc := natsbus.CrawlConfig{WorkerConfig: fastRetry, MaxDepth: 1, HostDelay: time.Millisecond}
	runWorker(t, func(ctx context.Context) error { return b.RunCrawlWorker(ctx, cc, fetch) })
	if err := b.PublishCrawlJob(ctx, schema.CrawlJob{URL: "https://a.example.vn/seed", Source: "siteA"}); err != nil {
		t.Fatal(err)
	}
	waitDrained(t, b, b.Names().CrawlStream, "crawl")
	eventually(t, 5*time.Second, "two commits", func() bool { mu.Lock(); defer mu.Unlock(); return len(commits) == 2 })
	mu.Lock()
	defer mu.Unlock()
	want := []schema.CrawlJob{
		{URL: "https://a.example.vn/seed", Source: "siteA", Depth: 0},
		{URL: "https://a.example.vn/seed/next", Source: "siteA", Depth: 1},
	}
	if !slices.Equal(fetched, want) {
		t.Errorf("fetched %v, want %v (no job beyond MaxDepth, none for a bad URL)", fetched, want)
	}
	// Each commit came after its own page was published (the seed's may also
	// see the next page, fetched concurrently).
	if commits["https://a.example.vn/seed"] < 1 || commits["https://a.example.vn/seed/next"] != 2 {
		t.Errorf("pages in the stream at commit time: %v, want seed >= 1 and seed/next = 2", commits)
	}
	cons, err := b.JetStream().OrderedConsumer(ctx, b.Names().PageStream, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{b.Names().PageSubject("siteA")},
	})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(2, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range batch.Messages() {
		n++
	}
	if n != 2 {
		t.Errorf("%d pages on %s, want 2", n, b.Names().PageSubject("siteA"))
	}
}

// TestReplayDeadLetters: after the cause of a failure is fixed, replaying
// the dead letters of a stage sends them back through the workers and
// empties the dead-letter stream; the other stages' dead letters stay.
func TestReplayDeadLetters(t *testing.T) {
	nc := sharedNats(t)
	b := newBus(t, nc, "t"+pipelinetest.Unique())
	ctx := newTestCtx(t, time.Minute)
	var fixed atomic.Bool
	var extracted sync.Map
	extract := func(p schema.Page) (*schema.Report, error) {
		if strings.Contains(p.URL, "/broken/") && !fixed.Load() {
			return nil, errors.New("extractor bug")
		}
		extracted.Store(p.URL, true)
		return fakeExtract(p)
	}
	stop := runWorker(t, func(ctx context.Context) error { return b.RunExtractWorker(ctx, fastRetry, extract) })
	broken := []string{"https://example.vn/broken/1", "https://example.vn/broken/2"}
	for _, u := range append([]string{"https://example.vn/ok/1"}, broken...) {
		if err := b.PublishPage(ctx, page(u, u)); err != nil {
			t.Fatal(err)
		}
	}
	// A dead letter of another stage, which a replay of "extract" must leave.
	other := nats.NewMsg(b.Names().DeadSubject("store"))
	other.Header.Set(natsbus.HeaderSubject, b.Names().ReportSubject("testsite"))
	other.Header.Set(natsbus.HeaderStage, "store")
	other.Data = []byte("{}")
	if _, err := b.JetStream().PublishMsg(ctx, other); err != nil {
		t.Fatal(err)
	}
	listDead := func(stage string) []natsbus.DeadLetter {
		var out []natsbus.DeadLetter
		if err := b.DeadLetters(ctx, stage, func(dl natsbus.DeadLetter) error { out = append(out, dl); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	eventually(t, 30*time.Second, "two extract dead letters", func() bool { return len(listDead("extract")) == 2 })
	stop()
	for _, dl := range listDead("extract") {
		if dl.Stage != "extract" || dl.Subject != b.Names().PageSubject("testsite") || dl.Delivered != 3 ||
			!strings.Contains(dl.Error, "extractor bug") || dl.Stream != b.Names().PageStream {
			t.Errorf("dead letter %+v: want stage extract, the page subject, 3 deliveries and the error", dl)
		}
	}

	fixed.Store(true)
	runWorker(t, func(ctx context.Context) error { return b.RunExtractWorker(ctx, fastRetry, extract) })
	n, err := b.Replay(ctx, "extract", nil)
	if err != nil || n != 2 {
		t.Fatalf("Replay = %d, %v; want 2 replayed", n, err)
	}
	eventually(t, 30*time.Second, "the replayed pages extracted", func() bool {
		_, ok1 := extracted.Load(broken[0])
		_, ok2 := extracted.Load(broken[1])
		return ok1 && ok2
	})
	if got := listDead("extract"); len(got) != 0 {
		t.Errorf("%d extract dead letters left after replay, want 0", len(got))
	}
	if got := listDead(""); len(got) != 1 || got[0].Stage != "store" {
		t.Errorf("dead letters left = %+v, want only the store one", got)
	}
	waitDrained(t, b, b.Names().PageStream, "extract")
	st, err := b.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if reports := st[2].Messages; reports != 3 {
		t.Errorf("%d report events, want 3 (one per page, the replayed ones included)", reports)
	}
}
