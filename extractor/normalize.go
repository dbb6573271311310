package extractor

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/unicode/norm"
)

// binaryMagic are file signatures of formats that are never a report page.
var binaryMagic = [][]byte{
	[]byte("%PDF"),
	[]byte("\x89PNG"),
	[]byte("PK\x03\x04"),
	[]byte("GIF8"),
	[]byte("\xff\xd8\xff"),       // JPEG
	[]byte("\xd0\xcf\x11\xe0"),   // OLE (.doc, .xls)
	[]byte("\x1f\x8b"),           // gzip
	[]byte("Rar!"),               // rar
	[]byte("7z\xbc\xaf\x27\x1c"), // 7z
}

// looksBinary reports whether body is not text: a known file signature, a
// NUL byte, or many control bytes in its first 4 KB. UTF-16 text (which has
// NULs) is recognised by its byte order mark and let through.
func looksBinary(body []byte) bool {
	if bytes.HasPrefix(body, []byte{0xff, 0xfe}) || bytes.HasPrefix(body, []byte{0xfe, 0xff}) {
		return false
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(body, m) {
			return true
		}
	}
	head := body[:min(len(body), 4096)]
	control := 0
	i := 0
	for ; i+8 <= len(head); i += 8 {
		// Eight bytes at a time while none is below 0x20, the rule
		// for text: subtracting 0x20 from each byte borrows into its
		// high bit only for those.
		w := binary.LittleEndian.Uint64(head[i : i+8])
		if (w-0x20*lowBits)&^w&highBits == 0 {
			continue
		}
		// Else only those bytes are looked at (mostly the line breaks and
		// tabs of the markup): adding 0x60 to the low seven bits of a
		// byte carries into its high bit exactly when it is 0x20 or more.
		for low := ^((w &^ highBits) + 0x60*lowBits | w) & highBits; low != 0; low &= low - 1 {
			if countControl(head[i+bits.TrailingZeros64(low)>>3], &control) {
				return true
			}
		}
	}
	for ; i < len(head); i++ {
		if countControl(head[i], &control) {
			return true
		}
	}
	return control*20 > len(head) // more than 5% control bytes
}

// countControl counts c in control when it is a control byte other than a
// tab, line break or form feed, and reports whether c is NUL.
func countControl(c byte, control *int) (nul bool) {
	switch {
	case c == 0:
		return true
	case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
		*control++
	}
	return false
}

// decode converts body to UTF-8. The charset comes from the byte order
// mark, the Content-Type header or a <meta> tag, in the order the HTML
// standard gives them; valid UTF-8 is kept, anything else without a label is
// read as windows-1252. NFC is applied later, to the extracted text only
// (collapseSpace), which costs far less than normalising the whole page;
// it matters for windows-1258, which encodes tone marks as combining
// characters, and for pages typed in NFD.
//
// The result is body itself, less a byte order mark, when there is nothing
// to convert or clean, which is the common case; callers must not keep
// references into it beyond the call that owns body.
func decode(body []byte, contentType string) []byte {
	valid, dirty, foreign := scanBody(body)
	// Valid UTF-8 with fewer foreign Latin-1 runes than repairLegacy needs
	// to look at it holds no legacy text.
	mayBeLegacy := foreign >= minForeign
	if valid && (!declaresCharset(body, contentType) || declaresOnlyUTF8(body, contentType)) {
		// The common case, and the documented rule: unlabelled valid UTF-8
		// is UTF-8. charset.DetermineEncoding would guess windows-1252 for
		// it when its first kilobyte is plain ASCII.
		return finishText(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), dirty, mayBeLegacy)
	}
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" && !valid {
		// A server (or a file-extension guess) that says UTF-8 about bytes
		// that are not: trust the page's own <meta charset> instead.
		enc, name, _ = charset.DetermineEncoding(body, "")
	}
	if name == "utf-8" && valid {
		return finishText(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), dirty, mayBeLegacy)
	}
	var out []byte
	if cm := singleByteCharmap(name); cm != nil {
		// A single-byte charset's decoder writes valid UTF-8 (U+FFFD for
		// a byte it has no rune for; TestCharmapsWriteValidUTF8).
		out = decodeCharmap(cm, body)
	} else {
		var err error
		if out, err = enc.NewDecoder().Bytes(body); err != nil {
			out = body
		}
		// The output of others is checked, as a fallback.
		if !utf8.Valid(out) {
			out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
		}
	}
	return finishText(out, true, true)
}

