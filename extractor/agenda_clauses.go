package extractor

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// Sentence shape: where a clause's predicate starts and ends
// (predicateStart, clauseEnd, clauseStop), the intros, time phrases and
// auxiliaries skipped before it, the mentions and tokens of a span, who
// opens or speaks in a cleft or quoted sentence (openerSpeaker,
// cleftSpeaker), and the meeting as subject.

// predicateStart returns the token after a mention and its offices where
// what the person did begins, skipping adverbs.
func (a *peopleAnalysis) predicateStart(m *mention) int {
	toks := a.toks
	k := m.suffixEnd
	for k < len(toks) && toks[k].word && isAdverb(toks[k].fold) && !tiepCompoundAt(toks, k) {
		k++
	}
	if k >= len(toks) || toks[k].sent != toks[m.nameStart].sent {
		return -1
	}
	if toks[k].text == "," && k+1 < len(toks) {
		k++
	}
	if !toks[k].word {
		return -1
	}
	return k
}

// tiepCompoundAt reports "tiếp" at token k as the first syllable of a
// word ("tiếp thu", "tiếp tục", "tiếp nhận", "tiếp xúc", "tiếp đón"), not
// the adverb "then, next": the predicate starts at it.
func tiepCompoundAt(toks []token, k int) bool {
	if toks[k].fold != "tiếp" || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].fold {
	case "thu", "tục", "nhận", "xúc", "đón", "cận", "kiến", "đãi", "quản":
		return true
	}
	return false
}

// skipReporting skips a reporting verb and its comma ("cho biết, ...").
func (a *peopleAnalysis) skipReporting(k int) int {
	toks := a.toks
	if k < 0 || k >= len(toks) {
		return k
	}
	for _, v := range []string{"cho biết", "cho rằng", "nhấn mạnh", "khẳng định", "thông tin", "chia sẻ"} {
		w := strings.Fields(v)
		if k+len(w) <= len(toks) && toks[k].fold == w[0] && toks[k+1].fold == w[1] {
			j := k + 2
			if j < len(toks) && (toks[j].text == "," || toks[j].text == ":") {
				j++
			}
			if j < len(toks) && toks[j].sent == toks[k].sent {
				return j
			}
		}
	}
	return k
}

// commentAt reports a weak reporting verb at token k ("nhấn mạnh", "khẳng
// định", "cho biết", "nêu"): a comment on what was said, not the act.
func commentAt(toks []token, k int) bool {
	switch toks[k].fold {
	case "nhấn", "khẳng", "cho", "nêu":
		n, c := cueAt(toks, k)
		return n > 0 && !c.strong
	}
	return false
}

// clauseEnd is where the clause that starts at token v ends: the next ";"
// or the next acting person in the same sentence, else the sentence end.
func (a *peopleAnalysis) clauseEnd(m *mention, v, te int) int {
	toks := a.toks
	te = min(te, v+maxItemWords*3) // long enough for any item text
	quoted := false                // inside “...”: a title's own ";" ends nothing
	// "chúc mừng đồng chí A, đồng chí B được nhận ...": the people listed
	// are the verb's object, not the next actors.
	peopleObject := v+1 < te && foldPairIs(toks[v].fold, toks[v+1].fold, "chúc mừng", "biểu dương", "tuyên dương")
	for k := v; k < te; k++ {
		word := toks[k].word // (a word is none of the marks tested below)
		if !word {
			switch toks[k].text {
			case "“":
				quoted = true
			case "”":
				quoted = false
			}
		}
		if quoted {
			continue
		}
		// The next person in a list ("..., B giới thiệu ...") starts a new
		// clause; a person inside the object ("cho đồng chí B") does not.
		if !word && toks[k].text == ";" || (k > v && !peopleObject && a.startsMention(k) && (toks[k-1].text == "," || toks[k-1].fold == "và")) {
			return int(toks[k].start)
		}
		if word {
			if toks[k].fold == "và" && k > v+1 {
				if joinedOpeningAt(toks, k, te) != "" && !verbOnlyBefore(toks, v, k) {
					// "tặng quà cho nhà trường và đánh trống khai giảng": the
					// opening is an item of its own (alsoActAt); "khai mạc và
					// bế mạc" with no object between share one
					return int(toks[k-1].end)
				}
				if k+1 < te && commentAt(toks, k+1) {
					// "đọc diễn văn khai mạc và nhấn mạnh, ...": what was
					// stressed is the content, as after a comma below
					return int(toks[k-1].end)
				}
			}
			if k+2 < te && toks[k+2].text == ":" && k > v+2 && toks[k].lower && remarkBeforeColon(toks, k, te) {
				// "X, trong diễn văn khai mạc, nhấn mạnh: “...”": what was
				// stressed is the content, no part of the item
				if f := toks[k-1].fold; f == "cũng" || f == "đã" {
					k--
				}
				return int(toks[k-1].end)
			}
			continue
		}
		// "quán triệt ..., các đại biểu đã nghe X trình bày ...": a new
		// subject after the comma starts the next item.
		if toks[k].text == "," && k > v+3 && audienceSubjectAt(toks, k+1, te) {
			return int(toks[k].start)
		}
		// "giới thiệu tổng quan về ..., trong đó tập trung vào ...": what
		// follows spells out the item, no part of its text.
		if toks[k].text == "," && k+2 < te && k > v+3 && toks[k+1].fold == "trong" && toks[k+2].fold == "đó" {
			return int(toks[k].start)
		}
		// "quán triệt ..., nhấn mạnh ...": the item ends before the comment.
		if toks[k].text == "," && k+1 < te && k > v+3 && (commentAt(toks, k+1) || toks[k+1].fold == "đồng" && k+2 < te && toks[k+2].fold == "thời") {
			return int(toks[k].start)
		}
	}
	return int(toks[te-1].end)
}

