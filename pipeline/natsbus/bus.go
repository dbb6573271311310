package natsbus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/schema"
)

// Message headers set by the bus.
const (
	// HeaderBlob names the object holding the payload of a message too large
	// to travel inline.
	HeaderBlob = "Meetx-Blob"
	// HeaderRun names the crawl run a crawl job belongs to. A seed job starts
	// a run and the jobs of the links found from it inherit the run, so a
	// URL is fetched once per run however many pages link to it, and a new
	// run fetches it again even inside the duplicate window.
	HeaderRun = "Meetx-Run"
	// HeaderError, HeaderStage, HeaderSubject, HeaderStream, HeaderSequence
	// and HeaderDelivered describe a dead-lettered message.
	HeaderError     = "Meetx-Error"
	HeaderStage     = "Meetx-Stage"
	HeaderSubject   = "Meetx-Original-Subject"
	HeaderStream    = "Meetx-Original-Stream"
	HeaderSequence  = "Meetx-Original-Sequence"
	HeaderDelivered = "Meetx-Delivered"
)

// blobMargin keeps inline messages this far below the server's max payload,
// for headers and protocol overhead.
const blobMargin = 16 << 10

// Bus is a connection to the meetx topology on one JetStream domain. It is
// safe for concurrent use.
type Bus struct {
	nc         *nats.Conn
	js         jetstream.JetStream
	cfg        Config
	names      Names
	blobs      jetstream.ObjectStore
	state      jetstream.KeyValue
	hosts      jetstream.KeyValue
	maxPayload int
	log        *slog.Logger
}

// New creates or updates the topology on the server behind nc and returns a
// Bus using it. It is idempotent: every process may call it at start-up.
func New(ctx context.Context, nc *nats.Conn, cfg Config) (*Bus, error) {
	cfg.setDefaults()
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	b := &Bus{nc: nc, js: js, cfg: cfg, names: NamesFor(cfg.Prefix), log: cfg.Logger, maxPayload: int(nc.MaxPayload())}
	if err := b.ensureTopology(ctx); err != nil {
		return nil, err
	}
	return b, nil
}

// Names returns the subjects and stream names of the bus.
func (b *Bus) Names() Names { return b.names }

// JetStream returns the JetStream context, for subscribers of report events.
func (b *Bus) JetStream() jetstream.JetStream { return b.js }

func (b *Bus) ensureTopology(ctx context.Context) error {
	n, c := b.names, b.cfg
	streams := []jetstream.StreamConfig{
		{
			Name: n.CrawlStream, Description: "meetx crawl jobs (work queue)",
			Subjects: []string{c.Prefix + ".crawl.>"}, Retention: jetstream.WorkQueuePolicy,
			Duplicates: c.DuplicateWindow,
		},
		{
			Name: n.PageStream, Description: "meetx fetched pages",
			Subjects: []string{c.Prefix + ".page.>"}, Retention: jetstream.LimitsPolicy,
			MaxAge: c.PageMaxAge, Duplicates: c.DuplicateWindow,
		},
		{
			Name: n.ReportStream, Description: "meetx extracted report events",
			Subjects: []string{c.Prefix + ".report.>"}, Retention: jetstream.LimitsPolicy,
			MaxAge: c.ReportMaxAge, Duplicates: c.DuplicateWindow,
		},
		{
			Name: n.DeadStream, Description: "meetx dead letters: messages given up on, with their error",
			Subjects: []string{c.Prefix + ".dead.>"}, Retention: jetstream.LimitsPolicy,
			Duplicates: c.DuplicateWindow,
		},
	}
	for _, sc := range streams {
		sc.Storage, sc.Replicas = c.Storage, c.Replicas
		if _, err := b.js.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("stream %s: %w", sc.Name, err)
		}
	}
	var err error
	b.blobs, err = b.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket: n.BlobStore, Description: "meetx payloads larger than the max payload",
		TTL: c.PageMaxAge, Storage: c.Storage, Replicas: c.Replicas,
	})
	if err != nil {
		return fmt.Errorf("object store %s: %w", n.BlobStore, err)
	}
	b.state, err = b.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: n.StateBucket, Description: "meetx crawl state per URL",
		History: 1, Storage: c.Storage, Replicas: c.Replicas,
	})
	if err != nil {
		return fmt.Errorf("kv %s: %w", n.StateBucket, err)
	}
	b.hosts, err = b.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: n.HostBucket, Description: "meetx per-host politeness slots",
		History: 1, TTL: time.Hour, Storage: c.Storage, Replicas: c.Replicas,
	})
	if err != nil {
		return fmt.Errorf("kv %s: %w", n.HostBucket, err)
	}
	return nil
}

