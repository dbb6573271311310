package vntext

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Fold returns a comparison key for Vietnamese text: lower-cased, with the
// tone mark of the open syllables "oa", "oe" and "uy" moved to the first vowel
// (hoà → hòa, uỷ → ủy, thuỷ → thủy), the placement most official text uses.
//
// Fold never changes the byte length of its input, so an offset found in
// Fold(text) is valid in text. Runes whose lower case has another width, and
// bytes that are not valid UTF-8, are left as they are.
func Fold(s string) string {
	// Text that is already folded, such as lower-case ASCII, folds to
	// itself: it is returned without a copy.
	i := foldedPrefix(s)
	if i == len(s) {
		return s
	}
	out := []byte(s)
	foldBytes(out, i)
	// out is not used after this, so the string may take its memory
	// instead of a copy of it, as strings.Builder does.
	return unsafe.String(&out[0], len(out))
}

// foldedPrefix returns the length of a prefix of s that Fold leaves as it
// is: lower-case ASCII, and the lower-case letters of the two blocks that
// foldBytes lowers by table that follow no o or u (after which a tone may
// move). It stops at the first other rune, and never past one that
// foldBytes would change.
func foldedPrefix(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		case c == 0xe1 && i+2 < len(s) && (s[i+1] == 0xba || s[i+1] == 0xbb) && s[i+2] >= 0x80 && s[i+2] <= 0xbf:
			if s[i+2]&1 == 0 && (s[i+1] == 0xbb || s[i+2] < 0x96 || s[i+2] >= 0xa0) {
				return i // a capital (see foldBytes)
			}
			if i > 0 && (s[i-1] == 'o' || s[i-1] == 'u') {
				return i
			}
			i += 3
		case c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xbf:
			if r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f); lower2[r-0x80] != uint16(r) {
				return i
			}
			if c == 0xc3 && i > 0 && (s[i-1] == 'o' || s[i-1] == 'u') {
				return i
			}
			i += 2
		default:
			return i
		}
	}
	return i
}

// AppendFold appends Fold(s) to dst.
func AppendFold(dst []byte, s string) []byte {
	base := len(dst)
	dst = append(dst, s...)
	foldBytes(dst[base:], 0)
	return dst
}

// foldBytes is Fold of out, in place, from offset i on (Fold leaves the
// bytes before i as they are).
func foldBytes(out []byte, i int) {
	// Lower-casing keeps every byte length here, so the copy is rewritten
	// in place, and a tone is moved as soon as the toned vowel after an o
	// or u is lowered: the bytes left of it are final by then, and whether
	// the rune after it is a letter does not depend on its case.
	for i < len(out) {
		c := out[i]
		if c < utf8.RuneSelf {
			if i+8 <= len(out) {
				// Eight ASCII bytes at a time: runs of them are common
				// between the accented letters of Vietnamese text.
				w := binary.LittleEndian.Uint64(out[i:])
				if w&highBits == 0 {
					binary.LittleEndian.PutUint64(out[i:], lowerASCII8(w))
					i += 8
					continue
				}
				// The ASCII bytes before the first non-ASCII one, lowered
				// in the word with the others masked out (lowerASCII8
				// carries across bytes above 0x7F) and put back as they
				// were; the loop goes on at the first of those.
				k := bits.TrailingZeros64(w&highBits) >> 3
				keep := uint64(1)<<(8*k) - 1
				binary.LittleEndian.PutUint64(out[i:], lowerASCII8(w&keep)|w&^keep)
				i += k
				c = out[i]
			} else {
				out[i] = lowerASCII[c]
				i++
				continue
			}
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
			if i > 0 && (out[i-1] == 'o' || out[i-1] == 'u') {
				moveTone(out, i-1)
			}
			i += 3
		case c >= 0xc2 && c <= 0xdf && i+1 < len(out) && out[i+1] >= 0x80 && out[i+1] <= 0xbf:
			// U+0080..U+07FF (Latin-1 à é ô, Latin Extended ă đ ơ ư ...):
			// looked up in a table of their lower cases.
			r := rune(c&0x1f)<<6 | rune(out[i+1]&0x3f)
			if l := lower2[r-0x80]; l != uint16(r) {
				out[i] = 0xc0 | byte(l>>6)
				out[i+1] = 0x80 | byte(l&0x3f)
			}
			if c == 0xc3 && i > 0 && (out[i-1] == 'o' || out[i-1] == 'u') {
				moveTone(out, i-1)
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
}

// lowerASCII maps each ASCII byte to its lower case.
var lowerASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(unicode.ToLower(rune(c)))
	}
	return t
}()

// lower2 maps each two-byte rune U+0080..U+07FF to its lower case when that
// is also a two-byte rune, and to itself otherwise.
var lower2 = func() (t [0x800 - 0x80]uint16) {
	for r := rune(0x80); r < 0x800; r++ {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != 2 {
			l = r
		}
		t[r-0x80] = uint16(l)
	}
	return t
}()

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

// moveTone rewrites, in place, "oà"→"òa", "oè"→"òe", "uỷ"→"ủy" (and the
// other tones) for the o or u at b[i] when the cluster ends the syllable
// and is not "qu"+"y".
func moveTone(b []byte, i int) {
	r1 := rune(b[i])
	r2, n2 := utf8.DecodeRune(b[i+1:])
	t, ok := toneOfRune(r2)
	if !ok || !((r1 == 'o' && (t[0] == 'a' || t[0] == 'e')) || (r1 == 'u' && t[0] == 'y')) {
		return
	}
	// The cluster must end the syllable: next rune is not a letter.
	if next, _ := utf8.DecodeRune(b[i+1+n2:]); i+1+n2 < len(b) && unicode.IsLetter(next) {
		return
	}
	// "quỳ", "quý": the u belongs to the initial consonant.
	if r1 == 'u' && i > 0 && (b[i-1] == 'q') {
		return
	}
	first := withTone[[2]rune{r1, t[1]}]
	if utf8.RuneLen(first)+1 != 1+n2 {
		return
	}
	n := utf8.EncodeRune(b[i:], first)
	b[i+n] = byte(t[0])
}
