package extractor

import (
	"strings"

	"github.com/meetx/meetx/schema"
)

// Decisions, elections and votes: decisions announced or adopted
// (isDecision, passiveAdoption), elections (isElection), voting held,
// consensus reached, new bodies formed and rules stated.

// isDecision reports a vote or an election in toks[ts:te]: "biểu quyết",
// "bầu" (not "bầu cử"), "đắc cử", "thông qua Nghị quyết ...".
func isDecision(toks []token, ts, te int) bool {
	for k := ts; k < te; k++ {
		if !toks[k].lower || !decisionVerbSet.has(&toks[k]) {
			continue // (most words: the switch below would try its cases in vain)
		}
		next := ""
		if k+1 < te {
			next = toks[k+1].fold
		}
		switch toks[k].fold {
		case "bầu", "biểu":
			if voteVerbAt(toks, k, te) {
				return true
			}
		case "đắc":
			if next == "cử" {
				return true
			}
		case "thông":
			if next == "qua" && k+2 < te && (toks[k+2].capital && !throughBody(toks, k+2) || adoptedPaperAt(toks, k+2, te)) && !nominalisedAt(toks, k) {
				return true
			}
		}
	}
	return false
}

// voteVerbAt reports a vote at token k: "bầu" (not "bầu cử", "bầu không
// khí", "bầu trời", nor delegates "được bầu từ" the lower levels) or
// "biểu quyết".
func voteVerbAt(toks []token, k, te int) bool {
	next := ""
	if k+1 < te {
		next = toks[k+1].fold
	}
	switch toks[k].fold {
	case "bầu":
		return next != "cử" && next != "không" && next != "trời" && !electedBefore(toks, k)
	case "biểu":
		return next == "quyết"
	}
	return false
}

// votedAfterSubject finds the vote of a meeting named as the subject,
// whatever its name holds ("Đại hội Đại biểu lần thứ VI Đảng bộ X, nhiệm
// kỳ 2020 - 2025 đã bầu ra ..."): "bầu" or "biểu quyết" after "đã" or
// "vừa" in a clause that opens in capitals; the token of the verb, or -1.
func votedAfterSubject(toks []token, ts, te int) int {
	if ts >= te || !toks[ts].capital {
		return -1
	}
	for k := ts + 2; k+1 < te && k-ts < 24; k++ {
		if t := toks[k].text; t == ";" || t == ":" {
			return -1
		}
		if f := toks[k-1].fold; f != "đã" && f != "vừa" {
			continue
		}
		if voteVerbAt(toks, k, te) {
			return k
		}
	}
	return -1
}

// adoptedPaperAt reports a paper a meeting adopts, written in lower case,
// at token k ("thông qua quy chế chi tiêu nội bộ", "thông qua dự thảo
// nghị quyết"), so "thông qua" is a vote and not "by means of".
func adoptedPaperAt(toks []token, k, te int) bool {
	if k+1 >= te || !toks[k].lower {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "quy chế", "nghị quyết", "điều lệ", "dự thảo", "tờ trình", "danh sách":
		return true
	}
	return false
}

// electedBefore reports "(được) bầu từ" at the "bầu" of token k: delegates
// elected earlier by the lower levels ("200 đại biểu được bầu từ cơ sở",
// "đại biểu bầu từ hội nghị cơ sở"), not an election held at the meeting.
func electedBefore(toks []token, k int) bool {
	return k > 0 && (toks[k-1].fold == "được" || toks[k-1].fold == "biểu") && k+1 < len(toks) && toks[k+1].fold == "từ"
}

