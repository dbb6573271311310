package extractor

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// scorer gives each container a score from the paragraphs directly in it,
// in the manner of Readability: long, comma-rich paragraphs add to their
// container and, half, to its parent. Containers are kept in the order they
// are first scored (document order of their paragraphs), so that ties are
// broken the same way on every run.
type scorer struct {
	index      nodeIndex
	candidates []candidate
	// The holder and its parent of the last paragraph scored, which the
	// next paragraphs usually share: they skip the map.
	last [2]*html.Node
	idx  [2]int
	// the elements ranked so far and the headline candidates among them
	seq    int
	titled []headlineCandidate

	// The walk measures a paragraph only once its subtree is done (see
	// measure), after the paragraphs inside it, and notes its score before
	// theirs, so that scores holds the scores in document order of the
	// paragraphs. scoreTree adds them in that order, as a walk scoring each
	// element before its subtree would: candidates and the sums of their
	// scores come out the same.
	scores []paragraphScore
	counts []nodeCounts

	// meta, when set, reads the page's metadata in the walk (see
	// readHTML).
	meta *metaReader
}

// paragraphScore is the score of one paragraph for its container holder.
type paragraphScore struct {
	holder *html.Node
	s      float64
}

// nodeCounts are the text and link byte counts and the rank of an element
// that may be a candidate, kept until the candidates are known.
type nodeCounts struct {
	node             *html.Node
	text, links, seq int
}

// scorers recycles scorers between pages: a scorer's slices and map are
// garbage once readHTML has read the candidates.
var scorers = sync.Pool{New: func() any { return &scorer{} }}

func newScorer() *scorer { return scorers.Get().(*scorer) }

// release empties sc, dropping its references into the page, and hands
// it back for reuse.
func (sc *scorer) release() {
	sc.index.reset()
	clear(sc.candidates)
	clear(sc.titled)
	clear(sc.scores)
	clear(sc.counts)
	*sc = scorer{index: sc.index, candidates: sc.candidates[:0], titled: sc.titled[:0],
		scores: sc.scores[:0], counts: sc.counts[:0]}
	scorers.Put(sc)
}

func (sc *scorer) add(n *html.Node, s float64, slot int) {
	i := sc.idx[slot]
	if sc.last[slot] != n {
		var ok bool
		if i, ok = sc.index.get(n); !ok {
			i = len(sc.candidates)
			sc.index.put(n, i)
			sc.candidates = append(sc.candidates, candidate{node: n})
		}
		sc.last[slot], sc.idx[slot] = n, i
	}
	sc.candidates[i].score += s
}

// scoreTree scores the paragraphs under root and fills the text and link
// byte counts of every candidate.
func (sc *scorer) scoreTree(root *html.Node) {
	text, links, _ := sc.measure(root, 0, false)
	for _, p := range sc.scores {
		sc.add(p.holder, p.s, 0)
		if p.holder.Parent != nil {
			sc.add(p.holder.Parent, p.s/2, 1)
		}
	}
	for _, c := range sc.counts {
		sc.setCounts(c.node, c.text, c.links, c.seq)
	}
	sc.setCounts(root, text, links, -1)
}

// measure scores the paragraphs under n and, in the same walk, measures
// the text and link bytes of every element and the inline text of n (see
// inlineText): an element's measures are put together from its children's.
// A node's candidacy is settled by the time its subtree is done, since
// only the node itself, its children and grandchildren make it one; its
// counts are kept then when a paragraph under it was scored. Measuring in
// this one walk keeps nested candidates from each walking their subtree
// again (which is quadratic in the nesting depth), and paragraphs from
// walking their inline text apart. Paragraphs are scored down to maxDepth,
// text is measured down to 4*maxDepth. The same walk notes the headline
// candidates (see headlineCandidate); inHeading is set below an h1-h3.
func (sc *scorer) measure(n *html.Node, depth int, inHeading bool) (text, links int, own inlineText) {
	if depth > 4*maxDepth {
		return 0, 0, own
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			text += own.addText(c.Data)
		case html.ElementNode:
			// readMeta's walk starts at the document, three levels above
			// n's children when n is the body, and stops at maxDepth
			if sc.meta != nil && depth+3 <= maxDepth+1 {
				sc.meta.visit(c)
			}
			if isDropTag(c.DataAtom) {
				if sc.meta != nil {
					sc.meta.walk(c, depth+3, nil)
				}
				continue
			}
			seq, heading := -1, isHeadingTag(c.DataAtom)
			if depth <= maxDepth && !inHeading {
				seq = sc.seq
				sc.seq++
				if heading || mayHoldTitleHint(c) {
					sc.titled = append(sc.titled, headlineCandidate{node: c, seq: seq, heading: heading, depth: depth})
				}
			}
			scored := len(sc.scores)
			t, l, cOwn := sc.measure(c, depth+1, inHeading || heading)
			if depth <= maxDepth {
				if p, ok := score(c, cOwn); ok {
					// before the scores of the paragraphs inside c
					sc.scores = slices.Insert(sc.scores, scored, p)
				}
			}
			if len(sc.scores) > scored {
				// c may have become a candidate, and only then
				sc.counts = append(sc.counts, nodeCounts{node: c, text: t, links: l, seq: seq})
			}
			text += t
			isLink := c.DataAtom == atom.A
			if isLink {
				l = t // all of a link's text is link text for its ancestors
			}
			links += l
			if !isBlockTag(c.DataAtom) {
				own.addInline(cOwn, isLink)
			}
		}
	}
	return text, links, own
}

