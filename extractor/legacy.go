package extractor

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Old official pages were often typed in the legacy Vietnamese font
// encodings, TCVN3 (the ABC fonts .VnTime) and VNI (VNI-Times), and served
// as windows-1252 or re-saved as UTF-8 with the font still named in their
// CSS. Decoded by any charset they read as Latin-1 letters ("Céng hßa x·
// héi", "Coäng hoøa xaõ hoäi"). A third breakage is UTF-8 that was decoded
// as windows-1252 once too often ("Viá»‡t Nam"). No charset label tells
// these apart, so repairLegacy reads the text itself: it finds the
// segments full of Latin-1 letters Vietnamese never uses, tries each
// reading on them, and keeps the one that gives Vietnamese letters.

//go:embed data/tcvn3.tsv
var tcvn3TSV string

// tcvn3 maps a Latin-1 rune (a TCVN3 byte as windows-1252 decodes it) to
// the letter the ABC fonts draw for it.
var tcvn3 = mustLoadTCVN3(tcvn3TSV)

func mustLoadTCVN3(tsv string) map[rune]rune {
	m := map[rune]rune{}
	sc := bufio.NewScanner(strings.NewReader(tsv))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "byte\t") {
			continue
		}
		b, u, ok := strings.Cut(line, "\t")
		from, err1 := strconv.ParseUint(b, 16, 8)
		to, err2 := strconv.ParseUint(strings.TrimPrefix(u, "U+"), 16, 32)
		if !ok || err1 != nil || err2 != nil {
			panic(fmt.Sprintf("data/tcvn3.tsv: bad line %q", line))
		}
		m[rune(from)] = rune(to)
	}
	return m
}

// vniMarks are the VNI mark letters, each a diacritic (or two) written as
// a byte after its base vowel, in lower case; the upper-case forms are the
// same letters capitalised (ù/Ù).
var vniMarks = map[rune]string{
	'ù': "\u0301", 'ø': "\u0300", 'û': "\u0309", 'õ': "\u0303", 'ï': "\u0323", // tone marks
	'â': "\u0302", 'á': "\u0302\u0301", 'à': "\u0302\u0300", 'å': "\u0302\u0309", 'ã': "\u0302\u0303", 'ä': "\u0302\u0323", // circumflex
	'ê': "\u0306", 'é': "\u0306\u0301", 'è': "\u0306\u0300", 'ú': "\u0306\u0309", 'ü': "\u0306\u0303", 'ë': "\u0306\u0323", // breve
}

// vniLetters are the VNI bytes that stand for a whole letter.
var vniLetters = map[rune]string{
	'ô': "ơ", 'Ô': "Ơ", 'ö': "ư", 'Ö': "Ư", 'ñ': "đ", 'Ñ': "Đ", 'î': "ỵ", 'Î': "Ỵ",
	'í': "í", 'Í': "Í", 'ì': "ì", 'Ì': "Ì", 'æ': "ỉ", 'Æ': "Ỉ", 'ó': "ĩ", 'Ó': "Ĩ", 'ò': "ị", 'Ò': "Ị",
}

// foreignLatin reports a Latin-1 rune that Vietnamese text in Unicode does
// not use: punctuation and symbols of U+00A1-U+00BF and letters outside the
// Vietnamese alphabet. Legacy text is full of them.
func foreignLatin(r rune) bool {
	return r < rune(len(foreignLatin1)) && foreignLatin1[r]
}

// foreignLatin1 is foreignLatin for U+0000-U+00FF, looked up for every
// accented letter of a page (most of them are Latin-1) by countForeign.
var foreignLatin1 = func() (t [0x100]bool) {
	for r := range t {
		t[r] = isForeignLatin(rune(r))
	}
	return t
}()

// isForeignLatin is the rule foreignLatin1 is built from.
func isForeignLatin(r rune) bool {
	switch {
	case r >= 0xA1 && r <= 0xBF:
		return r != '°' && r != '©' // both common in Unicode pages
	case r >= 0xC0 && r <= 0xFF:
		return !strings.ContainsRune("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý", r)
	}
	return false
}

