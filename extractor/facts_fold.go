package extractor

import "github.com/meetx/meetx/extractor/internal/vntext"

// foldedAt returns fold(s) for s found at text[start:], where folded is
// the fold of text (a slice of the document's text and folded text at the
// same offsets): when s is there and a non-letter stands on each side of it,
// the span of folded is its fold, with no copy. Fold looks past a span only
// to move a tone ("hoà" -> "hòa"), which it does not do next to a letter
// outside the span (TestFoldedAtAgrees).
func foldedAt(text, folded string, start int, s string) string {
	end := start + len(s)
	if start > 0 && end < len(text) && text[start:end] == s && !letterBefore(text, start) && !letterAt(text, end) {
		return folded[start:end]
	}
	return fold(s)
}

// holdsFolded is set[fold(w)], with w folded into a buffer on the stack:
// a map looked up by a converted byte slice makes no string.
func holdsFolded(set map[string]bool, w string) bool {
	var buf [48]byte
	if len(w) > len(buf) {
		return set[fold(w)]
	}
	return set[string(vntext.AppendFold(buf[:0], w))]
}
