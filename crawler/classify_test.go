package crawler

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/meetx/meetx/crawler/crawlertest"
)

// Every report page of the corpus is an article, whatever its layout (some
// have no og:type, no <h1>, and a sidebar of related headlines).
func TestClassifyReportPagesAreArticles(t *testing.T) {
	files, err := filepath.Glob("../extractor/testdata/pages/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture pages: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parseHTML(body, "text/html")
			if err != nil {
				t.Fatal(err)
			}
			if got := Classify(doc, mustParse(t, "https://example.vn/tin-tuc/"+filepath.Base(f)), SiteHints{}); got != KindArticle {
				t.Errorf("Classify = %v, want article", got)
			}
		})
	}
}

func TestClassifyListings(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10})
	for _, p := range []string{"/", "/tin-tuc", "/tin-tuc?page=2", "/tin-tuc?page=5"} {
		t.Run(p, func(t *testing.T) {
			body := get(t, site.URL+p)
			doc, err := parseHTML(body, "text/html")
			if err != nil {
				t.Fatal(err)
			}
			if got := Classify(doc, mustParse(t, site.URL+p), SiteHints{}); got != KindListing {
				t.Errorf("Classify = %v, want listing", got)
			}
		})
	}
}

// A listing of teasers (headline + summary paragraph per item, as many
// portals print) is not mistaken for an article, and hints override.
func TestClassifyTeaserListingAndHints(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Tin tức</title></head><body><h1>Tin tức</h1><div class="list">`)
	for i := range 12 {
		b.WriteString(`<div class="item"><h3><a href="/tin/` + string(rune('a'+i)) + `.html">Hội nghị triển khai nhiệm vụ công tác tuyên giáo năm 2024</a></h3>`)
		b.WriteString(`<p>Sáng 15/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của đại biểu các huyện.</p></div>`)
	}
	b.WriteString(`</div></body></html>`)
	doc, err := parseHTML([]byte(b.String()), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	u := mustParse(t, "https://example.vn/tin-tuc")
	tests := []struct {
		name  string
		hints SiteHints
		want  PageKind
	}{
		{"signals", SiteHints{}, KindListing},
		{"article body hint wins", SiteHints{ArticleBody: "div.list"}, KindArticle},
		{"article links hint", SiteHints{ArticleLinks: "div.item h3 a"}, KindListing},
		{"hint that does not match falls back", SiteHints{ArticleBody: "div.noidung"}, KindListing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(doc, u, tt.hints); got != tt.want {
				t.Errorf("Classify = %v, want %v", got, tt.want)
			}
		})
	}
}

// An older portal's article: text with <br> in a table cell, no <p>, no
// meta tags, a menu and a list of other news beside it.
func TestClassifyTableLayoutArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Tin tức</title></head><body><table><tr><td class="menu">`)
	for i := range 10 {
		b.WriteString(`<a href="/TinTuc.aspx?id=` + string(rune('0'+i)) + `">Tin khác về hoạt động của Hội đồng nhân dân tỉnh</a><br>`)
	}
	b.WriteString(`</td><td class="content"><b>Hội nghị tổng kết công tác năm 2023</b><br>`)
	for range 8 {
		b.WriteString(`Sáng 15/1, Đảng ủy Khối tổ chức hội nghị tổng kết công tác kiểm tra năm 2023, bàn nhiệm vụ năm 2024. <br><br>`)
	}
	b.WriteString(`</td></tr></table></body></html>`)
	doc, err := parseHTML([]byte(b.String()), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if got := Classify(doc, mustParse(t, "https://example.vn/TinTuc.aspx?id=42"), SiteHints{}); got != KindArticle {
		t.Errorf("Classify = %v, want article", got)
	}
}

