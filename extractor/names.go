package extractor

import (
	"math"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// token is one word or punctuation mark of document.text. Words are runs
// of non-space characters with leading and trailing punctuation split off,
// so "16/CT-TTg", "COVID-19", "H'Ruê" and "PGS.TS" stay whole.
type token struct {
	// Offsets in document.text and indexes are int32, not int: a smaller
	// token is fewer bytes streamed by every pass over the slice.
	start, end int32
	text, fold string
	para       int32  // index into document.paras
	sent       int32  // index into document.sents
	word       bool   // letters or digits, not punctuation
	capital    bool   // a capitalised syllable (Nguyễn, H'Ruê, Y), not an acronym
	lower      bool   // starts with a lower-case letter
	spaceAfter bool   // a single space (no punctuation) separates it from the next token
	syllable   bool   // capital and not an honorific abbreviation: may be part of a name (isNameSyllable)
	starts     uint8  // which vocabularies have a phrase starting with this word (starts* bits); 0 for a number
	wordID     uint16 // the word's id among the vocabulary words (peopleVocab.words), 0 if none
}

// isEdgePunct reports whether a rune is split off the edges of a word.
func isEdgePunct(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiPunct[r]
	}
	// The Latin letter blocks Vietnamese is written in hold no punctuation
	// or symbol but × and ÷: spare the table searches for them.
	if r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7 || r >= 0x1E00 && r <= 0x1EFF {
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// asciiPunct marks ASCII punctuation and symbols, the common case.
var asciiPunct = func() (t [utf8.RuneSelf]bool) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		t[r] = unicode.IsPunct(r) || unicode.IsSymbol(r)
	}
	return t
}()

// Rune classes of classOf.
const (
	runeLetter = 1 << iota
	runeDigit
	runeLower
	runeUpper
)

// runeClasses caches the unicode tests tokenize makes on every word for
// the runes below U+2000, which hold all Vietnamese letters.
var runeClasses = func() (t [0x2000]uint8) {
	for r := range rune(len(t)) {
		t[r] = runeClassOf(r)
	}
	return t
}()

// classOf returns the runeLetter, runeDigit, runeLower and runeUpper bits of r.
func classOf(r rune) uint8 {
	if r >= 0 && r < rune(len(runeClasses)) {
		return runeClasses[r]
	}
	return runeClassOf(r)
}

func runeClassOf(r rune) uint8 {
	var c uint8
	if unicode.IsLetter(r) {
		c |= runeLetter
	}
	if unicode.IsDigit(r) {
		c |= runeDigit
	}
	if unicode.IsLower(r) {
		c |= runeLower
	}
	if unicode.IsUpper(r) {
		c |= runeUpper
	}
	return c
}

// byteSet is a set of ASCII bytes below 64 (marks and separators), one bit
// each, so that a word is searched with one test per byte.
type byteSet uint64

const (
	stackSeparators byteSet = 1<<'.' | 1<<'-' | 1<<',' // between stacked titles: "PGS.TS", "GS-TS", "GS,TS"
	titleMarks      byteSet = 1<<'.' | 1<<'-' | 1<<'/' // inside stacked titles and "Đ/c"
)

// indexByteSet returns the offset of the first byte of s in set, or -1.
func indexByteSet(s string, set byteSet) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 64 && set&(1<<c) != 0 {
			return i
		}
	}
	return -1
}

// asciiSpace marks the ASCII spaces (unicode.IsSpace below U+0080), one
// lookup per byte of the text where tokenize compared six.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for _, c := range " \n\t\r\f\v" {
		t[c] = true
	}
	return t
}()

// byteClass is what tokenize needs to know of a byte between words and of
// a byte that stops wordScan: 0 for most ASCII bytes; asciiSpaceByte for
// an ASCII space; for the other bytes byteLead, the width of the rune they
// lead less one in bits 5-6 (0 for a continuation byte), and byteCheck for
// the lead bytes of the multi-byte spaces. The marks a word holds come
// from wordScan.
var byteClass = func() (t [256]uint8) {
	for c, sp := range asciiSpace {
		if sp {
			t[c] = asciiSpaceByte
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		width := 1
		switch {
		case c >= 0xF0:
			width = 4
		case c >= 0xE0:
			width = 3
		case c >= 0xC0:
			width = 2
		}
		t[c] = byteLead | uint8(width-1)<<5
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3, 0xEF} {
		t[c] |= byteCheck
	}
	return t
}()

// wordScan is byteClass for the scan of a word: the mark a byte notes, or
// scanStop for a byte the scan must look at (an ASCII space, a lead byte of
// a multi-byte space but 0xE1, and 0x9A, the middle byte of U+1680). The
// other bytes, letters and continuation bytes among them, are 0.
var wordScan = func() (t [256]uint8) {
	for c, sp := range asciiSpace {
		if sp {
			t[c] = scanStop
		}
	}
	t['.'] = markDot
	t['-'] = markHyphen
	t['/'] = markSlash
	t[','] = markComma
	t[';'] = markComma
	for _, c := range []byte{0x9A, 0xC2, 0xE2, 0xE3, 0xEF} {
		t[c] = scanStop
	}
	return t
}()

// scanStop is the bit of wordScan that stops the fast scan of a word.
const scanStop = 1 << 7

// Bits of byteClass for the bytes from 0x80.
const (
	byteCheck = 1 << 4
	byteLead  = 1 << 7
)

// Bits of the marks a scanned word holds: tokenize tries the rules that
// split a word, and add the tests for stacked titles, only on words with
// the marks they need.
const (
	asciiSpaceByte = 1 << iota // not a mark: ends the word
	markDot
	markHyphen
	markSlash
	markEllipsis // a rune led by 0xE2, as "…" is
	markComma
)

// isSpaceAt reports whether text[i] starts a space and its width.
func isSpaceAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r), n
}

// tokenize splits d.text into tokens, tagging each with its paragraph and
// sentence. It is linear in the length of the text, with ASCII fast paths.
func tokenize(d *document) []token {
	toks, _ := tokenizeSentences(d)
	return toks
}

// tokenizeSentences is tokenize that also gives the first token of each
// sentence, by sentence (0 for a sentence without tokens), with one more
// entry at the end.
func tokenizeSentences(d *document) (toks []token, sentStart []int) {
	toks, sentStart, _ = tokenizeMarked(d)
	return toks, sentStart
}

// tokenizeMarked is tokenizeSentences that also lists the capitalised
// tokens and those of "chí", in order (see tokenizer.marked).
func tokenizeMarked(d *document) (toks []token, sentStart []int, marked []int32) {
	return tokenizeMarkedInto(d, nil, nil)
}

