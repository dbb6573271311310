package extractor

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCLetterMarks checks nfcTable against norm.NFC for every letter of
// nfcBases with one and two marks, and that other segments are left to the
// cache.
func TestNFCLetterMarks(t *testing.T) {
	for _, b := range nfcBases {
		for _, m1 := range vietMarks {
			for _, m2 := range vietMarks {
				for _, seg := range []string{string([]rune{b, m1}), string([]rune{b, m1, m2})} {
					if got, ok := nfcLetterMarks(seg); !ok || got != norm.NFC.String(seg) {
						t.Errorf("nfcLetterMarks(%q) = %q, %v; want %q", seg, got, ok, norm.NFC.String(seg))
					}
				}
			}
		}
	}
	for _, seg := range []string{"a", "a\u0301\u0301\u0301", "a\u0304", "\u00e0\u0301", "\u1ea1\u0302"} {
		if _, ok := nfcLetterMarks(seg); ok {
			t.Errorf("nfcLetterMarks(%q): ok, want false", seg)
		}
	}
}
