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
// this sizes the output first and copies ASCII runs by the word.
func decodeCharmap(cm *charmap.Charmap, body []byte) []byte {
	t := tableOf(cm)
	n := 0
	for i := 0; i < len(body); i++ {
		n += int(t.size[body[i]])
	}
	out := make([]byte, n)
	o := 0
	for i := 0; i < len(body); {
		if t.asciiSame && i+8 <= len(body) && o+8 <= len(out) {
			if w := binary.LittleEndian.Uint64(body[i:]); w&highBits == 0 {
				binary.LittleEndian.PutUint64(out[o:], w)
				i, o = i+8, o+8
				continue
			}
		}
		c := body[i]
		o += copy(out[o:], t.utf8[c][:t.size[c]])
		i++
	}
	return out
}
