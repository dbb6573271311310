package natsbus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"net/url"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/schema"
)

// Stage names, used for consumer names, dead-letter subjects and metrics.
const (
	StageCrawl   = "crawl"
	StageExtract = "extract"
	StageStore   = "store"
)

// consumer creates or updates the durable pull consumer of a stage.
func (b *Bus) consumer(ctx context.Context, stream, filter string, wc *WorkerConfig) (jetstream.Consumer, error) {
	cons, err := b.js.CreateOrUpdateConsumer(ctx, stream, jetstream.ConsumerConfig{
		Durable:       wc.Durable,
		Description:   "meetx " + wc.Durable + " workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       wc.AckWait,
		BackOff:       wc.ackBackoff(),
		MaxDeliver:    wc.MaxDeliver,
		MaxAckPending: wc.MaxAckPending,
		FilterSubject: filter,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s on %s: %w", wc.Durable, stream, err)
	}
	return cons, nil
}

// dispose acks, retries or dead-letters msg according to the error of its
// handler.
func (b *Bus) dispose(ctx context.Context, stage string, wc *WorkerConfig, msg jetstream.Msg, err error) {
	delivered := 1
	if md, mdErr := msg.Metadata(); mdErr == nil {
		delivered = int(md.NumDelivered)
	}
	d := pipeline.Classify(err, delivered, wc.MaxDeliver)
	b.cfg.Metrics.handled(stage, d)
	b.cfg.Metrics.failed(stage, err)
	switch d {
	case pipeline.Ack:
		if err := msg.Ack(); err != nil {
			b.log.Warn("ack failed; the message will be redelivered", "stage", stage, "subject", msg.Subject(), "err", err)
		}
	case pipeline.Retry:
		delay := pipeline.RetryDelay(delivered, wc.Backoff)
		b.log.Warn("message failed; retrying", "stage", stage, "subject", msg.Subject(), "delivered", delivered, "delay", delay, "err", err)
		if err := msg.NakWithDelay(delay); err != nil {
			b.log.Warn("nak failed; the message will be redelivered after AckWait", "stage", stage, "err", err)
		}
	case pipeline.DeadLetter:
		b.log.Warn("message dead-lettered", "stage", stage, "subject", msg.Subject(), "delivered", delivered, "err", err)
		if dlErr := b.deadLetter(ctx, stage, msg, err); dlErr != nil {
			b.log.Error("dead-letter publish failed; retrying the message", "stage", stage, "err", dlErr)
			_ = msg.NakWithDelay(pipeline.RetryDelay(delivered, wc.Backoff))
			return
		}
		if err := msg.Term(); err != nil {
			b.log.Warn("term failed", "stage", stage, "err", err)
		}
	}
}

// consume runs handler on n pull subscriptions of cons until ctx is done,
// then drains them: messages already delivered are handled and acked before
// it returns.
func (b *Bus) consume(ctx context.Context, stage string, cons jetstream.Consumer, n, buffer int, handler func(jetstream.Msg)) error {
	var ccs []jetstream.ConsumeContext
	stopAll := func() {
		for _, cc := range ccs {
			cc.Drain()
		}
		for _, cc := range ccs {
			<-cc.Closed()
		}
	}
	for range n {
		cc, err := cons.Consume(handler,
			jetstream.PullMaxMessages(buffer),
			jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
				b.log.Warn("consume", "stage", stage, "err", err)
			}))
		if err != nil {
			stopAll()
			return fmt.Errorf("consume %s: %w", stage, err)
		}
		ccs = append(ccs, cc)
	}
	b.log.Info("worker started", "stage", stage, "concurrency", n)
	<-ctx.Done()
	b.log.Info("worker draining", "stage", stage)
	stopAll()
	return nil
}

// countDelivery records a redelivery in the metrics.
func (b *Bus) countDelivery(stage string, msg jetstream.Msg) {
	if md, err := msg.Metadata(); err == nil && md.NumDelivered > 1 {
		b.cfg.Metrics.redelivered(stage)
	}
}

