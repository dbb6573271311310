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
// page are plain, and testing them in the pass that
// folds them costs little more than folding alone.
func AppendFoldPlain[T string | []byte](dst []byte, s T) ([]byte, bool) {
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return dst, false
	}
	base := len(dst)
	dst = append(dst, s...)
	out := dst[base:]
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
					return dst[:base], false
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
				return dst[:base], false
			}
			if w&highBits == 0 {
				if sp>>63 != 0 && i+8 < len(out) && out[i+8] == ' ' {
					return dst[:base], false
				}
				binary.LittleEndian.PutUint64(out[i:], lowerASCII8(w))
				i += 8
				continue
			}
			i += lowerASCIIHead(out, i, w)
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
				return dst[:base], false
			}
			if fold2(out, i, c) {
				moveTone(out, i-1)
			}
			i += 2
		case c == 0xe2 && i+2 < len(out) && out[i+1] == 0x80 && out[i+2] >= 0x82 && out[i+2] <= 0xbf:
			switch out[i+2] {
			case 0x89, 0x8b, 0xaf:
				return dst[:base], false
			}
			i += 3 // punctuation: nothing to lower
		default:
			return dst[:base], false
		}
	}
	return dst, true
}

const lowBits = 0x0101010101010101
