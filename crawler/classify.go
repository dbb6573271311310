package crawler

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
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

// Selectors compiled once: analyzeHTML runs on every fetched page.
var (
	selBase       = cascadia.MustCompile("base[href]")
	selCanonical  = cascadia.MustCompile(`link[rel~="canonical"][href]`)
	selRelNext    = cascadia.MustCompile(`link[rel~="next"][href]`)
	selAnchor     = cascadia.MustCompile("a[href]")
	selRobotsMeta = cascadia.MustCompile(`meta[name="robots" i]`)
	selOGType     = cascadia.MustCompile(`meta[property="og:type"]`)
	selPublished  = cascadia.MustCompile(`meta[property="article:published_time"], meta[itemprop="datePublished"]`)
	selLDJSON     = cascadia.MustCompile(`script[type="application/ld+json"]`)
	selH1         = cascadia.MustCompile("h1")
)

// anchor is one <a href> of a page, resolved and canonicalised.
type anchor struct {
	u    *url.URL
	text string // whitespace collapsed
	rel  string
}

// anchorsOf resolves the page's links once for classification and
// discovery.
func anchorsOf(doc *goquery.Document, base *url.URL) []anchor {
	sel := doc.FindMatcher(selAnchor)
	out := make([]anchor, 0, sel.Length())
	for _, n := range sel.Nodes {
		var href, rel string
		for _, a := range n.Attr {
			switch a.Key {
			case "href":
				href = a.Val
			case "rel":
				rel = strings.ToLower(a.Val)
			}
		}
		u := resolve(base, href)
		if u == nil {
			continue
		}
		out = append(out, anchor{u: u, text: collapseSpace(nodeText(n)), rel: rel})
	}
	return out
}

// baseOf returns the document's <base href> resolved against page, or page.
func baseOf(doc *goquery.Document, page *url.URL) *url.URL {
	if href, ok := doc.FindMatcher(selBase).First().Attr("href"); ok {
		if b, err := page.Parse(strings.TrimSpace(href)); err == nil {
			return b
		}
	}
	return page
}

// analyzeHTML fills Kind, Canonical, Links and Next of res.
func analyzeHTML(res *Result, final *url.URL, sc *scope, hints SiteHints) {
	doc, err := parseHTML(res.Page.Body, res.Page.ContentType)
	if err != nil {
		return
	}
	base := baseOf(doc, final)
	anchors := anchorsOf(doc, base)
	fallbackHost := final.Hostname()
	res.Kind = classify(doc, final, hints, anchors)
	res.Fingerprint = fingerprint(doc.Get(0))

	if href, ok := doc.FindMatcher(selCanonical).First().Attr("href"); ok {
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
	links := collectLinks(doc, base, final, hints, anchors)
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
	for _, n := range doc.FindMatcher(selRobotsMeta).Nodes {
		for _, a := range n.Attr {
			if a.Key != "content" {
				continue
			}
			for _, d := range strings.Split(strings.ToLower(a.Val), ",") {
				if d = strings.TrimSpace(d); d == directive || d == "none" {
					return true
				}
			}
		}
	}
	return false
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

// collectLinks picks out, among the page's links, the link to the next
// listing page: rel=next, the NextPage hint, a "next" text, or the same
// listing with page number current+1.
func collectLinks(doc *goquery.Document, base, page *url.URL, hints SiteHints, anchors []anchor) links {
	out := links{all: make([]*url.URL, 0, len(anchors))}
	curKey, curNum, _ := pageNumber(page)
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
	for _, n := range doc.FindMatcher(selRelNext).Nodes {
		for _, a := range n.Attr {
			if a.Key == "href" {
				if u := resolve(base, a.Val); u != nil {
					nextSet[u.String()] = true
				}
			}
		}
	}
	for _, a := range anchors {
		u := a.u
		out.all = append(out.all, u)
		key, n, numbered := pageNumber(u)
		switch {
		case strings.Contains(" "+a.rel+" ", " next "):
			nextSet[u.String()] = true
		case len(a.text) <= 24 && nextTexts[strings.ToLower(a.text)] && sameListing(u, page):
			nextSet[u.String()] = true
		case numbered && key == curKey && n == curNum+1:
			nextSet[u.String()] = true
		}
	}
	for _, u := range out.all {
		if s := u.String(); nextSet[s] {
			out.next = append(out.next, u)
			delete(nextSet, s)
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
	return classify(doc, u, hints, anchorsOf(doc, baseOf(doc, u)))
}

func classify(doc *goquery.Document, u *url.URL, hints SiteHints, anchors []anchor) PageKind {
	if hints.ArticleBody != "" && doc.Find(hints.ArticleBody).Length() > 0 {
		return KindArticle
	}
	if hints.ArticleLinks != "" && doc.Find(hints.ArticleLinks).Length() >= 3 {
		return KindListing
	}
	var article, listing int
	ogType := strings.ToLower(doc.FindMatcher(selOGType).AttrOr("content", ""))
	switch {
	case ogType == "article":
		article += 2
	case ogType == "website":
		listing++
	}
	if doc.FindMatcher(selPublished).Length() > 0 {
		article++
	}
	for _, n := range doc.FindMatcher(selLDJSON).Nodes {
		t := nodeText(n)
		if strings.Contains(t, `"NewsArticle"`) || strings.Contains(t, `"Article"`) || strings.Contains(t, `"BlogPosting"`) {
			article += 2
			break
		}
	}
	if doc.FindMatcher(selH1).Length() == 1 {
		article++
	}
	switch body := maxProseUnderOneParent(doc.Get(0)); {
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
	pageKey, curNum, _ := pageNumber(u)
	for _, a := range anchors {
		l := a.u
		if l.Hostname() != host {
			continue
		}
		if key, n, ok := pageNumber(l); ok && n != curNum && key == pageKey {
			paginated = true
			continue
		}
		if k := l.Path + "?" + l.RawQuery; utf8.RuneCountInString(a.text) >= headlineMinRunes && !seen[k] {
			seen[k] = true
			headlines++
		}
	}
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

// invisible are elements whose content is not text a reader sees.
var invisible = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "iframe": true}

// fingerprint hashes the visible text of a document (title included) as
// one run of words: what a reader sees, not the bytes or markup that carry
// it.
func fingerprint(root *html.Node) string {
	text := make([]byte, 0, 16<<10)
	space := false // a word boundary is pending
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				start := -1
				for i, r := range c.Data {
					if unicode.IsSpace(r) {
						if start >= 0 {
							text, space = appendWord(text, c.Data[start:i], space), false
							start = -1
						}
						space = true
					} else if start < 0 {
						start = i
					}
				}
				if start >= 0 {
					text, space = appendWord(text, c.Data[start:], space), false
				}
			case html.ElementNode:
				if !invisible[c.Data] {
					space = true // element edges separate words
					walk(c)
					space = true
				}
			}
		}
	}
	walk(root)
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:16])
}

