package extractor

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/meetx/meetx/schema"
)

func TestDecodeCharsetRules(t *testing.T) {
	vietnamese := "Hội nghị tổng kết công tác năm 2021 của Ủy ban nhân dân tỉnh"
	asciiHead := "<html><head><title>x</title></head><body>" + strings.Repeat("<p>plain ascii menu</p>", 80)
	legacy, err := charmap.Windows1252.NewEncoder().String("Café à la carte")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body, contentType, want string
	}{
		// charset.DetermineEncoding alone would call this windows-1252,
		// since its first kilobyte is plain ASCII.
		{"unlabelled UTF-8 after a long ASCII head", asciiHead + vietnamese, "", vietnamese},
		{"unlabelled UTF-8", vietnamese, "", vietnamese},
		{"byte order mark dropped", "\xef\xbb\xbf" + vietnamese, "", vietnamese},
		{"declared in the header", legacy, "text/html; charset=windows-1252", "Café à la carte"},
		{"declared in a meta tag", `<meta charset="windows-1252">` + legacy, "", "Café à la carte"},
		{"unlabelled bytes that are not UTF-8", legacy, "", "Café à la carte"},
		{"no-break spaces cleaned", "Ủy\u00a0ban", "", "Ủy ban"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(decode([]byte(tt.body), tt.contentType))
			if !strings.Contains(got, tt.want) {
				t.Errorf("decode lost %q: got %q", tt.want, got[max(0, len(got)-120):])
			}
			if strings.HasPrefix(got, "\ufeff") {
				t.Error("byte order mark kept")
			}
		})
	}
}

// scanTextReference is scanText as it was before it tested the ASCII bytes
// ahead of a multi-byte rune eight at a time; TestScanTextAgrees holds the
// two to the same answers.
func scanTextReference[T string | []byte](s T) (collapsed, nfc bool) {
	collapsed, nfc = true, true
	if len(s) == 0 {
		return true, true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		collapsed = false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			end := i + 1
			if i+8 <= len(s) {
				// Eight ASCII bytes at a time: no control byte below 0x0e
				// (tab, line breaks), and no space followed by a space.
				w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
					uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
				if high := w & highBits; high != 0 {
					end = i + bits.TrailingZeros64(high)>>3 // the ASCII bytes before the first other one
				} else if (w-0x0e*lowBits)&^w&highBits != 0 {
					end = i + 8 // a control byte: look at each
				} else {
					x := w ^ 0x20*lowBits
					sp := ^(((x &^ highBits) + 0x7f*lowBits) | x) & highBits // 0x80 in each space byte
					if sp&(sp>>8) != 0 || (sp>>63 != 0 && i+8 < len(s) && s[i+8] == ' ') {
						collapsed = false
						if !nfc {
							return
						}
					}
					i += 8
					continue
				}
			}
			for ; i < end; i++ {
				switch s[i] {
				case '\t', '\n', '\f', '\v', '\r':
					collapsed = false
				case ' ':
					if i+1 < len(s) && s[i+1] == ' ' {
						collapsed = false
					}
				}
			}
		} else {
			switch {
			case c >= 0xc2 && c <= 0xcb && i+1 < len(s) && isCont(s[i+1]):
				if c == 0xc2 && (s[i+1] == 0xa0 || s[i+1] == 0xad) { // no-break space, soft hyphen
					collapsed = false
				}
				i += 2
			case c == 0xe1 && i+2 < len(s) && (s[i+1] == 0xba || s[i+1] == 0xbb) && isCont(s[i+2]):
				i += 3
			case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && isCont(s[i+2]):
				switch s[i+2] {
				case 0x89, 0x8b, 0xaf: // thin, zero-width and narrow no-break spaces
					collapsed = false
				case 0x80, 0x81: // U+2000, U+2001 become U+2002, U+2003 under NFC
					nfc = false
				}
				i += 3
			default:
				nfc = false
				if c == 0xef && hasPrefix(s[i:], "\ufeff") {
					collapsed = false
				}
				i++
			}
		}
		if !collapsed && !nfc {
			return
		}
	}
	return
}

