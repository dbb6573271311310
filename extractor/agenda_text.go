package extractor

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// Agenda item text: cutting an item's words out of the document
// (splitClauses, itemText), trimming cited documents and long texts,
// word counts and small string tests, merging and deduplicating the items
// found (dedupeAgenda, wordSet, wordJaccard, overlaps), and the byte-pair
// sketches (textSketch) that rule out phrases a sentence cannot hold.

// docDateRe and docIssuerRe trim the date and issuer of a cited document
// out of an agenda text, which names the document by its symbol.
var (
	docDateRe   = regexp.MustCompile(`(\d+\s*[/-]\s*[\p{L}\d/.&-]*\p{Lu}[\p{L}\d/.&-]*),?\s+ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}`)
	docIssuerRe = regexp.MustCompile(`(\d+\s*[/-]\s*[\p{L}\d/.&-]*\p{Lu}[\p{L}\d/.&-]*)\s+của\s+[^,;]{3,80}?\s+(về|ban hành|quy định|phê duyệt|hướng dẫn)\s`)
	// docDateAt and docIssuerAt are the two anchored where they are tried
	// (replaceFromDigit).
	docDateAt   = regexp.MustCompile(`^(?:` + docDateRe.String() + `)`)
	docIssuerAt = regexp.MustCompile(`^(?:` + docIssuerRe.String() + `)`)
)

// splitClauses splits bytes [start, end) of text at ";" into clauses.
func (a *peopleAnalysis) splitClauses(start, end int, d *document) [][2]int {
	var out [][2]int
	s := start
	quoted := false // a ";" inside “...” belongs to a quoted title
	for i := start; i < end; i++ {
		if d.text[i] == 0xE2 && i+2 < end && d.text[i+1] == 0x80 { // “ is E2 80 9C, ” is E2 80 9D
			switch d.text[i+2] {
			case 0x9C:
				quoted = true
			case 0x9D:
				quoted = false
			}
		}
		if d.text[i] == ';' && !quoted {
			out = append(out, [2]int{s, i})
			s = i + 1
		}
	}
	return append(out, [2]int{s, end})
}

