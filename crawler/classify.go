package crawler

import (
	"bytes"
	"mime"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Thresholds of the layout-independent page signals.
const (
	headlineMinRunes  = 25   // anchor text this long reads as a headline
	bodyParaMinRunes  = 60   // a paragraph this long is prose, not a label
	articleBodyRunes  = 600  // prose under one parent this long makes an article body
	longArticleRunes  = 1500 // ... and this long leaves little doubt
	listingMinHeadlns = 8    // this many headline links make a listing
)

// isHTML reports whether a body is an HTML document worth parsing.
func isHTML(contentType string, body []byte) bool {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		switch mt {
		case "text/html", "application/xhtml+xml":
			return true
		case "", "application/octet-stream", "text/plain":
		default:
			return false
		}
	}
	head := bytes.ToLower(body[:min(len(body), 512)])
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html"))
}

// parseHTML parses body, decoding a non-UTF-8 charset (from the header or
// <meta>) so that anchor texts count right.
func parseHTML(body []byte, contentType string) (*goquery.Document, error) {
	var r = bytes.NewReader(body)
	if enc, name, _ := charset.DetermineEncoding(body[:min(len(body), 1024)], contentType); name != "utf-8" && name != "" {
		if dec, err := enc.NewDecoder().Bytes(body); err == nil {
			r = bytes.NewReader(dec)
		}
	}
	node, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	return goquery.NewDocumentFromNode(node), nil
}

// analyzeHTML fills Kind, Canonical, Links and Next of res.
func analyzeHTML(res *Result, final *url.URL, sc *scope, hints SiteHints) {
	doc, err := parseHTML(res.Page.Body, res.Page.ContentType)
	if err != nil {
		return
	}
	base := final
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := final.Parse(strings.TrimSpace(href)); err == nil {
			base = b
		}
	}
	fallbackHost := final.Hostname()
	res.Kind = Classify(doc, final, hints)

	if href, ok := doc.Find(`link[rel~="canonical"][href]`).First().Attr("href"); ok {
		if cu, err := base.Parse(strings.TrimSpace(href)); err == nil && canonicalizeURL(cu) == nil &&
			sc.hostAllowed(cu, fallbackHost) {
			if c := cu.String(); c != res.Canonical {
				res.Page.FinalURL = res.Canonical
				res.Canonical, res.Page.URL = c, c
			}
		}
	}
	if robotsMeta(doc, "nofollow") {
		return
	}
	links := collectLinks(doc, base, final, hints)
	seen := make(map[string]bool, len(links.all))
	self := res.Canonical
	for _, l := range links.all {
		s := l.String()
		if seen[s] || s == self || !sc.follows(l, fallbackHost) {
			continue
		}
		seen[s] = true
		res.Links = append(res.Links, s)
	}
	for _, l := range links.next {
		if s := l.String(); seen[s] {
			res.Next = append(res.Next, s)
		}
	}
}