// isElection reports an election result: "bầu" (not "bầu cử") or "đắc cử".
func isElection(toks []token, ts, te int) bool {
	for k := ts; k+1 < te; k++ {
		if !toks[k].lower || !electionSet.has(&toks[k]) {
			continue // (most words: the switch below would try its cases in vain)
		}
		switch next := toks[k+1].fold; toks[k].fold {
		case "bầu":
			if voteVerbAt(toks, k, te) && !(k > 0 && toks[k-1].fold == "bình") {
				return true // ("bình bầu" is the emulation vote, read as an act)
			}
		case "đắc":
			if next == "cử" {
				return true
			}
		case "hiệp":
			// "Ông X được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ
			// ...": the front's consensus election, told name first.
			if next == "thương" && k+2 < te && toks[k+2].fold == "cử" && k > 0 && toks[k-1].fold == "được" {
				return true
			}
		case "tái", "trúng":
			// "Ông X, Chủ tịch Hội nhiệm kỳ trước, tái cử / trúng cử Chủ tịch
			// Hội ...": the election told name first. ("người trúng cử",
			// those elected, is a noun: "xác nhận tư cách người trúng cử".)
			if next == "cử" && !(k > 0 && toks[k-1].fold == "người") {
				return true
			}
		}
	}
	return false
}

// announcesDecisions finds "công bố (các) quyết định / nghị quyết" (or
// "đọc quyết định") by an official the text does not name ("đại diện Ban Tổ chức Trung ương đã
// công bố các quyết định ..."); it returns the first token of "công bố" or
// -1.
func announcesDecisions(toks []token, ts, te int) int {
	k, n := phraseIn(toks, ts, te, "công", "bố"), 2
	if k < 0 {
		// "Đại diện Ban Tổ chức Tỉnh ủy đọc Quyết định ...": reading a
		// decision out announces it.
		k, n = readOutAt(toks, ts, te), 1
	}
	if k < 0 || k+n+1 >= te {
		return -1
	}
	j := k + n
	if toks[j].fold == "các" {
		j++
	}
	if j+1 < te && (toks[j].fold == "quyết" && toks[j+1].fold == "định" || toks[j].fold == "nghị" && toks[j+1].fold == "quyết") {
		return k
	}
	return -1
}

// statesRule reports a sentence that states a rule rather than reports
// what was done ("nếu cần thì bầu phó bí thư", "Trường hợp ... thì",
// "bầu không quá 7 chi ủy viên", "quy định việc bầu ..."): explainers of
// regulations describe votes that no meeting took.
func statesRule(folded string) bool {
	return strings.HasPrefix(folded, "trường hợp") || hasAny(folded, " nếu ", "không quá", "quy định", "được phép")
}

// agreesAt reports "thống nhất với|về|thông qua" or "nhất trí với|về" at
// token k: the speaker's agreement, which settles the matter.
func agreesAt(toks []token, k, te int) bool {
	if k+4 < te && foldPairIs(toks[k].fold, toks[k+1].fold, "cơ bản") {
		k += 2 // "cơ bản nhất trí với ...": agreed in the main
	}
	if k+2 >= te || !toks[k].lower {
		return false
	}
	if !foldPairIs(toks[k].fold, toks[k+1].fold, "thống nhất", "nhất trí") {
		return false
	}
	switch toks[k+2].fold {
	case "với", "về", "thông", "cao", "chủ":
		return true
	}
	return false
}

// disciplineAhead reports a disciplinary sanction within the few words from
// token k ("giữ nguyên hình thức", "khai trừ", "kỷ luật", "cảnh cáo").
func disciplineAhead(toks []token, k, te int) bool {
	for j := k; j+1 < te && j-k < 8; j++ {
		if foldPairIs(toks[j].fold, toks[j+1].fold, "khai trừ", "kỷ luật", "cảnh cáo", "khiển trách", "cách chức", "hình thức") {
			return true
		}
	}
	return false
}

// votingHeld finds "tiến hành bầu cử / bỏ phiếu / biểu quyết ..." and
// returns its first token and the last token of the vote's object: the
// clause up to a comma, ";" or a manner phrase ("với tinh thần ...").
func votingHeld(toks []token, ts, te int) (int, int) {
	for k := ts; k+3 < te; k++ {
		if toks[k].fold != "tiến" || toks[k+1].fold != "hành" || !toks[k].lower {
			continue
		}
		switch toks[k+2].fold + " " + toks[k+3].fold {
		case "bầu cử", "bỏ phiếu": // ("biểu quyết" is read by isDecision)
		default:
			continue
		}
		e := k + 3
		for j := k + 4; j < te && toks[j].text != "," && toks[j].text != ";" && toks[j].text != "." && (toks[j].fold != "với" || toks[j-1].fold == "đối"); j++ {
			e = j
		}
		return k, e
	}
	return -1, -1
}

