package extractor

import (
	"sort"
	"strings"
	"testing"
)

// TestHeadIndexScans compares findMeetingPhrase and organizerVerbsIn, which
// find their phrases by a headIndex, with plain searches, over the corpus
// and every phrase alone, cut short and glued to a letter.
func TestHeadIndexScans(t *testing.T) {
	findPlain := func(folded string, weak bool) (meetingPhrase, int, bool) {
		for i := 0; i < len(folded); i++ {
			if !wordStartAt(folded, i) {
				continue
			}
			for _, p := range meetingPhrases {
				if p.weak == weak && strings.HasPrefix(folded[i:], p.phrase) && wordBoundary(folded, i, i+len(p.phrase)) {
					return p, i, true
				}
			}
		}
		return meetingPhrase{}, len(folded) + 1, false
	}
	verbsPlain := func(folded string) [][2]int {
		var out [][2]int
		for w, v := range organizerVerbs {
			for off := 0; ; {
				k := strings.Index(folded[off:], v)
				if k < 0 {
					break
				}
				k += off
				if wordBoundary(folded, k, k+len(v)) {
					out = append(out, [2]int{w, k})
				}
				off = k + len(v)
			}
		}
		sort.Slice(out, func(a, b int) bool { return out[a][1] < out[b][1] })
		return out
	}
	var texts []string
	for _, p := range meetingPhrases {
		texts = append(texts, p.phrase, p.phrase[:len(p.phrase)-1], "x"+p.phrase, "a "+p.phrase+"x", "("+p.phrase+") họp")
	}
	for _, v := range organizerVerbs {
		texts = append(texts, v, v[:len(v)-1], "a"+v+" "+v, v+v+" "+v)
	}
	for _, d := range corpusDocuments(t) {
		for _, line := range strings.Split(d.folded, "\n") {
			texts = append(texts, line)
			for off := 1; off < len(line); off += 1 + off%53 {
				texts = append(texts, line[off:min(len(line), off+120)])
			}
		}
	}
	for _, s := range texts {
		for _, weak := range []bool{false, true} {
			p, k, ok := findMeetingPhrase(s, weak)
			wp, wk, wok := findPlain(s, weak)
			if p != wp || k != wk || ok != wok {
				t.Fatalf("findMeetingPhrase(%q, %v) = %v %d %v, want %v %d %v", s, weak, p, k, ok, wp, wk, wok)
			}
		}
		got, want := organizerVerbsIn(s), verbsPlain(s)
		if len(got) != len(want) {
			t.Fatalf("organizerVerbsIn(%q) = %v, want %v", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("organizerVerbsIn(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