// appendWord appends w to text, after one space when a boundary is pending.
func appendWord(text []byte, w string, space bool) []byte {
	if space && len(text) > 0 {
		text = append(text, ' ')
	}
	return append(text, w...)
}

// proseExcluded are elements whose paragraphs are not article prose.
var proseExcluded = map[string]bool{
	"a": true, "nav": true, "header": true, "footer": true, "aside": true, "li": true, "form": true,
	"script": true, "style": true, "noscript": true, "template": true,
}

// proseBlocks hold article text directly when they have no block children:
// <div>s used as paragraphs, and table cells on older portals that lay out
// the article with <br> inside a <td>.
var proseBlocks = map[string]bool{"div": true, "td": true, "section": true, "article": true, "blockquote": true}

// maxProseUnderOneParent returns the largest number of runes of prose
// paragraphs (<p>, or a proseBlocks element holding only inline content) that share one
// parent element. An article body keeps its paragraphs together; a listing
// gives each teaser its own item element.
func maxProseUnderOneParent(root *html.Node) int {
	perParent := map[*html.Node]int{}
	best := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || proseExcluded[c.Data] {
				continue
			}
			if c.Data == "p" || proseBlocks[c.Data] && !hasBlockChild(c) {
				total, inLinks := textRunes(c, false)
				if total >= bodyParaMinRunes && inLinks*2 <= total {
					perParent[n] += total
					best = max(best, perParent[n])
				}
				continue
			}
			walk(c)
		}
	}
	walk(root)
	return best
}

// textRunes counts the runes of n's text with whitespace runs counted as
// one, and how many of them are inside links.
func textRunes(n *html.Node, inLink bool) (total, linked int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			k := collapsedLen(c.Data)
			total += k
			if inLink {
				linked += k
			}
		case html.ElementNode:
			if c.Data == "script" || c.Data == "style" {
				continue
			}
			t, l := textRunes(c, inLink || c.Data == "a")
			total += t
			linked += l
		}
	}
	return total, linked
}

// collapsedLen is utf8.RuneCountInString(collapseSpace(s)) without the copy,
// give or take the edges.
func collapsedLen(s string) int {
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

// nodeText is the text content of n.
func nodeText(n *html.Node) string {
	if n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode {
		return n.FirstChild.Data
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// collapseSpace trims s and turns each run of white space into one space.
func collapseSpace(s string) string {
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
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