// singleByteCharmap is the single-byte charset (charmap) that name, as
// charset.DetermineEncoding names an encoding, stands for, or nil. The
// encoding DetermineEncoding returns for a label wraps it (HTML changes
// its encoder, not its decoder), so it is looked up by name for
// decodeCharmap (TestSingleByteCharmapAgrees).
func singleByteCharmap(name string) *charmap.Charmap {
	e, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	cm, _ := e.(*charmap.Charmap)
	return cm
}

// finishText converts legacy font encodings in s (repairLegacy) when it
// may hold them and cleans it when it may need it. The legacy text comes
// first: TCVN3 writes ư as the byte of the soft hyphen, which cleaning
// removes.
func finishText(s []byte, dirty, mayBeLegacy bool) []byte {
	if mayBeLegacy {
		if r, changed := repairLegacy(s); changed {
			s, dirty = r, true
		}
	}
	if !dirty {
		return s
	}
	return cleanText(s)
}

// scanBody reports in one pass over the page what utf8.Valid(b) reports
// and, when b is valid, whether it holds a byte sequence cleanText would
// replace (dirty; the test is by the same rules as needsCleaning) and how
// many foreign Latin-1 runes it holds (countForeign without a limit).
func scanBody(b []byte) (valid, dirty bool, foreign int) {
	// The one ASCII byte to note, found apart (vectorised), so that the
	// loop only steps over ASCII.
	dirty = bytes.IndexByte(b, '\r') >= 0
	var flags uint8 // bodyFlags of the runes read by table
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			// Eight ASCII bytes at a time, then those before the first
			// other byte. (The words are read from slices of known length,
			// which spares the loads a bounds check each.)
			w := binary.LittleEndian.Uint64(b[i : i+8])
			if w&highBits == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(w&highBits) >> 3
		}
		c := b[i]
		if n := bodyLead[c]; n != 0 && i+4 <= len(b) {
			// The common runes, by table and without a branch on which
			// they are: in Vietnamese text 2- and 3-byte runes alternate.
			v := binary.LittleEndian.Uint32(b[i : i+4])
			if v&bodyContMask[n&3] != bodyContBits[n&3] {
				return false, false, 0
			}
			f := bodyFlags[uint(v&0x3f)<<6|uint(v>>8&0x3f)]
			flags |= f
			foreign += int(f >> 1)
			i += int(n)
			continue
		}
		switch {
		case c == 0xe1 && i+2 < len(b) && isCont(b[i+1]) && isCont(b[i+2]):
			i += 3 // the most common rune (U+1E00-U+1FFF): nothing to note
		case c < utf8.RuneSelf:
			i++
		case c >= 0xc2 && c <= 0xdf:
			if i+1 >= len(b) || !isCont(b[i+1]) {
				return false, false, 0
			}
			if c1 := b[i+1]; (c == 0xc2 && (c1 == 0xa0 || c1 == 0xad)) || (c == 0xc3 && (c1 == 0x90 || c1 == 0xb0)) {
				dirty = true
			}
			if c <= 0xc3 && foreignLatin1[rune(c&0x1f)<<6|rune(b[i+1]&0x3f)] {
				foreign++
			}
			i += 2
		case c >= 0xe0 && c <= 0xef:
			if i+2 >= len(b) {
				return false, false, 0
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
				return false, false, 0
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
				return false, false, 0
			}
			lo, hi := byte(0x80), byte(0xbf)
			switch c {
			case 0xf0:
				lo = 0x90 // no overlong forms
			case 0xf4:
				hi = 0x8f // nothing above U+10FFFF
			}
			if c1 := b[i+1]; c1 < lo || c1 > hi || !isCont(b[i+2]) || !isCont(b[i+3]) {
				return false, false, 0
			}
			i += 4
		default:
			return false, false, 0
		}
	}
	return true, dirty || flags&1 != 0, foreign
}