// publish sends data to subject with msgID for deduplication, moving the
// payload to the object store when it is too large to travel inline. The
// headers in hdr, if any, go with it.
func (b *Bus) publish(ctx context.Context, subject, msgID string, data []byte, hdr nats.Header, opts ...jetstream.PublishOpt) (*jetstream.PubAck, error) {
	msg := nats.NewMsg(subject)
	for k, v := range hdr {
		msg.Header[k] = v
	}
	if len(data) > b.maxPayload-blobMargin {
		sum := sha256.Sum256(data)
		name := hex.EncodeToString(sum[:])
		if _, err := b.blobs.PutBytes(ctx, name, data); err != nil {
			return nil, fmt.Errorf("store %d-byte payload: %w", len(data), err)
		}
		msg.Header.Set(HeaderBlob, name)
		data = nil
	}
	msg.Data = data
	ack, err := b.js.PublishMsg(ctx, msg, append(opts, jetstream.WithMsgID(msgID))...)
	if err != nil {
		return nil, fmt.Errorf("publish %s: %w", subject, err)
	}
	b.cfg.Metrics.published(subject, ack.Duplicate)
	return ack, nil
}

// Payload returns the data of msg, fetching it from the object store when it
// travelled by reference (header Meetx-Blob names the object). Subscribers
// of report events read them with it; a report event is inline unless the
// article's text is larger than the server's max payload.
func (b *Bus) Payload(ctx context.Context, msg jetstream.Msg) ([]byte, error) {
	name := msg.Headers().Get(HeaderBlob)
	if name == "" {
		return msg.Data(), nil
	}
	data, err := b.blobs.GetBytes(ctx, name)
	if errors.Is(err, jetstream.ErrObjectNotFound) {
		return nil, pipeline.Permanent(fmt.Errorf("payload object %s: %w", name, err))
	}
	if err != nil {
		return nil, fmt.Errorf("payload object %s: %w", name, err)
	}
	return data, nil
}

// PublishCrawlJob queues job. A job of depth 0 is a seed: it starts a new
// crawl run (see [HeaderRun]) named after the current second, so that a
// scheduled or repeated crawl of the same seed is queued even inside the
// duplicate window, while the same seed published twice within one second
// (a retried publish, or two redundant schedulers firing on the same cron
// tick) is one run. A seed is also queued at most once at a time: while its
// last job still waits for (or is held by) a crawl worker, a new run of it
// is dropped, as the waiting job will read the page as it is then; so runs
// do not pile up when the schedule is faster than the crawl or no worker
// runs. Deeper jobs published here belong to no run and are deduplicated
// by URL alone.
func (b *Bus) PublishCrawlJob(ctx context.Context, job schema.CrawlJob) error {
	if job.Depth == 0 {
		return b.publishCrawlJob(ctx, job, seedRun(time.Now()))
	}
	return b.publishCrawlJob(ctx, job, "")
}

