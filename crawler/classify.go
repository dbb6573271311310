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
	"sync"
	"unicode"
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
	root, err := parseNode(body, contentType)
	if err != nil {
		return nil, err
	}
	return goquery.NewDocumentFromNode(root), nil
}

// parseNode is parseHTML without the goquery wrapper: the crawler's own
// signals walk the tree directly.
func parseNode(body []byte, contentType string) (*html.Node, error) {
	var r = bytes.NewReader(body)
	if enc, name, _ := charset.DetermineEncoding(body[:min(len(body), 1024)], contentType); name != "utf-8" && name != "" {
		if dec, err := enc.NewDecoder().Bytes(body); err == nil {
			r = bytes.NewReader(dec)
		}
	}
	return html.Parse(r)
}

// pageScan holds the elements that classification, discovery and
// canonicalisation read, gathered in one walk of the tree: one CSS selector
// match per signal walked the whole page again each time. Each field
// matches what its selector would: base[href], link[rel~=canonical][href],
// link[rel~=next][href], a[href], meta[name=robots i],
// meta[property=og:type], the article:published_time / datePublished meta,
// script[type=application/ld+json] and h1.
type pageScan struct {
	root          *html.Node
	baseHref      string
	hasBase       bool
	canonicalHref string
	hasCanonical  bool
	relNext       []string     // hrefs, document order
	anchors       []*html.Node // document order
	robots        []string     // content attributes
	ogType        string       // content of the first og:type meta
	ogTypeSeen    bool
	published     bool
	ldJSON        []*html.Node
	h1            int
}

// scanPage walks the tree under root once.
func scanPage(root *html.Node) *pageScan {
	ps := &pageScan{root: root}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			ps.visit(c)
			if c.FirstChild != nil {
				walk(c)
			}
		}
	}
	walk(root)
	return ps
}

func (ps *pageScan) visit(n *html.Node) {
	switch n.Data {
	case "a":
		if _, ok := attr(n, "href"); ok {
			ps.anchors = append(ps.anchors, n)
		}
	case "h1":
		ps.h1++
	case "base":
		if href, ok := attr(n, "href"); ok && !ps.hasBase {
			ps.baseHref, ps.hasBase = href, true
		}
	case "link":
		href, ok := attr(n, "href")
		if !ok {
			return
		}
		if !ps.hasCanonical && attrHasWord(n, "rel", "canonical") {
			ps.canonicalHref, ps.hasCanonical = href, true
		}
		if attrHasWord(n, "rel", "next") {
			for _, a := range n.Attr { // every href, as the selector loop read them
				if a.Key == "href" {
					ps.relNext = append(ps.relNext, a.Val)
				}
			}
		}
	case "meta":
		if attrIs(n, "name", "robots", true) {
			for _, a := range n.Attr {
				if a.Key == "content" {
					ps.robots = append(ps.robots, a.Val)
				}
			}
		}
		if !ps.ogTypeSeen && attrIs(n, "property", "og:type", false) {
			ps.ogTypeSeen = true
			ps.ogType, _ = attr(n, "content")
		}
		if attrIs(n, "property", "article:published_time", false) || attrIs(n, "itemprop", "datePublished", false) {
			ps.published = true
		}
	case "script":
		if attrIs(n, "type", "application/ld+json", false) {
			ps.ldJSON = append(ps.ldJSON, n)
		}
	}
}

// attr returns the value of n's first attribute named key.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// attrIs reports whether an attribute named key of n has the value val.
func attrIs(n *html.Node, key, val string, foldCase bool) bool {
	for _, a := range n.Attr {
		if a.Key == key && (a.Val == val || foldCase && strings.EqualFold(a.Val, val)) {
			return true
		}
	}
	return false
}

// attrHasWord reports whether an attribute named key of n is a
// white-space separated list holding word (CSS [key~=word]).
func attrHasWord(n *html.Node, key, word string) bool {
	for _, a := range n.Attr {
		if a.Key != key {
			continue
		}
		for _, w := range strings.FieldsFunc(a.Val, isHTMLSpace) {
			if w == word {
				return true
			}
		}
	}
	return false
}

// isHTMLSpace is white space as HTML and CSS define it.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// anchor is one <a href> of a page, resolved and canonicalised, with what
// classification and discovery ask of it computed once.
type anchor struct {
	u        *url.URL
	s        string // u.String()
	text     string // whitespace collapsed
	rel      string
	pageKey  string // pageNumber(u)
	pageNum  int
	numbered bool
}

