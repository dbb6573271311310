package extractor

import (
	"strings"
	"testing"
)

// TestWordListsAgree checks the word-list tests that compare only the
// words of a first byte or of a hashed head (wordsByFirst, containsHeaded,
// doiVoiWord) against the plain loops over the lists, on every suffix of
// the corpus sentences and on edge cases.
func TestWordListsAgree(t *testing.T) {
	texts := []string{"", "đ", "đây", "đâyx", "đây.", "số", "sốa", "đại sứ", "xđại sứ", "đối với ", "tp"}
	for _, d := range corpusDocuments(t) {
		for _, s := range d.sents {
			texts = append(texts, d.folded[s.start:s.end])
		}
	}
	n := 0
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			s := text[i:]
			if got, want := placeNotFirst.opens(s), opensWithWord(placeNotWords, s); got != want {
				t.Fatalf("placeNotFirst.opens(%.40q) = %v, want %v", s, got, want)
			}
			if got, want := placePartFirst.opens(s), opensWithWord(placePartWords, s); got != want {
				t.Fatalf("placePartFirst.opens(%.40q) = %v, want %v", s, got, want)
			}
			frag := s[:min(len(s), 60)]
			want := false
			for _, w := range officeWords {
				want = want || strings.Contains(frag, w)
			}
			if got := containsHeaded(officeHeads, officeWords, frag); got != want {
				t.Fatalf("containsHeaded(officeWords, %q) = %v, want %v", frag, got, want)
			}
			if got, want := lastIndexIfAny(s, doiVoiWord), strings.LastIndex(s, doiVoiWord.word); got != want {
				t.Fatalf("lastIndexIfAny(%.40q, %q) = %d, want %d", s, doiVoiWord.word, got, want)
			}
			n++
		}
	}
	if n < 10000 {
		t.Errorf("only %d texts tested", n)
	}
}
