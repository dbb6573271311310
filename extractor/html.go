package extractor

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/extractor/internal/htmltree"
	"github.com/meetx/meetx/extractor/internal/vntext"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph of an article before it is joined into
// document.text.
type block struct {
	text string
	// where the HTML reader wrote text in its page's text (see page.text)
	start, end int32
	kind       paraKind
}

// page is what the HTML reader finds on a page: the article's paragraphs and
// the metadata that sits outside them.
type page struct {
	blocks []block
	// The blocks' texts joined by line breaks, as build joins them, and
	// its Fold: the blocks' texts are parts of text (see blockWriter).
	text, folded string
	title        string // headline
	published    string // raw publication time from meta tags or JSON-LD
	// foldArena holds folded; the document built from the page hands it
	// back to the pool once Extract is done (see document.recycle).
	foldArena []byte
}

// maxDepth bounds every walk over the DOM so that a deeply nested page costs
// time linear in its size and never exhausts the stack.
const maxDepth = 256

// Hints in class and id attributes. Negative hints mark page furniture;
// positive ones the article body. Matched as substrings of the lower-cased
// "class id" string.
var (
	negativeHints = []string{
		"menu", "nav", "sidebar", "side-", "side_", "aside", "footer", "related", "lien-quan", "lienquan",
		"tin-khac", "tinkhac", "other", "comment", "binh-luan", "binhluan", "share", "social", "tool",
		"tags", "tag-", "breadcrumb", "path", "banner", "widget", "most-read", "latest", "schedule",
		"thongke", "thong-ke", "counter", "statistic", "logo", "search", "ads-", "-ads", "adsbygoogle", "quang-cao", "quangcao",
		"advert", "box_left", "box-right", "left_item", "leftcol", "rightcol", "col-right", "header",
		"date-now", "today", "topbar", "copyright", "rating", "print", "cung-chuyen-muc", "popular",
		"masthead", "colophon", "secondary", "login", "weather", "skip-link", "modal", "popup",
		"site-title", "site-name", "org-", "quick-links", "lich-cong-tac",
	}
	positiveHints = []string{
		"content", "detail", "article", "body", "entry", "main", "post", "news", "chitiet", "chi-tiet",
		"noidung", "noi-dung", "story", "text",
	}
	captionHints  = []string{"caption", "chuthich", "chu-thich", "figure", "image", "photo", "img"}
	bylineHints   = []string{"author", "byline", "tacgia", "tac-gia", "writer", "nguon", "source"}
	datelineHints = []string{"date", "time", "posted", "publish", "ngay-dang", "ngaydang"}
	leadHints     = []string{"sapo", "lead", "summary", "desc", "tomtat", "tom-tat", "intro", "teaser", "abstract"}
)

// isDropTag reports whether elements of type a never hold article text
// (dropTags). A table load, not a map or a switch: it runs for every
// element in several walks.
func isDropTag(a atom.Atom) bool { return tagFlags(a)&tagDrop != 0 }

// isBlockTag reports whether elements of type a end a paragraph where they
// open and close (blockTags).
func isBlockTag(a atom.Atom) bool { return tagFlags(a)&tagBlock != 0 }

// dropTags and blockTags are the element types isDropTag and isBlockTag
// accept.
var (
	dropTags = []atom.Atom{atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Svg, atom.Form, atom.Button, atom.Input,
		atom.Select, atom.Textarea, atom.Nav, atom.Aside, atom.Footer, atom.Head, atom.Template, atom.Object,
		atom.Embed, atom.Canvas, atom.Label, atom.Option}
	blockTags = []atom.Atom{atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Td, atom.Th, atom.Tr, atom.Table, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre, atom.Article, atom.Section, atom.Header,
		atom.Figure, atom.Figcaption, atom.Dd, atom.Dt, atom.Dl, atom.Main, atom.Center, atom.Hr, atom.Br,
		atom.Tbody, atom.Caption, atom.Address}
)

// readHTML finds the article on an HTML page of unknown layout.
func readHTML(src []byte) *page {
	doc, release, err := parseHTML(src)
	defer release()
	if err != nil {
		// The parser gives up on pathological nesting (more than 512 open
		// elements). Such a page still has text: read it tag by tag.
		return &page{blocks: readText(tokenText(src))}
	}
	pg := &page{}
	root := findBody(doc)
	if root == nil {
		pg.published = readMeta(doc).published
		return pg
	}
	sc := newScorer()
	defer sc.release()
	// The metadata is read in the scorer's walk over the body (see
	// measure), after the rest of the page, when nothing follows the body.
	var mr metaReader
	if nothingAfter(root) {
		mr.walk(doc, 0, root)
		sc.meta = &mr
	}
	sc.scoreTree(root)
	var meta metaInfo
	if sc.meta != nil {
		meta = mr.result()
	} else {
		meta = readMeta(doc)
	}
	pg.published = meta.published
	content := bestCandidate(sc.candidates)
	contentSeq := -1
	if content != nil {
		i, _ := sc.index.get(content)
		contentSeq = sc.candidates[i].seq
	}
	head := findHeadline(sc.titled, meta, contentSeq)
	if head == nil && content != nil {
		head = headlineBefore(content, meta)
	}

	// The article is the smallest element holding both the headline and
	// the body. It is read from the headline on: what lies between the
	// headline and the body (date line, lead) in full, the body in full,
	// and after the body only credit lines (see blockWriter).
	article := content
	if head != nil && content != nil {
		if a := commonAncestor(head, content); a != nil && a.DataAtom != atom.Html {
			article = a
		}
	}
	if article == nil {
		article = root
	}
	headInside := head != nil && contains(article, head)
	switch {
	case head != nil:
		pg.title = collapseSpace(textOf(head, 0))
	case meta.ogTitle != "":
		pg.title = meta.ogTitle
	default:
		pg.title = stripSiteName(meta.title)
	}
	w := &blockWriter{root: article, head: head, content: content, started: !headInside,
		// the text is less than half the page
		text: newArena(len(src) / 2), fold: newArena(len(src) / 2), blocks: newBlocks()}
	// A headline outside the article, and its date line, open the text.
	if !headInside && pg.title != "" {
		w.addBlock(pg.title, paraTitle)
		if head != nil {
			if dl := datelineNear(head); dl != "" {
				w.addBlock(dl, paraDateline)
			}
		}
	}
	first := len(w.blocks)
	w.walk(article, 0, 0)
	w.flush()
	pg.text, pg.foldArena = w.finish()
	pg.folded = arenaString(pg.foldArena)
	pg.blocks = w.blocks[:first+len(markByline(markLead(w.blocks[first:])))]
	return pg
}

