// Package htmltree builds the tree html.Parse builds, in less than half
// the time, for the pages that stay inside the part of HTML it implements:
// the tokens of text, tags, comments, a doctype and raw text (scanner.go),
// and the tree construction of the head and body, lists, tables without
// foster parenting, forms, formatting elements that close in order. For
// any other page (foster parenting, misnested formatting elements that
// need the adoption agency's full algorithm, svg, math, templates,
// framesets, captions and column groups, a quirks mode it cannot tell,
// bogus comments and the other rarities scanner lists) Parse reports false
// and the caller parses with html.Parse: the tree is html.Parse's either
// way, and TestSameTree and FuzzSameTree hold Parse to that.
//
// html.Parse reads the page a byte at a time through html.Tokenizer, which
// copies each tag name and attribute, and allocates each node and
// attribute list on its own. Parse finds text runs and tag ends with
// bytes.IndexByte, reads tags from their raw bytes, takes nodes and
// attribute lists from slabs that Tree.Release hands back to the next
// parse, and copies text and attribute values into a few large arenas.
package htmltree

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/net/html"
	a "golang.org/x/net/html/atom"
)

// Tree is a parse tree Parse built. Its nodes and attribute lists come
// from slabs that Release hands back to the next Parse: a page's tree is
// garbage once its text is read, and its nodes, which hold pointers, are
// most of what a parse allocates.
type Tree struct {
	Doc   *html.Node
	slabs *slabs
}

// slabs are the first node and attribute slabs of a tree, those that are
// reused; a page that needs more gets more, which are not.
type slabs struct {
	nodes []html.Node
	attrs []html.Attribute
}

var slabPool = sync.Pool{New: func() any { return new(slabs) }}

// Parse returns the tree html.Parse returns for src, and true; or nil and
// false when src needs a part of the algorithm Parse does not implement.
func Parse(src []byte) (*Tree, bool) {
	b := builder{sc: scanner{src: src}}
	// Sized from the corpus pages: about one node per 40 bytes of HTML and
	// one attribute per 100; text and attribute values are most of a
	// page's bytes, and never more than all of them.
	sl := slabPool.Get().(*slabs)
	if n := min(len(src)/40+16, 4096); cap(sl.nodes) < n {
		sl.nodes = make([]html.Node, 0, n)
	}
	if n := min(len(src)/100+16, 1024); cap(sl.attrs) < n {
		sl.attrs = make([]html.Attribute, 0, n)
	}
	b.nodes, b.attrs = sl.nodes[:0], sl.attrs[:0]
	b.arena = make([]byte, 0, min(len(src)+64, 1<<20))
	b.doc = b.newNode(html.DocumentNode, 0, "")
	ok := b.run()
	// The slabs as far as they were used (the builder's own slices may
	// have moved on to chunks of their own).
	sl.nodes, sl.attrs = usedPart(sl.nodes, b.nodes), usedPart(sl.attrs, b.attrs)
	t := &Tree{Doc: b.doc, slabs: sl}
	if !ok {
		t.Release()
		return nil, false
	}
	return t, true
}

// usedPart returns first cut to the length the builder filled it to:
// cur's length if cur is still first, else all of first.
func usedPart[T any](first, cur []T) []T {
	if cap(cur) > 0 && cap(first) > 0 && &first[:1][0] == &cur[:1][0] {
		return first[:len(cur)]
	}
	return first[:cap(first)]
}

// Release hands the tree's slabs back for reuse. Neither t.Doc nor any
// node of the tree may be used afterwards; the strings read from them
// stay valid.
func (t *Tree) Release() {
	if t == nil || t.slabs == nil {
		return
	}
	sl := t.slabs
	t.Doc, t.slabs = nil, nil
	clear(sl.nodes) // no pointers kept into the page, and AppendChild wants unlinked nodes
	clear(sl.attrs)
	sl.nodes, sl.attrs = sl.nodes[:0], sl.attrs[:0]
	slabPool.Put(sl)
}

// mode is an insertion mode of the HTML5 algorithm.
type mode uint8

const (
	initial mode = iota
	beforeHTML
	beforeHead
	inHead
	afterHead
	inBody
	text
	inTable
	inTableBody
	inRow
	inCell
	afterBody
	afterAfterBody
)

// quirks mode, as far as Parse can tell it: html.Parse's doctype table is
// not repeated here, so a doctype other than "<!DOCTYPE html>" leaves it
// unknown, which matters only to a table opened inside a paragraph.
type quirksMode uint8

const (
	quirksUnknown quirksMode = iota
	quirksOn
	quirksOff
)

// token is the token being processed, or one the algorithm implies.
type token struct {
	typ  html.TokenType
	atom a.Atom
	name string
	attr []html.Attribute
	data string
}

type builder struct {
	sc  scanner
	doc *html.Node
	// oe is the stack of open elements; afe the list of active formatting
	// elements, where nil is a marker.
	oe, afe    []*html.Node
	head, form *html.Node
	im, orig   mode
	quirks     quirksMode
	// fostering is set while a token in table context is processed by the
	// in-body rules: anything it would insert is foster-parented, which
	// Parse does not implement.
	fostering bool
	failed    bool
	tok       token

	nodes     []html.Node      // slab the nodes are cut from
	attrs     []html.Attribute // slab the attribute lists are cut from
	arena     []byte           // text and attribute values
	scratch   []html.Attribute
	name, key []byte // lower-cased tag name and attribute key
}

// run feeds every token of the page to the tree construction.
func (b *builder) run() bool {
	for {
		tt, ok := b.sc.next()
		if !ok {
			return false
		}
		b.readToken(tt)
		if !b.failed {
			b.process()
		}
		if b.failed {
			return false
		}
		if tt == html.ErrorToken {
			return true
		}
	}
}