// remarkBeforeColon reports a verb of remarking at token k followed by a
// colon: "nhấn mạnh:", "khẳng định:" (reportingVerbAt), "cho biết:"
// (informsAt), "nêu rõ:".
func remarkBeforeColon(toks []token, k, te int) bool {
	if k+2 >= te || toks[k+2].text != ":" {
		return false
	}
	return reportingVerbAt(toks, k) || informsAt(toks, k) || foldPairIs(toks[k].fold, toks[k+1].fold, "nêu rõ")
}

// verbOnlyBefore reports that toks[v:k] hold the cue at v and nothing
// more: the verb has no object of its own before k.
func verbOnlyBefore(toks []token, v, k int) bool {
	n, _ := cueAt(toks, v)
	return n > 0 && v+n >= k
}

// skipIntro skips an opening adverbial ("Tại Hội nghị, ", "Dịp này, ",
// "Sáng 10/3, ") so the item text starts at its subject.
func (a *peopleAnalysis) skipIntro(ts, te int) int {
	toks := a.toks
	fold := toks[ts].fold
	if toks[ts].text == "(" {
		// "(QNO) - Chiều 15/7, ...", "(16/07/2014)Chiều ...": the news
		// agency's tag or the page's date opens the lead.
		for k := ts + 1; k < te && k-ts <= 8; k++ {
			if toks[k].text == ")" {
				if k+1 < te && isDash(toks[k+1].text) {
					k++
				}
				if k+1 < te {
					return k + 1
				}
				break
			}
		}
	}
	if fold == "với" && ts+2 < te && toks[ts+1].fold == "tinh" && toks[ts+2].fold == "thần" {
		// "Với tinh thần trách nhiệm, dân chủ, công khai, các đại biểu
		// ...": the manner, whose qualities a comma may list, leads in
		// up to the comma before the subject.
		for k := ts + 3; k+1 < te && k-ts < 20; k++ {
			if toks[k].text == "," && (toks[k+1].capital || toks[k+1].fold == "các") {
				return k + 1
			}
		}
	}
	if fold == "buổi" && ts+1 < te {
		switch toks[ts+1].fold {
		case "sáng", "chiều", "tối", "trưa":
			fold = toks[ts+1].fold // "Buổi chiều, Đại hội ...": a part of the day, as "Chiều, ..."
		}
	}
	switch fold {
	case "tại", "cũng", "dịp", "sáng", "chiều", "tối", "trưa", "ngày", "ngoài", "bên", "trong", "sau", "tiếp", "theo", "trên", "dưới":
		if fold == "trên" && (ts+1 >= te || toks[ts+1].fold != "cơ" && toks[ts+1].fold != "tinh") {
			return ts // "Trên cơ sở đó, ..." leads in; "Trên 200 đại biểu ..." is the subject
		}
		if fold == "dưới" && (ts+1 >= te || toks[ts+1].fold != "sự") {
			return ts // only "Dưới sự điều hành của X, ..." leads in
		}
		if fold == "tiếp" && ts+1 < te && toks[ts+1].fold == "tục" {
			return ts // "Tiếp đó, ..." leads in; "Tiếp tục thực hiện ..., ..." is a clause of its own
		}
		if fold == "tại" && meetingSubjectAt(toks, ts+1, te) == ts+3 && ts+3 < te && audienceOpens(toks[ts+3].fold) {
			return ts + 3 // "Tại Hội nghị các đại biểu ...": no comma after the venue
		}
		for k := ts; k < te && k-ts < 12; k++ {
			if toks[k].text == "," && k+1 < te {
				return k + 1
			}
		}
	}
	return ts
}

