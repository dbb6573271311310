package extractor

import (
	"strings"
	"testing"
)

// TestIndexDigit checks indexDigit against a byte by byte search, from
// every offset of texts with digits at every place of an eight-byte word
// and with every byte value around them.
func TestIndexDigit(t *testing.T) {
	texts := []string{"", "0", "a", "abcdefgh", "abcdefgh9", "0123456789"}
	for c := 0; c < 256; c++ {
		texts = append(texts, strings.Repeat(string([]byte{byte(c)}), 11)+"5"+string([]byte{byte(c)}))
	}
	for k := 0; k < 17; k++ {
		texts = append(texts, strings.Repeat("ư/", k)+"7 x", strings.Repeat(":", k)+"9")
	}
	for _, d := range corpusDocuments(t) {
		texts = append(texts, d.folded)
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !isDigitByte(s[want]) {
				want++
			}
			if got := indexDigit(s, i); got != want {
				t.Fatalf("indexDigit(%.40q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestLastPhotoLabel checks lastPhotoLabel against strings.LastIndex.
func TestLastPhotoLabel(t *testing.T) {
	texts := []string{"", ":", "ảnh:", "ảnh", "xảnh:", "ảnh: a ảnh: b", "ảnh:ảnh:", "nh:", ":ảnh:", "ảnh :", "Ảnh:", "ảnh::"}
	for _, d := range corpusDocuments(t) {
		for _, p := range d.paras {
			texts = append(texts, d.folded[p.start:p.end])
		}
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i += 1 + i/8 {
			if got, want := lastPhotoLabel(s[i:]), strings.LastIndex(s[i:], "ảnh:"); got != want {
				t.Fatalf("lastPhotoLabel(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}

// TestDirectiveNumberKeyFastPath checks directiveNumberKey against its
// plain form on numbers of every kind of byte.
func TestDirectiveNumberKeyFastPath(t *testing.T) {
	plain := func(n string) string {
		return strings.ToUpper(strings.Join(strings.Fields(strings.ReplaceAll(n, "–", "-")), ""))
	}
	nums := []string{"", "01/NQ-CP", "01/nq-cp", "01 /NQ-CP", "01–NQ/TW", "35-NQ/TW\u00a0", "12/QĐ-UBND", "5/KH\t", "7.QĐ", "a", "Z"}
	for c := 0; c < 128; c++ {
		nums = append(nums, "1"+string(rune(c))+"/KH")
	}
	for _, n := range nums {
		if got, want := directiveNumberKey(n), plain(n); got != want {
			t.Errorf("directiveNumberKey(%q) = %q, want %q", n, got, want)
		}
	}
}
