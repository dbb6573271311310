package extractor

import (
	"encoding/binary"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// charmapTable is the UTF-8 of each byte of a single-byte charset, as its
// decoder writes it.
type charmapTable struct {
	utf8 [256][4]byte
	size [256]uint8
	// asciiSame: the bytes below 0x80 decode to themselves, so that runs of
	// them are copied eight at a time.
	asciiSame bool
}

// charmapTables caches a charmapTable per charset (*charmap.Charmap).
var charmapTables sync.Map

func tableOf(cm *charmap.Charmap) *charmapTable {
	if t, ok := charmapTables.Load(cm); ok {
		return t.(*charmapTable)
	}
	t := &charmapTable{asciiSame: true}
	for b := range 256 {
		r := cm.DecodeByte(byte(b))
		t.size[b] = uint8(utf8.EncodeRune(t.utf8[b][:], r))
		if b < utf8.RuneSelf && (t.size[b] != 1 || t.utf8[b][0] != byte(b)) {
			t.asciiSame = false
		}
	}
	charmapTables.Store(cm, t)
	return t
}

// decodeCharmap is cm.NewDecoder().Bytes(body) (TestDecodeCharmapAgrees):
// the generic transformer copies a byte at a time into a buffer it grows,
// this sizes the output first and reads the body eight bytes at a time:
// ASCII words are copied whole, the bytes of others are written each as one
// four-byte store of its UTF-8, whose bytes past the rune the next store
// overwrites (the output has room for the last one's).
func decodeCharmap(cm *charmap.Charmap, body []byte) []byte {
	t := tableOf(cm)
	n := 0
	for _, c := range body {
		n += int(t.size[c])
	}
	out := make([]byte, n+utf8.UTFMax)
	o := 0
	put := func(c byte) {
		binary.LittleEndian.PutUint32(out[o:], binary.LittleEndian.Uint32(t.utf8[c][:]))
		o += int(t.size[c])
	}
	i := 0
	for ; i+8 <= len(body); i += 8 {
		if w := binary.LittleEndian.Uint64(body[i : i+8]); t.asciiSame && w&highBits == 0 {
			binary.LittleEndian.PutUint64(out[o:], w)
			o += 8
			continue
		}
		for _, c := range body[i : i+8] {
			put(c)
		}
	}
	for _, c := range body[i:] {
		put(c)
	}
	return out[:n:n]
}