// parseHTML returns the HTML5 parse tree of src: htmltree's, built in
// less time, or html.Parse's for a page outside the part of the algorithm
// htmltree implements. Both are the same tree. release hands htmltree's
// nodes back for the next page; the tree must not be used after it.
func parseHTML(src []byte) (doc *html.Node, release func(), err error) {
	if t, ok := htmltree.Parse(src); ok {
		return t.Doc, t.Release, nil
	}
	doc, err = html.Parse(bytes.NewReader(src))
	return doc, func() {}, err
}

// arenaPool recycles the arenas blockWriter writes the text and the folded
// text in between pages: an arena is garbage once it has been copied into
// the page's strings.
var arenaPool sync.Pool // of *[]byte

// newArena returns an empty arena with room for at least n bytes.
func newArena(n int) []byte {
	if p, ok := arenaPool.Get().(*[]byte); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]byte, 0, n)
}

// releaseArena hands arena back for reuse.
func releaseArena(arena []byte) {
	arena = arena[:0]
	arenaPool.Put(&arena)
}

// datelineNear finds a date line among the elements that follow the
// headline (or its container), for layouts that keep both apart from the
// body.
func datelineNear(head *html.Node) string {
	var scratch textScratch
	for _, n := range []*html.Node{head, head.Parent} {
		if n == nil {
			continue
		}
		seen := 0
		for sib := n.NextSibling; sib != nil && seen < 4; sib = sib.NextSibling {
			if sib.Type != html.ElementNode {
				continue
			}
			seen++
			if t := scratch.collapsedText(sib, 0); len(t) < 120 && isDateLine(t) {
				return strings.Clone(t)
			}
		}
	}
	return ""
}

type metaInfo struct {
	title, ogTitle, published string
}

// readMeta reads the title, og:title and publication time (JSON-LD
// datePublished, then article:published_time and other date meta tags) in
// one walk over the parsed page, in document order.
func readMeta(doc *html.Node) metaInfo {
	var r metaReader
	r.walk(doc, 0, nil)
	return r.result()
}

// metaReader gathers what readMeta reads, element by element in document
// order (visit), so that a walk over the page for another purpose can read
// the metadata in passing.
type metaReader struct {
	m                  metaInfo
	metaDate, timeDate string
	ldJSON             []string
}

// walk visits the elements under n, which is at depth, down to maxDepth,
// and does not enter skip.
func (r *metaReader) walk(n *html.Node, depth int, skip *html.Node) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		r.visit(c)
		if c != skip {
			r.walk(c, depth+1, skip)
		}
	}
}

// visit reads element c.
func (r *metaReader) visit(c *html.Node) {
	// Most elements are none of those read: their atom tells without a
	// call (the parser gives each of these names its atom).
	if a := c.DataAtom; a == atom.Title || a == atom.Meta || a == atom.Script || a == atom.Time {
		r.read(c)
	}
}

// read reads element c.
func (r *metaReader) read(c *html.Node) {
	m := &r.m
	switch c.Data {
	case "title":
		if m.title == "" {
			m.title = collapseSpace(nodeText(c))
		}
	case "meta":
		key := strings.ToLower(attrOr(c, "property", attrOr(c, "name", attrOr(c, "itemprop", ""))))
		val := strings.TrimSpace(attrOr(c, "content", ""))
		switch key {
		case "og:title":
			m.ogTitle = collapseSpace(val)
		case "article:published_time", "datepublished":
			if m.published == "" {
				m.published = val
			}
		case "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "og:published_time", "published_date":
			if r.metaDate == "" {
				r.metaDate = val
			}
		}
	case "script":
		if t, ok := attr(c, "type"); ok && t == "application/ld+json" {
			r.ldJSON = append(r.ldJSON, nodeText(c))
		}
	case "time":
		if t, ok := attr(c, "datetime"); ok {
			if t = strings.TrimSpace(t); r.timeDate == "" && len(t) >= 10 {
				r.timeDate = t
			}
		}
	}
}

// result is what the elements visited tell.
func (r *metaReader) result() metaInfo {
	m := r.m
	for _, js := range r.ldJSON {
		if d := jsonLDPublished([]byte(js)); d != "" {
			m.published = d
			break
		}
	}
	for _, d := range []string{r.metaDate, r.timeDate} {
		if m.published == "" {
			m.published = d
		}
	}
	return m
}

// nothingAfter reports whether no element follows n in document order
// outside n, so that the elements of n's subtree are the last of the page.
// The parser puts everything after the body into it.
func nothingAfter(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		for sib := n.NextSibling; sib != nil; sib = sib.NextSibling {
			if sib.Type == html.ElementNode {
				return false
			}
		}
	}
	return true
}

// attr returns the value of n's attribute key and whether n has it.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// attrOr returns the value of n's attribute key, or def when n has none.
func attrOr(n *html.Node, key, def string) string {
	if v, ok := attr(n, key); ok {
		return v
	}
	return def
}

// nodeText is all the text under n, markup removed, as goquery's Text gives
// it; title and script elements hold a single text node.
func nodeText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		return c.Data
	}
	return textUnder(n, 0, false)
}

