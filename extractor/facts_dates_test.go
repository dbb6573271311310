package extractor

import (
	"cmp"
	"reflect"
	"slices"
	"testing"
	"time"
)

// findDateMentionsByDigit is findDateMentions as it was before it stepped
// over the rest of a digit run that opens no date: every digit is tried.
func findDateMentionsByDigit(folded string, published time.Time) []dateMention {
	var out []dateMention
	var mbuf [maxMentionSubmatch]int
	for i := 0; i < len(folded); i++ {
		if i = indexDigit(folded, i); i == len(folded) {
			break
		}
		if i > 0 && (isDigitByte(folded[i-1]) || folded[i-1] == '/') || !mayStartDate(folded, i) {
			continue
		}
		var best dateMention
		found := false
		next, spaced := afterFirstNumber(folded, i)
		for ri, re := range mentionRes {
			if !mentionMayMatch(ri, next, spaced) {
				continue
			}
			m := mentionAt(mbuf[:0], ri, re, folded[i:])
			if m == nil {
				continue
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			if dm, ok := dateMentionAt(folded, ri, m, published); ok && (!found || dm.end > best.end) {
				best, found = dm, true
			}
		}
		if found {
			out = append(out, best)
			i = best.end - 1
		}
	}
	out = append(out, relativeDays(folded, published)...)
	slices.SortStableFunc(out, func(a, b dateMention) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	kept := out[:0]
	for _, dm := range out {
		if len(kept) > 0 && dm.start < kept[len(kept)-1].end {
			continue
		}
		kept = append(kept, dm)
	}
	return datelineDay(folded, kept)
}

// TestFindDateMentionsAgrees checks findDateMentions against the scan that
// tries every digit, on the corpus sentences and paragraphs (with the
// page's publication and without one) and on runs of digits and marks.
func TestFindDateMentionsAgrees(t *testing.T) {
	type text struct {
		s   string
		pub time.Time
	}
	var texts []text
	n := 0
	for _, d := range corpusDocuments(t) {
		for _, s := range d.sents {
			texts = append(texts, text{d.folded[s.start:s.end], d.published}, text{d.folded[s.start:s.end], time.Time{}})
		}
		for _, p := range d.paras {
			texts = append(texts, text{d.folded[p.start:p.end], d.published})
		}
	}
	pub := time.Date(2024, 3, 5, 0, 0, 0, 0, vnZone)
	for _, s := range []string{"", "1", "12345", "ngày 12345/6", "ngày 1/2/2024", "2024-2025, ngày 3/4", "số 12/2023/nq-cp ngày 5/6/2023",
		"từ 10-12/3/2024", "ngày 06, 07/6", "sáng 5/3 và 6/3", "123 ngày 4/5 456/7 sáng nay", "12/34/56 7.8.2024", "/12 /3/4 ngày 1–2/3"} {
		texts = append(texts, text{s, pub}, text{s, time.Time{}})
	}
	for _, x := range texts {
		got, want := findDateMentions(x.s, x.pub), findDateMentionsByDigit(x.s, x.pub)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findDateMentions(%.80q) = %v, want %v", x.s, got, want)
		}
		n += len(want)
	}
	if n == 0 {
		t.Fatal("no date found")
	}
}
