package extractor

import (
	"strings"

	"github.com/meetx/meetx/schema"
)

// Remarks: a leader's address told only by its content.
//
// Reports often never say "phát biểu": "Tại hội nghị, Bộ trưởng X nhấn
// mạnh, ...", "Ông X đánh giá, ...", "Đồng chí Giám đốc Sở ... cho biết,
// ...". The first such remark of a person is that person's speech at the
// meeting, unless the report names the speech otherwise (an opening,
// closing, speech or report item of theirs): then the remark is only the
// content of that item.

// remarkVerb reports a verb at token k that tells what a speaker said
// ("nhấn mạnh", "cho biết", "đánh giá", "ghi nhận", "ôn lại", "điểm
// lại", "chỉ rõ", "nhìn nhận"), without naming the speech. "đánh giá
// cao" and "ghi nhận" praise; recalling a unit's tradition or results is
// a speech too.
func remarkVerb(toks []token, k, te int) bool {
	if k+1 >= te || !toks[k].word {
		return false
	}
	return foldPairIs(toks[k].fold, toks[k+1].fold, "nhấn mạnh", "cho biết", "đánh giá", "ghi nhận", "ôn lại", "điểm lại", "chỉ rõ", "nhìn nhận")
}

// noteRemark keeps the first remark of person who (-1: named only by an
// office) as a candidate speech, from the verb at token v to end.
func (a *peopleAnalysis) noteRemark(d *document, st *agendaState, who, v, end int) {
	for _, r := range st.remarks {
		if r.who == who {
			return
		}
	}
	text := a.itemText(d, int(a.toks[v].start), end)
	if b := concessionEnd(a.toks, v+2, end); b >= 0 {
		// "cho biết, mặc dù ..., nhưng các đơn vị đã ...": the claim
		// is the main clause; the concession only sets it off.
		text = a.itemText(d, int(a.toks[v].start), int(a.toks[v+1].end)) + ", " + a.itemText(d, int(a.toks[b].start), end)
	}
	if !hasWords(text, 4) {
		return
	}
	st.remarks = append(st.remarks, remark{who: who, item: agendaItem{
		AgendaItem: schema.AgendaItem{Kind: schema.AgendaSpeech, Text: text, Presenter: a.presenterName(who)},
		start:      int(a.toks[v].start), end: end,
	}})
}

// remark is a candidate speech read from a content verb.
type remark struct {
	who  int
	item agendaItem
}

// remarkedBefore reports a remark by the last subject in the sentence
// before sentence si.
func (a *peopleAnalysis) remarkedBefore(d *document, st *agendaState, si int) bool {
	n := len(st.remarks)
	return n > 0 && si > 0 && st.remarks[n-1].who == st.lastSubject && st.remarks[n-1].item.end > d.sents[si-1].start
}

// remarkItems returns the remarks of people whose speech no other item
// names (a remark in the debate is already a discussion item). A remark by someone named only by office stands when no one's
// speech is named at all.
func remarkItems(st *agendaState, items []agendaItem) []agendaItem {
	var out []agendaItem
	for _, r := range st.remarks {
		named := false
		for _, it := range items {
			switch it.Kind {
			case schema.AgendaSpeech, schema.AgendaOpening, schema.AgendaClosing, schema.AgendaReport, schema.AgendaDiscussion:
			default:
				continue
			}
			if r.who < 0 || it.Presenter == r.item.Presenter {
				named = true
				break
			}
		}
		if named {
			continue
		}
		if debateAround(items, r.item.start) {
			// "X cho biết, huyện đã ..." between delegates' proposals: one
			// more voice in the debate, not the address of a leader.
			continue
		}
		out = append(out, r.item)
	}
	return out
}

// officeRemark reads a sentence whose subject is an office alone, after
// its lead-in ("Tại hội nghị, Giám đốc Sở Nội vụ cho biết,
// ...", "Đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy, Trưởng đoàn công tác
// nhấn mạnh: ..."), followed by a remark verb. It returns the verb's
// token and the person holding that office before (or -1), or v < 0.
func (a *peopleAnalysis) officeRemark(ts, te int) (v, who int) {
	// (the verb first: finding who holds the office costs more)
	start, v := a.officeSubjectSpan(ts, te)
	if v < 0 || !remarkVerb(a.toks, v, te) {
		return -1, -1
	}
	if who = a.officeHolder(fold(joinTokens(a.toks, start, v)), ts); who == -2 {
		return -1, -1
	}
	return v, who
}