// anchorsOf resolves the page's links once for classification and
// discovery, through links when it is not nil.
func anchorsOf(nodes []*html.Node, base *url.URL, links *linkCache) []anchor {
	out := make([]anchor, 0, len(nodes))
	for _, n := range nodes {
		var href, rel string
		for _, a := range n.Attr {
			switch a.Key {
			case "href":
				href = a.Val
			case "rel":
				rel = strings.ToLower(a.Val)
			}
		}
		l := links.resolve(base, href)
		if l.u == nil {
			continue
		}
		out = append(out, anchor{
			u: l.u, s: l.s, text: collapseSpace(nodeText(n)), rel: rel,
			pageKey: l.pageKey, pageNum: l.pageNum, numbered: l.numbered,
		})
	}
	return out
}

// base returns the document's <base href> resolved against page, or page.
func (ps *pageScan) base(page *url.URL) *url.URL {
	if ps.hasBase {
		if b, err := page.Parse(strings.TrimSpace(ps.baseHref)); err == nil {
			return b
		}
	}
	return page
}

// robotsSays reports whether <meta name="robots"> carries directive.
func (ps *pageScan) robotsSays(directive string) bool {
	for _, content := range ps.robots {
		for _, d := range strings.Split(strings.ToLower(content), ",") {
			if d = strings.TrimSpace(d); d == directive || d == "none" {
				return true
			}
		}
	}
	return false
}

// usesSelectors reports whether hints hold CSS selectors, which need a
// goquery document.
func (h SiteHints) usesSelectors() bool {
	return h.ArticleBody != "" || h.ArticleLinks != "" || h.NextPage != ""
}

// analyzeHTML fills Kind, Canonical, Links, Next and Fingerprint of res
// from one parse of the page; links (may be nil) caches link resolution.
func analyzeHTML(res *Result, final *url.URL, sc *scope, hints SiteHints, links *linkCache) {
	root, err := parseNode(res.Page.Body, res.Page.ContentType)
	if err != nil {
		return
	}
	var doc *goquery.Document
	if hints.usesSelectors() {
		doc = goquery.NewDocumentFromNode(root)
	}
	ps := scanPage(root)
	base := ps.base(final)
	anchors := anchorsOf(ps.anchors, base, links)
	fallbackHost := final.Hostname()
	res.Kind = classify(doc, ps, final, hints, anchors)
	res.Fingerprint = fingerprint(root)

	if ps.hasCanonical {
		if cu, err := base.Parse(strings.TrimSpace(ps.canonicalHref)); err == nil && canonicalizeURL(cu) == nil &&
			sc.hostAllowed(cu, fallbackHost) {
			if c := cu.String(); c != res.Canonical {
				res.Page.FinalURL = res.Canonical
				res.Canonical, res.Page.URL = c, c
			}
		}
	}
	if ps.robotsSays("nofollow") {
		return
	}
	nextSet := nextLinks(doc, ps, base, final, hints, anchors)
	seen := make(map[string]bool, len(anchors))
	self := res.Canonical
	for _, a := range anchors {
		if seen[a.s] || a.s == self || !sc.follows(a.u, fallbackHost) {
			continue
		}
		seen[a.s] = true
		res.Links = append(res.Links, a.s)
	}
	for _, a := range anchors {
		if nextSet[a.s] {
			if seen[a.s] {
				res.Next = append(res.Next, a.s)
			}
			delete(nextSet, a.s)
		}
	}
}

// nextTexts are anchor texts of "next page" links (Vietnamese and English).
var nextTexts = map[string]bool{
	"trang sau": true, "tiếp": true, "tiếp theo": true, "sau": true, "next": true, "»": true, "›": true,
	">": true, ">>": true, "trang tiếp": true, "xem tiếp": true, "cũ hơn": true, "tin cũ hơn": true,
}