// jsonLDPublished finds datePublished in a JSON-LD block, which may be an
// object, an array of objects or an @graph.
func jsonLDPublished(b []byte) string {
	// Without those letters, and without an escape that could spell them
	// in a key, no key is datePublished: most blocks (a breadcrumb, the
	// site's organisation) are not decoded.
	if !bytes.Contains(b, []byte("datePublished")) && !bytes.Contains(b, []byte(`\u`)) {
		return ""
	}
	var v any
	if json.Unmarshal(b, &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 8 {
			return ""
		}
		switch t := v.(type) {
		case map[string]any:
			if s, ok := t["datePublished"].(string); ok {
				return s
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if d := find(t[k], depth+1); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range t {
				if d := find(e, depth+1); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// stripSiteName removes the site name that <title> usually carries after
// " - ", " | " or " :: ".
func stripSiteName(t string) string {
	for _, sep := range []string{" :: ", " | ", " - ", " – "} {
		if i := strings.LastIndex(t, sep); i > 10 {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

func attrs(n *html.Node) string {
	var cls, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			cls = a.Val
		case "id":
			id = a.Val
		}
	}
	// The result is only searched for hints, none of which hold a space, so
	// a lone class or id needs no joining (and often no copy).
	switch {
	case id == "":
		return strings.ToLower(cls)
	case cls == "":
		return strings.ToLower(id)
	}
	return strings.ToLower(cls + " " + id)
}

// mayHoldTitleHint reports whether attrs(n) may contain "title" or "tieu"
// (tiêu đề), the hints of a headline, without building it: an ASCII class
// or id is searched in any case; any other one may hold them once lowered
// (strings.ToLower maps "İ" to "i"), so it answers yes. This spares the
// walk over every element of the body a lowered copy of its class; both
// hints start with a t, which one pass looks for.
func mayHoldTitleHint(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := a.Val
		for i := 0; i < len(v); i++ {
			switch c := v[i]; {
			case c >= utf8.RuneSelf:
				return true
			case c|0x20 == 't' && (hasPrefixFold(v[i:], "title") || hasPrefixFold(v[i:], "tieu")):
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with prefix, a word of lower-case
// ASCII letters, in any mix of cases.
func hasPrefixFold(s, prefix string) bool {
	// As strings.EqualFold(s[:len(prefix)], prefix), byte by byte: c|0x20
	// is a lower-case letter only for that letter in either case, and no
	// rune other than ASCII matches, as it takes more than one byte for
	// one of prefix's.
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		if s[j]|0x20 != prefix[j] {
			return false
		}
	}
	return true
}

// hintSet is a list of hints indexed by first byte, so that one pass over
// a class string tests all of them; pairs marks the first two bytes of
// each hint (by their low five bits, hintPair), which rules out most
// offsets without comparing: a class name holds few of those pairs.
type hintSet struct {
	byFirst [256][]string
	pairs   [1024 / 64]uint64
}

func newHintSet(hints []string) *hintSet {
	var set hintSet
	for _, h := range hints {
		if len(h) < 2 {
			panic("extractor: a hint must be two bytes or longer: " + h)
		}
		set.byFirst[h[0]] = append(set.byFirst[h[0]], h)
		p := hintPair(h[0], h[1])
		set.pairs[p/64] |= 1 << (p % 64)
	}
	return &set
}

// hintPair is the bit of hintSet.pairs for a hint starting with c0, c1.
func hintPair(c0, c1 byte) uint { return uint(c0&0x1f)<<5 | uint(c1&0x1f) }

// Hint sets are derived once from the lists above.
var (
	negativeSet = newHintSet(negativeHints)
	positiveSet = newHintSet(positiveHints)
	captionSet  = newHintSet(captionHints)
	bylineSet   = newHintSet(bylineHints)
	datelineSet = newHintSet(datelineHints)
	leadSet     = newHintSet(leadHints)
)

// hasHint reports whether s contains one of the hints as a substring.
func hasHint(s string, hints *hintSet) bool {
	for i := 0; i+1 < len(s); i++ {
		if p := hintPair(s[i], s[i+1]); hints.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		for _, h := range hints.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], h) {
				return true
			}
		}
	}
	return false
}

// isNegativeWith reports whether n is page furniture, by its tag or by the
// hints in a, its attrs.
func isNegativeWith(n *html.Node, a string) bool {
	return isNegativeHinted(n, a, hasHint(a, negativeSet))
}

// isNegativeHinted is isNegativeWith(n, a), given whether a holds a
// negative hint.
func isNegativeHinted(n *html.Node, a string, negative bool) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if isDropTag(n.DataAtom) {
		return true
	}
	if negative {
		if printViewPart(a) {
			return false
		}
		// "news-detail-header" style names: an article hint outweighs a
		// furniture hint only for names that also say detail/content.
		return !(strings.Contains(a, "content") || strings.Contains(a, "detail") || strings.Contains(a, "article"))
	}
	return false
}

// continuesContent reports whether c, met after the body, is the body's
// next part: a sibling of the same tag and first class, as a long article
// split by an ad, a page break or a "Xem thêm" link continues.
func continuesContent(c, content *html.Node) bool {
	if content == nil || c.Parent != content.Parent || c.DataAtom != content.DataAtom {
		return false
	}
	first := func(n *html.Node) string {
		v, _ := attr(n, "class")
		return firstField(v)
	}
	cls := first(content)
	return cls != "" && first(c) == cls
}

// firstField is the first of strings.Fields(s), or "".
func firstField(s string) string {
	start := strings.IndexFunc(s, notSpace)
	if start < 0 {
		return ""
	}
	s = s[start:]
	if end := strings.IndexFunc(s, unicode.IsSpace); end >= 0 {
		return s[:end]
	}
	return s
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// printViewPart reports whether a, attrs carrying a furniture hint, names a
// part of a print view's article ("print-title", "print-date",
// "print-body"): "print" marks a print button elsewhere, but a print view
// calls its whole article so.
func printViewPart(a string) bool {
	rest := strings.ReplaceAll(a, "print", " ")
	if len(rest) == len(a) || hasHint(rest, negativeSet) {
		return false
	}
	for _, part := range []string{"title", "date", "time", "body", "sapo", "lead", "author"} {
		if strings.Contains(rest, part) {
			return true
		}
	}
	return false
}

// isSourceLine reports whether s is a short source line closing an
// article ("Nguồn: Báo Nhân Dân", "Theo TTXVN"), not "Nguồn tin: X", which
// names the person who sent the news.
func isSourceLine(s string) bool {
	if len(s) > maxBylineLen {
		return false
	}
	f := fold(s)
	switch {
	case strings.HasPrefix(f, "nguồn tin"):
		return false
	case strings.HasPrefix(f, "nguồn:"), strings.HasPrefix(f, "nguồn :"), strings.HasPrefix(f, "theo:"), strings.HasPrefix(f, "(nguồn"):
		return true
	}
	// "Theo Báo Nhân Dân", "Theo TTXVN": a paper or agency, no sentence;
	// "Theo Minh Hà" may be the writer and stays
	rest, ok := strings.CutPrefix(f, "theo ")
	if !ok || len(rest) > 60 || strings.ContainsAny(strings.TrimSuffix(rest, ".vn"), ",;:!?") {
		return false
	}
	for _, w := range []string{"báo ", "tạp chí ", "cổng ", "trang ", "đài ", "ttxvn", "thông tấn", "vov", "vtv", "www.", "https:"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return strings.HasSuffix(rest, ".vn") || strings.HasSuffix(rest, ".com")
}

// candidate is a container that holds article-like paragraphs.
type candidate struct {
	node  *html.Node
	score float64
	// text and links are the bytes of trimmed text under the node and how
	// many of them are link text (see scoreNodes).
	text, links int
	seq         int // the node's rank in document order (see headlineCandidate), or -1
}

// headlineCandidate is an element findHeadline weighs: an h1-h3, or one
// whose class or id may say "title". The scorer notes them, and ranks in
// document order every element, as findHeadline's own walk over the body
// would meet them: down to maxDepth, past no dropped element and into no
// h1-h3 (a heading is weighed as a whole).
type headlineCandidate struct {
	node    *html.Node
	seq     int // rank in document order
	heading bool
	depth   int // the depth of its parent in the walk (for linkText)
}

func isHeadingTag(a atom.Atom) bool { return a == atom.H1 || a == atom.H2 || a == atom.H3 }

// isPositive reports whether a, an element's attrs, names the article body.
// Utility classes ("text-white", "text-center", "text-muted") say how text
// looks, not that it is the body: "text" counts only in other names.
func isPositive(a string) bool {
	if strings.Contains(a, "text-") {
		a = strings.ReplaceAll(a, "text-", " ")
	}
	return hasHint(a, positiveSet)
}

// leafDiv reports whether div holds one paragraph: text and inline
// elements only, no line breaks (a div of text and <br>s is a whole body)
// and no class naming a body ("content", "detail").
func leafDiv(div *html.Node) bool {
	for c := div.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockTag(c.DataAtom) {
			return false
		}
	}
	return !isPositive(attrs(div))
}

// onlyCell reports whether td is the only cell of its row.
func onlyCell(td *html.Node) bool {
	row := td.Parent
	if row == nil || row.DataAtom != atom.Tr {
		return false
	}
	for c := row.FirstChild; c != nil; c = c.NextSibling {
		if c != td && c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			return false
		}
	}
	return true
}

// ownText measures the text of n that is not inside a nested block without
// joining it up: its length once trimmed as bytes.TrimSpace would trim the
// joined text, its commas, and how many of its bytes are link text.
func ownText(n *html.Node) (size, commas, links int) {
	total, lead, trail := 0, 0, 0 // bytes, white space before the first other rune and after the last
	var walk func(n *html.Node, inLink bool, depth int)
	walk = func(n *html.Node, inLink bool, depth int) {
		if depth > 32 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				d := c.Data
				left, right := spaceAround(d)
				if lead == total { // only white space so far
					lead += left
				}
				if right == len(d) {
					trail += len(d)
				} else {
					trail = right
				}
				total += len(d)
				if left < len(d) {
					commas += strings.Count(d[left:len(d)-right], ",")
					if inLink {
						links += len(d) - left - right
					}
				}
			case html.ElementNode:
				if isBlockTag(c.DataAtom) || isDropTag(c.DataAtom) {
					continue
				}
				walk(c, inLink || c.DataAtom == atom.A, depth+1)
			}
		}
	}
	walk(n, false, 0)
	if lead == total {
		return 0, commas, links
	}
	return total - lead - trail, commas, links
}

// spaceAround returns how many bytes of white space (unicode.IsSpace) s
// starts and ends with, as strings.TrimLeftFunc and TrimRightFunc would
// trim them; both are len(s) when s is all white space. Text nodes mostly
// start and end with ASCII, which is tested without decoding.
func spaceAround(s string) (lead, trail int) {
	for lead < len(s) && whiteByte[s[lead]] {
		lead++
	}
	if lead < len(s) && s[lead] >= utf8.RuneSelf {
		lead = len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	}
	if lead == len(s) {
		return lead, lead
	}
	end := len(s)
	for end > lead && whiteByte[s[end-1]] {
		end--
	}
	if s[end-1] >= utf8.RuneSelf {
		end = len(strings.TrimRightFunc(s[:end], unicode.IsSpace))
	}
	return lead, len(s) - end
}

// trimmedLen is len(strings.TrimSpace(s)).
func trimmedLen(s string) int {
	lead, trail := spaceAround(s)
	if lead == len(s) {
		return 0
	}
	return len(s) - lead - trail
}

// whiteByte marks the ASCII bytes unicode.IsSpace accepts.
var whiteByte = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// bestCandidate picks the highest-scoring container after weighing its
// class/id hints and its link density.
func bestCandidate(candidates []candidate) *html.Node {
	var best *html.Node
	bestScore := 0.0
	for _, cand := range candidates {
		n, s := cand.node, cand.score
		if n.Type != html.ElementNode {
			continue
		}
		// What the weighing below can add at most (the positive hint, the
		// article tag, the itemprop), and one more for rounding: a
		// container that cannot win with it is not worth lowering its
		// class and searching it for hints.
		bound := s + 25 + 1
		if n.DataAtom == atom.Article {
			bound += 10
		}
		if hasItemprop(n, "articleBody") {
			bound += 40
		}
		if bound <= 0 || (best != nil && bound < bestScore) {
			continue
		}
		a := attrs(n)
		if isPositive(a) {
			s += 25
		}
		if isNegativeWith(n, a) {
			s -= 25
		}
		if n.DataAtom == atom.Article {
			s += 10
		}
		if hasItemprop(n, "articleBody") {
			s += 40
		}
		// The link density only lowers a score, so a container already
		// below the best one cannot win; a page with no positive score
		// has no candidate at all. Skipping those saves a walk over
		// their subtrees.
		if s <= 0 || (best != nil && s < bestScore) {
			continue
		}
		density := 1.0 // no text at all counts as all links
		if cand.text > 0 {
			density = float64(cand.links) / float64(cand.text)
		}
		s *= 1 - density
		if best == nil || s > bestScore || (s == bestScore && depthOf(n) > depthOf(best)) {
			best, bestScore = n, s
		}
	}
	if bestScore <= 0 {
		return nil
	}
	return best
}

func hasItemprop(n *html.Node, v string) bool {
	for _, a := range n.Attr {
		if a.Key == "itemprop" && strings.EqualFold(a.Val, v) {
			return true
		}
	}
	return false
}

func depthOf(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// textOf is the whole text under n, scripts excluded.
func textOf(n *html.Node, depth int) string { return textUnder(n, depth, true) }

// textUnder concatenates the text nodes under n, which sits at depth. With
// reading set it keeps what a reader sees: elements of no visible text
// (isDropTag) are skipped and block elements start with a space.
func textUnder(n *html.Node, depth int, reading bool) string {
	// nothing writes to the text after this, so the string may share it
	return arenaString(appendTextUnder(nil, n, depth, reading))
}

// appendTextUnder appends textUnder(n, depth, reading) to b.
func appendTextUnder(b []byte, n *html.Node, depth int, reading bool) []byte {
	if depth > maxDepth {
		return b
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b = append(b, c.Data...)
		case html.ElementNode:
			if reading {
				if isDropTag(c.DataAtom) {
					continue
				}
				if isBlockTag(c.DataAtom) {
					b = append(b, ' ')
				}
			}
			b = appendTextUnder(b, c, depth+1, reading)
		}
	}
	return b
}

// textScratch holds the text of one element at a time, and its fold, for
// the tests that read an element's text and keep no part of it: the
// strings it gives share its buffers and are valid until its next call.
type textScratch struct{ text, fold []byte }

// collapsedText is collapseSpace(textOf(n, depth)).
func (s *textScratch) collapsedText(n *html.Node, depth int) string {
	s.text = appendTextUnder(s.text[:0], n, depth, true)
	return collapseSpace(arenaString(s.text))
}

// rawText is textOf(n, 0).
func (s *textScratch) rawText(n *html.Node) string {
	s.text = appendTextUnder(s.text[:0], n, 0, true)
	return arenaString(s.text)
}

// folded is fold(t), for t of collapsedText or any other string.
func (s *textScratch) folded(t string) string {
	s.fold = vntext.AppendFold(s.fold[:0], t)
	return arenaString(s.fold)
}

// findHeadline picks the article's headline element: the h1/h2 or
// title-classed element whose text matches og:title or <title>, else the
// last h1 before the content block, else the last title-classed element
// before it that is not a link. titled are the elements that may be
// it, in document order, as the scorer found them (see headlineCandidate);
// contentSeq is the rank of the content block among the elements the
// scorer ranked, or -1.
func findHeadline(titled []headlineCandidate, meta metaInfo, contentSeq int) *html.Node {
	want := fold(meta.ogTitle)
	page := fold(meta.title)
	var best *html.Node
	bestScore := 0
	// Without a match, the last h1 or else the last title-classed element
	// before the body: old sites title every page with the site's name.
	var lastH1BeforeContent, lastTitledBeforeContent, firstTitledInContent *html.Node
	var scratch textScratch
	for _, h := range titled {
		c, isHeading := h.node, h.heading
		seenContent := contentSeq >= 0 && contentSeq <= h.seq
		a := attrs(c)
		if !isHeading && !(isTitleHint(a) && !isNegativeWith(c, a)) {
			continue
		}
		t := scratch.folded(scratch.collapsedText(c, 0))
		score := 0
		switch {
		case len(t) < 10 || len(t) > 400:
		case want != "" && t == want:
			score = 4
		case page != "" && strings.HasPrefix(page, t):
			score = 3
		case want != "" && (strings.Contains(want, t) || strings.Contains(t, want)):
			score = 2
		case page != "" && strings.Contains(page, t):
			score = 2
		}
		if score > 0 && isHeading {
			score++
		}
		if score > bestScore {
			best, bestScore = c, score
		}
		if c.DataAtom == atom.H1 && !seenContent && len(t) >= 10 && !isNegativeWith(c, a) {
			lastH1BeforeContent = c
		}
		if !isHeading && len(t) >= 10 && t != page && (!seenContent || firstTitledInContent == nil) {
			if text, links := linkText(c, h.depth, false); links*2 < text {
				if !seenContent {
					lastTitledBeforeContent = c // not a link to another article
				} else {
					firstTitledInContent = c
				}
			}
		}
	}
	if best == nil {
		best = lastH1BeforeContent
	}
	if best == nil {
		best = lastTitledBeforeContent
	}
	// A print view titles its page with a short label ("In bài viết",
	// "Bản in") and puts the headline inside the article it prints.
	if best == nil && meta.ogTitle == "" && len(meta.title) < 30 {
		best = firstTitledInContent
	}
	return best
}

// headlineBefore finds, for a page whose headline has no tag or class
// that names it (Bootstrap's "fs-3 fw-bold"), the element among the first
// few in the body block or the few before it whose whole text is the
// page's <title> or og:title, with or without the site's name.
func headlineBefore(content *html.Node, meta metaInfo) *html.Node {
	want := map[string]bool{}
	for _, t := range []string{meta.title, meta.ogTitle, stripSiteName(meta.title)} {
		if t = fold(collapseSpace(t)); len(t) >= 10 {
			want[t] = true
		}
	}
	if len(want) == 0 {
		return nil
	}
	var scratch textScratch
	var match func(n *html.Node, depth int) *html.Node
	match = func(n *html.Node, depth int) *html.Node {
		t := scratch.collapsedText(n, depth)
		if len(t) > 400 || depth > 8 {
			return nil
		}
		if want[scratch.folded(t)] {
			// the innermost element holding just the headline
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					if m := match(c, depth+1); m != nil {
						return m
					}
				}
			}
			return n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !isDropTag(c.DataAtom) {
				if m := match(c, depth+1); m != nil {
					return m
				}
			}
		}
		return nil
	}
	// the first elements of the body block (which may hold the headline
	// when headline and body share a column), then those before it
	seen := 0
	for c := content.FirstChild; c != nil && seen < 3; c = c.NextSibling {
		if c.Type != html.ElementNode || isDropTag(c.DataAtom) {
			continue
		}
		seen++
		if m := match(c, 0); m != nil {
			return m
		}
	}
	seen = 0
	for sib := content.PrevSibling; sib != nil && seen < 4; sib = sib.PrevSibling {
		if sib.Type != html.ElementNode || isDropTag(sib.DataAtom) {
			continue
		}
		seen++
		if m := match(sib, 0); m != nil {
			return m
		}
	}
	return nil
}

