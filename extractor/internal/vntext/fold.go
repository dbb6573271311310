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
			if s[i+2]&1 == 0 && cased3(s[i+1], s[i+2]) {
				return i // a capital
			}
			if i > 0 && (s[i-1] == 'o' || s[i-1] == 'u') {
				return i
			}
			i += 3
		case c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xbf:
			if lower2Of(c, s[i+1]) != uint16(c)<<8|uint16(s[i+1]) {
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
				// The loop goes on at the first non-ASCII byte.
				i += lowerASCIIHead(out, i, w)
				c = out[i]
			} else {
				out[i] = lowerASCII[c]
				i++
				continue
			}
		}
		if lead := plainLead[c]; lead&3 != plainNone && i+4 <= len(out) {
			// The runes of plain text by the table foldPlain reads,
			// which does what the switch below does with them without a
			// branch on their length; any other rune, and one the table
			// has no fold for, is left to the switch. The step is written
			// out here as in foldPlain: as a function it is not inlined,
			// which cost 0.5% of Extract.
			kind := lead & 3
			b := out[i : i+4 : i+4]
			if binary.LittleEndian.Uint32(b)&plainContMask[kind] == plainContBits[kind] {
				k := lead >> plainShift & 1
				if l := plainFold[kind][int(b[k]&0x3f)<<6|int(b[k+1]&0x3f)]; l != 0 {
					b[k], b[k+1] = byte(l), byte(l>>8)
					prev := i - 1
					i += int(k) + 2
					if lead&afterOU[out[max(prev, 0)]] != 0 {
						moveTone(out, prev)
					}
					continue
				}
			}
		}
		switch {
		case c == 0xe1 && i+2 < len(out) && (out[i+1] == 0xba || out[i+1] == 0xbb) && out[i+2] >= 0x80 && out[i+2] <= 0xbf:
			if fold3(out, i) {
				moveTone(out, i-1)
			}
			i += 3
		case c >= 0xc2 && c <= 0xdf && i+1 < len(out) && out[i+1] >= 0x80 && out[i+1] <= 0xbf:
			if fold2(out, i, c) {
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

// fold3 lowers the rune U+1E80..U+1EFF whose three bytes are at out[i:],
// and reports whether it follows an o or u, whose tone moveTone(out, i-1)
// may then move. It is the fold of these runes in foldBytes and
// AppendFoldPlain.
//
// These are the precomposed Vietnamese letters (ạ, ấ, ỹ ...): capitals sit
// on even code points, each followed by its lower case, so lowering sets
// the last bit (see cased3).
func fold3(out []byte, i int) bool {
	if cased3(out[i+1], out[i+2]) {
		out[i+2] |= 1
	}
	return i > 0 && (out[i-1] == 'o' || out[i-1] == 'u')
}

// cased3 reports whether the rune U+1E80..U+1EFF whose last two bytes are
// b1, b2 is a letter of the pattern fold3 lowers. U+1E96..U+1E9F (ẖ ẗ ẘ ẙ
// ẚ ẛ ẜ ẝ ẞ ẟ) break it and are left as they are.
func cased3(b1, b2 byte) bool {
	return b1 == 0xbb || b2 < 0x96 || b2 >= 0xa0
}

// fold2 lowers the two-byte rune U+0080..U+07FF (Latin-1 à é ô, Latin
// Extended ă đ ơ ư ...) whose bytes are at out[i:], the first of them c,
// and reports whether it follows an o or u, whose tone moveTone(out, i-1)
// may then move. It is the fold of these runes in foldBytes and
// AppendFoldPlain.
func fold2(out []byte, i int, c byte) bool {
	l := lower2Of(c, out[i+1])
	out[i], out[i+1] = byte(l>>8), byte(l)
	// Of the two-byte runes, only Latin-1 à á ã è é ý take a tone that
	// moves.
	return c == 0xc3 && i > 0 && (out[i-1] == 'o' || out[i-1] == 'u')
}

// lower2Of returns the two UTF-8 bytes, first byte high, of the lower case
// of the two-byte rune whose bytes are c, c2 (c in 0xc2..0xdf, c2 in
// 0x80..0xbf).
func lower2Of(c, c2 byte) uint16 {
	return lower2[int(c&0x1f)<<6|int(c2&0x3f)]
}

// lower2 maps each two-byte rune U+0080..U+07FF to the UTF-8 bytes, first
// byte high, of its lower case when that is also a two-byte rune, and of
// itself otherwise. It is indexed by code point: the first 0x80 entries are
// not used.
var lower2 = func() (t [0x800]uint16) {
	for r := rune(0x80); r < 0x800; r++ {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != 2 {
			l = r
		}
		t[r] = 0xc080 | uint16(l>>6)<<8 | uint16(l&0x3f)
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

// lowerASCIIHead lowers the ASCII bytes before the first non-ASCII one in
// the eight bytes at out[i:], which w holds as little-endian, and returns
// how many there are. They are lowered in the word with the others masked
// out (lowerASCII8 carries across bytes above 0x7F), and those are put
// back as they were.
func lowerASCIIHead(out []byte, i int, w uint64) int {
	k := bits.TrailingZeros64(w&highBits) >> 3
	keep := uint64(1)<<(8*k) - 1
	binary.LittleEndian.PutUint64(out[i:], lowerASCII8(w&keep)|w&^keep)
	return k
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