// robotsMeta reports whether <meta name="robots"> carries directive.
func robotsMeta(doc *goquery.Document, directive string) bool {
	found := false
	doc.Find(`meta[name="robots" i], meta[name="meetx" i]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		c, _ := s.Attr("content")
		for _, d := range strings.Split(strings.ToLower(c), ",") {
			if d = strings.TrimSpace(d); d == directive || d == "none" {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

type links struct {
	all  []*url.URL // canonical, document order, not deduplicated
	next []*url.URL // next-page links, canonical
}

// nextTexts are anchor texts of "next page" links (Vietnamese and English).
var nextTexts = map[string]bool{
	"trang sau": true, "tiếp": true, "tiếp theo": true, "sau": true, "next": true, "»": true, "›": true,
	">": true, ">>": true, "trang tiếp": true, "xem tiếp": true, "cũ hơn": true, "tin cũ hơn": true,
}

// collectLinks resolves and canonicalises the page's links and picks out the
// link to the next listing page: rel=next, the NextPage hint, a "next" text,
// or the same listing with page number current+1.
func collectLinks(doc *goquery.Document, base, page *url.URL, hints SiteHints) links {
	var out links
	curKey, curNum, _ := pageNumber(page)
	var numbered []*url.URL
	nextSet := map[string]bool{}
	if hints.NextPage != "" {
		doc.Find(hints.NextPage).Each(func(_ int, s *goquery.Selection) {
			if !s.Is("a") {
				s = s.Find("a[href]").First()
			}
			if href, ok := s.Attr("href"); ok {
				if u := resolve(base, href); u != nil {
					nextSet[u.String()] = true
				}
			}
		})
	}
	doc.Find(`link[rel~="next"][href]`).Each(func(_ int, s *goquery.Selection) {
		if u := resolve(base, s.AttrOr("href", "")); u != nil {
			nextSet[u.String()] = true
		}
	})
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		u := resolve(base, s.AttrOr("href", ""))
		if u == nil {
			return
		}
		out.all = append(out.all, u)
		rel := strings.ToLower(s.AttrOr("rel", ""))
		text := strings.ToLower(strings.Join(strings.Fields(s.Text()), " "))
		switch {
		case strings.Contains(" "+rel+" ", " next "):
			nextSet[u.String()] = true
		case nextTexts[text] && sameListing(u, page):
			nextSet[u.String()] = true
		}
		if key, n, ok := pageNumber(u); ok && key == curKey && n == curNum+1 {
			numbered = append(numbered, u)
		}
	})
	for _, u := range numbered {
		nextSet[u.String()] = true
	}
	for _, u := range out.all {
		if nextSet[u.String()] {
			out.next = append(out.next, u)
			delete(nextSet, u.String())
		}
	}
	return out
}

// resolve turns an href into a canonical absolute http(s) URL, or nil.
func resolve(base *url.URL, href string) *url.URL {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return nil
	}
	u, err := base.Parse(href)
	if err != nil || canonicalizeURL(u) != nil {
		return nil
	}
	return u
}

// pageParams are query parameters that number listing pages.
var pageParams = []string{"page", "p", "trang", "pg", "paged", "pageindex", "pagenumber", "currentpage", "start"}

// pagePathRE matches path-numbered listing pages: /page/3, /trang-3, /p3,
// /trang/3 (at the end of the path, optionally with a trailing .html).
var pagePathRE = regexp.MustCompile(`(?i)(/(?:page|trang|p)[-/]?)(\d{1,5})(\.html?)?/?$`)

// pageNumber returns the listing identity of u (u without its page number)
// and its page number; ok is false when u carries no page number, in which
// case u itself is page 1 of the listing named by key.
func pageNumber(u *url.URL) (key string, n int, ok bool) {
	q := u.Query()
	for _, p := range pageParams {
		for k, vs := range q {
			if strings.EqualFold(k, p) && len(vs) == 1 {
				if num, err := strconv.Atoi(vs[0]); err == nil && num >= 0 {
					q.Del(k)
					c := *u
					c.RawQuery = q.Encode()
					return c.String(), num, true
				}
			}
		}
	}
	if m := pagePathRE.FindStringSubmatchIndex(u.EscapedPath()); m != nil {
		p := u.EscapedPath()
		num, _ := strconv.Atoi(p[m[4]:m[5]])
		c := *u
		_ = setEscapedPath(&c, strings.TrimSuffix(p[:m[0]], "/")+"/")
		return c.String(), num, true
	}
	return u.String(), 1, false
}

// isPagination reports whether l is another page of the listing page.
func isPagination(l, page *url.URL) bool {
	key, _, ok := pageNumber(l)
	if !ok {
		return false
	}
	pkey, _, _ := pageNumber(page)
	return key == pkey
}

// sameListing reports whether a and b differ at most in their page number.
func sameListing(a, b *url.URL) bool {
	ka, _, _ := pageNumber(a)
	kb, _, _ := pageNumber(b)
	return ka == kb
}

// Classify tells a listing page from an article page by signals that hold
// on unknown layouts: prose concentrated under one parent element (an
// article body) against many headline-length links with little prose under
// any one parent (a listing), plus og:type, JSON-LD and article meta tags,
// and pagination. hints, when set, decide first.
func Classify(doc *goquery.Document, u *url.URL, hints SiteHints) PageKind {
	if hints.ArticleBody != "" && doc.Find(hints.ArticleBody).Length() > 0 {
		return KindArticle
	}
	if hints.ArticleLinks != "" && doc.Find(hints.ArticleLinks).Length() >= 3 {
		return KindListing
	}
	var article, listing int
	ogType := strings.ToLower(doc.Find(`meta[property="og:type"]`).AttrOr("content", ""))
	switch {
	case ogType == "article":
		article += 2
	case ogType == "website":
		listing++
	}
	if doc.Find(`meta[property="article:published_time"], meta[itemprop="datePublished"]`).Length() > 0 {
		article++
	}
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := s.Text()
		if strings.Contains(t, `"NewsArticle"`) || strings.Contains(t, `"Article"`) || strings.Contains(t, `"BlogPosting"`) {
			article += 2
			return false
		}
		return true
	})
	if doc.Find("h1").Length() == 1 {
		article++
	}
	switch body := maxProseUnderOneParent(doc); {
	case body >= longArticleRunes:
		article += 3
	case body >= articleBodyRunes:
		article += 2
	case body >= articleBodyRunes/3:
		article++
	}
	host := u.Hostname()
	headlines, paginated := 0, false
	seen := map[string]bool{}
	_, curNum, _ := pageNumber(u)
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		l, err := u.Parse(strings.TrimSpace(s.AttrOr("href", "")))
		if err != nil || l.Hostname() != host {
			return
		}
		if _, n, ok := pageNumber(l); ok && n != curNum && sameListing(l, u) {
			paginated = true
			return
		}
		text := strings.Join(strings.Fields(s.Text()), " ")
		if utf8.RuneCountInString(text) >= headlineMinRunes && !seen[l.Path+"?"+l.RawQuery] {
			seen[l.Path+"?"+l.RawQuery] = true
			headlines++
		}
	})
	switch {
	case headlines >= 2*listingMinHeadlns+4:
		listing += 3
	case headlines >= listingMinHeadlns:
		listing += 2
	case headlines >= listingMinHeadlns/2:
		listing++
	}
	if paginated {
		listing += 2
	}
	switch {
	case article >= 3 && article >= listing:
		return KindArticle
	case listing >= 3 || (listing >= 2 && article < 2):
		return KindListing
	case article >= 2:
		return KindArticle
	}
	return KindUnknown
}

// maxProseUnderOneParent returns the largest number of runes of prose
// paragraphs that share one parent element. An article body keeps its
// paragraphs together; a listing gives each teaser its own item element.
func maxProseUnderOneParent(doc *goquery.Document) int {
	perParent := map[*html.Node]int{}
	best := 0
	doc.Find("p, div").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		if n.Parent == nil || n.Data == "div" && hasBlockChild(n) {
			return
		}
		if s.Closest("a, nav, header, footer, aside, li, form").Length() > 0 {
			return
		}
		text := strings.Join(strings.Fields(s.Text()), " ")
		linkText := len(strings.Join(strings.Fields(s.Find("a").Text()), " "))
		if linkText*2 > len(text) {
			return
		}
		runes := utf8.RuneCountInString(text)
		if runes < bodyParaMinRunes {
			return
		}
		perParent[n.Parent] += runes
		best = max(best, perParent[n.Parent])
	})
	return best
}

// hasBlockChild reports whether a div holds block elements, i.e. is a
// container rather than a paragraph written as a div.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.Data {
			case "div", "p", "ul", "ol", "table", "section", "article", "h1", "h2", "h3", "h4", "figure":
				return true
			}
		}
	}
	return false
}
