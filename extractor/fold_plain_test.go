package extractor

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/meetx/meetx/extractor/internal/vntext"
)

// TestAppendFoldPlain checks that text vntext.AppendFoldPlain calls plain
// is text collapseSpace keeps as it is, and that its fold is fold's, on
// pieces of the corpus text and on random mixes of the runes that matter.
func TestAppendFoldPlain(t *testing.T) {
	docs, _ := benchDocuments(t)
	var texts []string
	for _, d := range docs {
		for _, p := range d.paras {
			texts = append(texts, d.text[p.start:p.end])
		}
	}
	pieces := []string{"a", "A", " ", "  ", "\t", "\n", "\x00", "\x1f", "\x7f", "oà", "OÀ", "uỷ", "quý", "hoẠ", "Đ", "đ",
		"\u00a0", "\u00ad", "\u2009", "\u200b", "\u202f", "\u2000", "\u2013", "…", "\ufeff", "\u0301", "ǅ", "Σ", "ἀ", "€", "😀", "ẞ", "ẖ"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(24) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	// a control byte or two spaces at every offset of ASCII and accented
	// text, against the words the scan reads
	for n := 2; n < 24; n++ {
		for _, letter := range []string{"a", "ạ", "ă"} {
			for p := 1; p < n-1; p++ {
				for _, odd := range []string{"  ", "\n", "\x01"} {
					word := strings.Repeat("x", p) + odd + strings.Repeat(letter, n-p)
					texts = append(texts, word, "ạ"+word, "Tô "+word)
				}
			}
		}
	}
	for _, s := range texts {
		got, plain := vntext.AppendFoldPlain([]byte("x"), s)
		if !plain {
			if string(got) != "x" {
				t.Errorf("AppendFoldPlain(%q) wrote %q for text that is not plain", s, got)
			}
			continue
		}
		if string(got) != "x"+fold(s) {
			t.Errorf("AppendFoldPlain(%q) = %q, fold gives %q", s, got[1:], fold(s))
		}
		if c := collapseSpace(s); c != s {
			t.Errorf("AppendFoldPlain(%q) is plain, collapseSpace gives %q", s, c)
		}
		if collapsed, nfc := scanText(s); !collapsed || !nfc {
			t.Errorf("AppendFoldPlain(%q) is plain, scanText gives %v, %v", s, collapsed, nfc)
		}
	}
}
