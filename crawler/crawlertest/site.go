package crawlertest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// pagesFS holds the report pages the fixture site serves: the extractor's
// test corpus (the dev corpus pages), read in place rather than copied.
var pagesFS = os.DirFS(corpusDir())

// corpusDir is extractor/testdata/pages, found from this file's location so
// that tests of any package can serve it.
func corpusDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "extractor", "testdata", "pages")
}

// Request is one request the site received.
type Request struct {
	Path        string // path and query
	At          time.Time
	IfNoneMatch string
	UserAgent   string
}

// Options tune a Site.
type Options struct {
	// CrawlDelay is the robots.txt Crawl-delay in seconds ("" for none).
	CrawlDelay string
	// PerPage is the number of articles per category page (default 4).
	PerPage int
	// SlowDelay is how long /tin-tuc/a07.html takes to answer (default 200ms).
	SlowDelay time.Duration
	// OversizeBytes is the size of the oversized page (default 4 MiB).
	OversizeBytes int
	// BombBytes is the decompressed size of the gzip bomb (default 64 MiB).
	BombBytes int
}

// Article is one article of the site.
type Article struct {
	Slug    string // file name without .html
	Path    string // /tin-tuc/<slug>.html
	Body    []byte
	ETag    string
	ModTime time.Time
}

// Site is the fixture portal. Its methods are safe for concurrent use.
type Site struct {
	*httptest.Server
	opts Options

	mu       sync.Mutex
	articles []*Article // newest first
	listed   []*Article // articles reachable from the category listing
	requests []Request
	attempts map[string]int
	bomb     []byte
}

// Special articles: each shows one server behaviour.
const (
	SlugSlow        = "a07" // answers after Options.SlowDelay
	SlugRetryAfter  = "a08" // first answer 429 with Retry-After: 1
	SlugFlaky       = "a09" // first answer 503
	SlugRedirected  = "a06" // linked only as /old/a06, which 301s to the article
	SlugSitemapOnly = "b11" // in the sitemap, in no listing
	SlugUTM         = "a05" // also linked with utm_* parameters and a fragment
)

// Paths that must never be requested by a well-behaved crawler.
const (
	PathDisallowed = "/private/bao-cao-noi-bo.html" // robots.txt: Disallow: /private/
	PathLocalhost  = "/tin-tuc/localhost-only.html" // linked as http://localhost:<port>/...: a name resolving to loopback
	PathOversize   = "/tin-tuc/qua-lon.html"        // bigger than any sane MaxBodyBytes
	PathBomb       = "/tin-tuc/bom-nen.html"        // gzip bomb
)

// PrivateLinks are the links to private addresses on the category page.
var PrivateLinks = []string{
	"http://10.0.0.1/tin-tuc/noi-bo.html",
	"http://169.254.169.254/latest/meta-data/",
}

// NewSite starts the fixture portal; it is closed by tb.Cleanup.
func NewSite(tb testing.TB, opts Options) *Site {
	tb.Helper()
	if opts.PerPage == 0 {
		opts.PerPage = 4
	}
	if opts.SlowDelay == 0 {
		opts.SlowDelay = 200 * time.Millisecond
	}
	if opts.OversizeBytes == 0 {
		opts.OversizeBytes = 4 << 20
	}
	if opts.BombBytes == 0 {
		opts.BombBytes = 64 << 20
	}
	s := &Site{opts: opts, attempts: map[string]int{}}
	entries, err := fs.ReadDir(pagesFS, ".")
	if err != nil {
		tb.Fatal(err)
	}
	base := time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)
	i := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".html") {
			continue
		}
		body, err := fs.ReadFile(pagesFS, e.Name())
		if err != nil {
			tb.Fatal(err)
		}
		slug := strings.TrimSuffix(e.Name(), ".html")
		a := &Article{Slug: slug, Path: "/tin-tuc/" + slug + ".html", Body: body, ModTime: base.Add(time.Duration(i) * time.Hour)}
		a.ETag = etag(body)
		s.articles = append(s.articles, a)
		i++
	}
	slices.Reverse(s.articles) // newest first
	s.relist()
	s.bomb = bombOf(opts.BombBytes)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

func etag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}

var (
	bombsMu sync.Mutex
	bombs   = map[int][]byte{}
)

// bombOf returns n zero bytes gzipped, built once per size per process.
func bombOf(n int) []byte {
	bombsMu.Lock()
	defer bombsMu.Unlock()
	if b, ok := bombs[n]; ok {
		return b
	}
	bombs[n] = gzipZeros(n)
	return bombs[n]
}

func gzipZeros(n int) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, len(zero))
		zw.Write(zero[:k])
		n -= k
	}
	zw.Close()
	return buf.Bytes()
}