// bodyLead is the length of the rune a lead byte starts when scanBody may
// read it by table: the leads of two-byte runes, and those of three-byte
// runes whose second byte may be any continuation byte and that hold no
// rune cleanText replaces (U+2xxx and U+Fxxx are left to the switch).
var bodyLead = func() (t [256]uint8) {
	for c := 0xc2; c <= 0xdf; c++ {
		t[c] = 2
	}
	for c := 0xe1; c <= 0xee; c++ {
		if c != 0xe2 && c != 0xed {
			t[c] = 3
		}
	}
	return t
}()

// bodyContMask and bodyContBits test, by rune length, that the bytes after
// a lead are continuation bytes (in a little-endian load of four).
var (
	bodyContMask = [4]uint32{2: 0xc000, 3: 0xc0c000}
	bodyContBits = [4]uint32{2: 0x8000, 3: 0x808000}
)

// bodyFlags holds, by the low six bits of a lead byte and of the byte after
// it, bit 0 for a rune cleanText replaces and bit 1 for a foreign Latin-1
// rune (foreignLatin1); only the runes of leads 0xc2 and 0xc3 have any.
var bodyFlags = func() (t [1 << 12]uint8) {
	for r := rune(0x80); r < 0x100; r++ {
		var f uint8
		if r == 0xa0 || r == 0xad || r == 0xd0 || r == 0xf0 {
			f |= 1
		}
		if foreignLatin1[r] {
			f |= 2
		}
		t[uint(0xc0|r>>6)&0x3f<<6|uint(r&0x3f)] = f
	}
	return t
}()

// declaresCharset reports whether the page names its encoding in one of the
// places charset.DetermineEncoding looks: a UTF-16 byte order mark, the
// Content-Type header, or the first kilobyte (a <meta charset> or
// http-equiv tag), where "charset" is then written in some case.
func declaresCharset(body []byte, contentType string) bool {
	if bytes.HasPrefix(body, []byte{0xfe, 0xff}) || bytes.HasPrefix(body, []byte{0xff, 0xfe}) {
		return true
	}
	if hasWordFold(contentType, "charset") {
		return true
	}
	return hasWordFold(body[:min(len(body), 1024)], "charset")
}

// declaresOnlyUTF8 reports whether charset.DetermineEncoding certainly
// names UTF-8 for a body that is valid UTF-8, so that its prescan of the
// first kilobyte with an HTML tokenizer can be skipped: the Content-Type
// names no charset, every "charset" in the first kilobyte reads
// "charset=utf-8" (so whatever meta tag the prescan takes it from, the label
// is utf-8 or no label at all), no numeric character reference could spell
// another "charset" inside an attribute (no named reference spells those
// letters), and a byte above ASCII makes the fallback guess UTF-8 when the
// prescan finds nothing.
func declaresOnlyUTF8(body []byte, contentType string) bool {
	if hasWordFold(contentType, "charset") {
		return false
	}
	head := body[:min(len(body), 1024)]
	// DetermineEncoding cuts a partial rune (at most 3 bytes) off the end
	// before it looks for such a byte.
	if isASCII(head[:max(0, len(head)-4)]) {
		return false
	}
	if bytes.Contains(head, []byte("&#")) {
		return false
	}
	const spaces = " \t\n\f\r"
	for i := 0; ; i++ {
		k := indexFold(head[i:], "charset")
		if k < 0 {
			break
		}
		i += k
		rest := bytes.TrimLeft(head[i+len("charset"):], spaces)
		if len(rest) == 0 || rest[0] != '=' {
			return false
		}
		rest = bytes.TrimLeft(rest[1:], spaces)
		if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
			rest = rest[1:]
		}
		if len(rest) < len("utf-8") || !bytes.EqualFold(rest[:len("utf-8")], []byte("utf-8")) {
			return false
		}
	}
	return true
}