// isTitleHint reports whether a, an element's attrs, names a headline, in
// English or in Vietnamese ("TieuDeTin", "tieu-de").
func isTitleHint(a string) bool {
	return strings.Contains(a, "title") || strings.Contains(a, "tieude") || strings.Contains(a, "tieu-de") || strings.Contains(a, "tieu_de")
}

func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

func commonAncestor(a, b *html.Node) *html.Node {
	// up from the deeper one to the other's depth, then up from both in
	// step until they meet
	da, db := depthOf(a), depthOf(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	for a != b {
		a, b = a.Parent, b.Parent
	}
	return a
}

// blockWriter turns the article subtree into paragraphs, dropping furniture
// and stopping at the related-news list that usually follows the body.
type blockWriter struct {
	root, head, content *html.Node
	started             bool   // the headline has been passed
	done                bool   // a related-news heading was met
	afterContent        bool   // past the body: only credit lines are kept
	preDate             string // a date line met before the headline
	blocks              []block

	// text holds the paragraphs kept so far, each followed by a line
	// break, and then the paragraph being gathered, from open on; fold
	// holds the Fold of each kept paragraph at the same offsets (Fold keeps
	// byte lengths). Read as strings they are the page's text and folded
	// text as build would join them (see finish).
	text, fold  []byte
	scratch     textScratch // for the tests of elements' texts
	open        int
	bufKind     paraKind
	italicBytes int
	linkBytes   int
	textBytes   int
	seenBody    bool
}

func (w *blockWriter) walk(n *html.Node, depth int, kind paraKind) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil && !w.done; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if !w.started {
				continue
			}
			w.write(c.Data, kind, depth, c)
		case html.ElementNode:
			if c == w.head {
				w.flush()
				if t := collapseSpace(textOf(c, 0)); t != "" {
					w.addBlock(t, paraTitle)
				}
				if w.preDate != "" {
					w.addBlock(w.preDate, paraDateline)
				}
				w.started = true
				continue
			}
			if !w.started {
				if contains(c, w.head) {
					w.walk(c, depth+1, kind)
				} else if t := w.scratch.dateLineIn(c, depth); t != "" {
					w.preDate = t // a date line above the headline
				}
				continue
			}
			if c == w.content || w.afterContent && continuesContent(c, w.content) {
				w.flush()
				w.afterContent = false
				w.walk(c, depth+1, kind)
				w.flush()
				w.afterContent = true
				continue
			}
			// An article's own <footer> holds its byline; the page footer
			// is outside the article.
			a := attrs(c)
			hints := writerHints.in(a)
			ownFooter := c.DataAtom == atom.Footer && w.root.DataAtom != atom.Body
			if !ownFooter && isNegativeHinted(c, a, hints&hintNegative != 0) && !contains(c, w.head) && (w.content == nil || !contains(c, w.content)) {
				if isBlockTag(c.DataAtom) {
					w.flush()
				}
				continue
			}
			// A box of other articles set into the body or under the lead
			// is skipped; only one after the body ends the article (done).
			if !w.afterContent && isBlockTag(c.DataAtom) && opensWithRelatedHeading(c) {
				w.flush()
				continue
			}
			k := kind
			switch {
			case c.DataAtom == atom.Figcaption || hints&hintCaption != 0:
				k = paraCaption
			case hints&hintByline != 0:
				k = paraByline
				if isDateLine(w.scratch.collapsedText(c, 0)) {
					k = paraDateline // "author-date", "post-author-time": a date alone is the date line
				}
			case hints&hintLead != 0:
				k = paraLead
			case hints&hintDateline != 0 && len(w.scratch.rawText(c)) < 200:
				k = paraDateline
			}
			// A byline or date span inside a meta line ("05/03/2022 13:20 |
			// Minh Khôi") becomes its own paragraph.
			isBlock := isBlockTag(c.DataAtom) || k != kind
			if isBlock {
				w.flush()
			}
			w.walk(c, depth+1, k)
			if isBlock {
				w.flush()
			}
		}
	}
}