// setCounts sets the text and link byte counts and the rank of n if it is
// a candidate.
func (sc *scorer) setCounts(n *html.Node, text, links, seq int) {
	if i, ok := sc.index.get(n); ok {
		sc.candidates[i].text, sc.candidates[i].links, sc.candidates[i].seq = text, links, seq
	}
}

// score is the score of element c, when it holds a paragraph of its own,
// for its container and, half, the container's parent; own is c's inline
// text.
func score(c *html.Node, own inlineText) (paragraphScore, bool) {
	size, commas, links := own.size(), own.commas, own.links
	if own.height > maxOwnTextDepth {
		size, commas, links = ownText(c) // cut where ownText cuts
	}
	if size < 40 || links*2 >= size {
		return paragraphScore{}, false
	}
	s := 1 + float64(commas) + min(float64(size)/150, 3)
	holder := c
	switch {
	case c.DataAtom == atom.P || c.DataAtom == atom.Li || c.DataAtom == atom.Blockquote || c.DataAtom == atom.Pre:
		holder = c.Parent
	case c.DataAtom == atom.Div && leafDiv(c) && c.Parent != nil:
		// Class-less layouts (Bootstrap's "mb-2") write each paragraph as
		// a div of its own: its container holds the body.
		holder = c.Parent
	case c.DataAtom == atom.Td && onlyCell(c) && c.Parent.Parent != nil:
		// Older sites lay out the body as a table of one-cell rows, a
		// paragraph to a row: the table holds the paragraphs.
		holder = c.Parent.Parent
	}
	return paragraphScore{holder: holder, s: s}, true
}

// inlineText is what ownText measures of an element, put together from
// its text nodes and the inlineText of its inline children, so that one
// walk measures every element: bytes, white space before the first other
// rune and after the last, commas, link text, and how deep inline
// elements nest under it.
type inlineText struct {
	total, lead, trail int
	trimmed            int // the bytes of its text nodes, each trimmed
	commas, links      int
	height             int // levels of inline elements under the element
}

// maxOwnTextDepth is the deepest level of inline elements whose text
// ownText reads.
const maxOwnTextDepth = 32

// addText adds text node d and returns its trimmed length.
func (m *inlineText) addText(d string) int {
	left, right := spaceAround(d)
	if m.lead == m.total { // only white space so far
		m.lead += left
	}
	if right == len(d) {
		m.trail += len(d)
	} else {
		m.trail = right
	}
	m.total += len(d)
	if left == len(d) {
		return 0
	}
	n := len(d) - left - right
	m.trimmed += n
	m.commas += strings.Count(d[left:len(d)-right], ",")
	return n
}

// addInline adds c, the inlineText of an inline child; all of a link's
// text is link text.
func (m *inlineText) addInline(c inlineText, isLink bool) {
	if m.lead == m.total {
		m.lead += c.lead
	}
	if c.trail == c.total {
		m.trail += c.total
	} else {
		m.trail = c.trail
	}
	m.total += c.total
	m.trimmed += c.trimmed
	m.commas += c.commas
	if isLink {
		m.links += c.trimmed
	} else {
		m.links += c.links
	}
	m.height = max(m.height, c.height+1)
}

// size is the length of the text once trimmed, as ownText gives it.
func (m inlineText) size() int {
	if m.lead == m.total {
		return 0
	}
	return m.total - m.lead - m.trail
}

// nodeIndex maps the candidates' nodes to their places in the candidate
// list: a table open-addressed by a hash of the node's address (the heap
// does not move objects), which the scorer's lookup of every measured
// element answers with fewer instructions than a map.
type nodeIndex struct {
	keys []*html.Node
	vals []int32
	n    int
}

// nodeIndexMin is the smallest table, which most pages never outgrow.
const nodeIndexMin = 64

func (t *nodeIndex) slot(n *html.Node) int {
	h := uint64(uintptr(unsafe.Pointer(n))) * 0x9e3779b97f4a7c15
	return int(h >> (64 - bits.Len(uint(len(t.keys)-1))))
}

// get returns the value of n and whether it has one.
func (t *nodeIndex) get(n *html.Node) (int, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	mask := len(t.keys) - 1
	for i := t.slot(n); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case n:
			return int(t.vals[i]), true
		case nil:
			return 0, false
		}
	}
}

// put sets the value of n, which has none yet.
func (t *nodeIndex) put(n *html.Node, v int) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	mask := len(t.keys) - 1
	i := t.slot(n)
	for t.keys[i] != nil {
		i = (i + 1) & mask
	}
	t.keys[i], t.vals[i] = n, int32(v)
	t.n++
}

func (t *nodeIndex) grow() {
	keys, vals := t.keys, t.vals
	size := max(nodeIndexMin, 2*len(keys))
	t.keys, t.vals, t.n = make([]*html.Node, size), make([]int32, size), 0
	for i, k := range keys {
		if k != nil {
			t.put(k, int(vals[i]))
		}
	}
}

// reset empties t, dropping its references into the page.
func (t *nodeIndex) reset() {
	clear(t.keys)
	t.n = 0
}
