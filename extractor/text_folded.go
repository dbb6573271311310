package extractor

import (
	"bytes"
	"unicode/utf8"
)

// Paragraph tests that take the paragraph's folded text from blockWriter,
// which has it, instead of folding the text again.

// isRelatedHeadingFolded is isRelatedHeading(s), given folded = Fold(s) or
// nil.
func isRelatedHeadingFolded(s string, folded []byte) bool {
	if folded == nil {
		return isRelatedHeading(s)
	}
	return len(s) <= 60 && relatedHeadingTrimmed(s, bytes.TrimFunc(folded, notLetter))
}

// isFurnitureLineFolded is isFurnitureLine(s), given folded = Fold(s) or
// nil. The Fold of the first 40 bytes is the start of Fold(s) unless the
// cut falls inside an oa, oe or uy cluster, whose tone Fold may place
// otherwise when the cluster ends the text: those few are folded apart.
func isFurnitureLineFolded(s string, folded []byte) bool {
	if folded == nil || len(s) > 300 {
		return isFurnitureLine(s)
	}
	p := prefixLen(s, 40)
	if p < len(s) && p > 0 {
		if c := s[p-1]; c >= utf8.RuneSelf || c|0x20 == 'o' || c|0x20 == 'u' {
			return isFurnitureLine(s)
		}
	}
	return furnitureFolded(s, folded[:p])
}

// decodeRune is utf8.DecodeRuneInString(string(s)), but for the size of
// an invalid rune (1), which is reported as 3.
func decodeRune[T string | []byte](s T) (rune, int) {
	if len(s) == 0 {
		return utf8.RuneError, 0
	}
	// copied to the stack: string(s) of a []byte would allocate
	var b [utf8.UTFMax]byte
	r, _ := utf8.DecodeRune(b[:copy(b[:], s)])
	return r, utf8.RuneLen(r)
}

// trimLeftRESpace is strings.TrimLeft(s, regexpSpace).
func trimLeftRESpace[T string | []byte](s T) T {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\f' || s[0] == '\r') {
		s = s[1:]
	}
	return s
}
