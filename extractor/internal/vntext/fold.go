package vntext

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// Fold returns a comparison key for Vietnamese text: lower-cased, with the
// tone mark of the open syllables "oa", "oe" and "uy" moved to the first vowel
// (hoà → hòa, uỷ → ủy, thuỷ → thủy), the placement most official text uses.
//
// Fold never changes the byte length of its input, so an offset found in
// Fold(text) is valid in text. Runes whose lower case has another width, and
// bytes that are not valid UTF-8, are left as they are.
func Fold(s string) string {
	// Text that is already lower-case ASCII folds to itself: no tone marks
	// to move and nothing to lower.
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	// Lower-casing keeps every byte length here, so the copy is rewritten
	// in place.
	out := []byte(s)
	for i < len(out) {
		if i+8 <= len(out) {
			// Eight ASCII bytes at a time: the bulk of Vietnamese text.
			w := binary.LittleEndian.Uint64(out[i:])
			if w&highBits == 0 {
				binary.LittleEndian.PutUint64(out[i:], lowerASCII8(w))
				i += 8
				continue
			}
		}
		c := out[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				out[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		switch {
		case c == 0xe1 && i+2 < len(out) && (out[i+1] == 0xba || out[i+1] == 0xbb) && out[i+2] >= 0x80 && out[i+2] <= 0xbf:
			// U+1E80..U+1EFF, the precomposed Vietnamese letters (ạ, ấ,
			// ỹ ...): capitals sit on even code points, each followed by
			// its lower case, so lowering sets the last bit. U+1E96..
			// U+1E9F (ẖ ẗ ẘ ẙ ẚ ẛ ẜ ẝ ẞ ẟ) break the pattern and are left.
			if out[i+1] == 0xbb || out[i+2] < 0x96 || out[i+2] >= 0xa0 {
				out[i+2] |= 1
			}
			i += 3
		case c == 0xc3 && i+1 < len(out) && out[i+1] >= 0x80 && out[i+1] <= 0xbf:
			// U+00C0..U+00FF, Latin-1 letters (à, é, ô ...): capitals
			// (but ×) are 0x20 below their lower case, as in ASCII.
			if out[i+1] <= 0x9e && out[i+1] != 0x97 {
				out[i+1] += 0x20
			}
			i += 2
		default:
			r, n := utf8.DecodeRune(out[i:])
			if l := unicode.ToLower(r); r != utf8.RuneError && l != r && utf8.RuneLen(l) == n {
				utf8.EncodeRune(out[i:], l)
			}
			i += n
		}
	}
	moveTones(out)
	return string(out)
}

const highBits = 0x8080808080808080

// lowerASCII8 lower-cases the eight ASCII bytes packed in w: each byte in
// 'A'..'Z' gets bit 0x20 set, found without branching by adding constants
// that carry into the byte's high bit exactly when it is >= 'A' or > 'Z'.
func lowerASCII8(w uint64) uint64 {
	const ones = 0x0101010101010101
	geA := w + ones*(0x80-'A')
	gtZ := w + ones*(0x7f-'Z')
	upper := geA &^ gtZ & highBits
	return w | upper>>2
}

// toneOf maps a toned vowel to its base vowel and tone index (1..5), and
// withTone does the reverse; both cover the vowels of the oa/oe/uy clusters.
// toneLatin1 and toneVietnamese hold toneOf for the two blocks all those
// vowels are in, for lookups without hashing.
var (
	toneOf         = map[rune][2]rune{}
	withTone       = map[[2]rune]rune{}
	toneLatin1     [0x180][2]rune // U+0000..U+017F
	toneVietnamese [0x60][2]rune  // U+1EA0..U+1EFF
)

// toneOfRune is toneOf[r] without a map lookup.
func toneOfRune(r rune) ([2]rune, bool) {
	var t [2]rune
	switch {
	case r < 0x180:
		t = toneLatin1[r]
	case r >= 0x1ea0 && r < 0x1f00:
		t = toneVietnamese[r-0x1ea0]
	}
	return t, t[0] != 0
}

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
			switch {
			case r < 0x180:
				toneLatin1[r] = toneOf[r]
			case r >= 0x1ea0 && r < 0x1f00:
				toneVietnamese[r-0x1ea0] = toneOf[r]
			default:
				panic("vntext: toned vowel outside the lookup blocks")
			}
			withTone[[2]rune{base, i}] = r
			i++
		}
	}
}

// moveTones rewrites, in place, "oà"→"òa", "oè"→"òe", "uỷ"→"ủy" (and the
// other tones) when the cluster ends the syllable and is not "qu"+"y".
func moveTones(b []byte) {
	for i := 0; i < len(b); i++ {
		// Only an ASCII o or u can open a cluster, and an ASCII byte is
		// never part of a multi-byte rune, so a byte scan finds them all.
		r1 := rune(b[i])
		if r1 != 'o' && r1 != 'u' {
			continue
		}
		// The toned vowel that follows is never ASCII.
		if i+1 >= len(b) || b[i+1] < utf8.RuneSelf {
			continue
		}
		r2, n2 := utf8.DecodeRune(b[i+1:])
		t, ok := toneOfRune(r2)
		if !ok || !((r1 == 'o' && (t[0] == 'a' || t[0] == 'e')) || (r1 == 'u' && t[0] == 'y')) {
			continue
		}
		// The cluster must end the syllable: next rune is not a letter.
		if next, _ := utf8.DecodeRune(b[i+1+n2:]); i+1+n2 < len(b) && unicode.IsLetter(next) {
			continue
		}
		// "quỳ", "quý": the u belongs to the initial consonant.
		if r1 == 'u' && i > 0 && (b[i-1] == 'q') {
			continue
		}
		first := withTone[[2]rune{r1, t[1]}]
		if utf8.RuneLen(first)+1 != 1+n2 {
			continue
		}
		n := utf8.EncodeRune(b[i:], first)
		b[i+n] = byte(t[0])
		i += n // the loop's i++ steps past the base vowel
	}
}
