package extractor

import (
	"math/rand/v2"
	"testing"
)

// TestFindShortAgrees checks findShort against findSlot on every word of
// at most eight bytes of the corpus pages, of the vocabularies, and on
// random byte strings: the same slot, so the same id.
func TestFindShortAgrees(t *testing.T) {
	var words []string
	for _, d := range corpusDocuments(t) {
		for _, tok := range tokenize(d) {
			words = append(words, tok.fold, tok.text)
		}
	}
	for _, tab := range []*wordTable{&vocab.wordIDs, &vocab.placeIDs, &vocab.abbrevIDs} {
		for _, s := range tab.slots {
			switch {
			case s.n > 8:
				// The first eight bytes of a longer key: only the
				// lengths tell the two apart.
				words = append(words, string(le64Bytes(s.head)))
			case s.n > 0:
				words = append(words, string(le64Bytes(s.head)[:s.n]))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "anhgiêtđ ,.\xc3\xa0"
	for range 20000 {
		b := make([]byte, 1+r.IntN(8))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		words = append(words, string(b))
	}
	checked := 0
	for _, w := range words {
		if w == "" || len(w) > 8 {
			continue
		}
		head := wordHead(w)
		for _, tab := range []*wordTable{&vocab.wordIDs, &vocab.placeIDs, &vocab.abbrevIDs} {
			if got, want := tab.findShort(head, len(w)), tab.findSlot(head, w); got != want {
				t.Fatalf("%q: findShort gives slot %p (id %d), findSlot %p (id %d)", w, got, got.id, want, want.id)
			}
		}
		checked++
	}
	if checked < 10000 {
		t.Fatalf("only %d words checked", checked)
	}
}

// le64Bytes is the inverse of le64 for a head.
func le64Bytes(x uint64) []byte {
	b := make([]byte, 8)
	for i := range b {
		b[i] = byte(x >> (8 * i))
	}
	return b
}
