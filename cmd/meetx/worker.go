package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/meetx/meetx/crawler"
	"github.com/meetx/meetx/extractor"
	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pgstore"
	"github.com/meetx/meetx/schema"
)

func init() {
	commands["worker"] = command{summary: "run one pipeline stage: worker crawl|extract|store", run: runWorker}
}

// busFlags are the flags shared by every command that talks to NATS.
type busFlags struct {
	natsURL  string
	prefix   string
	replicas int
}

func (b *busFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&b.natsURL, "nats", envOr("MEETX_NATS_URL", os.Getenv("NATS_URL")), "NATS server URL(s), comma-separated (env MEETX_NATS_URL or NATS_URL)")
	fs.StringVar(&b.prefix, "prefix", envOr("MEETX_PREFIX", "meetx"), "subject prefix; streams are named after it in upper case (env MEETX_PREFIX)")
	fs.IntVar(&b.replicas, "replicas", envInt("MEETX_REPLICAS", 1), "replicas of each stream and bucket created: 1 on one server, 3 on a cluster (env MEETX_REPLICAS)")
}

// envInt is the integer in environment variable name, or fallback when it
// is unset or not a number.
func envInt(name string, fallback int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return n
	}
	return fallback
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// dbFlag is the --db flag, defaulting to DATABASE_URL.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", os.Getenv("DATABASE_URL"), "Postgres URL, e.g. postgres://postgres@127.0.0.1:5432/meetx (env DATABASE_URL)")
}

// connectBus connects to NATS and creates or updates the topology.
func connectBus(ctx context.Context, b busFlags, log *slog.Logger, m *natsbus.Metrics) (*nats.Conn, *natsbus.Bus, error) {
	url := b.natsURL
	nc, err := nats.Connect(url,
		nats.Name("meetx"),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("NATS disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { log.Info("NATS reconnected", "url", c.ConnectedUrl()) }),
	)
	if err != nil {
		return nil, nil, fmt.Errorf("connect to NATS at %s: %w (start nats-server -js, or use \"meetx run\" without --nats for an embedded one)", url, err)
	}
	bus, err := natsbus.New(ctx, nc, natsbus.Config{Prefix: b.prefix, Replicas: b.replicas, Logger: log, Metrics: m})
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("JetStream topology: %w (is JetStream enabled on the server? nats-server -js)", err)
	}
	return nc, bus, nil
}