// skipTimePhrase skips "trong năm 2022, " or "thời gian tới, " at the start
// of a request.
func (a *peopleAnalysis) skipTimePhrase(k, te int) int {
	toks := a.toks
	if k >= te {
		return k
	}
	switch toks[k].fold {
	case "trong", "thời", "năm", "từ", "sau", "đến":
		for j := k; j < te && j-k < 6; j++ {
			if toks[j].text == "," && j+1 < te {
				return j + 1
			}
		}
	}
	return k
}

// tokenRange returns the tokens of a span.
func (a *peopleAnalysis) tokenRange(s span) (int, int) {
	ts := sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].start) >= s.start })
	te := sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].start) >= s.end })
	return ts, te
}

// sentTokens is tokenRange of sentence si cut at byte end (the sentence's
// end or before). The first tokens of the sentence and of the next one
// (sentStart) are where its bounds usually are: they are found by a step
// or two from there rather than by two searches of every token.
func (a *peopleAnalysis) sentTokens(si int, s span) (int, int) {
	if si+1 >= len(a.sentStart) || si > 0 && a.sentStart[si] == 0 {
		return a.tokenRange(s) // (a sentence without tokens gives no hint)
	}
	ts := a.firstTokenFrom(s.start, a.sentStart[si])
	hint := a.sentStart[si+1]
	if hint < ts {
		hint = ts // (the next sentence holds no tokens)
	}
	return ts, a.firstTokenFrom(s.end, hint)
}

// firstTokenFrom returns the first token that starts at or after byte b,
// found by walking from token k: sort.Search's answer, in as many steps as
// tokens lie between k and it.
func (a *peopleAnalysis) firstTokenFrom(b, k int) int {
	toks := a.toks
	k = min(max(k, 0), len(toks))
	for k > 0 && int(toks[k-1].start) >= b {
		k--
	}
	for k < len(toks) && int(toks[k].start) < b {
		k++
	}
	return k
}

// tokenIndexAt returns the index of the last token that starts before byte b,
// bounded by limit.
func (a *peopleAnalysis) tokenIndexAt(b, limit int) int {
	i := sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].start) >= b })
	return min(i, limit)
}

// skipSaid skips a pure reporting verb ("cho biết, ", "cho rằng, ") so the
// item keeps what was said; content verbs (nhấn mạnh) stay.
func (a *peopleAnalysis) skipSaid(k int) int {
	toks := a.toks
	if k < 0 || k+2 >= len(toks) || toks[k].fold != "cho" || (toks[k+1].fold != "biết" && toks[k+1].fold != "rằng") {
		return k
	}
	j := k + 2
	if toks[j].text == "," || toks[j].text == ":" {
		j++
	}
	if j < len(toks) && toks[j].sent == toks[k].sent {
		return j
	}
	return k
}

// mentionsIn returns the mentions whose name starts in bytes [from, to).
func (a *peopleAnalysis) mentionsIn(from, to int) []mention {
	i, j := a.mentionRange(from, to)
	return a.mentions[i:j]
}

// mentionRange returns the indexes [i, j) of the mentions whose name starts
// in bytes [from, to).
func (a *peopleAnalysis) mentionRange(from, to int) (int, int) {
	i := sort.Search(len(a.mentions), func(i int) bool { return int(a.toks[a.mentions[i].nameStart].start) >= from })
	j := sort.Search(len(a.mentions), func(i int) bool { return int(a.toks[a.mentions[i].nameStart].start) >= to })
	return i, max(i, j)
}