// hasWordFold reports whether s contains the lower-case ASCII word sub in
// any mix of cases, without building a lower-cased copy of s.
func hasWordFold[T string | []byte](s T, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		if strings.EqualFold(string(s[i:i+len(sub)]), sub) {
			return true
		}
	}
	return false
}

// indexFold returns the offset of the first lower-case ASCII word in s,
// in any mix of cases, or -1. Both cases of its first letter are searched
// with bytes.IndexByte, each only up to the nearest one found so far.
func indexFold(s []byte, word string) int {
	for i := 0; i+len(word) <= len(s); {
		next := len(s)
		for _, c := range [2]byte{word[0], word[0] &^ 0x20} {
			if k := bytes.IndexByte(s[i:next], c); k >= 0 {
				next = i + k
			}
		}
		if next+len(word) > len(s) {
			break
		}
		if strings.EqualFold(string(s[next:next+len(word)]), word) {
			return next
		}
		i = next + 1
	}
	return -1
}

// cleanText maps invisible and look-alike characters to their plain form
// (see cleanPairs); it returns s itself when there is nothing to change,
// which is the common case.
func cleanText(s []byte) []byte {
	for i := 0; i < len(s); i++ {
		if cleaningLead[s[i]] && needsCleaning(s[i:min(len(s), i+3)]) {
			return cleanFrom(s, i)
		}
	}
	return s
}

// cleanFrom is cleanText from offset i on, the first byte that may need
// cleaning. Like a strings.Replacer of cleanPairs it replaces from left to
// right, taking the first pair in list order that matches, but it tests
// the pairs only at bytes needsCleaning picks.
func cleanFrom(s []byte, i int) []byte {
	out := make([]byte, i, len(s))
	copy(out, s[:i])
	for i < len(s) {
		// the bytes up to the next that may start a pair, in one piece
		j := i
		for j < len(s) && !cleaningLead[s[j]] {
			j++
		}
		out = append(out, s[i:j]...)
		if i = j; i == len(s) {
			break
		}
		if c := s[i]; !needsCleaning(s[i:min(len(s), i+3)]) {
			out = append(out, c)
			i++
			continue
		}
		matched := false
		for _, p := range cleanPairs {
			if bytes.HasPrefix(s[i:], []byte(p[0])) {
				out = append(out, p[1]...)
				i += len(p[0])
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, s[i])
			i++
		}
	}
	return out
}

// cleaningLead marks the first bytes of the sequences in cleanPairs, so
// that cleanText tests every other byte with one table load.
var cleaningLead = [256]bool{'\r': true, 0xc2: true, 0xc3: true, 0xe2: true, 0xef: true}

// cleanPairs map invisible and look-alike characters to their plain form
// before NFC: spaces that are not U+0020, the Icelandic eth that some sites
// type for Đ, and hyphen variants that would split document symbols.
var cleanPairs = [][2]string{
	{"\u00a0", " "}, // no-break space
	{"\u202f", " "}, // narrow no-break space
	{"\u2009", " "}, // thin space
	{"\u200b", ""},  // zero-width space
	{"\u200c", ""},  // zero-width non-joiner
	{"\u200d", ""},  // zero-width joiner
	{"\ufeff", ""},  // byte order mark
	{"\u00ad", ""},  // soft hyphen
	{"\u00d0", "Đ"}, // eth typed for Đ
	{"\u00f0", "đ"},
	{"\u2011", "-"}, // non-breaking hyphen
	{"\u2212", "-"}, // minus sign
	{"\u2010", "-"}, // hyphen
	{"\r\n", "\n"},
	{"\r", "\n"},
}

