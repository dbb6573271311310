package crawlertest

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// GeneratedSite serves N generated articles under /tin-tuc/<i>.html and a
// paginated category /tin-tuc?page=K listing them newest first, with no
// politeness tricks: a load generator for benchmarks.
type GeneratedSite struct {
	*httptest.Server
	N, PerPage int
	requests   atomic.Int64
	head, tail []byte // article template around the headline number
}

// NewGeneratedSite starts a site of n articles, perPage per listing page,
// built from the report page a01; it is closed by tb.Cleanup.
func NewGeneratedSite(tb testing.TB, n, perPage int) *GeneratedSite {
	tb.Helper()
	tmpl, err := fs.ReadFile(pagesFS, "a01.html")
	if err != nil {
		tb.Fatal(err)
	}
	// Number the headline so that every article has its own content.
	i := bytes.Index(tmpl, []byte("</h1>"))
	if i < 0 {
		tb.Fatal("template has no </h1>")
	}
	s := &GeneratedSite{N: n, PerPage: perPage, head: tmpl[:i], tail: tmpl[i:]}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

// Requests returns the number of requests served.
func (s *GeneratedSite) Requests() int64 { return s.requests.Load() }

// Pages returns the number of listing pages.
func (s *GeneratedSite) Pages() int { return (s.N + s.PerPage - 1) / s.PerPage }

// ArticlePath is the path of article i (0 <= i < N).
func ArticlePath(i int) string { return "/tin-tuc/" + strconv.Itoa(i) + ".html" }

func (s *GeneratedSite) serve(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	switch p := r.URL.Path; {
	case p == "/tin-tuc":
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		page = max(page, 1)
		if page > s.Pages() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var b strings.Builder
		fmt.Fprintf(&b, pageHead, "Tin tức", fmt.Sprintf("Tin tức - trang %d", page))
		for i := (page - 1) * s.PerPage; i < min(page*s.PerPage, s.N); i++ {
			id := s.N - 1 - i // newest first
			fmt.Fprintf(&b, "<div class=\"item\"><a href=\"%s\">Hội nghị sơ kết công tác tuyên giáo, bản tin số %d</a></div>\n", ArticlePath(id), id)
		}
		b.WriteString("</div><div class=\"pager\">")
		if page < s.Pages() {
			fmt.Fprintf(&b, "<a href=\"/tin-tuc?page=%d\">%d</a> <a href=\"/tin-tuc?page=%d\">Trang sau</a>", page+1, page+1, page+1)
		}
		b.WriteString("</div></body></html>\n")
		w.Write([]byte(b.String()))
	case strings.HasPrefix(p, "/tin-tuc/") && strings.HasSuffix(p, ".html"):
		id, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(p, "/tin-tuc/"), ".html"))
		if err != nil || id < 0 || id >= s.N {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"g`+strconv.Itoa(id)+`"`)
		if r.Header.Get("If-None-Match") == `"g`+strconv.Itoa(id)+`"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		num := fmt.Sprintf(" (số %d)", id)
		w.Header().Set("Content-Length", strconv.Itoa(len(s.head)+len(num)+len(s.tail)))
		w.Write(s.head)
		w.Write([]byte(num))
		w.Write(s.tail)
	default:
		http.NotFound(w, r)
	}
}
