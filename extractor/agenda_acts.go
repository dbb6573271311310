package extractor

import (
	"strings"

	"github.com/meetx/meetx/schema"
)

// The meeting's own acts (actionVerbAt, actionPieces): what a meeting or
// a body as subject agreed on, debated, heard.

// agreedObjects open what a meeting agrees on after "thống nhất" or
// "nhất trí": the points, the plan or the programme. ("thống nhất nhận
// thức", a goal, and "thống nhất cao", a degree, are not among them.)
var agreedObjects = map[string]bool{"các": true, "những": true, "nội": true, "kế": true, "chương": true,
	"phương": true, "chủ": true, "việc": true, "lộ": true, "thời": true}

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
	for c < te && int(toks[c].start) < end {
		c++
	}
	if kind := joinedOpeningAt(toks, c, te); kind != "" {
		return c + 1, kind, a.clauseEnd(m, c+1, te)
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

// joinedOpeningAt reads "và" at token k joining an opening or a closing
// to an act before it ("tặng quà cho nhà trường và đánh trống khai
// giảng"), and returns that item's kind, or "". The act before ends
// there (clauseEnd) and the opening is an item of its own (alsoActAt).
func joinedOpeningAt(toks []token, k, te int) string {
	if k+1 >= te || toks[k].fold != "và" || !toks[k].lower || !toks[k+1].lower {
		return ""
	}
	if n, cue := cueAt(toks, k+1); n > 0 && cue.strong && (cue.agenda == schema.AgendaOpening || cue.agenda == schema.AgendaClosing) {
		return cue.agenda
	}
	return ""
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
	for j := v + 2; j+2 < te && int(toks[j].start) < end && j-v < 8; j++ {
		if toks[j-1].fold != "và" {
			continue
		}
		if foldPairIs(toks[j].fold, toks[j+1].fold, "kết luận", "bế mạc") && meetingNounAt(toks, j+2) {
			return j
		}
	}
	return -1
}

// officeActorAfter finds the actor of a sentence opened by a speech clause
// when it is named by office alone: "(đồng chí) <office>" right after the
// clause's comma, or, when the comma is missing, "đồng chí <office>" within
// the next few words before the first comma. It returns the actor's first token, or -1.
func officeActorAfter(toks []token, ts, te, comma int) int {
	officeAt := func(k int) bool {
		if n, _ := honorificAt(toks, k); n > 0 {
			k += n
		}
		return k < te && (headAt(toks, k) > 0 || representativeAt(toks, k, te))
	}
	if comma > ts && comma+1 < te && officeAt(comma+1) {
		return comma + 1
	}
	stop := te
	if comma > ts {
		stop = comma
	}
	for k := ts + 2; k+2 < stop && k-ts <= 12; k++ {
		if !toks[k].word {
			return -1
		}
		if toks[k].fold == "đồng" && toks[k+1].fold == "chí" && headAt(toks, k+2) > 0 {
			return k
		}
	}
	return -1
}

// representativeAt reports a speaker named by whom they stand for at token
// k: "đại diện (lãnh đạo) Sở ...", "lãnh đạo UBND tỉnh", "thay mặt Đảng
// ủy, ...", "thủ trưởng đơn vị".
func representativeAt(toks []token, k, te int) bool {
	if k+1 >= te {
		return false
	}
	return foldPairIs(toks[k].fold, toks[k+1].fold, "đại diện", "lãnh đạo", "thay mặt", "thủ trưởng")
}

// representativeSpeaksAt reads a clause at token k whose subject is a
// speaker named by whom they stand for (representativeAt: "Đại diện Sở
// Nội vụ", "Lãnh đạo Trung tâm") and whose verb, within a few words, is a speech, an opening
// or a closing; it returns the verb's token, or -1.
func representativeSpeaksAt(toks []token, k, te int) int {
	// ("Thay mặt X, Y phát biểu": the one who speaks is named after the
	// body, read elsewhere)
	if k+2 >= te || !representativeAt(toks, k, te) || toks[k].fold == "thay" {
		return -1
	}
	for j := k + 2; j < te && j-k <= 12; j++ {
		if !toks[j].word {
			return -1
		}
		if n, c := cueAt(toks, j); n > 0 && toks[j].lower {
			switch c.agenda {
			case schema.AgendaSpeech, schema.AgendaOpening, schema.AgendaClosing:
				if c.strong {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// narratesMore reports a "còn" in the few words before the verb at token
// k ("còn trao đổi", "còn có thời gian thảo luận"): the sentence tells what
// else was done.
func narratesMore(toks []token, from, k int) bool {
	for j := k - 1; j >= from && j >= k-4; j-- {
		if toks[j].fold == "còn" || alsoAt(toks, j) || carriedOutAt(toks, j) {
			return true
		}
	}
	return false
}

// officeSpeaker reads a sentence that opens with an office and a speech
// verb, no name ("Đồng chí Bí thư Huyện ủy nhấn mạnh, ..."), and resolves
// the office to the one person named earlier who holds it exactly. It
// returns the person (-1 when no one, or more than one, named holds it),
// the verb's token and the item kind, or kind "" when the sentence is not one.
func (a *peopleAnalysis) officeSpeaker(d *document, ts, te int) (who, verb int, kind string) {
	toks := a.toks
	k := ts
	if n, _ := honorificAt(toks, k); n > 0 && k+n < te {
		k += n
	}
	if headAt(toks, k) == 0 {
		return -1, 0, ""
	}
	e := k
	for e < te && toks[e].word && e-k < maxOfficeTokens && !(e > k && stopAt(toks, e)) {
		e++
	}
	if e >= te || e == k {
		return -1, 0, ""
	}
	end := e // the office's end
	n, c := cueAt(toks, e)
	if n == 0 || !toks[e].lower || c.role != schema.RoleSpeaker && !(c.role == schema.RolePresenter && c.agenda == schema.AgendaReport) {
		return -1, 0, "" // (a report by an office alone: "Đồng chí Chánh án Tòa án nhân dân tỉnh báo cáo ...")
	}
	kind = c.agenda
	switch {
	case kind == "" && commentOpens(toks, e, te) && chairRequests(toks, e, te) >= 0:
		// "<chair> đánh giá cao ..., đồng thời ... và yêu cầu ...": closing
		// remarks that never say "kết luận";
		// the chair's requests joined to the praise are tasks.
		kind, e = schema.AgendaTask, chairRequests(toks, e, te)
	case kind == "" && (c.phrase == "nhấn mạnh" || c.phrase == "cho biết"):
		kind = schema.AgendaSpeech
	case requestVerbAt(toks, e, te):
		// "Đồng chí Trưởng Ban Chỉ đạo đề nghị ...": the chair's requests
		// are tasks wherever they are written.
		kind = schema.AgendaTask
	case kind != schema.AgendaSpeech && kind != schema.AgendaOpening && kind != schema.AgendaClosing && kind != schema.AgendaReport:
		return -1, 0, "" // remarks are read with the concluding speech
	}
	office := d.folded[toks[k].start:toks[end-1].end]
	who = -1
	holders := 0
	for i, p := range a.people {
		if p.first >= ts {
			continue
		}
		for _, pos := range p.positions {
			// (folding keeps a text's length: only a text as long as the
			// office is folded)
			if len(pos.Text) == len(office) && fold(pos.Text) == office && who != i {
				who = i
				holders++
			}
		}
	}
	if holders > 1 {
		who = -1 // two holders: no telling which
	}
	if kind == schema.AgendaTask && (who < 0 || !a.people[who].roles[schema.RoleChair]) {
		return -1, 0, ""
	}
	if who < 0 && kind != schema.AgendaOpening && kind != schema.AgendaClosing && kind != schema.AgendaReport &&
		!(kind == schema.AgendaSpeech && strings.HasPrefix(c.phrase, "phát biểu ")) {
		// Speeches and remarks need their speaker to be told apart from
		// narration; an opening, a closing, a report or a speech named
		// as such ("phát biểu chỉ đạo") is the meeting's item even when
		// no one named holds the office (its presenter is unknown).
		return -1, 0, ""
	}
	return who, e, kind
}

// actionPiece is one act of a meeting or a body read from a list of acts
// ("Phiên họp đã thông qua ...; quán triệt ...; thảo luận ..."): tokens
// [from, to) and the kind of its verb.
type actionPiece struct {
	from, to int
	kind     string
	// verbEnd and object, when set, cut the piece's text to its verbs
	// [from, verbEnd) and the object [object, to) it shares with the
	// decision after it ("thảo luận và nhất trí thông qua X").
	verbEnd, object int
}

// actionPairs are the two-word act verbs whose kind needs no context.
var actionPairs = []actionPair{
	{"biểu", "quyết", schema.AgendaDecision},
	{"lấy", "phiếu", schema.AgendaDecision},
	{"bỏ", "phiếu", schema.AgendaDecision}, // "Hội đồng thẩm định bỏ phiếu công nhận 16 xã ..."
	{"thảo", "luận", schema.AgendaDiscussion},
	{"góp", "ý", schema.AgendaDiscussion},
	{"chất", "vấn", schema.AgendaDiscussion},
	{"trao", "đổi", schema.AgendaDiscussion},
	{"trả", "lời", schema.AgendaDiscussion},
	{"xem", "xét", schema.AgendaDiscussion},
	{"quán", "triệt", schema.AgendaReport},
	{"triển", "khai", schema.AgendaReport},
	{"công", "bố", schema.AgendaDecision},
	{"kiến", "nghị", schema.AgendaDiscussion},
	{"miễn", "nhiệm", schema.AgendaDecision},
	{"bãi", "nhiệm", schema.AgendaDecision},
}

// actionPair is a two-word act verb and the kind of item it makes.
type actionPair struct{ first, second, kind string }

// actionPairsByFirst indexes actionPairs by their first word, which no two
// share: actionVerbAt, asked of every word of a clause, looks its word up
// once instead of comparing it with each pair.
var actionPairsByFirst = func() map[string]actionPair {
	m := make(map[string]actionPair, len(actionPairs))
	for _, p := range actionPairs {
		if _, dup := m[p.first]; dup {
			panic("actionPairs: two pairs start with " + p.first)
		}
		m[p.first] = p
	}
	return m
}()

// leadingActionPairs are act verbs of the debate ("Cử tri phản ánh ...",
// "Lãnh đạo các sở giải trình ...") that start an act but, joined to one
// before ("trao đổi và giải đáp ..."), only go on with it. ("đề xuất" of
// a body is as often a proposal made before the meeting.)
var leadingActionPairs = []struct{ first, second string }{
	{"phản", "ánh"}, {"giải", "trình"}, {"giải", "đáp"},
}

// actionVerbAt reads, at token k, a verb by which a meeting or a body acts
// and returns its length in tokens and the kind of item it makes: votes
// and rulings (thông qua, biểu quyết, bầu, lấy phiếu, quyết định, giữ
// nguyên / giảm hình thức) are decisions; thảo luận, cho ý kiến, góp ý,
// chất vấn, trả lời, xem xét are discussion; quán triệt, triển khai and
// "nghe (các) báo cáo" are reports.
func actionVerbAt(toks []token, k, te int) (int, string) {
	if k+1 >= te || !actionVerbSet.has(&toks[k]) {
		return 0, "" // (most words start no act: one table look-up spares the tests below)
	}
	return actionVerbRead(toks, k, te)
}

// attendedWithAt reports "với sự tham dự / có mặt / chứng kiến của" at
// token k: the guests of an act, no part of it.
func attendedWithAt(toks []token, k, te int) bool {
	if k+3 >= te || toks[k].fold != "với" || toks[k+1].fold != "sự" {
		return false
	}
	return foldPairIs(toks[k+2].fold, toks[k+3].fold, "tham dự", "có mặt") || toks[k+2].fold == "chứng"
}

// nominalisedAt reports "việc" before the verb at token k: "Việc thông
// qua Quy chế là bước quan trọng" speaks of the act, it does not tell it
// (but "tiến hành việc thông qua", "thành công với việc thông qua" do).
func nominalisedAt(toks []token, k int) bool {
	return k > 0 && toks[k-1].fold == "việc" && !(k > 1 && (toks[k-2].fold == "hành" || toks[k-2].fold == "với"))
}

// opensListItem reports a word that opens its paragraph, or follows only
// the bullet that does ("• Thông qua ...").
func opensListItem(toks []token, k int) bool {
	if k == 0 || toks[k-1].para != toks[k].para {
		return true
	}
	switch toks[k-1].text {
	case "-", "–", "+", "•":
		return k == 1 || toks[k-2].para != toks[k].para
	}
	return false
}

// clauseListed reports whether the clause at token k ends at a ";".
func clauseListed(toks []token, k, te int) bool {
	for ; k < te; k++ {
		switch toks[k].text {
		case ";":
			return true
		case ".", ":":
			return false
		}
	}
	return false
}

// actionVerbFirsts are the words of actionVerbRead's switch and "nêu": with
// the first words of actionPairs and leadingActionPairs, the words an act
// it reads can start with (actionVerbSet).
var actionVerbFirsts = []string{"thông", "nhất", "thống", "bàn", "đánh", "bình", "hiệp", "bầu", "quyết", "giữ", "giảm",
	"đề", "cho", "ký", "thi", "phát", "tham", "báo", "đón", "nghe", "nêu", "trình"}

// actionVerbRead is actionVerbAt for a token that may start an act.
func actionVerbRead(toks []token, k, te int) (int, string) {
	carriedOut := k >= 2 && toks[k-2].fold == "tiến" && toks[k-1].fold == "hành" && toks[k-2].lower
	if !toks[k].lower && !(k > 0 && toks[k-1].text == ";" && toks[k].capital) && !(carriedOut && toks[k].capital) && !(toks[k].capital && opensListItem(toks, k)) {
		return 0, "" // (a capital after ";" or "tiến hành", or opening a list item, starts a listed act: "...; Bầu Ban Chấp hành ...")
	}
	next := toks[k+1].fold
	third := ""
	if k+2 < te {
		third = toks[k+2].fold
	}
	switch toks[k].fold {
	case "thông":
		// "thông qua đó / việc / hình thức ...": by means of, not a vote.
		if next == "qua" && k+2 < te && (toks[k+2].text == ":" || toks[k+2].word) {
			if nominalisedAt(toks, k) {
				return 0, ""
			}
			switch third {
			case "đó", "việc", "hình", "sự", "mạng", "này":
				return 0, ""
			}
			if throughBody(toks, k+2) {
				return 0, ""
			}
			return 2, schema.AgendaDecision
		}
	case "nhất", "thống":
		// "nhất trí thông qua ...", "thống nhất thông qua / cử ...": the
		// agreement is the vote, so it is a decision like "thông qua".
		if (toks[k].fold == "nhất" && next == "trí" || toks[k].fold == "thống" && next == "nhất") && k+2 < te {
			if n := agreedChoice(toks, k+2, te); n > 0 {
				// "thống nhất (cao) giới thiệu 9 người", "thống nhất danh
				// sách 31 người ...": the agreed choice (agenda_acts.go).
				return 2 + n, schema.AgendaDecision
			}
			if third == "cao" && k+3 < te && toks[k+3].fold == "thông" {
				if n, kind := actionVerbAt(toks, k+3, te); n > 0 && kind == schema.AgendaDecision {
					return 3 + n, kind // "thống nhất cao thông qua ..."
				}
			}
			if third == "cử" && k+3 < te && toks[k+3].word {
				return 3, schema.AgendaDecision
			}
			if agreedObjects[third] && k+3 < te && toks[k+3].word {
				// "thống nhất các nội dung ...", "thống nhất Chương trình
				// liên kết ...": the plan or the points agreed on
				return 2, schema.AgendaDecision
			}
			if third == "thông" && k+3 < te && toks[k+3].fold == "qua" {
				if n, kind := actionVerbAt(toks, k+2, te); n > 0 {
					return 2 + n, kind
				}
			}
		}
	case "bàn":
		// "bàn biện pháp / giải pháp / các giải pháp / về ...": the meeting
		// debates what to do.
		if k > 0 && toks[k-1].fold == "họp" {
			break // "cuộc họp bàn ...": the meeting's name, told in the lead
		}
		switch next {
		case "biện", "giải", "các", "về", "phương", "kế", "cách":
			return 1, schema.AgendaDiscussion
		}
	case "đánh":
		// "(tập trung) đánh giá ...": what the meeting focuses on reviewing
		// is its debate; "X đánh giá cao ..." alone is praise.
		if next == "giá" && k >= 2 && toks[k-2].fold == "tập" && toks[k-1].fold == "trung" && third != "cao" {
			return 2, schema.AgendaDiscussion
		}
	case "bình":
		// "bình bầu / bình xét danh hiệu ...": the emulation vote.
		if (next == "bầu" || next == "xét") && k+2 < te && (toks[k+2].word || toks[k+2].text == ",") {
			return 2, schema.AgendaDecision
		}
	case "hiệp":
		// "hiệp thương cử Ủy ban ...": the front's consensus election.
		if next == "thương" && third == "cử" && k+3 < te && toks[k+3].word {
			return 3, schema.AgendaDecision
		}
		if next == "thương" && k+2 < te {
			if n := agreedChoice(toks, k+2, te); n > 0 {
				return 2 + n, schema.AgendaDecision // "hiệp thương thống nhất / giới thiệu ..."
			}
		}
	case "bầu":
		switch next {
		case "cử":
			// "tiến hành bầu cử Ban Chấp hành ...; bầu ...": the first vote
			// of a list of the meeting's acts (votingHeld reads a lone one).
			if carriedOut && k+2 < te && toks[k+2].word && clauseListed(toks, k, te) {
				return 2, schema.AgendaDecision
			}
			return 0, ""
		case "không", "trời", "từ", "ra":
			return 0, ""
		case "bổ":
			if third == "sung" {
				return 3, schema.AgendaDecision
			}
		}
		if toks[k+1].word {
			return 1, schema.AgendaDecision
		}
	case "quyết":
		// "quyết định giữ nguyên ...", not "quyết định số ..." (a document).
		if next == "định" && k+2 < te && toks[k+2].lower && toks[k+2].word {
			switch third {
			case "số", "của", "này", "đó", "về", "và", "được":
				return 0, ""
			}
			return 2, schema.AgendaDecision
		}
	case "giữ":
		if next == "nguyên" && third == "hình" {
			return 2, schema.AgendaDecision
		}
	case "giảm":
		if next == "hình" && third == "thức" {
			return 1, schema.AgendaDecision
		}
	case "đề":
		// "đề nghị Ban Bí thư thi hành kỷ luật ...": a
		// disciplinary body's ruling on a case it refers up.
		if next == "nghị" && disciplineAhead(toks, k+2, te) {
			return 2, schema.AgendaDecision
		}
	case "cho":
		if next == "ý" && third == "kiến" {
			return 3, schema.AgendaDiscussion
		}
	case "ký":
		// "Các đơn vị đã ký giao ước thi đua", "hai bên ký kết quy chế
		// phối hợp": a signing; "ký ban hành" puts a document in force.
		switch next {
		case "kết":
			if k+2 < te && toks[k+2].word {
				return 2, schema.AgendaSigning
			}
		case "giao", "cam", "biên", "thỏa", "quy", "hợp", "bản":
			return 1, schema.AgendaSigning
		}
	case "thi":
		// "(xem xét,) thi hành kỷ luật ...": a disciplinary ruling.
		if next == "hành" && third == "kỷ" {
			return 2, schema.AgendaDecision
		}
	case "phát":
		// "Đại diện các xã đã phát biểu ý kiến ...": remarks in the debate.
		if next == "biểu" && third == "ý" && k+3 < te && toks[k+3].fold == "kiến" {
			return 4, schema.AgendaDiscussion
		}
	case "tham":
		// "Tại hội nghị, đại diện Hội Cựu chiến binh xã tham luận về ...": a
		// paper given by a body's representative.
		if next == "luận" && third == "về" && k > 0 && toks[k-1].word && toks[k-1].fold != "kiến" && toks[k-1].fold != "các" {
			return 2, schema.AgendaReport
		}
		// "tham gia ý kiến / góp ý vào các dự thảo ...": remarks on drafts.
		if next == "gia" && k+3 < te && (third == "ý" && toks[k+3].fold == "kiến" || third == "góp" && toks[k+3].fold == "ý") {
			return 4, schema.AgendaDiscussion
		}
	case "báo":
		// "Đại hội đã báo cáo tổng kết ...": the meeting's own report, a
		// verb only after the meeting and "đã" (else the noun, "thảo luận
		// báo cáo ...", or a unit's report read with what follows).
		if next == "cáo" && k >= 3 && toks[k-1].fold == "đã" && meetingNounAt(toks, k-3) && k+2 < te && toks[k+2].word && toks[k+2].fold != "viên" && !isDigits(toks[k+2].text) {
			return 2, schema.AgendaReport
		}
		// "Đại diện Ban Kiểm tra báo cáo kết quả ...", "Lãnh đạo Sở báo
		// cáo tình hình ...": a unit presents a paper, named by its head
		// noun; "X báo cáo, ..." or "báo cáo cho biết" tells facts.
		if next == "cáo" && k+2 < te && paperHeadAt(toks, k+2) && reportingBodyBefore(toks, k) {
			return 2, schema.AgendaReport
		}
	case "đón":
		// "(vinh dự) đón nhận Huân chương / Bằng / danh hiệu ...": the
		// unit receives an honour at the ceremony.
		if next == "nhận" && awardFollows(toks, k+2, min(k+4, te)) {
			return 2, schema.AgendaAward
		}
	case "nghe":
		if viewsAt(toks, k+1, te) && !(k+5 < te && toks[k+4].fold == "tham") && !(k+4 < te && toks[k+3].fold == "tham") {
			return 1, schema.AgendaDiscussion // "Hội nghị đã nghe 12 ý kiến phát biểu ..." (papers, "ý kiến tham luận", are reports)
		}
		j := k + 1
		if toks[j].fold == "các" || toks[j].fold == "những" {
			j++
		}
		if j+2 < te && toks[j].fold == "báo" && toks[j+1].fold == "cáo" && toks[j+2].word && toks[j+2].fold != "viên" {
			return 1, schema.AgendaReport
		}
		if j+2 < te && toks[j].fold == "tham" && toks[j+1].fold == "luận" && toks[j+2].word {
			return 1, schema.AgendaReport // "nghe tham luận của ...": papers heard
		}
	case "trình":
		// "...; trình bày dự thảo Báo cáo ...": a paper read, listed among
		// the meeting's acts.
		if next == "bày" && k > 0 && toks[k-1].text == ";" && k+2 < te && toks[k+2].word {
			return 2, schema.AgendaReport
		}
	}
	// "...; Báo cáo kiểm điểm của Ban Chấp hành ...; ...": a paper named
	// alone in the list of the meeting's acts.
	if toks[k].fold == "báo" && next == "cáo" && k > 0 && toks[k-1].text == ";" && k+2 < te && toks[k+2].word && toks[k+2].fold != "viên" {
		return 2, schema.AgendaReport
	}
	pair := actionPairSet.has(&toks[k]) // else no pair below starts at k
	if k > 0 && toks[k-1].fold != "và" && toks[k-1].text != "," {
		for _, p := range leadingActionPairs {
			if pair && toks[k].fold == p.first && next == p.second {
				return 2, schema.AgendaDiscussion
			}
		}
		if toks[k].fold == "nêu" && viewsAt(toks, k+1, te) {
			return 1, schema.AgendaDiscussion // "Cử tri các xã đã nêu nhiều ý kiến, kiến nghị ..."
		}
	}
	if !pair {
		return 0, ""
	}
	if p, ok := actionPairsByFirst[toks[k].fold]; ok && next == p.second {
		return 2, p.kind
	}
	return 0, ""
}

// actionPieces splits the acts that start with the verb at token v: a
// chain of verbs ("xem xét, thảo luận", "thảo luận và thông qua") is one
// act of the kind of its last verb; a new act starts at ";", ", đồng
// thời", "," or "và" before another verb once the previous act has an
// object. Decisions joined by "và" ("thông qua Báo cáo chính trị và bầu
// Chi ủy") are one vote. A colon ends a discussion or a report (what
// follows lists the papers), but not a decision, whose object it lists.
func actionPieces(toks []token, v, te int) []actionPiece {
	var out []actionPiece
	k := v
	for k < te {
		n, kind := actionVerbAt(toks, k, te)
		if n == 0 || toks[k].fold == "triển" {
			break // "triển khai" only follows "quán triệt": alone it names plans, not the meeting's act
		}
		from := k
		k += n
		discussed := actionPiece{} // a discussion ended by the agreement after it
		for k < te {
			j := k
			joined := false
			if toks[j].text == "," || toks[j].fold == "và" {
				joined = toks[j].fold == "và"
				j++
			}
			if joined && j+1 < te && toks[j].fold == "đi" && toks[j+1].fold == "đến" {
				j += 2 // "thảo luận và đi đến thống nhất ...": the outcome reached
			}
			n2, kind2 := actionVerbAt(toks, j, te)
			if n2 == 0 {
				break
			}
			if kind == schema.AgendaDiscussion && kind2 == schema.AgendaDecision && joined && agreementVerbAt(toks, j) {
				// "thảo luận và nhất trí thông qua X": the debate and the
				// agreement it reached are two items on the same X.
				discussed = actionPiece{from: from, kind: kind, verbEnd: k, object: j + n2}
				from = j
			}
			kind, k = kind2, j+n2
		}
		if kind == schema.AgendaDiscussion && toks[k-2].fold == "xem" {
			// "xem xét báo cáo hoạt động của ...": a report heard.
			o := k
			if o < te && (toks[o].fold == "các" || toks[o].fold == "những" || isDigitByte(toks[o].text[0])) {
				o++ // ("xem xét 12 báo cáo của ...")
			}
			if o+1 < te && toks[o].fold == "báo" && toks[o+1].fold == "cáo" {
				kind = schema.AgendaReport
			}
		}
		end, next, stop := k, -1, false
		colon := false
	scan:
		for ; end < te; end++ {
			t := toks[end]
			switch {
			case t.text == "." || t.text == "!" || t.text == "?":
				stop = true
				break scan
			case t.fold == "với" && attendedWithAt(toks, end, te):
				stop = true // "đón nhận Huân chương ... với sự tham dự của ...": who came, not what was done
				break scan
			case colon:
				// a decision's list of papers runs to the sentence end
			case t.text == ":":
				if kind != schema.AgendaDecision && !draftsListed(toks, end, te, kind) && !genericTopicsListed(toks, end, te, kind) {
					stop = true
					break scan
				}
				colon = true
			case t.text == ";" || t.text == ",":
				j := end + 1
				if j+1 < te && toks[j].fold == "đồng" && toks[j+1].fold == "thời" {
					j += 2
					if j < te && toks[j].text == "," {
						j++
					}
					if n2, _ := actionVerbAt(toks, j, te); n2 == 0 {
						stop = true // "..., đồng thời, Hội nghị ...": another clause
						break scan
					}
				} else if t.text == "," && j+1 < te {
					switch toks[j].fold + " " + toks[j+1].fold {
					case "trong đó", "sau đó", "nhằm đáp", "đồng thời", "khẳng định":
						// (", khẳng định quyết tâm ...": the meeting's resolve, not an act)
						stop = true
						break scan
					}
					if toks[j].fold == "gồm" || toks[j].fold == "nhằm" {
						stop = true
						break scan
					}
				}
				j = skipAuxiliary(toks, j, te)
				if n2, _ := actionVerbAt(toks, j, te); n2 > 0 && toks[j].fold != "triển" && !(kind == schema.AgendaDecision && toks[j].fold == "báo" && (t.text == "," || paperAt(toks, k, te))) && !nominalAt(toks, j+n2, te) {
					// ("thông qua báo cáo A; báo cáo B": the papers adopted
					// are the vote's object, not papers read; after "thông
					// qua chương trình, nội quy của Đại hội;" a paper is the
					// next act of the session.)
					next = j
					break scan
				}
			case t.fold == "và" && t.lower:
				j := skipAuxiliary(toks, end+1, te)
				// (A review and the debate on measures it leads to, "đánh giá
				// ... và bàn biện pháp ...", are one debate, as two votes
				// are one vote.)
				if n2, kind2 := actionVerbAt(toks, j, te); n2 > 0 && toks[j].fold != "triển" && !(kind == kind2 && (kind == schema.AgendaDecision || toks[j].fold == "bàn")) && !nominalAt(toks, j+n2, te) {
					next = j
					break scan
				}
			}
		}
		if end > k {
			if discussed.verbEnd > 0 {
				discussed.to = end
				out = append(out, discussed)
			}
			out = append(out, actionPiece{from: from, to: end, kind: kind})
		}
		if stop || next < 0 {
			break
		}
		k = next
	}
	return out
}

// paperAt reports a paper, "(các) (dự thảo) báo cáo", at token k: the
// object of a vote that adopts reports.
func paperAt(toks []token, k, te int) bool {
	if k < te && (toks[k].fold == "các" || toks[k].fold == "những") {
		k++
	}
	if k+1 < te && toks[k].fold == "dự" && toks[k+1].fold == "thảo" {
		k += 2
	}
	return k+1 < te && toks[k].fold == "báo" && toks[k+1].fold == "cáo"
}

// nominalAt reports "của" at token k, right after an act's verb: the verb
// is a noun there, one of a list in the object ("giải đáp những thắc mắc,
// kiến nghị của cơ sở"), not a new act.
func nominalAt(toks []token, k, te int) bool {
	return k < te && toks[k].fold == "của"
}

// bodyActionVerb finds a clause, from token from, whose subject is the
// meeting or a body ("Phiên họp đã ...", "Ủy ban Kiểm tra Trung ương
// quyết định ...", "các đại biểu đã tập trung xem xét ...", "X tổ chức kỳ
// họp thứ 5 xem xét ...") followed by an act of actionVerbAt, and returns
// the verb's token, or -1. A person named in the subject, a future ("sẽ",
// "dự kiến") or a passive ("được") is not such a clause.
func (a *peopleAnalysis) bodyActionVerb(toks []token, from, te int, ahead bool) int {
	if from >= te {
		return -1
	}
	if toks[from].fold == "đồng" && from+1 < te && toks[from+1].fold == "thời" && toks[from].capital {
		// "Đồng thời xem xét, thông qua ...": the subject of the sentence
		// before acts again.
		k := from + 2
		if k < te && toks[k].text == "," {
			k++
		}
		if n, _ := actionVerbAt(toks, k, te); n > 0 {
			return k
		}
		if !meetingNounAt(toks, k) {
			return -1
		}
		from = k // "Đồng thời kỳ họp cũng thông qua ...": the meeting acts again
	}
	if !toks[from].capital && !isAcronym(toks[from].text) && toks[from].fold != "các" && !meetingNounAt(toks, from) &&
		!(from > 0 && toks[from-1].text == "," && speakingGroupAt(toks, from, te)) {
		// ("Tại kỳ họp, ..., kỳ họp đã ...": the meeting in lower case is
		// a subject too, and so are "Tại buổi tiếp xúc, cử tri ...",
		// "Tại buổi làm việc, lãnh đạo huyện ...".)
		return -1
	}
	organises, focus := false, false
	for j := from; j < te && (j-from <= 24 || focus && j-from <= 60); j++ {
		t := &toks[j]
		if !t.word { // (the marks below; a word is none)
			switch t.text {
			case ";":
				if focus {
					// "Ủy ban ... tập trung xây dựng ...; xem xét giải quyết
					// ...": the listed act after the first.
					if n, _ := actionVerbAt(toks, j+1, te); n > 0 {
						return j + 1
					}
				}
				return -1
			case ",", ":", ".", "?", "!", "“", "\"":
				if focus {
					continue
				}
				if t.text == "," && j > from && j+1 < te && toks[j-1].word && toks[j+1].capital && (toks[j+1].fold == "ban" || toks[j+1].fold == "thường") {
					continue // "Ban Chấp hành, Ban Thường vụ Đảng bộ ... họp": bodies listed as the subject
				}
				if t.text == "," && j > from && j+1 < te && toks[j+1].lower && unitNouns[toks[j+1].fold] && pluralBefore(toks, from, j) {
					continue // "Đại diện các xã, thị trấn đã ...": units listed as the subject
				}
				return -1
			}
		}
		if a.startsMention(j) {
			return -1
		}
		if bodyVerbStopSet.has(t) { // (most words are none of the cases below)
			switch t.fold {
			case "định", "thường", "hằng", "hàng":
				if !focus && habitualAt(toks, j) {
					// "X và Y định kỳ tổ chức giao ban trao đổi ...": what the
					// parties will do regularly, not an act of the meeting
					return -1
				}
			case "sẽ", "được", "kiến", "nếu", "cần", "phải", "không", "chưa", "để":
				if t.fold == "kiến" && (j == 0 || toks[j-1].fold != "dự") {
					break // "kiến nghị", "ý kiến": only "dự kiến" plans ahead
				}
				if focus {
					break // inside the first act of "tập trung ...; xem xét ..."
				}
				if ahead && (t.fold == "sẽ" || t.fold == "để" && j > 0 && toks[j-1].fold == "gian") {
					break // "Hội nghị sẽ ... dành thời gian để thảo luận ...": the day's programme
				}
				if t.fold == "để" && j > 0 && meetsAt(toks, j-1) {
					break // "X họp để xem xét ...": the body met to do it
				}
				// a future, a passive, a rule or a purpose ("khai mạc Hội nghị
				// để thảo luận ..."): not an act narrated as done
				return -1
			case "yêu", "đề", "mong", "giao", "chỉ":
				// "Thủ tướng đề nghị Quốc hội xem xét, thông qua ...", "chỉ đạo
				// các sở thảo luận ...": a request, whose object is not the act
				// of the subject.
				if n, _ := actionVerbAt(toks, j, te); n == 0 && (requestVerbAt(toks, j, te) || isAssign(toks, j, te) ||
					j+1 < te && t.lower && (j == 0 || toks[j-1].fold != "ban") && (t.fold+" "+toks[j+1].fold == "chỉ đạo" || t.fold+" "+toks[j+1].fold == "mong muốn")) {
					return -1
				}
			case "cấp":
				if j > 0 && toks[j-1].fold == "các" {
					return -1 // "UBKT các cấp": bodies everywhere, not the meeting
				}
			case "tổ", "họp", "khai":
				organises = true
			case "trung":
				focus = focus || j > from && toks[j-1].fold == "tập" && toks[j-1].lower
			}
		}
		if j == from {
			continue
		}
		if n, kind := actionVerbAt(toks, j, te); n > 0 && t.fold != "triển" {
			if organises && kind == schema.AgendaReport {
				return -1 // "tổ chức hội nghị triển khai ...": the meeting's purpose, named in the lead
			}
			return j
		}
	}
	return -1
}

// bodyActions reads the acts of a clause whose subject is the meeting or a
// body (bodyActionVerb) as items with no presenter.
func (a *peopleAnalysis) bodyActions(d *document, ts, te int, meetingNoun string) []agendaItem {
	toks := a.toks
	if periodIntro(toks, ts, te) {
		return nil // "Trong năm 2023, UBKT các cấp đã xem xét ...": a year's results, not the meeting's acts
	}
	if attendanceIntroAt(toks, ts, te) {
		return nil // "Tham dự lễ ký kết có ...": the acts name the event attended
	}
	// "Tại Hội nghị đã quán triệt ...": the meeting, named where it
	// happened, is the subject of the verb after "đã".
	// (also "Tại cuộc họp cũng xem xét, đánh giá ..."; the nouns beyond
	// meetingNounAt's four are read here only, where "tại" names the
	// place: other rules rely on those four as the meeting's subject)
	if k := ts + 3; k+2 < te && toks[ts].fold == "tại" && (meetingNounAt(toks, ts+1) || foldPairIs(toks[ts+1].fold, toks[ts+2].fold, "cuộc họp", "buổi họp", "hội thảo", "tọa đàm")) &&
		(toks[k].fold == "đã" || toks[k].fold == "cũng") {
		for k+1 < te && (toks[k+1].fold == "đã" || toks[k+1].fold == "cũng") {
			k++
		}
		if n, _ := actionVerbAt(toks, k+1, te); n > 0 {
			return a.actionItems(d, k+1, te, -1)
		}
	}
	from := a.skipIntros(ts, te)
	if k := discussionBasis(toks, ts, te); k >= 0 {
		from = k // "Trên cơ sở thảo luận ..., ": a lead-in, not the subject
	}
	if k := throughConsultation(toks, from, te); k >= 0 {
		from = k // "Qua hiệp thương, hội nghị thống nhất ...": the means, then the meeting
	}
	v := a.bodyActionVerb(toks, from, te, ownAgendaAhead(toks, from, te, meetingNoun))
	if v < 0 {
		return nil
	}
	items := a.actionItems(d, v, te, -1)
	if len(items) > 0 && v > from && !toks[from].capital && speakingGroupAt(toks, from, te) {
		// "Tại hội nghị, đại diện các phòng ban đã thông qua ...": who
		// acted, named only by whom they stand for, stays with the act.
		items[0].Text = a.itemText(d, int(toks[from].start), items[0].end)
		items[0].start = int(toks[from].start)
	}
	return items
}

// pieceText is the text of an act: its tokens, or, when it shares its
// object with the act after it, its verbs and that object ("thảo luận và
// nhất trí thông qua X" gives "thảo luận X").
func (a *peopleAnalysis) pieceText(d *document, p actionPiece) string {
	start, end := int(a.toks[p.from].start), int(a.toks[p.to-1].end)
	if p.verbEnd == 0 {
		return a.itemText(d, start, end)
	}
	return truncateWords(a.itemText(d, start, int(a.toks[p.verbEnd-1].end))+" "+a.itemText(d, int(a.toks[p.object].start), end), maxItemWords)
}

// actionItems turns the acts from the verb at token v into items.
func (a *peopleAnalysis) actionItems(d *document, v, te, who int) []agendaItem {
	var out []agendaItem
	for _, p := range actionPieces(a.toks, v, te) {
		var reports [][2]int
		if k, ok := reportsListedAt(a.toks, p.from, min(p.to+1, te)); ok {
			// "thông qua các báo cáo như: báo cáo A, báo cáo B": the act
			// ends before "như", and each paper listed is a report.
			reports = listedReports(a.toks, k+2, te)
			p.to = k
		}
		if c := listColonAt(a.toks, p.to, te); p.kind == schema.AgendaReport && c >= 0 {
			// "nghe quán triệt, triển khai ba văn bản, gồm: A; B;
			// C": each document briefed is a report.
			if parts := a.splitClauses(int(a.toks[c+1].start), int(a.toks[te-1].end), d); len(parts) >= 2 {
				for _, r := range parts {
					if t := a.itemText(d, r[0], r[1]); hasWords(t, 3) {
						out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: t, Presenter: a.presenterName(who)}, start: r[0], end: r[1]})
					}
				}
				continue
			}
		}
		start, end := int(a.toks[p.from].start), int(a.toks[p.to-1].end)
		text := a.pieceText(d, p)
		if !hasWords(text, 3) {
			continue
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: p.kind, Text: text, Presenter: a.presenterName(who)}, start: start, end: end})
		for _, r := range reports {
			rs, re := int(a.toks[r[0]].start), int(a.toks[r[1]-1].end)
			if t := a.itemText(d, rs, re); hasWords(t, 3) {
				out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: t}, start: rs, end: re})
			}
		}
	}
	return out
}