// openStore connects to Postgres and applies pending migrations. When the
// database cannot be reached the error says how to point meetx at one.
func openStore(ctx context.Context, url string, log *slog.Logger) (*pgstore.Store, error) {
	if url == "" {
		return nil, errors.New("no database given: pass --db postgres://USER@HOST:5432/DB or set DATABASE_URL (or use --out FILE to write JSON Lines instead)")
	}
	s, err := pgstore.Open(ctx, pgstore.Config{URL: url, Logger: log})
	if errors.Is(err, pgstore.ErrUnreachable) {
		return nil, fmt.Errorf("Postgres is not reachable at %s.\n"+
			"  Point meetx at a running server with --db URL or DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/meetx),\n"+
			"  or write JSON Lines instead with --out FILE.\n  cause: %w", redactURL(url), err)
	}
	if err != nil {
		return nil, err
	}
	if _, err := s.Migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// redactURL hides a password in a connection URL for messages.
func redactURL(u string) string {
	cfg, err := pgstore.DisplayURL(u)
	if err != nil {
		return "(unparsable URL)"
	}
	return cfg
}

// extractFunc is extractor.Extract with its input errors marked permanent:
// a page that is empty, binary or too large will not improve on retry.
func extractFunc(p schema.Page) (*schema.Report, error) {
	r, err := extractor.Extract(p)
	if errors.Is(err, extractor.ErrEmpty) || errors.Is(err, extractor.ErrBinary) || errors.Is(err, extractor.ErrTooLarge) {
		return nil, pipeline.Permanent(err)
	}
	return r, err
}

// kvState adapts the bus's crawl-state bucket to crawler.StateStore, so that
// incremental crawling works across processes and restarts.
type kvState struct {
	s *natsbus.JSONStore[crawler.URLState]
}

func (k kvState) Get(ctx context.Context, url string) (crawler.URLState, bool, error) {
	return k.s.Get(ctx, url)
}

func (k kvState) Put(ctx context.Context, st crawler.URLState) error { return k.s.Put(ctx, st.URL, st) }

// fetchFunc fetches a crawl job's URL, records the new crawl state, and
// returns the page only when it is a new or changed article (listings and
// pages of no clear kind, such as a PDF or a contact page, are not reports),
// like crawler.Crawler does in one process: validators are sent only for
// URLs last seen as articles (a listing answered 304 would lose its links),
// "changed" is judged by the visible-text fingerprint (a view counter or
// __VIEWSTATE is no change), and next-page links are returned apart, to be
// followed at the listing's depth, unless every article the listing page
// links to is already known.
func fetchFunc(f *crawler.Fetcher, state crawler.StateStore, log *slog.Logger) pipeline.FetchFunc {
	return func(ctx context.Context, job schema.CrawlJob) (*pipeline.Fetched, error) {
		prev, known, err := state.Get(ctx, job.URL)
		if err != nil {
			return nil, err
		}
		var validators crawler.Validators
		if known && prev.Kind == crawler.KindArticle {
			validators = prev.Validators()
		}
		res, err := f.Fetch(ctx, job.URL, validators)
		if err != nil {
			return nil, classifyFetchError(err)
		}
		now := time.Now().UTC()
		if res.NotModified {
			prev.URL, prev.LastSeen = job.URL, now
			return &pipeline.Fetched{Commit: func(ctx context.Context) error { return state.Put(ctx, prev) }}, nil
		}
		url := res.Canonical
		if url == "" {
			url = job.URL
		}
		canonPrev, canonKnown := prev, known
		if url != job.URL {
			// Another URL of the same page may have been fetched before.
			if canonPrev, canonKnown, err = state.Get(ctx, url); err != nil {
				return nil, err
			}
		}
		st := crawler.URLState{
			URL: url, ETag: res.Page.Header["ETag"], LastModified: res.Page.Header["Last-Modified"],
			ContentHash: res.Page.ContentHash, Fingerprint: res.Fingerprint,
			FetchedAt: res.Page.FetchedAt, LastSeen: now, Kind: res.Kind,
		}
		links, next := splitNext(res)
		if len(next) > 0 {
			// A listing page whose articles were all seen before ends its
			// chain: the older pages behind it were walked by an earlier
			// run (crawl jobs wait in a durable work queue, so an earlier
			// run is not lost half-way; a dead-lettered listing job can be
			// replayed with "meetx dead replay").
			known, err := crawler.AllLinksKnown(ctx, state, res)
			if err != nil {
				return nil, err
			}
			if known {
				log.Debug("listing page fully known; stopping this chain", "url", job.URL)
				next = nil
			}
		}
		out := &pipeline.Fetched{Links: links, Next: next, Commit: func(ctx context.Context) error {
			// Only once the page is published: a job retried after a failed
			// publish must not find the page "unchanged".
			if err := state.Put(ctx, st); err != nil {
				return err
			}
			if url != job.URL {
				alias := st
				alias.URL = job.URL
				return state.Put(ctx, alias)
			}
			return nil
		}}
		unchanged := canonKnown && canonPrev.SameContent(res)
		if res.Kind == crawler.KindArticle && !unchanged {
			p := res.Page
			out.Page = &p
		}
		log.Debug("fetched", "url", job.URL, "canonical", url, "kind", res.Kind, "unchanged", unchanged,
			"published", out.Page != nil, "links", len(links), "next", len(next), "depth", job.Depth)
		return out, nil
	}
}

// splitNext separates the next-page links of res from its other links. As
// in crawler.Crawler, only a listing's next pages are followed: a "next"
// link on an article leads to another article's page chain, not to older
// articles of a listing.
func splitNext(res *crawler.Result) (links, next []string) {
	if len(res.Next) == 0 {
		return res.Links, nil
	}
	links = make([]string, 0, len(res.Links))
	for _, l := range res.Links {
		if !slices.Contains(res.Next, l) {
			links = append(links, l)
		}
	}
	if res.Kind == crawler.KindListing {
		next = res.Next
	}
	return links, next
}

// classifyFetchError marks fetch errors that a retry cannot fix.
func classifyFetchError(err error) error {
	for _, perm := range []error{crawler.ErrBadURL, crawler.ErrDisallowed, crawler.ErrPrivateAddress,
		crawler.ErrTooLarge, crawler.ErrTooManyRedirects, crawler.ErrOutOfScope} {
		if errors.Is(err, perm) {
			return pipeline.Permanent(err)
		}
	}
	var se *crawler.StatusError
	if errors.As(err, &se) && !se.Temporary() {
		return pipeline.Permanent(err)
	}
	return err
}

// loadCrawlerConfig reads a crawler configuration file as "meetx crawl
// --config" does (durations like "1.5s", unknown keys rejected; "" gives the
// defaults) and sets its logger.
func loadCrawlerConfig(path string, log *slog.Logger) (crawler.Config, error) {
	cfg, err := loadCrawlConfig(path)
	if err != nil {
		return cfg, err
	}
	cfg.Logger = log
	return cfg, nil
}

// connectWithMetrics connects to the bus with the pipeline's metrics
// registered and, when metricsAddr is set, served on it (with the streams'
// lag asked from the server at each scrape). The caller closes the connection.
func connectWithMetrics(ctx context.Context, b busFlags, metricsAddr string, log *slog.Logger) (*nats.Conn, *natsbus.Bus, error) {
	reg, metrics := newRegistry()
	nc, bus, err := connectBus(ctx, b, log, metrics)
	if err != nil {
		return nil, nil, err
	}
	reg.MustRegister(bus.LagCollector())
	if err := serveMetrics(ctx, metricsAddr, reg, log); err != nil {
		nc.Close()
		return nil, nil, err
	}
	return nc, bus, nil
}

// newRegistry returns a registry with the Go and process collectors and the
// pipeline's metrics.
func newRegistry() (*prometheus.Registry, *natsbus.Metrics) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg, natsbus.NewMetrics(reg)
}