// readToken copies the scanner's current token into b.tok.
func (b *builder) readToken(tt html.TokenType) {
	b.tok = token{typ: tt}
	switch tt {
	case html.StartTagToken, html.EndTagToken:
		b.scratch = b.scratch[:0]
		name, ok := b.readTag(b.sc.raw, tt == html.StartTagToken)
		if !ok {
			b.fail()
			return
		}
		if len(b.scratch) > 0 {
			b.tok.attr = b.attrList(b.scratch)
		}
		if at := a.Lookup(name); at != 0 {
			b.tok.atom, b.tok.name = at, at.String()
		} else {
			b.tok.name = string(name)
		}
	case html.TextToken, html.CommentToken, html.DoctypeToken:
		b.tok.data = b.convert(b.sc.data, b.sc.nulToFFFD, b.sc.unescape)
	}
}

// convert turns a token's raw data into its text as html.Tokenizer's Text
// does: line breaks normalised, NUL replaced where the tokenizer replaces
// it, references unescaped.
func (b *builder) convert(p []byte, nulToFFFD, unescape bool) string {
	if bytes.IndexByte(p, '\r') >= 0 {
		p = convertNewlines(p)
	}
	if nulToFFFD && bytes.IndexByte(p, 0) >= 0 {
		p = bytes.ReplaceAll(p, []byte{0}, []byte("\ufffd"))
	}
	s := b.str(p)
	if unescape && strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// readTag reads the name and attributes of a tag from its raw bytes as
// the tokenizer's TagName and TagAttr would (the same splitting of keys
// and values, the first of repeated keys kept), without their copies. It
// returns the lower-cased name, valid until the next token, and leaves
// the attributes in b.scratch; it reports false for a tag holding a NUL
// (which the tokenizer rewrites) or a value attrValue cannot convert.
func (b *builder) readTag(raw []byte, attrs bool) ([]byte, bool) {
	if bytes.IndexByte(raw, 0) >= 0 {
		return nil, false
	}
	i := 1
	if len(raw) > 1 && raw[1] == '/' {
		i = 2
	}
	start := i
	for i < len(raw) && !isSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' {
		i++
	}
	b.name = append(b.name[:0], raw[start:i]...)
	lowerASCII(b.name)
	if !attrs {
		return b.name, true
	}
	i = skipSpace(raw, i)
	for i < len(raw) && raw[i] != '>' {
		// the key: up to a space, '/', '>' or an '=' that is not its first byte
		ks := i
		for i < len(raw) {
			c := raw[i]
			if isSpace(c) || c == '/' || c == '>' || (c == '=' && i > ks) {
				break
			}
			i++
		}
		ke := i
		// the value, if an '=' follows
		vs, ve := i, i
		i = skipSpace(raw, i)
		if i < len(raw) {
			switch c := raw[i]; {
			case c == '/':
				i++
			case c == '=':
				i = skipSpace(raw, i+1)
				if i < len(raw) && raw[i] != '>' {
					if q := raw[i]; q == '"' || q == '\'' {
						i++
						vs = i
						for i < len(raw) && raw[i] != q {
							i++
						}
						ve = i
						if i < len(raw) {
							i++
						}
					} else {
						vs = i
						for i < len(raw) && !isSpace(raw[i]) && raw[i] != '>' {
							i++
						}
						ve = i
					}
				}
			}
		}
		if ke > ks && !b.addAttr(raw[ks:ke], raw[vs:ve]) {
			return nil, false
		}
		i = skipSpace(raw, i)
	}
	return b.name, true
}

