package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pgstore"
	"github.com/meetx/meetx/schema"
)

func init() {
	commands["bench"] = command{summary: "measure the extract and store stages (pages/s, rows/s) on scratch databases", run: runBench}
}

// benchResult is one measured stage.
type benchResult struct {
	stage   string
	reports int
	rows    int64
	elapsed time.Duration
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	corpus := fs.String("corpus", "extractor/testdata/pages", "folder of HTML pages to cycle through")
	pages := fs.Int("pages", 10000, "pages to push through")
	batch := fs.Int("batch", 500, "reports per Postgres transaction")
	natsURL := fs.String("nats", "", "NATS server (default: an embedded one in a temporary folder)")
	batchWait := fs.Duration("batch-wait", time.Second, "longest wait to fill a store batch in the end-to-end stage")
	storeWorkers := fs.Int("store-concurrency", 1, "concurrent store transactions in the end-to-end stage")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the end-to-end stage to FILE")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" {
		return fmt.Errorf("%w: --db URL of a Postgres server is required (scratch databases are created and dropped there)", errUsage)
	}
	log := newLogger(stderr)
	bodies, err := loadCorpus(*corpus)
	if err != nil {
		return err
	}
	run := benchRunID()
	src := benchPages(bodies, *pages, run)

	var results []benchResult

	// 1. Extraction alone, in-process on all cores: the ceiling of the
	//    extract stage.
	start := time.Now()
	events, err := extractAll(ctx, src)
	if err != nil {
		return err
	}
	results = append(results, benchResult{stage: "extract only (in-process, all cores)", reports: len(events), elapsed: time.Since(start)})

	// 2. Store stage alone: the Postgres sink, batches straight from memory.
	storeOnly, dropStore, err := scratchStore(ctx, *db, "store")
	if err != nil {
		return err
	}
	defer dropStore()
	res := benchResult{stage: "store only (sink, no NATS)", reports: len(events)}
	start = time.Now()
	for i := 0; i < len(events); i += *batch {
		n, err := storeOnly.Write(ctx, events[i:min(i+*batch, len(events))])
		if err != nil {
			return err
		}
		res.rows += n
	}
	res.elapsed = time.Since(start)
	results = append(results, res)

	// 3. End to end over JetStream: pages already in the stream, extract and
	//    store workers in this process, until every report is committed.
	url := *natsURL
	if url == "" {
		dir, err := os.MkdirTemp("", "meetx-bench-nats-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		srv, err := natsbus.StartServer(natsbus.ServerConfig{DataDir: dir, Port: -1})
		if err != nil {
			return err
		}
		defer func() { srv.Shutdown(); srv.WaitForShutdown() }()
		url = srv.ClientURL()
	}
	prefix := "bench" + run
	nc, bus, err := connectBus(ctx, busFlags{natsURL: url, prefix: prefix, replicas: 1}, log, nil)
	if err != nil {
		return err
	}
	defer nc.Close()
	defer func() {
		dctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = bus.Destroy(dctx)
	}()
	for _, p := range src {
		if err := bus.PublishPage(ctx, p); err != nil {
			return err
		}
	}
	e2e, dropE2E, err := scratchStore(ctx, *db, "e2e")
	if err != nil {
		return err
	}
	defer dropE2E()
	counted := &countingSink{Sink: e2e}
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	start = time.Now()
	go func() { _ = bus.RunExtractWorker(wctx, natsbus.WorkerConfig{}, extractFunc) }()
	go func() {
		_ = bus.RunStoreWorker(wctx, natsbus.WorkerConfig{BatchSize: *batch, BatchWait: *batchWait, Concurrency: *storeWorkers}, counted)
	}()
	if err := waitReports(ctx, e2e, len(src)); err != nil {
		return err
	}
	results = append(results, benchResult{stage: "end to end (JetStream: extract + store)", reports: len(src), rows: counted.rows.Load(), elapsed: time.Since(start)})
	stop()

	printBench(stdout, results, len(bodies))
	return nil
}

// countingSink counts the rows its Sink wrote.
type countingSink struct {
	pipeline.Sink
	rows atomicInt64
}

func (c *countingSink) Write(ctx context.Context, batch []pipeline.Extracted) (int64, error) {
	n, err := c.Sink.Write(ctx, batch)
	c.rows.Add(n)
	return n, err
}

func loadCorpus(dir string) ([][]byte, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("bench: no *.html pages in %s (set --corpus)", dir)
	}
	sort.Strings(paths)
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

func benchRunID() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// benchPages makes n distinct pages (own URL and content hash) from the
// corpus bodies.
func benchPages(bodies [][]byte, n int, run string) []schema.Page {
	out := make([]schema.Page, n)
	now := time.Now().UTC()
	for i := range out {
		body := append(append([]byte{}, bodies[i%len(bodies)]...), fmt.Sprintf("\n<!-- bench %s %d -->\n", run, i)...)
		sum := sha256.Sum256(body)
		out[i] = schema.Page{
			URL: fmt.Sprintf("https://bench.meetx.invalid/%s/%d.html", run, i), Source: "bench", Status: 200,
			ContentType: "text/html; charset=utf-8", FetchedAt: now, ContentHash: hex.EncodeToString(sum[:]), Body: body,
		}
	}
	return out
}

// extractAll extracts pages on all cores.
func extractAll(ctx context.Context, pages []schema.Page) ([]pipeline.Extracted, error) {
	out := make([]pipeline.Extracted, len(pages))
	errs := make(chan error, runtime.GOMAXPROCS(0))
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range pages {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range cap(errs) {
		go func() {
			for i := range next {
				r, err := extractFunc(pages[i])
				if err != nil {
					errs <- fmt.Errorf("extract %s: %w", pages[i].URL, err)
					for range next {
					}
					return
				}
				out[i] = pipeline.Extracted{Page: pipeline.MetaOf(pages[i]), Report: *r}
			}
			errs <- nil
		}()
	}
	var errList []error
	for range cap(errs) {
		errList = append(errList, <-errs)
	}
	return out, errors.Join(errList...)
}

// scratchStore creates a database next to serverURL's, migrates it, and
// returns a store on it with a function that drops it.
func scratchStore(ctx context.Context, serverURL, tag string) (*pgstore.Store, func(), error) {
	conn, err := pgx.Connect(ctx, serverURL)
	if err != nil {
		return nil, nil, fmt.Errorf("bench: connect %s: %w", redactURL(serverURL), err)
	}
	defer conn.Close(ctx)
	name := "meetx_bench_" + tag + "_" + benchRunID()
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return nil, nil, fmt.Errorf("bench: create scratch database: %w", err)
	}
	drop := func() {
		dctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if c, err := pgx.Connect(dctx, serverURL); err == nil {
			_, _ = c.Exec(dctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
			c.Close(dctx)
		}
	}
	dbURL, err := withDatabase(serverURL, name)
	if err != nil {
		drop()
		return nil, nil, err
	}
	s, err := pgstore.Open(ctx, pgstore.Config{URL: dbURL})
	if err == nil {
		_, err = s.Migrate(ctx)
	}
	if err != nil {
		drop()
		return nil, nil, err
	}
	return s, func() { s.Close(); drop() }, nil
}

// withDatabase points a connection URL or keyword/value string at database name.
func withDatabase(serverURL, name string) (string, error) {
	if strings.HasPrefix(serverURL, "postgres://") || strings.HasPrefix(serverURL, "postgresql://") {
		u, err := url.Parse(serverURL)
		if err != nil {
			return "", fmt.Errorf("bench: %w", err)
		}
		u.Path = "/" + name
		return u.String(), nil
	}
	return serverURL + " dbname=" + name, nil
}

// waitReports polls until the reports table holds n rows.
func waitReports(ctx context.Context, s *pgstore.Store, n int) error {
	for {
		var got int
		if err := s.Pool().QueryRow(ctx, "SELECT count(*) FROM reports").Scan(&got); err != nil {
			return err
		}
		if got >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func printBench(w io.Writer, results []benchResult, corpus int) {
	fmt.Fprintf(w, "meetx bench: %d pages cycled from %d corpus pages, GOMAXPROCS=%d\n\n", results[0].reports, corpus, runtime.GOMAXPROCS(0))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\treports\tseconds\treports/s\trows\trows/s\t")
	for _, r := range results {
		secs := r.elapsed.Seconds()
		rows, rowsPerSec := "-", "-"
		if r.rows > 0 {
			rows, rowsPerSec = fmt.Sprint(r.rows), fmt.Sprintf("%.0f", float64(r.rows)/secs)
		}
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.0f\t%s\t%s\t\n", r.stage, r.reports, secs, float64(r.reports)/secs, rows, rowsPerSec)
	}
	tw.Flush()
}

// atomicInt64 is sync/atomic.Int64, named for the counting sink.
type atomicInt64 = atomic.Int64
