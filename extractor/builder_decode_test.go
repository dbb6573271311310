package extractor

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// TestCharmapsWriteValidUTF8 checks what decode relies on to skip
// validating a single-byte charset's output: every byte decodes to valid
// UTF-8 in every charmap, and isSingleByte knows the charsets of pages.
func TestCharmapsWriteValidUTF8(t *testing.T) {
	var all [256]byte
	for i := range all {
		all[i] = byte(i)
	}
	for _, name := range []string{"windows-1252", "windows-1258", "iso-8859-1", "koi8-r"} {
		if !isSingleByte(name) {
			t.Errorf("isSingleByte(%q) = false", name)
		}
	}
	for _, name := range []string{"utf-8", "utf-16le", "shift_jis", "gb18030", "nonsense"} {
		if isSingleByte(name) {
			t.Errorf("isSingleByte(%q) = true", name)
		}
	}
	for _, enc := range charmap.All {
		out, err := enc.NewDecoder().Bytes(all[:])
		if err != nil {
			t.Errorf("%v: %v", enc, err)
			continue
		}
		if !utf8.Valid(out) {
			t.Errorf("%v writes invalid UTF-8", enc)
		}
	}
}