// relist recomputes the articles shown on the category pages.
func (s *Site) relist() {
	s.listed = s.listed[:0]
	for _, a := range s.articles {
		if a.Slug != SlugSitemapOnly {
			s.listed = append(s.listed, a)
		}
	}
}

// Articles returns the site's articles, newest first.
func (s *Site) Articles() []Article {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Article, len(s.articles))
	for i, a := range s.articles {
		out[i] = *a
	}
	return out
}

// ArticleURLs returns the canonical URLs of all articles, sorted.
func (s *Site) ArticleURLs() []string {
	var out []string
	for _, a := range s.Articles() {
		out = append(out, s.URL+a.Path)
	}
	slices.Sort(out)
	return out
}

// Pages returns the number of category pages.
func (s *Site) Pages() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return (len(s.listed) + s.opts.PerPage - 1) / s.opts.PerPage
}

// Publish adds a new article at the top of the category.
func (s *Site) Publish(slug string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := &Article{Slug: slug, Path: "/tin-tuc/" + slug + ".html", Body: body, ETag: etag(body), ModTime: time.Now().UTC()}
	s.articles = append([]*Article{a}, s.articles...)
	s.relist()
}

// Edit changes the body of an existing article (a correction), giving it a
// new ETag and modification time.
func (s *Site) Edit(slug string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.articles {
		if a.Slug == slug {
			a.Body, a.ETag, a.ModTime = body, etag(body), time.Now().UTC()
		}
	}
}

// Requests returns every request received so far.
func (s *Site) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// Hits counts the requests for one path (with query).
func (s *Site) Hits(p string) int {
	n := 0
	for _, r := range s.Requests() {
		if r.Path == p {
			n++
		}
	}
	return n
}

// ResetRequests forgets the requests received so far.
func (s *Site) ResetRequests() {
	s.mu.Lock()
	s.requests = nil
	s.mu.Unlock()
}

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, Request{Path: r.URL.RequestURI(), At: time.Now(),
		IfNoneMatch: r.Header.Get("If-None-Match"), UserAgent: r.Header.Get("User-Agent")})
	s.attempts[r.URL.Path]++
	attempt := s.attempts[r.URL.Path]
	s.mu.Unlock()

	p := r.URL.Path
	switch {
	case p == "/robots.txt":
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\n")
		if s.opts.CrawlDelay != "" {
			fmt.Fprintf(w, "Crawl-delay: %s\n", s.opts.CrawlDelay)
		}
		fmt.Fprintf(w, "\nSitemap: %s/sitemap.xml\n", s.URL)
	case p == "/sitemap.xml":
		s.serveSitemap(w)
	case p == "/":
		s.serveHome(w)
	case p == "/tin-tuc":
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		s.serveCategory(w, max(page, 1))
	case strings.HasPrefix(p, "/old/"):
		http.Redirect(w, r, "/tin-tuc/"+path.Base(p)+".html", http.StatusMovedPermanently)
	case p == "/chuyen-huong-noi-bo":
		http.Redirect(w, r, PrivateLinks[1], http.StatusFound)
	case p == PathOversize:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		chunk := bytes.Repeat([]byte("<p>Nội dung rất dài. </p>\n"), 1024)
		for n := 0; n < s.opts.OversizeBytes; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	case p == PathBomb:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(s.bomb)
	case strings.HasPrefix(p, "/tin-tuc/"):
		s.serveArticle(w, r, attempt)
	default:
		http.NotFound(w, r)
	}
}

func (s *Site) serveArticle(w http.ResponseWriter, r *http.Request, attempt int) {
	slug := strings.TrimSuffix(path.Base(r.URL.Path), ".html")
	s.mu.Lock()
	var a *Article
	for _, x := range s.articles {
		if x.Path == r.URL.Path {
			c := *x
			a = &c
		}
	}
	s.mu.Unlock()
	if a == nil || (r.URL.RawQuery != "" && !strings.HasPrefix(r.URL.RawQuery, "utm_")) {
		http.NotFound(w, r)
		return
	}
	switch {
	case slug == SlugRetryAfter && attempt == 1:
		w.Header().Set("Retry-After", "1")
		http.Error(w, "too many requests", http.StatusTooManyRequests)
		return
	case slug == SlugFlaky && attempt == 1:
		http.Error(w, "service unavailable", http.StatusServiceUnavailable)
		return
	case slug == SlugSlow:
		time.Sleep(s.opts.SlowDelay)
	}
	w.Header().Set("ETag", a.ETag)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	http.ServeContent(w, r, a.Path, a.ModTime, bytes.NewReader(a.Body))
}

