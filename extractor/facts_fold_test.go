package extractor

import (
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