// serveMetrics serves /metrics on addr until ctx is done. The listener is
// opened before it returns, so a bad address fails the command at once.
func serveMetrics(ctx context.Context, addr string, reg *prometheus.Registry, log *slog.Logger) error {
	if addr == "" {
		return nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
	}()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", "err", err)
		}
	}()
	log.Info("metrics", "url", "http://"+ln.Addr().String()+"/metrics")
	return nil
}

// stageFlags are the worker tuning flags.
type stageFlags struct {
	durable     string
	source      string
	concurrency int
	maxDeliver  int
	batch       int
	batchWait   time.Duration
	ackWait     time.Duration
}

func (s *stageFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&s.durable, "durable", "", "consumer name shared by the workers of the stage (default: the stage name); a new name replays the stream")
	fs.StringVar(&s.source, "source", "", "only handle messages of this source")
	fs.IntVar(&s.concurrency, "concurrency", 0, "messages handled at once by this process (default: per stage)")
	fs.IntVar(&s.maxDeliver, "max-deliver", 5, "deliveries before a failing message goes to the dead-letter subject")
	fs.IntVar(&s.batch, "batch", 500, "store stage: reports per Postgres transaction")
	fs.DurationVar(&s.batchWait, "batch-wait", time.Second, "store stage: longest wait to fill a batch")
	fs.DurationVar(&s.ackWait, "ack-wait", 30*time.Second, "time before an unacked message is redelivered")
}

