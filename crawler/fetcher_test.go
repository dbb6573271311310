package crawler

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/meetx/meetx/crawler/crawlertest"
)

func newTestFetcher(t *testing.T, cfg Config) *Fetcher {
	t.Helper()
	f, err := NewFetcher(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	return f
}

func TestFetchArticle(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10})
	f := newTestFetcher(t, testConfig())
	ctx := newTestCtx(t, 10*time.Second)
	a := site.Articles()[0]

	res, err := f.Fetch(ctx, site.URL+a.Path+"?utm_source=x#top", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Page
	if p.URL != site.URL+a.Path || res.Canonical != p.URL {
		t.Errorf("URL = %q, Canonical = %q, want %q", p.URL, res.Canonical, site.URL+a.Path)
	}
	if !bytes.Equal(p.Body, a.Body) || p.Status != 200 || p.ContentHash == "" || p.FetchedAt.IsZero() {
		t.Errorf("page = status %d, %d bytes, hash %q, at %v", p.Status, len(p.Body), p.ContentHash, p.FetchedAt)
	}
	if p.Header["ETag"] != a.ETag || p.Header["Last-Modified"] == "" || !strings.HasPrefix(p.ContentType, "text/html") {
		t.Errorf("headers = %v", p.Header)
	}
	if res.Kind != KindArticle {
		t.Errorf("Kind = %v", res.Kind)
	}
	if ua := site.Requests()[len(site.Requests())-1].UserAgent; ua != DefaultUserAgent {
		t.Errorf("User-Agent = %q", ua)
	}

	// A conditional GET of the unchanged page costs a 304 and no body.
	res2, err := f.Fetch(ctx, site.URL+a.Path, Validators{ETag: p.Header["ETag"], LastModified: p.Header["Last-Modified"]})
	if err != nil {
		t.Fatal(err)
	}
	if !res2.NotModified || res2.Page.Status != http.StatusNotModified || len(res2.Page.Body) != 0 {
		t.Errorf("conditional GET: NotModified=%v status=%d body=%d", res2.NotModified, res2.Page.Status, len(res2.Page.Body))
	}
}

func TestFetchErrors(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{SlowDelay: 400 * time.Millisecond})
	tests := []struct {
		name    string
		cfg     func(*Config)
		url     string
		wantErr error
		wantSt  int
	}{
		{"robots disallow", nil, site.URL + crawlertest.PathDisallowed, ErrDisallowed, 0},
		{"not found", nil, site.URL + "/khong-co.html", nil, 404},
		{"oversized streamed body", nil, site.URL + crawlertest.PathOversize, ErrTooLarge, 0},
		{"gzip bomb", nil, site.URL + crawlertest.PathBomb, ErrTooLarge, 0},
		{"private address", nil, crawlertest.PrivateLinks[0], ErrPrivateAddress, 0},
		{"link-local metadata", nil, crawlertest.PrivateLinks[1], ErrPrivateAddress, 0},
		{"redirect to private", nil, site.URL + "/chuyen-huong-noi-bo", ErrPrivateAddress, 0},
		{"name resolving to loopback", nil, strings.Replace(site.URL, "127.0.0.1", "localhost", 1) + crawlertest.PathLocalhost, ErrPrivateAddress, 0},
		{"too many redirects", func(c *Config) { c.MaxRedirects = -1 }, site.URL + "/old/a06", ErrInvalidConfig, 0},
		{"timeout retried then fails", func(c *Config) { c.Timeout = 100 * time.Millisecond; c.MaxRetries = 1 },
			site.URL + "/tin-tuc/" + crawlertest.SlugSlow + ".html", context.DeadlineExceeded, 0},
		{"bad scheme", nil, "mailto:ban-tuyen-giao@example.vn", ErrBadURL, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig()
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			f, err := NewFetcher(cfg)
			if err != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("NewFetcher: %v", err)
				}
				return
			}
			defer f.Close()
			refused := watchDialer(f)
			_, err = f.Fetch(newTestCtx(t, 10*time.Second), tt.url, Validators{})
			if tt.wantSt != 0 {
				var se *StatusError
				if !errors.As(err, &se) || se.Code != tt.wantSt {
					t.Fatalf("err = %v, want StatusError %d", err, tt.wantSt)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if errors.Is(err, ErrPrivateAddress) && len(refused.refused()) == 0 {
				t.Errorf("private address refused without the dialer check?")
			}
			if len(refused.allowed()) > 0 {
				t.Errorf("strict dialer connected to %v", refused.allowed())
			}
		})
	}
	if n := site.Hits(crawlertest.PathDisallowed) + site.Hits(crawlertest.PathLocalhost); n != 0 {
		t.Errorf("forbidden paths requested %d times", n)
	}
}

