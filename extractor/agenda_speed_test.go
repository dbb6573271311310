package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// approvalTailOld is approvalTail as it was before it searched from "đ":
// the reference of TestApprovalTailAgrees.
func approvalTailOld(t string) int {
	if !strings.Contains(t, "được ") {
		return -1
	}
	for from := 0; ; {
		k := strings.Index(t[from:], " được ")
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

// agreementTexts are the corpus sentences and random strings made of the
// pieces the fast paths look for.
func agreementTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, d := range corpusDocuments(t) {
		for _, s := range d.sents {
			texts = append(texts, d.text[s.start:s.end])
		}
	}
	pieces := []string{" ", "  ", "được", "được ", " được ", "Được", " và", ",", "đ", "nhất trí", "Tán thành", "thống nhất",
		"biểu quyết", "đồng ý", "a", "\n", "\t", "\r", "\u00a0", "\u2003", "x", "ư", "ợ", "c"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestApprovalTailAgrees(t *testing.T) {
	cuts := 0
	for _, s := range agreementTexts(t) {
		got, want := approvalTail(s), approvalTailOld(s)
		if got != want {
			t.Fatalf("approvalTail(%q) = %d, want %d", s, got, want)
		}
		if got >= 0 {
			cuts++
		}
	}
	if cuts < 100 {
		t.Errorf("only %d texts cut: the inputs miss the case", cuts)
	}
}