const pageHead = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>%s - Cổng thông tin điện tử</title>
<meta property="og:type" content="website"></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/lien-he">Liên hệ</a></div>
<h2>%s</h2><div class="list">
`

// headline is the link text of an article on listing pages: its <title>.
func headline(a *Article) string {
	b := a.Body
	if i := bytes.Index(b, []byte("<title>")); i >= 0 {
		b = b[i+len("<title>"):]
		if j := bytes.Index(b, []byte("</title>")); j >= 0 {
			t := string(b[:j])
			t, _, _ = strings.Cut(t, " - ")
			return html.UnescapeString(strings.TrimSpace(t))
		}
	}
	return "Bản tin " + a.Slug
}

func (s *Site) linkFor(a *Article) string {
	switch a.Slug {
	case SlugRedirected:
		return "/old/" + a.Slug
	}
	return a.Path
}

func (s *Site) serveHome(w http.ResponseWriter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, pageHead, "Trang chủ", "Tin mới")
	for i, a := range s.listed[:min(3, len(s.listed))] {
		fmt.Fprintf(w, "<div class=\"item\"><a href=\"%s\">%s</a></div>\n", s.linkFor(a), html.EscapeString(headline(a)))
		if i == 0 {
			fmt.Fprintf(w, "<div class=\"item\"><a href=\"/tin-tuc/%s.html?utm_source=home&amp;utm_medium=web#binh-luan\">%s (xem tiếp)</a></div>\n",
				SlugUTM, "Bài được nhắc lại với tham số theo dõi")
		}
	}
	fmt.Fprintf(w, "</div><div class=\"more\"><a href=\"/tin-tuc\">Xem tất cả tin tức</a></div></body></html>\n")
}

func (s *Site) serveCategory(w http.ResponseWriter, page int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pages := (len(s.listed) + s.opts.PerPage - 1) / s.opts.PerPage
	if page > pages {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, pageHead, "Tin tức", fmt.Sprintf("Tin tức - trang %d", page))
	for _, a := range s.listed[(page-1)*s.opts.PerPage : min(page*s.opts.PerPage, len(s.listed))] {
		fmt.Fprintf(w, "<div class=\"item\"><a href=\"%s\">%s</a><p>%s</p></div>\n",
			s.linkFor(a), html.EscapeString(headline(a)), "Tin cập nhật từ các cơ quan, đơn vị trong tỉnh.")
	}
	if page == 1 {
		fmt.Fprintf(w, "<div class=\"item\"><a href=\"%s\">Báo cáo nội bộ chỉ dành cho cán bộ, không công khai</a></div>\n", PathDisallowed)
		fmt.Fprintf(w, "<div class=\"item\"><a href=\"%s%s\">Bản tin chỉ xem được trên máy chủ nội bộ</a></div>\n",
			strings.Replace(s.URL, "127.0.0.1", "localhost", 1), PathLocalhost)
		for _, l := range PrivateLinks {
			fmt.Fprintf(w, "<div class=\"item\"><a href=\"%s\">Liên kết tới máy chủ trong mạng nội bộ của cơ quan</a></div>\n", l)
		}
		fmt.Fprintf(w, "<div class=\"item\"><a href=\"/chuyen-huong-noi-bo\">Liên kết chuyển hướng tới địa chỉ nội bộ của cơ quan</a></div>\n")
		fmt.Fprintf(w, "<div class=\"item\"><a href=\"%s\">Tài liệu hội nghị rất lớn, toàn văn các bài phát biểu</a></div>\n", PathOversize)
		fmt.Fprintf(w, "<div class=\"item\"><a href=\"%s\">Tài liệu nén, toàn văn nghị quyết đại hội</a></div>\n", PathBomb)
	}
	fmt.Fprintf(w, "</div><div class=\"pager\">")
	for i := 1; i <= pages; i++ {
		fmt.Fprintf(w, "<a href=\"/tin-tuc?page=%d\">%d</a> ", i, i)
	}
	if page < pages {
		fmt.Fprintf(w, "<a href=\"/tin-tuc?page=%d\">Trang sau</a>", page+1)
	}
	fmt.Fprintf(w, "</div></body></html>\n")
}

func (s *Site) serveSitemap(w http.ResponseWriter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w.Header().Set("Content-Type", "application/xml")
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+"\n")
	for i, a := range s.articles {
		if i%2 == 0 {
			// Half the entries carry no lastmod, so a re-crawl still asks
			// the server (and gets 304s) for them.
			fmt.Fprintf(w, "<url><loc>%s%s</loc><lastmod>%s</lastmod></url>\n", s.URL, a.Path, a.ModTime.Format(time.RFC3339))
		} else {
			fmt.Fprintf(w, "<url><loc>%s%s</loc></url>\n", s.URL, a.Path)
		}
	}
	io.WriteString(w, "</urlset>\n")
}