func TestFetchTooManyRedirects(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/vong?n="+r.URL.Query().Get("n")+"x", http.StatusFound)
	}))
	defer srv.Close()
	cfg := testConfig()
	cfg.MaxRedirects = 3
	cfg.IgnoreRobots = true
	f := newTestFetcher(t, cfg)
	_, err := f.Fetch(newTestCtx(t, 5*time.Second), srv.URL+"/vong", Validators{})
	if !errors.Is(err, ErrTooManyRedirects) {
		t.Fatalf("err = %v, want ErrTooManyRedirects", err)
	}
	if got := hits.Load(); got != 4 {
		t.Errorf("server hit %d times, want 4 (first request + 3 redirects)", got)
	}
}

// Retries: a 429 waits for Retry-After (and holds back the whole host), a
// 503 is retried after backoff, a Retry-After beyond MaxRetryAfter gives up.
func TestFetchRetries(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10})
	f := newTestFetcher(t, testConfig())
	ctx := newTestCtx(t, 10*time.Second)

	start := time.Now()
	if _, err := f.Fetch(ctx, site.URL+"/tin-tuc/"+crawlertest.SlugRetryAfter+".html", Validators{}); err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el < time.Second {
		t.Errorf("429 with Retry-After: 1 retried after %v", el)
	}
	if _, err := f.Fetch(ctx, site.URL+"/tin-tuc/"+crawlertest.SlugFlaky+".html", Validators{}); err != nil {
		t.Fatalf("flaky 503 not retried: %v", err)
	}
	for _, slug := range []string{crawlertest.SlugRetryAfter, crawlertest.SlugFlaky} {
		if n := site.Hits("/tin-tuc/" + slug + ".html"); n != 2 {
			t.Errorf("%s requested %d times, want 2", slug, n)
		}
	}

	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r) // a 5xx robots.txt would disallow the whole host
			return
		}
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	_, err := f.Fetch(ctx, srv.URL+"/", Validators{})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 || !se.Temporary() {
		t.Fatalf("err = %v, want temporary StatusError 503", err)
	}
	if hits.Load() != 2 { // robots.txt + one page request
		t.Errorf("server hit %d times, want 2 (no retry for an hour-long Retry-After)", hits.Load())
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in     string
		want   time.Duration
		wantOK bool
	}{
		{"120", 2 * time.Minute, true},
		{"0", 0, true},
		{"Fri, 01 Mar 2024 10:00:30 GMT", 30 * time.Second, true},
		{"Fri, 01 Mar 2024 09:00:00 GMT", 0, true},
		{"-5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

// Compressed bodies are decoded (gzip, zlib deflate and raw deflate) and the
// cap applies to the decoded size with memory bounded by the cap, not by
// what the server claims or sends.
func TestFetchContentEncoding(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("Hội nghị tổng kết công tác năm. ", 2000) + "</p></body></html>")
	encode := map[string]func([]byte) []byte{
		"gzip": func(b []byte) []byte {
			var buf bytes.Buffer
			w := gzip.NewWriter(&buf)
			w.Write(b)
			w.Close()
			return buf.Bytes()
		},
		"deflate-zlib": func(b []byte) []byte {
			var buf bytes.Buffer
			w := zlib.NewWriter(&buf)
			w.Write(b)
			w.Close()
			return buf.Bytes()
		},
		"deflate-raw": func(b []byte) []byte {
			var buf bytes.Buffer
			w, _ := flate.NewWriter(&buf, flate.DefaultCompression)
			w.Write(b)
			w.Close()
			return buf.Bytes()
		},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", strings.SplitN(name, "-", 2)[0])
		w.Write(encode[name](page))
	}))
	defer srv.Close()
	for name := range encode {
		t.Run(name, func(t *testing.T) {
			cfg := testConfig()
			cfg.IgnoreRobots = true
			f := newTestFetcher(t, cfg)
			res, err := f.Fetch(newTestCtx(t, 5*time.Second), srv.URL+"/"+name, Validators{})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(res.Page.Body, page) {
				t.Errorf("decoded body differs: %d bytes, want %d", len(res.Page.Body), len(page))
			}
			cfg.MaxBodyBytes = int64(len(page) - 1)
			small := newTestFetcher(t, cfg)
			if _, err := small.Fetch(newTestCtx(t, 5*time.Second), srv.URL+"/"+name, Validators{}); !errors.Is(err, ErrTooLarge) {
				t.Errorf("decoded size over cap: err = %v, want ErrTooLarge", err)
			}
		})
	}
}