// addAttr adds an attribute to b.scratch unless one with its key is
// there; false when its value holds a reference attrValue cannot read.
func (b *builder) addAttr(key, val []byte) bool {
	b.key = append(b.key[:0], key...)
	lowerASCII(b.key)
	for _, at := range b.scratch {
		if at.Key == string(b.key) {
			return true
		}
	}
	v := ""
	if bytes.IndexByte(val, '&') >= 0 || bytes.IndexByte(val, '\r') >= 0 {
		var ok bool
		if v, ok = attrValue(val); !ok {
			return false
		}
	} else {
		v = b.str(val)
	}
	b.scratch = append(b.scratch, html.Attribute{Key: a.String(b.key), Val: v})
	return true
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

func skipSpace(raw []byte, i int) int {
	for i < len(raw) && isSpace(raw[i]) {
		i++
	}
	return i
}

func lowerASCII(p []byte) {
	for i, c := range p {
		if 'A' <= c && c <= 'Z' {
			p[i] = c + 'a' - 'A'
		}
	}
}

// str copies p into the arena and returns it as a string that shares the
// arena's memory; the arena never writes over bytes it has handed out.
func (b *builder) str(p []byte) string {
	if len(p) == 0 {
		return ""
	}
	if len(b.arena)+len(p) > cap(b.arena) {
		b.arena = make([]byte, 0, max(2*cap(b.arena), len(p), 4096))
	}
	b.arena = append(b.arena, p...)
	return unsafe.String(&b.arena[len(b.arena)-len(p)], len(p))
}

// attrList copies list into the attribute slab; the slice's capacity ends
// at its length, so that appending to it copies.
func (b *builder) attrList(list []html.Attribute) []html.Attribute {
	if len(b.attrs)+len(list) > cap(b.attrs) {
		b.attrs = make([]html.Attribute, 0, max(64, len(list)))
	}
	n := len(b.attrs)
	b.attrs = append(b.attrs, list...)
	return b.attrs[n : n+len(list) : n+len(list)]
}

func (b *builder) newNode(t html.NodeType, at a.Atom, data string) *html.Node {
	if len(b.nodes) == cap(b.nodes) {
		b.nodes = make([]html.Node, 0, 64)
	}
	b.nodes = b.nodes[:len(b.nodes)+1]
	n := &b.nodes[len(b.nodes)-1]
	n.Type, n.DataAtom, n.Data = t, at, data
	return n
}

func (b *builder) fail() { b.failed = true }

// process runs the current token through the insertion modes until one
// consumes it.
func (b *builder) process() {
	for !b.failed && !b.step() {
	}
}

// implied processes a token the algorithm implies, then restores the
// current one.
func (b *builder) implied(typ html.TokenType, at a.Atom) {
	saved := b.tok
	b.tok = token{typ: typ, atom: at, name: at.String()}
	b.process()
	b.tok = saved
}

// step applies the current insertion mode to the token and reports whether
// it was consumed.
func (b *builder) step() bool {
	switch b.im {
	case initial:
		return b.initial()
	case beforeHTML:
		return b.beforeHTML()
	case beforeHead:
		return b.beforeHead()
	case inHead:
		return b.inHead()
	case afterHead:
		return b.afterHead()
	case inBody:
		return b.inBody()
	case text:
		return b.text()
	case inTable:
		return b.inTable()
	case inTableBody:
		return b.inTableBody()
	case inRow:
		return b.inRow()
	case inCell:
		return b.inCell()
	case afterBody:
		return b.afterBody()
	case afterAfterBody:
		return b.afterAfterBody()
	}
	b.fail()
	return true
}

const whitespace = " \t\r\n\f"

func (b *builder) top() *html.Node {
	if len(b.oe) == 0 {
		return b.doc
	}
	return b.oe[len(b.oe)-1]
}

func (b *builder) pop() *html.Node {
	n := b.oe[len(b.oe)-1]
	b.oe = b.oe[:len(b.oe)-1]
	return n
}

func (b *builder) comment() *html.Node { return b.newNode(html.CommentNode, 0, b.tok.data) }

// addChild appends n to the current node and opens it if it is an element.
func (b *builder) addChild(n *html.Node) {
	if b.fostering && isTableContext(b.top().DataAtom) {
		b.fail()
		return
	}
	b.top().AppendChild(n)
	if n.Type == html.ElementNode {
		b.oe = append(b.oe, n)
		if len(b.oe) > 512 {
			// html.Parse gives up here with an error.
			b.fail()
		}
	}
}

// addElement adds an element for the current token.
func (b *builder) addElement() {
	n := b.newNode(html.ElementNode, b.tok.atom, b.tok.name)
	n.Attr = b.tok.attr
	b.addChild(n)
}

// addText adds s to the current node, to its last child when that is text.
func (b *builder) addText(s string) {
	if s == "" {
		return
	}
	if b.fostering && isTableContext(b.top().DataAtom) {
		b.fail()
		return
	}
	if last := b.top().LastChild; last != nil && last.Type == html.TextNode {
		last.Data = b.concat(last.Data, s)
		return
	}
	b.addChild(b.newNode(html.TextNode, 0, s))
}

// concat joins two strings, in place when x ends where the arena does and
// y's bytes fit after it.
func (b *builder) concat(x, y string) string {
	end := len(b.arena)
	if end >= len(x) && len(x) > 0 && unsafe.StringData(x) == &b.arena[end-len(x)] && end+len(y) <= cap(b.arena) {
		b.arena = append(b.arena, y...)
		return unsafe.String(unsafe.StringData(x), len(x)+len(y))
	}
	return x + y
}

func isTableContext(at a.Atom) bool {
	switch at {
	case a.Table, a.Tbody, a.Tfoot, a.Thead, a.Tr:
		return true
	}
	return false
}

// scope is a kind of element scope of the algorithm.
type scope uint8

const (
	defaultScope scope = iota
	listItemScope
	buttonScope
	tableScope
)

// indexInScope returns the index in the stack of the highest element
// among tags that is in scope s, or -1.
func (b *builder) indexInScope(s scope, tags ...a.Atom) int {
	for i := len(b.oe) - 1; i >= 0; i-- {
		at := b.oe[i].DataAtom
		if slices.Contains(tags, at) {
			return i
		}
		switch s {
		case listItemScope:
			if at == a.Ol || at == a.Ul {
				return -1
			}
		case buttonScope:
			if at == a.Button {
				return -1
			}
		case tableScope:
			if at == a.Html || at == a.Table || at == a.Template {
				return -1
			}
			continue
		}
		switch at {
		case a.Applet, a.Caption, a.Html, a.Table, a.Td, a.Th, a.Marquee, a.Object, a.Template, a.Select:
			return -1
		}
	}
	return -1
}

func (b *builder) inScope(s scope, tags ...a.Atom) bool { return b.indexInScope(s, tags...) != -1 }

// popUntil pops the stack up to and including the highest element among
// tags in scope s, and reports whether there was one.
func (b *builder) popUntil(s scope, tags ...a.Atom) bool {
	if i := b.indexInScope(s, tags...); i != -1 {
		b.oe = b.oe[:i]
		return true
	}
	return false
}

// clearToContext pops the stack down to the nearest of stops.
func (b *builder) clearToContext(stops ...a.Atom) {
	for i := len(b.oe) - 1; i >= 0; i-- {
		if slices.Contains(stops, b.oe[i].DataAtom) {
			b.oe = b.oe[:i+1]
			return
		}
	}
}

// generateImpliedEndTags pops the elements whose end tags may be omitted,
// but for except.
func (b *builder) generateImpliedEndTags(except a.Atom) {
	for len(b.oe) > 0 {
		switch at := b.top().DataAtom; at {
		case a.Dd, a.Dt, a.Li, a.Optgroup, a.Option, a.P, a.Rb, a.Rp, a.Rt, a.Rtc:
			if at == except {
				return
			}
			b.pop()
			continue
		}
		return
	}
}

func indexOf(list []*html.Node, n *html.Node) int {
	for i := len(list) - 1; i >= 0; i-- {
		if list[i] == n {
			return i
		}
	}
	return -1
}

func remove(list []*html.Node, n *html.Node) []*html.Node {
	if i := indexOf(list, n); i != -1 {
		return slices.Delete(list, i, i+1)
	}
	return list
}

func (b *builder) stackHas(at a.Atom) bool {
	for _, n := range b.oe {
		if n.DataAtom == at {
			return true
		}
	}
	return false
}

// The initial, before-html and before-head modes.

func (b *builder) initial() bool {
	switch b.tok.typ {
	case html.TextToken:
		b.tok.data = strings.TrimLeft(b.tok.data, whitespace)
		if b.tok.data == "" {
			return true
		}
	case html.CommentToken:
		b.doc.AppendChild(b.comment())
		return true
	case html.DoctypeToken:
		b.doctype()
		b.im = beforeHTML
		return true
	}
	b.quirks = quirksOn
	b.im = beforeHTML
	return false
}

// doctype adds the doctype node with its name; the public and system
// identifiers that html.Parse also keeps are not read by anyone here.
func (b *builder) doctype() {
	d := b.tok.data
	name := d
	if i := strings.IndexAny(d, whitespace); i >= 0 {
		name = d[:i]
	}
	if d == "html" {
		b.quirks = quirksOff
	} else if name != "html" {
		b.quirks = quirksOn
	}
	b.doc.AppendChild(b.newNode(html.DoctypeNode, 0, strings.ToLower(name)))
}

func (b *builder) beforeHTML() bool {
	switch b.tok.typ {
	case html.DoctypeToken:
		return true
	case html.TextToken:
		b.tok.data = strings.TrimLeft(b.tok.data, whitespace)
		if b.tok.data == "" {
			return true
		}
	case html.StartTagToken:
		if b.tok.atom == a.Html {
			b.addElement()
			b.im = beforeHead
			return true
		}
	case html.EndTagToken:
		switch b.tok.atom {
		case a.Head, a.Body, a.Html, a.Br:
		default:
			return true
		}
	case html.CommentToken:
		b.doc.AppendChild(b.comment())
		return true
	}
	b.implied(html.StartTagToken, a.Html)
	return false
}

func (b *builder) beforeHead() bool {
	switch b.tok.typ {
	case html.TextToken:
		b.tok.data = strings.TrimLeft(b.tok.data, whitespace)
		if b.tok.data == "" {
			return true
		}
	case html.StartTagToken:
		switch b.tok.atom {
		case a.Head:
			b.addElement()
			b.head = b.top()
			b.im = inHead
			return true
		case a.Html:
			return b.inBody()
		}
	case html.EndTagToken:
		switch b.tok.atom {
		case a.Head, a.Body, a.Html, a.Br:
		default:
			return true
		}
	case html.CommentToken:
		b.addChild(b.comment())
		return true
	case html.DoctypeToken:
		return true
	}
	b.implied(html.StartTagToken, a.Head)
	return false
}

// addLeadingSpace adds the whitespace that opens a text token to the
// current node and leaves the rest in the token; it reports whether
// nothing is left.
func (b *builder) addLeadingSpace() bool {
	s := strings.TrimLeft(b.tok.data, whitespace)
	if len(s) < len(b.tok.data) {
		b.addText(b.tok.data[:len(b.tok.data)-len(s)])
		b.tok.data = s
	}
	return s == ""
}

// rawText opens an element whose content the tokenizer reads as text.
func (b *builder) rawText() {
	b.addElement()
	b.orig = b.im
	b.im = text
}

func (b *builder) inHead() bool {
	switch b.tok.typ {
	case html.TextToken:
		if b.addLeadingSpace() {
			return true
		}
	case html.StartTagToken:
		switch b.tok.atom {
		case a.Html:
			return b.inBody()
		case a.Base, a.Basefont, a.Bgsound, a.Link, a.Meta:
			b.addElement()
			b.pop()
			return true
		case a.Noscript, a.Script, a.Title, a.Noframes, a.Style:
			// html.Parse runs with scripting on: noscript is raw text.
			b.rawText()
			return true
		case a.Head:
			return true
		case a.Template:
			b.fail()
			return true
		}
	case html.EndTagToken:
		switch b.tok.atom {
		case a.Head:
			b.pop()
			b.im = afterHead
			return true
		case a.Body, a.Html, a.Br:
		case a.Template:
			b.fail()
			return true
		default:
			return true
		}
	case html.CommentToken:
		b.addChild(b.comment())
		return true
	case html.DoctypeToken:
		return true
	}
	b.implied(html.EndTagToken, a.Head)
	return false
}

func (b *builder) afterHead() bool {
	switch b.tok.typ {
	case html.TextToken:
		if b.addLeadingSpace() {
			return true
		}
	case html.StartTagToken:
		switch b.tok.atom {
		case a.Html:
			return b.inBody()
		case a.Body:
			b.addElement()
			b.im = inBody
			return true
		case a.Frameset, a.Template:
			b.fail()
			return true
		case a.Base, a.Basefont, a.Bgsound, a.Link, a.Meta, a.Noframes, a.Script, a.Style, a.Title:
			// Head content after the head goes into the head.
			head := b.head
			b.oe = append(b.oe, head)
			consumed := b.inHead()
			b.oe = remove(b.oe, head)
			return consumed
		case a.Head:
			return true
		}
	case html.EndTagToken:
		switch b.tok.atom {
		case a.Body, a.Html, a.Br:
		case a.Template:
			b.fail()
			return true
		default:
			return true
		}
	case html.CommentToken:
		b.addChild(b.comment())
		return true
	case html.DoctypeToken:
		return true
	}
	b.implied(html.StartTagToken, a.Body)
	return b.tok.typ == html.ErrorToken
}

func (b *builder) text() bool {
	switch b.tok.typ {
	case html.ErrorToken:
		b.pop()
	case html.TextToken:
		d := b.tok.data
		if n := b.top(); n.DataAtom == a.Textarea && n.FirstChild == nil {
			d = strings.TrimPrefix(d, "\r")
			d = strings.TrimPrefix(d, "\n")
		}
		b.addText(d)
		return true
	case html.EndTagToken:
		b.pop()
	}
	b.im, b.orig = b.orig, initial
	return b.tok.typ == html.EndTagToken
}

func (b *builder) afterBody() bool {
	switch b.tok.typ {
	case html.ErrorToken:
		return true
	case html.TextToken:
		if strings.TrimLeft(b.tok.data, whitespace) == "" {
			return b.inBody()
		}
	case html.StartTagToken:
		if b.tok.atom == a.Html {
			return b.inBody()
		}
	case html.EndTagToken:
		if b.tok.atom == a.Html {
			b.im = afterAfterBody
			return true
		}
	case html.CommentToken:
		if len(b.oe) == 0 || b.oe[0].DataAtom != a.Html {
			b.fail()
			return true
		}
		b.oe[0].AppendChild(b.comment())
		return true
	}
	b.im = inBody
	return false
}

func (b *builder) afterAfterBody() bool {
	switch b.tok.typ {
	case html.ErrorToken:
		return true
	case html.TextToken:
		if strings.TrimLeft(b.tok.data, whitespace) == "" {
			return b.inBody()
		}
	case html.StartTagToken:
		if b.tok.atom == a.Html {
			return b.inBody()
		}
	case html.CommentToken:
		b.doc.AppendChild(b.comment())
		return true
	case html.DoctypeToken:
		return b.inBody()
	}
	b.im = inBody
	return false
}

// copyAttributes adds to n the token's attributes it lacks.
func (b *builder) copyAttributes(n *html.Node) {
	for _, t := range b.tok.attr {
		if !slices.ContainsFunc(n.Attr, func(x html.Attribute) bool { return x.Key == t.Key }) {
			n.Attr = append(n.Attr, t)
		}
	}
}

func (b *builder) inBody() bool {
	switch b.tok.typ {
	case html.TextToken:
		d := b.tok.data
		switch n := b.top(); n.DataAtom {
		case a.Pre, a.Listing:
			if n.FirstChild == nil {
				d = strings.TrimPrefix(d, "\r")
				d = strings.TrimPrefix(d, "\n")
			}
		}
		if strings.IndexByte(d, 0) >= 0 {
			d = strings.ReplaceAll(d, "\x00", "")
		}
		if d == "" {
			return true
		}
		b.reconstructFormatting()
		b.addText(d)
	case html.StartTagToken:
		b.inBodyStart()
	case html.EndTagToken:
		return b.inBodyEnd()
	case html.CommentToken:
		b.addChild(b.comment())
	}
	return true
}

func (b *builder) inBodyStart() {
	switch b.tok.atom {
	case a.Html:
		if b.stackHas(a.Template) {
			return
		}
		b.copyAttributes(b.oe[0])
	case a.Base, a.Basefont, a.Bgsound, a.Link, a.Meta, a.Noframes, a.Script, a.Style, a.Template, a.Title:
		b.inHead()
	case a.Body:
		if len(b.oe) >= 2 && b.oe[1].DataAtom == a.Body {
			b.copyAttributes(b.oe[1])
		}
	case a.Address, a.Article, a.Aside, a.Blockquote, a.Center, a.Details, a.Dialog, a.Dir, a.Div, a.Dl,
		a.Fieldset, a.Figcaption, a.Figure, a.Footer, a.Header, a.Hgroup, a.Main, a.Menu, a.Nav, a.Ol, a.P,
		a.Search, a.Section, a.Summary, a.Ul, a.Pre, a.Listing, a.Plaintext:
		b.popUntil(buttonScope, a.P)
		b.addElement()
	case a.H1, a.H2, a.H3, a.H4, a.H5, a.H6:
		b.popUntil(buttonScope, a.P)
		switch b.top().DataAtom {
		case a.H1, a.H2, a.H3, a.H4, a.H5, a.H6:
			b.pop()
		}
		b.addElement()
	case a.Form:
		if b.form != nil {
			return
		}
		b.popUntil(buttonScope, a.P)
		b.addElement()
		b.form = b.top()
	case a.Li, a.Dd, a.Dt:
		b.closeListItem()
		b.popUntil(buttonScope, a.P)
		b.addElement()
	case a.Button:
		if b.inScope(defaultScope, a.Button) {
			b.generateImpliedEndTags(0)
			b.popUntil(defaultScope, a.Button)
		}
		b.reconstructFormatting()
		b.addElement()
	case a.A:
		for i := len(b.afe) - 1; i >= 0 && b.afe[i] != nil; i-- {
			if n := b.afe[i]; n.DataAtom == a.A {
				b.adoptionAgency(a.A, "a")
				b.oe = remove(b.oe, n)
				b.afe = remove(b.afe, n)
				break
			}
		}
		b.reconstructFormatting()
		b.addFormattingElement()
	case a.B, a.Big, a.Code, a.Em, a.Font, a.I, a.S, a.Small, a.Strike, a.Strong, a.Tt, a.U:
		b.reconstructFormatting()
		b.addFormattingElement()
	case a.Applet, a.Marquee, a.Object:
		b.reconstructFormatting()
		b.addElement()
		b.afe = append(b.afe, nil)
	case a.Table:
		if b.quirks != quirksOn && b.inScope(buttonScope, a.P) {
			if b.quirks == quirksUnknown {
				b.fail()
				return
			}
			b.popUntil(buttonScope, a.P)
		}
		b.addElement()
		b.im = inTable
	case a.Area, a.Br, a.Embed, a.Img, a.Keygen, a.Wbr:
		b.reconstructFormatting()
		b.addElement()
		b.pop()
	case a.Input:
		b.popUntil(defaultScope, a.Select)
		b.reconstructFormatting()
		b.addElement()
		b.pop()
	case a.Param, a.Source, a.Track:
		b.addElement()
		b.pop()
	case a.Hr:
		if b.inScope(buttonScope, a.P) {
			b.generateImpliedEndTags(a.P)
			b.popUntil(defaultScope, a.P)
		}
		if b.inScope(defaultScope, a.Select) {
			b.generateImpliedEndTags(0)
		}
		b.addElement()
		b.pop()
	case a.Image:
		b.tok.atom, b.tok.name = a.Img, a.Img.String()
		b.inBodyStart()
	case a.Textarea:
		b.rawText()
	case a.Xmp:
		b.popUntil(buttonScope, a.P)
		b.reconstructFormatting()
		b.rawText()
	case a.Iframe, a.Noembed, a.Noscript:
		b.rawText()
	case a.Select:
		if b.popUntil(defaultScope, a.Select) {
			return
		}
		b.reconstructFormatting()
		b.addElement()
	case a.Option, a.Optgroup:
		if b.inScope(defaultScope, a.Select) {
			except := a.Atom(0)
			if b.tok.atom == a.Option {
				except = a.Optgroup
			}
			b.generateImpliedEndTags(except)
		} else if b.top().DataAtom == a.Option {
			b.pop()
		}
		b.reconstructFormatting()
		b.addElement()
	case a.Rb, a.Rtc:
		if b.inScope(defaultScope, a.Ruby) {
			b.generateImpliedEndTags(0)
		}
		b.addElement()
	case a.Rp, a.Rt:
		if b.inScope(defaultScope, a.Ruby) {
			b.generateImpliedEndTags(a.Rtc)
		}
		b.addElement()
	case a.Caption, a.Col, a.Colgroup, a.Frame, a.Head, a.Tbody, a.Td, a.Tfoot, a.Th, a.Thead, a.Tr:
		// ignored in the body
	case a.Frameset, a.Math, a.Svg, a.Nobr:
		b.fail()
	default:
		b.reconstructFormatting()
		b.addElement()
	}
}

// closeListItem closes an open li (for li) or dd/dt (for dd and dt) that
// no other block stands between.
func (b *builder) closeListItem() {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		switch n.DataAtom {
		case a.Li:
			if b.tok.atom == a.Li {
				b.oe = b.oe[:i]
				return
			}
		case a.Dd, a.Dt:
			if b.tok.atom != a.Li {
				b.oe = b.oe[:i]
				return
			}
		case a.Address, a.Div, a.P:
			continue
		}
		if isSpecial(n) {
			return
		}
	}
}