// collapseSpace trims s, replaces each run of white space (no-break spaces
// included) with one space and returns the result in NFC. Every piece of
// text the extractor keeps passes through it.
func collapseSpace(s string) string {
	// White space at either end only goes, so text indented or ending a
	// line is trimmed first and then usually needs no copy.
	for len(s) > 0 && isASCIIWhite(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isASCIIWhite(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	collapsed, nfc := scanText(s)
	if collapsed {
		if nfc {
			return s
		}
		return toNFC(s)
	}
	b := appendCollapsed(make([]byte, 0, len(s)), s)
	if nfc {
		// Collapsing only drops runes or turns them into spaces, so text
		// that was NFC stays NFC.
		return string(b)
	}
	return toNFC(string(b))
}

// isASCIIWhite reports whether c is one of the ASCII bytes appendCollapsed
// takes for white space.
func isASCIIWhite(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\f', '\v', '\r':
		return true
	}
	return false
}

// collapseBuffer is collapseSpace for text gathered in a scratch buffer: it
// collapses buf in place (the text only shrinks) and returns the new
// buffer and the text as a string of its own.
func collapseBuffer(buf []byte) ([]byte, string) {
	return collapseText(buf, string(buf)) // kept as it is in the common case
}

// collapseText is collapseBuffer for text, a copy of buf already made.
func collapseText(buf []byte, text string) ([]byte, string) {
	collapsed, nfc := scanText(text)
	if !collapsed {
		buf = appendCollapsed(buf[:0], buf)
		text = string(buf)
	}
	if nfc {
		return buf, text
	}
	return buf, toNFC(text)
}

// appendCollapsed appends s to b with its white space trimmed and
// collapsed, and with zero-width spaces, byte order marks and soft hyphens
// dropped. It never writes past the byte it reads, so b may be s[:0].
func appendCollapsed[T string | []byte](b []byte, s T) []byte {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		n, isSpace, drop := 1, false, false
		switch c {
		case ' ', '\t', '\n', '\f', '\v', '\r':
			isSpace = true
		case 0xc2, 0xe2, 0xef:
			switch {
			case hasPrefix(s[i:], "\u00a0"): // no-break space
				n, isSpace = 2, true
			case hasPrefix(s[i:], "\u202f"), hasPrefix(s[i:], "\u2009"): // narrow and thin spaces
				n, isSpace = 3, true
			case hasPrefix(s[i:], "\u200b"), hasPrefix(s[i:], "\ufeff"): // zero-width space, BOM
				n, drop = 3, true
			case hasPrefix(s[i:], "\u00ad"): // soft hyphen
				n, drop = 2, true
			}
		}
		switch {
		case isSpace:
			space = len(b) > 0
		case drop:
		default: // n is 1 here: only spaces and dropped runes are longer
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c)
		}
		i += n
	}
	return b
}

func hasPrefix[T string | []byte](s T, prefix string) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == prefix
}

