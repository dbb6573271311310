package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key is the comparison key of GOLD-SCHEMA.md's scoring: NFC, lower-cased,
// whitespace collapsed, surrounding punctuation stripped, tone placement
// folded. Two values with equal keys are the same value.
func Key(s string) string {
	s = Fold(norm.NFC.String(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
	})
}

// Words returns the set of words of s's key, each stripped of surrounding
// punctuation; used for the word-set Jaccard of agenda texts.
func Words(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(Key(s)) {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if w != "" {
			set[w] = true
		}
	}
	return set
}