func (b *builder) inBodyEnd() bool {
	switch at := b.tok.atom; at {
	case a.Body:
		if b.inScope(defaultScope, a.Body) {
			b.im = afterBody
		}
	case a.Html:
		if b.inScope(defaultScope, a.Body) {
			b.implied(html.EndTagToken, a.Body)
			return false
		}
	case a.Address, a.Article, a.Aside, a.Blockquote, a.Button, a.Center, a.Details, a.Dialog, a.Dir, a.Div,
		a.Dl, a.Fieldset, a.Figcaption, a.Figure, a.Footer, a.Header, a.Hgroup, a.Listing, a.Main, a.Menu, a.Nav,
		a.Ol, a.Pre, a.Search, a.Section, a.Select, a.Summary, a.Ul:
		if !b.inScope(defaultScope, at) {
			return true
		}
		b.generateImpliedEndTags(0)
		b.popUntil(defaultScope, at)
	case a.Form:
		node := b.form
		b.form = nil
		i := b.indexInScope(defaultScope, a.Form)
		if node == nil || i == -1 || b.oe[i] != node {
			return true
		}
		b.generateImpliedEndTags(0)
		b.oe = remove(b.oe, node)
	case a.P:
		if !b.inScope(buttonScope, a.P) {
			b.implied(html.StartTagToken, a.P)
		}
		b.popUntil(buttonScope, a.P)
	case a.Li:
		b.popUntil(listItemScope, a.Li)
	case a.Dd, a.Dt:
		b.popUntil(defaultScope, at)
	case a.H1, a.H2, a.H3, a.H4, a.H5, a.H6:
		b.popUntil(defaultScope, a.H1, a.H2, a.H3, a.H4, a.H5, a.H6)
	case a.A, a.B, a.Big, a.Code, a.Em, a.Font, a.I, a.Nobr, a.S, a.Small, a.Strike, a.Strong, a.Tt, a.U:
		b.adoptionAgency(at, b.tok.name)
	case a.Applet, a.Marquee, a.Object:
		if b.popUntil(defaultScope, at) {
			b.clearFormattingToMarker()
		}
	case a.Br:
		b.tok.typ = html.StartTagToken
		return false
	case a.Template:
		b.fail()
	default:
		b.endTagOther(at, b.tok.name)
	}
	return true
}