// reportingVerbAt reports "khẳng định" or "nhấn mạnh" at token v followed
// by a comma or a colon: what follows is the content of the speech, not a
// point that names it ("Phát biểu tại lễ khai giảng, X khẳng định, ..."),
// so the opening clause alone is the item. "nhấn mạnh vai trò của ..."
// names the point and stays.
func reportingVerbAt(toks []token, v int) bool {
	if v < 0 || v+2 >= len(toks) || !toks[v].lower {
		return false
	}
	switch toks[v].fold + " " + toks[v+1].fold {
	case "khẳng định", "nhấn mạnh":
		return toks[v+2].text == "," || toks[v+2].text == ":"
	}
	return false
}

// recallsAt reports "ôn lại" at token v: after an opener that names a
// speech ("Phát biểu tại buổi lễ, X ôn lại truyền thống ..."), the history
// recalled in it, not its point.
func recallsAt(toks []token, v int) bool {
	return v >= 0 && v+1 < len(toks) && toks[v].lower && toks[v].fold == "ôn" && toks[v+1].fold == "lại"
}

// informsAt reports "cho biết" at token v, with or without a comma or a
// colon after it: after an opener that names a speech ("Phát biểu tại
// Hội nghị, X cho biết (,) ..."), what follows is information given in
// it, not its point.
func informsAt(toks []token, v int) bool {
	return v >= 0 && v+2 < len(toks) && toks[v].lower && toks[v].fold == "cho" && toks[v+1].fold == "biết"
}