// RunExtractWorker consumes pages, runs extract on each and publishes the
// report events, until ctx is done; then it finishes the pages in hand and
// returns nil. Extraction errors are retried unless marked
// pipeline.Permanent; a panicking extractor counts as an error.
func (b *Bus) RunExtractWorker(ctx context.Context, wc WorkerConfig, extract pipeline.ExtractFunc) error {
	wc.setDefaults(StageExtract, runtime.GOMAXPROCS(0))
	filter := b.cfg.Prefix + ".page.>"
	if wc.Source != "" {
		filter = b.names.PageSubject(wc.Source)
	}
	cons, err := b.consumer(ctx, b.names.PageStream, filter, &wc)
	if err != nil {
		return err
	}
	hctx := context.WithoutCancel(ctx) // in-flight pages finish after shutdown starts
	return b.consume(ctx, StageExtract, cons, wc.Concurrency, 8, func(msg jetstream.Msg) {
		b.countDelivery(StageExtract, msg)
		b.dispose(hctx, StageExtract, &wc, msg, b.extractOne(hctx, msg, extract, &wc))
	})
}

func (b *Bus) extractOne(ctx context.Context, msg jetstream.Msg, extract pipeline.ExtractFunc, wc *WorkerConfig) error {
	data, err := b.Payload(ctx, msg)
	if err != nil {
		return err
	}
	var page schema.Page
	if err := json.Unmarshal(data, &page); err != nil {
		return pipeline.Permanent(fmt.Errorf("decode page: %w", err))
	}
	if page.URL == "" {
		return pipeline.Permanent(errors.New("decode page: no URL"))
	}
	if page.ContentHash == "" {
		sum := sha256.Sum256(page.Body)
		page.ContentHash = hex.EncodeToString(sum[:])
	}
	start := time.Now()
	report, err := extractWatched(ctx, msg, extract, page, wc)
	b.cfg.Metrics.extracted(time.Since(start), err)
	if err != nil {
		return fmt.Errorf("extract %s: %w", page.URL, err)
	}
	if report.URL == "" {
		report.URL = page.URL
	}
	if report.Source == "" {
		report.Source = page.Source
	}
	if report.ContentHash == "" {
		report.ContentHash = page.ContentHash
	}
	meta := pipeline.MetaOf(page)
	meta.BodyRef = b.bodyRef(msg)
	return b.PublishReport(ctx, pipeline.Extracted{Page: meta, Report: *report})
}

