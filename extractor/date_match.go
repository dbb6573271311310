package extractor

import (
	"unicode"
	"unicode/utf8"
)

// Byte matchers for the two regexps parseDateLine runs on a date line
// (fullDateRe, lineTimeRe). A date line is short, but the regexps cost
// thousands of instructions a line; these read it once. Every repeat in
// them is settled by the byte that follows it (a digit run that is too
// long fails whichever way it is split), so each match is read straight
// on, save the time's tail (lineTimeTail), where the regexp backtracks.
// TestDateLineMatchersAgree checks both against the regexps.

// fullDateMatch is fullDateRe.FindStringSubmatchIndex(s).
func fullDateMatch(s string) []int {
	for i := 0; i < len(s); i++ {
		// every form opens with \b and a digit
		if !isDigitByte(s[i]) || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		if mayOpenFullDate(s, i) {
			if m := fullDateAt(s, i); m != nil {
				return m
			}
		}
	}
	return nil
}

// fullDateAt matches fullDateRe's forms at s[i], a digit after a word
// boundary: day/month/year, year-month-day, "d tháng m năm y".
func fullDateAt(s string, i int) []int {
	d1 := digitRun(s, i)
	if d1 <= 2 {
		// (\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})\b
		j := optRESpace(s, i+d1)
		if j < len(s) && isDateMark(s[j]) {
			j = optRESpace(s, j+1)
			if d2 := digitRun(s, j); d2 >= 1 && d2 <= 2 {
				k := optRESpace(s, j+d2)
				if k < len(s) && isDateMark(s[k]) {
					k = optRESpace(s, k+1)
					if digitRun(s, k) == 4 && wordEnd(s, k+4) {
						return dateSubmatch(1, i, i+d1, j, j+d2, k, k+4)
					}
				}
			}
			return nil
		}
		// (\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:,|năm)\s*|\s+)(\d{4})\b
		j = reSpacesEnd(s, i+d1)
		if j == i+d1 {
			return nil
		}
		n := foldPrefixLen(s[j:], "tháng")
		if n < 0 {
			return nil
		}
		if j = reSpacesEnd(s, j+n); !isRESpace(s[j-1]) {
			return nil // \s+ after "tháng"
		}
		d2 := digitRun(s, j)
		if d2 < 1 || d2 > 2 {
			return nil
		}
		k := reSpacesEnd(s, j+d2)
		switch {
		case k < len(s) && s[k] == ',':
			k++
		case k > j+d2 && digitRun(s, k) == 4:
			// "26 Tháng 2 2018": the year right after a space, as a
			// common news CMS prints its date lines
		default:
			if n := foldPrefixLen(s[k:], "năm"); n > 0 {
				k += n
			} else {
				return nil
			}
		}
		k = reSpacesEnd(s, k)
		if digitRun(s, k) != 4 || !wordEnd(s, k+4) {
			return nil
		}
		return dateSubmatch(3, i, i+d1, j, j+d2, k, k+4)
	}
	// (\d{4})[-.](\d{2})[-.](\d{2})\b
	if d1 == 4 && i+10 <= len(s) && isYMDMark(s[i+4]) && digitRun(s, i+5) == 2 && isYMDMark(s[i+7]) && digitRun(s, i+8) == 2 && wordEnd(s, i+10) {
		return dateSubmatch(2, i, i+4, i+5, i+7, i+8, i+10)
	}
	return nil
}

// dateSubmatch builds fullDateRe's submatch indexes for a match of its
// form-th alternative (1-3), whose three groups span g: the match runs from
// the first group's start to the last group's end, the other forms' groups
// are -1. It is made only for a match, as the callers try every digit.
func dateSubmatch(form int, g ...int) []int {
	m := make([]int, 20)
	for k := range m {
		m[k] = -1
	}
	m[0], m[1] = g[0], g[5]
	copy(m[2+6*(form-1):], g)
	return m
}

// mayOpenFullDate reports whether the digits at s[i] go on as one of
// fullDateRe's forms begins: one or two digits and a date mark ("15/"),
// or spaces and "tháng" (its first letter, in either case); four digits
// and a hyphen or a dot ("2021-", "2021."). Paragraphs hold many numbers
// that open none.
func mayOpenFullDate(s string, i int) bool {
	d := digitRun(s, i)
	switch {
	case d <= 2:
		if j := optRESpace(s, i+d); j < len(s) && isDateMark(s[j]) {
			return true
		}
		j := reSpacesEnd(s, i+d)
		return j > i+d && j < len(s) && s[j]|0x20 == 't'
	case d == 4:
		return i+4 < len(s) && isYMDMark(s[i+4])
	}
	return false
}