// tokenizeMarkedInto is tokenizeMarked that writes the sentence starts and
// the marked tokens over sentStart and marked when they have room.
func tokenizeMarkedInto(d *document, sentStart []int, marked []int32) ([]token, []int, []int32) {
	n := strings.Count(d.text, " ")*5/4 + 16
	z := tokenizer{d: d, text: d.text, folded: d.folded, toks: newTokens(n),
		sentStart: zeroedTo(sentStart, len(d.sents)+1), lastSent: -1, marked: emptyWithRoom(marked, n/8)}
	z.paraEnd, z.sentEnd = z.nextParaEnd(), z.nextSentEnd()
	text := d.text
	var tail [][2]int
	prevEnd := 0 // where the previous word ends
	for i := 0; i < len(text); {
		if k := byteClass[text[i]]; k == asciiSpaceByte {
			i++
			continue
		} else if k&byteCheck != 0 && k >= byteLead {
			if sp, n := isSpaceAt(text, i); sp {
				i += n
				continue
			}
		}
		// The spacing of the previous token, decided here where the
		// gap between words is known: a single space or no-break
		// space (C2 A0). Tokens within a word have no gap.
		gap, n0 := i-prevEnd, len(z.toks)
		spaced := gap == 1 && text[i-1] == ' ' || gap == 2 && text[i-2] == 0xC2 && text[i-1] == 0xA0
		j := i
		marks := uint8(0)
	scan:
		for j < len(text) {
			// The bytes that wordScan gives 0 are passed eight at a
			// time; the rest, and the last seven bytes of the text, one
			// at a time, the marks of the common bytes gathered without
			// a branch.
			if j+8 <= len(text) {
				m := scanSpecial(le64(text[j:]))
				if m == 0 {
					j += 8
					continue
				}
				j += bits.TrailingZeros64(m) >> 3
			}
			k := wordScan[text[j]]
			if k&scanStop == 0 {
				marks |= k
				j++
				continue
			}
			switch c := text[j]; {
			case c < utf8.RuneSelf: // an ASCII space
				break scan
			case c == 0x9A:
				// U+1680 (E1 9A 80), the one space led by 0xE1, the lead
				// byte of most Vietnamese toned vowels (ạ, ế, ữ): found by
				// its rarer middle byte.
				if j > i && text[j-1] == 0xE1 && j+1 < len(text) && text[j+1] == 0x80 {
					j--
					break scan
				}
				j++
			default:
				// The other lead bytes of the multi-byte spaces (U+00A0,
				// U+2000-U+3000, U+FEFF, U+0085): decode just those.
				if sp, _ := isSpaceAt(text, j); sp {
					break scan
				}
				if c == 0xE2 {
					marks |= markEllipsis
				}
				j += int(byteClass[c]>>5&3) + 1
			}
		}
		j = min(j, len(text)) // a truncated rune at the very end
		z.marks = marks
		// Without a '.' or a "…" a word has no inner ellipsis and no
		// glued honorific; without a '-', no glued office.
		dotted := marks&(markDot|markEllipsis) != 0
		// split leading punctuation
		s := i
		for s < j {
			n := 1
			if c := text[s]; c < utf8.RuneSelf {
				if !asciiPunct[c] {
					break
				}
			} else {
				var r rune
				if r, n = utf8.DecodeRuneInString(text[s:]); !isEdgePunct(r) {
					break
				}
			}
			z.add(s, s+n)
			s += n
		}
		// split trailing punctuation (kept in order); a word that ends in
		// an ASCII letter or digit, the common case, has none.
		e := j
		tail = tail[:0]
		if c := text[e-1]; e > s && (c >= utf8.RuneSelf || asciiPunct[c]) {
			for e > s {
				n := 1
				if c := text[e-1]; c < utf8.RuneSelf { // ASCII needs no decoding
					if !asciiPunct[c] || c == '%' && e-1 > s {
						break
					}
				} else {
					if endsInLatinLetter(text, s, e) {
						break
					}
					var r rune
					if r, n = utf8.DecodeLastRuneInString(text[s:e]); !isEdgePunct(r) {
						break
					}
				}
				tail = append(tail, [2]int{e - n, e})
				e -= n
			}
		}
		// A comma is most often the word's trailing punctuation, split off
		// above: only one left inside the word may be glued.
		comma := marks&markComma != 0 && (strings.IndexByte(text[s:e], ',') > 0 || strings.IndexByte(text[s:e], ';') > 0)
		if marks&(markDot|markEllipsis|markHyphen) != 0 || comma {
			s = z.splitGlued(s, e, dotted, marks&markHyphen != 0, comma)
		}
		if marks&markSlash != 0 && e > s {
			// "Ảnh: Đỗ Thu Hằng/TTXVN": a name's last syllable and the
			// agency after a slash are two words
			if p := gluedAgency(text[s:e]); p > 0 {
				z.add(s, s+p)
				z.add(s+p, s+p+1)
				s += p + 1
			}
		}
		if e > s {
			address, honorific := 0, 0
			lead := glueLead[text[s]] // (one lookup tells which glued word may open here)
			if lead&leadsAddress != 0 && mayGlueAddress(text, s, e) {
				address = gluedAddress(text, s, e)
			}
			if address == 0 && dotted {
				honorific = gluedHonorific(text, s, e)
				if honorific > 0 && honorific+1 < e && glueLead[text[honorific+1]]&leadsTitle != 0 && mayGlueTitle(text, honorific+1, e) {
					// "PGS.TSLương Văn Khải": the second title is glued too
					if t := gluedTitle(text, honorific+1, e); t > 0 {
						z.add(s, honorific)
						z.add(honorific, honorific+1)
						s, honorific = honorific+1, 0
						address = t
					}
				}
			} else if lead&leadsTitle != 0 && address == 0 && mayGlueTitle(text, s, e) {
				address = gluedTitle(text, s, e) // "TSLương Văn Khải": a title glued to the name
			}
			switch {
			case address > 0:
				// "NgàiJohn Smith": the address word lost its space.
				z.add(s, address)
				z.add(address, e)
				// The two words are spaced though no gap separates them.
				prev, t := &z.toks[len(z.toks)-2], &z.toks[len(z.toks)-1]
				prev.spaceAfter = prev.word && t.word && prev.para == t.para
			case honorific > 0:
				// "TS.Võ Văn Vinh": an honorific glued to the name by its dot.
				z.add(s, honorific)
				z.add(honorific, honorific+1)
				z.add(honorific+1, e)
			default:
				z.add(s, e)
			}
		}
		for k := len(tail) - 1; k >= 0; k-- {
			z.add(tail[k][0], tail[k][1])
		}
		if n0 > 0 && len(z.toks) > n0 {
			prev := &z.toks[n0-1]
			prev.spaceAfter = spaced && prev.para == z.toks[n0].para
		}
		i, prevEnd = j, j
		if i < len(text) && text[i] == ' ' {
			i++ // the common single space, skipped without a turn of the loop
		}
	}
	return z.toks, z.sentStart, z.marked
}

