package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/meetx/meetx/crawler"
	"github.com/meetx/meetx/extractor"
	"github.com/meetx/meetx/schema"
)

func init() {
	commands["crawl"] = command{summary: "crawl sites from seed URLs and extract new or changed reports as JSON Lines", run: runCrawl}
}

// errInterrupted marks a crawl stopped by a signal; the state file says
// where to resume.
var errInterrupted = errors.New("interrupted")

// stringList is a repeatable flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// runCrawl crawls the seeds, extracts every new or changed article and
// writes one report per line, encoded exactly as `meetx extract` does.
func runCrawl(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var seeds, allowPrivate stringList
	fs.Var(&seeds, "seed", "start `URL` (a site's home or category page); repeatable")
	configPath := fs.String("config", "", "crawler configuration `FILE` (JSON; durations like \"1s\")")
	outPath := fs.String("out", "", "write reports to `FILE` (appended) instead of stdout")
	statePath := fs.String("state", "", "incremental state `FILE` (JSON Lines); without it every run starts afresh")
	archiveDir := fs.String("archive", "", "keep raw pages as gzip'd JSON Lines in `DIR`")
	fs.Var(&allowPrivate, "allow-private", "`HOST` that may resolve to a private or loopback address (or \"*\"); repeatable")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: meetx crawl --seed URL [--seed URL ...] [--config FILE] [--out FILE] [--state FILE] [--archive DIR]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(seeds) == 0 || fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: give at least one --seed and no other arguments", errUsage)
	}

	errOut := &lockedWriter{w: stderr}
	logger := slog.New(slog.NewTextHandler(errOut, &slog.HandlerOptions{Level: logLevel()}))
	cfg, err := loadCrawlConfig(*configPath)
	if err != nil {
		return err
	}
	cfg.AllowPrivate = append(cfg.AllowPrivate, allowPrivate...)
	cfg.Logger = logger

	var store crawler.StateStore = crawler.NewMemoryStore()
	if *statePath != "" {
		fstore, err := crawler.OpenFileStore(*statePath)
		if err != nil {
			return err
		}
		defer fstore.Close()
		if n := fstore.Skipped(); n > 0 {
			logger.Warn("state file had unreadable lines; those URLs count as new", "file", *statePath, "lines", n)
		}
		store = fstore
	}
	var archive *crawler.Archive
	if *archiveDir != "" {
		if archive, err = crawler.OpenArchive(*archiveDir); err != nil {
			return err
		}
		defer archive.Close()
	}
	out := stdout
	if *outPath != "" {
		f, err := os.OpenFile(*outPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("open output: %w", err)
		}
		defer f.Close()
		out = f
	}

	c, err := crawler.New(cfg, store)
	if err != nil {
		return err
	}
	defer c.Close()
	w := &reportWriter{enc: json.NewEncoder(out), archive: archive, logger: logger}
	w.enc.SetEscapeHTML(false) // the same bytes as `meetx extract`

	stopProgress := startProgress(errOut, c, w)
	stats, runErr := c.Run(ctx, seeds, w.emit)
	stopProgress()

	fmt.Fprintf(errOut, "meetx crawl: %d fetched, %d not modified, %d unchanged, %d reports written, %d extraction failures, %d fetch errors, %d skipped in %s\n",
		stats.Fetched, stats.NotModified, stats.Unchanged, w.written.Load(), w.failed.Load(), stats.Errors, stats.Skipped,
		stats.Elapsed.Round(time.Millisecond))
	if runErr != nil && ctx.Err() != nil {
		where := "no --state file was given, so the next run starts over"
		if *statePath != "" {
			where = fmt.Sprintf("state saved in %s; run the same command again to resume", *statePath)
		}
		fmt.Fprintf(errOut, "meetx crawl: interrupted with %d URLs still queued; %s\n", stats.Queued, where)
		return fmt.Errorf("%w: %w", errInterrupted, runErr)
	}
	return runErr
}

// reportWriter is the crawl's emit func: archive the raw page, extract it,
// write the report line. Lines are written whole, one Write each, so a
// killed run leaves no half line; nothing is buffered, so a report whose
// URL the state marks as done is already out.
type reportWriter struct {
	mu      sync.Mutex
	enc     *json.Encoder
	archive *crawler.Archive
	logger  *slog.Logger
	written atomic.Int64
	failed  atomic.Int64
}