func TestFetchBombMemoryBounded(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{}) // 256 MiB of zeros gzipped
	cfg := testConfig()
	cfg.IgnoreRobots = true
	f := newTestFetcher(t, cfg)
	for _, p := range []string{crawlertest.PathBomb, crawlertest.PathOversize} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		if _, err := f.Fetch(newTestCtx(t, 10*time.Second), site.URL+p, Validators{}); !errors.Is(err, ErrTooLarge) {
			t.Fatalf("%s: err = %v, want ErrTooLarge", p, err)
		}
		runtime.ReadMemStats(&after)
		// Allocation is bounded by the cap (1 MiB; the buffer grows to it),
		// not by the 256 MiB the bomb inflates to or the 4 MiB page.
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4*uint64(cfg.MaxBodyBytes) {
			t.Errorf("%s: allocated %d bytes, want <= %d", p, alloc, 4*cfg.MaxBodyBytes)
		} else {
			t.Logf("%s: allocated %d bytes with a %d-byte cap", p, alloc, cfg.MaxBodyBytes)
		}
	}
}

func TestNewFetcherValidates(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"bad pattern", Config{URLPatterns: []string{"(["}}},
		{"bad selector", Config{Hints: map[string]SiteHints{"x.vn": {ArticleBody: "div[["}}}},
		{"host with scheme", Config{AllowedHosts: []string{"https://x.vn"}}},
		{"negative concurrency", Config{Concurrency: -1}},
		{"header injection", Config{UserAgent: "meetx\r\nX-Evil: 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := NewFetcher(tt.cfg); !errors.Is(err, ErrInvalidConfig) {
				t.Errorf("err = %v, want ErrInvalidConfig", err)
			}
		})
	}
	if _, err := NewFetcher(Config{}); err != nil {
		t.Errorf("zero Config: %v", err)
	}
}

func TestIsPrivateAddr(t *testing.T) {
	for _, tt := range []struct {
		addr string
		want bool
	}{
		{"10.0.0.1:80", true}, {"169.254.169.254:80", true}, {"127.0.0.1:80", true}, {"192.168.1.1:443", true},
		{"172.16.0.1:80", true}, {"100.64.0.1:80", true}, {"[::1]:80", true}, {"[fe80::1]:80", true},
		{"[fd00::1]:80", true}, {"[::ffff:10.0.0.1]:80", true}, {"0.0.0.0:80", true},
		{"203.113.131.1:80", false}, {"[2001:ee0::1]:443", false},
	} {
		err := refusePrivate("tcp", tt.addr, nil)
		if got := errors.Is(err, ErrPrivateAddress); got != tt.want {
			t.Errorf("refusePrivate(%s) refused=%v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestFetchOutOfScope(t *testing.T) {
	cfg := testConfig()
	cfg.AllowedHosts = []string{"*.gov.vn"}
	f := newTestFetcher(t, cfg)
	refused := watchDialer(f)
	_, err := f.Fetch(newTestCtx(t, time.Second), "https://example.com/tin-tuc/a.html", Validators{})
	if !errors.Is(err, ErrOutOfScope) {
		t.Fatalf("err = %v, want ErrOutOfScope", err)
	}
	if len(refused.refused())+len(refused.allowed()) != 0 {
		t.Errorf("dialed for an out-of-scope URL")
	}
}

// A request already sent when ctx is cancelled is finished (its answer is
// kept); a fetch still waiting for its turn stops at once.
func TestFetchFinishesInFlight(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10, SlowDelay: 300 * time.Millisecond})
	cfg := testConfig()
	cfg.IgnoreRobots = true
	cfg.MinDelay = time.Hour // the second request to the host would wait an hour
	f := newTestFetcher(t, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)

	start := time.Now()
	res, err := f.Fetch(ctx, site.URL+"/tin-tuc/"+crawlertest.SlugSlow+".html", Validators{})
	if err != nil {
		t.Fatalf("in-flight fetch: %v", err)
	}
	if res.Page.Status != 200 || len(res.Page.Body) == 0 {
		t.Errorf("in-flight fetch lost its answer: status %d, %d bytes", res.Page.Status, len(res.Page.Body))
	}
	if el := time.Since(start); el < 300*time.Millisecond {
		t.Errorf("returned after %v, before the server answered", el)
	}
	start = time.Now()
	if _, err := f.Fetch(ctx, site.URL+"/tin-tuc/a01.html", Validators{}); !errors.Is(err, context.Canceled) {
		t.Errorf("waiting fetch after cancel: err = %v, want context.Canceled", err)
	}
	if el := time.Since(start); el > 500*time.Millisecond {
		t.Errorf("waiting fetch took %v to notice the cancel", el)
	}
}
