package extractor

import (
	"os"
	"slices"
	"strings"
	"testing"
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
