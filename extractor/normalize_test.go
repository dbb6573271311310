package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
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

// scanTextOracle is scanText's contract written plainly: collapsed when
// appendCollapsed would change nothing, certainly NFC when every rune is
// ASCII or in U+0080-U+02FF, U+1E80-U+1EFF or U+2002-U+203F, and valid.
func scanTextOracle(s []byte) (collapsed, nfc bool) {
	collapsed = string(appendCollapsed(nil, s)) == string(s)
	nfc = true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n <= 1 || !(r < 0x300 || r >= 0x1E80 && r <= 0x1EFF || r >= 0x2002 && r <= 0x203F) {
			nfc = false
		}
		i += n
	}
	return collapsed, nfc
}

// TestScanTextAgrees compares scanText with scanTextOracle on the
// corpus paragraphs and on random strings of the bytes and runes it tells
// apart, from every offset.
func TestScanTextAgrees(t *testing.T) {
	pages, _ := benchPages(t)
	texts := pages
	for _, d := range corpusDocuments(t) {
		for _, p := range d.paras {
			texts = append(texts, []byte(d.text[p.start:p.end]))
		}
	}
	texts = append(texts, randomTexts(1, []string{"a", " ", "  ", "\t", "\n", "\r", "\v", "\f", "ạ", "ư", "đ", "\u00a0",
		"\u00ad", "\u2009", "\u200b", "\u202f", "\u2000", "\u2013", "\ufeff", "\u0301", "\xe1", "\xc3", "\xe2\x80",
		"€", "中", "x1", ".", "\x00", "ờ", "é", "\u02ff", "\u1e3f", "\u1e7f", "\u1f00", "\xe1\xba", "\xe1\xbb\x41"})...)
	forEachSuffix(texts, func(s []byte) {
		c1, n1 := scanText(string(s))
		c2, n2 := scanTextOracle(s)
		if c1 != c2 || n1 != n2 {
			t.Fatalf("scanText(%q) = %v, %v; oracle %v, %v", s, c1, n1, c2, n2)
		}
	})
}

// randomTexts makes 100,000 strings of up to 24 pieces of alphabet, the
// same ones for a given seed.
func randomTexts(seed uint64, alphabet []string) [][]byte {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	texts := make([][]byte, 0, 100000)
	for range 100000 {
		var b []byte
		for range rng.IntN(24) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		texts = append(texts, b)
	}
	return texts
}

// forEachSuffix calls check on each text from each of its first 40
// offsets, so that every byte starts a scan somewhere.
func forEachSuffix(texts [][]byte, check func([]byte)) {
	for _, s := range texts {
		for off := 0; off < len(s) && off < 40; off++ {
			check(s[off:])
		}
	}
}

// scanBodyOracle is scanBody's contract written plainly: valid is
// utf8.Valid, and a valid body is dirty when some byte starts a sequence
// needsCleaning reports.
func scanBodyOracle(b []byte) (valid, dirty bool) {
	if !utf8.Valid(b) {
		return false, false
	}
	for i := range b {
		if needsCleaning(b[i:]) {
			return true, true
		}
	}
	return true, false
}

// TestScanBodyAgrees compares scanBody with scanBodyOracle on the corpus
// pages and on random strings of valid and broken UTF-8, from every offset.
func TestScanBodyAgrees(t *testing.T) {
	texts, _ := benchPages(t)
	texts = append(texts, randomTexts(3, []string{"a", " ", "\r", "\n", "ạ", "ư", "đ", "\u00a0", "\u00ad", "Ð", "ð",
		"\u2009", "\u2011", "\u2212", "\ufeff", "\u0301", "€", "中", "😀", "\xe1", "\xe1\xba", "\xc3", "\xe2\x80",
		"\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\x80", "\xc0\xaf", "\xff", "\x80", "<p>", "0123456", "ë", "ñ", "ê", "\xe1\xba\x41"})...)
	forEachSuffix(texts, func(s []byte) {
		v1, d1, f1 := scanBody(s)
		v2, d2 := scanBodyOracle(s)
		if v1 != v2 || d1 != d2 {
			t.Fatalf("scanBody(%q) = %v, %v; oracle %v, %v", s, v1, d1, v2, d2)
		}
		if f2 := countForeign(s, len(s)+1); v1 && f1 != f2 {
			t.Fatalf("scanBody(%q) counts %d foreign runes, countForeign %d", s, f1, f2)
		}
	})
}

// TestSpaceAround checks spaceAround and trimmedLen against the strings
// functions they stand for.
func TestSpaceAround(t *testing.T) {
	for _, s := range []string{
		"", " ", "\n\t ", "a", " a ", "\u00a0a\u00a0", "\u3000 x \u2028", " ạ ", "ạ", "a\u0085",
		"\u00a0", " \u00a0 ", "x\u00a0 \n", "\u00a0\u00a0b c\u2003", "\xc2", " \xff ",
	} {
		lead, trail := spaceAround(s)
		wantLead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
		wantTrail := len(s) - len(strings.TrimRightFunc(s, unicode.IsSpace))
		if lead != wantLead || trail != wantTrail {
			t.Errorf("spaceAround(%q) = %d, %d, want %d, %d", s, lead, trail, wantLead, wantTrail)
		}
		if got, want := trimmedLen(s), len(strings.TrimSpace(s)); got != want {
			t.Errorf("trimmedLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestCleanTextAgrees compares cleanText with a strings.Replacer of
// cleanPairs on random strings of the runes it replaces and their
// neighbours.
func TestCleanTextAgrees(t *testing.T) {
	var pairs []string
	for _, p := range cleanPairs {
		pairs = append(pairs, p[0], p[1])
	}
	r := strings.NewReplacer(pairs...)
	texts := randomTexts(5, []string{"a", " ", "\r", "\n", "\r\n", "ạ", "ư", "đ", "\u00a0", "\u00ad", "Ð", "ð",
		"\u2009", "\u2011", "\u2212", "\u2010", "\u200b", "\u200c", "\u200d", "\u202f", "\ufeff", "\u2013", "€",
		"\xc2", "\xe2\x80", "\xef\xbb", "ĐỘC LẬP"})
	forEachSuffix(texts, func(s []byte) {
		if got, want := string(cleanText(s)), r.Replace(string(s)); got != want {
			t.Fatalf("cleanText(%q) = %q, want %q", s, got, want)
		}
	})
}
