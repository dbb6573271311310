package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/meetx/meetx/schema"
)

func init() {
	commands["schedule"] = command{summary: "publish crawl jobs for each source on its cron schedule", run: runSchedule}
}

// scheduleConfig is the file read by "meetx schedule --config FILE" (JSON):
//
//	{
//	  "timezone": "Asia/Ho_Chi_Minh",
//	  "sources": [
//	    {"name": "hcma2", "cron": "0 */6 * * *", "seeds": ["https://hcma2.hcma.vn/tin-tuc"]},
//	    {"name": "tuyengiao", "cron": "@every 30m", "seeds": ["https://tuyengiao.vn/thoi-su"]}
//	  ]
//	}
type scheduleConfig struct {
	// Timezone the cron expressions are read in (default Asia/Ho_Chi_Minh).
	Timezone string `json:"timezone,omitempty"`
	// Sources are the crawl sources and their schedules.
	Sources []scheduledSource `json:"sources"`
}

// scheduledSource is one source: when to crawl it and where to start.
type scheduledSource struct {
	// Name is the source name carried by its jobs, pages and reports.
	Name string `json:"name"`
	// Cron is a standard 5-field expression or a descriptor (@hourly,
	// @every 30m).
	Cron string `json:"cron"`
	// Seeds are the URLs each run starts from (listing pages).
	Seeds []string `json:"seeds"`
}

var errBadSchedule = errors.New("schedule: invalid config")

// loadScheduleConfig reads and checks a schedule file.
func loadScheduleConfig(path string) (scheduleConfig, error) {
	var cfg scheduleConfig
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, fmt.Errorf("schedule config: %w", err)
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return cfg, fmt.Errorf("%w: %s: %w", errBadSchedule, path, err)
	}
	return cfg, cfg.validate()
}

func (c *scheduleConfig) validate() error {
	if c.Timezone == "" {
		c.Timezone = "Asia/Ho_Chi_Minh"
	}
	if _, err := time.LoadLocation(c.Timezone); err != nil {
		return fmt.Errorf("%w: timezone %q: %w", errBadSchedule, c.Timezone, err)
	}
	if len(c.Sources) == 0 {
		return fmt.Errorf("%w: no sources", errBadSchedule)
	}
	seen := map[string]bool{}
	for i, s := range c.Sources {
		if s.Name == "" {
			return fmt.Errorf("%w: source %d has no name", errBadSchedule, i+1)
		}
		if seen[s.Name] {
			return fmt.Errorf("%w: source %q listed twice", errBadSchedule, s.Name)
		}
		seen[s.Name] = true
		if _, err := cron.ParseStandard(s.Cron); err != nil {
			return fmt.Errorf("%w: source %q: cron %q: %w", errBadSchedule, s.Name, s.Cron, err)
		}
		if len(s.Seeds) == 0 {
			return fmt.Errorf("%w: source %q has no seeds", errBadSchedule, s.Name)
		}
		for _, seed := range s.Seeds {
			u, err := url.Parse(seed)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return fmt.Errorf("%w: source %q: seed %q is not an http(s) URL", errBadSchedule, s.Name, seed)
			}
		}
	}
	return nil
}

// crawlJobPublisher queues crawl jobs (natsbus.Bus is one).
type crawlJobPublisher interface {
	PublishCrawlJob(ctx context.Context, job schema.CrawlJob) error
}

// publishSeeds queues the seeds of src at depth 0.
func publishSeeds(ctx context.Context, pub crawlJobPublisher, src scheduledSource, log *slog.Logger) error {
	var errs []error
	for _, seed := range src.Seeds {
		if err := pub.PublishCrawlJob(ctx, schema.CrawlJob{URL: seed, Source: src.Name}); err != nil {
			errs = append(errs, err)
		}
	}
	log.Info("crawl scheduled", "source", src.Name, "seeds", len(src.Seeds), "failed", len(errs))
	return errors.Join(errs...)
}

// newScheduler returns a cron scheduler (not started) that publishes the
// seeds of each source on its schedule.
func newScheduler(ctx context.Context, cfg scheduleConfig, pub crawlJobPublisher, log *slog.Logger) (*cron.Cron, error) {
	loc, err := time.LoadLocation(cfg.Timezone)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errBadSchedule, err)
	}
	c := cron.New(cron.WithLocation(loc))
	for _, src := range cfg.Sources {
		if _, err := c.AddFunc(src.Cron, func() {
			if err := publishSeeds(ctx, pub, src, log); err != nil {
				log.Error("publish crawl jobs", "source", src.Name, "err", err)
			}
		}); err != nil {
			return nil, fmt.Errorf("%w: source %q: %w", errBadSchedule, src.Name, err)
		}
	}
	return c, nil
}

// runScheduler runs the schedule of cfg until ctx is done. With once, it
// publishes every source's seeds at once and returns.
func runScheduler(ctx context.Context, cfg scheduleConfig, pub crawlJobPublisher, once bool, log *slog.Logger) error {
	if once {
		var errs []error
		for _, src := range cfg.Sources {
			errs = append(errs, publishSeeds(ctx, pub, src, log))
		}
		return errors.Join(errs...)
	}
	c, err := newScheduler(ctx, cfg, pub, log)
	if err != nil {
		return err
	}
	c.Start()
	for _, e := range c.Entries() {
		log.Info("schedule", "next", e.Next)
	}
	<-ctx.Done()
	<-c.Stop().Done() // let a publish in progress finish
	return nil
}

func runSchedule(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("schedule", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var bf busFlags
	bf.register(fs)
	config := fs.String("config", "", "schedule file (JSON: timezone, sources with name, cron, seeds)")
	once := fs.Bool("once", false, "publish every source's seeds now and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *config == "" {
		return fmt.Errorf("%w: --config FILE is required", errUsage)
	}
	if bf.natsURL == "" {
		return fmt.Errorf("%w: --nats URL (or MEETX_NATS_URL) is required", errUsage)
	}
	cfg, err := loadScheduleConfig(*config)
	if err != nil {
		return err
	}
	log := newLogger(stderr)
	nc, bus, err := connectBus(ctx, bf, log, nil)
	if err != nil {
		return err
	}
	defer nc.Close()
	return runScheduler(ctx, cfg, bus, *once, log)
}