// openedWithoutSpeaker finds the opening or the closing of a meeting told
// without a speaker: "Đảng bộ tỉnh X tổ chức khai mạc Đại hội ..." (the
// item starts at "tổ chức"), "UBND huyện tổ chức bế mạc Hội thi ..." or
// "Đại hội ... chính thức được khai mạc" (the whole clause from body). It
// returns the item's first token, or -1, and the item's kind.
func openedWithoutSpeaker(toks []token, body, te int) (int, string) {
	for _, v := range [...]struct{ verb, kind string }{{"khai", schema.AgendaOpening}, {"bế", schema.AgendaClosing}} {
		if k := phraseIn(toks, body, te, "tổ", "chức", v.verb, "mạc"); k >= 0 {
			return k, v.kind
		}
		// "Đại hội ... tổ chức phiên khai mạc trọng thể", "... tổ chức lễ khai mạc"
		for _, noun := range [...]string{"phiên", "lễ"} {
			if k := phraseIn(toks, body, te, "tổ", "chức", noun, v.verb, "mạc"); k >= 0 {
				return k, v.kind
			}
		}
	}
	if k := phraseIn(toks, body, te, "được", "khai", "mạc"); k > body && toks[body].capital {
		return body, schema.AgendaOpening
	}
	return -1, ""
}

// speechNounBefore finds the speech noun of a genitive mention ("phát
// biểu kết luận của X", "diễn văn bế mạc của X") and the agenda kind it
// names; it returns the noun's first token.
func (a *peopleAnalysis) speechNounBefore(m *mention, ts int) (int, roleCue, bool) {
	toks := a.toks
	of := m.prefixStart - 1               // "của"
	for k := max(ts, of-4); k < of; k++ { // the longest noun first
		if n, c := cueAt(toks, k); n > 0 && k+n == of && c.agenda != "" && toks[k].lower {
			return k, c, true
		}
	}
	return 0, roleCue{}, false
}

// alsoAt reports the "thời" of "đồng thời" ("at the same time") at token
// j: it adds a further act to those narrated before.
func alsoAt(toks []token, j int) bool {
	return toks[j].fold == "thời" && j > 0 && toks[j-1].fold == "đồng" && toks[j-1].lower
}

// skipIntros skips opening adverbials, several if need be ("Trong đó, về
// công tác lập pháp, ...", "Cũng tại Kỳ họp này, ...").
func (a *peopleAnalysis) skipIntros(ts, te int) int {
	toks := a.toks
	k := ts
	for i := 0; i < 3 && k < te; i++ {
		j := a.skipIntro(k, te)
		if j == k && toks[k].fold == "về" {
			for e := k; e < te && e-k < 12; e++ {
				if toks[e].text == "," && e+1 < te {
					j = e + 1
					break
				}
			}
		}
		if j == k {
			break
		}
		k = j
	}
	return k
}

// mentionBefore reports a person named between the "nghe" before token k
// and k ("nghe đồng chí X báo cáo"): that person's report is read with them.
func (a *peopleAnalysis) mentionBefore(k, ts int) bool {
	for j := k - 1; j >= ts && j >= k-12; j-- {
		if a.startsMention(j) {
			return true
		}
		if a.toks[j].fold == "nghe" {
			return false
		}
	}
	return false
}

// throughBody reports a body named at token k after "thông qua" ("thông
// qua Bộ Giáo dục và Đào tạo", "thông qua Sở Tư pháp"): "through", not a
// vote.
func throughBody(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].capital {
		return false
	}
	switch toks[k].fold {
	case "bộ", "sở", "ủy", "cục", "viện", "phòng", "trường", "tổng", "trung", "mặt", "hội":
		return true
	}
	return false
}

// meetsAt reports the verb "họp" at token k ("Ban Thường vụ họp để ..."),
// not the noun of "kỳ họp", "phiên họp", "cuộc họp".
func meetsAt(toks []token, k int) bool {
	if k < 1 || toks[k].fold != "họp" {
		return false
	}
	switch toks[k-1].fold {
	case "kỳ", "phiên", "cuộc", "buổi", "hội":
		return false
	}
	return true
}