// itemText cleans text[start:end] into an agenda text: offices of people
// named inside dropped, the date and issuer of cited documents dropped,
// leading adverbs and trailing punctuation trimmed, length bounded.
func (a *peopleAnalysis) itemText(d *document, start, end int) string {
	if start >= end {
		return ""
	}
	mentions := a.mentionsIn(start, end)
	for _, m := range mentions {
		// "bầu Đoàn Chủ tịch gồm 03 đồng chí: TS. A, TS. B": the names
		// listed after a colon are the act's object spelled out, not
		// part of its text.
		// ("Các đồng chí: A, B, C cũng tái đắc cử ...": after a bare
		// subject the names and the act they share are the item.)
		if k := m.prefixStart; k > 0 && a.toks[k-1].text == ":" && int(a.toks[k-1].start) > start && hasWords(d.text[start:a.toks[k-1].start], 4) {
			end = int(a.toks[k-1].start)
			break
		}
	}
	var b strings.Builder
	pos := start
	for _, m := range mentions {
		if len(m.positions) == 0 || m.suffixEnd <= m.nameEnd || m.suffixEnd > len(a.toks) {
			continue
		}
		cs := int(a.toks[m.nameEnd].start)
		ce := int(a.toks[m.suffixEnd-1].end)
		if cs < pos || ce > end || cs < start {
			continue
		}
		b.WriteString(d.text[pos:cs])
		pos = ce
	}
	t := d.text[start:end] // no office cut out: the text itself, not a copy
	if pos > start {
		b.WriteString(d.text[pos:end])
		t = b.String()
	}
	t = cutPhotoCredit(t)
	if strings.IndexByte(t, '(') >= 0 { // (one fast search spares a longer one in most texts)
		if i := strings.Index(t, " (sau đây"); i >= 0 {
			t = t[:i] // "(sau đây gọi chung là ...)": a short name defined, no part of the item
		}
	}
	if i := approvalTail(t); i > 0 {
		t = t[:i]
	}
	if i := asideTail(t); i > 0 {
		t = t[:i]
	}
	// a cited document's symbol holds a slash; most texts hold none
	if strings.IndexByte(t, '/') >= 0 {
		if symbolBefore(t, " ngày ") {
			t = replaceFromDigit(docDateAt, docDateMatch, t, "$1")
		}
		if symbolBefore(t, " của ") {
			t = replaceFromDigit(docIssuerAt, docIssuerMatch, t, "$1 $2 ")
		}
	}
	t = collapseSpaces(t)
	t = strings.TrimFunc(t, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:.-–/…|", r) })
	for _, lead := range []string{"đã ", "cũng ", "đồng thời ", "và ", "sẽ "} {
		t = strings.TrimPrefix(t, lead)
	}
	return truncateWords(t, maxItemWords)
}

// replaceFromDigit is re.ReplaceAllString(t, repl) for a regexp re whose
// matches start with an ASCII digit and that asserts nothing about the text
// around them (docDateRe, docIssuerRe), given as at: re anchored at the
// start. A match can start only where a number does (one starting inside a
// number also starts at its first digit), so at is tried there alone
// instead of the matcher starting at every byte of t. match is at's
// FindStringSubmatchIndex (docDateMatch, docIssuerMatch); at expands repl.
func replaceFromDigit(at *regexp.Regexp, match func(s string) []int, t, repl string) string {
	var out strings.Builder
	var expanded []byte
	last := 0 // end of the last match; t[:last] is settled
	for p := 0; p < len(t); p++ {
		if !isDigitByte(t[p]) || p > last && isDigitByte(t[p-1]) {
			continue
		}
		m := match(t[p:])
		if m == nil {
			continue
		}
		if last == 0 {
			out.Grow(len(t)) // the replacements only shorten t
		}
		out.WriteString(t[last:p])
		expanded = at.ExpandString(expanded[:0], repl, t[p:], m)
		out.Write(expanded)
		last = p + m[1]
		p = last - 1
	}
	if last == 0 {
		return t // nothing replaced: keep t, unallocated
	}
	out.WriteString(t[last:])
	return out.String()
}

// docSymbolEnd returns the length of the document symbol that opens
// docDateRe and docIssuerRe (`\d+\s*[/-]\s*[\p{L}\d/.&-]*\p{Lu}[\p{L}\d/.&-]*`)
// when it opens s, else -1. A space follows the symbol in both regexps,
// so it runs to the end of its letters, digits and "/.&-", and must hold
// a capital. Dates ("15/7/2021") and counts fail here, without the regexp.
func docSymbolEnd(s string) int {
	i := 0
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	if i == 0 || i == len(s) || s[i] != '/' && s[i] != '-' {
		return -1
	}
	for i++; i < len(s) && isRESpace(s[i]); i++ {
	}
	capital := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !(isASCIIAlnum(c) || c == '/' || c == '.' || c == '&' || c == '-') {
				break
			}
			capital = capital || c >= 'A' && c <= 'Z'
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		capital = capital || unicode.IsUpper(r)
		i += n
	}
	if !capital {
		return -1
	}
	return i
}

// docDateMatch is docDateAt.FindStringSubmatchIndex(s), read byte by byte:
// the symbol (docSymbolEnd), `,?\s+ngày\s+`, then a day, month and year
// joined by [/-] (`\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}`). Each step can
// go on in one way only, so the regexp's first way is the match.
func docDateMatch(s string) []int {
	e := docSymbolEnd(s)
	if e < 0 {
		return nil
	}
	i := e
	if i < len(s) && s[i] == ',' {
		i++
	}
	i = spacesAfter(s, i)
	if i < 0 || !strings.HasPrefix(s[i:], "ngày") {
		return nil
	}
	i = spacesAfter(s, i+len("ngày"))
	for part := 0; part < 2; part++ { // the day, then the month, each before [/-]
		i = shortNumberEnd(s, i)
		if i < 0 {
			return nil
		}
		i = skipRESpaces(s, i)
		if i >= len(s) || s[i] != '/' && s[i] != '-' {
			return nil
		}
		i = skipRESpaces(s, i+1)
	}
	if i+4 > len(s) || !isDigitByte(s[i]) || !isDigitByte(s[i+1]) || !isDigitByte(s[i+2]) || !isDigitByte(s[i+3]) {
		return nil
	}
	return []int{0, i + 4, 0, e}
}

