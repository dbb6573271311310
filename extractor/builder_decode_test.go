package extractor

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// TestCharmapsWriteValidUTF8 checks what decode relies on to skip
// validating a single-byte charset's output: every byte decodes to valid
// UTF-8 in every charmap, and singleByteCharmap knows the charsets of pages.
func TestCharmapsWriteValidUTF8(t *testing.T) {
	var all [256]byte
	for i := range all {
		all[i] = byte(i)
	}
	for _, name := range []string{"windows-1252", "windows-1258", "iso-8859-1", "koi8-r"} {
		if singleByteCharmap(name) == nil {
			t.Errorf("singleByteCharmap(%q) = nil", name)
		}
	}
	for _, name := range []string{"utf-8", "utf-16le", "shift_jis", "gb18030", "nonsense"} {
		if singleByteCharmap(name) != nil {
			t.Errorf("singleByteCharmap(%q) is not nil", name)
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

// TestSingleByteCharmapAgrees checks that the charmap singleByteCharmap
// finds for the name charset.Lookup gives a label decodes as the encoding
// Lookup returns for it, which decode used to run, for every label of a
// single-byte charset that it finds.
func TestSingleByteCharmapAgrees(t *testing.T) {
	var all [256]byte
	for i := range all {
		all[i] = byte(i)
	}
	checked := 0
	for _, enc := range charmap.All {
		label, err := htmlindex.Name(enc)
		if err != nil {
			continue // not a charset of the HTML standard
		}
		e, name := charset.Lookup(label)
		cm := singleByteCharmap(name)
		if cm == nil {
			continue // iso-8859-8-i: decode runs the encoding's own decoder
		}
		want, err := e.NewDecoder().Bytes(all[:])
		if err != nil {
			t.Fatal(err)
		}
		if got := decodeCharmap(cm, all[:]); !bytes.Equal(got, want) {
			t.Errorf("%s: decodeCharmap gives %q, its decoder %q", name, got, want)
		}
		checked++
	}
	if checked < 20 {
		t.Fatalf("only %d charsets checked", checked)
	}
}
