package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Byte matchers and prefilters for regexps of the facts fields that run on
// every citation or date. The regexps stay the definition: each matcher has
// an agreement test against its regexp (facts_regexp_test.go).

// centralBodyNames are the literal alternatives of centralBodyRe, in its
// order; "ban chấp hành trung ương" may go on with " đảng".
var centralBodyNames = []string{"bộ chính trị", "ban bí thư", "ban chấp hành trung ương", "chính phủ", "thủ tướng chính phủ",
	"quốc hội", "ủy ban thường vụ quốc hội"}

// centralBodyEnd is the end of centralBodyRe's match at the start of
// folded, or -1. The first alternative that opens folded is the match
// (nothing after the alternation can fail), then the bracketed term if it
// is there.
func centralBodyEnd(folded string) int {
	n := centralBodyNameLen(folded)
	if n < 0 {
		return -1
	}
	return n + bracketedTermLen(folded[n:])
}

// centralBodyNameLen is the length of the alternation of centralBodyRe at
// the start of folded, or -1.
func centralBodyNameLen(folded string) int {
	for _, b := range centralBodyNames {
		if strings.HasPrefix(folded, b) {
			if b == "ban chấp hành trung ương" && strings.HasPrefix(folded[len(b):], " đảng") {
				return len(b) + len(" đảng")
			}
			return len(b)
		}
	}
	for _, lead := range [...]string{"ban thường vụ ", "thường trực "} {
		rest, ok := strings.CutPrefix(folded, lead)
		if !ok {
			continue
		}
		for _, p := range [...]string{"tỉnh ủy", "thành ủy", "huyện ủy"} {
			if strings.HasPrefix(rest, p) {
				return len(lead) + len(p)
			}
		}
	}
	return -1
}

