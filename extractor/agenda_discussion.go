package extractor

// Discussion and remarks: the meeting discussing (isDiscussion,
// discussionVerb, afterDiscussing, discussionBasis), opinions and answers
// heard, and the remarks (tham luận, ý kiến) the crowd gave or the
// meeting counted.

// isDiscussion reports a discussion that took place: a discussion verb
// after "đã"/"được" or opening the sentence ("... đã thảo luận",
// "Thảo luận tại ..., ...").
func isDiscussion(toks []token, ts, te int) bool {
	return discussionVerb(toks, ts, te) >= 0
}

// discussionVerbs maps the first syllable of each discussion verb to its
// second ("thảo luận", "trao đổi", "góp ý" ...).
var discussionVerbs = map[string]string{"thảo": "luận", "trao": "đổi", "góp": "ý", "cho": "ý", "chất": "vấn", "giải": "trình", "nêu": "những", "đóng": "góp", "đề": "xuất", "kiến": "nghị"}

// discussionVerbWords are the pairs of discussionVerbs.
var discussionVerbWords = func() (pairs [][2]string) {
	for first, second := range discussionVerbs {
		pairs = append(pairs, [2]string{first, second})
	}
	return pairs
}()

// mayHoldDiscussionVerb reports whether the sketched text may hold both
// syllables of a discussion verb: isDiscussion needs them as tokens.
func (k *textSketch) mayHoldDiscussionVerb() bool {
	for _, p := range discussionVerbWords {
		if k.mayHold(p[0]) && k.mayHold(p[1]) {
			return true
		}
	}
	return false
}

// amountAt reports an amount opening at token k: a number or a word that
// leads one (quantityWord, or "hàng" as in "hàng nghìn").
func amountAt(toks []token, k int) bool {
	if t := toks[k].text; t != "" && isDigitByte(t[0]) {
		return true
	}
	return quantityWord(toks[k].fold) || toks[k].fold == "hàng"
}

// discussionVerb returns the token of the discussion verb isDiscussion
// accepts, or -1.
func discussionVerb(toks []token, ts, te int) int {
	for k := ts; k+1 < te; k++ {
		if !discussionVerbSet.has(&toks[k]) {
			continue // spares the map lookup for most words
		}
		want, ok := discussionVerbs[toks[k].fold]
		if !ok || toks[k+1].fold != want || toks[k].fold == "đóng" && (k+2 < te && amountAt(toks, k+2) || !opinionsAfter(toks, k+2, te) && !(k >= 2 && foldPairIs(toks[k-2].fold, toks[k-1].fold, "ý kiến"))) {
			// ("đã đóng góp gần 31.500 ngày công": labour or money given;
			// "Hội có nhiều đóng góp quan trọng vào phong trào ...": a
			// contribution; opinions are named: "đóng góp (nhiều) ý kiến",
			// "đóng góp (vào) dự thảo văn kiện", "ý kiến đóng góp")
			continue
		}
		if k == ts && toks[k].fold != "đề" && toks[k].fold != "kiến" {
			return k // ("Kiến nghị của cử tri ...", "Đề xuất của Sở ...": nouns opening a sentence)
		}
		for j := k - 1; j >= ts && j >= k-4; j-- {
			// "còn" narrates what else was done ("đoàn còn trao đổi ..."),
			// as does "đồng thời" ("..., đồng thời đóng góp ý kiến ...").
			if toks[j].fold == "đã" || toks[j].fold == "được" || toks[j].fold == "còn" || alsoAt(toks, j) || carriedOutAt(toks, j) {
				return k
			}
		}
	}
	return -1
}

// opinionsAfter reports, within the few words from token k, what opinions
// are given on: "ý kiến", "dự thảo", "văn kiện", "tham luận".
func opinionsAfter(toks []token, k, te int) bool {
	for j := k; j+1 < te && j < k+4 && toks[j].word; j++ {
		if foldPairIs(toks[j].fold, toks[j+1].fold, "ý kiến", "dự thảo", "văn kiện", "tham luận") {
			return true
		}
	}
	return false
}