// splitGlued adds the tokens that a word text[s:e] holding a dot, an
// ellipsis or a hyphen (dotted, hyphen) glues to the rest of it, and
// returns where the rest starts.
func (z *tokenizer) splitGlued(s, e int, dotted, hyphen, comma bool) int {
	text := z.text
	for comma && e > s {
		// "Trương Văn Bảo,Phó Trưởng ban": a comma that lost its space
		// before a capital ends the word; "1,5" keeps its digits. So does
		// a semicolon before any letter ("khu vực;các cơ quan").
		p := gluedComma(text[s:e])
		if p <= 0 {
			break
		}
		z.add(s, s+p)
		z.add(s+p, s+p+1)
		s += p + 1
	}
	for dotted && e > s {
		// "tỉnh…Trong", "tỉnh...Trong": an ellipsis glued between two
		// words ends the first; it is punctuation of its own.
		p, w := innerEllipsis(text[s:e])
		if p <= 0 || s+p+w >= e {
			break
		}
		z.add(s, s+p)
		z.add(s+p, s+p+w)
		s += p + w
	}
	if dotted && e > s {
		// "cuộc họp.Các đồng chí": a sentence's full stop glued to the
		// next sentence; the stop is punctuation of its own.
		if p := gluedSentenceEnd(text[s:e]); p > 0 {
			z.add(s, s+p)
			z.add(s+p, s+p+1)
			s += p + 1
		}
	}
	for hyphen && e > s {
		// "Ông Hà Văn A-Phó Bí thư Chi bộ-chia sẻ": a house style
		// joins the name, the office and the verb with bare hyphens.
		p := gluedOfficeHyphen(z.d, s, e)
		if p <= 0 {
			break
		}
		z.add(s, p)
		z.add(p, p+1)
		s = p + 1
	}
	return s
}

// gluedAgency returns where a slash stands between a capitalised syllable
// and an acronym of two capitals or more ("Lâm/TTXVN", "Hùng/VNA"), or
// -1; symbols ("CT/TW") and "đ/c" have no lower-case letter before it.
func gluedAgency(w string) int {
	k := strings.IndexByte(w, '/')
	if k < 2 || len(w)-k-1 < 2 {
		return -1
	}
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return -1
	}
	lower := false
	for _, r := range w[1:k] {
		if !unicode.IsLetter(r) {
			return -1
		}
		lower = lower || unicode.IsLower(r)
	}
	for i := k + 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return -1
		}
	}
	if !lower {
		return -1
	}
	return k
}

// gluedComma returns where a comma glued between a letter and a capital,
// or a semicolon glued between two letters, stands in a word, or -1.
func gluedComma(w string) int {
	for off := 1; off < len(w)-1; {
		k := strings.IndexAny(w[off:], ",;")
		if k < 0 {
			return -1
		}
		k += off
		off = k + 1
		before, _ := utf8.DecodeLastRuneInString(w[:k])
		after, _ := utf8.DecodeRuneInString(w[k+1:])
		if unicode.IsLetter(before) && (unicode.IsUpper(after) || w[k] == ';' && unicode.IsLetter(after)) {
			return k
		}
	}
	return -1
}

// tokenizer is the state of tokenize: the tokens so far, and the paragraph
// and sentence of the latest one with the offsets where they end.
type tokenizer struct {
	d                *document
	text, folded     string
	toks             []token
	para, sent       int
	paraEnd, sentEnd int   // end of para and sent, or MaxInt for the last one
	marks            uint8 // mark* bits of the word being split
	sentStart        []int // see tokenizeSentences
	lastSent         int   // sent of the latest token, -1 before the first
	// marked lists the capitalised tokens and those of "chí" ("đồng
	// chí"): the passes that start only there (names, office references)
	// visit these few instead of streaming the whole slice.
	marked []int32
}

func (z *tokenizer) nextParaEnd() int {
	if z.para+1 < len(z.d.paras) {
		return z.d.paras[z.para].end
	}
	return math.MaxInt
}

func (z *tokenizer) nextSentEnd() int {
	if z.sent+1 < len(z.d.sents) {
		return z.d.sents[z.sent].end
	}
	return math.MaxInt
}

// add appends the token text[start:end]; tokenizeSentences sets the
// spacing of the one before it. The fields are written in place, as they are found: a token
// built aside and appended would be copied once more.
func (z *tokenizer) add(start, end int) {
	// Paragraph, sentence and the spacing after the previous token,
	// set as tokens come in text order: a second pass over the slice
	// would read it all back from memory.
	if start >= z.paraEnd || start >= z.sentEnd {
		for start >= z.paraEnd {
			z.para++
			z.paraEnd = z.nextParaEnd()
		}
		for start >= z.sentEnd {
			z.sent++
			z.sentEnd = z.nextSentEnd()
		}
	}
	n := len(z.toks)
	if n < cap(z.toks) {
		z.toks = z.toks[:n+1]
	} else {
		z.toks = append(z.toks, token{})
	}
	t := &z.toks[n]
	if z.sent != z.lastSent {
		z.sentStart[z.sent], z.lastSent = n, z.sent
	}
	w, f := z.text[start:end], z.folded[start:end]
	t.start, t.end, t.text, t.fold, t.para, t.sent = int32(start), int32(end), w, f, int32(z.para), int32(z.sent)
	var capital, syllable bool
	c := w[0]
	// The common first bytes, a lower-case letter, a digit or
	// punctuation, are decided by the table without a branch.
	k := tokenHead[c]
	word, lower := k&headWord != 0, k&headLower != 0
	switch {
	case k&headMore == 0:
	case c < utf8.RuneSelf:
		// "Nguyễn": a lower-case second letter is no acronym, the common
		// case, decided without the call.
		capital = len(w) >= 2 && w[1] >= 'a' && w[1] <= 'z' || !isAcronym(w)
	default:
		r, _ := utf8.DecodeRuneInString(w)
		rc := classOf(r)
		word = rc&(runeLetter|runeDigit) != 0
		if rc&runeLetter != 0 {
			lower = rc&runeLower != 0
			capital = !lower && rc&runeUpper != 0 && !isAcronym(w)
		}
	}
	if capital {
		_, abbrev := vocab.abbrev(w)
		// "ThS.BS", "Th.S", "Đ/c": stacked titles and the abbreviated
		// address word are never part of the name after them.
		syllable = !abbrev && !(z.marks&(markDot|markHyphen|markSlash) != 0 && indexByteSet(w, titleMarks) >= 0 &&
			(isStackedHonorific(w) || f == "đ/c" || strings.HasPrefix(f, "tp."))) // "TP.Hồ Chí Minh": a city, glued to its abbreviation
		z.marked = append(z.marked, int32(n))
	}
	t.word, t.lower, t.capital, t.syllable, t.spaceAfter = word, lower, capital, syllable, false
	t.wordID, t.starts = 0, 0
	if word {
		// Marks are in no vocabulary, and no phrase is matched from a
		// number, though a number may go on one ("Ban Chỉ đạo 389").
		head := uint64(0)
		if start+8 <= len(z.folded) {
			head = le64(z.folded[start:]) & headMask(end-start)
		} else {
			head = wordHead(f)
		}
		var slot *wordSlot // vocab.wordID(f), inlined
		if end-start <= 8 {
			slot = vocab.wordIDs.findShort(head, end-start)
		} else {
			slot = vocab.wordIDs.findSlot(head, f)
		}
		id, starts := slot.id, slot.starts
		if k&headDigit != 0 {
			starts = 0
		}
		t.wordID, t.starts = id, starts
		if id == vocab.chiID && !capital {
			z.marked = append(z.marked, int32(n))
		}
	}
}

// tokenHead is what add learns of a token from its first byte: headWord
// for a letter or digit, headLower for a lower-case letter, headDigit for a
// digit, and headMore for a capital or a multi-byte rune, which need more.
var tokenHead = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = headWord | headLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = headWord | headMore
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = headWord | headDigit
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = headMore
	}
	return t
}()

// Bits of tokenHead.
const (
	headWord = 1 << iota
	headLower
	headDigit
	headMore
)

