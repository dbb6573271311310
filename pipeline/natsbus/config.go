package natsbus

import (
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Config configures a [Bus]. The zero value is usable.
type Config struct {
	// Prefix starts every subject ("meetx"); its upper-case form starts every
	// stream, object store and bucket name ("MEETX"). Tests use a unique
	// prefix each.
	Prefix string
	// Replicas of every stream and bucket (1 on a single server, 3 in a
	// cluster).
	Replicas int
	// Storage of the streams: file by default.
	Storage jetstream.StorageType
	// DuplicateWindow is how long JetStream remembers a Nats-Msg-Id (2m).
	DuplicateWindow time.Duration
	// PageMaxAge is how long fetched pages are kept for re-extraction (30 days).
	PageMaxAge time.Duration
	// ReportMaxAge is how long report events are kept for late subscribers
	// (0: forever).
	ReportMaxAge time.Duration
	// Logger receives worker logs; nil discards them.
	Logger *slog.Logger
	// Metrics, when set, is updated by publishers and workers.
	Metrics *Metrics
}

func (c *Config) setDefaults() {
	if c.Prefix == "" {
		c.Prefix = "meetx"
	}
	if c.Replicas == 0 {
		c.Replicas = 1
	}
	if c.DuplicateWindow == 0 {
		c.DuplicateWindow = 2 * time.Minute
	}
	if c.PageMaxAge == 0 {
		c.PageMaxAge = 30 * 24 * time.Hour
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Names are the subjects and JetStream object names of one prefix.
type Names struct {
	CrawlStream, PageStream, ReportStream, DeadStream string
	BlobStore, StateBucket, HostBucket                string
	prefix                                            string
}

// NamesFor returns the names of the topology of prefix, for subscribers
// that do not need a Bus.
func NamesFor(prefix string) Names {
	up := strings.ToUpper(token(prefix))
	return Names{
		CrawlStream:  up + "_CRAWL",
		PageStream:   up + "_PAGES",
		ReportStream: up + "_REPORTS",
		DeadStream:   up + "_DEAD",
		BlobStore:    up + "_BLOBS",
		StateBucket:  up + "_CRAWLSTATE",
		HostBucket:   up + "_HOSTS",
		prefix:       prefix,
	}
}

// CrawlSubject is where crawl jobs of source for host are published; a
// seed job goes to a subject of its own below it (CrawlSubject + "." + a
// hash of its URL).
func (n Names) CrawlSubject(source, host string) string {
	return n.prefix + ".crawl." + token(source) + "." + token(host)
}

// PageSubject is where pages of source are published.
func (n Names) PageSubject(source string) string { return n.prefix + ".page." + token(source) }

// ReportSubject is where report events of source are published; subscribe
// to ReportSubject("*") for every source.
func (n Names) ReportSubject(source string) string {
	if source == "*" {
		return n.prefix + ".report.extracted.*"
	}
	return n.prefix + ".report.extracted." + token(source)
}

// DeadSubject is where messages of stage go when given up on.
func (n Names) DeadSubject(stage string) string { return n.prefix + ".dead." + token(stage) }

// token makes s a single subject token: characters other than letters,
// digits, '-' and '_' become '_' (so "www.hcma.vn" becomes "www_hcma_vn");
// an empty s becomes "local".
func token(s string) string {
	if s == "" {
		return "local"
	}
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_':
		default:
			b[i] = '_'
		}
	}
	return string(b)
}

// WorkerConfig configures one stage worker. The zero value is usable; the
// defaults depend on the stage.
type WorkerConfig struct {
	// Durable is the consumer name shared by all workers of the stage
	// ("crawl", "extract", "store"). A new name replays the stream from the
	// start: "meetx worker extract --durable extract-v2" re-extracts every
	// kept page.
	Durable string
	// Source, when set, restricts the worker to one source's subject.
	Source string
	// Concurrency is how many messages one worker handles at once.
	Concurrency int
	// MaxAckPending bounds the messages delivered but not yet acked, across
	// all workers of the consumer.
	MaxAckPending int
	// AckWait is how long a delivered message may stay unacked before
	// JetStream redelivers it (a crashed worker's messages come back after it).
	AckWait time.Duration
	// MaxDeliver is the delivery limit; a message failing that often goes to
	// the dead-letter subject.
	MaxDeliver int
	// Backoff lists the delays before the 2nd, 3rd ... delivery of a failed
	// message.
	Backoff []time.Duration
	// ExtractTimeout bounds the extraction of one page (1m); a page taking
	// longer is dead-lettered.
	ExtractTimeout time.Duration
	// BatchSize and BatchWait shape the store stage's batches: up to
	// BatchSize events (500), waiting at most BatchWait (1s) for them.
	BatchSize int
	BatchWait time.Duration
}

func (c *WorkerConfig) setDefaults(stage string, concurrency int) {
	if c.Durable == "" {
		c.Durable = stage
	}
	if c.Concurrency <= 0 {
		c.Concurrency = concurrency
	}
	if c.BatchSize <= 0 {
		c.BatchSize = 500
	}
	if c.BatchWait <= 0 {
		// Large transactions are what make the store fast (measured: 100ms
		// waits gave batches of a few dozen reports and a tenth of the
		// throughput of 1s waits under a steady flow).
		c.BatchWait = time.Second
	}
	if c.MaxAckPending <= 0 {
		c.MaxAckPending = max(4*c.BatchSize, 64*c.Concurrency)
	}
	if c.AckWait <= 0 {
		c.AckWait = 30 * time.Second
	}
	if c.ExtractTimeout <= 0 {
		c.ExtractTimeout = time.Minute
	}
	if c.MaxDeliver == 0 {
		c.MaxDeliver = 5
	}
	if c.Backoff == nil {
		c.Backoff = []time.Duration{time.Second, 5 * time.Second, 30 * time.Second, 2 * time.Minute}
	}
}

// ackBackoff is the consumer's redelivery schedule for messages that were
// never acked (a worker died holding them): AckWait, then doubling. It must
// be shorter than MaxDeliver.
func (c *WorkerConfig) ackBackoff() []time.Duration {
	n := 4
	if c.MaxDeliver > 0 {
		n = min(n, c.MaxDeliver-1)
	}
	out := make([]time.Duration, 0, n)
	for i := range n {
		out = append(out, c.AckWait<<i)
	}
	return out
}
