package extractor

import (
	"bytes"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// TestInlineTextAgreesWithOwnText checks that the inline text the scorer
// puts together from an element's children measures what ownText measures
// by walking it, on every element of the corpus pages and of markup made to
// test the edges (white space runs across inline elements, links in links,
// nesting deeper than ownText reads, where the scorer calls ownText).
func TestInlineTextAgreesWithOwnText(t *testing.T) {
	pages, _ := benchPages(t)
	deep := strings.Repeat("<span>", 40) + "deep text, with commas, long enough to score as a paragraph" + strings.Repeat("</span>", 40)
	pages = append(pages,
		[]byte("<p>  <b> </b>\u00a0lead <a href=x> link, <i>inner, </i></a>  tail ,  <span>\t</span></p>"),
		[]byte("<div><a>  <a> x </a> </a><br>after<em> , </em></div>"),
		[]byte("<div>"+deep+"</div>"),
	)
	checked := 0
	for _, body := range pages {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(decode(body, "")))
		if err != nil {
			continue
		}
		var visit func(n *html.Node)
		visit = func(n *html.Node) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				_, _, own := newScorer().measure(c, 0, false)
				size, commas, links := ownText(c)
				if own.height > maxOwnTextDepth {
					// the scorer asks ownText itself: only its cut is to agree
					if size >= own.size() && own.size() > 0 {
						t.Errorf("ownText of a deep element reads all of it: %d >= %d", size, own.size())
					}
				} else if got := [3]int{own.size(), own.commas, own.links}; got != [3]int{size, commas, links} {
					t.Errorf("<%s>: inline text %v, ownText %v", c.Data, got, [3]int{size, commas, links})
				}
				checked++
				visit(c)
			}
		}
		visit(doc.Nodes[0])
	}
	if checked < 1000 {
		t.Fatalf("only %d elements checked", checked)
	}
}

// TestMetaInScorerWalk checks that the metadata read in the scorer's walk
// over the body is what readMeta's own walk reads, on the corpus pages, the
// layout renderings and markup that puts the metadata where the scorer
// does not go (dropped elements, past its depth, an svg title).
func TestMetaInScorerWalk(t *testing.T) {
	pages := pagesAndLayouts(t)
	deep := func(n int, inner string) string {
		return strings.Repeat("<div>", n) + inner + strings.Repeat("</div>", n)
	}
	meta := `<meta property="og:title" content="Body title"><time datetime="2021-07-15T08:00">x</time>` +
		`<script type="application/ld+json">{"datePublished":"2021-07-16"}</script><title>T</title>`
	pages = append(pages,
		[]byte("<html><head><title>Head</title></head><body><noscript>"+meta+"</noscript><p>text</p></body></html>"),
		[]byte("<body><form><div>"+meta+"</div></form><svg><title>svg</title></svg></body>"),
		[]byte("<body>"+deep(250, meta)+"</body>"),
		[]byte("<body>"+deep(253, "<nav>"+deep(2, meta)+"</nav>")+"</body>"),
		[]byte("<body>"+deep(254, meta)+"</body>"),
		[]byte("<body>"+deep(255, meta)+"</body>"),
		[]byte("<body>"+deep(300, meta)+"</body>"),
	)
	for n := 251; n <= 255; n++ {
		pages = append(pages, []byte("<body>"+deep(n, "<nav>"+meta+"</nav>")+"</body>"))
	}
	for _, body := range pages {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(decode(body, "")))
		if err != nil {
			continue
		}
		root := findBody(doc.Nodes[0])
		if root == nil || !nothingAfter(root) {
			continue
		}
		var mr metaReader
		mr.walk(doc.Nodes[0], 0, root)
		sc := newScorer()
		sc.meta = &mr
		sc.scoreTree(root)
		sc.release()
		if got, want := mr.result(), readMeta(doc.Nodes[0]); got != want {
			t.Errorf("meta read in the walk %+v, readMeta %+v", got, want)
		}
	}
}

// TestNodeIndexAgrees checks nodeIndex against a map over many nodes, put
// and looked up in mixed order, across resets.
func TestNodeIndexAgrees(t *testing.T) {
	var idx nodeIndex
	nodes := make([]*html.Node, 3000)
	for i := range nodes {
		nodes[i] = &html.Node{}
	}
	for round, n := range []int{0, 1, 31, 32, 33, 500, 3000, 7} {
		idx.reset()
		want := map[*html.Node]int{}
		for i := range n {
			k := nodes[(i*7+round)%len(nodes)]
			if _, ok := want[k]; !ok {
				want[k] = i
				idx.put(k, i)
			}
		}
		for _, k := range nodes {
			got, ok := idx.get(k)
			w, wok := want[k]
			if ok != wok || got != w {
				t.Fatalf("round %d: get = %d, %v; want %d, %v", round, got, ok, w, wok)
			}
		}
	}
}
