package extractor

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHintMaskAgrees checks writerHints against hasHint with each list, on
// the attrs of every element of the corpus pages and layouts and on random
// strings made of pieces of hints.
func TestHintMaskAgrees(t *testing.T) {
	sets := map[uint8]*hintSet{hintNegative: negativeSet, hintCaption: captionSet, hintByline: bylineSet,
		hintLead: leadSet, hintDateline: datelineSet}
	check := func(a string) {
		got := writerHints.in(a)
		for bit, set := range sets {
			if (got&bit != 0) != hasHint(a, set) {
				t.Fatalf("writerHints.in(%q) = %05b, hasHint with list %05b: %v", a, got, bit, hasHint(a, set))
			}
		}
	}
	for _, nodes := range pageNodes(t) {
		for _, n := range nodes {
			if n.Type == html.ElementNode {
				check(attrs(n))
			}
		}
	}
	var pieces []string
	for _, list := range [][]string{negativeHints, captionHints, bylineHints, leadHints, datelineHints, positiveHints} {
		for _, h := range list {
			pieces = append(pieces, h, h[:len(h)/2], h[len(h)/2:])
		}
	}
	pieces = append(pieces, " ", "-", "_", "x", "é")
	r := rand.New(rand.NewSource(1))
	for range 100000 {
		var b []byte
		for range 1 + r.Intn(6) {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
		check(string(b))
	}
}

// TestHasPrefixFoldAgrees checks hasPrefixFold against strings.EqualFold
// for the hints it is used with, on random strings that mix their letters
// in both cases with runes that fold to them (the Kelvin sign, long s).
func TestHasPrefixFoldAgrees(t *testing.T) {
	pieces := []string{"t", "T", "i", "I", "l", "L", "e", "E", "u", "U", "İ", "ı", "\u212a", "ſ", "-", "\r", "T\x00", "\xff"}
	r := rand.New(rand.NewSource(1))
	for range 100000 {
		var b []byte
		for range r.Intn(8) {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
		s := string(b)
		for _, prefix := range []string{"title", "tieu"} {
			want := len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
			if got := hasPrefixFold(s, prefix); got != want {
				t.Fatalf("hasPrefixFold(%q, %q) = %v", s, prefix, got)
			}
		}
	}
}

// TestJSONLDPrefilter checks that the blocks jsonLDPublished turns down
// unread find no date when decoded, and that escaped keys are still read.
func TestJSONLDPrefilter(t *testing.T) {
	decoded := func(b []byte) string {
		var v any
		if json.Unmarshal(b, &v) != nil {
			return ""
		}
		m, _ := v.(map[string]any)
		s, _ := m["datePublished"].(string)
		return s
	}
	for _, tt := range []struct{ in, want string }{
		{`{"@type":"BreadcrumbList","itemListElement":[]}`, ""},
		{`{"datePublished":"2024-01-02"}`, "2024-01-02"},
		{`{"date\u0050ublished":"2024-01-03"}`, "2024-01-03"},
		{`{"@graph":[{"datePublished":"2024-01-04"}]}`, "2024-01-04"},
		{`{"datepublished":"2024-01-05"}`, ""},
	} {
		if got := jsonLDPublished([]byte(tt.in)); got != tt.want {
			t.Errorf("jsonLDPublished(%s) = %q, want %q", tt.in, got, tt.want)
		}
		if !strings.Contains(tt.in, "@graph") && decoded([]byte(tt.in)) != tt.want {
			t.Errorf("decoding %s gives %q", tt.in, decoded([]byte(tt.in)))
		}
	}
}