// endsInLatinLetter reports whether text[s:e] ends in a two-byte rune of
// U+00C0-U+023F other than × and ÷, or in a rune of U+1E00-U+1EFF: letters
// of the blocks Vietnamese is written in, never punctuation (isEdgePunct),
// read without decoding.
func endsInLatinLetter(text string, s, e int) bool {
	if e-s < 2 || text[e-1] < 0x80 || text[e-1] > 0xBF {
		return false
	}
	if lead := text[e-2]; lead >= 0xC3 && lead <= 0xC8 {
		return !(lead == 0xC3 && (text[e-1] == 0x97 || text[e-1] == 0xB7))
	}
	return e-s >= 3 && text[e-3] == 0xE1 && text[e-2] >= 0xB8 && text[e-2] <= 0xBB
}

// mayGlueAddress reports whether the word text[s:e] opens with the bytes of
// an address word and goes on (gluedAddress): "Ngài" and "ngài" (N g C3 A0),
// "Bà" and "bà" (B C3 A0), "Ông" and "ông" (C3 94/B4 n g).
func mayGlueAddress(text string, s, e int) bool {
	switch text[s] {
	case 'N', 'n':
		return e-s > 5 && text[s+1] == 'g' && text[s+2] == 0xC3 && text[s+3] == 0xA0
	case 'B', 'b':
		return e-s > 3 && text[s+1] == 0xC3 && text[s+2] == 0xA0
	case 0xC3:
		return e-s > 4 && (text[s+1] == 0x94 || text[s+1] == 0xB4) && text[s+2] == 'n' && text[s+3] == 'g'
	}
	return false
}

// tokenPool recycles token slices between documents: a slice holds one
// token per word, the largest allocation of the analysis, and is garbage as
// soon as a page is extracted.
var tokenPool sync.Pool // of *[]token

// newTokens returns an empty token slice with room for at least n tokens.
func newTokens(n int) []token {
	if p, ok := tokenPool.Get().(*[]token); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]token, 0, n)
}

// releaseTokens hands toks back for reuse; the caller must not touch them
// again. They are not cleared: clearing wrote the whole slice (a megabyte
// for a long report) once more per page only to drop the page text it
// refers to, which the next page overwrites or the pool frees within two
// garbage collections.
func releaseTokens(toks []token) {
	toks = toks[:0]
	tokenPool.Put(&toks)
}

// isAcronym reports a word written in capitals (UBND, PGS, TS.BS), which is
// never a syllable of a personal name.
func isAcronym(w string) bool {
	letters := 0
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf { // ASCII: only a-z and A-Z are letters
			switch {
			case c >= 'a' && c <= 'z':
				return false
			case c >= 'A' && c <= 'Z':
				letters++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if rc := classOf(r); rc&runeLetter != 0 {
			if rc&runeUpper == 0 {
				return false
			}
			letters++
		}
		i += n
	}
	return letters > 1
}

// honorificAt matches an honorific that starts at token i and returns its
// length in tokens and canonical parts. Abbreviations match case-exactly and
// may be stacked with dots or hyphens inside one token (PGS.TS, TS.BS).
func honorificAt(toks []token, i int) (n int, canon []string) {
	n, h := honorificMatch(toks, i)
	if n == 0 {
		return 0, nil
	}
	return n, honorificCanon(toks, i, h)
}

// honorificCanon returns the canonical parts of the honorific that
// honorificMatch found at token i with index h.
func honorificCanon(toks []token, i, h int) []string {
	if h < 0 {
		return stackedHonorifics(toks[i].text)
	}
	// Address words and occupations come out lower-cased as the table
	// writes them (ông, bà, nhà báo); ranks keep theirs (Thượng tá).
	return vocab.honorifics[h].canonical
}

// honorificLen is the length alone of the honorific honorificAt matches at
// token i: it builds no list of parts.
func honorificLen(toks []token, i int) int {
	n, _ := honorificMatch(toks, i)
	return n
}

// honorificMatch matches an honorific at token i for honorificAt and
// returns its length and its index in vocab.honorifics, -1 for a stack of
// abbreviations.
func honorificMatch(toks []token, i int) (n, h int) {
	t := &toks[i]
	if !t.word {
		return 0, 0
	}
	if h, ok := vocab.abbrev(t.text); ok {
		if (t.text == "TT" || t.text == "TT.") && !thichAfter(toks, i) {
			return 0, 0 // "TT." is a monk's rank only before "Thích"; else a circular or a township
		}
		if m, h2 := vocab.honPhrases.matchAt(toks, i); m > 1 {
			return m, h2 // "BS CKII": a form of two words that opens with an abbreviation
		}
		return 1, h
	}
	if (t.capital || isAcronym(t.text)) && isStackedHonorific(t.text) {
		return 1, -1
	}
	if m, h := vocab.honPhrases.matchAt(toks, i); m > 0 {
		if t.capital && t.fold == "bà" && placeBa(toks, i) {
			return 0, 0
		}
		return m, h
	}
	return 0, 0
}

// placeBa reports a capitalised "Bà" at token i that is part of a place's
// name: after another capitalised word ("Hòn Bà", "Núi Bà", "Hai Bà
// Trưng"; the address word is written in lower case inside a sentence),
// or opening a listed one ("Bà Rịa", "Bà Đen"; addressPlace).
func placeBa(toks []token, i int) bool {
	if i > 0 && toks[i-1].capital && toks[i-1].spaceAfter && toks[i-1].sent == toks[i].sent {
		return true
	}
	return i+1 < len(toks) && addressPlace(toks, i, i+2)
}

// thichAfter reports the dharma surname "Thích" right after token i, or
// after the dot that follows it.
func thichAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].fold == "thích" {
			return true
		}
		if toks[k].text != "." {
			return false
		}
	}
	return false
}

// headAt matches an office head at token i, allowing modifiers before it
// (Phó, nguyên, Quyền); it returns the length in tokens or 0.
func headAt(toks []token, i int) int {
	if i >= len(toks) || toks[i].starts&startsHead == 0 && !vocab.is(&toks[i], kindHeadPrefix) {
		return 0 // most words: neither a head nor a modifier opens here
	}
	return headFrom(toks, i)
}

// headFrom is headAt past its first test.
func headFrom(toks []token, i int) int {
	k := 0
	for i+k < len(toks) && toks[i+k].word && vocab.is(&toks[i+k], kindHeadPrefix) && toks[i+k].spaceAfter {
		k++
	}
	if k > 0 && i+k < len(toks) && toks[i+k-1].fold == "quyền" && toks[i+k].fold == "ủy" {
		return 0 // "đ/c Vi Văn Quyền Ủy viên ...": no one is an acting member; the name ends in "Quyền"
	}
	if m, _ := vocab.heads.matchAt(toks, i+k); m > 0 {
		return k + m
	}
	if j := i + k; j+1 < len(toks) && toks[j].capital && toks[j].fold == "trưởng" && toks[j].spaceAfter && isAcronym(toks[j+1].text) {
		return k + 1 // "Trưởng BCĐ thi hành án dân sự huyện", "Nguyên Trưởng THADS": the head of a body named by its acronym
	}
	if k > 0 {
		// "Phó Ban Tuyên giáo": a deputy written without "Trưởng", whose
		// bare noun is an organisation, not a head of its own.
		if m, _ := vocab.heads.matchAt(toks, i); m > k {
			return m
		}
	}
	return 0
}

