package extractor

import (
	"regexp"
	"strings"
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

// partBeforeAt is partBeforeRe anchored at its start.
var partBeforeAt = regexp.MustCompile(`^(?:` + partBeforeRe.String() + `)`)

// partBefore is the part of day partBeforeRe finds in the text before a
// date (its first group), or "". A match opens with a part word, so only
// the places of those words are tried, from the left: the first that
// matches is the regexp's leftmost match. This spares the unanchored
// regexp's attempt at every byte.
func partBefore(before string) string {
	for off := 0; off < len(before); {
		at, word := -1, ""
		for _, w := range partBeforeWords {
			if k := strings.Index(before[off:], w); k >= 0 && (at < 0 || k < at) {
				at, word = k, w
			}
		}
		if at < 0 {
			return ""
		}
		at += off
		if partBeforeAt.MatchString(before[at:]) {
			return word
		}
		off = at + 1
	}
	return ""
}