// actsOnBehalf reports that the one named by office at actor, after
// "Thay mặt <body>,", does what another agenda item names ("Thay mặt Đảng
// ủy, đồng chí Phó Bí thư trình bày báo cáo ..."): the item is that act,
// not a speech.
func actsOnBehalf(toks []token, actor, te int) bool {
	c, k := onBehalfVerb(toks, actor, te)
	return k >= 0 && c.agenda != schema.AgendaSpeech && c.agenda != schema.AgendaDiscussion
}

// onBehalfVerb finds the verb that follows "thay mặt <body>": a strong cue
// that names an agenda item, within a few words and before the clause
// ends. It returns -1 when the body is followed by no such verb.
func onBehalfVerb(toks []token, from, te int) (roleCue, int) {
	// (a body named in full may be long: "thay mặt Thường trực Tỉnh
	// ủy, HĐND, UBND tỉnh tới dự và phát biểu chỉ đạo")
	for k := from; k < te && k-from < 16; k++ {
		if !toks[k].word {
			if t := toks[k].text; t == ";" || t == ":" || t == "." || t == "(" {
				break
			}
			continue
		}
		if !toks[k].lower {
			continue
		}
		if n, c := cueAt(toks, k); n > 0 && c.strong && c.agenda != "" && c.phrase != "thay mặt" {
			return c, k
		} else if n > 0 && (c.phrase == "thông báo" || c.phrase == "thông tin") && briefingObject(toks, k+n, te) {
			return c, k // "thay mặt lãnh đạo tỉnh thông báo về tình hình ...": a briefing
		}
	}
	return roleCue{}, -1
}

