package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/meetx/meetx/crawler"
	"github.com/meetx/meetx/pipeline/natsbus"
)

func init() {
	commands["run"] = command{summary: "run the whole pipeline in one process (embedded NATS unless --nats)", run: runRun}
}

// seedList is a repeatable URL flag.
type seedList []string

func (s *seedList) String() string { return strings.Join(*s, ",") }

func (s *seedList) Set(v string) error {
	*s = append(*s, v)
	return nil
}

// runRun runs crawl, extract and store workers (and optionally the
// scheduler) in one process until ctx is done, then drains: fetching stops,
// messages in hand are finished, stored reports are acked, and it returns nil.
func runRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var bf busFlags
	bf.register(fs)
	db := dbFlag(fs)
	out := fs.String("out", "", "write reports as JSON Lines to FILE instead of Postgres")
	dataDir := fs.String("data-dir", "meetx-data", "embedded NATS: JetStream storage folder (kept across runs)")
	natsPort := fs.Int("nats-port", -1, "embedded NATS: port to listen on, so other workers can join (-1: any free port)")
	metricsAddr := fs.String("metrics-addr", "", "serve Prometheus metrics on this address (e.g. :9090)")
	var seeds seedList
	fs.Var(&seeds, "seed", "URL to crawl at start-up (repeatable)")
	source := fs.String("source", "default", "source name of the --seed URLs")
	schedule := fs.String("schedule", "", "also run the crawl schedule of this file (see meetx schedule)")
	crawlerConfig := fs.String("crawler-config", "", "crawler configuration `FILE` (JSON, as for meetx crawl --config; durations like \"1s\")")
	maxDepth := fs.Int("max-depth", 3, "deepest link distance from a seed to follow")
	hostDelay := fs.Duration("host-delay", time.Second, "least time between two fetches of one host")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	log := newLogger(stderr)
	var sched scheduleConfig
	if *schedule != "" {
		var err error
		if sched, err = loadScheduleConfig(*schedule); err != nil {
			return err
		}
	}
	ccfg, err := loadCrawlerConfig(*crawlerConfig, log)
	if err != nil {
		return err
	}
	fetcher, err := crawler.NewFetcher(ccfg)
	if err != nil {
		return err
	}
	defer fetcher.Close()

	// The sink first: without a database there is nothing to run for.
	sink, closeSink, err := openSink(ctx, *db, *out, log)
	if err != nil {
		return err
	}
	defer closeSink()

	natsURL := bf.natsURL
	if natsURL == "" {
		srv, err := natsbus.StartServer(natsbus.ServerConfig{DataDir: *dataDir, Port: *natsPort})
		if err != nil {
			return err
		}
		defer func() {
			srv.Shutdown()
			srv.WaitForShutdown()
		}()
		natsURL = srv.ClientURL()
		log.Info("embedded NATS started", "url", natsURL, "data_dir", *dataDir)
	}
	bf.natsURL = natsURL
	nc, bus, err := connectWithMetrics(ctx, bf, *metricsAddr, log)
	if err != nil {
		return err
	}
	defer nc.Close()

	for _, seed := range seeds {
		if err := publishSeeds(ctx, bus, scheduledSource{Name: *source, Seeds: []string{seed}}, log); err != nil {
			return err
		}
	}
	state := kvState{natsbus.CrawlState[crawler.URLState](bus)}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		return bus.RunCrawlWorker(gctx, natsbus.CrawlConfig{MaxDepth: *maxDepth, HostDelay: *hostDelay}, fetchFunc(fetcher, state, log))
	})
	g.Go(func() error { return bus.RunExtractWorker(gctx, natsbus.WorkerConfig{}, extractFunc) })
	g.Go(func() error { return bus.RunStoreWorker(gctx, natsbus.WorkerConfig{}, sink) })
	if *schedule != "" {
		g.Go(func() error { return runScheduler(gctx, sched, bus, false, log) })
	}
	err = g.Wait()
	log.Info("pipeline stopped")
	return err
}