// adoptablePapers are head nouns of what a meeting adopts.
var adoptablePapers = map[string]bool{"phương": true, "nghị": true, "báo": true, "chương": true, "quy": true, "dự": true,
	"danh": true, "đề": true, "kế": true, "nhiệm": true, "tờ": true, "điều": true, "mục": true, "các": true, "những": true}

// passiveAdoption finds "<paper> (đã) được (biểu quyết) thông qua" with the
// paper opening the clause at token k and nothing after the verb but its
// manner ("với 100% ...") or the sentence end: a paper adopted at this
// meeting, not a law adopted at some earlier date. It returns the token of
// "qua", or -1.
func passiveAdoption(toks []token, k, te int) int {
	if k >= te || !adoptablePapers[toks[k].fold] {
		return -1
	}
	for j := k + 1; j+2 < te && j-k < 30; j++ {
		if toks[j].fold != "được" || !toks[j].lower {
			continue
		}
		q := j + 1
		if q+2 < te && toks[q].fold == "biểu" && toks[q+1].fold == "quyết" {
			q += 2
		}
		if q+1 >= te || toks[q].fold != "thông" || toks[q+1].fold != "qua" {
			return -1
		}
		n := q + 2
		if n+2 < te && toks[n].fold == "tại" && thisMeetingAt(toks, n+1, te) {
			n += 3 // "... được thông qua tại Đại hội."
		}
		if n < te && toks[n].text != "," && toks[n].text != "." && toks[n].fold != "với" {
			return -1
		}
		return q + 1
	}
	return -1
}

// consensusChoice finds "hiệp thương cử" or "thống nhất / nhất trí cử"
// followed by a person ("ông", "bà", "đồng chí") and returns the first
// token of its verb chain ("biểu quyết thống nhất cử", "biểu quyết, hiệp
// thương cử"), or -1.
func consensusChoice(toks []token, ts, te int) int {
	for k := ts + 2; k+1 < te; k++ {
		if toks[k].fold != "cử" || !toks[k].lower {
			continue
		}
		pair := toks[k-2].fold + " " + toks[k-1].fold
		if pair != "hiệp thương" && pair != "thống nhất" && pair != "nhất trí" {
			continue
		}
		switch toks[k+1].fold {
		case "ông", "bà", "đồng":
		default:
			continue
		}
		from := k - 2
		for from-2 >= ts {
			j := from - 1
			if toks[j].text == "," {
				j--
			}
			if j-1 < ts {
				break
			}
			switch toks[j-1].fold + " " + toks[j].fold {
			case "biểu quyết", "hiệp thương", "thống nhất", "nhất trí":
				from = j - 1
				continue
			}
			break
		}
		return from
	}
	return -1
}

// agreementVerbAt reports "nhất trí" or "thống nhất" at token k: the
// meeting agreeing, which ends the debate before it.
func agreementVerbAt(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	w := toks[k].fold + " " + toks[k+1].fold
	return w == "nhất trí" || w == "thống nhất"
}

// newBodyFormed reads a clause at token k that names a body of the new
// term and its size: "Ban Chấp hành / Ban Thường vụ / Ủy ban Kiểm tra /
// Chi ủy ... (khóa mới | nhiệm kỳ ... | khóa X) gồm N đồng chí / ủy viên".
func newBodyFormed(toks []token, k, te int) bool {
	if k+1 >= te || !toks[k].capital {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "ban chấp", "ban thường", "ủy ban", "uỷ ban", "chi ủy", "chi uỷ", "đảng ủy", "đảng uỷ", "ban kiểm":
	default:
		return false
	}
	term := false
	for j := k + 2; j+2 < te && j-k <= 25; j++ {
		switch toks[j].fold {
		case "nhiệm", "khóa", "khoá":
			term = term || toks[j].fold != "nhiệm" || toks[j+1].fold == "kỳ"
		case "gồm":
			if !term || !isDigits(toks[j+1].text) {
				return false
			}
			switch toks[j+2].fold {
			case "đồng", "ủy", "uỷ", "người", "thành":
				return true
			}
			return false
		}
		if t := toks[j].text; t == ";" || t == "." || t == ":" {
			return false
		}
	}
	return false
}