// endTagOther closes the nearest open element named by an end tag, unless
// a special element comes first.
func (b *builder) endTagOther(at a.Atom, name string) {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		if n.DataAtom == at && (at != 0 || n.Data == name) {
			b.oe = b.oe[:i]
			return
		}
		if isSpecial(n) {
			return
		}
	}
}

// adoptionAgency handles the end tag of a formatting element in the cases
// where that element closes with everything opened after it; the rest of
// the algorithm (moving a block out of a misnested formatting element)
// makes Parse fail.
func (b *builder) adoptionAgency(at a.Atom, name string) {
	if cur := b.top(); cur.Data == name && indexOf(b.afe, cur) == -1 {
		b.pop()
		return
	}
	var fe *html.Node
	for j := len(b.afe) - 1; j >= 0 && b.afe[j] != nil; j-- {
		if b.afe[j].DataAtom == at {
			fe = b.afe[j]
			break
		}
	}
	if fe == nil {
		b.endTagOther(at, name)
		return
	}
	i := indexOf(b.oe, fe)
	if i == -1 {
		b.afe = remove(b.afe, fe)
		return
	}
	if !b.inScope(defaultScope, at) {
		return
	}
	for _, e := range b.oe[i:] {
		if isSpecial(e) {
			b.fail()
			return
		}
	}
	b.oe = b.oe[:i]
	b.afe = remove(b.afe, fe)
}