// plansAhead reports a sentence about a session still to come: "(Kỳ họp)
// dự kiến được tổ chức / sẽ diễn ra / tổ chức vào ...". What it will adopt
// is no decision of the meeting reported. "dự kiến" as a noun ("thông qua
// dự kiến nội dung, chương trình") plans nothing.
func plansAhead(toks []token, ts, te int) bool {
	for k := ts; k+2 < te; k++ {
		if toks[k].fold != "dự" || toks[k+1].fold != "kiến" || !toks[k].lower {
			continue
		}
		switch toks[k+2].fold {
		case "được", "sẽ", "tổ", "diễn", "khai", "vào", "họp", "kéo":
			return true
		}
	}
	return false
}

// plannedBefore reports a plan told before token k in its sentence ("...
// triển khai kế hoạch tổ chức lễ khai mạc ...", "Theo kế hoạch, lễ khai
// mạc ... được tổ chức vào ..."): what follows is to come, not done.
func plannedBefore(toks []token, ts, k int) bool {
	for j := ts; j+1 < k && j+3 < len(toks); j++ {
		if toks[j].fold != "kế" || toks[j+1].fold != "hoạch" {
			continue
		}
		// "kế hoạch tổ chức ...", "Theo kế hoạch, ...", not "Thực hiện Kế
		// hoạch số 05, ... đã khai mạc"
		if toks[j+2].fold == "tổ" && toks[j+3].fold == "chức" || j > ts && toks[j-1].fold == "theo" && toks[j+2].text == "," {
			return true
		}
	}
	return plansAhead(toks, ts, k)
}

