package vntext

import "encoding/binary"

// AppendFoldPlain appends Fold(s) to dst and reports true when s is plain:
// neither starting nor ending with a space, with no control byte, no two
// spaces in a row, and no rune other than those of well-formed Vietnamese
// text, which NFC keeps as they are: ASCII, U+0080-U+02FF except the
// no-break space and the soft hyphen, U+1E80-U+1EFF, and U+2002-U+203F
// except the thin, zero-width and narrow no-break spaces. Text that is not
// plain may need collapsing or normalising first: dst is then returned as
// it was, with false.
//
// s must not share memory with dst's spare capacity. Most paragraphs of a
// page are plain, and testing them in the pass that folds them costs little
// more than folding alone.
func AppendFoldPlain[T string | []byte](dst []byte, s T) ([]byte, bool) {
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return dst, false
	}
	base := len(dst)
	dst = append(dst, s...)
	if !foldPlain(dst[base:]) {
		return dst[:base], false
	}
	return dst, true
}

// foldPlain is Fold of out, in place, when out is plain (see
// AppendFoldPlain); it reports false as soon as out is found not to be,
// leaving out partly folded. It is apart from the generic AppendFoldPlain
// so that its loop has registers for what it reads.
func foldPlain(out []byte) bool {
	for i := 0; i < len(out); {
		c := out[i]
		if c < 0x80 {
			// ASCII, lowered as in foldBytes (lowerASCII8,
			// lowerASCIIHead) once the eight bytes from here hold no
			// control byte and no space followed by a space. Every ASCII
			// byte is in some word tested, and so is every pair of bytes
			// that starts with one, but the last of a word (tested apart
			// when the word is all ASCII).
			if i+8 > len(out) {
				if c < 0x20 || c == ' ' && i+1 < len(out) && out[i+1] == ' ' {
					return false
				}
				out[i] = lowerASCII[c]
				i++
				continue
			}
			w := binary.LittleEndian.Uint64(out[i:])
			// Subtracting 0x20 from each byte borrows into the high bit
			// of a byte below 0x20 (and a borrow carries on only above
			// one); spaces are the zero bytes of y, found exactly.
			y := w ^ ' '*lowBits
			sp := ^(((y &^ highBits) + 0x7f*lowBits) | y) & highBits // 0x80 in each space byte
			if (w-0x20*lowBits)&^w&highBits != 0 || sp&(sp>>8) != 0 {
				return false
			}
			if w&highBits == 0 {
				if sp>>63 != 0 && i+8 < len(out) && out[i+8] == ' ' {
					return false
				}
				binary.LittleEndian.PutUint64(out[i:], lowerASCII8(w))
				i += 8
				continue
			}
			i += lowerASCIIHead(out, i, w)
			continue
		}
		if i+4 <= len(out) {
			// The runes of plain text by table (see plainFold), without a
			// branch on their length: in Vietnamese text two- and
			// three-byte letters alternate, which the switch below
			// mispredicted. Both kinds fold in their last two bytes.
			lead := plainLead[c]
			kind := lead & 3
			b := out[i : i+4 : i+4]
			if binary.LittleEndian.Uint32(b)&plainContMask[kind] != plainContBits[kind] {
				return false
			}
			// the rune's last two bytes, at b[k]
			k := lead >> plainShift & 1
			l := plainFold[kind][int(b[k]&0x3f)<<6|int(b[k+1]&0x3f)]
			if l == 0 {
				return false
			}
			b[k], b[k+1] = byte(l), byte(l>>8)
			prev := i - 1
			i += int(k) + 2
			// One test for a toned rune after an o or u (at the start,
			// the byte read is the lead itself, neither).
			if lead&afterOU[out[max(prev, 0)]] != 0 {
				moveTone(out, prev)
			}
			continue
		}
		switch {
		case c == 0xe1 && i+2 < len(out) && (out[i+1] == 0xba || out[i+1] == 0xbb) && out[i+2] >= 0x80 && out[i+2] <= 0xbf:
			if fold3(out, i) {
				moveTone(out, i-1)
			}
			i += 3
		case c >= 0xc2 && c <= 0xcb && i+1 < len(out) && out[i+1] >= 0x80 && out[i+1] <= 0xbf:
			if c == 0xc2 && (out[i+1] == 0xa0 || out[i+1] == 0xad) {
				return false
			}
			if fold2(out, i, c) {
				moveTone(out, i-1)
			}
			i += 2
		case c == 0xe2 && i+2 < len(out) && out[i+1] == 0x80 && out[i+2] >= 0x82 && out[i+2] <= 0xbf:
			switch out[i+2] {
			case 0x89, 0x8b, 0xaf:
				return false
			}
			i += 3 // punctuation: nothing to lower
		default:
			return false
		}
	}
	return true
}

