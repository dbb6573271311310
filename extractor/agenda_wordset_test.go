package extractor

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/meetx/meetx/schema"
)

// wordSetOfWords is wordSet with the words themselves rather than their
// hashes: the reference TestWordJaccardAgreesWithWords checks against.
func wordSetOfWords(s string) []string {
	words := strings.Fields(fold(s))
	for i, w := range words {
		words[i] = trimWordPunct(w)
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// wordJaccardOfWords is wordJaccard for sets from wordSetOfWords.
func wordJaccardOfWords(a, b []string) float64 {
	inter := 0
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); ok {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

// TestWordJaccardAgreesWithWords checks that word sets of hashes give the
// Jaccard index of the word sets themselves, on the agenda battery's
// sentences and items compared pairwise, and on texts with unusual spaces
// and punctuation.
func TestWordJaccardAgreesWithWords(t *testing.T) {
	texts := []string{
		"", " ", ",", "a , b", "Hội nghị, hội nghị; HỘI NGHỊ: hội nghị.", "a\u00a0b\u0085c\u1680d\u2003e\u3000f",
		"ạ\u1680ả ấ\u2000", "\xe2\x80 \xe1\x9a x\xc2", "thông qua  Nghị quyết\tvà\nbầu ... Ban Chấp hành",
	}
	data, err := os.ReadFile("testdata/agenda_battery.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		texts = append(texts, strings.Split(line, "\t")...)
	}
	hashed := make([][]uint64, len(texts))
	words := make([][]string, len(texts))
	for i, s := range texts {
		hashed[i], words[i] = wordSet(s), wordSetOfWords(s)
		if len(hashed[i]) != len(words[i]) {
			t.Fatalf("wordSet(%q) has %d words, want %d", s, len(hashed[i]), len(words[i]))
		}
	}
	for i := range texts {
		for j := max(0, i-40); j <= i; j++ {
			if got, want := wordJaccard(hashed[i], hashed[j]), wordJaccardOfWords(words[i], words[j]); got != want {
				t.Errorf("wordJaccard(%q, %q) = %v, want %v", texts[i], texts[j], got, want)
			}
		}
	}
}

// TestFoldedAtAgreesWithFold checks foldedAt, which takes a text's folded
// form from the document's, against fold on the texts from token starts
// to token ends of the corpus pages, and counts that it took the fast path.
func TestFoldedAtAgreesWithFold(t *testing.T) {
	pages, _ := benchPages(t)
	pages = append(pages, []byte("Thuỷ lợi hoà bình, KHOẺ mạnh: Hoà. ủy ban (hoà) uỷ-ban 12hoà"))
	fast := 0
	for _, body := range pages {
		d, err := newDocument(schema.Page{URL: "test", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		toks := tokenize(d)
		for i := 0; i < len(toks); i += 3 {
			for j := i; j < min(len(toks), i+30); j += 7 {
				start, end := int(toks[i].start), int(toks[j].end)
				text := d.text[start:end]
				got := foldedAt(d, text, start)
				if want := fold(text); got != want {
					t.Fatalf("foldedAt(%q) = %q, want %q", text, got, want)
				}
				if letterFreeAt(d.text, start-1) && letterFreeAt(d.text, end) {
					fast++
				}
				if got := foldedAt(d, text, start+1); got != fold(text) {
					t.Fatalf("foldedAt(%q) one byte off = %q, want %q", text, got, fold(text))
				}
			}
		}
	}
	if fast == 0 {
		t.Error("no text took the fast path")
	}
}
