package htmltree

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// dump writes a tree as indented lines, one per node, for comparison: the
// attributes sorted (html.Parse sorts those of formatting elements only),
// a doctype by its name alone (Parse does not keep its identifiers).
func dump(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		sb.WriteString(strings.Repeat("  ", depth))
		switch n.Type {
		case html.DocumentNode:
			sb.WriteString("#document")
		case html.DoctypeNode:
			fmt.Fprintf(&sb, "<!DOCTYPE %s>", n.Data)
		case html.CommentNode:
			fmt.Fprintf(&sb, "<!-- %q -->", n.Data)
		case html.TextNode:
			fmt.Fprintf(&sb, "%q", n.Data)
		case html.ElementNode:
			attrs := slices.Clone(n.Attr)
			slices.SortFunc(attrs, compareAttr)
			fmt.Fprintf(&sb, "<%s %s atom=%d", n.Namespace, n.Data, n.DataAtom)
			for _, at := range attrs {
				fmt.Fprintf(&sb, " %s:%s=%q", at.Namespace, at.Key, at.Val)
			}
			sb.WriteString(">")
		default:
			fmt.Fprintf(&sb, "?%d", n.Type)
		}
		sb.WriteByte('\n')
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

// sameAsParse fails t when Parse accepts src and builds another tree than
// html.Parse, and reports whether Parse accepted it.
func sameAsParse(t testing.TB, src []byte) bool {
	t.Helper()
	tree, ok := Parse(src)
	if !ok {
		return false
	}
	defer tree.Release()
	got := tree.Doc
	want, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		t.Fatalf("Parse accepted a page html.Parse rejects (%v): %q", err, src)
	}
	if g, w := dump(got), dump(want); g != w {
		t.Fatalf("tree differs from html.Parse for %q\n--- got\n%s--- want\n%s", src, g, w)
	}
	return true
}

// pages are the HTML pages of the repository's test data and, where it is
// beside the repository, the dev corpus.
func pages(t testing.TB) []string {
	t.Helper()
	var paths []string
	for _, pattern := range []string{"../../testdata/*/*.html", "../../../../shared/corpus/dev/*.html"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatal("no pages")
	}
	return paths
}

// TestPagesTakeTheFastPath checks the pages the benchmarks and the layout
// tests read: each gives html.Parse's tree, and the fast path (the reason
// for this package) is taken on all but the pages built to leave it.
func TestPagesTakeTheFastPath(t *testing.T) {
	fallback := map[string]bool{}
	for _, p := range pages(t) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		// The layouts are Go templates of pages, with template actions
		// where a page has none (between table rows): they are held to
		// html.Parse's tree, not to the fast path.
		if !sameAsParse(t, src) && filepath.Base(filepath.Dir(p)) != "layouts" {
			fallback[filepath.Base(p)] = true
		}
	}
	t.Logf("%d pages, %d fall back: %v", len(pages(t)), len(fallback), fallback)
	if len(fallback) > 0 {
		t.Errorf("pages that leave the fast path: %v", fallback)
	}
}