// extractWatched runs extract on p while telling JetStream that msg is in
// progress, so a slow page is not redelivered to another worker meanwhile.
// A page taking longer than wc.ExtractTimeout is given up on as permanent
// (the extractor is deterministic: a retry would take as long); its
// goroutine is left to finish on its own, as a pure function cannot be
// interrupted.
func extractWatched(ctx context.Context, msg jetstream.Msg, extract pipeline.ExtractFunc, p schema.Page, wc *WorkerConfig) (*schema.Report, error) {
	type result struct {
		r   *schema.Report
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := safeExtract(extract, p)
		done <- result{r, err}
	}()
	beat := time.NewTicker(max(wc.AckWait/3, 10*time.Millisecond))
	defer beat.Stop()
	timeout := time.NewTimer(wc.ExtractTimeout)
	defer timeout.Stop()
	for {
		select {
		case res := <-done:
			return res.r, res.err
		case <-beat.C:
			_ = msg.InProgress()
		case <-timeout.C:
			return nil, pipeline.Permanent(fmt.Errorf("extraction took longer than %v", wc.ExtractTimeout))
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// safeExtract runs extract, turning a panic into an error so that one bad
// page cannot take the worker down.
func safeExtract(extract pipeline.ExtractFunc, p schema.Page) (r *schema.Report, err error) {
	defer func() {
		if v := recover(); v != nil {
			r, err = nil, fmt.Errorf("extractor panic: %v", v)
		}
	}()
	r, err = extract(p)
	if err == nil && r == nil {
		err = pipeline.Permanent(errors.New("extractor returned no report"))
	}
	return r, err
}

// RunStoreWorker consumes report events in batches and writes each batch to
// sink, acking the batch's messages only after sink.Write returned nil, until
// ctx is done. While the sink is unavailable (pipeline.ErrUnavailable) the
// batch is held and retried, keeping its messages alive with in-progress
// acks, so an outage spends no deliveries. A batch failing otherwise is
// written event by event so that one bad event cannot hold back the others.
func (b *Bus) RunStoreWorker(ctx context.Context, wc WorkerConfig, sink pipeline.Sink) error {
	wc.setDefaults(StageStore, 1)
	filter := b.cfg.Prefix + ".report.>"
	if wc.Source != "" {
		filter = b.names.ReportSubject(wc.Source)
	}
	cons, err := b.consumer(ctx, b.names.ReportStream, filter, &wc)
	if err != nil {
		return err
	}
	b.log.Info("worker started", "stage", StageStore, "concurrency", wc.Concurrency, "batch", wc.BatchSize)
	var wg sync.WaitGroup
	for range wc.Concurrency {
		wg.Go(func() { b.storeLoop(ctx, cons, &wc, sink) })
	}
	wg.Wait()
	return nil
}

func (b *Bus) storeLoop(ctx context.Context, cons jetstream.Consumer, wc *WorkerConfig, sink pipeline.Sink) {
	hctx := context.WithoutCancel(ctx)
	for ctx.Err() == nil {
		batch, err := cons.Fetch(wc.BatchSize, jetstream.FetchMaxWait(wc.BatchWait))
		if err != nil {
			b.log.Warn("fetch", "stage", StageStore, "err", err)
			sleep(ctx, time.Second)
			continue
		}
		var msgs []jetstream.Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, context.DeadlineExceeded) {
			b.log.Warn("fetch", "stage", StageStore, "err", err)
		}
		if len(msgs) > 0 {
			b.storeBatch(ctx, hctx, msgs, wc, sink)
		}
	}
}

// storeBatch writes msgs; ctx ends the wait for an unavailable sink, hctx
// (not cancelled by shutdown) carries the writes and acks.
func (b *Bus) storeBatch(ctx, hctx context.Context, msgs []jetstream.Msg, wc *WorkerConfig, sink pipeline.Sink) {
	evs := make([]pipeline.Extracted, 0, len(msgs))
	kept := msgs[:0:0]
	for _, m := range msgs {
		b.countDelivery(StageStore, m)
		ev, err := b.decodeEvent(hctx, m)
		if err != nil {
			b.dispose(hctx, StageStore, wc, m, err)
			continue
		}
		evs, kept = append(evs, ev), append(kept, m)
	}
	if len(evs) == 0 {
		return
	}
	delay := 100 * time.Millisecond
	for {
		rows, err := sink.Write(hctx, evs)
		if err == nil {
			b.cfg.Metrics.stored(len(evs), rows)
			for _, m := range kept {
				b.dispose(hctx, StageStore, wc, m, nil)
			}
			return
		}
		if !errors.Is(err, pipeline.ErrUnavailable) {
			if len(evs) == 1 {
				b.dispose(hctx, StageStore, wc, kept[0], err)
				return
			}
			b.log.Warn("batch failed; writing its events one by one", "stage", StageStore, "events", len(evs), "err", err)
			for i, ev := range evs {
				rows, err := sink.Write(hctx, []pipeline.Extracted{ev})
				if err == nil {
					b.cfg.Metrics.stored(1, rows)
				}
				b.dispose(hctx, StageStore, wc, kept[i], err)
			}
			return
		}
		if ctx.Err() != nil {
			for _, m := range kept {
				_ = m.Nak()
			}
			return
		}
		b.log.Warn("store unavailable; holding the batch", "stage", StageStore, "events", len(evs), "retry_in", delay, "err", err)
		for _, m := range kept {
			_ = m.InProgress()
		}
		sleep(ctx, delay)
		delay = min(2*delay, 5*time.Second, wc.AckWait/3)
	}
}

func (b *Bus) decodeEvent(ctx context.Context, msg jetstream.Msg) (pipeline.Extracted, error) {
	var ev pipeline.Extracted
	data, err := b.Payload(ctx, msg)
	if err != nil {
		return ev, err
	}
	if err := json.Unmarshal(data, &ev); err != nil {
		return ev, pipeline.Permanent(fmt.Errorf("decode report event: %w", err))
	}
	return ev, nil
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// CrawlConfig configures a crawl worker.
type CrawlConfig struct {
	WorkerConfig
	// MaxDepth is the deepest link distance from a seed that is followed.
	MaxDepth int
	// HostDelay is the least time between two fetches of one host, across
	// every crawl worker (1s).
	HostDelay time.Duration
}

// RunCrawlWorker consumes crawl jobs, fetches each with fetch, publishes the
// page (unless unchanged) and queues the links found at depth+1 up to
// MaxDepth and the next-page links at the job's depth, in the job's crawl
// run (see [HeaderRun]), until ctx is done.
//
// Politeness: before fetching, the worker claims the host in the
// MEETX_HOSTS bucket (see acquireHost): the entry holds the time after which
// the host may be fetched again, and a worker that finds it passed moves it
// forward with a compare-and-set on the entry's revision; otherwise it
// sleeps until then, keeping the job alive with in-progress acks. Every
// worker of every process goes through the same entry, so the host sees at
// most one fetch per HostDelay however many workers run. A lease in KV was
// preferred over one subject per host with MaxAckPending 1 because hosts are
// not known in advance and a consumer per host would not scale to many
// hosts; the claim costs two KV round trips per fetch.
func (b *Bus) RunCrawlWorker(ctx context.Context, cc CrawlConfig, fetch pipeline.FetchFunc) error {
	wc := cc.WorkerConfig
	wc.setDefaults(StageCrawl, 4)
	if cc.HostDelay <= 0 {
		cc.HostDelay = time.Second
	}
	filter := b.cfg.Prefix + ".crawl.>"
	if wc.Source != "" {
		filter = b.cfg.Prefix + ".crawl." + token(wc.Source) + ".>"
	}
	cons, err := b.consumer(ctx, b.names.CrawlStream, filter, &wc)
	if err != nil {
		return err
	}
	hctx := context.WithoutCancel(ctx)
	return b.consume(ctx, StageCrawl, cons, wc.Concurrency, 1, func(msg jetstream.Msg) {
		b.countDelivery(StageCrawl, msg)
		b.dispose(hctx, StageCrawl, &wc, msg, b.crawlOne(ctx, hctx, msg, &cc, fetch))
	})
}

func (b *Bus) crawlOne(ctx, hctx context.Context, msg jetstream.Msg, cc *CrawlConfig, fetch pipeline.FetchFunc) error {
	var job schema.CrawlJob
	if err := json.Unmarshal(msg.Data(), &job); err != nil {
		return pipeline.Permanent(fmt.Errorf("decode crawl job: %w", err))
	}
	u, err := url.Parse(job.URL)
	if err != nil || u.Host == "" {
		return pipeline.Permanent(fmt.Errorf("crawl job %q: not an absolute URL", job.URL))
	}
	if err := b.acquireHost(ctx, msg, u.Hostname(), cc.HostDelay, cc.AckWait); err != nil {
		return err
	}
	fetched, err := fetch(ctx, job)
	if err != nil {
		b.cfg.Metrics.fetchFailed(job.Source)
		return err
	}
	if fetched == nil {
		return nil
	}
	if p := fetched.Page; p != nil {
		b.cfg.Metrics.fetched(job.Source, len(p.Body))
		if job.Source != "" {
			p.Source = job.Source // the configured source name, not the fetcher's guess
		}
		p.Depth = job.Depth
		if p.ContentHash == "" {
			sum := sha256.Sum256(p.Body)
			p.ContentHash = hex.EncodeToString(sum[:])
		}
		if err := b.PublishPage(hctx, *p); err != nil {
			return err
		}
	}
	if err := b.queueLinks(hctx, job, msg.Headers().Get(HeaderRun), fetched, cc.MaxDepth); err != nil {
		return err
	}
	if fetched.Commit != nil {
		return fetched.Commit(hctx)
	}
	return nil
}

// queueLinks publishes the crawl jobs for the links of a fetched job, in the
// job's run: its links one level deeper up to maxDepth, then its next-page
// links at its own depth. A link that is not a URL is skipped.
func (b *Bus) queueLinks(ctx context.Context, job schema.CrawlJob, run string, fetched *pipeline.Fetched, maxDepth int) error {
	var jobs []schema.CrawlJob
	if job.Depth < maxDepth {
		for _, link := range fetched.Links {
			if !slices.Contains(fetched.Next, link) {
				jobs = append(jobs, schema.CrawlJob{URL: link, Source: job.Source, Depth: job.Depth + 1})
			}
		}
	}
	for _, link := range fetched.Next {
		jobs = append(jobs, schema.CrawlJob{URL: link, Source: job.Source, Depth: job.Depth})
	}
	for _, j := range jobs {
		if err := b.publishCrawlJob(ctx, j, run); err != nil && !errors.Is(err, pipeline.ErrPermanent) {
			return err
		}
	}
	return nil
}

// waitInProgress sleeps d, telling JetStream the message is still being
// worked on often enough that it is not redelivered meanwhile.
func waitInProgress(ctx context.Context, msg jetstream.Msg, d, ackWait time.Duration) error {
	deadline := time.Now().Add(d)
	beat := max(ackWait/3, 10*time.Millisecond)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return nil
		}
		sleep(ctx, min(left, beat))
		if err := ctx.Err(); err != nil {
			return err
		}
		if time.Until(deadline) > 0 {
			_ = msg.InProgress()
		}
	}
}

// acquireHost waits until host may be fetched again and claims it: the
// host's entry holds the earliest time of its next fetch, and a worker that
// finds that time passed moves it to now+delay with a compare-and-set on the
// entry's revision. Claims are only made when due (never reserved ahead), so
// the fetch starts right after the claim and two fetches of one host are
// delay apart however many workers compete. While waiting, msg is kept alive
// with in-progress acks.
func (b *Bus) acquireHost(ctx context.Context, msg jetstream.Msg, host string, delay, ackWait time.Duration) error {
	key := token(host)
	for {
		now := time.Now()
		next, rev := time.Time{}, uint64(0)
		e, err := b.hosts.Get(ctx, key)
		switch {
		case errors.Is(err, jetstream.ErrKeyNotFound):
		case err != nil:
			return fmt.Errorf("host slot %s: %w", host, err)
		default:
			rev = e.Revision()
			if ns, perr := strconv.ParseInt(string(e.Value()), 10, 64); perr == nil {
				next = time.Unix(0, ns)
			}
		}
		if now.Before(next) {
			// Spread competing workers a little so they do not all retry at once.
			wait := next.Sub(now) + time.Duration(mrand.Int64N(int64(5*time.Millisecond)))
			if err := waitInProgress(ctx, msg, wait, ackWait); err != nil {
				return err
			}
			continue
		}
		val := []byte(strconv.FormatInt(now.Add(delay).UnixNano(), 10))
		if rev == 0 {
			_, err = b.hosts.Create(ctx, key, val)
		} else {
			_, err = b.hosts.Update(ctx, key, val, rev)
		}
		if err == nil {
			return nil
		}
		if !isRevisionConflict(err) {
			return fmt.Errorf("host slot %s: %w", host, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		// Another worker claimed the host first: read its new time.
	}
}

// isRevisionConflict reports a failed compare-and-set on a KV entry.
func isRevisionConflict(err error) bool {
	if errors.Is(err, jetstream.ErrKeyExists) {
		return true
	}
	var apiErr *jetstream.APIError
	return errors.As(err, &apiErr) && (apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence ||
		apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequenceConstant)
}
