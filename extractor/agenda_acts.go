package extractor

import "github.com/meetx/meetx/schema"

// The meeting's own acts (actionVerbAt, actionPieces): what a meeting or
// a body as subject agreed on, debated, heard.

// agreedChoice reads, at token k after "thống nhất / nhất trí / hiệp
// thương", what was agreed as a choice: a verb of choosing ("(cao) giới
// thiệu / lựa chọn / chọn / bầu ...") or the figures and lists of a
// consultation ("số lượng, danh sách, cơ cấu ..."). It returns the length
// in tokens, or 0.
func agreedChoice(toks []token, k, te int) int {
	j := k
	if j < te && toks[j].fold == "cao" {
		j++
	}
	if j+1 >= te || !toks[j].lower {
		return 0
	}
	switch toks[j].fold + " " + toks[j+1].fold {
	case "giới thiệu", "lựa chọn", "số lượng", "danh sách", "cơ cấu":
		if j+2 < te && toks[j+2].word {
			return j + 2 - k
		}
	}
	switch toks[j].fold {
	case "chọn", "bầu":
		if toks[j+1].word {
			return j + 1 - k
		}
	}
	return 0
}

// throughConsultation reads "Qua hiệp thương / thảo luận, <the meeting>
// ..." at token k: the means by which the meeting named after the comma
// acted. It returns the token of that meeting noun, or -1.
func throughConsultation(toks []token, k, te int) int {
	if k+4 >= te || toks[k].fold != "qua" || !toks[k].capital {
		return -1
	}
	for c := k + 1; c+2 < te && c-k <= 4; c++ {
		if toks[c].text != "," {
			continue
		}
		if meetingNounAt(toks, c+1) {
			return c + 1
		}
		return -1
	}
	return -1
}

// alsoActAt reads ", đồng thời <verb> ..." right where the item of person
// m ended (byte end): a second act of the same person ("X đã báo cáo ...,
// đồng thời đề xuất, kiến nghị với Sở ..."). It returns the verb's
// token, the item's kind and its end byte, or k < 0. Only acts that name
// an item of their own count: proposals and remarks in the debate, a
// report, a speech.
func (a *peopleAnalysis) alsoActAt(m *mention, end, te int) (k int, kind string, to int) {
	toks := a.toks
	c := a.tokenIndexAt(end, te)
	for c < te && toks[c].start < end {
		c++
	}
	if c+3 >= te || toks[c].text != "," || toks[c+1].fold != "đồng" || toks[c+2].fold != "thời" {
		return -1, "", 0
	}
	k = c + 3
	if toks[k].text == "," {
		k++
	}
	n, cue := cueAt(toks, k)
	if n == 0 || !toks[k].lower || requestWordAt(toks, k) {
		return -1, "", 0 // requests are read as tasks
	}
	switch cue.agenda {
	case schema.AgendaDiscussion, schema.AgendaReport, schema.AgendaSpeech:
	default:
		return -1, "", 0
	}
	return k, cue.agenda, a.clauseEnd(m, k, te)
}

// honouredFollow reports the honoured named at token k, after "khen
// thưởng": "(những / các) tập thể, cá nhân ...", "cho ...", a number of
// them ("12 tập thể").
func honouredFollow(toks []token, k, te int) bool {
	if k < te && (toks[k].fold == "những" || toks[k].fold == "các") {
		k++
	}
	if k >= te {
		return false
	}
	switch toks[k].fold {
	case "tập", "cá", "cho":
		return true
	}
	return isDigits(toks[k].text)
}

// listColonAt reads "(,) gồm:" or "như:" at token k, where an act ended,
// and returns the colon's token, or -1.
func listColonAt(toks []token, k, te int) int {
	if k < te && toks[k].text == "," {
		k++
	}
	if k+2 < te && (toks[k].fold == "gồm" || toks[k].fold == "như") && toks[k+1].text == ":" {
		return k + 1
	}
	return -1
}

// reportAsSubject reads "Báo cáo tại Hội nghị nêu rõ / cho biết ..." at
// token ts (the cue "báo cáo" n tokens long): the report heard is the
// subject of a remark verb. It returns the token after the meeting noun,
// or -1.
func reportAsSubject(toks []token, ts, n, te int) int {
	k := ts + n
	if k+4 >= te || toks[k].fold != "tại" || !meetingNounAt(toks, k+1) {
		return -1
	}
	v := k + 3
	if remarkVerb(toks, v, te) || toks[v].fold == "nêu" || toks[v].fold == "khẳng" && toks[v+1].fold == "định" {
		return v
	}
	return -1
}

// closingJoinedAt finds "và kết luận / bế mạc" within a speech item that
// starts at token v and ends at byte end, right before the meeting noun
// ("phát biểu chỉ đạo và kết luận Hội nghị"), and returns the token of
// the closing verb, or -1.
func closingJoinedAt(toks []token, v, end, te int) int {
	for j := v + 2; j+2 < te && toks[j].start < end && j-v < 8; j++ {
		if toks[j-1].fold != "và" {
			continue
		}
		w := toks[j].fold + " " + toks[j+1].fold
		if (w == "kết luận" || w == "bế mạc") && meetingNounAt(toks, j+2) {
			return j
		}
	}
	return -1
}
