package extractor

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// TestTagFlags checks isDropTag and isBlockTag against the lists they are
// built from, on every atom whose name is a run of the atom package's
// names (all element and attribute names) and on the unknown atom 0.
func TestTagFlags(t *testing.T) {
	in := func(list []atom.Atom, a atom.Atom) bool {
		for _, b := range list {
			if a == b {
				return true
			}
		}
		return false
	}
	atoms := []atom.Atom{0}
	for _, name := range tagTestNames {
		if a := atom.Lookup([]byte(name)); a != 0 {
			atoms = append(atoms, a)
		}
	}
	atoms = append(atoms, dropTags...)
	atoms = append(atoms, blockTags...)
	for _, a := range atoms {
		if got, want := isDropTag(a), in(dropTags, a); got != want {
			t.Errorf("isDropTag(%v) = %v", a, got)
		}
		if got, want := isBlockTag(a), in(blockTags, a); got != want {
			t.Errorf("isBlockTag(%v) = %v", a, got)
		}
	}
	if len(atoms) < 150 {
		t.Errorf("only %d atoms tested", len(atoms))
	}
}

// tagTestNames are the HTML element names, and some attribute names that
// share a prefix with them.
var tagTestNames = []string{
	"a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blink", "blockquote",
	"body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
	"del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
	"font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
	"html", "i", "iframe", "image", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "link", "main",
	"map", "mark", "marquee", "math", "menu", "meta", "meter", "nav", "nobr", "noembed", "noframes", "noscript",
	"object", "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rb",
	"rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span",
	"strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
	"tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
	"accept", "action", "align", "alt", "class", "content", "datetime", "href", "id", "itemprop", "lang", "name",
	"property", "rel", "src", "style", "type", "value", "width", "height", "charset", "colspan", "rowspan", "dir",
	"hidden", "label", "list", "max", "min", "open", "scope", "selected", "size", "span", "start", "step", "target",
	"abbr", "for", "form", "headers", "high", "low", "media", "nonce", "optimum", "pattern", "ping", "poster",
}