// stopAt reports whether a lower-case word that ends an office starts at i.
func stopAt(toks []token, i int) bool {
	t := &toks[i]
	if !t.word || !t.lower {
		// "Ông X – Phó Chánh Văn phòng Y Phát biểu tại hội thảo", "...
		// Phó Chủ tịch UBND Thành phố Về phía tỉnh có ...": a caption's
		// verb or a sentence's opening in capitals where a full stop is
		// missing, never words of an office
		return t.capital && i+1 < len(toks) && toks[i+1].lower && foldPairIs(t.fold, toks[i+1].fold, "phát biểu", "về phía")
	}
	if t.starts&vocab.stops.bit == 0 && t.fold != "và" {
		return false // no stop phrase starts here; the exceptions below only turn matches down
	}
	if t.fold == "dự" && i > 0 && toks[i-1].fold == "danh" && toks[i-1].spaceAfter {
		return false // "Chủ tịch danh dự": honorary, not "attends"
	}
	if t.fold == "dự" && i+1 < len(toks) && toks[i+1].word {
		switch toks[i+1].fold {
		case "phòng", "án", "thảo", "toán", "khuyết", "báo", "trữ", "kiến", "định", "bị", "tính", "luật", "kiểm":
			return false
		}
	}
	if t.fold == "và" {
		return andEndsOffice(toks, i)
	}
	if t.fold == "về" && (steeringBoardBefore(toks, i) || committeeRemitBefore(toks, i)) {
		return false // "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": the board's remit names it
	}
	if nounNotVerb(toks, i) {
		return false
	}
	if t.fold == "trình" && i > 0 && trinhCompound(toks[i-1].fold) {
		return false // "công trình", "chương trình": a noun inside the office, not the verb
	}
	if t.fold == "giao" && giaoCompound(toks, i) {
		return false // "Đội Cảnh sát giao thông", "Bộ Ngoại giao": not the verb "giao"
	}
	if t.fold == "bầu" && i+1 < len(toks) && toks[i+1].fold == "cử" || t.fold == "cử" && i > 0 && toks[i-1].fold == "bầu" {
		return false // "Ủy ban bầu cử huyện": the board's name, not the verbs
	}
	if t.fold == "trên" && localRemit(toks, i) {
		return false // "Ban Chỉ đạo ... trên địa bàn tỉnh": the board's territory
	}
	if inSteeringBoard(toks, i) || t.fold == "ký" && i > 0 && toks[i-1].fold == "thư" && toks[i-1].spaceAfter {
		return false // "Ban chỉ đạo", "Tổng Thư ký": part of the office
	}
	if executiveQualifier(toks, i) || diplomaticSeat(toks, i) || branchSeat(toks, i) {
		return false
	}
	m, _ := vocab.stops.matchAt(toks, i)
	return m > 0
}

// localRemit reports "trên địa bàn" and an administrative unit at token
// i ("trên địa bàn tỉnh", "trên địa bàn thành phố"), which closes the name
// of a board set up for that territory.
func localRemit(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].fold != "địa" || toks[i+2].fold != "bàn" {
		return false
	}
	switch toks[i+3].fold {
	case "tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành":
		return true
	}
	return false
}

// nounNotVerb reports a stop word at token i that is here a syllable of a
// noun inside a body's name: "các tổ chức hữu nghị" (organisations, not
// "to organise"), "Đài Tiếng nói Việt Nam" (voice, not "said"), "Cục Cảnh
// sát điều tra tội phạm về ma túy" (crimes concerning drugs), "vốn nhà nước
// tại doanh nghiệp" (state capital in enterprises, not a place).
func nounNotVerb(toks []token, i int) bool {
	if i == 0 || !toks[i-1].spaceAfter {
		return false
	}
	prev := toks[i-1].fold
	switch toks[i].fold {
	case "tổ":
		// "các tổ chức", and "Giám đốc tổ chức WWF": an acronym names the
		// organisation
		return i+1 < len(toks) && toks[i+1].fold == "chức" &&
			(prev == "các" || prev == "những" || i+2 < len(toks) && isAcronym(toks[i+2].text))
	case "nói":
		return prev == "tiếng"
	case "về":
		// "tội phạm về ma túy", "quản lý hành chính về trật tự xã hội",
		// "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"
		return i >= 2 && (prev == "phạm" && toks[i-2].fold == "tội" || prev == "chính" && toks[i-2].fold == "hành") ||
			prev == "nước" && i+1 < len(toks) && toks[i+1].fold == "người"
	case "tại":
		// "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"
		return prev == "nước" && i+2 < len(toks) && toks[i+1].fold == "doanh" && toks[i+2].fold == "nghiệp"
	case "thông":
		// "Trung tâm Công nghệ thông tin", "Cổng thông tin điện tử", "an toàn thông tin",
		// "Phòng Văn hóa thông tin"
		return prev == "nghệ" || prev == "cổng" || prev == "toàn" || prev == "ninh" || prev == "thống" || prev == "hóa"
	case "cho":
		// "Trung tâm Chăm sóc sức khỏe cho người cao tuổi"
		return (prev == "khỏe" || prev == "khoẻ") && i+1 < len(toks) && toks[i+1].fold == "người"
	case "sau":
		// "Phòng Đào tạo sau đại học"
		return i+2 < len(toks) && toks[i+1].fold == "đại" && toks[i+2].fold == "học"
	case "điều":
		// "Trung tâm điều hành đô thị thông minh", "Trưởng Ban điều hành
		// Mạng lưới ...": the centre or the board, not the verb
		return (prev == "tâm" || prev == "ban") && i+1 < len(toks) && toks[i+1].fold == "hành"
	case "kiểm":
		// "Đội kiểm tra liên ngành", "Trưởng Đoàn kiểm tra số 1"
		return prev == "đội" || prev == "tổ" || prev == "đoàn"
	case "vừa":
		// "doanh nghiệp nhỏ và vừa"
		return prev == "và" && i >= 2 && toks[i-2].fold == "nhỏ"
	case "đại":
		// "Cơ quan đại diện", "Văn phòng đại diện": the office that
		// represents a body, not "on behalf of"
		return (prev == "quan" || prev == "phòng") && i+1 < len(toks) && toks[i+1].fold == "diện"
	}
	return false
}

// cueAt matches a role cue phrase at token i.
func cueAt(toks []token, i int) (n int, c roleCue) {
	m, v := vocab.cuePhrases.matchAt(toks, i)
	if m == 0 {
		return 0, roleCue{}
	}
	c = vocab.cues[v]
	if inSteeringBoard(toks, i) {
		return 0, roleCue{}
	}
	if c.phrase == "dự" && toks[i].lower && !stopAt(toks, i) {
		return 0, roleCue{} // "dự phòng", "dự án", "dự thảo"
	}
	if c.phrase == "trình" && i > 0 && trinhCompound(toks[i-1].fold) {
		return 0, roleCue{} // "chương trình kỳ họp"
	}
	if c.phrase == "giao" && giaoCompound(toks, i) {
		return 0, roleCue{} // "Thứ trưởng Bộ Ngoại giao"
	}
	if i > 0 && (toks[i-1].fold == "dự" || toks[i-1].fold == "kiến" && i > 1 && toks[i-2].fold == "chứng") && (c.agenda == schema.AgendaOpening || c.agenda == schema.AgendaClosing) {
		return 0, roleCue{} // "X và đại biểu dự khai mạc phiên họp": attended the opening, did not open it
	}
	if i+m+1 < len(toks) && toks[i+m].fold == "với" && !c.strong && toldThePress(toks, i+m+1) {
		return 0, roleCue{} // "X chia sẻ với phóng viên": told the press, no act of the meeting
	}
	return m, c
}