// scanText reports in one pass whether s is already collapsed (nothing for
// appendCollapsed to trim, merge or drop) and whether it is certainly NFC:
// made only of ASCII, U+0080-U+02FF (Latin-1 and Latin Extended letters:
// ă, đ, ơ, ư ...), U+1E80-U+1EFF (precomposed Vietnamese letters: ạ, ấ,
// ỹ ...) and general punctuation U+2002-U+203F, none of which can change
// under NFC. That is what well-formed Vietnamese pages hold, so the full
// NFC check runs only on text with combining marks or other scripts.
func scanText(s string) (collapsed, nfc bool) {
	if len(s) == 0 {
		return true, true
	}
	collapsed = s[0] != ' ' && s[len(s)-1] != ' '
	nfc = true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if i+8 <= len(s) {
				// The ASCII bytes of the next eight, the others replaced by
				// letters: with no byte below 0x0e (tab, line breaks) among
				// them, only a space followed by a space is to note (a
				// space before another byte is followed by none).
				w, n := load64(s[i:i+8]), 8
				if high := w & highBits; high != 0 {
					n = bits.TrailingZeros64(high) >> 3
					keep := uint64(1)<<(8*n) - 1
					w = w&keep | 'a'*lowBits&^keep
				}
				if (w-0x0e*lowBits)&^w&highBits == 0 {
					y := w ^ 0x20*lowBits
					sp := ^(((y &^ highBits) + 0x7f*lowBits) | y) & highBits // 0x80 in each space byte
					if sp&(sp>>8) != 0 || (sp>>63 != 0 && i+8 < len(s) && s[i+8] == ' ') {
						collapsed = false
						if !nfc {
							return
						}
					}
					i += n
					continue
				}
			}
			switch {
			case c >= '\t' && c <= '\r', c == ' ' && i+1 < len(s) && s[i+1] == ' ':
				collapsed = false
				if !nfc {
					return
				}
			}
			i++
			continue
		}
		if n := textLead[c]; n != 0 && i+4 <= len(s) {
			// The common letters of Vietnamese text, two- and three-byte
			// ones alternating, by table and without a branch on which
			// they are: what the first two cases below step over.
			if v := load32(s[i : i+4]); v&textContMask[n] == textContBits[n] {
				i += int(n)
				continue
			}
		}
		switch {
		case c == 0xe1 && i+2 < len(s) && (s[i+1] == 0xba || s[i+1] == 0xbb) && isCont(s[i+2]):
			i += 3 // the most common rune: nothing to note
			continue
		case c >= 0xc2 && c <= 0xcb && i+1 < len(s) && isCont(s[i+1]):
			if c == 0xc2 && (s[i+1] == 0xa0 || s[i+1] == 0xad) { // no-break space, soft hyphen
				collapsed = false
			}
			i += 2
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
		if !nfc {
			// Only collapsed is left to settle: the rest of s is searched
			// for what appendCollapsed changes, eight bytes at a time.
			collapsed = collapsed && !hasCollapsible(s, i)
			return
		}
	}
	return
}

// textLead is the length of the rune a lead byte starts when scanText may
// step over it by table: the leads of two-byte letters other than 0xC2
// (which leads the no-break space and the soft hyphen), and 0xE1, of the
// precomposed Vietnamese letters (U+1E80-U+1EFF, whose second byte is 0xBA
// or 0xBB).
var textLead = func() (t [256]uint8) {
	for c := 0xc3; c <= 0xcb; c++ {
		t[c] = 2
	}
	t[0xe1] = 3
	return t
}()

// textContMask and textContBits test, by rune length, the bytes after a
// textLead lead in a little-endian load of four: a continuation byte, or
// 0xBA or 0xBB and a continuation byte.
var (
	textContMask = [4]uint32{2: 0xc000, 3: 0xc0fe00}
	textContBits = [4]uint32{2: 0x8000, 3: 0x80ba00}
)

