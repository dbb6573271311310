package extractor

import (
	"math/bits"
	"strings"
)

// asciiTable marks a set of ASCII bytes (one bool per byte value). index is strings.IndexAny(s, set)
// for it: an ASCII byte is always a rune of its own in UTF-8, so a table
// lookup per byte finds what IndexAny finds, without rebuilding its set on
// every call.
type asciiTable [256]bool

func newASCIITable(chars string) *asciiTable {
	var b asciiTable
	for i := 0; i < len(chars); i++ {
		if chars[i] >= 0x80 {
			panic("extractor: a asciiTable holds ASCII bytes only: " + chars)
		}
		b[chars[i]] = true
	}
	return &b
}

// index returns the place of the first byte of s in b, or -1.
func (b *asciiTable) index(s string) int {
	for i := 0; i < len(s); i++ {
		if b[s[i]] {
			return i
		}
	}
	return -1
}

var (
	clauseMarks        = newASCIITable(",;.:(\"\n")  // clause
	issuerNameMarks    = newASCIITable(",;.:()\n\"") // organizerInName
	subjectClauseMarks = newASCIITable(";:\n.,")     // subjectClause
)

// indexBracketBarOrDot is strings.IndexAny(s, "(|·") by three byte
// searches: with "·" in its set IndexAny decodes every rune of s. The
// first byte of "·" (0xC2) never continues another rune, so its place is
// the rune's.
func indexBracketBarOrDot(s string) int {
	end := -1
	for _, k := range [...]int{strings.IndexByte(s, '('), strings.IndexByte(s, '|'), strings.Index(s, "·")} {
		if k >= 0 && (end < 0 || k < end) {
			end = k
		}
	}
	return end
}

// indexSpaceOrComma returns the place of the first space or comma of s at
// or after i, or len(s). Eight bytes are tested at a time, as indexDigit
// does: (x-lowBits)&^x&highBits flags the zero bytes of x, the lowest
// flag exactly, so the bytes equal to ' ' (or ',') are the zero bytes of
// w xor ' ' (or ',').
func indexSpaceOrComma(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i : i+8])
		sp, cm := w^' '*lowBits, w^','*lowBits
		if m := ((sp-lowBits)&^sp | (cm-lowBits)&^cm) & highBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && s[i] != ' ' && s[i] != ',' {
		i++
	}
	return i
}