// docIssuerMatch is docIssuerAt.FindStringSubmatchIndex(s), read byte by
// byte: the symbol (docSymbolEnd), `\s+của\s+`, then the fewest (3 to 80)
// runes but "," and ";" after which `\s+` and a verb of docIssuerVerbs and
// `\s` come, first with all the spaces after "của" taken, then giving them
// back one by one, as the regexp's lazy repeat tries them.
func docIssuerMatch(s string) []int {
	e := docSymbolEnd(s)
	if e < 0 {
		return nil
	}
	c := skipRESpaces(s, e)
	if c == e || !strings.HasPrefix(s[c:], "của") {
		return nil
	}
	c += len("của")
	spacesEnd := skipRESpaces(s, c)
	for from := spacesEnd; from > c; from-- {
		x := from
		for n := 1; n <= 80 && x < len(s); n++ {
			r, size := utf8.DecodeRuneInString(s[x:])
			if r == ',' || r == ';' {
				break
			}
			x += size
			if n < 3 || x >= len(s) || !isRESpace(s[x]) {
				continue
			}
			v := skipRESpaces(s, x)
			for _, verb := range docIssuerVerbs {
				if end := v + len(verb); strings.HasPrefix(s[v:], verb) && end < len(s) && isRESpace(s[end]) {
					return []int{0, end + 1, 0, e, v, end}
				}
			}
		}
	}
	return nil
}

// docIssuerVerbs are the verbs after a cited document's issuer in
// docIssuerRe, in its order.
var docIssuerVerbs = []string{"về", "ban hành", "quy định", "phê duyệt", "hướng dẫn"}

// truncateWords keeps at most n words of a text whose words are separated
// by single spaces.
func truncateWords(t string, n int) string {
	if strings.Count(t, " ") < n {
		return t // most texts are shorter: one fast count, no byte loop
	}
	words := 0
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			words++
			if words == n {
				return strings.TrimRight(t[:i], ",;: ")
			}
		}
	}
	return t
}

// hasWords reports whether s holds at least n space-separated words; it
// stops reading once it has seen them.
func hasWords(s string, n int) bool {
	return wordsUpTo(s, n) >= n
}

// countWords counts space-separated words without allocating.
func countWords(s string) int {
	return wordsUpTo(s, len(s)+1)
}

// wordsUpTo counts the words of s separated by Unicode spaces
// (unicode.IsSpace), stopping at limit. It reads a byte at a time and
// decodes a rune only where one that may be a space starts
// (spaceLeads): letters, Vietnamese ones too, are no space.
func wordsUpTo(s string, limit int) int {
	words := 0
	var in uint8 // 1 inside a word
	for i := 0; i < len(s) && words < limit; {
		var letter uint8 // 1 for no space
		if k := spaceLeads[s[i]]; k != spaceMaybe {
			letter = 1 - k // (spaceNone is 0, spaceASCII 1)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				letter = 1
			}
			i += size
		}
		// A word starts at a letter after a space: counted by arithmetic,
		// not a branch, as where words start is as hard to predict as how
		// long words are.
		words += int(letter &^ in)
		in = letter
	}
	return words
}

// spaceLeads classes the bytes that may start a space: an ASCII space, or
// the first byte of a multi-byte rune some of which are spaces (U+0085,
// U+00A0, U+1680, U+2000...). Other bytes, a continuation byte included,
// start no space: an invalid byte decodes to U+FFFD, no space either.
var spaceLeads = func() (t [256]uint8) {
	mark := func(r rune) {
		if r < utf8.RuneSelf {
			t[r] = spaceASCII
			return
		}
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], r)
		t[buf[0]] = spaceMaybe
	}
	// (unicode.IsSpace is the White_Space property)
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	for _, rg := range unicode.White_Space.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	return t
}()

// The classes of spaceLeads.
const (
	spaceNone = iota
	spaceASCII
	spaceMaybe
)

func lowerFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToLower(r)) + s[i+len(string(r)):]
	}
	return s
}

func hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// dedupeAgenda drops repeats: a caption restating the body, or one person's
// report, opening or closing read twice; the first in document order stays.
func dedupeAgenda(d *document, items []agendaItem, a *peopleAnalysis, buf *agendaBuffers) []schema.AgendaItem {
	// (a stable sort's result is fixed by its order alone: the generic
	// sort, which moves items without reflection, gives the same; items
	// mostly come in that order already, which one pass tells)
	bodyFirst := func(a, b agendaItem) int {
		if a.restates != b.restates {
			if !a.restates {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.start, b.start)
	}
	if !slices.IsSortedFunc(items, bodyFirst) {
		slices.SortStableFunc(items, bodyFirst)
	}
	given := openedOrClosed(items)
	kept := slices.Grow(buf.kept[:0], len(items))
	keptWords := make([][]uint64, 0, len(items))
	for _, it := range items {
		if it.yields && (it.Kind == schema.AgendaOpening && given[0] || it.Kind == schema.AgendaClosing && given[1]) {
			continue // the meeting's own opening or closing, told by someone too
		}
		dup := false
		// Word sets are computed only when texts must be compared, and only
		// against recent items: repeats sit near each other.
		var words []uint64
		for ki := max(0, len(kept)-64); ki < len(kept); ki++ {
			k := &kept[ki]
			// A caption "X phát biểu tại hội nghị" restates whatever X did.
			if k.Kind != it.Kind && !(it.restates && it.Kind == schema.AgendaSpeech && k.Presenter != "" && k.Presenter == it.Presenter) {
				continue
			}
			samePerson := k.Presenter != "" && k.Presenter == it.Presenter
			switch {
			case it.Kind == schema.AgendaSigning && it.Presenter == "" && k.Presenter == "" &&
				(signedPaper(it.Text) == "" || signedPaper(it.Text) == signedPaper(k.Text)):
				// A caption ("Hai đơn vị ký kết quy chế ...") or a paragraph
				// on the content ("... đã ký kết phối hợp ...") after the
				// signing told: the same signing again.
				dup = true
			case it.Kind == schema.AgendaAward && it.Presenter == "" && sameAward(it.Text, k.Text):
				// "Các đảng viên nhận huy hiệu đều ...", "Buổi lễ trao huy
				// hiệu nhằm ...": the award told again, by no one.
				dup = true
			case it.start == k.start && it.end == k.end && it.Kind == k.Kind && it.Text == k.Text:
				// "chị A ... và chị B ..., chia sẻ ...": one act read once
				// for each person who shares the verb; no one of them alone
				// did it.
				dup = true
				if !samePerson {
					k.Presenter = ""
				}
			case it.restates && samePerson:
				dup = true
			case samePerson && (it.Kind == schema.AgendaOpening || it.Kind == schema.AgendaClosing || it.Kind == schema.AgendaReport ||
				it.Kind == schema.AgendaSpeech || it.Kind == schema.AgendaAward || it.Kind == schema.AgendaDiscussion):
				dup = true
			// Texts are compared for the meeting's own steps (no presenter),
			// and for one person's items read twice (captions, two rules).
			case k.Presenter == "" || it.Presenter == "" || (samePerson && (it.restates || k.restates || overlaps(*k, it))):
				if words == nil {
					words = itemWordSet(d, &it)
				}
				if keptWords[ki] == nil {
					keptWords[ki] = itemWordSet(d, k)
				}
				dup = wordJaccard(keptWords[ki], words) >= 0.6
			case samePerson && it.Kind == schema.AgendaDecision:
				// A headline restating the decision the body tells in full
				// ("X trao Quyết định ..."): one decision.
				if words == nil {
					words = itemWordSet(d, &it)
				}
				if keptWords[ki] == nil {
					keptWords[ki] = itemWordSet(d, k)
				}
				dup = wordJaccard(keptWords[ki], words) >= 0.5
				if dup && countWords(it.Text) > countWords(k.Text) {
					k.Text = it.Text
					keptWords[ki] = nil
				}
			}
			if dup {
				// A report restated with its full title ("X - Giám đốc ...
				// báo cáo sơ kết công tác ...") is the better text.
				if it.Kind == schema.AgendaReport && k.Kind == it.Kind && countWords(it.Text) > countWords(k.Text) {
					k.Text = it.Text
					keptWords[ki] = nil
				}
				// "X phát biểu khai mạc hội nghị" restated as "... khai mạc
				// Hội nghị lần thứ 9 Ban Chấp hành ...": keep the full name.
				if (it.Kind == schema.AgendaOpening || it.Kind == schema.AgendaClosing) && k.Kind == it.Kind &&
					len(it.Text) > len(k.Text) && extendsFolded(foldedAt(d.text, d.folded, it.start, it.Text), foldedAt(d.text, d.folded, k.start, k.Text)) {
					k.Text = it.Text
					keptWords[ki] = nil
				}
				break
			}
		}
		if !dup {
			kept = append(kept, it)
			keptWords = append(keptWords, words)
		}
	}
	buf.kept = kept
	byStart := func(a, b agendaItem) int { return cmp.Compare(a.start, b.start) }
	if !slices.IsSortedFunc(kept, byStart) {
		slices.SortStableFunc(kept, byStart)
	}
	out := make([]schema.AgendaItem, 0, len(kept))
	evidence := make([]schema.Evidence, len(kept)) // one allocation for every item's
	for i, it := range kept {
		item := it.AgendaItem
		if item.Kind != schema.AgendaReport && item.Kind != schema.AgendaDecision {
			item.Text = truncateWords(item.Text, maxOtherWords)
		}
		if item.Kind == schema.AgendaDecision {
			item.Text = cutPraise(item.Text)
		}
		evidence[i] = schema.Evidence{Start: it.start, End: it.end, Quote: item.Text}
		item.Evidence = &evidence[i]
		out = append(out, item)
	}
	return out
}

// extendsFolded reports whether f starts with the words of g and goes on:
// strings.HasPrefix(f, g+" "), without building g+" ".
func extendsFolded(f, g string) bool {
	return len(f) > len(g) && f[len(g)] == ' ' && f[:len(g)] == g
}

// openedOrClosed reports whether someone's opening and someone's closing
// are among items: an item that yields (agendaItem.yields) gives way to
// them.
func openedOrClosed(items []agendaItem) (given [2]bool) {
	for i := range items {
		if it := &items[i]; it.Presenter != "" && !it.yields {
			switch it.Kind {
			case schema.AgendaOpening:
				given[0] = true
			case schema.AgendaClosing:
				given[1] = true
			}
		}
	}
	return given
}

// wordSet lists the folded words of s as hashes (wordHash), sorted and
// without repeats: sorting and merging numbers costs less than sorting and
// merging the words, and two words of one pair of items that share a 64-bit
// hash are not met in practice.
func wordSet(s string) []uint64 {
	return foldedWordSet(fold(s))
}

// foldedWordSet is wordSet of a text already folded.
func foldedWordSet(f string) []uint64 {
	set := make([]uint64, 0, strings.Count(f, " ")+1)
	if plainSpaced(f) {
		for w := range strings.SplitSeq(f, " ") {
			if w != "" {
				set = append(set, wordHash(trimWordPunct(w)))
			}
		}
	} else {
		for _, w := range strings.Fields(f) {
			set = append(set, wordHash(trimWordPunct(w)))
		}
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// itemWordSet is wordSet(it.Text), its folded text taken from d.folded
// when the item's text is the document's from it.start, unchanged.
func itemWordSet(d *document, it *agendaItem) []uint64 {
	return foldedWordSet(foldedAt(d.text, d.folded, it.start, it.Text))
}

// wordHash is the 64-bit FNV-1a hash of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// plainSpaced reports whether s holds no byte that may begin a space other
// than ' ' (a control byte, or the lead bytes of U+0085, U+00A0, U+1680,
// U+2000-U+205F, U+3000): its words are then split at ' ' alone, as
// strings.Fields would split them, without decoding every rune.
func plainSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xE1 && i+1 < len(s) && s[i+1] == 0x9A {
			return false
		}
	}
	return true
}

// trimWordPunct is strings.Trim(w, ",;:."), without building the cutset's
// table on each call.
func trimWordPunct(w string) string {
	isPunct := func(c byte) bool { return c == ',' || c == ';' || c == ':' || c == '.' }
	for w != "" && isPunct(w[0]) {
		w = w[1:]
	}
	for w != "" && isPunct(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// wordJaccard compares two word sets from wordSet (sorted, without
// repeats), counting the shared words in one merge pass.
func wordJaccard(a, b []uint64) float64 {
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// overlaps reports items read from overlapping text: the same clause found
// by two rules.
func overlaps(a, b agendaItem) bool {
	return a.start < b.end && b.start < a.end
}

// symbolBefore reports whether word follows a document symbol ("16/CT-TTg
// ngày", "35-NQ/TW của") somewhere in t: a cheap test before the regexps.
func symbolBefore(t, word string) bool {
	for off := 0; ; {
		i := strings.Index(t[off:], word)
		if i < 0 {
			return false
		}
		i += off
		j := strings.LastIndexByte(t[:i], ' ')
		prev := strings.TrimRight(t[j+1:i], ",")
		if strings.ContainsRune(prev, '/') && strings.ContainsAny(prev, "0123456789") {
			return true
		}
		off = i + len(word)
	}
}

// collapseSpaces trims t and joins its words with single spaces, without
// allocating when it already is.
func collapseSpaces(t string) string {
	t = strings.TrimSpace(t)
	// Each test is one fast byte search; 0xC2 leads the no-break space
	// and other Latin-1 spaces that strings.Fields also splits at.
	if strings.IndexByte(t, '\n') < 0 && strings.IndexByte(t, '\t') < 0 && strings.IndexByte(t, '\r') < 0 &&
		strings.IndexByte(t, 0xC2) < 0 && !strings.Contains(t, "  ") {
		return t
	}
	return strings.Join(strings.Fields(t), " ")
}

// phraseIn returns the first token in toks[ts:te] where the lower-case
// folded words follow one another, or -1.
func phraseIn(toks []token, ts, te int, words ...string) int {
	for k := ts; k+len(words) <= te; k++ {
		ok := toks[k].lower
		for j := 0; ok && j < len(words); j++ {
			ok = toks[k+j].fold == words[j] && (j == 0 || toks[k+j-1].spaceAfter)
		}
		if ok {
			return k
		}
	}
	return -1
}

// phraseInText is phraseIn run only when text, which covers toks[ts:te],
// holds need, a word of the phrase.
func phraseInText(text, need string, toks []token, ts, te int, words ...string) int {
	if !strings.Contains(text, need) {
		return -1
	}
	return phraseIn(toks, ts, te, words...)
}

// overlapsAny reports whether it was read from text an item of items covers.
func overlapsAny(items []agendaItem, it agendaItem) bool {
	for _, o := range items {
		if overlaps(o, it) {
			return true
		}
	}
	return false
}

// cutSpeechOwner cuts the headline form of an opening or closing speech,
// "Kết luận của X tại Hội nghị ...", "Diễn văn bế mạc của Chủ tịch tại Kỳ
// họp ...", to the speech it names: who spoke is the presenter and where
// is the meeting itself.
func cutSpeechOwner(text string) string {
	return cutSpeechOwnerAt(nil, 0, text)
}

// cutSpeechOwnerAt is cutSpeechOwner of a text that may stand at byte
// start of d.text (d may be nil): its folded form is then taken from
// d.folded.
func cutSpeechOwnerAt(d *document, start int, text string) string {
	// "X kết luận như sau:": the colon opens the conclusion's points.
	text = strings.TrimSuffix(strings.TrimSuffix(text, " như sau"), " như sau:")
	var f string
	if d != nil {
		f = foldedAt(d.text, d.folded, start, text)
	} else {
		f = fold(text)
	}
	// "X phát biểu khai mạc đã điểm lại kết quả năm qua": what the
	// address said is no part of its name
	if i := strings.Index(f, " đã "); i > 0 && addressNames[f[:i]] {
		return text[:i]
	}
	if i := strings.Index(f, " của "); i > 0 && strings.Contains(f[i:], " tại ") && addressNames[f[:i]] {
		return text[:i]
	}
	return text
}

// addressNames are the folded names of an address that opens, closes or
// concludes a meeting, which cutSpeechOwnerAt keeps without what follows.
var addressNames = map[string]bool{
	"khai mạc": true, "bế mạc": true, "kết luận": true, "phát biểu kết luận": true, "phát biểu khai mạc": true,
	"phát biểu bế mạc": true, "diễn văn khai mạc": true, "diễn văn bế mạc": true, "bài phát biểu khai mạc": true,
	"bài phát biểu bế mạc": true,
}

// openingNouns are the meeting nouns an opening or closing names its
// meeting by, folded.
var openingNouns = [][]string{{"hội", "nghị"}, {"hội", "thảo"}, {"đại", "hội"}, {"kỳ", "họp"}, {"cuộc", "họp"}, {"phiên", "họp"},
	{"tọa", "đàm"}, {"buổi", "làm", "việc"}, {"diễn", "đàn"}, {"lễ"}}

// speechOpeners open the text of a speech that opens or closes a meeting
// ("phát biểu", "diễn văn", "đọc", "kết luận", "bài phát biểu"), folded.
var speechOpeners = []string{"phát ", "diễn ", "đọc ", "kết ", "bài "}

// meetingNounOnly cuts an opening's or closing's text (at byte start of
// the document) after the meeting's noun when a time or the session's
// number follows it: "phát biểu bế mạc Hội nghị vào sáng 20/6", "phát biểu
// khai mạc Hội nghị lần thứ 12 của Huyện ủy" name the act as "phát biểu
// khai mạc Hội nghị". What the meeting is about stays ("khai mạc Hội nghị
// sơ kết 3 năm ...").
func meetingNounOnly(d *document, start int, text string) string {
	if !hasAny(text, " vào ", " sáng ", " chiều ", " tối ", " trưa ", " ngày ", " hôm ", " lần ") {
		return text // no time nor session number to cut
	}
	f := foldedAt(d.text, d.folded, start, text)
	if !slices.ContainsFunc(speechOpeners, func(p string) bool { return strings.HasPrefix(f, p) }) {
		return text // a body's act ("tổ chức khai mạc Đại hội lần thứ VIII") keeps the meeting's name
	}
	words, folded := strings.Fields(text), strings.Fields(f)
	if len(folded) != len(words) {
		return text
	}
	for i := 1; i < len(words); i++ {
		for _, n := range openingNouns {
			end := i + len(n)
			if end >= len(words) || !slices.Equal(folded[i:end], n) {
				continue
			}
			if strings.ContainsAny(words[end-1], ",.:;") {
				return text
			}
			switch folded[end] {
			case "vào", "sáng", "chiều", "tối", "trưa", "ngày", "hôm", "lần":
				return strings.Join(words[:end], " ")
			}
			return text
		}
	}
	return text
}

// textSketch records which pairs of adjacent bytes a text holds (hashed to
// 1024 slots). A phrase with a pair the text lacks cannot be in it, so the
// many phrase tests of one sentence cost a single pass over its bytes
// instead of one scan each. A slot is a byte, not a bit: filling is then
// one store per byte of the text, where a bit costs a load, a bit set and
// a store.
type textSketch [1024]bool

// bytePair hashes two adjacent bytes to a slot of a textSketch: the top
// 10 bits of the 32-bit product of the pair, read as a 16-bit number,
// and an odd constant. (In 32 bits the slot needs no zero extension.)
func bytePair(a, b byte) uint {
	return uint((uint32(a) | uint32(b)<<8) * 0x9E3779B1 >> 22)
}

// fill makes k the sketch of s (k must be zero).
func (k *textSketch) fill(s string) {
	slots := k[:] // (checked for nil once, not per byte)
	// Four pairs are set per step, each read as one 16-bit load (the
	// compiler merges bytePair's two byte loads), and the length test
	// covers them all.
	for len(s) >= 5 {
		slots[bytePair(s[0], s[1])] = true
		slots[bytePair(s[1], s[2])] = true
		slots[bytePair(s[2], s[3])] = true
		slots[bytePair(s[3], s[4])] = true
		s = s[4:]
	}
	for len(s) >= 2 {
		slots[bytePair(s[0], s[1])] = true
		s = s[1:]
	}
}

// mayHold reports whether the sketched text may hold sub: false means it
// certainly does not, so a token scan that needs the word can be skipped.
func (k *textSketch) mayHold(sub string) bool {
	// (from the end: the first letters of a phrase, often a common
	// syllable's, more often are in a text than the last)
	for i := len(sub) - 1; i > 0; i-- {
		if !k[bytePair(sub[i-1], sub[i])] {
			return false
		}
	}
	return true
}

// contains is strings.Contains(s, sub) for an s the sketch covers (s is the
// sketched text or a part of it).
func (k *textSketch) contains(s, sub string) bool {
	return k.mayHold(sub) && strings.Contains(s, sub)
}

// phraseIn is phraseInText for a text the sketch covers.
func (k *textSketch) phraseIn(text, need string, toks []token, ts, te int, words ...string) int {
	if !k.mayHold(need) {
		return -1
	}
	return phraseInText(text, need, toks, ts, te, words...)
}

// mayHoldAny reports whether the sketched text may hold one of subs.
func (k *textSketch) mayHoldAny(subs ...string) bool {
	for _, x := range subs {
		if k.mayHold(x) {
			return true
		}
	}
	return false
}

// hasAny is hasAny(s, subs...) for an s the sketch covers.
func (k *textSketch) hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if k.contains(s, x) {
			return true
		}
	}
	return false
}

// wordHeads records the first bytes and the lengths of a set of words,
// each under 16 bytes long: a word that fails mayBe is not in the set, and
// is spared the comparisons or the map lookup that would tell.
type wordHeads [256]uint16

// add puts w in the set.
func (h *wordHeads) add(w string) {
	if w == "" || len(w) >= 16 {
		panic("wordHeads: no room for " + strconv.Quote(w))
	}
	h[w[0]] |= 1 << len(w)
}

// newWordHeads makes the set of words.
func newWordHeads(words ...string) (h wordHeads) {
	for _, w := range words {
		h.add(w)
	}
	return h
}

// mayBe reports whether w may be in the set: false means it is not.
func (h *wordHeads) mayBe(w string) bool {
	return w != "" && len(w) < 16 && h[w[0]]&(1<<len(w)) != 0
}

// bracketedWhole reports a text that is one bracket and nothing else ("(đọc
// thêm)", "(ảnh minh họa)"): an aside or a link, never an act.
func bracketedWhole(text string) bool {
	return len(text) > 2 && text[0] == '(' && text[len(text)-1] == ')' && strings.IndexByte(text[1:], '(') < 0 && strings.IndexByte(text, ')') == len(text)-1
}

// foldPairIs reports whether the folded words a and b, joined by one
// space, make one of pairs: a+" "+b == pair, without building the string.
func foldPairIs(a, b string, pairs ...string) bool {
	for _, p := range pairs {
		if len(p) == len(a)+1+len(b) && p[len(a)] == ' ' && p[:len(a)] == a && p[len(a)+1:] == b {
			return true
		}
	}
	return false
}

// joinFolds is the folded words of toks[from:to] joined by spaces.
func joinFolds(toks []token, from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		if i > from {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].fold)
	}
	return b.String()
}