// TestScanTextAgrees compares scanText with scanTextReference on the
// corpus paragraphs and on random strings of the bytes and runes it tells
// apart, from every offset.
func TestScanTextAgrees(t *testing.T) {
	var texts [][]byte
	paths, _ := filepath.Glob("testdata/pages/*")
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, body)
		if d, err := newDocument(schema.Page{URL: "test", Body: body}); err == nil {
			for _, p := range d.paras {
				texts = append(texts, []byte(d.text[p.start:p.end]))
			}
		}
	}
	alphabet := []string{"a", " ", "  ", "\t", "\n", "\r", "\v", "\f", "ạ", "ư", "đ", "\u00a0", "\u00ad", "\u2009",
		"\u200b", "\u202f", "\u2000", "\u2013", "\ufeff", "\u0301", "\xe1", "\xc3", "\xe2\x80", "€", "中", "x1", ".", "\x00"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var b []byte
		for range rng.IntN(24) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		texts = append(texts, b)
	}
	for _, s := range texts {
		for off := 0; off < len(s) && off < 40; off++ {
			c1, n1 := scanText(s[off:])
			c2, n2 := scanTextReference(s[off:])
			if c1 != c2 || n1 != n2 {
				t.Fatalf("scanText(%q) = %v, %v; reference %v, %v", s[off:], c1, n1, c2, n2)
			}
		}
	}
}

// scanBodyReference is scanBody as it was before it tested the ASCII bytes
// ahead of a multi-byte rune eight at a time and took U+1E00-U+1FFF first;
// TestScanBodyAgrees holds the two to the same answers.
func scanBodyReference(b []byte) (valid, dirty bool) {
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			// Eight ASCII bytes at a time, looking only for '\r'.
			w := binary.LittleEndian.Uint64(b[i:])
			if w&highBits == 0 {
				if x := w ^ '\r'*lowBits; (x-lowBits)&^x&highBits != 0 {
					dirty = true
				}
				i += 8
				continue
			}
			// The ASCII bytes before the first other one.
			for end := i + bits.TrailingZeros64(w&highBits)>>3; i < end; i++ {
				if b[i] == '\r' {
					dirty = true
				}
			}
		}
		switch c := b[i]; {
		case c < utf8.RuneSelf:
			if c == '\r' {
				dirty = true
			}
			i++
		case c >= 0xc2 && c <= 0xdf:
			if i+1 >= len(b) || !isCont(b[i+1]) {
				return false, false
			}
			if c1 := b[i+1]; (c == 0xc2 && (c1 == 0xa0 || c1 == 0xad)) || (c == 0xc3 && (c1 == 0x90 || c1 == 0xb0)) {
				dirty = true
			}
			i += 2
		case c >= 0xe0 && c <= 0xef:
			if i+2 >= len(b) {
				return false, false
			}
			c1, c2 := b[i+1], b[i+2]
			lo, hi := byte(0x80), byte(0xbf)
			switch c {
			case 0xe0:
				lo = 0xa0 // no overlong forms
			case 0xed:
				hi = 0x9f // no surrogates
			}
			if c1 < lo || c1 > hi || !isCont(c2) {
				return false, false
			}
			switch c {
			case 0xe2:
				if (c1 == 0x80 && (c2 == 0x89 || (c2 >= 0x8b && c2 <= 0x91) || c2 == 0xaf)) || (c1 == 0x88 && c2 == 0x92) {
					dirty = true
				}
			case 0xef:
				if c1 == 0xbb && c2 == 0xbf {
					dirty = true
				}
			}
			i += 3
		case c >= 0xf0 && c <= 0xf4:
			if i+3 >= len(b) {
				return false, false
			}
			lo, hi := byte(0x80), byte(0xbf)
			switch c {
			case 0xf0:
				lo = 0x90 // no overlong forms
			case 0xf4:
				hi = 0x8f // nothing above U+10FFFF
			}
			if c1 := b[i+1]; c1 < lo || c1 > hi || !isCont(b[i+2]) || !isCont(b[i+3]) {
				return false, false
			}
			i += 4
		default:
			return false, false
		}
	}
	return true, dirty
}

// TestScanBodyAgrees compares scanBody with scanBodyReference on the corpus
// pages and on random strings of valid and broken UTF-8, from every offset.
func TestScanBodyAgrees(t *testing.T) {
	var texts [][]byte
	paths, _ := filepath.Glob("testdata/pages/*")
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, body)
	}
	alphabet := []string{"a", " ", "\r", "\n", "ạ", "ư", "đ", "\u00a0", "\u00ad", "Ð", "ð", "\u2009", "\u2011", "\u2212",
		"\ufeff", "\u0301", "€", "中", "😀", "\xe1", "\xe1\xba", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"\xe0\x80\x80", "\xc0\xaf", "\xff", "\x80", "<p>", "0123456"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b []byte
		for range rng.IntN(24) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		texts = append(texts, b)
	}
	for _, s := range texts {
		for off := 0; off < len(s) && off < 40; off++ {
			v1, d1 := scanBody(s[off:])
			v2, d2 := scanBodyReference(s[off:])
			if v1 != v2 || d1 != d2 {
				t.Fatalf("scanBody(%q) = %v, %v; reference %v, %v", s[off:], v1, d1, v2, d2)
			}
		}
	}
}