// opensWithRelatedHeading reports whether block c opens with a heading of
// other articles ("Tin liên quan") held in an element of its own, with a
// list after it that is largely links: a box of links, whatever its class
// (a wrapper of the body that happens to open with such a box is not one).
func opensWithRelatedHeading(c *html.Node) bool {
	n := c
	for depth := 0; depth < 8; depth++ {
		first := firstVisibleChild(n)
		if first == nil {
			return false
		}
		if first.Type == html.TextNode {
			if n == c || !isRelatedHeading(collapseSpace(first.Data)) {
				return false
			}
			text, links := linkText(c, 0, false)
			return links*3 >= text
		}
		n = first
	}
	return false
}

// linkText counts the trimmed text bytes under n and those inside links.
func linkText(n *html.Node, depth int, inLink bool) (text, links int) {
	if depth > maxDepth {
		return 0, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			t := len(strings.TrimSpace(c.Data))
			text += t
			if inLink {
				links += t
			}
		case c.Type == html.ElementNode && !isDropTag(c.DataAtom):
			t, l := linkText(c, depth+1, inLink || c.DataAtom == atom.A)
			text, links = text+t, links+l
		}
	}
	return text, links
}

// firstVisibleChild is n's first child that holds text or is an element
// that can, or nil.
func firstVisibleChild(n *html.Node) *html.Node {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k.Type == html.TextNode && strings.TrimSpace(k.Data) != "":
			return k
		case k.Type == html.ElementNode && !isDropTag(k.DataAtom) && k.FirstChild != nil:
			return k
		}
	}
	return nil
}