// habitualAt reports an adverb of habit at token k: "định kỳ", "thường
// xuyên", "hằng / hàng năm, quý, tháng, tuần".
func habitualAt(toks []token, k int) bool {
	if k+1 >= len(toks) || !toks[k].lower {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "định kỳ", "thường xuyên", "hằng năm", "hàng năm", "hằng quý", "hàng quý", "hằng tháng", "hàng tháng", "hằng tuần", "hàng tuần":
		return true
	}
	return false
}

// leadInActs reads a lead-in clause made of the meeting's acts, "Sau khi
// báo cáo ...," or "(Theo đó,) thông qua các báo cáo ... và thảo luận ...,",
// up to the comma before the main clause's subject (the meeting, "các đơn
// vị", "các đại biểu" ...). Each act joined by "và" is a piece: a report
// ("(các) báo cáo ...") or a discussion (thảo luận, trao đổi, góp ý ...). It
// returns the pieces and the comma's token, or 0.
func leadInActs(toks []token, ts, te int) ([]actionPiece, int) {
	k := ts
	if k+2 < te && toks[k].fold == "theo" && toks[k+1].fold == "đó" && toks[k+2].text == "," {
		k += 3
	}
	if k+2 >= te {
		return nil, 0
	}
	if !foldPairIs(toks[k].fold, toks[k+1].fold, "sau khi", "thông qua") {
		return nil, 0
	}
	heard := false
	if k += 2; k+1 < te && toks[k].fold == "nghe" && toks[k-1].fold == "khi" {
		k++ // "Sau khi nghe Báo cáo ...; Báo cáo ...; các báo cáo chuyên đề ..."
		heard = true
	}
	actAt := func(j int) string {
		if j+1 >= te || !toks[j].lower && !(heard && toks[j].fold == "báo") {
			return ""
		}
		if toks[j].fold == "các" || toks[j].fold == "những" {
			j++
		}
		if j+2 < te && toks[j].fold == "báo" && toks[j+1].fold == "cáo" && toks[j+2].word && toks[j+2].fold != "viên" {
			return schema.AgendaReport
		}
		if want, ok := discussionVerbs[toks[j].fold]; ok && toks[j+1].fold == want {
			return schema.AgendaDiscussion
		}
		if heard && toks[j].fold == "ý" && toks[j+1].fold == "kiến" {
			return schema.AgendaDiscussion // "... và ý kiến phát biểu của các đại biểu"
		}
		return ""
	}
	kind := actAt(k)
	if kind == "" {
		return nil, 0
	}
	var out []actionPiece
	from := k
	for j := k + 2; j < te && j-k <= 90; j++ {
		switch {
		case toks[j].text == "," && (mainSubjectAt(toks, j+1, te) || heard && j+1 < te && toks[j+1].capital && toks[j+1].fold != "báo"):
			// (after what was heard, a capitalised word opens the main
			// clause: "..., Lãnh đạo Bộ đã kết luận Hội nghị")
			if kind != "" && j > from+2 {
				out = append(out, actionPiece{from: from, to: j, kind: kind})
			}
			return out, j
		case toks[j].text == ";" && heard:
			// the acts heard, one after another; one that is no report
			// or debate ("phát biểu chỉ đạo của X") is read with its person
			if kind != "" && j > from+2 {
				out = append(out, actionPiece{from: from, to: j, kind: kind})
			}
			from, kind = j+1, actAt(j+1)
		case !toks[j].word && toks[j].text != "," && toks[j].text != "“" && toks[j].text != "”" && toks[j].text != "\"":
			return nil, 0
		case toks[j].fold == "và" && actAt(j+1) != "" && actAt(j+1) != kind:
			if kind != "" {
				out = append(out, actionPiece{from: from, to: j, kind: kind})
			}
			from, kind = j+1, actAt(j+1)
		}
	}
	return nil, 0
}

