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

// TestMoreWordsThanAgrees checks moreWordsThan against countWords on the
// corpus paragraphs and sentences and on spaces of every kind.
func TestMoreWordsThanAgrees(t *testing.T) {
	texts := []string{"", " ", "a", " a ", "a\u00a0b\u2003c", "a\u0085b", "\xe1 b", "một hai ba bốn năm sáu"}
	for _, d := range corpusDocuments(t) {
		for _, p := range d.paras {
			texts = append(texts, d.text[p.start:p.end])
		}
		for _, s := range d.sents {
			texts = append(texts, d.folded[s.start:s.end])
		}
	}
	for _, s := range texts {
		c := countWords(s)
		for n := 0; n <= 25; n++ {
			if got, want := moreWordsThan(s, n), c > n; got != want {
				t.Fatalf("moreWordsThan(%.60q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestStartsWithOrganizerHeadAgrees checks the head lookup by first byte
// against the loop over every head, on every suffix of the corpus
// sentences that opens a word.
func TestStartsWithOrganizerHeadAgrees(t *testing.T) {
	plain := func(folded string) bool {
		folded = strings.TrimLeft(folded, " (")
		for _, h := range organizerHeads {
			if strings.HasPrefix(folded, h) && wordBoundary(folded, 0, len(h)) {
				return true
			}
		}
		return false
	}
	texts := []string{"", " ", "(", " (ubnd", "ubnd", "ubnd1", "bộ"}
	for _, d := range corpusDocuments(t) {
		for _, s := range d.sents {
			f := d.folded[s.start:s.end]
			for i := 0; i < len(f); i++ {
				if i == 0 || f[i-1] == ' ' {
					texts = append(texts, f[i:])
				}
			}
		}
	}
	n := 0
	for _, s := range texts {
		got, want := startsWithOrganizerHead(s), plain(s)
		if got != want {
			t.Fatalf("startsWithOrganizerHead(%.40q) = %v, want %v", s, got, want)
		}
		if want {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no text opens with an organizer head")
	}
}