func (s *stageFlags) config() natsbus.WorkerConfig {
	return natsbus.WorkerConfig{Durable: s.durable, Source: s.source, Concurrency: s.concurrency,
		MaxDeliver: s.maxDeliver, BatchSize: s.batch, BatchWait: s.batchWait, AckWait: s.ackWait}
}

func runWorker(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var bf busFlags
	var sf stageFlags
	bf.register(fs)
	sf.register(fs)
	db := dbFlag(fs)
	out := fs.String("out", "", "store stage: append reports as JSON Lines to FILE instead of Postgres")
	metricsAddr := fs.String("metrics-addr", "", "serve Prometheus metrics on this address (e.g. :9090)")
	crawlerConfig := fs.String("crawler-config", "", "crawl stage: crawler configuration `FILE` (JSON, as for meetx crawl --config; durations like \"1s\")")
	maxDepth := fs.Int("max-depth", 3, "crawl stage: deepest link distance from a seed to follow")
	hostDelay := fs.Duration("host-delay", time.Second, "crawl stage: least time between two fetches of one host, across all crawl workers")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: meetx worker crawl|extract|store [flags]")
		fs.PrintDefaults()
	}
	if len(args) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: which stage? crawl, extract or store", errUsage)
	}
	stage := args[0]
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if stage != natsbus.StageCrawl && stage != natsbus.StageExtract && stage != natsbus.StageStore {
		return fmt.Errorf("%w: unknown stage %q (crawl, extract or store)", errUsage, stage)
	}
	if bf.natsURL == "" {
		return fmt.Errorf("%w: --nats URL (or MEETX_NATS_URL) is required for a worker", errUsage)
	}
	log := newLogger(stderr).With("stage", stage)
	var fetcher *crawler.Fetcher
	if stage == natsbus.StageCrawl {
		// Before connecting: a bad config file is a usage error, said at once.
		ccfg, err := loadCrawlerConfig(*crawlerConfig, log)
		if err != nil {
			return err
		}
		if fetcher, err = crawler.NewFetcher(ccfg); err != nil {
			return err
		}
		defer fetcher.Close()
	}
	nc, bus, err := connectWithMetrics(ctx, bf, *metricsAddr, log)
	if err != nil {
		return err
	}
	defer nc.Close()
	switch stage {
	case natsbus.StageExtract:
		return bus.RunExtractWorker(ctx, sf.config(), extractFunc)
	case natsbus.StageStore:
		sink, closeSink, err := openSink(ctx, *db, *out, log)
		if err != nil {
			return err
		}
		defer closeSink()
		return bus.RunStoreWorker(ctx, sf.config(), sink)
	case natsbus.StageCrawl:
		state := kvState{natsbus.CrawlState[crawler.URLState](bus)}
		return bus.RunCrawlWorker(ctx, natsbus.CrawlConfig{WorkerConfig: sf.config(), MaxDepth: *maxDepth, HostDelay: *hostDelay},
			fetchFunc(fetcher, state, log))
	}
	return fmt.Errorf("%w: unknown stage %q (crawl, extract or store)", errUsage, stage)
}

// openSink returns the Postgres store, or a JSON Lines file when out is set.
func openSink(ctx context.Context, db, out string, log *slog.Logger) (pipeline.Sink, func(), error) {
	if out != "" {
		f, err := os.OpenFile(out, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o644)
		if err != nil {
			return nil, nil, fmt.Errorf("open --out: %w", err)
		}
		// Reports of earlier runs are read first, so that a page seen
		// again is not appended twice.
		sink := pipeline.NewJSONLSink(f)
		if err := sink.Seed(f); err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("--out %s: %w", out, err)
		}
		return sink, func() { f.Close() }, nil
	}
	s, err := openStore(ctx, db, log)
	if err != nil {
		return nil, nil, err
	}
	return s, s.Close, nil
}

// newLogger logs to the command's stderr at MEETX_LOG_LEVEL.
func newLogger(stderr io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel()}))
}