// vietOnly reports a letter found in Vietnamese and (almost) nowhere else.
func vietOnly(r rune) bool {
	return r >= 0x1EA0 && r <= 0x1EF9 || strings.ContainsRune("ăĂđĐơƠưƯĩĨũŨ", r)
}

// minForeign is how many foreign Latin-1 runes a page must hold before it
// is read for legacy text at all, so that a stray "±" or "ß" in a Unicode
// page costs one count and changes nothing.
const minForeign = 8

// repairLegacy returns s, UTF-8, with its TCVN3, VNI or doubly decoded
// segments converted to Unicode, and whether it changed anything; a page
// without them is returned as is.
func repairLegacy(s []byte) ([]byte, bool) {
	if countForeign(s, minForeign) < minForeign {
		return s, false
	}
	segs, legacy, unicode := legacySegments(s)
	if len(segs) == 0 || legacy < unicode {
		// Mostly Unicode Vietnamese: the few Latin-1 lines are some other
		// language (a German name list), not a legacy font.
		return s, false
	}
	// One reading for the page: a page is typed in one font.
	best, bestGain := -1, 0
	for i, read := range legacyReadings {
		gain := 0
		for _, g := range segs {
			seg := string(s[g[0]:g[1]])
			if t, ok := read(seg); ok {
				gain += max(0, vietnameseness(t)-vietnameseness(seg))
			}
		}
		if gain > bestGain {
			best, bestGain = i, gain
		}
	}
	if best < 0 {
		return s, false
	}
	var out bytes.Buffer
	out.Grow(len(s) + len(s)/4)
	last, changed := 0, false
	for _, g := range segs {
		seg := string(s[g[0]:g[1]])
		if t, ok := legacyReadings[best](seg); ok && vietnameseness(t) > vietnameseness(seg) {
			out.Write(s[last:g[0]])
			out.WriteString(t)
			last, changed = g[1], true
		}
	}
	if !changed {
		return s, false
	}
	out.Write(s[last:])
	return out.Bytes(), true
}

// countForeign counts the foreign Latin-1 runes of s, stopping at limit.
// Such a rune starts with byte 0xC2 or 0xC3: the next of each is found with
// IndexByte, each found once, so the scan stays linear.
func countForeign(s []byte, limit int) int {
	n := 0
	next := func(c byte, from int) int {
		if i := bytes.IndexByte(s[from:], c); i >= 0 {
			return from + i
		}
		return len(s)
	}
	c2, c3 := next(0xC2, 0), next(0xC3, 0)
	for n < limit {
		i := min(c2, c3)
		if i == len(s) {
			break
		}
		// Bytes 0xC2 and 0xC3 start U+0080-U+00FF when a continuation
		// byte follows, and nothing valid otherwise.
		if i+1 < len(s) && isCont(s[i+1]) && foreignLatin1[rune(s[i]&0x1f)<<6|rune(s[i+1]&0x3f)] {
			n++
		}
		if i == c2 {
			c2 = next(0xC2, i+1)
		} else {
			c3 = next(0xC3, i+1)
		}
	}
	return n
}

// legacySegments are the spans of s, between markup and line breaks, that
// look like legacy text: a foreign Latin-1 rune or more and no
// Vietnamese-only letter (the page as a whole has many: see minForeign).
// It also counts the foreign runes of those spans and the Vietnamese-only
// letters of the page, so that a Unicode page is told from a legacy one.
func legacySegments(s []byte) (segs [][2]int, foreignRunes, vietLetters int) {
	start, foreign, viet := 0, 0, 0
	flush := func(end int) {
		if foreign >= 1 && viet == 0 {
			segs = append(segs, [2]int{start, end})
			foreignRunes += foreign
		}
		vietLetters += viet
		foreign, viet = 0, 0
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		switch {
		case r == '<' || r == '>' || r == '\n':
			flush(i)
			start = i + n
		case foreignLatin(r):
			foreign++
		case vietOnly(r):
			viet++
		}
		i += n
	}
	flush(len(s))
	return segs, foreignRunes, vietLetters
}

