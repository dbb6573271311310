package extractor

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The segments of decomposed Vietnamese are nearly all a letter with one or
// two marks: those of the letters nfcBases are normalised once into a
// table keyed by integers, which costs a fraction of the string hashing of
// the nfcSegments cache.

// nfcBases are the letters that take combining marks in NFD pages (ASCII
// vowels and consonants) and in windows-1258 (the precomposed vowels with
// a circumflex, breve or horn, which take a tone mark).
const nfcBases = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZăâêôơưđĂÂÊÔƠƯĐ"

// vietMarks are the marks isVietMark accepts; a mark's index in it plus one
// is its part of a key of nfcTable.
var vietMarks = [...]rune{0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b}

// vietMarkIndex maps r-0x300 to the index of r in vietMarks plus one, and
// to zero for other marks.
var vietMarkIndex = func() (t [0x24]uint8) {
	for i, m := range vietMarks {
		t[m-0x300] = uint8(i + 1)
	}
	return t
}()

// nfcKey packs a letter and the indices (plus one) of up to two marks.
func nfcKey(base rune, m1, m2 uint8) uint32 {
	return uint32(base)<<8 | uint32(m1)<<4 | uint32(m2)
}

// nfcTable maps nfcKey of a letter of nfcBases and one or two marks to
// norm.NFC.String of the letter followed by the marks; it is built on first
// use, which only decomposed pages make. The segments are normalised in
// one text, a '|' after each: a segment is unchanged by the text around it
// (nfcBySyllable's premise), and the values are cut from the result rather
// than allocated one by one.
var nfcTable = sync.OnceValue(func() map[uint32]string {
	var keys []uint32
	var b []byte
	for _, base := range nfcBases {
		for i, m1 := range vietMarks {
			keys = append(keys, nfcKey(base, uint8(i+1), 0))
			b = append(utf8.AppendRune(utf8.AppendRune(b, base), m1), '|')
			for j, m2 := range vietMarks {
				keys = append(keys, nfcKey(base, uint8(i+1), uint8(j+1)))
				b = append(utf8.AppendRune(utf8.AppendRune(utf8.AppendRune(b, base), m1), m2), '|')
			}
		}
	}
	t := make(map[uint32]string, len(keys))
	nfc := norm.NFC.String(string(b))
	for _, k := range keys {
		end := strings.IndexByte(nfc, '|')
		t[k], nfc = nfc[:end], nfc[end+1:]
	}
	return t
})

// nfcLetterMarks is norm.NFC.String(seg) for seg of a letter and one or two
// of the vietMarks, from nfcTable; ok is false for other segments.
func nfcLetterMarks(seg string) (t string, ok bool) {
	base, n := utf8.DecodeRuneInString(seg)
	var m [2]uint8
	rest := seg[n:]
	if len(rest) != 2 && len(rest) != 4 {
		return "", false
	}
	for k := 0; k < len(rest); k += 2 {
		r, size := utf8.DecodeRuneInString(rest[k:])
		if size != 2 || r < 0x300 || r >= 0x300+rune(len(vietMarkIndex)) || vietMarkIndex[r-0x300] == 0 {
			return "", false
		}
		m[k/2] = vietMarkIndex[r-0x300]
	}
	t, ok = nfcTable()[nfcKey(base, m[0], m[1])]
	return t, ok
}
