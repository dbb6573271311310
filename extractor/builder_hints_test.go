package extractor

import (
	"bytes"
	"math/rand"
	"testing"

	"golang.org/x/net/html"
)

// TestHintMaskAgrees checks writerHints against hasHint with each list, on
// the attrs of every element of the corpus pages and layouts and on random
// strings made of pieces of hints.
func TestHintMaskAgrees(t *testing.T) {
	sets := map[uint8]*hintSet{hintNegative: negativeSet, hintCaption: captionSet, hintByline: bylineSet,
		hintLead: leadSet, hintDateline: datelineSet}
	check := func(a string) {
		got := writerHints.in(a)
		for bit, set := range sets {
			if (got&bit != 0) != hasHint(a, set) {
				t.Fatalf("writerHints.in(%q) = %05b, hasHint with list %05b: %v", a, got, bit, hasHint(a, set))
			}
		}
	}
	for _, body := range pagesAndLayouts(t) {
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				check(attrs(n))
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
	var pieces []string
	for _, list := range [][]string{negativeHints, captionHints, bylineHints, leadHints, datelineHints, positiveHints} {
		for _, h := range list {
			pieces = append(pieces, h, h[:len(h)/2], h[len(h)/2:])
		}
	}
	pieces = append(pieces, " ", "-", "_", "x", "é")
	r := rand.New(rand.NewSource(1))
	for range 100000 {
		var b []byte
		for range 1 + r.Intn(6) {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
		check(string(b))
	}
}