// afterDiscussing reads "Sau khi thảo luận, góp ý, ..." at token ts and
// returns the first token of the discussion verbs and the comma that ends
// them, or -1.
func afterDiscussing(toks []token, ts, te int) (int, int) {
	if ts+3 >= te || toks[ts].fold != "sau" || toks[ts+1].fold != "khi" {
		return -1, -1
	}
	verb := func(k int) bool {
		want, ok := discussionVerbs[toks[k].fold]
		return ok && k+1 < te && toks[k+1].fold == want && toks[k].lower
	}
	k := ts + 2
	if !verb(k) {
		return -1, -1
	}
	e := k + 2
	for e+2 < te && toks[e].text == "," && verb(e+1) {
		e += 3
	}
	if e >= te || toks[e].text != "," {
		return -1, -1
	}
	return k, e
}

// answersHeard finds "nghe <who> trả lời ..." with no person named as who
// ("nghe lãnh đạo các phòng trả lời các vấn đề ..."): answers to the
// delegates' questions. It returns the tokens [from, to) of the item, from
// who to the comma before the next person or the clause end, or -1.
func (a *peopleAnalysis) answersHeard(toks []token, ts, te int) (int, int) {
	for k := ts; k+3 < te; k++ {
		if toks[k].fold != "nghe" || !toks[k].lower {
			continue
		}
		for j := k + 1; j+1 < te && j-k <= 20; j++ {
			if a.startsMention(j) || toks[j].text == ";" || toks[j].text == "." {
				return -1, -1
			}
			if toks[j].fold == "báo" && toks[j+1].fold == "cáo" && toks[j].lower && j > k+1 {
				// "nghe Sở X báo cáo tình hình trả lời kiến nghị ...": the
				// answers are the topic of a report, not a debate.
				return -1, -1
			}
			if toks[j].fold == "trả" && toks[j+1].fold == "lời" && toks[j].lower && j > k+1 {
				e := j + 2
				for e < te && toks[e].text != ";" && !(toks[e].text == "," && e+1 < te && (a.startsMention(e+1) || officeActorAfter(toks, e, te, e) > 0)) {
					e++
				}
				return k + 1, e
			}
		}
		return -1, -1
	}
	return -1, -1
}

// opinionsHeard finds, after a "nghe" at the start of a sentence ("Sau khi
// nghe ..."), a clause ", (và) ý kiến (phát biểu | thảo luận | đóng góp)
// của ..." and returns its tokens [from, to), up to the next ";" or ",",
// or -1.
func opinionsHeard(toks []token, ts, te int) (int, int) {
	if te-ts < 6 || phraseIn(toks, ts, min(ts+4, te), "nghe") < 0 {
		return -1, -1
	}
	for k := ts + 3; k+2 < te; k++ {
		if toks[k].fold != "ý" || toks[k+1].fold != "kiến" || !toks[k].lower {
			continue
		}
		if p := toks[k-1]; p.text != "," && p.fold != "và" {
			continue
		}
		j := k + 2
		if j+1 < te && toks[j].fold+" "+toks[j+1].fold == "phát biểu" || toks[j].fold+" "+toks[j+1].fold == "thảo luận" || toks[j].fold+" "+toks[j+1].fold == "đóng góp" {
			j += 2
		}
		if j >= te || toks[j].fold != "của" {
			continue
		}
		e := j + 1
		for e < te && toks[e].text != ";" && toks[e].text != "," {
			e++
		}
		return k, e
	}
	return -1, -1
}

// crowdVerbs are the first and second syllables of what delegates do in a
// debate.
var crowdVerbs = map[string]string{"tham": "luận", "đóng": "góp", "góp": "ý", "chia": "sẻ", "đánh": "giá", "thảo": "luận", "trao": "đổi", "phát": "biểu"}

