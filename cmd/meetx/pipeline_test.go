package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/meetx/meetx/crawler"
	"github.com/meetx/meetx/crawler/crawlertest"
	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pipelinetest"
	"github.com/meetx/meetx/schema"
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
		"min_delay": "1ms", "timeout": "5s", "retry_backoff": "10ms",
		"allow_private": []string{"127.0.0.1"}, "max_body_bytes": 1 << 20,
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
	want := fmt.Sprintf("schema version %d\n", latestMigration(t))
	for range 2 {
		var out bytes.Buffer
		if err := runMigrate(context.Background(), []string{"--db", dbURL}, &out, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		if got := out.String(); got != want {
			t.Errorf("migrate printed %q, want %q", got, want)
		}
	}
}

// latestMigration is the version number of the last embedded migration
// (goose names them NNNNN_name.sql).
func latestMigration(t *testing.T) int {
	t.Helper()
	files, err := fs.Glob(schema.Migrations, "migrations/*.sql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no embedded migrations: %v", err)
	}
	slices.Sort(files)
	name := path.Base(files[len(files)-1])
	v, err := strconv.Atoi(name[:strings.IndexByte(name, '_')])
	if err != nil {
		t.Fatalf("migration %s: %v", name, err)
	}
	return v
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

// changingSite is a news portal that makes incremental crawling hard: its
// listing pages (/tin-tuc?page=N, 3 articles each, newest first, with a
// "Trang sau" link and the 3 newest in a sidebar) carry a fixed ETag and answer 304 to it even after new
// articles appear, like a CMS that derives the ETag from its template; its
// articles carry a view counter and an ASP.NET __VIEWSTATE that change on
// every request, and so does their ETag.
type changingSite struct {
	*httptest.Server
	mu       sync.Mutex
	articles []siteArticle // newest first
	views    int
	requests []siteRequest
}

type siteArticle struct {
	id   int
	text string
}

type siteRequest struct {
	uri, ifNoneMatch string
}

const (
	changingSitePerPage = 3
	changingListingETag = `"tin-tuc-template-v1"`
)

func newChangingSite(t *testing.T, n int) *changingSite {
	t.Helper()
	s := &changingSite{}
	for i := n - 1; i >= 0; i-- {
		s.articles = append(s.articles, siteArticle{id: i, text: articleText(i)})
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func articleText(id int) string {
	return fmt.Sprintf("Sáng nay, Thường trực Thành ủy chủ trì hội nghị sơ kết công tác tuyên giáo số %d. "+
		"Dự hội nghị có lãnh đạo các sở, ban, ngành và các huyện ủy, thành ủy trực thuộc. "+
		"Hội nghị đã thảo luận, đánh giá kết quả thực hiện nhiệm vụ và đề ra phương hướng cho thời gian tới.", id)
}

// publish puts a new article at the top of the listing.
func (s *changingSite) publish(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.articles = append([]siteArticle{{id: id, text: articleText(id)}}, s.articles...)
}

// edit changes the visible text of an article (a correction).
func (s *changingSite) edit(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.articles {
		if s.articles[i].id == id {
			s.articles[i].text += " Tin đã được cập nhật, đính chính số liệu."
		}
	}
}

func (s *changingSite) articleURL(id int) string { return fmt.Sprintf("%s/tin-tuc/%d.html", s.URL, id) }

func (s *changingSite) takeRequests() []siteRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.requests
	s.requests = nil
	return r
}

func (s *changingSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, siteRequest{uri: r.URL.RequestURI(), ifNoneMatch: r.Header.Get("If-None-Match")})
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	var id int
	switch {
	case r.URL.Path == "/tin-tuc":
		page := max(1, atoiOr(r.URL.Query().Get("page"), 1))
		first := (page - 1) * changingSitePerPage
		if first >= len(s.articles) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("ETag", changingListingETag)
		if r.Header.Get("If-None-Match") == changingListingETag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - trang %d</title>
<meta property="og:type" content="website"></head><body><div class="menu"><a href="/tin-tuc">Tin tức</a></div><div class="list">
`, page)
		for _, a := range s.articles[first:min(first+changingSitePerPage, len(s.articles))] {
			fmt.Fprintf(w, "<div class=\"item\"><a href=\"/tin-tuc/%d.html\">Hội nghị sơ kết công tác tuyên giáo, bản tin số %d</a><p>Tin cập nhật từ các cơ quan, đơn vị trong tỉnh.</p></div>\n", a.id, a.id)
		}
		fmt.Fprint(w, `</div><div class="sidebar"><h3>Tin mới</h3>`)
		for _, a := range s.articles[:min(3, len(s.articles))] {
			fmt.Fprintf(w, "<div class=\"item\"><a href=\"/tin-tuc/%d.html\">Hội nghị sơ kết công tác tuyên giáo, bản tin số %d</a></div>\n", a.id, a.id)
		}
		fmt.Fprint(w, `</div><div class="pager">`)
		if first+changingSitePerPage < len(s.articles) {
			fmt.Fprintf(w, `<a href="/tin-tuc?page=%d">Trang sau</a>`, page+1)
		}
		fmt.Fprint(w, "</div></body></html>\n")
	case sscanf(r.URL.Path, "/tin-tuc/%d.html", &id):
		i := slices.IndexFunc(s.articles, func(a siteArticle) bool { return a.id == id })
		if i < 0 {
			http.NotFound(w, r)
			return
		}
		s.views++
		var body bytes.Buffer
		fmt.Fprintf(&body, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị sơ kết công tác tuyên giáo số %d</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-01T08:00:00+07:00"></head><body>
<form method="post"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4MTQ%04d"></form>
<div class="menu"><a href="/tin-tuc">Tin tức</a></div>
<article><h1>Hội nghị sơ kết công tác tuyên giáo số %d</h1><div class="content">
<p>%s</p><p>%s</p><p>%s</p></div></article>
<div class="views">Lượt xem: <script>document.write(%d)</script></div></body></html>
`, id, s.views, id, s.articles[i].text, s.articles[i].text, s.articles[i].text, s.views)
		w.Header().Set("ETag", fmt.Sprintf(`"%x"`, sha256.Sum256(body.Bytes())))
		w.Write(body.Bytes())
	default:
		http.NotFound(w, r)
	}
}