// toldThePress reports the press named at token j, after "chia sẻ với",
// "trao đổi với": "phóng viên", "PV", "báo chí", "chúng tôi" (the
// writer), or a news site's name in lower case ("baotinhnha").
func toldThePress(toks []token, j int) bool {
	switch toks[j].fold {
	case "phóng", "pv", "báo", "chúng", "truyền":
		return true
	}
	return toks[j].lower && len(toks[j].fold) >= 6 && foreignSyllable(toks[j].fold) && (j+1 == len(toks) || !toks[j+1].word)
}

// giaoCompound reports "giao" at token i as a syllable of another word
// ("ngoại giao", "bàn giao", "chuyển giao", "giao thông", "giao lưu"),
// not the verb that assigns work.
func giaoCompound(toks []token, i int) bool {
	if i > 0 {
		switch toks[i-1].fold {
		case "ngoại", "bàn", "chuyển", "bang", "tương", "xã":
			return true
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].fold {
		case "thông", "lưu", "dịch", "tiếp", "thoa":
			return true
		}
	}
	return false
}

// orgPrefixBefore reports whether the words right before token i make a
// name that starts there part of a place or organisation name.
func orgPrefixBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	prev := &toks[i-1]
	if r, _ := utf8.DecodeRuneInString(prev.text); prev.word && unicode.IsDigit(r) {
		return true
	}
	if prev.text == "”" || prev.text == "\"" {
		// "trường Tiểu học “A” Đào Hữu Cảnh": a short designation in
		// quotes between the body's word and its name
		for k := i - 2; k >= 1 && k >= i-4; k-- {
			if t := toks[k].text; t == "“" || t == "\"" {
				return k < i-2 && orgPrefixBefore(toks, k)
			}
		}
	}
	if prev.fold == "thôn" && i >= 2 && toks[i-2].fold == "nông" {
		// "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn X": rural,
		// not a hamlet named after X
		return false
	}
	for k := 1; k <= 3 && i-k >= 0; k++ {
		if m, _ := vocab.orgPrefixes.matchAt(toks, i-k); m == k && toks[i-1].spaceAfter {
			if k == 1 && i >= 2 && spanIsPlace(toks, i-2, i) {
				return false // "Bà Rịa – Vũng Tàu X": the prefix word ends a place's name ("tàu", a ship)
			}
			return true
		}
	}
	// "TP. Hồ Chí Minh", "TP.HCM"
	if prev.text == "." && i >= 2 && toks[i-2].fold == "tp" {
		return true
	}
	return false
}

// andEndsOffice decides whether "và" at token i ends an office or joins two
// parts of an organisation name: it joins capitalised parts ("Sở Kế hoạch và
// Đầu tư") and lower-case ones that run to the next punctuation without a
// verb ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"); it ends the office
// before numbers, quantifiers and verbs ("và 27/28 đảng viên", "và toàn thể
// cán bộ").
func andEndsOffice(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].word {
		return true
	}
	next := &toks[i+1]
	if honorificLen(toks, i+1) > 0 || youngAddress(toks, i+1) {
		return true // "... và đồng chí B", "... và ông B", "... và chị B"
	}
	if next.capital {
		// "và Trần Văn B": a surname and another capitalised syllable
		return vocab.is(next, kindSurname) && i+2 < len(toks) && next.spaceAfter && toks[i+2].capital
	}
	if isAcronym(next.text) {
		return false // "Chánh Văn phòng HĐND và UBND huyện", "Đoàn ĐBQH và HĐND tỉnh": a second body
	}
	if !next.lower {
		return true // a number
	}
	if next.fold == "các" && i+3 < len(toks) && toks[i+2].fold == "khu" {
		switch toks[i+3].fold {
		case "công", "kinh", "chế":
			return false // "Ban Quản lý Khu kinh tế X và các Khu công nghiệp tỉnh": one board's name
		}
	}
	switch next.fold {
	case "các", "toàn", "đông", "nhiều", "một", "những", "lãnh", "đại", "cùng", "hơn", "gần":
		return true
	case "phu", "vợ", "chồng": // "Đại sứ X và phu nhân": the spouse came along
		return true
	}
	if i+2 < len(toks) && fieldsAfterAnd[next.fold+" "+toks[i+2].fold] || next.fold == "vừa" {
		return false // "Trung tâm Quan trắc tài nguyên và môi trường", "doanh nghiệp nhỏ và vừa"
	}
	for k := i + 1; k < len(toks) && k-i < maxOfficeTokens; k++ {
		if !toks[k].word {
			return false
		}
		if toks[k].fold != "và" && stopAt(toks, k) {
			return true
		}
	}
	return false
}

// fieldsAfterAnd are the second fields of the pairs that name ministries,
// departments and centres, written in lower case after "và" ("tài nguyên
// và môi trường", "khoa học và công nghệ", "đầu tư, thương mại và du lịch").
var fieldsAfterAnd = map[string]bool{
	"môi trường": true, "công nghệ": true, "truyền thông": true, "đào tạo": true, "đầu tư": true,
	"phát triển": true, "thể thao": true, "du lịch": true, "xã hội": true, "an ninh": true,
	"nhà ở": true, // a census board's "dân số và nhà ở"
	// the disaster boards' "phòng, chống thiên tai và tìm kiếm cứu nạn"
	"tìm kiếm": true, "cứu nạn": true, "cứu hộ": true,
	// "cải cách hành chính và chuyển đổi số", "Liên hiệp các hội khoa học
	// và kỹ thuật"
	"chuyển đổi": true, "kỹ thuật": true, "kĩ thuật": true,
}

// stackedHonorifics splits "PGS.TS", "TS.BS", "GS-TS", "GS,TS" into their canonical
// parts, or returns nil when any part is not an honorific. Only stacks
// allocate.
func stackedHonorifics(w string) []string {
	if !isStackedHonorific(w) {
		return nil
	}
	var out []string
	for rest := w; rest != ""; {
		i := indexByteSet(rest, stackSeparators)
		part := rest
		if i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if h, ok := vocab.abbrev(part); ok {
			out = append(out, vocab.honorifics[h].canonical...)
		}
	}
	return out
}

// isStackedHonorific reports whether stackedHonorifics(w) is not nil,
// without building the list: w holds a separator, every part is an
// abbreviation (or empty) and some part has canonical parts.
func isStackedHonorific(w string) bool {
	if indexByteSet(w, stackSeparators) < 0 {
		return false
	}
	listed := false
	for rest := w; rest != ""; {
		i := indexByteSet(rest, stackSeparators)
		part := rest
		if i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		h, ok := vocab.abbrev(part)
		if !ok && part != "" {
			return false
		}
		listed = listed || ok && len(vocab.honorifics[h].canonical) > 0
	}
	return listed
}

