package extractor

import (
	"strings"
	"testing"
)

// TestTextSketchAgreesWithContains checks that a sentence's sketch turns
// down no phrase the sentence holds, and that contains agrees with
// strings.Contains: on the phrases the agenda's gates ask for, on every
// run of two to twelve bytes of each corpus sentence, and on texts whose
// lengths fill's steps divide unevenly.
func TestTextSketchAgreesWithContains(t *testing.T) {
	phrases := []string{"nghe", "báo", "cáo", "tham luận", "khai mạc", "bế mạc", "chỉ đạo", "đề dẫn", " cử ", " sẽ ",
		"mong muốn", "đề nghị", "yêu cầu", "tiến hành", "tập trung", "phát động", "câu hỏi", "ký kết", "trao ", "ký thỏa thuận"}
	texts := []string{"", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefghi", "Đề nghị", "đề nghị các đơn vị"}
	for _, d := range corpusDocuments(t) {
		for _, s := range d.sents {
			texts = append(texts, d.folded[s.start:s.end])
		}
	}
	for _, text := range texts {
		var sk textSketch
		sk.fill(text)
		check := func(sub string) {
			if got, want := sk.contains(text, sub), strings.Contains(text, sub); got != want {
				t.Fatalf("sketch of %q: contains(%q) = %v, want %v", text, sub, got, want)
			}
		}
		for _, p := range phrases {
			check(p)
		}
		for i := 0; i+2 <= len(text); i++ {
			for n := 2; n <= 12 && i+n <= len(text); n++ {
				check(text[i : i+n])
			}
		}
	}
}
