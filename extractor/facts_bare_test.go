package extractor

import (
	"reflect"
	"testing"
)

// bareSymbolsByByte is bareSymbols as it was before it jumped from a mark
// to the first digit before it: every byte from 7 before a mark is tried.
func bareSymbolsByByte(d *document, start int, text, folded string, found []dirMention) []dirMention {
	var out []dirMention
	marks := newMarkFinder(text)
	q := -1
	for ss := 0; ss < len(text); ss++ {
		if ss > q {
			q = marks.next(ss)
		}
		if q == len(text) {
			break
		} else if q-ss > 7 {
			ss = q - 8
			continue
		}
		if !isDigitByte(text[ss]) || (ss > 0 && joinsToken(text[ss-1])) {
			continue
		}
		if !hasSlashOrDash(text[ss:min(len(text), ss+8)]) {
			continue
		}
		sym := findSymbol(text[ss:])
		if sym == "" {
			continue
		}
		se := ss + len(sym)
		covered := false
		for _, m := range found {
			if start+ss >= m.start && start+ss < max(m.symbolEnd, m.start+1) {
				covered = true
				break
			}
		}
		if covered {
			ss = se - 1
			continue
		}
		if m, ok := bareCitation(d, start, text, folded, ss, sym); ok {
			out = append(out, m)
		}
		ss = se - 1
	}
	return out
}

// TestBareSymbolsAgree checks bareSymbols against the byte-by-byte scan on
// every corpus paragraph (with and without the citations found before)
// and on short texts of digits, marks and letters.
func TestBareSymbolsAgree(t *testing.T) {
	check := func(d *document, p span, found []dirMention) {
		text, folded := d.text[p.start:p.end], d.folded[p.start:p.end]
		got := bareSymbols(d, p.start, text, folded, found)
		want := bareSymbolsByByte(d, p.start, text, folded, found)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("bareSymbols(%.80q) = %v, want %v", text, got, want)
		}
	}
	n := 0
	for _, d := range corpusDocuments(t) {
		for _, p := range d.paras {
			check(d, p, nil)
			ms := directivesIn(d, p.start, p.end, nil)
			check(d, p, ms)
			n += len(ms)
		}
	}
	if n == 0 {
		t.Fatal("the corpus cites no document")
	}
	for _, s := range []string{"", "1", "1/", "/1", "12/CT-TTg", "a 12/CT-TTg và 35-NQ/TW", "123456789/QĐ", "x1234567-KH/TW",
		"“12/KH” – 13–KH/ĐU", "Số 7 – 2024/NQ-HĐND", "12345678 9/KH", "1234567890-NQ/TW, 2/TB-VPCP-"} {
		d := &document{text: s, folded: fold(s)}
		check(d, span{0, len(s), paraBody}, nil)
	}
}