const lowBits = 0x0101010101010101

// The kinds of lead byte of the runes of plain text other than ASCII, by
// which plainFold is indexed; kinds 2 and 3 lead three-byte runes.
const (
	plainNone        = iota
	plainTwoByte     // U+0080-U+02FF
	plainVietnamese  // U+1E80-U+1EFF, lead 0xE1
	plainPunctuation // U+2000-U+203F, lead 0xE2

	// plainToned marks the leads of the runes whose tone may move after
	// an o or u (see fold2, fold3): Latin-1 à á ã è é ý, and the
	// Vietnamese block.
	plainToned = 4

	// plainShift is where plainLead keeps how many bytes past the lead
	// the rune's last two bytes start: 0 for a two-byte rune, 1 for a
	// three-byte one.
	plainShift = 3
)

// plainLead is the kind of each lead byte, with plainToned.
var plainLead = func() (t [256]uint8) {
	for c := 0xc2; c <= 0xcb; c++ {
		t[c] = plainTwoByte
	}
	t[0xc3] |= plainToned
	t[0xe1], t[0xe2] = plainVietnamese|plainToned|1<<plainShift, plainPunctuation|1<<plainShift
	return t
}()

// afterOU holds plainToned for the bytes o and u, after which the tone of
// a plainToned rune may move.
var afterOU = [256]uint8{'o': plainToned, 'u': plainToned}

// plainContMask and plainContBits test, by kind, that the bytes after the
// lead are continuation bytes (in a little-endian load of four); no byte
// passes the test of plainNone.
var (
	plainContMask = [4]uint32{plainNone: 0, plainTwoByte: 0xc000, plainVietnamese: 0xc0c000, plainPunctuation: 0xc0c000}
	plainContBits = [4]uint32{plainNone: 1, plainTwoByte: 0x8000, plainVietnamese: 0x808000, plainPunctuation: 0x808000}
)

// plainFold maps, by kind and the low six bits of a rune's last two bytes,
// those two bytes (little-endian) to their fold, or to 0 when the rune is
// not one of plain text: what AppendFoldPlain's switch does with them.
var plainFold = func() (t [4][1 << 12]uint16) {
	idx := func(b0, b1 byte) int { return int(b0&0x3f)<<6 | int(b1&0x3f) }
	le := func(b0, b1 byte) uint16 { return uint16(b1)<<8 | uint16(b0) }
	for c := byte(0xc2); c <= 0xcb; c++ {
		for c2 := byte(0x80); c2 <= 0xbf; c2++ {
			if c == 0xc2 && (c2 == 0xa0 || c2 == 0xad) {
				continue
			}
			l := lower2Of(c, c2)
			t[plainTwoByte][idx(c, c2)] = le(byte(l>>8), byte(l))
		}
	}
	for _, b1 := range []byte{0xba, 0xbb} {
		for b2 := byte(0x80); b2 <= 0xbf; b2++ {
			l := b2
			if cased3(b1, b2) {
				l |= 1
			}
			t[plainVietnamese][idx(b1, b2)] = le(b1, l)
		}
	}
	for b2 := byte(0x82); b2 <= 0xbf; b2++ {
		if b2 != 0x89 && b2 != 0x8b && b2 != 0xaf {
			t[plainPunctuation][idx(0x80, b2)] = le(0x80, b2)
		}
	}
	return t
}()