// dateLineIn finds a date line in n or in a short block under it, such as
// the date beside the breadcrumb above a newspaper's headline.
func dateLineIn(n *html.Node, depth int) string {
	var scratch textScratch
	return scratch.dateLineIn(n, depth)
}

// dateLineIn is dateLineIn(n, depth) with s's buffers.
func (s *textScratch) dateLineIn(n *html.Node, depth int) string {
	t := s.collapsedText(n, depth)
	if len(t) < 120 && isDateLine(t) {
		return strings.Clone(t)
	}
	if len(t) > 400 || depth > maxDepth {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !isDropTag(c.DataAtom) {
			if t := s.dateLineIn(c, depth+1); t != "" {
				return t
			}
		}
	}
	return ""
}

// write appends one text node to the current paragraph, noting how much of
// it is italic (captions) or link text (lists of other articles).
func (w *blockWriter) write(s string, kind paraKind, depth int, n *html.Node) {
	size := trimmedLen(s)
	if size == 0 {
		if len(w.text) > w.open {
			w.text = append(w.text, ' ')
		}
		return
	}
	if w.textBytes == 0 {
		w.bufKind = kind
	}
	w.text = append(w.text, s...)
	w.textBytes += size
	for p := n.Parent; p != nil && depth > 0; p, depth = p.Parent, depth-1 {
		if p.DataAtom == atom.Em || p.DataAtom == atom.I {
			w.italicBytes += size
			break
		}
		if isBlockTag(p.DataAtom) {
			break
		}
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			w.linkBytes += size
			break
		}
		if isBlockTag(p.DataAtom) {
			break
		}
	}
}