// carriedOutAt reports "tiến hành" ending at token j: "(hội nghị) tiến hành
// thảo luận ..." narrates an act done, which starts at the verb after it.
func carriedOutAt(toks []token, j int) bool {
	return j > 0 && toks[j].fold == "hành" && toks[j-1].fold == "tiến" && toks[j].lower
}

// narratesAct reports a sentence that tells what the meeting did rather
// than goes on with a speaker's requests: it opens at the meeting ("Tại Đại
// hội, ...") or its clause from body tells a done act ("toàn thể đảng viên
// đã thông qua ...").
func narratesAct(toks []token, ts, body, te int) bool {
	if toks[ts].fold == "tại" && body > ts {
		return true
	}
	for j := body; j+1 < te && j-body <= 8; j++ {
		if toks[j].fold == "đã" && toks[j].lower {
			n, _ := actionVerbAt(toks, j+1, te)
			return n > 0
		}
	}
	return false
}

// paperHeads are the words a paper's name opens with after "báo cáo" used
// as a verb: "báo cáo kết quả / tình hình / tóm tắt / về ...".
var paperHeads = map[string]bool{"kết": true, "tình": true, "công": true, "tóm": true, "tổng": true, "sơ": true,
	"dự": true, "về": true, "việc": true, "nội": true, "đề": true, "phương": true, "chương": true, "kế": true,
	"tiến": true, "thực": true}

