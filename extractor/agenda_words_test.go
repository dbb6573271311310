package extractor

import (
	"strings"
	"testing"
)

// TestWordsUpToAgreesWithFields checks countWords and hasWords, which
// decode only the runes that may be spaces, against strings.Fields.
func TestWordsUpToAgreesWithFields(t *testing.T) {
	texts := []string{
		"", " ", "một", "Phát biểu khai mạc Hội nghị, đồng chí Nguyễn Văn A",
		"  hai\tba\nbốn\r\nnăm\v sáu\f", "a\u00a0b\u0085c\u1680d\u2003e\u2028f\u202fg\u205fh\u3000i",
		"ạ\u1680ả ấ\u2000", "\xe2\x80 \xe1\x9a x\xc2", "\xc2\xa0\xc2\xa0", "x\xe3\x80\x80y\xe3\x80",
		"Lễ kỷ niệm 75 năm Ngày thành lập ngành (1/1950 - 1/2025)…",
	}
	for _, s := range texts {
		want := len(strings.Fields(s))
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
		for n := 0; n <= want+1; n++ {
			if got := hasWords(s, n); got != (want >= n) {
				t.Errorf("hasWords(%q, %d) = %v, want %v", s, n, got, want >= n)
			}
		}
	}
}