// isYMDMark reports the marks between the parts of a date written year
// first: "2021-07-15", and "2021.07.15" as some sites print their date
// lines.
func isYMDMark(c byte) bool { return c == '-' || c == '.' }

// lineTimeMatch is lineTimeRe.FindStringSubmatch(s): the hour, the
// minutes and the am/pm word ("" if none) of the first match.
func lineTimeMatch(s string) (h, mi, ampm string, ok bool) {
	for p := 0; p < len(s); p++ {
		// (?:\b|lúc)(\d{1,2})
		q := p
		if isDigitByte(s[p]) {
			if p > 0 && isWordByte(s[p-1]) {
				continue
			}
		} else if n := foldPrefixLen(s[p:], "lúc"); n > 0 {
			q = p + n
		} else {
			continue
		}
		d := digitRun(s, q)
		if d < 1 || d > 2 {
			continue
		}
		// \s?(?::|h|giờ)\s?(\d{2})
		j := optRESpace(s, q+d)
		switch {
		case j < len(s) && (s[j] == ':' || s[j] == 'h' || s[j] == 'H'):
			j++
		default:
			n := foldPrefixLen(s[j:], "giờ")
			if n < 0 {
				continue
			}
			j += n
		}
		j = optRESpace(s, j)
		if digitRun(s, j) != 2 {
			continue
		}
		e := j + 2
		// (?::\d{2})? is tried taken first
		if e < len(s) && s[e] == ':' && digitRun(s, e+1) >= 2 {
			if w, ok := lineTimeTail(s, e+3); ok {
				return s[q : q+d], s[j:e], w, true
			}
		}
		if w, ok := lineTimeTail(s, e); ok {
			return s[q : q+d], s[j:e], w, true
		}
	}
	return "", "", "", false
}

// lineTimeTail matches lineTimeRe's \s*(am|pm|sa|ch)?\b at s[e], just
// after a digit, as the regexp backtracks: all the spaces and a word,
// then all the spaces alone, then fewer spaces (of which only none is a
// word boundary, right after the digit).
func lineTimeTail(s string, e int) (string, bool) {
	sp := reSpacesEnd(s, e)
	for _, w := range [...]string{"am", "pm", "sa", "ch"} {
		if n := foldPrefixLen(s[sp:], w); n > 0 && wordBoundaryAt(s, sp+n) {
			return s[sp : sp+n], true
		}
	}
	if wordBoundaryAt(s, sp) || sp > e {
		return "", true
	}
	return "", false
}

// isWordByte reports an ASCII word character, what \b tells from others.
func isWordByte(c byte) bool {
	return isASCIIAlnum(c) || c == '_'
}

// wordBoundaryAt is \b at s[i], on ASCII word characters.
func wordBoundaryAt(s string, i int) bool {
	before := i > 0 && isWordByte(s[i-1])
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

// wordEnd is \b after a digit at s[i-1]: no word character at s[i].
func wordEnd(s string, i int) bool {
	return i >= len(s) || !isWordByte(s[i])
}

// digitRun returns how many ASCII digits s holds from i on.
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigitByte(s[i+n]) {
		n++
	}
	return n
}

// optRESpace is \s? at s[i]: i+1 after a space, else i.
func optRESpace(s string, i int) int {
	if i < len(s) && isRESpace(s[i]) {
		return i + 1
	}
	return i
}

// reSpacesEnd is \s* at s[i]: the end of the spaces from i on.
func reSpacesEnd(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// foldPrefixLen returns the length of the prefix of s that is word under
// simple case folding, as (?i) matches it ("THÁNG", "Giờ", "ſa"), or -1.
func foldPrefixLen(s, word string) int {
	n := 0
	for _, w := range word {
		r, size := utf8.DecodeRuneInString(s[n:])
		if size == 0 || !equalFoldRune(r, w) {
			return -1
		}
		n += size
	}
	return n
}

// equalFoldRune reports whether r is w or in w's case-folding orbit.
func equalFoldRune(r, w rune) bool {
	for f := w; ; {
		if r == f {
			return true
		}
		if f = unicode.SimpleFold(f); f == w {
			return false
		}
	}
}

// twoDigitsEnd returns where the one or two ASCII digits at s[i:] end, as
// `\d{1,2}` takes them; i when there is none.
func twoDigitsEnd(s string, i int) int {
	e := i
	for e < len(s) && e-i < 2 && isDigitByte(s[e]) {
		e++
	}
	return e
}