// hasCollapsible reports whether s from offset i on holds a byte sequence
// scanText takes for not collapsed: a tab or line break, two spaces, a
// no-break space, soft hyphen, thin, zero-width or narrow no-break space,
// or a byte order mark. It is scanText's test byte by byte, which steps
// over no byte that may start one (it steps over continuation bytes only).
func hasCollapsible(s string, i int) bool {
	for ; i+8 <= len(s); i += 8 {
		// the bytes that may start one: those below 0x20, a space
		// followed by a space, 0xC2, 0xE2 and 0xEF
		w := load64(s[i : i+8])
		sp := bytesEqual(w, ' ')
		if sp>>63 != 0 && i+8 < len(s) && s[i+8] == ' ' {
			return true
		}
		m := bytesUnder(w, 0x20) | sp&(sp>>8) | bytesEqual(w, 0xc2) | bytesEqual(w, 0xe2) | bytesEqual(w, 0xef)
		for ; m != 0; m &= m - 1 {
			if collapsibleAt(s, i+bits.TrailingZeros64(m)>>3) {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if collapsibleAt(s, i) {
			return true
		}
	}
	return false
}

// collapsibleAt reports whether one of the sequences hasCollapsible
// looks for starts at s[i].
func collapsibleAt(s string, i int) bool {
	switch c := s[i]; c {
	case '\t', '\n', '\v', '\f', '\r':
		return true
	case ' ':
		return i+1 < len(s) && s[i+1] == ' '
	case 0xc2:
		return i+1 < len(s) && (s[i+1] == 0xa0 || s[i+1] == 0xad)
	case 0xe2:
		return i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0x8b || s[i+2] == 0xaf)
	case 0xef:
		return hasPrefix(s[i:], "\ufeff")
	}
	return false
}

// bytesUnder returns 0x80 in each byte of w below k (1 <= k <= 0x80) and
// 0 in the others: adding 0x80-k to the low seven bits of a byte carries
// into its high bit exactly when they are k or more, and no further.
func bytesUnder(w uint64, k byte) uint64 {
	return ^((w &^ highBits) + uint64(0x80-k)*lowBits | w) & highBits
}

// bytesEqual returns 0x80 in each byte of w equal to c and 0 in the
// others: the zero bytes of w^c, found exactly.
func bytesEqual(w uint64, c byte) uint64 {
	y := w ^ uint64(c)*lowBits
	return ^(((y &^ highBits) + 0x7f*lowBits) | y) & highBits
}

// load64 reads the eight bytes of s as a little-endian word; indexing a
// string of known length lets the compiler make one load of the eight.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the four bytes of s as a little-endian word, as load64.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// isASCII reports whether b is all ASCII, eight bytes at a time.
func isASCII(b []byte) bool {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:i+8])&highBits != 0 {
			return false
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isCont reports whether c is a UTF-8 continuation byte.
func isCont(c byte) bool { return c&0xc0 == 0x80 }

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// toNFC returns s in NFC. Text made only of ASCII, U+0080-U+02FF (Latin-1
// and Latin Extended letters: ă, đ, ơ, ư ...), U+1E80-U+1EFF (precomposed
// Vietnamese letters: ạ, ấ, ỹ ...) and general punctuation U+2002-U+203F is
// NFC already, since none of those code points can change under NFC; that
// is what well-formed Vietnamese pages hold, so the full check runs only on
// text with combining marks or other scripts.
func toNFC(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			i = asciiRunEnd(s, i+1)
		case c >= 0xc2 && c <= 0xcb && i+1 < len(s):
			i += 2
		case c == 0xe1 && i+2 < len(s) && (s[i+1] == 0xba || s[i+1] == 0xbb):
			i += 3
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x82:
			i += 3
		default:
			if t, ok := nfcBySyllable(s); ok {
				return t
			}
			return norm.NFC.String(s)
		}
	}
	return s
}

