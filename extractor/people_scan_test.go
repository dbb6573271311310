package extractor

import (
	"math/bits"
	"math/rand"
	"testing"
)

// TestScanSpecialAgrees checks the eight-byte step of the word scan
// against wordScan: the lowest byte scanSpecial flags is the first byte
// that wordScan marks or that is at most 0x20, and no flag means there is
// none.
func TestScanSpecialAgrees(t *testing.T) {
	inSet := func(c byte) bool { return c <= 0x20 || wordScan[c] != 0 }
	check := func(w [8]byte) {
		x := le64(string(w[:]))
		want := 8
		for i, c := range w {
			if inSet(c) {
				want = i
				break
			}
		}
		got := 8
		if m := scanSpecial(x); m != 0 {
			got = bits.TrailingZeros64(m) >> 3
		}
		if got != want {
			t.Fatalf("scanSpecial(% x): first flag at %d, want %d", w, got, want)
		}
	}
	// Every byte value at every place, among letters.
	for c := 0; c < 256; c++ {
		for p := range 8 {
			w := [8]byte{'a', 0xE1, 0xBB, 0x87, 'n', 0xC3, 0xA0, 'g'}
			w[p] = byte(c)
			check(w)
		}
	}
	// Random words over bytes near the bounds and the set.
	pool := []byte{0, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x3A, 0x3B, 0x3C, 'a', 'Z', 0x7F, 0x80, 0x99, 0x9A, 0x9B,
		0xA0, 0xBB, 0xC1, 0xC2, 0xC3, 0xE1, 0xE2, 0xE3, 0xE4, 0xEE, 0xEF, 0xF0, 0xFF}
	r := rand.New(rand.NewSource(1))
	for range 200000 {
		var w [8]byte
		for i := range w {
			w[i] = pool[r.Intn(len(pool))]
		}
		check(w)
	}
}