// nextLinks returns the canonical URLs of the links to the next listing
// page: rel=next, the NextPage hint, a "next" text, or the same listing
// with page number current+1. doc is nil unless hints use selectors.
func nextLinks(doc *goquery.Document, ps *pageScan, base, page *url.URL, hints SiteHints, anchors []anchor) map[string]bool {
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
	for _, href := range ps.relNext {
		if u := resolve(base, href); u != nil {
			nextSet[u.String()] = true
		}
	}
	for _, a := range anchors {
		switch {
		case strings.Contains(" "+a.rel+" ", " next "):
			nextSet[a.s] = true
		case len(a.text) <= 24 && nextTexts[strings.ToLower(a.text)] && a.pageKey == curKey:
			nextSet[a.s] = true
		case a.numbered && a.pageKey == curKey && a.pageNum == curNum+1:
			nextSet[a.s] = true
		}
	}
	return nextSet
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
	ps := scanPage(doc.Get(0))
	return classify(doc, ps, u, hints, anchorsOf(ps.anchors, ps.base(u), nil))
}

// classify is Classify on a scanned page; doc is nil unless hints use
// selectors.
func classify(doc *goquery.Document, ps *pageScan, u *url.URL, hints SiteHints, anchors []anchor) PageKind {
	if hints.ArticleBody != "" && doc.Find(hints.ArticleBody).Length() > 0 {
		return KindArticle
	}
	if hints.ArticleLinks != "" && doc.Find(hints.ArticleLinks).Length() >= 3 {
		return KindListing
	}
	var article, listing int
	ogType := strings.ToLower(ps.ogType)
	switch {
	case ogType == "article":
		article += 2
	case ogType == "website":
		listing++
	}
	if ps.published {
		article++
	}
	for _, n := range ps.ldJSON {
		t := nodeText(n)
		if strings.Contains(t, `"NewsArticle"`) || strings.Contains(t, `"Article"`) || strings.Contains(t, `"BlogPosting"`) {
			article += 2
			break
		}
	}
	if ps.h1 == 1 {
		article++
	}
	switch body := maxProseUnderOneParent(ps.root); {
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
		if a.numbered && a.pageNum != curNum && a.pageKey == pageKey {
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
	buf := textBuffers.Get().(*[]byte)
	defer func() {
		if cap(*buf) <= maxPooledText {
			textBuffers.Put(buf)
		}
	}()
	text := (*buf)[:0]
	space := false // a word boundary is pending
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				text, space = appendWords(text, c.Data, space)
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
	*buf = text
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:16])
}

// appendWords appends the words of s to text, one space between words and
// before the first when a boundary is pending (space), and returns the
// boundary state after s.
func appendWords(text []byte, s string, space bool) ([]byte, bool) {
	start := -1
	for i := 0; i < len(s); {
		b := s[i]
		sp, size := asciiSpace[b&0x7f], 1
		if b >= utf8.RuneSelf {
			// Only runes led by these bytes can be white space; stepping
			// one byte at a time through any other rune cannot land on one.
			sp = false
			if b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 {
				if sp, size = spaceRune(s[i:]); !sp {
					size = 1
				}
			}
		}
		if sp {
			if start >= 0 {
				text, space = appendWord(text, s[start:i], space), false
				start = -1
			}
			space = true
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		text, space = appendWord(text, s[start:], space), false
	}
	return text, space
}

// textBuffers recycle fingerprint's text buffer across pages; one grown
// by a huge page is left to the GC rather than kept.
const maxPooledText = 256 << 10

var textBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

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
	best := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		underN := 0 // prose of n's paragraphs: each parent is walked once
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || proseExcluded[c.Data] {
				continue
			}
			if c.Data == "p" || proseBlocks[c.Data] && !hasBlockChild(c) {
				total, inLinks := textRunes(c, false)
				if total >= bodyParaMinRunes && inLinks*2 <= total {
					underN += total
					best = max(best, underN)
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
	for i := 0; i < len(s); {
		sp, size := asciiSpace[s[i]&0x7f], 1
		if s[i] >= utf8.RuneSelf {
			sp, size = spaceRune(s[i:])
		}
		i += size
		if sp {
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

// asciiSpace marks the ASCII white-space bytes.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceRune reports whether the (non-ASCII) rune s starts with is white
// space, and its size; invalid bytes count one by one, as when ranging
// over s. The loops calling it test ASCII bytes themselves, inline.
func spaceRune(s string) (bool, int) {
	r, size := utf8.DecodeRuneInString(s)
	return isSpace(r), size
}

// isSpace is unicode.IsSpace without the table search for the letters
// above Latin-1 that make up most Vietnamese text: the White_Space runes
// beyond Latin-1 are listed here.
func isSpace(r rune) bool {
	if r <= 0xFF {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	switch {
	case r >= 0x2000 && r <= 0x200A:
		return true
	case r == 0x1680, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
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