// bracketedTermLen is the length of `\s*\(khóa [^)]{1,12}\)` at the start
// of s, or 0: spaces, then "(khóa ", one to twelve runes other than ")" and
// ")". No step can give back what it took and still match, so the first
// way is the only one.
func bracketedTermLen(s string) int {
	i := len(s) - len(trimRESpacesLeft(s))
	if !strings.HasPrefix(s[i:], "(khóa ") {
		return 0
	}
	i += len("(khóa ")
	for runes := 0; i < len(s) && runes <= 12; runes++ {
		if s[i] == ')' {
			if runes == 0 {
				return 0
			}
			return i + 1
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return 0
}

// issuerTermOpens is a necessary condition for issuerTermRe: a comma
// after spaces, then spaces and "nhiệm kỳ " or "kỳ họp thứ ". Most
// issuers are followed by neither, and the regexp is not run for them.
func issuerTermOpens(folded string) bool {
	s := trimRESpacesLeft(folded)
	if s == "" || s[0] != ',' {
		return false
	}
	s = trimRESpacesLeft(s[1:])
	return strings.HasPrefix(s, "nhiệm kỳ ") || strings.HasPrefix(s, "kỳ họp thứ ")
}

// listNextEnd is the end of listNextRe's match, `^\s*(?:,|và|;)\s*(?:số\s+)?`,
// at the start of s, or -1. A space cannot open what follows it, so each
// run of spaces is taken whole.
func listNextEnd(s string) int {
	i := len(s) - len(trimRESpacesLeft(s))
	switch {
	case i < len(s) && (s[i] == ',' || s[i] == ';'):
		i++
	case strings.HasPrefix(s[i:], "và"):
		i += len("và")
	default:
		return -1
	}
	i = len(s) - len(trimRESpacesLeft(s[i:]))
	if rest, ok := strings.CutPrefix(s[i:], "số"); ok {
		if n := len(rest) - len(trimRESpacesLeft(rest)); n > 0 {
			i += len("số") + n
		}
	}
	return i
}

// partBeforeWords open every match of partBeforeRe.
var partBeforeWords = [...]string{"sáng", "trưa", "chiều", "tối"}

// partBefore is the part of day partBeforeRe finds in the text before a
// date (its first group), or "". A match opens with a part word, so only
// the places of those words are tried, from the left: the first that
// matches is the regexp's leftmost match. This spares the unanchored
// regexp's attempt at every byte; what follows the word is read by
// partTailMatches.
func partBefore(before string) string {
	for off := 0; off < len(before); {
		at, word := -1, ""
		for i, w := range partBeforeWords {
			if k := partBeforeRareWords[i].index(before[off:]); k >= 0 && (at < 0 || k < at) {
				at, word = k, w
			}
		}
		if at < 0 {
			return ""
		}
		at += off
		if partTailMatches(before, at+len(word)) {
			return word
		}
		off = at + 1
	}
	return ""
}

// notMeetingBefore is notMeetingBeforeRe.MatchString(before). Its first
// and last alternatives are suffixes: a word, then spaces (and "ngày"); a
// period word, then maybe spaces. The middle one opens with the digit of a
// symbol ("16/CT-TTg", "số 12-KH/UBND ngày"); it is tried, anchored, from
// the first digit of each run of letters and digits that a slash or dash
// ends: from any digit of that run the regexp goes on in the same way.
func notMeetingBefore(before string) bool {
	u := trimRESpacesRight(before)
	if w, ok := strings.CutSuffix(u, "ngày"); ok {
		if t := trimRESpacesRight(w); len(t) < len(w) && endsWithAny(t, notMeetingFromWords) {
			return true // "trước ngày", "từ  ngày "
		}
	}
	if len(u) < len(before) && endsWithAny(u, notMeetingFromWords) {
		return true // "trước ", "hết "
	}
	if endsWithAny(u, notMeetingPeriodWords) {
		return true // "năm", "tháng "
	}
	for off := 0; ; {
		k := strings.IndexAny(before[off:], "/-")
		if k < 0 {
			return false
		}
		e := off + k
		if p := firstDigitOfRun(before[:e]); p >= 0 && notMeetingSymbolAt.MatchString(before[p:]) {
			return true
		}
		off = e + 1
	}
}

// notMeetingFromWords and notMeetingPeriodWords are the words of the first
// and last alternatives of notMeetingBeforeRe.
var (
	notMeetingFromWords   = []string{"trước", "hạn", "sau", "kể từ", "từ", "đến", "tới", "hết"}
	notMeetingPeriodWords = []string{"năm", "quý", "tháng"}
)

// notMeetingSymbolAt is the middle alternative of notMeetingBeforeRe,
// anchored at its start.
var notMeetingSymbolAt = regexp.MustCompile(`^\d[\p{L}\d]*(?:/[\p{L}\d/.-]*|-[\d.-]*\p{L}[\p{L}\d/.-]*)\s*[,(]?\s*(?:(?:được\s+)?(?:ký\s+)?ban hành\s+|ký\s+)?(?:ngày\s*)?$`)

// firstDigitOfRun returns the place of the first ASCII digit in the run of
// letters and digits (\p{L}, \d) that ends s, or -1.
func firstDigitOfRun(s string) int {
	p := -1
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r >= '0' && r <= '9' {
			p = i - n
		} else if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return p
}

// Indexes in mentionRes of "18-20/4" (days before one month) and "9 tháng
// 7 năm 2020".
const (
	daysMention      = 1
	monthWordMention = 3
)

// daysMentionAt matches mentionRes[daysMention] at the start of s:
// `(\d{1,2})\s*(?:-|–|và|đến)\s*(?:hết\s+)?(?:(?:sáng|chiều)\s+)?(?:ngày\s+)?`,
// then a day and a month, `(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})`,
// and maybe a year, `(?:(?:\s*[/.-]\s*|\s+năm\s+)(\d{4}))?`. A space or a
// word cannot be a digit, so each optional word is taken when it is there;
// a first or second number of three digits matches nothing.
func daysMentionAt(dst []int, s string) []int {
	d1 := shortNumberEnd(s, 0)
	if d1 < 0 {
		return nil
	}
	j := skipRESpaces(s, d1)
	switch {
	case strings.HasPrefix(s[j:], "-"):
		j++
	case strings.HasPrefix(s[j:], "–"):
		j += len("–")
	case strings.HasPrefix(s[j:], "và"):
		j += len("và")
	case strings.HasPrefix(s[j:], "đến"):
		j += len("đến")
	default:
		return nil
	}
	j = skipRESpaces(s, j)
	j = skipWordAndSpaces(s, j, "hết")
	if k := skipWordAndSpaces(s, j, "sáng"); k > j {
		j = k
	} else {
		j = skipWordAndSpaces(s, j, "chiều")
	}
	j = skipWordAndSpaces(s, j, "ngày")
	d2 := shortNumberEnd(s, j)
	if d2 < 0 {
		return nil
	}
	mo := skipRESpaces(s, d2)
	switch {
	case mo < len(s) && isDateMark(s[mo]):
		mo = skipRESpaces(s, mo+1)
	case mo > d2 && strings.HasPrefix(s[mo:], "tháng"):
		k := skipRESpaces(s, mo+len("tháng"))
		if k == mo+len("tháng") {
			return nil
		}
		mo = k
	default:
		return nil
	}
	me := twoDigitsEnd(s, mo)
	if me == mo {
		return nil
	}
	m := append(dst[:0], 0, me, 0, d1, j, d2, mo, me, -1, -1)
	if y := yearOrYearWordAfter(s, me); y >= 0 {
		m[1], m[8], m[9] = y+4, y, y+4
	}
	return m
}

// monthWordMentionAt matches mentionRes[monthWordMention],
// `^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`, at the start of s.
func monthWordMentionAt(dst []int, s string) []int {
	d1 := shortNumberEnd(s, 0)
	if d1 < 0 {
		return nil
	}
	j := skipRESpaces(s, d1)
	if j == d1 || !strings.HasPrefix(s[j:], "tháng") {
		return nil
	}
	mo := skipRESpaces(s, j+len("tháng"))
	if mo == j+len("tháng") {
		return nil
	}
	me := twoDigitsEnd(s, mo)
	if me == mo {
		return nil
	}
	m := append(dst[:0], 0, me, 0, d1, mo, me, -1, -1)
	if y := yearWordAfter(s, me); y >= 0 {
		m[1], m[6], m[7] = y+4, y, y+4
	}
	return m
}

// skipWordAndSpaces steps over `w\s+` at s[i:], or over nothing if it is
// not there.
func skipWordAndSpaces(s string, i int, w string) int {
	if !strings.HasPrefix(s[i:], w) {
		return i
	}
	if k := skipRESpaces(s, i+len(w)); k > i+len(w) {
		return k
	}
	return i
}

// yearOrYearWordAfter matches `(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})` at s[i:]
// and returns where the year starts, or -1.
func yearOrYearWordAfter(s string, i int) int {
	if y := yearAfter(s, i); y >= 0 {
		return y
	}
	return yearWordAfter(s, i)
}

// yearWordAfter matches `\s+năm\s+(\d{4})` at s[i:] and returns where the
// year starts, or -1.
func yearWordAfter(s string, i int) int {
	j := skipRESpaces(s, i)
	if j == i || !strings.HasPrefix(s[j:], "năm") {
		return -1
	}
	k := skipRESpaces(s, j+len("năm"))
	if k == j+len("năm") || k+4 > len(s) || !isDigitByte(s[k]) || !isDigitByte(s[k+1]) || !isDigitByte(s[k+2]) || !isDigitByte(s[k+3]) {
		return -1
	}
	return k
}

// Indexes in mentionRes of the "17 – 9" and "06, 07/6" forms, read byte
// by byte too.
const (
	enDashDayMention = enDashMention
	commaDayMention  = commaDaysMention
)

// enDashMentionAt matches mentionRes[enDashMention],
// `^(\d{1,2})\s*–\s*(\d{1,2})(?:\s*–\s*(\d{4}))?`, at the start of s.
func enDashMentionAt(dst []int, s string) []int {
	d1 := shortNumberEnd(s, 0)
	if d1 < 0 {
		return nil
	}
	mo, ok := afterEnDash(s, d1)
	if !ok {
		return nil
	}
	me := twoDigitsEnd(s, mo)
	if me == mo {
		return nil
	}
	m := append(dst[:0], 0, me, 0, d1, mo, me, -1, -1)
	if y, ok := afterEnDash(s, me); ok && y+4 <= len(s) && isDigitByte(s[y]) && isDigitByte(s[y+1]) && isDigitByte(s[y+2]) && isDigitByte(s[y+3]) {
		m[1], m[6], m[7] = y+4, y, y+4
	}
	return m
}

// afterEnDash steps over `\s*–\s*` at s[i:].
func afterEnDash(s string, i int) (int, bool) {
	j := skipRESpaces(s, i)
	if !strings.HasPrefix(s[j:], "–") {
		return i, false
	}
	return skipRESpaces(s, j+len("–")), true
}

// commaDayMentionAt matches mentionRes[commaDaysMention],
// `^(\d{1,2})\s*,\s*(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:(?:\s*[/.-]\s*|\s+năm\s+)(\d{4}))?`,
// at the start of s: a first day, a comma, and a day with its month and
// maybe its year, each after a mark or its word. Each step goes on in one
// way only (a mark is no space, and "tháng"/"năm" need a space before),
// so the regexp's first way is the match.
func commaDayMentionAt(dst []int, s string) []int {
	d1 := shortNumberEnd(s, 0)
	if d1 < 0 {
		return nil
	}
	j := skipRESpaces(s, d1)
	if j >= len(s) || s[j] != ',' {
		return nil
	}
	d2 := skipRESpaces(s, j+1)
	d2e := shortNumberEnd(s, d2)
	if d2e < 0 {
		return nil
	}
	mo := markOrWordAfter(s, d2e, "tháng")
	if mo < 0 {
		return nil
	}
	me := twoDigitsEnd(s, mo)
	if me == mo {
		return nil
	}
	m := append(dst[:0], 0, me, 0, d1, d2, d2e, mo, me, -1, -1)
	if y := markOrWordAfter(s, me, "năm"); y >= 0 && y+4 <= len(s) && isDigitByte(s[y]) && isDigitByte(s[y+1]) && isDigitByte(s[y+2]) && isDigitByte(s[y+3]) {
		m[1], m[8], m[9] = y+4, y, y+4
	}
	return m
}

// markOrWordAfter matches `\s*[/.-]\s*|\s+word\s+` at s[i:] and returns
// where it ends, or -1.
func markOrWordAfter(s string, i int, word string) int {
	j := skipRESpaces(s, i)
	if j < len(s) && (s[j] == '/' || s[j] == '.' || s[j] == '-') {
		return skipRESpaces(s, j+1)
	}
	if j == i || !strings.HasPrefix(s[j:], word) {
		return -1
	}
	k := skipRESpaces(s, j+len(word))
	if k == j+len(word) {
		return -1
	}
	return k
}

// creditLabelAlternatives are the labels of creditLabel, in its order.
var creditLabelAlternatives = []string{"tin", "bài", "ảnh", "tin bài", "bài viết", "tin, ảnh", "bài, ảnh", "tin và ảnh", "bài và ảnh",
	"tin - ảnh", "bài - ảnh", "tin/ảnh", "bài/ảnh", "tin, bài", "thực hiện", "nội dung", "video", "clip", "tác giả bài viết", "tác giả"}

// creditLabelEnd matches `((?:label1|label2|...)\s*:)\s*` of creditLabel
// at s[i:]: the end of group 1 (after the colon) and of the match, or
// -1. The first label in order that spaces and a colon follow is the
// regexp's choice: nothing else can make a label match fail.
func creditLabelEnd(s string, i int) (colonEnd, end int) {
	for _, l := range creditLabelAlternatives {
		if !strings.HasPrefix(s[i:], l) {
			continue
		}
		c := skipRESpaces(s, i+len(l))
		if c < len(s) && s[c] == ':' {
			return c + 1, skipRESpaces(s, c+1)
		}
	}
	return -1, -1
}

// partTailMatches reports whether s[i:], after a part word, is what
// partBeforeRe lets follow it up to the end of the text:
//
//	\s*(?:hôm\s+)?(?:nay\s*)?(?:,?\s*(?:ngày\s+)?(?:thứ\s+\p{L}+|chủ nhật)\s*)?,?\s*\(?\s*(?:ngày\s*)?$
//
// Nothing after a run of spaces opens with a space, so each run is taken
// whole; an optional word that is there must be taken (no later part opens
// with it), except that the weekday group and the closing part may both
// open with "," or "ngày": the weekday is tried, then the closing part
// alone. A weekday's letters are taken whole: a shorter run leaves letters
// only "ngày" of the closing part could take, and that part matches the
// spaces left after the longer run too.
func partTailMatches(s string, i int) bool {
	i = skipRESpaces(s, i)
	i = skipWordAndSpaces(s, i, "hôm")
	if strings.HasPrefix(s[i:], "nay") {
		i = skipRESpaces(s, i+len("nay"))
	}
	if j, ok := weekdayEnd(s, i); ok && partCloseMatches(s, j) {
		return true
	}
	return partCloseMatches(s, i)
}

// weekdayEnd reads `,?\s*(?:ngày\s+)?(?:thứ\s+\p{L}+|chủ nhật)\s*` at s[i:].
func weekdayEnd(s string, i int) (int, bool) {
	if i < len(s) && s[i] == ',' {
		i++
	}
	i = skipRESpaces(s, i)
	i = skipWordAndSpaces(s, i, "ngày")
	switch {
	case strings.HasPrefix(s[i:], "thứ"):
		j := skipRESpaces(s, i+len("thứ"))
		if j == i+len("thứ") {
			return i, false
		}
		k := j
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsLetter(r) {
				break
			}
			k += n
		}
		if k == j {
			return i, false
		}
		i = k
	case strings.HasPrefix(s[i:], "chủ nhật"):
		i += len("chủ nhật")
	default:
		return i, false
	}
	return skipRESpaces(s, i), true
}

// partCloseMatches reports whether `,?\s*\(?\s*(?:ngày\s*)?$` matches s[i:].
func partCloseMatches(s string, i int) bool {
	if i < len(s) && s[i] == ',' {
		i++
	}
	i = skipRESpaces(s, i)
	if i < len(s) && s[i] == '(' {
		i++
	}
	i = skipRESpaces(s, i)
	if strings.HasPrefix(s[i:], "ngày") {
		i = skipRESpaces(s, i+len("ngày"))
	}
	return i == len(s)
}

// timeTailAt is timeTailRe anchored at its start.
var timeTailAt = regexp.MustCompile(`^(?:` + timeTailRe.String() + `)`)

// timeTailOpeners are what the first word after timeTailRe's spaces may
// open with, a digit aside.
var timeTailOpeners = []string{"vào", "sáng", "trưa", "chiều", "tối", "ngày", "hôm", "nay", "qua"}

// timeTailStart is where timeTailRe's leftmost match in tail starts, or
// -1. The regexp opens with \s+ and nothing after it opens with a space,
// so a match that starts inside a run of spaces also starts at the run's
// first space, further left: only run starts followed by an opener are
// tried, anchored, from the left.
func timeTailStart(tail string) int {
	for i := 0; i < len(tail); i++ {
		if !isRESpace(tail[i]) || i > 0 && isRESpace(tail[i-1]) {
			continue
		}
		j := skipRESpaces(tail, i)
		if j == len(tail) || !isDigitByte(tail[j]) && !startsWithAny(tail[j:], timeTailOpeners) {
			continue
		}
		if timeTailAt.MatchString(tail[i:]) {
			return i
		}
	}
	return -1
}
