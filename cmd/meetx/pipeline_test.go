package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/meetx/meetx/crawler/crawlertest"
	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pipelinetest"
)

// syncBuffer is a bytes.Buffer safe for the command's goroutines.
type syncBuffer struct {
	mu chan struct{}
	b  bytes.Buffer
}

func newSyncBuffer() *syncBuffer { return &syncBuffer{mu: make(chan struct{}, 1)} }

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu <- struct{}{}
	defer func() { <-s.mu }()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu <- struct{}{}
	defer func() { <-s.mu }()
	return s.b.String()
}

func freeTCPPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// fixtureCrawlerConfig writes a crawler config that is fast and allowed to
// reach the fixture site on 127.0.0.1.
func fixtureCrawlerConfig(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "crawler.json")
	cfg := map[string]any{
		"min_delay": int64(time.Millisecond), "timeout": int64(5 * time.Second),
		"retry_backoff": int64(10 * time.Millisecond), "allow_private": []string{"127.0.0.1"},
		"max_body_bytes": 1 << 20,
	}
	data, _ := json.Marshal(cfg)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRunEndToEnd crawls the fixture site with "meetx run" (embedded NATS,
// real Postgres), checks that every linked article becomes one report row
// and one event on the report subject, and that SIGINT-style cancellation
// ends the command cleanly.
func TestRunEndToEnd(t *testing.T) {
	dbURL := pipelinetest.NewDatabase(t)
	site := crawlertest.NewSite(t, crawlertest.Options{})
	port, metricsPort := freeTCPPort(t), freeTCPPort(t)
	prefix := "t" + pipelinetest.Unique()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := newSyncBuffer()
	done := make(chan error, 1)
	go func() {
		done <- runRun(ctx, []string{
			"--db", dbURL, "--data-dir", t.TempDir(), "--nats-port", fmt.Sprint(port), "--prefix", prefix,
			"--seed", site.URL + "/", "--seed", site.URL + "/tin-tuc", "--source", "fixture",
			"--crawler-config", fixtureCrawlerConfig(t), "--host-delay", "2ms", "--max-depth", "6",
			"--metrics-addr", fmt.Sprintf("127.0.0.1:%d", metricsPort),
		}, &bytes.Buffer{}, stderr)
	}()

	var want []string
	for _, u := range site.ArticleURLs() {
		if !strings.HasSuffix(u, "/"+crawlertest.SlugSitemapOnly+".html") { // reachable only from the sitemap
			want = append(want, u)
		}
	}
	conn := connectDB(t, dbURL)
	deadline := time.Now().Add(60 * time.Second)
	var got []string
	for {
		got = nil
		rows, err := conn.Query(context.Background(), "SELECT url FROM reports ORDER BY url")
		if err == nil {
			got, err = pgx.CollectRows(rows, pgx.RowTo[string])
		}
		if err == nil && len(got) >= len(want) {
			break
		}
		if time.Now().After(deadline) {
			var status bytes.Buffer
			_ = runStatus(context.Background(), []string{"--nats", fmt.Sprintf("nats://127.0.0.1:%d", port), "--prefix", prefix}, &status, &status)
			t.Log("status:\n" + status.String())
			if dump := os.Getenv("MEETX_TEST_DUMP"); dump != "" {
				_ = os.WriteFile(dump, []byte(stderr.String()), 0o644)
			}
			t.Fatalf("after 60s %d reports, want %d\ngot:\n%s\nwant:\n%s\nstderr:\n%s", len(got), len(want),
				strings.Join(got, "\n"), strings.Join(want, "\n"), tail(stderr.String(), 3000))
		}
		select {
		case err := <-done:
			t.Fatalf("meetx run ended early: %v\n%s", err, tail(stderr.String(), 3000))
		case <-time.After(100 * time.Millisecond):
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var meetings int
	if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM meetings").Scan(&meetings); err != nil {
		t.Fatal(err)
	}
	if meetings == 0 {
		t.Error("no report was recognised as a meeting")
	}

	// Every report is an event on meetx.report.extracted.fixture.
	nc, err := nats.Connect(fmt.Sprintf("nats://127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	names := natsbus.NamesFor(prefix)
	cons, err := js.OrderedConsumer(ctx, names.ReportStream, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{names.ReportSubject("fixture")},
	})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(len(want), jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var events []string
	for m := range batch.Messages() {
		var ev pipeline.Extracted
		if err := json.Unmarshal(m.Data(), &ev); err != nil {
			t.Fatalf("event: %v", err)
		}
		events = append(events, ev.Report.URL)
	}
	if err := batch.Error(); err != nil {
		t.Errorf("reading report events: %v", err)
	}
	slices.Sort(events)
	if !slices.Equal(events, want) {
		t.Errorf("report events for:\n%s\nwant:\n%s", strings.Join(events, "\n"), strings.Join(want, "\n"))
	}

	// Prometheus metrics, including the consumer lag asked from the server.
	resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/metrics", metricsPort))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, metric := range []string{
		fmt.Sprintf("meetx_reports_stored_total %d", len(want)),
		`meetx_pages_fetched_total{source="fixture"}`,
		`meetx_consumer_pending{consumer="store",stream="` + names.ReportStream + `"} 0`,
		`meetx_extract_duration_seconds_count{outcome="ok"}`,
	} {
		if !strings.Contains(string(body), metric) {
			t.Errorf("metrics lack %q", metric)
		}
	}

	cancel() // what SIGINT/SIGTERM does through signal.NotifyContext
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("meetx run after cancel = %v, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("meetx run did not stop within 30s of cancellation")
	}
}

func connectDB(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

func TestRunWithoutDatabaseSaysWhatToDo(t *testing.T) {
	ctx := context.Background()
	err := runRun(ctx, []string{"--db", "postgres://postgres@127.0.0.1:1/none?connect_timeout=2", "--data-dir", t.TempDir()}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "--db") || !strings.Contains(err.Error(), "--out FILE") {
		t.Errorf("runRun without Postgres = %v, want a message naming --db and --out", err)
	}
	t.Setenv("DATABASE_URL", "")
	err = runRun(ctx, []string{"--data-dir", t.TempDir()}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "DATABASE_URL") {
		t.Errorf("runRun with no database = %v, want a message naming DATABASE_URL", err)
	}
}

func TestMigrateCommand(t *testing.T) {
	dbURL := pipelinetest.NewDatabase(t)
	for range 2 {
		var out bytes.Buffer
		if err := runMigrate(context.Background(), []string{"--db", dbURL}, &out, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		if got := out.String(); got != "schema version 1\n" {
			t.Errorf("migrate printed %q", got)
		}
	}
}

func TestStatusCommand(t *testing.T) {
	url := pipelinetest.NatsURL(t)
	prefix := "t" + pipelinetest.Unique()
	t.Cleanup(func() { destroyTopology(t, url, prefix) })
	var out bytes.Buffer
	if err := runStatus(context.Background(), []string{"--nats", url, "--prefix", prefix}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	up := strings.ToUpper(prefix)
	for _, want := range []string{"STREAM", "PENDING", up + "_CRAWL", up + "_PAGES", up + "_REPORTS", up + "_DEAD"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("status output lacks %q:\n%s", want, out.String())
		}
	}
}

func destroyTopology(t *testing.T, url, prefix string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Log(err)
		return
	}
	defer nc.Close()
	b, err := natsbus.New(ctx, nc, natsbus.Config{Prefix: prefix})
	if err == nil {
		err = b.Destroy(ctx)
	}
	if err != nil {
		t.Logf("destroy %s: %v", prefix, err)
	}
}

func TestWorkerUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no stage", nil},
		{"no nats", []string{"extract"}},
		{"unknown stage", []string{"bake", "--nats", "nats://127.0.0.1:1"}},
	}
	t.Setenv("MEETX_NATS_URL", "")
	t.Setenv("NATS_URL", "")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runWorker(context.Background(), tt.args, &bytes.Buffer{}, &bytes.Buffer{})
			if !errors.Is(err, errUsage) {
				t.Errorf("runWorker(%v) = %v, want errUsage", tt.args, err)
			}
		})
	}
}