// seedRun names the crawl run started by a seed published at t.
func seedRun(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// publishCrawlJob queues job as part of run: JetStream drops a job for the
// same URL and run inside the duplicate window.
func (b *Bus) publishCrawlJob(ctx context.Context, job schema.CrawlJob, run string) error {
	u, err := url.Parse(job.URL)
	if err != nil || u.Host == "" {
		return pipeline.Permanent(fmt.Errorf("crawl job %q: not an absolute URL", job.URL))
	}
	data, err := json.Marshal(job)
	if err != nil {
		return fmt.Errorf("encode crawl job: %w", err)
	}
	subject, msgID := b.names.CrawlSubject(job.Source, u.Hostname()), "crawl|"+job.URL
	var hdr nats.Header
	if run != "" {
		msgID = "crawl|" + run + "|" + job.URL
		hdr = nats.Header{HeaderRun: []string{run}}
	}
	if job.Depth > 0 {
		_, err = b.publish(ctx, subject, msgID, data, hdr)
		return err
	}
	// A seed has a subject of its own, which must be empty: the server
	// refuses the job while the seed's previous job is still stored.
	_, err = b.publish(ctx, subject+"."+kvKey(job.URL), msgID, data, hdr, jetstream.WithExpectLastSequencePerSubject(0))
	if isRevisionConflict(err) {
		b.log.Debug("seed still queued; new run dropped", "url", job.URL, "run", run)
		return nil
	}
	return err
}

// PublishPage publishes a fetched page. The same content of the same URL is
// published once per duplicate window.
func (b *Bus) PublishPage(ctx context.Context, p schema.Page) error {
	data, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode page: %w", err)
	}
	_, err = b.publish(ctx, b.names.PageSubject(p.Source), "page|"+p.URL+"|"+p.ContentHash, data, nil)
	return err
}

// PublishReport publishes a report event on ReportSubject(source).
func (b *Bus) PublishReport(ctx context.Context, ev pipeline.Extracted) error {
	data, err := json.Marshal(ev)
	if err != nil {
		return pipeline.Permanent(fmt.Errorf("encode report: %w", err))
	}
	_, err = b.publish(ctx, b.names.ReportSubject(ev.Report.Source), "report|"+ev.EventID(), data, nil)
	return err
}

// bodyRef tells where the body of the page in msg is kept.
func (b *Bus) bodyRef(msg jetstream.Msg) string {
	if name := msg.Headers().Get(HeaderBlob); name != "" {
		return "nats-object:" + b.names.BlobStore + "/" + name
	}
	if md, err := msg.Metadata(); err == nil {
		return "nats-stream:" + md.Stream + "/" + strconv.FormatUint(md.Sequence.Stream, 10)
	}
	return ""
}

// deadLetter copies msg to the dead-letter subject of stage with cause.
func (b *Bus) deadLetter(ctx context.Context, stage string, msg jetstream.Msg, cause error) error {
	dl := nats.NewMsg(b.names.DeadSubject(stage))
	for k, v := range msg.Headers() {
		dl.Header[k] = v
	}
	dl.Header.Del(nats.MsgIdHdr)
	dl.Header.Set(HeaderError, truncate(cause.Error(), 4096))
	dl.Header.Set(HeaderStage, stage)
	dl.Header.Set(HeaderSubject, msg.Subject())
	id := stage + "|" + msg.Subject()
	if md, err := msg.Metadata(); err == nil {
		dl.Header.Set(HeaderStream, md.Stream)
		dl.Header.Set(HeaderSequence, strconv.FormatUint(md.Sequence.Stream, 10))
		dl.Header.Set(HeaderDelivered, strconv.FormatUint(md.NumDelivered, 10))
		id = md.Stream + "|" + strconv.FormatUint(md.Sequence.Stream, 10)
	}
	dl.Data = msg.Data()
	if _, err := b.js.PublishMsg(ctx, dl, jetstream.WithMsgID("dead|"+id)); err != nil {
		return fmt.Errorf("dead-letter %s: %w", msg.Subject(), err)
	}
	b.cfg.Metrics.deadLettered(stage)
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// Destroy deletes the streams, object store and buckets of the bus's
// prefix, with everything in them. Tests use it to clean up after a unique
// prefix; it is not for production topologies.
func (b *Bus) Destroy(ctx context.Context) error {
	var errs []error
	for _, s := range []string{b.names.CrawlStream, b.names.PageStream, b.names.ReportStream, b.names.DeadStream} {
		if err := b.js.DeleteStream(ctx, s); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			errs = append(errs, err)
		}
	}
	if err := b.js.DeleteObjectStore(ctx, b.names.BlobStore); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
		errs = append(errs, err)
	}
	for _, kv := range []string{b.names.StateBucket, b.names.HostBucket} {
		if err := b.js.DeleteKeyValue(ctx, kv); err != nil && !errors.Is(err, jetstream.ErrBucketNotFound) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