// officeSubject reads an office alone as the subject of the sentence
// (after its lead-in) and returns the token after it, a lower-case word,
// and the person named before who holds it (or -1), or v < 0 (also when
// two people hold it).
func (a *peopleAnalysis) officeSubject(ts, te int) (v, who int) {
	start, v := a.officeSubjectSpan(ts, te)
	if v < 0 {
		return -1, -1
	}
	if who = a.officeHolder(fold(joinTokens(a.toks, start, v)), ts); who == -2 {
		return -1, -1
	}
	return v, who
}

// officeSubjectSpan is officeSubject without the office's holder: the
// office is toks[start:v], or v < 0.
func (a *peopleAnalysis) officeSubjectSpan(ts, te int) (start, v int) {
	toks := a.toks
	k := a.skipIntro(ts, te)
	if n, _ := honorificAt(toks, k); n > 0 && k+n < te {
		k += n
	}
	if k >= te || headAt(toks, k) == 0 {
		return -1, -1
	}
	start = k
	e := k
	for e < te && e-start < maxOfficeTokens {
		if toks[e].text == "," && e+1 < te && headAt(toks, e+1) > 0 {
			e++ // "Chủ nhiệm ..., Trưởng đoàn ...": a second office of the same speaker
			continue
		}
		if !toks[e].word || e > start && stopAt(toks, e) {
			break
		}
		e++
	}
	if e+1 >= te || !toks[e].lower || a.startsMention(start) {
		return -1, -1
	}
	return start, e
}

// officeHolder is the one person named before token ts who holds office
// (folded), -1 when no one does, -2 when two do (no telling which).
func (a *peopleAnalysis) officeHolder(office string, ts int) int {
	who := -1
	for i, p := range a.people {
		if p.first >= ts {
			continue
		}
		for _, pos := range p.positions {
			// (folding keeps a text's length: only positions of a length
			// that can match are folded)
			if n := len(pos.Text); n != len(office) && (n <= 12 || n > len(office)) {
				continue
			}
			if f := fold(pos.Text); f == office || strings.HasSuffix(office, f) && len(f) > 12 {
				if who >= 0 && who != i {
					return -2
				}
				who = i
			}
		}
	}
	return who
}

// joinTokens is the text of toks[from:to], words joined as written.
func joinTokens(toks []token, from, to int) string {
	var b strings.Builder
	for k := from; k < to; k++ {
		if k > from && toks[k].word {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// debateAround reports a discussion item of a named person right before
// or right after byte offset at among items (in any order).
func debateAround(items []agendaItem, at int) bool {
	prev, next := -1, -1
	for i, it := range items {
		if it.restates {
			continue
		}
		if it.start < at && (prev < 0 || it.start > items[prev].start) {
			prev = i
		}
		if it.start > at && (next < 0 || it.start < items[next].start) {
			next = i
		}
	}
	voice := func(i int) bool {
		return i >= 0 && items[i].Kind == schema.AgendaDiscussion && items[i].Presenter != ""
	}
	return voice(prev) || voice(next)
}

// concessionEnd reads a concession opening the remark at token k ("(,)
// mặc dù / dù / tuy ..., nhưng / song ...") and returns the token after
// "nhưng" / "song", where the main clause starts, or -1. The clause must
// start before byte end.
func concessionEnd(toks []token, k, end int) int {
	if k < len(toks) && (toks[k].text == "," || toks[k].text == ":") {
		k++
	}
	if k+1 >= len(toks) {
		return -1
	}
	switch {
	case toks[k].fold == "mặc" && toks[k+1].fold == "dù", toks[k].fold == "dù", toks[k].fold == "tuy":
	default:
		return -1
	}
	for j := k + 2; j+1 < len(toks) && int(toks[j].start) < end && toks[j].sent == toks[k].sent; j++ {
		if toks[j].text == "," && (toks[j+1].fold == "nhưng" || toks[j+1].fold == "song") && j+2 < len(toks) && int(toks[j+2].start) < end {
			return j + 2
		}
	}
	return -1
}