// periodIntro reports a sentence opened by a period of time ("Trong năm
// 2023,", "Năm qua,", "Thời gian qua,", "Trong nhiệm kỳ ...", "Từ đầu
// năm,", "Qua 5 năm ..."): it sums up results, not what the meeting did.
func periodIntro(toks []token, ts, te int) bool {
	k := ts
	if k+1 < te && (toks[k].fold == "trong" || toks[k].fold == "từ" || toks[k].fold == "qua") {
		k++
	}
	if k >= te {
		return false
	}
	switch toks[k].fold {
	case "năm", "nhiệm", "thời", "giai", "quý", "tháng", "đầu", "những", "các":
		return k > ts || toks[k].fold == "năm" || toks[k].fold == "thời" || toks[k].fold == "giai"
	}
	return k > ts && isDigits(toks[k].text)
}

// addressKind is the kind of an address ("diễn văn") by the words after
// it: one that opens or closes the meeting, else a speech.
func addressKind(toks []token, k, te int) string {
	if k+1 < te {
		switch toks[k].fold + " " + toks[k+1].fold {
		case "khai mạc", "khai giảng":
			return schema.AgendaOpening
		case "bế mạc", "bế giảng":
			return schema.AgendaClosing
		}
	}
	return schema.AgendaSpeech
}

// clauseStop ends a clause that starts at token k at the next ";", else at
// end (a byte offset).
func clauseStop(toks []token, k, te, end int) int {
	for j := k; j < te; j++ {
		if toks[j].text == ";" {
			return int(toks[j-1].end)
		}
	}
	return end
}

// openerSpeaker finds the speaker of an opening clause ("Phát biểu chỉ đạo
// tại X") of n tokens at ts when the first mention m of the sentence
// follows it after a comma the opener does not end at ("tại buổi gặp gỡ,
// đối thoại, đồng chí Y"), or with no comma, named with an address word
// ("tại Hội nghị ông Y"). It returns the token that ends the opener
// (the comma, or the mention's first token), or -1.
func openerSpeaker(toks []token, ts, n int, m *mention) int {
	p := m.prefixStart
	if m.genitive || p <= ts+n || p-ts > 16 {
		return -1
	}
	for k := ts + n; k < p-1; k++ {
		if !toks[k].word && toks[k].text != "," {
			return -1
		}
	}
	if toks[p-1].text == "," {
		return p - 1
	}
	if !toks[p-1].word || p >= m.nameStart {
		return -1
	}
	switch toks[p-1].fold {
	case "với", "của", "cho", "và", "cùng", "là", "có", "do", "bởi", "theo", "gặp":
		// "Phát biểu tại buổi làm việc với đồng chí Y": Y is met, not
		// speaking; "Báo cáo ... do đồng chí Y trình bày" is read below.
		return -1
	}
	for k := ts + n; k < p; k++ {
		if toks[k].text == "," {
			return -1
		}
	}
	return p
}

// onBehalfAfter finds "thay mặt" right after the comma at token comma, or
// after an adverb set off by commas there ("..., trước hết, thay mặt
// ..."): the token of "thay", or -1.
func onBehalfAfter(toks []token, comma, te int) int {
	if comma < 0 {
		return -1
	}
	k := comma + 1
	if k+2 < te && (foldPairIs(toks[k].fold, toks[k+1].fold, "trước hết", "trước tiên")) && toks[k+2].text == "," {
		k += 3
	}
	if k+1 < te && foldPairIs(toks[k].fold, toks[k+1].fold, "thay mặt") {
		return k
	}
	return -1
}

// alsoOpens reports "Đồng thời" (with or without a comma) opening the
// sentence at ts right before token k.
func alsoOpens(toks []token, ts, k int) bool {
	j := k
	if j > ts && toks[j-1].text == "," {
		j--
	}
	return j == ts+2 && toks[ts].fold == "đồng" && toks[ts+1].fold == "thời"
}

