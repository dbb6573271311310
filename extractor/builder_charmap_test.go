package extractor

import (
	"bytes"
	"math/rand"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestDecodeCharmapAgrees checks decodeCharmap against each single-byte
// charset's own decoder, on every byte and on random text mixing ASCII
// runs with other bytes.
func TestDecodeCharmapAgrees(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	every := make([]byte, 256)
	for b := range every {
		every[b] = byte(b)
	}
	for _, enc := range charmap.All {
		cm, ok := enc.(*charmap.Charmap)
		if !ok {
			continue
		}
		inputs := [][]byte{nil, every}
		for range 200 {
			b := make([]byte, r.Intn(100))
			for i := range b {
				if r.Intn(4) == 0 {
					b[i] = byte(r.Intn(256))
				} else {
					b[i] = 'a' + byte(r.Intn(26))
				}
			}
			inputs = append(inputs, b)
		}
		for _, in := range inputs {
			want, err := cm.NewDecoder().Bytes(in)
			if err != nil {
				t.Fatal(err)
			}
			if got := decodeCharmap(cm, in); !bytes.Equal(got, want) {
				t.Fatalf("%v: decodeCharmap(%q) = %q, want %q", cm, in, got, want)
			}
		}
	}
}