// flush ends the paragraph being gathered. Plain text (see
// vntext.AppendFoldPlain), the common case, is folded in the pass that
// finds it needs no collapsing or normalising.
func (w *blockWriter) flush() {
	para := w.text[w.open:]
	var plain bool
	var text string // the paragraph as a string, when it has been made
	if w.fold, plain = vntext.AppendFoldPlain(w.fold, para); !plain {
		text = collapseInPlace(para)
		w.text = append(w.text[:w.open], text...)
		para = w.text[w.open:]
	}
	var folded []byte // Fold(para), when it is at hand
	if plain {
		folded = w.fold[w.open:]
	}
	kind, ok := w.paragraphKind(para, text, folded)
	w.italicBytes, w.linkBytes, w.textBytes = 0, 0, 0
	if !ok {
		w.text, w.fold = w.text[:w.open], w.fold[:w.open]
		return
	}
	if !plain {
		w.fold = vntext.AppendFold(w.fold, text)
	}
	w.keep(kind)
}

// collapseInPlace is collapseText(buf, string(buf)) without the copy:
// the text is collapsed in buf, and the string it returns may share buf's
// memory. flush reads it only while nothing else writes to buf.
func collapseInPlace(buf []byte) string {
	text := arenaString(buf)
	collapsed, nfc := scanText(text)
	if !collapsed {
		text = arenaString(appendCollapsed(buf[:0], buf))
	}
	if nfc {
		return text
	}
	return toNFC(text)
}

// addBlock adds a paragraph of kind that is not gathered from text nodes;
// the paragraph being gathered is empty.
func (w *blockWriter) addBlock(text string, kind paraKind) {
	w.text = append(w.text, text...)
	w.fold = vntext.AppendFold(w.fold, text)
	w.keep(kind)
}

// keep ends the paragraph at the end of w.text, folded at the end of
// w.fold, as a block of kind.
func (w *blockWriter) keep(kind paraKind) {
	w.blocks = append(w.blocks, block{start: int32(w.open), end: int32(len(w.text)), kind: kind})
	w.text, w.fold = append(w.text, '\n'), append(w.fold, '\n')
	w.open = len(w.text)
}