// cleftSpeaker reads "Đó là (lời) khẳng định / ý kiến / phát
// biểu / chia sẻ của X tại ..." opening sentence si and returns X, the
// speaker of the quote before it, or -1.
func (a *peopleAnalysis) cleftSpeaker(d *document, si int) int {
	if si >= len(d.sents) {
		return -1
	}
	f := d.folded[d.sents[si].start:d.sents[si].end]
	if !strings.HasPrefix(f, "đó là ") {
		return -1 // ("Đây là phát biểu của X ..." introduces the text that follows)
	}
	toks := a.toks
	ts, te := a.tokenRange(d.sents[si])
	k := ts + 2
	if k < te && (toks[k].fold == "lời" || toks[k].fold == "bài") {
		k++
	}
	if k+3 >= te {
		return -1
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "khẳng định", "ý kiến", "phát biểu", "chia sẻ", "nhấn mạnh":
	default:
		return -1
	}
	if toks[k+2].fold != "của" {
		return -1
	}
	if !strings.Contains(f, " tại ") {
		return -1 // said at the meeting, not in an interview
	}
	// The speaker is the first person after "của", whose offices may come
	// first ("của đồng chí Phó Bí thư Huyện ủy, Chủ tịch UBND huyện X").
	for _, i := range a.sentMentions(si) {
		if m := a.mentions[i]; m.prefixStart >= k+3 {
			if m.prefixStart-(k+3) > 16 {
				return -1
			}
			return m.person
		}
	}
	return -1
}

// quoteBefore finds the quotation a cleft sentence si refers to: a
// paragraph (this one, or one of the few before it) that opens with a
// quotation mark, perhaps after a short site name ("Dân trí “...”"). It
// returns the bytes of the quote's first sentence, or -1.
func quoteBefore(d *document, si int) (int, int) {
	s := d.sents[si]
	pi := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].end > s.start })
	for j := pi; j >= 0 && j >= pi-5; j-- {
		if j >= len(d.paras) {
			continue
		}
		p := d.paras[j]
		end := min(p.end, s.start)
		if end <= p.start {
			continue
		}
		head := d.text[p.start:min(end, p.start+24)]
		q := strings.IndexAny(head, "“\"")
		if q < 0 {
			continue
		}
		_, w := utf8.DecodeRuneInString(head[q:])
		from := p.start + q + w
		to := end
		if i := strings.IndexAny(d.text[from:to], "”\""); i >= 0 {
			to = from + i
		}
		if i := strings.Index(d.text[from:to], ". "); i >= 0 {
			to = from + i
		}
		return from, to
	}
	return -1, -1
}

// colonStop ends an item that starts at token k before a ":" that opens
// its contents, else at end (a byte offset).
func colonStop(toks []token, k, te, end int) int {
	for j := k + 1; j < te; j++ {
		if toks[j].text == ":" {
			return int(toks[j-1].end)
		}
	}
	return end
}

// thisMeetingAt reports the meeting itself named at token k with nothing
// after it that would make it another one ("đại hội", "hội nghị", "kỳ
// họp", "phiên họp", then the clause's end, not "lần thứ ..." or a year).
func thisMeetingAt(toks []token, k, te int) bool {
	if k+1 >= te {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "đại hội", "hội nghị", "kỳ họp", "phiên họp":
	default:
		return false
	}
	return k+2 >= te || !toks[k+2].word || toks[k+2].fold == "với"
}

// skipAuxiliary skips "đã" and "tiến hành" at token j, which may open the
// next act of a chain ("...; đã thống nhất thông qua ...", "... và tiến
// hành biểu quyết ..."), and returns the token after them.
func skipAuxiliary(toks []token, j, te int) int {
	if j < te && toks[j].fold == "đã" {
		j++
	}
	if j+1 < te && toks[j].fold == "đi" && toks[j+1].fold == "đến" {
		j += 2 // "thảo luận và đi đến thống nhất ...": the outcome reached
	}
	if j+1 < te && toks[j].fold == "tiến" && toks[j+1].fold == "hành" {
		j += 2
	}
	return j
}

// visitOpener reports a clause from token k up to the speaker at token m
// that tells of a working visit ("Đến thăm và làm việc với ..., X đề
// nghị ...", "Làm việc tại xã ..., X đề nghị ...", "Kiểm tra ..., X yêu
// cầu ..."): the visiting leader's requests direct the hosts.
func visitOpener(toks []token, k, m int) bool {
	if m <= k+2 || toks[m-1].text != "," {
		return false
	}
	for j := k; j+1 < m && j-k <= 3; j++ {
		if !toks[j].word {
			return false
		}
		switch toks[j].fold + " " + toks[j+1].fold {
		case "làm việc":
			// "Làm việc với đoàn công tác, X đề nghị ...": the host asks the
			// visitors; the visitor is the one who comes to work.
			return !(j+3 < m && toks[j+2].fold == "với" && toks[j+3].fold == "đoàn")
		case "kiểm tra", "thăm và":
			return true
		}
	}
	return false
}