// vietnameseness scores how Vietnamese a text reads: a point for each word
// that carries a Vietnamese letter and at most one tone mark, as every
// Vietnamese syllable does; two off for a word with several tone marks,
// which is what a wrong reading makes of a letter ("Hỏằi"); one off for
// each rune that legacy text leaves and Vietnamese never holds (foreign
// Latin-1, windows-1252 symbols, C1 controls).
func vietnameseness(t string) int {
	score, tones, marked := 0, 0, false
	endWord := func() {
		switch {
		case tones >= 2:
			score -= 2
		case marked:
			score++
		}
		tones, marked = 0, false
	}
	for _, r := range t {
		switch {
		case foreignLatin(r) || r >= 0x80 && r <= 0x9F || r >= 0x2013 && r <= 0x2122 && r != 0x2013 && r != 0x2014 && r != 0x201C && r != 0x201D:
			score--
			endWord()
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			marked = true
			tones += toneMarks(r)
		case r >= 0x300 && r <= 0x323:
			marked = true
			if isToneMark(r) {
				tones++
			}
		case !unicode.IsLetter(r):
			endWord()
		}
	}
	endWord()
	return score
}

// toneMarks counts the tone marks of a precomposed letter (0 or 1).
func toneMarks(r rune) int {
	var buf [utf8.UTFMax]byte
	n := 0
	for _, m := range norm.NFD.String(string(buf[:utf8.EncodeRune(buf[:], r)])) {
		if isToneMark(m) {
			n++
		}
	}
	return n
}

// isToneMark reports the five combining tone marks of Vietnamese.
func isToneMark(r rune) bool {
	return r == 0x300 || r == 0x301 || r == 0x303 || r == 0x309 || r == 0x323
}

// legacyReadings convert one segment each way, reporting false when the
// segment cannot be in that form.
var legacyReadings = []func(string) (string, bool){readTCVN3, readVNI, readDoubleUTF8}

// readTCVN3 maps each Latin-1 rune through the TCVN3 table.
func readTCVN3(seg string) (string, bool) {
	var b strings.Builder
	for _, r := range seg {
		if u, ok := tcvn3[r]; ok {
			r = u
		}
		b.WriteRune(r)
	}
	return toNFC(b.String()), true
}

// readVNI maps the whole-letter bytes and composes each vowel with the
// mark letters after it.
func readVNI(seg string) (string, bool) {
	var b strings.Builder
	rs := []rune(seg)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if l, ok := vniLetters[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
		if !isVNIBase(r) {
			continue
		}
		for ; i+1 < len(rs); i++ {
			m, ok := vniMarks[lowerLatin(rs[i+1])]
			if !ok {
				break
			}
			b.WriteString(m)
		}
	}
	return toNFC(b.String()), true
}

// isVNIBase reports a letter a VNI mark byte may follow: a vowel, or ơ and
// ư, themselves single VNI bytes.
func isVNIBase(r rune) bool {
	return strings.ContainsRune("aeiouyAEIOUYôÔöÖ", r)
}

// lowerLatin lower-cases an upper-case Latin-1 letter (Ù -> ù).
func lowerLatin(r rune) rune {
	if r >= 0xC0 && r <= 0xDE && r != 0xD7 {
		return r + 0x20
	}
	return r
}

// readDoubleUTF8 undoes one windows-1252 decoding too many: the runes go
// back to their bytes, which must then be UTF-8. Browsers decode the five
// bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as the
// C1 controls of the same number, so those go back as themselves.
func readDoubleUTF8(seg string) (string, bool) {
	raw := make([]byte, 0, len(seg))
	for _, r := range seg {
		switch b, ok := charmap.Windows1252.EncodeRune(r); {
		case r < utf8.RuneSelf || r >= 0x80 && r <= 0x9F:
			raw = append(raw, byte(r))
		case ok:
			raw = append(raw, b)
		default:
			return "", false
		}
	}
	if !utf8.Valid(raw) || string(raw) == seg {
		return "", false
	}
	return toNFC(string(raw)), true
}
