package pgstore

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NameKey is the identity of a person's name: NFC, lower case, whitespace
// collapsed, and the tone mark of a final "oa", "oe" or "uy" placed on the
// first vowel, so that the old and new spelling conventions ("Hoà"/"Hòa",
// "Thuỷ"/"Thủy") name the same person.
func NameKey(name string) string {
	var words []string
	for w := range strings.FieldsSeq(strings.ToLower(norm.NFC.String(name))) {
		if w = strings.TrimFunc(w, unicode.IsPunct); w != "" {
			words = append(words, foldTonePlacement(w))
		}
	}
	return strings.Join(words, " ")
}

// DocKey is the identity of a cited document: its symbol upper-cased without
// spaces ("16/CT-TTg" and "16/CT-TTG" are one document; Đ and D stay
// distinct). A document cited without a symbol is keyed by its kind, issuer
// and subject.
func DocKey(docType, number, issuer, subject string) string {
	if n := strings.Join(strings.Fields(norm.NFC.String(number)), ""); n != "" {
		return strings.ToUpper(n)
	}
	return "~" + NameKey(docType) + "|" + NameKey(issuer) + "|" + NameKey(subject)
}

// Vietnamese tone marks as combining characters (NFD).
const (
	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneTilde = '\u0303'
	toneHook  = '\u0309'
	toneDot   = '\u0323'
)

func isTone(r rune) bool {
	switch r {
	case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
		return true
	}
	return false
}

// foldTonePlacement moves the tone mark of a word ending in o+a, o+e or u+y
// from the last vowel to the one before it ("hoà" -> "hòa").
func foldTonePlacement(w string) string {
	d := []rune(norm.NFD.String(w))
	n := len(d)
	if n < 3 || !isTone(d[n-1]) {
		return w
	}
	first, last := d[n-3], d[n-2]
	if !(first == 'o' && (last == 'a' || last == 'e')) && !(first == 'u' && last == 'y') {
		return w
	}
	tone := d[n-1]
	out := append(d[:n-2:n-2], tone, last)
	return norm.NFC.String(string(out))
}

// parseDate reads a contract date (2006-01-02); ok is false for anything else.
func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// parsePublished reads Report.PublishedAt: RFC 3339 (a time) or a date.
func parsePublished(s string) (at time.Time, hasTime bool, day time.Time, ok bool) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		y, m, d := t.Date()
		return t, true, time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	if t, ok := parseDate(s); ok {
		return time.Time{}, false, t, true
	}
	return time.Time{}, false, time.Time{}, false
}