func TestSameTree(t *testing.T) {
	tests := []struct {
		name string
		src  string
		fast bool // Parse must accept it
	}{
		{"empty", "", true},
		{"text only", "Hội nghị sơ kết", true},
		{"doctype", "<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>", true},
		{"xhtml doctype", `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><p>a</p>`, true},
		{"comments everywhere", "<!--a--><!DOCTYPE html><!--b--><html><!--c--><head><!--d--></head><!--e--><body><!--f--></body><!--g--></html><!--h-->", true},
		{"whitespace in head", "<html> <head> <meta charset=utf-8> <title>T</title> </head> <body> x </body> </html> ", true},
		{"implied head and body", "<title>T</title><div>x</div>", true},
		{"script after head", "<head></head><script>var a = '<p>';</script><body>b</body>", true},
		{"meta in body", "<body><p>a<meta name=x content=y>b</p></body>", true},
		{"text after body", "<body><p>a</p></body>\n<div>late</div></html>\n", true},
		{"attributes merged", `<html lang=vi><body class=a><body id=b class=c>x`, true},
		{"open paragraphs", "<p>a<p>b<div>c</div>d<h2>e</h2>", true},
		{"stray end tags", "<div>a</span></font></p></div></div>b</li>", true},
		{"lists", "<ul><li>a<li>b<ul><li>c</ul><li>d</ul><dl><dt>x<dd>y<dt>z</dl>", true},
		{"headings", "<h1>a<h2>b</h1>c", true},
		{"pre newline", "<pre>\nline</pre><listing>\r\nx</listing>", true},
		{"textarea newline", "<textarea>\nt</textarea>", true},
		{"attribute syntax", `<div CLASS=a class=b id = "c" =d e='f'g h=i/ j/k l="m" n=>o<img src=p.png/><br/ ></div>`, true},
		{"attributes with references", `<a href="?a=1&amp;b=2&lang=vi" title='x&lt;y&#39;'>z</a>`, true},
		{"line breaks of every kind", "<p title=\"a\r\nb\">x\r\ny\rz</p>\r\n<!-- c\r\n -->", true},
		{"a '<' that opens nothing stays text", "<p>a < b, 3<4, <3 and <</p>", true},
		{"raw text ends at its own end tag in any case", "<script>a = '</p>'; b = '</scripts>'</SCRIPT ><style>p{}</style\n><title>a &amp; b</title>", true},
		{"an empty script", "<script></script><p>x", true},
		{"comments", "<!----><!-- a -- b --><!-- c --->x<!-- d ---->", true},
		{"doctype without a space", "<!DOCTYPEhtml><p>x", true},
		{"quoted '>' inside a tag", `<a title="a>b" data-x='c>d'>e</a>`, true},
		{"a tag cut off by the end", "<p>a<b class=", false},
		{"a legacy reference without ';' in a value", `<a href="?a=1&copy=2&not">z</a>`, false},
		{"a script with a comment", "<script><!-- var a = 1; //--></script><p>x", false},
		{"a processing instruction", "<?xml version=\"1.0\"?><p>x", false},
		{"a bogus end tag", "<p>a</ p>b", false},
		{"a comment's rarer end", "<!-- a --!><p>x", false},
		{"entities", "<p title='a&amp;b'>x &lt; y &#272;&agrave;</p>", true},
		{"nul", "<p>a\x00b</p>", true},
		{"formatting in order", "<p><b>a<i>b</i></b> <a href=/x>c</a></p>", true},
		{"formatting reopened", "<p><b>a</p>b<div>c</div>", true},
		{"formatting across cells", "<table><tr><td><b>a</td><td>b</td></tr></table>c", true},
		{"noah's ark", "<b class=x><b class=x><b class=x><b class=x>a</p>b", true},
		{"nested links", "<a href=1>a<a href=2>b</a>", true},
		{"tables", "<table><tr><td>a<td>b<tr><th>c</table><table><thead><tr><td>d</thead><tbody><tr><td>e</tbody></table>", true},
		{"table whitespace", "<table>\n <tr>\n <td>a</td>\n </tr>\n</table>", true},
		{"nested tables", "<table><tr><td><table><tr><td>a</td></tr></table>b</td></tr></table>", true},
		{"table closes table", "<table><tr><td>a<table><tr><td>b</table>c", true},
		{"hidden input in table", "<table><input type=hidden name=a><tr><td>x</table>", true},
		{"form in table", "<table><form><tr><td>x</td></tr></form></table>", true},
		{"forms", "<form><input name=q><form>x</form><select><option>a<option>b<optgroup><option>c</select></form>", true},
		{"buttons", "<button>a<button>b</button>", true},
		{"raw text", "<body><script>if (a<b) {}</script><style>p{}</style><noscript><p>x</noscript><iframe><b></iframe>", true},
		{"image", "<image src=a.png>", true},
		{"br end tag", "a</br>b", true},
		{"hr in paragraph", "<p>a<hr>b", true},
		{"objects", "<object><b>a</object>b<marquee>c</marquee>", true},
		{"ruby", "<ruby>a<rb>b<rt>c<rp>d</ruby>", true},
		{"custom elements", "<x-card><my-el>a</my-el></x-card></x-card>", true},
		{"plaintext", "<p>a<plaintext><b>b", true},
		{"end html then comment", "<body>a</body></html><!--c--> <p>x", true},
		{"table in paragraph, no doctype", "<p>a<table><tr><td>b</table>", true},
		{"table in paragraph, html doctype", "<!DOCTYPE html><p>a<table><tr><td>b</table>", true},

		// Parse leaves these to html.Parse.
		{"foster parenting", "<table><tr>text<td>a</table>", false},
		{"element in table", "<table><div>a</div><tr><td>b</table>", false},
		{"misnested formatting", "<b>a<div>b</b>c</div>", false},
		{"svg", "<p>a<svg><path d=M0/></svg></p>", false},
		{"math", "<math><mi>x</mi></math>", false},
		{"template", "<template><p>a</template>", false},
		{"frameset", "<frameset><frame></frameset>", false},
		{"caption", "<table><caption>a</caption><tr><td>b</table>", false},
		{"colgroup", "<table><colgroup><col></colgroup><tr><td>b</table>", false},
		{"table in paragraph, other doctype", `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN"><p>a<table><tr><td>b</table>`, false},
		{"deep", strings.Repeat("<div>", 600), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameAsParse(t, []byte(tt.src)); got != tt.fast {
				t.Errorf("fast path taken = %v, want %v", got, tt.fast)
			}
		})
	}
}

// FuzzSameTree holds Parse to html.Parse's tree on any input it accepts.
func FuzzSameTree(f *testing.F) {
	for _, s := range []string{
		"<p>a<b>b</p>c", "<table><tr><td>a</table>", "<ul><li>a<li>b</ul>", "<html><head><title>t</title></head><body>x",
		"<a href=1>a<a href=2>b", "<div CLASS=a class=b =c d='e'f g=h/ i>", "<p a=\r\nb c='&amp;'>", "<script>x</script><!--a-->", "<textarea>\r\n&lt;</textarea>", "<select><option>a</select>", "<pre>\nx</pre>", "<!DOCTYPE html><p><table>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		sameAsParse(t, src)
	})
}

func BenchmarkParse(b *testing.B) {
	srcs := readPages(b)
	b.Run("htmltree", func(b *testing.B) {
		for b.Loop() {
			for _, src := range srcs {
				tree, ok := Parse(src)
				if !ok {
					b.Fatal("fell back")
				}
				tree.Release()
			}
		}
	})
	b.Run("html.Parse", func(b *testing.B) {
		for b.Loop() {
			for _, src := range srcs {
				if _, err := html.Parse(bytes.NewReader(src)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// readPages reads the pages the extractor's benchmarks read.
func readPages(b *testing.B) [][]byte {
	paths, err := filepath.Glob("../../testdata/pages/*.html")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no pages: %v", err)
	}
	var srcs [][]byte
	var total int64
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += int64(len(src))
	}
	b.SetBytes(total)
	return srcs
}