// cutPraise cuts a decision before the praise of those elected: "bầu được
// <body> ... có đủ <qualities> ..." elects the body;
// "có đủ (phẩm chất | đức | tài ...)" only says what it is worth.
func cutPraise(t string) string {
	i := strings.Index(t, " có đủ ")
	if i < 0 {
		return t
	}
	return strings.TrimRight(t[:i], ",; ")
}

// approvalWords tell how a vote went.
var approvalWords = []string{"nhất trí", "tán thành", "thống nhất", "biểu quyết", "đồng ý"}

// asideTail is where the writer's appraisal of an act starts, after ",
// thể hiện" ("thông qua nghị quyết ..., thể hiện tinh thần đoàn kết ..."),
// or -1: it tells no more of what was done.
func asideTail(t string) int {
	if i := strings.Index(t, ", thể hiện "); i > 0 && hasWords(t[:i], 4) {
		return i
	}
	return -1
}

// approvalTail is where a clause telling how an act was received starts
// ("thông qua bốn nghị quyết và được đại biểu tán thành với 100%",
// "..., được 100% đại biểu biểu quyết"), or -1: the vote is not part of
// what was passed.
func approvalTail(t string) int {
	for from := 0; ; {
		k := duocWord.index(t[from:]) // " được ", from its rarest byte rather than from each space
		if k < 0 {
			return -1
		}
		k += from
		cut := k
		if strings.HasSuffix(t[:k], " và") {
			cut = k - len(" và")
		} else if strings.HasSuffix(t[:k], ",") {
			cut = k - 1
		} else {
			from = k + 1
			continue
		}
		rest := fold(t[k+len(" được "):])
		if words := strings.Fields(rest); len(words) > 8 {
			rest = strings.Join(words[:8], " ")
		}
		for _, w := range approvalWords {
			if strings.Contains(rest, w) {
				return cut
			}
		}
		from = k + 1
	}
}

// cutPhotoCredit cuts the photo credit closing a caption from an item's
// text: in brackets ("... (Ảnh: X)") or set off by a dash or a bar ("phát
// biểu mở đầu cuộc họp - Ảnh: VGP/Nhật Bắc").
func cutPhotoCredit(t string) string {
	if strings.IndexByte(t, '(') >= 0 { // (one fast search spares the others in most texts)
		if i := strings.Index(t, "(Ảnh"); i >= 0 {
			t = t[:i]
		}
	}
	if strings.IndexByte(t, ':') < 0 {
		return t
	}
	i := strings.Index(t, "Ảnh:")
	if i < 0 {
		i = strings.Index(t, "ảnh:")
	}
	if i < 3 {
		return t
	}
	head := strings.TrimRight(t[:i], " ")
	for _, sep := range []string{"-", "–", "—", "|"} {
		if strings.HasSuffix(head, sep) {
			return strings.TrimRight(strings.TrimSuffix(head, sep), " ")
		}
	}
	return t
}