// heldToDecide reports a lead that names the votes a meeting was held for:
// "X tổ chức Đại hội ... nhằm / để ..., đồng thời bầu ra ...". The purpose
// is no decision taken.
func heldToDecide(toks []token, ts, te int) bool {
	held := false
	for k := ts; k+1 < te; k++ {
		if toks[k].fold == "tổ" && toks[k+1].fold == "chức" && toks[k].lower {
			held = true
		}
		if !held {
			continue
		}
		if toks[k].fold == "nhằm" || toks[k].fold == "để" {
			return true
		}
		if n, kind := actionVerbAt(toks, k, te); n > 0 && kind == schema.AgendaDecision || toks[k].fold == "bầu" {
			return false
		}
	}
	return false
}

// meetingAgrees finds "<meeting> (cũng) (đã) thống nhất / nhất trí (cao)
// với / về ..." opening at token k and returns the verb's token, or -1.
func meetingAgrees(toks []token, k, te int) int {
	if v := agreesAt1(toks, k, te); v >= 0 {
		return v
	}
	// "Trên cơ sở ...; đối chiếu ..., các thành viên dự họp đã thống nhất
	// ...": the members' clause after a long lead-in of its grounds.
	for j := k + 1; j+3 < te; j++ {
		if toks[j].text == "," && toks[j+1].lower && membersSubjectAt(toks, j+1, te) >= 0 {
			return agreesAt1(toks, j+1, te)
		}
	}
	return -1
}

// agreesAt1 is meetingAgrees for a subject right at token k.
func agreesAt1(toks []token, k, te int) int {
	j := meetingSubjectAt(toks, k, te)
	members := false
	if j < 0 {
		j = membersSubjectAt(toks, k, te)
		members = true
	}
	if j < 0 {
		return -1
	}
	done := false
	for j < te && (toks[j].fold == "cũng" || toks[j].fold == "đã") {
		done = done || toks[j].fold == "đã"
		j++
	}
	// The members of a board that "đã thống nhất" decided, whatever
	// follows ("các thành viên đã thống nhất đề nghị ..."); delegates
	// agreeing on "nhiều ý kiến" did not.
	agrees := agreesAt(toks, j, te) || members && done && j+2 < te && toks[j].lower && foldPairIs(toks[j].fold, toks[j+1].fold, "thống nhất", "nhất trí")
	if j+2 < te && agrees && toks[j+2].fold != "thông" {
		return j // ("thống nhất thông qua" is read as a vote elsewhere)
	}
	return -1
}

// membersSubjectAt reads the meeting's members as a subject at token k:
// "(các) thành viên (dự họp | Hội đồng | Ban Chỉ đạo ...)", up to four
// words after "thành viên", and returns the token after it, or -1. It
// stops before "cũng", "đã" or the verb.
func membersSubjectAt(toks []token, k, te int) int {
	if k < te && toks[k].fold == "các" {
		k++
	}
	if k+2 >= te || toks[k].fold != "thành" || toks[k+1].fold != "viên" {
		return -1
	}
	j := k + 2
	for ; j < te && j-k < 6 && toks[j].word; j++ {
		if f := toks[j].fold; f == "cũng" || f == "đã" || agreesAt(toks, j, te) {
			return j
		}
	}
	return -1
}

// electionStart is where the text of an election result opened at token k
// starts: at "bầu" when only the meeting as subject stands before it
// ("Đại hội đã bầu Ban Chấp hành gồm ...": the act, as for other acts of
// the meeting), else at k.
func electionStart(toks []token, k, te int) int {
	if !meetingNounAt(toks, k) {
		return k
	}
	for j := k + 1; j < te && j-k <= 6; j++ {
		if !toks[j].word {
			return k
		}
		if toks[j].fold == "bầu" && toks[j].lower {
			return j
		}
	}
	return k
}

// readOutAt returns the first lower-case "đọc" in toks[ts:te], or -1.
func readOutAt(toks []token, ts, te int) int {
	for k := ts; k < te; k++ {
		if toks[k].fold == "đọc" && toks[k].lower {
			return k
		}
	}
	return -1
}