// inSteeringBoard reports "chỉ đạo" written in lower case as part of the
// name of a steering board ("Trưởng Ban chỉ đạo 126"), not as the verb.
func inSteeringBoard(toks []token, i int) bool {
	return toks[i].fold == "chỉ" && i > 0 && toks[i-1].fold == "ban" && toks[i-1].spaceAfter &&
		i+1 < len(toks) && toks[i+1].fold == "đạo"
}

// gluedHonorific returns the byte offset of the dot in a word made of an
// honorific abbreviation glued to a capitalised syllable ("TS.Võ",
// "PGS.TS.Nguyễn"), or 0. Words without a dot cost one byte scan.
func gluedHonorific(text string, s, e int) int {
	p := strings.LastIndexByte(text[s:e], '.')
	if p <= 0 || s+p+1 >= e {
		return 0
	}
	p += s
	rest := text[p+1 : e]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || isAcronym(rest) {
		return 0
	}
	head := text[s:p]
	if _, ok := vocab.abbrev(head); !ok && !isStackedHonorific(head) {
		return 0
	}
	return p
}

// executiveQualifier reports an "điều hành" that qualifies the office
// right before it ("Phó Viện trưởng điều hành Viện X"): it follows a head
// word and leads into a capitalised organisation that is not the meeting
// being run ("điều hành Hội nghị" is chairing).
func executiveQualifier(toks []token, i int) bool {
	if toks[i].fold != "điều" || i == 0 || i+2 >= len(toks) || toks[i+1].fold != "hành" || !toks[i+1].spaceAfter {
		return false
	}
	switch toks[i-1].fold {
	case "trưởng", "đốc", "tịch", "thư", "nhiệm":
	default:
		return false
	}
	next := &toks[i+2]
	if !next.capital {
		return false
	}
	switch next.fold {
	case "hội", "phiên", "buổi", "lễ", "chương", "cuộc", "diễn":
		return false
	}
	return true
}

// diplomaticSeat reports a "tại <Place>" that completes a diplomatic office
// ("Đại sứ Nhật Bản tại Việt Nam", "Tổng Lãnh sự quán Hàn Quốc tại Huế") or
// the office of an international body's head in a country ("Trưởng Đại
// diện UNDP tại Việt Nam", "Giám đốc Quốc gia Ngân hàng Thế giới tại ..."):
// the host country or city is part of the title, not where the person spoke.
func diplomaticSeat(toks []token, i int) bool {
	if toks[i].fold != "tại" || i+1 >= len(toks) || !(toks[i+1].capital || isAcronym(toks[i+1].text)) {
		return false // ("tại TPHCM": the seat's city may be an acronym)
	}
	if i >= 2 && toks[i-1].fold == "việt" && toks[i-2].fold == "người" ||
		i >= 3 && toks[i-1].fold == "nam" && toks[i-2].fold == "việt" && toks[i-3].fold == "người" {
		return true // "Chủ tịch Hội người Việt Nam tại Séc": a body of the diaspora names its country
	}
	for k := i - 1; k >= 0 && k >= i-maxOfficeTokens; k-- {
		t := &toks[k]
		if !t.word {
			return false
		}
		if t.fold == "sứ" || t.fold == "sự" && k > 0 && toks[k-1].fold == "lãnh" {
			return true
		}
		if k >= 1 && t.fold == "diện" && toks[k-1].fold == "đại" ||
			k >= 2 && t.fold == "gia" && toks[k-1].fold == "quốc" && toks[k-2].fold == "đốc" {
			return true // "(Trưởng) Đại diện UNDP tại Việt Nam", "Giám đốc Quốc gia ... tại Việt Nam"
		}
	}
	return false
}