// paperHeadAt reports a paper's head word, lower case, at token k.
func paperHeadAt(toks []token, k int) bool {
	return toks[k].lower && paperHeads[toks[k].fold]
}

// reportingBodies are the words that open the name of a body that
// presents a paper itself (its representatives: representativeAt).
var reportingBodies = map[string]bool{"văn phòng": true,
	"ủy ban": true, "cơ quan": true, "thường trực": true, "đảng ủy": true, "trung tâm": true, "công an": true,
	"ban": true, "sở": true, "phòng": true, "ubnd": true, "hội": true, "bộ": true, "viện": true, "cục": true, "vụ": true}

// bodyReportWords is how far (tokens) before "báo cáo" such a subject
// may start.
const bodyReportWords = 10

// reportingBodyBefore reports whether the clause that token k (the verb
// "báo cáo") ends opens, capitalised, with a reporting body and holds no
// punctuation: "Đại diện Ban Kiểm tra (đã) báo cáo ...".
func reportingBodyBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= bodyReportWords; j-- {
		if !toks[j].word {
			return false
		}
		if j > 0 && toks[j-1].word {
			continue
		}
		// toks[j] opens the clause
		if !toks[j].capital && !isAcronym(toks[j].text) {
			return false
		}
		w := toks[j].fold
		if j+1 < k && (representativeAt(toks, j, k) || reportingBodies[w+" "+toks[j+1].fold]) {
			return true
		}
		return reportingBodies[w]
	}
	return false
}

