package vntext

import "testing"

// TestAppendFoldPlainTable checks that the table AppendFoldPlain reads
// runes by agrees with its switch, which it takes at the end of the text
// (fewer than four bytes left): every lead byte with a range of bytes
// after it, after an o, a u and an a (a tone may move), once with text
// after it and once at the end.
func TestAppendFoldPlainTable(t *testing.T) {
	var after []byte
	for b := 0x80; b <= 0xbf; b++ {
		after = append(after, byte(b))
	}
	after = append(after, 0x00, 0x20, 0x41, 0x7f, 0xc0, 0xc3, 0xe1, 0xff)
	const tail = ".!?;"
	for lead := 0x80; lead <= 0xff; lead++ {
		for _, b1 := range after {
			for _, b2 := range append(after, 0) {
				seq := []byte{byte(lead), b1}
				if b2 != 0 {
					seq = append(seq, b2)
				}
				if seq[len(seq)-1] == ' ' {
					continue // text ending with a space is not plain
				}
				for _, prefix := range []string{"o", "u", "a"} {
					short := prefix + string(seq)
					long := short + tail
					gotShort, plainShort := AppendFoldPlain(nil, short)
					gotLong, plainLong := AppendFoldPlain(nil, long)
					if plainShort != plainLong || plainLong && string(gotLong) != string(gotShort)+tail {
						t.Fatalf("AppendFoldPlain(%q) = %q, %v; of %q: %q, %v", long, gotLong, plainLong, short, gotShort, plainShort)
					}
				}
			}
		}
	}
}
