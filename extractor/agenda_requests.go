package extractor

import (
	"strings"

	"github.com/meetx/meetx/schema"
)

// Requests: instructions a leader, the host body or the meeting sets,
// wherever the sentence puts them. Each ";" clause after "đề nghị / yêu
// cầu" is a task (requestTasksFrom).

// joinedRequest finds, after the verb at token v of person m, a request
// joined to that act ("X nhấn mạnh ... và đề nghị các đơn vị ...", "...,
// đồng thời yêu cầu ...") and returns its verb token, or -1. It directs
// (a task) when the person chairs or concludes the meeting, or when it is
// addressed to the units or the participants; a delegate's "đề nghị" to
// someone else stays a proposal of the debate.
func (a *peopleAnalysis) joinedRequest(st *agendaState, m *mention, v, te int) int {
	k := chairRequests(a.toks, v, te)
	if k < 0 || k+2 >= te {
		return -1
	}
	switch next := a.toks[k+2]; {
	case next.fold == "của" || next.fold == "đặt" || !next.word:
		return -1 // "mục tiêu, yêu cầu đặt ra ...": the noun, not the verb
	}
	if a.people[m.person].roles[schema.RoleChair] || st.conclusion == m.person || addressesParticipants(a.toks, k+2, te) {
		return k
	}
	return -1
}

// joinedRequestCut is the byte where the act before a joined request
// ends: before "và", ", đồng thời" or the comma.
func joinedRequestCut(toks []token, k int) int {
	j := k - 1
	if j > 0 && toks[j].fold == "thời" && toks[j-1].fold == "đồng" {
		j -= 2
	}
	for j > 0 && (toks[j].fold == "và" || toks[j].text == ",") {
		j--
	}
	return int(toks[j].end)
}

// addressWordAt matches an address word standing alone for a person
// named before ("đồng chí", "ông", "bà") at token k and returns its
// length in tokens, or 0.
func addressWordAt(toks []token, k int) int {
	switch toks[k].fold {
	case "đồng":
		if k+1 < len(toks) && toks[k+1].fold == "chí" {
			return 2
		}
	case "ông", "bà":
		return 1
	}
	return 0
}

// accordinglyTasks reads "Theo đó, ..." opening sentence si (tokens
// ts..te) right after a sentence that requests ("đề nghị / yêu cầu"): the
// clauses that follow spell out what was asked.
func (a *peopleAnalysis) accordinglyTasks(d *document, si, ts, te int) bool {
	toks := a.toks
	if si == 0 || ts+3 >= te || toks[ts+1].fold != "đó" || toks[ts+2].text != "," {
		return false
	}
	prev := d.sents[si-1]
	pts, pte := a.tokenRange(prev)
	return pts < pte && hasRequest(toks, pts, pte)
}

// requestWordFolded reports "đề nghị" or "yêu cầu" at token k in any case
// ("Đề nghị các cấp ủy ..." opening a sentence whose subject is left out).
func requestWordFolded(toks []token, k int) bool {
	return k+1 < len(toks) && ((toks[k].fold == "đề" && toks[k+1].fold == "nghị") || (toks[k].fold == "yêu" && toks[k+1].fold == "cầu"))
}

// bodyRequestAt reads a clause at token k whose subject is the meeting
// itself ("Hội nghị (lần thứ 12)") or the body that held it, followed by a
// request ("(đã) (đặt ra) yêu cầu / đề nghị ...") or by agreed tasks
// listed after a colon ("thống nhất các nhiệm vụ trọng tâm ...: A; B").
// It returns the request verb's token (colon false), or the token after
// the colon (colon true), or -1.
func (a *peopleAnalysis) bodyRequestAt(st *agendaState, k, te int) (int, bool) {
	toks := a.toks
	if k >= te || !toks[k].capital {
		return -1, false
	}
	for j := k + 1; j+2 < te && j-k <= 14; j++ {
		if !toks[j].word || a.startsMention(j) {
			return -1, false
		}
		if !toks[j].lower {
			continue
		}
		v := j
		for v < te && (toks[v].fold == "đã" || toks[v].fold == "cũng") {
			v++
		}
		if v+2 < te && toks[v].fold == "đặt" && toks[v+1].fold == "ra" {
			v += 2 // "đặt ra yêu cầu ...": sets the requirement that ...
		}
		request := v+2 < te && requestWordAt(toks, v) && toks[v+2].word && toks[v+2].fold != "của"
		agreed := v+3 < te && toks[v].fold == "thống" && toks[v+1].fold == "nhất"
		if !request && !agreed {
			continue
		}
		// The subject, folded, only once a verb is found.
		subj := joinFolds(toks, k, j)
		if !(st.organizer != "" && subj == st.organizer || st.meetingNoun != "" && strings.HasPrefix(subj, st.meetingNoun)) {
			return -1, false
		}
		if request {
			return v, false
		}
		// "thống nhất các nhiệm vụ trọng tâm ...: A; B"
		for c := v + 2; c+1 < te && c-v < 20; c++ {
			if toks[c].text == ":" {
				if strings.Contains(joinFolds(toks, v+2, c), "nhiệm vụ") {
					return c + 1, true
				}
				break
			}
		}
		return -1, false
	}
	return -1, false
}

// dutiesListed finds the list of duties a sentence opens with ("Nhiệm vụ
// trọng tâm 6 tháng cuối năm ... đề ra là: A; B; C", "Các nhiệm vụ năm
// tới: A; B") and returns the token after its colon, or -1: each part is
// a task set at the meeting, by no one named.
func dutiesListed(toks []token, ts, te int) int {
	k := ts
	if k < te && (toks[k].fold == "các" || toks[k].fold == "những") {
		k++
	}
	if k+1 >= te || !toks[k].capital && k == ts || toks[k].fold != "nhiệm" || toks[k+1].fold != "vụ" {
		return -1
	}
	for c := k + 2; c+1 < te && c-k <= 25; c++ {
		if toks[c].text == ":" {
			for j := c + 1; j < te; j++ {
				if toks[j].text == ";" {
					return c + 1 // two parts at least
				}
			}
			return -1
		}
		if !toks[c].word && toks[c].text != "," {
			return -1
		}
	}
	return -1
}