func TestAnalyzeLinks(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10})
	f, err := NewFetcher(Config{AllowPrivate: []string{"127.0.0.1"}, IgnoreRobots: true, MinDelay: -1})
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.Fetch(context.Background(), site.URL+"/tin-tuc", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != KindListing {
		t.Errorf("Kind = %v, want listing", res.Kind)
	}
	if want := []string{site.URL + "/tin-tuc?page=2"}; !slices.Equal(res.Next, want) {
		t.Errorf("Next = %v, want %v", res.Next, want)
	}
	for _, l := range res.Links {
		if strings.Contains(l, "utm_") || strings.Contains(l, "#") {
			t.Errorf("link not canonical: %s", l)
		}
		if !strings.HasPrefix(l, site.URL+"/") {
			t.Errorf("out-of-scope link kept: %s", l)
		}
	}
	if slices.Contains(res.Links, site.URL+"/tin-tuc") {
		t.Errorf("page links to itself: %v", res.Links)
	}
}

func get(t *testing.T, u string) []byte {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFingerprint(t *testing.T) {
	page := func(head, body string) string {
		return `<html><head><title>Hội nghị tổng kết</title>` + head + `</head><body>` + body + `</body></html>`
	}
	base := page(`<script>var t=1</script>`, `<h1>Hội nghị tổng kết</h1><p>Sáng 15/1, Tỉnh ủy tổ chức hội nghị.</p>
		<form><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4MTE"></form>`)
	tests := []struct {
		name string
		html string
		same bool
	}{
		{"identical", base, true},
		{"scripts, comments, hidden state and whitespace differ", page(`<script>var t=2</script><style>p{}</style>`,
			`<h1>Hội nghị  tổng kết</h1><!-- 0.12s --><p>Sáng 15/1,
			Tỉnh ủy tổ chức hội nghị.</p><form><input type="hidden" name="__VIEWSTATE" value="zzz"></form><noscript>bật JavaScript</noscript>`), true},
		{"markup differs, text same", page(``, `<div><h1>Hội nghị tổng kết</h1></div><p>Sáng 15/1, Tỉnh ủy tổ chức <b>hội nghị.</b></p>`), true},
		{"text corrected", page(``, `<h1>Hội nghị tổng kết</h1><p>Sáng 16/1, Tỉnh ủy tổ chức hội nghị.</p>`), false},
		{"title changed", strings.Replace(base, "<title>Hội nghị tổng kết", "<title>Hội nghị sơ kết", 1), false},
	}
	want := mustFingerprint(t, base)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustFingerprint(t, tt.html); (got == want) != tt.same {
				t.Errorf("fingerprint equal = %v, want %v", got == want, tt.same)
			}
		})
	}
}

func mustFingerprint(t *testing.T, s string) string {
	t.Helper()
	doc, err := parseHTML([]byte(s), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	return fingerprint(doc.Get(0))
}

// isSpace must agree with unicode.IsSpace on every rune: fingerprints and
// prose lengths depend on it.
func TestIsSpaceMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpace(%U) = %v, unicode.IsSpace = %v", r, got, want)
		}
	}
}

// collapsedLen's byte loop counts as a rune-by-rune loop would, invalid
// UTF-8 and non-ASCII spaces included.
func TestCollapsedLen(t *testing.T) {
	reference := func(s string) int {
		n, space := 0, true
		for _, r := range s {
			if unicode.IsSpace(r) {
				if !space {
					n++
				}
				space = true
				continue
			}
			space = false
			n++
		}
		return n
	}
	for _, s := range []string{
		"", "  ", "Hội nghị  tổng kết", "\u00a0Hội\u3000nghị\u2003x\u0085", "a\xffb \xe2\x80", "\t\ntiếp theo\r\n",
	} {
		if got, want := collapsedLen(s), reference(s); got != want {
			t.Errorf("collapsedLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// appendWords joins words as splitting on unicode.IsSpace does, whatever
// the bytes: fingerprints stored by earlier crawls depend on it.
func TestAppendWords(t *testing.T) {
	for _, s := range []string{
		"", "   ", "Hội nghị  tổng kết", "\u00a0Hội\u3000nghị\u2003x\u0085y", "a\xffb \xe2\x80", "\xe2\xe2\x80\x80z",
		"\t\ntiếp – theo\r\n", "\xc2", "x\xc2\xa0", "\u1680\u202f\u205f\u2028end",
	} {
		got, _ := appendWords(nil, s, false)
		if want := strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "); string(got) != want {
			t.Errorf("appendWords(%q) = %q, want %q", s, got, want)
		}
	}
}
