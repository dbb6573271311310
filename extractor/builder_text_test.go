package extractor

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/meetx/meetx/schema"
)

// TestBuildFromAgreesWithBuild checks that the text and folded text the
// HTML reader joins as it writes (buildFrom) are what build makes of the
// same blocks, on the corpus pages and the layout renderings, and that
// blocks the reader did not write so are joined by build.
func TestBuildFromAgreesWithBuild(t *testing.T) {
	pages := pagesAndLayouts(t)
	// a page the parser gives up on, read by readText
	pages = append(pages, []byte(strings.Repeat("<div>", 10000)+"Sáng 15/7, Ban tổ chức Hội nghị."+strings.Repeat("</div>", 10000)))
	checked := 0
	for _, body := range pages {
		src := decode(body, "")
		if !looksLikeHTML(src, "") {
			continue
		}
		pg := readHTML(src)
		var got, want document
		got.buildFrom(pg)
		want.build(pg.blocks)
		if got.text != want.text || got.folded != want.folded {
			t.Errorf("buildFrom text %q, build %q", got.text, want.text)
			continue
		}
		if len(got.paras) != len(want.paras) || len(got.sents) != len(want.sents) {
			t.Errorf("buildFrom paragraphs %v, build %v", got.paras, want.paras)
			continue
		}
		for i := range got.paras {
			if got.paras[i] != want.paras[i] {
				t.Errorf("paragraph %d: buildFrom %v, build %v", i, got.paras[i], want.paras[i])
			}
		}
		checked++
	}
	if checked < 25 {
		t.Fatalf("only %d pages checked", checked)
	}
}

// TestFoldOfJoinedBlocks checks that build's one fold of the joined text
// is the blocks' folds joined, with tone clusters at the ends of blocks.
func TestFoldOfJoinedBlocks(t *testing.T) {
	pieces := []string{"hoà", "HOÀ", "quỳ", "Uỷ", "oe", "oé", "a", "Q", "q", "u", "ý", " ", "Đ", "ẞ", "\u0301", "x."}
	r := rand.New(rand.NewSource(2))
	for range 5000 {
		var blocks []block
		var want strings.Builder
		for k := range 1 + r.Intn(4) {
			var b strings.Builder
			for range 1 + r.Intn(4) {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
			blocks = append(blocks, block{text: b.String()})
			if k > 0 {
				want.WriteByte('\n')
			}
			want.WriteString(fold(b.String()))
		}
		var d document
		d.build(blocks)
		if d.folded != want.String() {
			t.Fatalf("build folds %q to %q, the blocks fold to %q", d.text, d.folded, want.String())
		}
	}
}

// pagesAndLayouts reads the corpus pages and the layout templates of
// testdata/layouts (unrendered: their markup is what the builder tests
// exercise).
// pageNodes parses each page of pagesAndLayouts and lists its nodes in
// document order, one list per page.
func pageNodes(t *testing.T) [][]*html.Node {
	t.Helper()
	var out [][]*html.Node
	for _, body := range pagesAndLayouts(t) {
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var nodes []*html.Node
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			nodes = append(nodes, n)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		out = append(out, nodes)
	}
	return out
}

func pagesAndLayouts(t *testing.T) [][]byte {
	t.Helper()
	pages, _ := benchPages(t)
	layouts, err := filepath.Glob("testdata/layouts/*.html")
	if err != nil || len(layouts) == 0 {
		t.Fatalf("no layouts: %v", err)
	}
	for _, p := range layouts {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, body)
	}
	return pages
}

// TestCollapseInPlaceAgrees checks collapseInPlace against collapseText on
// the paragraphs of the corpus pages as the reader gathers them (each text
// node as it is, white space and all) and on text that needs collapsing
// and composing.
func TestCollapseInPlaceAgrees(t *testing.T) {
	inputs := []string{"", " ", "  a  b  ", "a\u00a0\u00a0b", "Vie\u0323\u0302t Nam", "x\u200by", "\tHo\u0300a  bi\u0300nh\n"}
	for _, nodes := range pageNodes(t) {
		for _, n := range nodes {
			if n.Type == html.ElementNode {
				inputs = append(inputs, textOf(n, 0))
			}
		}
	}
	for _, in := range inputs {
		_, want := collapseText([]byte(in), in)
		if got := collapseInPlace([]byte(in)); got != want {
			t.Fatalf("collapseInPlace(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFoldedTitleAgrees checks the folded title newDocument takes from the
// folded text against fold(title), on the corpus pages and layouts and on
// their texts read as plain text.
func TestFoldedTitleAgrees(t *testing.T) {
	taken := 0
	for _, body := range pagesAndLayouts(t) {
		for _, p := range []schema.Page{{URL: "x", Body: body}, {URL: "x", Body: body, ContentType: "text/plain"}} {
			d, err := newDocument(p)
			if err != nil {
				continue
			}
			if d.foldedTitle != "" {
				taken++
				if d.foldedTitle != fold(d.title) {
					t.Fatalf("folded title %q, fold(title) %q", d.foldedTitle, fold(d.title))
				}
			}
		}
	}
	if taken == 0 {
		t.Error("no folded title taken from the folded text")
	}
}