// addFormattingElement adds an element for the current token and enters
// it in the list of active formatting elements, where at most three
// identical ones are kept since the last marker (as html.Parse keeps
// them, with their attributes sorted).
func (b *builder) addFormattingElement() {
	b.addElement()
	top := b.top()
	slices.SortFunc(top.Attr, compareAttr)
	identical := 0
	for i := len(b.afe) - 1; i >= 0; i-- {
		n := b.afe[i]
		if n == nil {
			break
		}
		if n.DataAtom != top.DataAtom || !slices.Equal(n.Attr, top.Attr) {
			continue
		}
		identical++
		if identical >= 3 {
			b.afe = remove(b.afe, n)
		}
	}
	b.afe = append(b.afe, top)
}

func compareAttr(x, y html.Attribute) int {
	return cmp.Or(cmp.Compare(x.Namespace, y.Namespace), cmp.Compare(x.Key, y.Key), cmp.Compare(x.Val, y.Val))
}

// reconstructFormatting reopens the formatting elements that a closed
// block left active, as copies, before text or an element is added.
func (b *builder) reconstructFormatting() {
	if len(b.afe) == 0 {
		return
	}
	i := len(b.afe) - 1
	if n := b.afe[i]; n == nil || indexOf(b.oe, n) != -1 {
		return
	}
	for i > 0 {
		if n := b.afe[i-1]; n == nil || indexOf(b.oe, n) != -1 {
			break
		}
		i--
	}
	for ; i < len(b.afe); i++ {
		old := b.afe[i]
		clone := b.newNode(html.ElementNode, old.DataAtom, old.Data)
		if len(old.Attr) > 0 {
			clone.Attr = b.attrList(old.Attr)
		}
		b.addChild(clone)
		b.afe[i] = clone
	}
}

