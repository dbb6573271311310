package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns a comparison key for Vietnamese text: lower-cased, with the
// tone mark of the open syllables "oa", "oe" and "uy" moved to the first vowel
// (hoà → hòa, uỷ → ủy, thuỷ → thủy), the placement most official text uses.
//
// Fold never changes the byte length of its input, so an offset found in
// Fold(text) is valid in text. Runes whose lower case has another width are
// left as they are.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			l = r
		}
		b.WriteRune(l)
	}
	out := []byte(b.String())
	moveTones(out)
	return string(out)
}

// toneOf maps a toned vowel to its base vowel and tone index (1..5), and
// withTone does the reverse; both cover the vowels of the oa/oe/uy clusters.
var (
	toneOf   = map[rune][2]rune{}
	withTone = map[[2]rune]rune{}
)

func init() {
	rows := map[rune]string{
		'a': "àáảãạ",
		'o': "òóỏõọ",
		'e': "èéẻẽẹ",
		'u': "ùúủũụ",
		'y': "ỳýỷỹỵ",
	}
	for base, toned := range rows {
		i := rune(1)
		for _, r := range toned {
			toneOf[r] = [2]rune{base, i}
			withTone[[2]rune{base, i}] = r
			i++
		}
	}
}

// moveTones rewrites, in place, "oà"→"òa", "oè"→"òe", "uỷ"→"ủy" (and the
// other tones) when the cluster ends the syllable and is not "qu"+"y".
func moveTones(b []byte) {
	for i := 0; i < len(b); {
		r1, n1 := utf8.DecodeRune(b[i:])
		if r1 != 'o' && r1 != 'u' {
			i += n1
			continue
		}
		r2, n2 := utf8.DecodeRune(b[i+n1:])
		t, ok := toneOf[r2]
		if !ok || !((r1 == 'o' && (t[0] == 'a' || t[0] == 'e')) || (r1 == 'u' && t[0] == 'y')) {
			i += n1
			continue
		}
		// The cluster must end the syllable: next rune is not a letter.
		if next, _ := utf8.DecodeRune(b[i+n1+n2:]); i+n1+n2 < len(b) && unicode.IsLetter(next) {
			i += n1
			continue
		}
		// "quỳ", "quý": the u belongs to the initial consonant.
		if r1 == 'u' && i > 0 && (b[i-1] == 'q') {
			i += n1
			continue
		}
		first := withTone[[2]rune{r1, t[1]}]
		if utf8.RuneLen(first)+1 != n1+n2 {
			i += n1
			continue
		}
		n := utf8.EncodeRune(b[i:], first)
		b[i+n] = byte(t[0])
		i += n1 + n2
	}
}
