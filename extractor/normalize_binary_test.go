package extractor

import (
	"math/rand"
	"testing"
)

// TestLooksBinaryControlCount checks looksBinary against a byte-by-byte
// count of control bytes, on random heads rich in line breaks, tabs and
// other control bytes.
func TestLooksBinaryControlCount(t *testing.T) {
	want := func(body []byte) bool {
		head := body[:min(len(body), 4096)]
		control := 0
		for _, c := range head {
			switch {
			case c == 0:
				return true
			case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
				control++
			}
		}
		return control*20 > len(head)
	}
	r := rand.New(rand.NewSource(1))
	alphabet := []byte("<a> \n\t\r\f\x01\x0b\x1f\x00\x7f\x80\xe1")
	for range 20000 {
		body := make([]byte, 1+r.Intn(5000))
		rate := 1 + r.Intn(40)
		for i := range body {
			if r.Intn(rate) == 0 {
				body[i] = alphabet[r.Intn(len(alphabet))]
			} else {
				body[i] = 'a' + byte(r.Intn(26))
			}
		}
		if body[0] == 0xff || body[0] == 0xfe || body[0] == 0x1f {
			body[0] = 'a' // no byte order mark or gzip signature
		}
		if got := looksBinary(body); got != want(body) {
			t.Fatalf("looksBinary(%q) = %v", body, got)
		}
	}
}