// crowdRemarks reports delegates named as a group who spoke up: "(các |
// nhiều) đại biểu (đã | cũng | tích cực ...) tham luận / đóng góp / chia sẻ
// / đánh giá ...", the group opening the clause at token k. It returns k,
// or -1.
func crowdRemarks(toks []token, k, te int) int {
	j := k
	if j < te && (toks[j].fold == "các" || toks[j].fold == "nhiều") {
		j++
	}
	if j+2 >= te || toks[j].fold != "đại" || toks[j+1].fold != "biểu" {
		return -1
	}
	for v := j + 2; v+1 < te && v-j < 7; v++ {
		if !toks[v].lower {
			return -1
		}
		switch toks[v].fold {
		case "được", "nghe", "không", "chưa", "sẽ", "dự", "tham":
			if toks[v].fold != "tham" || toks[v+1].fold != "luận" {
				return -1 // "đại biểu được nghe ...", "đại biểu dự hội nghị ...": no remark
			}
		}
		if want, ok := crowdVerbs[toks[v].fold]; ok && toks[v+1].fold == want {
			return k
		}
	}
	return -1
}

// crowdPresents reports speakers named as a group who presented papers:
// "(các | nhiều) báo cáo viên / chuyên gia / diễn giả / giảng viên (từ
// ...) (đã) trình bày / truyền đạt / giới thiệu ...", the group opening
// the clause at token k. It returns the verb's token, or -1.
// (briefingHeard reads "báo cáo viên" before a briefing verb first, the
// speakers kept in the item.)
func crowdPresents(toks []token, k, te int) int {
	j := k
	if j < te && (toks[j].fold == "các" || toks[j].fold == "nhiều") {
		j++
	}
	switch {
	case j+3 < te && toks[j].fold == "báo" && toks[j+1].fold == "cáo" && toks[j+2].fold == "viên":
		j += 3
	case j+2 < te && (foldPairIs(toks[j].fold, toks[j+1].fold, "chuyên gia", "diễn giả", "giảng viên")):
		j += 2
	default:
		return -1
	}
	for v := j; v+1 < te && v-j < 10; v++ {
		if toks[v].text == "," || toks[v].text == ";" {
			return -1
		}
		if !toks[v].lower {
			continue // "các chuyên gia của Viện X – ĐH Y đã trình bày": where they came from
		}
		if foldPairIs(toks[v].fold, toks[v+1].fold, "trình bày", "truyền đạt", "giới thiệu") {
			return v
		}
	}
	return -1
}

// topicsTakenUp returns the first tokens of the clauses after ";" in
// toks[k:te] that open with a verb of deliberation ("đánh giá", "xác
// định", "bàn", "thống nhất" ...): further matters the speakers took up.
func topicsTakenUp(toks []token, k, te int) []int {
	var out []int
	for j := k; j+2 < te; j++ {
		if toks[j].text != ";" {
			continue
		}
		v := j + 1
		if !toks[v].lower {
			return out
		}
		if n, _ := actionVerbAt(toks, v, te); n > 0 || foldPairIs(toks[v].fold, toks[v+1].fold, "đánh giá", "xác định", "đề xuất", "thống nhất", "nhất trí") || toks[v].fold == "bàn" {
			out = append(out, v)
			continue
		}
		return out
	}
	return out
}

// commentOpens reports a clause at token k that opens with the speaker's
// comment ("(Đồng thời,) nhấn mạnh vai trò ...", "Khẳng định ..."): what
// the speaker stressed, not one more task.
func commentOpens(toks []token, k, te int) bool {
	if k+1 < te && toks[k].fold == "đồng" && toks[k+1].fold == "thời" {
		k += 2
		if k < te && toks[k].text == "," {
			k++
		}
	}
	if k+1 >= te {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "nhấn mạnh", "khẳng định", "cho biết", "cho rằng", "ghi nhận", "biểu dương", "đánh giá":
		return true
	}
	return false
}