func (b *builder) clearFormattingToMarker() {
	for len(b.afe) > 0 {
		n := b.afe[len(b.afe)-1]
		b.afe = b.afe[:len(b.afe)-1]
		if n == nil {
			return
		}
	}
}

// Tables.

func (b *builder) inTable() bool {
	switch b.tok.typ {
	case html.TextToken:
		if strings.IndexByte(b.tok.data, 0) >= 0 {
			b.tok.data = strings.ReplaceAll(b.tok.data, "\x00", "")
		}
		if isTableContext(b.top().DataAtom) && strings.Trim(b.tok.data, whitespace) == "" {
			b.addText(b.tok.data)
			return true
		}
	case html.StartTagToken:
		switch b.tok.atom {
		case a.Caption, a.Colgroup, a.Col, a.Template:
			b.fail()
			return true
		case a.Tbody, a.Tfoot, a.Thead:
			b.clearToContext(a.Html, a.Table, a.Template)
			b.addElement()
			b.im = inTableBody
			return true
		case a.Td, a.Th, a.Tr:
			b.implied(html.StartTagToken, a.Tbody)
			return false
		case a.Table:
			if b.popUntil(tableScope, a.Table) {
				b.resetMode()
				return false
			}
			return true
		case a.Style, a.Script:
			return b.inHead()
		case a.Input:
			for _, t := range b.tok.attr {
				if t.Key == "type" && strings.EqualFold(t.Val, "hidden") {
					b.addElement()
					b.pop()
					return true
				}
			}
		case a.Form:
			if b.form != nil {
				return true
			}
			b.addElement()
			b.form = b.pop()
			return true
		}
	case html.EndTagToken:
		switch b.tok.atom {
		case a.Table:
			if b.popUntil(tableScope, a.Table) {
				b.resetMode()
			}
			return true
		case a.Body, a.Caption, a.Col, a.Colgroup, a.Html, a.Tbody, a.Td, a.Tfoot, a.Th, a.Thead, a.Tr:
			return true
		case a.Template:
			b.fail()
			return true
		}
	case html.CommentToken:
		b.addChild(b.comment())
		return true
	case html.DoctypeToken:
		return true
	case html.ErrorToken:
		return b.inBody()
	}
	b.fostering = true
	consumed := b.inBody()
	b.fostering = false
	return consumed
}