func (w *reportWriter) emit(_ context.Context, res *crawler.Result) error {
	if w.archive != nil {
		if err := w.archive.Write(res.Page); err != nil {
			return err
		}
	}
	rep, err := extractPage(res.Page)
	if err != nil {
		// A page the extractor cannot read is logged and skipped: the
		// crawl goes on, and the archive still has the page.
		w.failed.Add(1)
		w.logger.Warn("extraction failed", "url", res.Page.URL, "err", err)
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.enc.Encode(rep); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	w.written.Add(1)
	return nil
}

// extractPage runs the extractor, turning a panic into an error so one bad
// page cannot end the crawl.
func extractPage(p schema.Page) (r *schema.Report, err error) {
	defer func() {
		if v := recover(); v != nil {
			r, err = nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	return extractor.Extract(p)
}

// startProgress prints the crawl's progress on w: one line updated in place
// on a terminal, a plain line every few seconds otherwise. The returned func
// stops it.
func startProgress(w io.Writer, c *crawler.Crawler, rw *reportWriter) (stop func()) {
	tty := isTerminal(w)
	every := 5 * time.Second
	if tty {
		every = 250 * time.Millisecond
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				if tty {
					fmt.Fprint(w, "\r\033[K")
				}
				return
			case <-t.C:
				s := c.Progress()
				rate := float64(s.Fetched+s.NotModified) / max(s.Elapsed.Seconds(), 1e-3)
				line := fmt.Sprintf("fetched %d (304: %d), queued %d, errors %d, reports %d, %.1f pages/s",
					s.Fetched, s.NotModified, s.Queued, s.Errors, rw.written.Load(), rate)
				if tty {
					fmt.Fprint(w, "\r\033[K"+line)
				} else {
					fmt.Fprintln(w, "meetx crawl: "+line)
				}
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	if lw, ok := w.(*lockedWriter); ok {
		w = lw.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// lockedWriter serialises the writes of the progress line and the logger.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// crawlConfigFile is the JSON form of crawler.Config with readable
// durations ("1.5s", "200ms", or a number of seconds).
type crawlConfigFile struct {
	crawler.Config
	MinDelay       jsonDuration `json:"min_delay"`
	Timeout        jsonDuration `json:"timeout"`
	ConnectTimeout jsonDuration `json:"connect_timeout"`
	RetryBackoff   jsonDuration `json:"retry_backoff"`
	MaxRetryAfter  jsonDuration `json:"max_retry_after"`
}

type jsonDuration time.Duration

func (d *jsonDuration) UnmarshalJSON(b []byte) error {
	if s, err := strconv.Unquote(string(b)); err == nil {
		v, err := time.ParseDuration(s)
		if err != nil {
			return err
		}
		*d = jsonDuration(v)
		return nil
	}
	secs, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return fmt.Errorf("duration %s: want \"1.5s\" or seconds", b)
	}
	*d = jsonDuration(secs * float64(time.Second))
	return nil
}

// loadCrawlConfig reads the --config file; unknown keys are errors, so a
// typo does not silently fall back to a default.
func loadCrawlConfig(path string) (crawler.Config, error) {
	if path == "" {
		return crawler.Config{}, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return crawler.Config{}, fmt.Errorf("%w: config: %w", errUsage, err)
	}
	var fc crawlConfigFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fc); err != nil {
		return crawler.Config{}, fmt.Errorf("%w: config %s: %w", errUsage, path, err)
	}
	cfg := fc.Config
	cfg.MinDelay = time.Duration(fc.MinDelay)
	cfg.Timeout = time.Duration(fc.Timeout)
	cfg.ConnectTimeout = time.Duration(fc.ConnectTimeout)
	cfg.RetryBackoff = time.Duration(fc.RetryBackoff)
	cfg.MaxRetryAfter = time.Duration(fc.MaxRetryAfter)
	if err := cfg.Validate(); err != nil {
		return crawler.Config{}, fmt.Errorf("%w: config %s: %w", errUsage, path, err)
	}
	return cfg, nil
}