// nfcBySyllable is norm.NFC.String for the text of decomposed Vietnamese
// (NFD pages, and windows-1258, which writes tones as combining marks): the
// toNFC fast-path letters, each followed by at most four of the marks
// isVietMark accepts. Every such letter starts a segment that nothing on
// its left combines with (TestNFCBySyllable checks this), so NFC of the
// text is the NFC of its segments joined, and a letter with its marks is
// normalised once per process and then looked up. ok is false for any
// other text.
func nfcBySyllable(s string) (t string, ok bool) {
	var b strings.Builder // one buffer: composing marks shortens the text
	b.Grow(len(s))
	seg, marks, copied := 0, 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// A run of ASCII letters: each starts a segment of its own,
			// and only the last may take marks.
			if marks > 0 {
				b.WriteString(s[copied:seg])
				b.WriteString(nfcSegment(s[seg:i]))
				copied = i
			}
			j := asciiRunEnd(s, i+1)
			seg, marks, i = j-1, 0, j
			continue
		}
		n, mark := 0, false
		switch {
		case c >= 0xc2 && c <= 0xcb && i+1 < len(s) && isCont(s[i+1]):
			n = 2
		case c == 0xcc || c == 0xcd: // U+0300..U+036F, combining marks
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isVietMark(r) {
				return "", false
			}
			n, mark = size, true
		case c == 0xe1 && i+2 < len(s) && (s[i+1] == 0xba || s[i+1] == 0xbb) && isCont(s[i+2]):
			n = 3
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x82 && isCont(s[i+2]):
			n = 3
		default:
			return "", false
		}
		if mark {
			if marks++; marks > 4 {
				return "", false
			}
		} else {
			if marks > 0 {
				// The text before the segment is copied as it is, in
				// one piece since the last segment with marks.
				b.WriteString(s[copied:seg])
				b.WriteString(nfcSegment(s[seg:i]))
				copied = i
			}
			seg, marks = i, 0
		}
		i += n
	}
	b.WriteString(s[copied:seg])
	if marks > 0 {
		b.WriteString(nfcSegment(s[seg:]))
	} else {
		b.WriteString(s[seg:])
	}
	return b.String(), true
}

// asciiRunEnd returns the offset of the first byte of s at or after i
// that is not ASCII, or len(s). The runs between the letters of
// Vietnamese text are short and of every length: the first eight bytes are
// searched as a word, whose lowest high bit marks the end without a loop
// whose exit mispredicts.
func asciiRunEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if high := load64(s[i:i+8]) & highBits; high != 0 {
			return i + bits.TrailingZeros64(high)>>3
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// isVietMark reports whether r is one of the combining marks of
// decomposed Vietnamese: the five tones, circumflex, breve and horn.
func isVietMark(r rune) bool {
	switch r {
	case 0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b:
		return true
	}
	return false
}

// nfcSegments caches norm.NFC.String of the segments nfcBySyllable meets;
// Vietnamese has a few thousand letter and mark combinations at most, and
// the cache stops growing at maxNFCSegments so that odd input cannot fill
// memory.
var (
	nfcSegments    sync.Map // string -> string
	nfcSegmentsLen atomic.Int32
)

const maxNFCSegments = 8192

func nfcSegment(seg string) string {
	if t, ok := nfcLetterMarks(seg); ok {
		return t
	}
	if t, ok := nfcSegments.Load(seg); ok {
		return t.(string)
	}
	t := norm.NFC.String(seg)
	if nfcSegmentsLen.Load() < maxNFCSegments {
		nfcSegmentsLen.Add(1)
		nfcSegments.Store(strings.Clone(seg), strings.Clone(t))
	}
	return t
}

// needsCleaning reports whether b starts with one of the byte sequences
// cleanPairs replaces.
func needsCleaning(b []byte) bool {
	switch b[0] {
	case '\r':
		return true
	case 0xc2: // U+00A0, U+00AD
		return len(b) > 1 && (b[1] == 0xa0 || b[1] == 0xad)
	case 0xc3: // U+00D0, U+00F0
		return len(b) > 1 && (b[1] == 0x90 || b[1] == 0xb0)
	case 0xe2: // U+2009..U+2011, U+202F, U+2212
		if len(b) < 3 {
			return false
		}
		return (b[1] == 0x80 && (b[2] == 0x89 || (b[2] >= 0x8b && b[2] <= 0x91) || b[2] == 0xaf)) || (b[1] == 0x88 && b[2] == 0x92)
	case 0xef: // U+FEFF
		return len(b) > 2 && b[1] == 0xbb && b[2] == 0xbf
	}
	return false
}
