package extractor

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldedAtAgrees checks foldedAt against fold on every span of up to
// 40 bytes, at rune boundaries, of the corpus text and of texts whose tones
// fold moves ("hoà", "thuỷ", but "quỷ"), inside words and between them.
func TestFoldedAtAgrees(t *testing.T) {
	type pair struct{ text, folded string }
	var texts []pair
	for _, text := range []string{"của Ủy ban hoà giải", "x Thuỷ lợi, quỷ", "Hoà. Khoẻ", "quý Huỳnh", "QUỶ hoàn HOÀ-hoà"} {
		texts = append(texts, pair{text, fold(text)})
	}
	// the document's folded text as the builder writes it, which the
	// agenda's word sets slice
	for _, d := range corpusDocuments(t) {
		texts = append(texts, pair{d.text, d.folded})
	}
	n := 0
	for _, p := range texts {
		text, folded := p.text, p.folded
		for start := 0; start < len(text); {
			for end := start; end <= min(len(text), start+40); {
				s := text[start:end]
				if got, want := foldedAt(text, folded, start, s), fold(s); got != want {
					t.Fatalf("foldedAt(%q) = %q, want %q", s, got, want)
				}
				n++
				if end == len(text) {
					break
				}
				_, size := utf8.DecodeRuneInString(text[end:])
				end += size
			}
			_, size := utf8.DecodeRuneInString(text[start:])
			start += size
		}
		// s elsewhere than at start is folded on its own
		if len(text) > 20 {
			if s := "HOÀ " + text[:10]; foldedAt(text, folded, 3, s) != fold(s) {
				t.Fatalf("foldedAt(%q) elsewhere", s)
			}
		}
	}
	if n < 100000 {
		t.Errorf("only %d spans tested", n)
	}
}

// TestHoldsFoldedAgrees checks holdsFolded against a lookup of fold(w) for
// every word and pair of words of the corpus, and for words longer than
// its buffer.
func TestHoldsFoldedAgrees(t *testing.T) {
	words := []string{"", "Nguyễn", "NGUYỄN", "Hoà", "HOÀ", strings.Repeat("Ô", 30), "Lâm Đồng", "LÂM ĐỒNG"}
	for _, d := range corpusDocuments(t) {
		ws := strings.Fields(d.text)
		for i, w := range ws {
			words = append(words, w)
			if i > 0 {
				words = append(words, ws[i-1]+" "+w)
			}
		}
	}
	for _, set := range []map[string]bool{vocab.surnames, vocab.places, adminLevels, nameLinkWords, bylineOrgWords} {
		for _, w := range words {
			if got, want := holdsFolded(set, w), set[fold(w)]; got != want {
				t.Fatalf("holdsFolded(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// TestTitleFoldedAgrees checks that the headline taken from the folded text
// is fold(title) on every corpus document, and on documents whose title
// paragraph runs into letters or differs from the headline.
func TestTitleFoldedAgrees(t *testing.T) {
	docs := corpusDocuments(t)
	taken := 0
	for _, d := range docs {
		if got, want := d.foldTitle(), fold(d.title); got != want {
			t.Fatalf("foldTitle() = %q, want %q", got, want)
		}
		if len(d.paras) > 0 && d.paras[0].kind == paraTitle && d.text[d.paras[0].start:d.paras[0].end] == d.title {
			taken++
		}
	}
	if taken == 0 {
		t.Fatal("no corpus document has its headline as its title paragraph")
	}
	for _, c := range []struct{ title, text string }{
		{"Hội nghị HOÀ", "Hội nghị HOÀ\nSáng nay"},
		{"Hội nghị HOÀ", "Hội nghị HOÀn\nSáng nay"},
		{"Hoà giải", "xHoà giải\n"},
		{"THUỶ", "THUỶ"},
		{"Khác", "Hội nghị\nKhác"},
	} {
		d := &document{title: c.title, text: c.text, folded: fold(c.text)}
		start := max(0, strings.Index(c.text, c.title))
		d.paras = []span{{start, min(len(c.text), start+len(c.title)), paraTitle}}
		if got, want := d.foldTitle(), fold(c.title); got != want {
			t.Fatalf("foldTitle(%q in %q) = %q, want %q", c.title, c.text, got, want)
		}
	}
}