// mainSubjectAt reports the subject of a main clause at token k: the
// meeting ("Đại hội", "hội nghị") or its members ("các đơn vị", "các đại
// biểu", "hai bên", "Đoàn công tác"), followed by its verb.
func mainSubjectAt(toks []token, k, te int) bool {
	if k < te && (toks[k].fold == "các" || toks[k].fold == "hai") {
		if toks[k].fold == "hai" && k+1 < te && toks[k+1].fold == "bên" {
			return true
		}
		k++
	}
	if k+2 >= te {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "đại hội", "hội nghị", "hội thảo", "phiên họp", "kỳ họp", "đại biểu", "đơn vị", "thành viên":
		return toks[k+2].word && toks[k+2].lower
	case "đoàn công":
		// "Đoàn công tác": the visiting delegation, the other side of a
		// working session.
		return toks[k+2].fold == "tác" && k+3 < te && toks[k+3].word && toks[k+3].lower
	}
	return false
}

// meetingSubjectAt reports the meeting or its members as the subject at
// token k ("Hội nghị", "đại hội", "(các) đại biểu") and returns the token
// after it, or -1.
func meetingSubjectAt(toks []token, k, te int) int {
	if k < te && toks[k].fold == "các" {
		k++
	}
	if k+1 >= te {
		return -1
	}
	if foldPairIs(toks[k].fold, toks[k+1].fold, "hội nghị", "đại hội", "hội thảo", "phiên họp", "kỳ họp", "đại biểu") {
		return k + 2
	}
	return -1
}

// purposeStop ends a clause from token k before ", thể hiện / nhằm / góp
// phần / qua đó ..." that says what it was for, else at the sentence end.
func purposeStop(toks []token, k, te int) int {
	for j := k + 1; j+1 < te; j++ {
		if toks[j].text != "," {
			continue
		}
		switch toks[j+1].fold {
		case "thể", "nhằm", "góp", "qua", "để":
			return j
		}
	}
	for te > k+1 && !toks[te-1].word {
		te--
	}
	return te
}

// ownAgendaAhead reports a clause at token k whose subject is the reported
// meeting itself, by its type noun, followed by "sẽ" ("Hội nghị sẽ ...
// thảo luận ..."): a report written as
// the meeting opens tells its programme in the future. Another session
// ("Kỳ họp thứ 11 sẽ ...") is a plan, not this agenda.
func ownAgendaAhead(toks []token, k, te int, noun string) bool {
	if noun == "" || k+2 >= te || !toks[k].capital {
		return false
	}
	n := strings.Count(noun, " ") + 1
	// "sẽ" is rare: test it before joining the words
	return k+n < te && toks[k+n].fold == "sẽ" && fold(joinFolds(toks, k, k+n)) == noun
}

// audienceOpens reports a word that opens the audience as a subject ("các
// đại biểu", "đại biểu", "toàn thể", "nhiều"), not a qualifier of the
// venue before it ("kỳ họp thứ Tư", "hội nghị lần này").
func audienceOpens(w string) bool {
	switch w {
	case "các", "đại", "toàn", "nhiều":
		return true
	}
	return false
}

// meetingNounAt reports the meeting itself named at token k: "đại hội",
// "hội nghị", "kỳ họp", "phiên họp".
func meetingNounAt(toks []token, k int) bool {
	if k < 0 || k+1 >= len(toks) {
		return false
	}
	return foldPairIs(toks[k].fold, toks[k+1].fold, "đại hội", "hội nghị", "kỳ họp", "phiên họp")
}

// concludesMeeting reports a folded opener that names the conclusion of the
// meeting ("... và kết luận hội nghị"), not a document called Kết luận
// ("quán triệt Kết luận 21-KL/TW").
func concludesMeeting(opener string) bool {
	return hasAny(opener, "kết luận hội nghị", "kết luận buổi", "kết luận phiên", "kết luận cuộc", "kết luận kỳ họp", "và kết luận")
}
