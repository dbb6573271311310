package extractor

import (
	"unicode"
	"unicode/utf8"
)

// fieldsUpTo appends to dst the words of s as strings.Fields splits them
// (at Unicode spaces), stopping after limit+1 words: a caller that accepts
// at most limit words learns that there are more without splitting the
// rest, and with dst on its stack the split allocates nothing. Like
// wordsUpTo it decodes a rune only where a space may start (spaceLeads).
func fieldsUpTo(dst []string, s string, limit int) []string {
	start := -1 // where the current word starts, -1 between words
	for i := 0; i < len(s); {
		space, size := false, 1
		switch spaceLeads[s[i]] {
		case spaceNone:
		case spaceASCII:
			space = true
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
			if len(dst) > limit {
				return dst
			}
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}