// unitNouns are the words that a plural subject lists after a comma: "các
// xã, thị trấn", "các sở, ngành", "các cơ quan, đơn vị".
var unitNouns = map[string]bool{"thị": true, "phường": true, "xã": true, "ngành": true, "đơn": true, "địa": true,
	"đoàn": true, "sở": true, "ban": true, "cơ": true, "doanh": true, "trường": true, "huyện": true, "tổ": true,
	"chi": true, "hội": true, "cá": true, "tập": true}

// pluralBefore reports "các" or "những" among tokens [from, j).
func pluralBefore(toks []token, from, j int) bool {
	for k := from; k < j; k++ {
		if toks[k].fold == "các" || toks[k].fold == "những" {
			return true
		}
	}
	return false
}

// speakingGroupAt reports a subject that speaks for a group, written in
// lower case after an opening clause: "cử tri", or one named by whom it
// stands for ("đại diện ...", "lãnh đạo ..."). ("đại biểu ..." is read
// elsewhere with its subject kept.)
func speakingGroupAt(toks []token, k, te int) bool {
	if k+1 >= te {
		return false
	}
	return foldPairIs(toks[k].fold, toks[k+1].fold, "cử tri") || representativeAt(toks, k, te)
}

// viewsAt reports views raised at the meeting from token k: a count or
// "nhiều / các / những", then "(lượt) ý kiến" or "kiến nghị".
func viewsAt(toks []token, k, te int) bool {
	if k+2 >= te || !(isDigits(toks[k].text) || toks[k].fold == "nhiều" || toks[k].fold == "các" || toks[k].fold == "những") {
		return false
	}
	k++
	if toks[k].fold == "lượt" {
		k++
	}
	return k+1 < te && (toks[k].fold == "ý" && toks[k+1].fold == "kiến" || toks[k].fold == "kiến" && toks[k+1].fold == "nghị")
}