func atoiOr(s string, fallback int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fallback
	}
	return n
}

func sscanf(s, format string, v *int) bool {
	var rest string
	n, _ := fmt.Sscanf(s, format+"%s", v, &rest)
	return n == 1
}

// waitCrawlIdle waits until the crawl stream has no job queued or in hand.
func waitCrawlIdle(t *testing.T, bus *natsbus.Bus) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		st, err := bus.Status(context.Background())
		if err == nil && len(st[0].Consumers) == 1 && st[0].Consumers[0].Pending == 0 && st[0].Consumers[0].AckPending == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("crawl jobs still pending after 30s: %+v, %v", st, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// publishedPages returns the URLs of the pages in the page stream, in
// publishing order.
func publishedPages(t *testing.T, ctx context.Context, bus *natsbus.Bus) []string {
	t.Helper()
	st, err := bus.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := int(st[1].Messages)
	if n == 0 {
		return nil
	}
	cons, err := bus.JetStream().OrderedConsumer(ctx, bus.Names().PageStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(n, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for m := range batch.Messages() {
		var p schema.Page
		if err := json.Unmarshal(m.Data(), &p); err != nil {
			t.Fatal(err)
		}
		urls = append(urls, p.URL)
	}
	return urls
}

// TestCrawlWorkerRecrawl runs the distributed crawl worker (real NATS, real
// HTTP) over changingSite three times, each run a second after the last
// first, as a schedule would: the first run follows the listing's next-page
// links to its last page although --max-depth is 1 and publishes every
// article once; the second run is not dropped as a duplicate of the first,
// reads the listing without validators (so its fixed ETag cannot hide the
// new article), sends validators for articles, publishes only the new and
// the edited article, not the ones whose counter alone changed, and stops
// its listing chain at a page of known articles; the third run, with
// nothing new, reads one listing page.
func TestCrawlWorkerRecrawl(t *testing.T) {
	natsURL := pipelinetest.NatsURL(t)
	prefix := "t" + pipelinetest.Unique()
	t.Cleanup(func() { destroyTopology(t, natsURL, prefix) })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	log := slog.New(slog.DiscardHandler)
	nc, bus, err := connectBus(ctx, busFlags{natsURL: natsURL, prefix: prefix, replicas: 1}, log, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	cfg, err := loadCrawlerConfig(fixtureCrawlerConfig(t), log)
	if err != nil {
		t.Fatal(err)
	}
	fetcher, err := crawler.NewFetcher(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer fetcher.Close()
	state := kvState{natsbus.CrawlState[crawler.URLState](bus)}
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		cc := natsbus.CrawlConfig{MaxDepth: 1, HostDelay: time.Millisecond}
		if err := bus.RunCrawlWorker(wctx, cc, fetchFunc(fetcher, state, log)); err != nil {
			t.Errorf("crawl worker: %v", err)
		}
	})
	defer func() { stop(); wg.Wait() }()

	site := newChangingSite(t, 8) // 3 listing pages
	src := scheduledSource{Name: "fixture", Seeds: []string{site.URL + "/tin-tuc"}}
	crawl := func() {
		t.Helper()
		if err := publishSeeds(ctx, bus, src, log); err != nil {
			t.Fatal(err)
		}
		waitCrawlIdle(t, bus)
	}

	crawl()
	first := publishedPages(t, ctx, bus)
	var want []string
	for id := range 8 {
		want = append(want, site.articleURL(id))
	}
	if got := slices.Sorted(slices.Values(first)); !slices.Equal(got, want) {
		t.Fatalf("first run published:\n%s\nwant every article once:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	site.takeRequests()

	site.publish(8)
	site.edit(3)
	time.Sleep(time.Until(time.Now().Truncate(time.Second).Add(time.Second))) // a new run, seconds later
	crawl()
	second := publishedPages(t, ctx, bus)[len(first):]
	want = []string{site.articleURL(3), site.articleURL(8)}
	if got := slices.Sorted(slices.Values(second)); !slices.Equal(got, want) {
		t.Errorf("second run published:\n%s\nwant the new and the edited article:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var listings, conditional int
	for _, r := range site.takeRequests() {
		switch {
		case strings.HasPrefix(r.uri, "/tin-tuc?") || r.uri == "/tin-tuc":
			listings++
			if r.ifNoneMatch != "" {
				t.Errorf("listing %s requested with If-None-Match %s", r.uri, r.ifNoneMatch)
			}
		case r.ifNoneMatch != "":
			conditional++
		}
	}
	// Page 1 holds the new article, so the chain goes on; it stops at the
	// first page whose links were all known (page 2, or page 3 when the
	// new article, listed in every page's sidebar, was not stored yet).
	if listings < 2 || listings > 3 {
		t.Errorf("second run requested %d listing pages, want 2 or 3", listings)
	}
	if conditional < 5 {
		t.Errorf("second run sent validators for %d articles, want at least the 5 known ones of pages 1-2", conditional)
	}

	// A third run with nothing new stops at the first listing page.
	time.Sleep(time.Until(time.Now().Truncate(time.Second).Add(time.Second)))
	crawl()
	if third := publishedPages(t, ctx, bus)[len(first)+len(second):]; len(third) != 0 {
		t.Errorf("third run published %v, want nothing (no change)", third)
	}
	listings = 0
	for _, r := range site.takeRequests() {
		if strings.HasPrefix(r.uri, "/tin-tuc?") || r.uri == "/tin-tuc" {
			listings++
		}
	}
	if listings != 1 {
		t.Errorf("third run requested %d listing pages, want 1 (page 1 holds only known articles)", listings)
	}
}

// TestCrawlerConfigFile: worker and run read --crawler-config as "meetx
// crawl --config" does: readable durations are accepted, an unknown key is
// a usage error given before any service is contacted.
func TestCrawlerConfigFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("good.json", `{"min_delay": "1s", "timeout": "30s", "retry_backoff": "250ms", "allow_private": ["127.0.0.1"]}`)
	typo := write("typo.json", `{"min_delay": "1s", "min_dely": "5s"}`)
	badDuration := write("bad-duration.json", `{"timeout": "soon"}`)
	unreachable := "nats://127.0.0.1:1"
	tests := []struct {
		name      string
		run       func(args []string) error
		config    string
		wantUsage bool
		wantText  string
	}{
		{"worker, durations like 1s", workerCmd, good, false, "connect to NATS"},
		{"worker, unknown key", workerCmd, typo, true, "min_dely"},
		{"worker, bad duration", workerCmd, badDuration, true, "soon"},
		{"run, unknown key", runCmd, typo, true, "min_dely"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run([]string{"--nats", unreachable, "--crawler-config", tt.config})
			if err == nil || errors.Is(err, errUsage) != tt.wantUsage || !strings.Contains(err.Error(), tt.wantText) {
				t.Errorf("error = %v; want usage error %v, mentioning %q", err, tt.wantUsage, tt.wantText)
			}
		})
	}
}

func workerCmd(args []string) error {
	return runWorker(context.Background(), append([]string{"crawl"}, args...), &bytes.Buffer{}, &bytes.Buffer{})
}

func runCmd(args []string) error {
	return runRun(context.Background(), args, &bytes.Buffer{}, &bytes.Buffer{})
}
