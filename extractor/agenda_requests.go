package extractor

import "github.com/meetx/meetx/schema"

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
	return toks[j].end
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