// finish returns the text of the blocks and the arena of their folded
// text, and gives the blocks their texts. The text is copied out of its
// arena, which goes back to the pool: the report keeps the text. The folded
// text is read only while Extract runs, so it stays in its arena, which the
// document hands back when Extract is done.
func (w *blockWriter) finish() (text string, folded []byte) {
	end := max(w.open-1, 0) // the last line break ends no paragraph
	text, folded = string(w.text[:end]), w.fold[:end]
	for i, b := range w.blocks {
		w.blocks[i].text = text[b.start:b.end]
	}
	releaseArena(w.text)
	w.text, w.fold = nil, nil
	return text, folded
}

// maxTestedParagraph is the length past which paragraphKind needs no
// paragraph text but on a date line: the tests of related headings,
// furniture lines, credit lines, captions and date lines all stop at
// shorter text.
const maxTestedParagraph = 300

// paragraphKind is the kind of the paragraph para gathered in w, or false
// when it is to be dropped. text is para as a string, or "" when it is to be
// made; folded is Fold(para), or nil. A string is made only for the short
// paragraphs that the tests read, and for date lines.
func (w *blockWriter) paragraphKind(para []byte, text string, folded []byte) (paraKind, bool) {
	kind, italic, links, total := w.bufKind, w.italicBytes, w.linkBytes, w.textBytes
	if len(para) == 0 {
		return 0, false
	}
	if text == "" && (len(para) <= maxTestedParagraph || kind == paraDateline) {
		// The tests below keep no part of text, and the arena does not
		// change while they run: text may share its memory.
		text = arenaString(para)
	}
	if len(para) > maxTestedParagraph {
		// isRelatedHeading, isBylineText, startsWithName and
		// isFurnitureLine are all false past this length
		if w.afterContent && kind != paraByline {
			return 0, false
		}
		if kind == paraDateline && (!mayHoldFullDate(text) || fullDateMatch(text) == nil) {
			kind = paraBody
		}
		if kind == paraBody && links*2 > total {
			return 0, false
		}
		if kind == paraBody || kind == paraLead {
			w.seenBody = true
		}
		return kind, true
	}
	if isRelatedHeadingFolded(text, folded) {
		w.done = w.seenBody
		return 0, false
	}
	if w.afterContent && !(kind == paraByline || isBylineText(text) || (len(text) < 100 && startsWithName(text) && links*2 <= total)) {
		return 0, false // a sidebar or list after the body; a linked name there heads another article
	}
	if isFurnitureLineFolded(text, folded) {
		if !isDateLine(text) || kind != paraDateline && w.seenBody {
			return 0, false
		}
		kind = paraDateline // "Lượt xem: 120 | Ngày đăng: 03/08/2023 09:25", above the body
	}
	if kind == paraDateline && (!mayHoldFullDate(text) || fullDateMatch(text) == nil) {
		kind = paraBody
	}
	if kind == paraBody {
		switch {
		case links*2 > total:
			return 0, false
		case italic*10 >= total*9 && len(text) < 300:
			kind = paraCaption
		case !w.seenBody && len(text) < 120 && startsWithDate(text):
			kind = paraDateline // "15/07/2021 17:40 | Lượt xem: 12 | In bài"
		}
	}
	if kind == paraBody || kind == paraLead {
		w.seenBody = true
	}
	return kind, true
}

// markLead makes the first body paragraph the lead when the page has no
// lead marked up as such (sapo, summary).
func markLead(blocks []block) []block {
	for _, b := range blocks {
		if b.kind == paraLead {
			return blocks
		}
	}
	for i, b := range blocks {
		if b.kind == paraBody {
			blocks[i].kind = paraLead
			break
		}
	}
	return blocks
}

// markByline makes the last paragraph the byline when it is a short credit
// line ("Tin: X", or a bare name such as "Hà Minh Châu (Phòng Quản lý khoa
// học)") that the markup did not label.
func markByline(blocks []block) []block {
	// A source line after the signature ("Nguồn: Báo X", "Theo TTXVN")
	// names a paper, never a person: the signature is the line before it.
	for len(blocks) > 3 && isSourceLine(blocks[len(blocks)-1].text) {
		blocks = blocks[:len(blocks)-1]
	}
	if len(blocks) < 3 {
		return blocks
	}
	last := &blocks[len(blocks)-1]
	if last.kind != paraBody && last.kind != paraCaption {
		return blocks
	}
	if isBylineText(last.text) || bracketedSignature(last.text) != nil || (len(last.text) < 100 && !strings.ContainsAny(last.text[len(last.text)-1:], ".!?") && startsWithName(last.text)) {
		last.kind = paraByline
	}
	return blocks
}

// tokenText strips the markup from src with the HTML tokenizer, which has
// no nesting limit, putting a line break at block tags and dropping
// scripts and styles.
func tokenText(src []byte) string {
	z := html.NewTokenizer(bytes.NewReader(src))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style {
				if t := z.Token(); t.Type == html.StartTagToken {
					skip++
				} else if t.Type == html.EndTagToken && skip > 0 {
					skip--
				}
			}
			if isBlockTag(a) {
				b.WriteByte('\n')
			}
		}
	}
}

// startsWithDate reports whether a full date appears in the first words of
// s (after a weekday or "Cập nhật:"), as on a date line.
func startsWithDate(s string) bool {
	if !mayHoldFullDate(s) {
		return false
	}
	loc := fullDateMatch(s) // fullDateRe.FindStringSubmatchIndex(s)
	return loc != nil && loc[0] < 40
}

// findBody returns the <body> element, which the parser always puts under
// <html>.
func findBody(doc *html.Node) *html.Node {
	for h := doc.FirstChild; h != nil; h = h.NextSibling {
		if h.Type != html.ElementNode || h.DataAtom != atom.Html {
			continue
		}
		for b := h.FirstChild; b != nil; b = b.NextSibling {
			if b.Type == html.ElementNode && b.DataAtom == atom.Body {
				return b
			}
		}
	}
	return nil
}