// discussionBasis reads a lead-in "Trên cơ sở (ý kiến) thảo luận ..., " or
// "Từ (các) ý kiến thảo luận ..., " at token ts and returns the first token
// of the main clause, or -1. The lead-in may hold commas of its own
// ("thảo luận thẳng thắn, cởi mở, các đảng viên đã ..."): the main clause starts
// after the comma soon followed by "đã" or an act.
func discussionBasis(toks []token, ts, te int) int {
	k := ts
	switch {
	case k+2 < te && toks[k].fold == "trên" && toks[k+1].fold == "cơ" && toks[k+2].fold == "sở":
		k += 3
	case k+1 < te && toks[k].fold == "từ":
		k++
	default:
		return -1
	}
	for n := 0; n < 3 && k < te && (toks[k].fold == "các" || toks[k].fold == "ý" || toks[k].fold == "kiến"); n++ {
		k++
	}
	if v, ok := discussionVerbs[toks[min(k, te-1)].fold]; !ok || k+1 >= te || toks[k+1].fold != v {
		return -1
	}
	for c := k + 2; c < te && c-k < 20; c++ {
		if toks[c].text != "," {
			if !toks[c].word {
				return -1
			}
			continue
		}
		for j := c + 1; j < te && j-c <= 4; j++ {
			if toks[j].fold == "đã" {
				return c + 1
			}
			if n, _ := actionVerbAt(toks, j, te); n > 0 {
				return c + 1
			}
		}
	}
	return -1
}

// remarksHad finds "<meeting> (cũng / đã) có (những / nhiều) ý kiến / đề
// xuất / kiến nghị ..." opening at token k ("Qua đó" may lead in) and
// returns the token of the noun, or -1.
func remarksHad(toks []token, k, te int) int {
	if k+1 < te && toks[k].fold == "qua" && toks[k+1].fold == "đó" {
		k += 2
		if k < te && toks[k].text == "," {
			k++
		}
	}
	j := meetingSubjectAt(toks, k, te)
	if j < 0 {
		return -1
	}
	for j < te && (toks[j].fold == "cũng" || toks[j].fold == "đã") {
		j++
	}
	if j >= te || toks[j].fold != "có" {
		return -1
	}
	j++
	if j < te && (toks[j].fold == "những" || toks[j].fold == "nhiều" || toks[j].fold == "các") {
		j++
	}
	if j+1 >= te {
		return -1
	}
	switch toks[j].fold + " " + toks[j+1].fold {
	case "ý kiến", "đề xuất", "kiến nghị", "góp ý":
		return j
	}
	return -1
}

// remarksCounted reads a clause at token k made of the delegates' remarks:
// "(Các / Nhiều) ý kiến (của các đại biểu) ...", "(đã) có N ý kiến (phát
// biểu / tham luận) ...". Guidance ("Ý kiến chỉ đạo ...") is not a remark.
func remarksCounted(toks []token, k, te int) bool {
	if k < te && (toks[k].fold == "đã" || toks[k].fold == "có") {
		if toks[k].fold == "đã" {
			k++
		}
		if k+1 >= te || toks[k].fold != "có" || !isDigits(toks[k+1].text) {
			return false
		}
		k += 2
	} else if k < te && (toks[k].fold == "các" || toks[k].fold == "nhiều") {
		k++
	}
	if k+2 >= te || toks[k].fold != "ý" || toks[k+1].fold != "kiến" {
		return false
	}
	return toks[k+2].fold != "chỉ" && toks[k+2].word
}

// adoptionAfterComma finds a vote that follows a discussion verb at token
// v after a comma, "thảo luận, thống nhất (biểu quyết) thông qua ...",
// "..., nhất trí thông qua ...", "..., biểu quyết thông qua ...", and
// returns its first token, or -1. A bare "thông qua" after the comma may be
// "by means of" ("thảo luận, thông qua đó ...") and is left alone.
func adoptionAfterComma(toks []token, v, te int) int {
	if v < 0 {
		return -1
	}
	for k := v + 2; k+2 < te && k-v < 12; k++ {
		if !toks[k].word && toks[k].text != "," {
			return -1 // the discussion's clause ended
		}
		if toks[k].text != "," {
			continue
		}
		j := k + 1
		if foldPairIs(toks[j].fold, toks[j+1].fold, "thống nhất", "nhất trí") {
			j += 2
		}
		if j+1 < te && foldPairIs(toks[j].fold, toks[j+1].fold, "biểu quyết") {
			j += 2
		}
		if j+1 < te && foldPairIs(toks[j].fold, toks[j+1].fold, "thông qua") && j > k+1 {
			return k + 1
		}
		return -1
	}
	return -1
}