// branchSeat reports a "tại <Place>" that completes the name of a branch
// of a body ("Phân hiệu Trường Đại học Lâm nghiệp tại Thành phố Hồ Chí
// Minh", "Chi nhánh Ngân hàng X tại Đà Nẵng", "Văn phòng đại diện ... tại
// TP.HCM"): the seat names the branch, it is not where the person spoke.
func branchSeat(toks []token, i int) bool {
	if toks[i].fold != "tại" || i+1 >= len(toks) || !(toks[i+1].capital || isAcronym(toks[i+1].text)) {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-maxOfficeTokens; k-- {
		t := &toks[k]
		if !t.word && !abbreviationDot(toks, k) || t.lower && k < i-1 && stopWordAt(toks, k) {
			return false // ("Trường Đại học X TP. Hồ Chí Minh tại ...": the abbreviation's dot is the name's)
		}
		switch a := toks[k-1].fold; {
		case foldPairIs(a, t.fold, "phân viện", "phân hiệu", "chi nhánh"):
			return toks[k-1].capital
		case foldPairIs(a, t.fold, "thường trú", "đại diện"): // "Văn phòng đại diện", "Cơ quan thường trú"
			return k >= 2 && (toks[k-2].fold == "phòng" || toks[k-2].fold == "quan")
		}
	}
	return false
}

// stopWordAt reports a stop phrase at token k, without the exceptions of
// stopAt (which calls branchSeat).
func stopWordAt(toks []token, k int) bool {
	if toks[k].starts&vocab.stops.bit == 0 {
		return false
	}
	m, _ := vocab.stops.matchAt(toks, k)
	return m > 0
}

// gluedOfficeHyphen returns the byte offset of a hyphen inside the word
// d.text[s:e] that joins a name to the office after it ("Chất-Phó" in "Ông
// Hà Văn Chất-Phó Bí thư Chi bộ") or an office to the speech verb after it
// ("bộ-chia sẻ"), with no spaces around it; else 0. The part after the
// hyphen must open an office head, or be one of a few speech verbs, so
// names ("Young-sam"), places ("Bà Rịa-Vũng Tàu") and compounds ("kinh
// tế-xã hội") stay whole.
func gluedOfficeHyphen(d *document, s, e int) int {
	w := d.text[s:e]
	p := strings.IndexByte(w, '-')
	if p <= 0 || p+1 >= len(w) || strings.IndexByte(w[p+1:], '-') >= 0 {
		return 0
	}
	l, _ := utf8.DecodeLastRuneInString(w[:p])
	r, _ := utf8.DecodeRuneInString(w[p+1:])
	if classOf(l)&runeLetter == 0 || classOf(r)&runeLetter == 0 {
		return 0
	}
	right := d.folded[s+p+1 : e]
	if classOf(r)&runeUpper != 0 {
		f, _ := utf8.DecodeRuneInString(w)
		if classOf(f)&runeUpper == 0 && !closesOfficeHead(d.folded[s:s+p]) {
			return 0 // "Tài chính-Kế hoạch", "Tổ chức-Kiểm tra": one body's name
		}
		switch right {
		case "trung", "đại", "thượng", "thiếu", "hạ", "tân", "cố", "quyền", "nguyên", "thường", "xã":
			return 0 // ranks, modifiers, places ("Việt-Trung") and names ("Ban Kinh tế-Xã hội")
		}
		if vocab.words[vocab.wordID(right)].starts&vocab.heads.bit == 0 {
			return 0
		}
		return s + p
	}
	switch right {
	case "chia", "cho", "phát", "nhấn", "khẳng", "nói", "bày", "tâm", "kể", "mong", "trăn", "bộc":
		return s + p
	}
	return 0
}

// closesOfficeHead reports a folded syllable that ends an office's title
// ("Giám đốc", "Chủ tịch", "Tổng Biên tập", "Bí thư", "Chủ nhiệm", "Ủy
// viên", "Viện trưởng") or the body an office ends with (a Party
// committee, "Huyện ủy", or a territory, "UBND huyện"): glued by a hyphen
// to a capitalised office head, it joins two offices ("Phó Giám đốc-Phó
// Tổng Biên tập", "Ủy viên Ban Thường vụ Huyện ủy-Phó Chủ tịch UBND
// huyện"), where the last syllable of a body's name does not ("Tài
// chính-Kế hoạch").
func closesOfficeHead(f string) bool {
	switch f {
	case "đốc", "tịch", "tập", "thư", "nhiệm", "viên", "trưởng",
		"ủy", "tỉnh", "huyện", "xã", "phường", "quận", "phố":
		return true
	}
	return false
}

// glueLead marks the first bytes of the words that may be glued to a
// name: the address words (Ngài, Bà, Ông: 'N', 'B', the lead byte of Ô)
// and the titles (PGS, GS, TS, ThS, BS, KS).
var glueLead = func() (t [256]uint8) {
	for _, c := range []byte{'n', 'N', 'b', 'B', 0xC3} {
		t[c] |= leadsAddress
	}
	for _, c := range []byte{'P', 'G', 'T', 'B', 'K'} {
		t[c] |= leadsTitle
	}
	return t
}()

// Bits of glueLead.
const (
	leadsAddress = 1 << iota
	leadsTitle
)

// mayGlueTitle is the cheap test before gluedTitle, for a word whose first
// byte glueLead marks: its second is a capital, or it opens "ThS".
func mayGlueTitle(text string, s, e int) bool {
	if e-s < 4 {
		return false
	}
	c := text[s+1]
	return c-'A' < 26 || c == 'h' && text[s+2] == 'S'
}

// gluedTitle returns where a capitalised name starts in a word made of an
// academic or professional title glued to it with neither dot nor space
// ("TSLê", "ThSNguyễn", "PGSTrần"), or 0. Acronyms ("TSKH", "BSCKII") go
// on in capitals and are left whole.
func gluedTitle(text string, s, e int) int {
	for _, t := range [...]string{"PGS", "GS", "TS", "ThS", "BS", "KS"} {
		p := s + len(t)
		if p+1 >= e || text[s:p] != t {
			continue
		}
		r, n := utf8.DecodeRuneInString(text[p:e])
		if !unicode.IsUpper(r) || p+n >= e {
			continue
		}
		if r2, _ := utf8.DecodeRuneInString(text[p+n : e]); unicode.IsLower(r2) {
			return p
		}
	}
	return 0
}

// gluedAddress returns the byte offset where a capitalised name starts in a
// word made of an address word glued to it ("NgàiMit-suo", "ÔngJohn"), or 0.
func gluedAddress(text string, s, e int) int {
	// The address words start with different bytes, so the first one or
	// two bytes pick the only word that can match.
	var w string
	switch text[s] {
	case 'N':
		w = "Ngài"
	case 'n':
		w = "ngài"
	case 'B':
		w = "Bà"
	case 'b':
		w = "bà"
	case "Ông"[0]: // Ô and ô share their lead byte
		w = "ông"
		if s+1 < e && text[s+1] == "Ông"[1] {
			w = "Ông"
		}
	default:
		return 0
	}
	if e-s > len(w) && text[s:s+len(w)] == w {
		r, _ := utf8.DecodeRuneInString(text[s+len(w) : e])
		if unicode.IsUpper(r) {
			return s + len(w)
		}
	}
	return 0
}

// innerEllipsis returns the offset and width of the first "…" or "..." in
// word w, or -1: one pass over the bytes, as most words hold neither.
func innerEllipsis(w string) (int, int) {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '.':
			if i+2 < len(w) && w[i+1] == '.' && w[i+2] == '.' {
				return i, 3
			}
		case 0xE2: // "…" is E2 80 A6
			if i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0xA6 {
				return i, 3
			}
		}
	}
	return -1, 0
}

// gluedSentenceEnd returns the byte offset of a full stop inside word w
// that ends a sentence whose next word lost its space ("họp.Các"): a
// lower-case word of three letters or more before it (so no abbreviation
// such as "tp." or "v.v."), a capitalised word after it. Else 0.
func gluedSentenceEnd(w string) int {
	p := strings.IndexByte(w, '.')
	if p <= 0 || p+2 >= len(w) {
		return 0
	}
	n := 0
	for _, r := range w[:p] {
		if classOf(r)&runeLower == 0 {
			return 0
		}
		n++
	}
	if n < 3 {
		return 0
	}
	r1, n1 := utf8.DecodeRuneInString(w[p+1:])
	r2, _ := utf8.DecodeRuneInString(w[p+1+n1:])
	if classOf(r1)&runeUpper == 0 || classOf(r2)&runeLower == 0 {
		return 0
	}
	return p
}

// trinhCompound reports whether a word before "trình" makes the two one noun
// ("Ban Quản lý dự án công trình", "quy trình"), so "trình" is not the verb
// that ends an office ("Phó Chủ tịch UBND quận trình các đề án").
func trinhCompound(prev string) bool {
	switch prev {
	case "chương", "công", "quy", "lộ", "tiến", "hành", "giáo", "phương", "tờ", "đệ", "tường",
		"hải", "liệu", "lịch", "nghị", "quá", "lập", "thuyết", "hồ", "văn":
		return true
	}
	return false
}

// committeeRemitBefore reports a committee named by its remit right
// before the "về" at token i: "Ủy ban / Hội đồng Quốc gia" ("Chủ tịch Ủy
// ban Quốc gia về chuyển đổi số") or "Ủy ban" alone ("Chủ nhiệm Ủy ban
// về người Việt Nam ở nước ngoài").
func committeeRemitBefore(toks []token, i int) bool {
	if i >= 2 && toks[i-2].capital && foldPairIs(toks[i-2].fold, toks[i-1].fold, "ủy ban", "uỷ ban") {
		return true
	}
	if i < 4 || toks[i-1].fold != "gia" || toks[i-2].fold != "quốc" {
		return false
	}
	return foldPairIs(toks[i-4].fold, toks[i-3].fold, "ủy ban", "uỷ ban", "hội đồng")
}

// steeringBoardBefore reports whether "về" at token i follows a steering
// board's name ("Ban Chỉ đạo", then at most three words such as "Thành ủy",
// "Trung ương", "tỉnh") or a coordinating office's ("Văn phòng điều phối"),
// so that the remit it opens belongs to the office.
func steeringBoardBefore(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if toks[k].fold == "đạo" && k >= 2 && inSteeringBoard(toks, k-1) {
			return true
		}
		if toks[k].fold == "phối" && k >= 2 && foldPairIs(toks[k-2].fold, toks[k-1].fold, "phòng điều") {
			return true // "Văn phòng điều phối về biến đổi khí hậu": the office's remit
		}
		if !toks[k].word || !toks[k].spaceAfter {
			return false
		}
	}
	return false
}