func (b *builder) inTableBody() bool {
	switch b.tok.typ {
	case html.StartTagToken:
		switch b.tok.atom {
		case a.Tr:
			b.clearToContext(a.Html, a.Tbody, a.Tfoot, a.Thead, a.Template)
			b.addElement()
			b.im = inRow
			return true
		case a.Td, a.Th:
			b.implied(html.StartTagToken, a.Tr)
			return false
		case a.Caption, a.Col, a.Colgroup, a.Tbody, a.Tfoot, a.Thead:
			if b.popUntil(tableScope, a.Tbody, a.Thead, a.Tfoot) {
				b.im = inTable
				return false
			}
			return true
		}
	case html.EndTagToken:
		switch b.tok.atom {
		case a.Tbody, a.Tfoot, a.Thead:
			if b.inScope(tableScope, b.tok.atom) {
				b.clearToContext(a.Html, a.Tbody, a.Tfoot, a.Thead, a.Template)
				b.pop()
				b.im = inTable
			}
			return true
		case a.Table:
			if b.popUntil(tableScope, a.Tbody, a.Thead, a.Tfoot) {
				b.im = inTable
				return false
			}
			return true
		case a.Body, a.Caption, a.Col, a.Colgroup, a.Html, a.Td, a.Th, a.Tr:
			return true
		}
	case html.CommentToken:
		b.addChild(b.comment())
		return true
	}
	return b.inTable()
}

func (b *builder) inRow() bool {
	switch b.tok.typ {
	case html.StartTagToken:
		switch b.tok.atom {
		case a.Td, a.Th:
			b.clearToContext(a.Html, a.Tr, a.Template)
			b.addElement()
			b.afe = append(b.afe, nil)
			b.im = inCell
			return true
		case a.Caption, a.Col, a.Colgroup, a.Tbody, a.Tfoot, a.Thead, a.Tr:
			if b.inScope(tableScope, a.Tr) {
				b.closeRow()
				return false
			}
			return true
		}
	case html.EndTagToken:
		switch b.tok.atom {
		case a.Tr:
			if b.inScope(tableScope, a.Tr) {
				b.closeRow()
			}
			return true
		case a.Table:
			if b.inScope(tableScope, a.Tr) {
				b.closeRow()
				return false
			}
			return true
		case a.Tbody, a.Tfoot, a.Thead:
			if b.inScope(tableScope, b.tok.atom) && b.inScope(tableScope, a.Tr) {
				b.closeRow()
				return false
			}
			return true
		case a.Body, a.Caption, a.Col, a.Colgroup, a.Html, a.Td, a.Th:
			return true
		}
	}
	return b.inTable()
}

func (b *builder) closeRow() {
	b.clearToContext(a.Html, a.Tr, a.Template)
	b.pop()
	b.im = inTableBody
}

func (b *builder) inCell() bool {
	switch b.tok.typ {
	case html.StartTagToken:
		switch b.tok.atom {
		case a.Caption, a.Col, a.Colgroup, a.Tbody, a.Td, a.Tfoot, a.Th, a.Thead, a.Tr:
			if b.popUntil(tableScope, a.Td, a.Th) {
				b.clearFormattingToMarker()
				b.im = inRow
				return false
			}
			return true
		}
	case html.EndTagToken:
		switch b.tok.atom {
		case a.Td, a.Th:
			if !b.popUntil(tableScope, b.tok.atom) {
				return true
			}
			b.clearFormattingToMarker()
			b.im = inRow
			return true
		case a.Body, a.Caption, a.Col, a.Colgroup, a.Html:
			return true
		case a.Table, a.Tbody, a.Tfoot, a.Thead, a.Tr:
			if !b.inScope(tableScope, b.tok.atom) {
				return true
			}
			if b.popUntil(tableScope, a.Td, a.Th) {
				b.clearFormattingToMarker()
			}
			b.im = inRow
			return false
		}
	}
	return b.inBody()
}

// resetMode picks the insertion mode from the stack after a table closes.
func (b *builder) resetMode() {
	for i := len(b.oe) - 1; i >= 0; i-- {
		switch b.oe[i].DataAtom {
		case a.Td, a.Th:
			b.im = inCell
		case a.Tr:
			b.im = inRow
		case a.Tbody, a.Thead, a.Tfoot:
			b.im = inTableBody
		case a.Table:
			b.im = inTable
		case a.Head:
			b.im = inHead
		case a.Body:
			b.im = inBody
		case a.Html:
			if b.head == nil {
				b.im = beforeHead
			} else {
				b.im = afterHead
			}
		case a.Caption, a.Colgroup, a.Template, a.Frameset:
			b.fail()
		default:
			if i == 0 {
				b.im = inBody
				return
			}
			continue
		}
		return
	}
}

// isSpecial reports whether n is one of the "special" elements of the
// algorithm, which bound the search for an element an end tag closes.
func isSpecial(n *html.Node) bool {
	switch n.DataAtom {
	case a.Address, a.Applet, a.Area, a.Article, a.Aside, a.Base, a.Basefont, a.Bgsound, a.Blockquote, a.Body,
		a.Br, a.Button, a.Caption, a.Center, a.Col, a.Colgroup, a.Dd, a.Details, a.Dir, a.Div, a.Dl, a.Dt,
		a.Embed, a.Fieldset, a.Figcaption, a.Figure, a.Footer, a.Form, a.Frame, a.Frameset, a.H1, a.H2, a.H3,
		a.H4, a.H5, a.H6, a.Head, a.Header, a.Hgroup, a.Hr, a.Html, a.Iframe, a.Img, a.Input, a.Keygen, a.Li,
		a.Link, a.Listing, a.Main, a.Marquee, a.Menu, a.Meta, a.Nav, a.Noembed, a.Noframes, a.Noscript,
		a.Object, a.Ol, a.P, a.Param, a.Plaintext, a.Pre, a.Script, a.Section, a.Select, a.Source, a.Style,
		a.Summary, a.Table, a.Tbody, a.Td, a.Template, a.Textarea, a.Tfoot, a.Th, a.Thead, a.Title, a.Tr,
		a.Track, a.Ul, a.Wbr, a.Xmp:
		return true
	}
	return false
}
