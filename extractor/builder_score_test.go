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
