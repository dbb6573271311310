package extractor

import "strings"

// Awards, gifts and signings: honours and prizes given (honoursGiven,
// prizeGivingAt, passiveHonour), gifts and greetings, emulation launches,
// and agreements or papers signed (signedPaper, agreementSignedAt).

// awardFollows reports an award noun (Bằng khen, Huân chương ...) after a
// giving verb in toks[from:te].
func awardFollows(toks []token, from, te int) bool {
	// The award comes within twelve tokens, or within twenty words when
	// a long recipient stands between ("tặng Đại hội Hội Nông dân tỉnh X
	// nhiệm kỳ 2025-2030 bức trướng"), unless another act does ("tặng hoa
	// các cán bộ được Chủ tịch nước trao tặng Huân chương ...").
	words := true
	for k := from; k+1 < te && (k-from < 12 || words && k-from < 20); k++ {
		switch toks[k].fold {
		case "được", "trao", "tặng", "nhận":
			words = words && k == from // the giving verb itself may open the window
		default:
			words = words && (toks[k].word || toks[k].text == "-")
		}
		a, b := toks[k].fold, toks[k+1].fold
		switch {
		case foldPairIs(a, b, "bằng khen", "giấy khen", "huân chương", "huy chương", "huy hiệu", "cờ thi", "kỷ niệm", "danh hiệu", "giải thưởng", "bằng tốt", "chứng chỉ", "giấy chứng",
			"giải nhất", "giải nhì", "giải ba", "giải khuyến", "giải đặc", "các giải", "giải cho", "bằng công",
			"quà cho", "phần quà", "suất quà", "bức trướng"):
			// (a contest's prizes: "trao giải Nhất cho ...", "trao giải cho các đội"; "Bằng công nhận" a title;
			// gifts handed to those the meeting honours or supports: "tặng quà cho tân binh", "trao 100 phần quà",
			// "trao quà của Thường trực Tỉnh ủy cho nhà trường" below; a
			// banner bearing a higher body's commendation, "tặng bức trướng")
			return true
		case a == "quà" && k > 0 && (toks[k-1].fold == "tặng" || toks[k-1].fold == "trao") && toks[k+1].lower && toks[k+1].word && giftRecipientAt(b):
			return true // "tặng quà cán bộ, chiến sĩ ...": gifts straight to those supported
		case a == "giải" && len(toks[k+1].text) == 1 && toks[k+1].text >= "A" && toks[k+1].text <= "D":
			return true // the letter grades of a press or arts prize: "trao giải A cho các tác giả"
		case foldPairIs(a, b, "quà của"):
			if k > 0 && (toks[k-1].fold == "trao" || toks[k-1].fold == "tặng") {
				return true // handed over, not received ("nhận quà của ...")
			}
		}
	}
	return false
}

// giftRecipientAt reports whether the word b after "tặng quà" opens its
// recipients: a keepsake ("quà lưu niệm", "quà kỷ niệm") is no award, and
// "quà của" / "quà cho" are read on their own.
func giftRecipientAt(b string) bool {
	switch b {
	case "lưu", "kỷ", "tặng", "của", "cho":
		return false
	}
	return true
}

// ceremonyAwardAt finds the award a ceremony is held for, named with it
// and its recipients: "lễ trao bằng tốt nghiệp cho ...", "lễ tốt nghiệp và
// trao bằng cho ...". It returns the token of "trao", or -1.
func ceremonyAwardAt(toks []token, from, te int) int {
	for k := from + 1; k+2 < te; k++ {
		if toks[k].fold != "trao" || !toks[k].lower {
			continue
		}
		ceremony := toks[k-1].fold == "lễ"
		if !ceremony && toks[k-1].fold == "và" {
			// "lễ tốt nghiệp và trao ...": the ceremony a few words back
			for j := k - 2; !ceremony && j >= from && j >= k-6; j-- {
				ceremony = toks[j].fold == "lễ" && toks[j].lower
			}
		}
		if ceremony && (awardFollows(toks, k+1, te) || toks[k+1].fold == "bằng" || toks[k+1].fold == "giải") && recipientsNamed(toks, k+2, te) {
			return k
		}
	}
	return -1
}

// ceremonyHonourAt finds an honour received at a ceremony named a few
// words before ("Lễ kỷ niệm 70 năm thành lập xã và đón nhận Huân chương
// Lao động hạng Ba") and returns the token of "đón", or -1.
func ceremonyHonourAt(toks []token, from, te int) int {
	for k := from + 1; k+3 < te; k++ {
		if toks[k].fold != "đón" || toks[k+1].fold != "nhận" || !toks[k].lower || !awardFollows(toks, k+2, min(te, k+5)) {
			continue
		}
		for j := k - 1; j >= from && j >= k-12; j-- {
			if toks[j].fold == "lễ" {
				return k
			}
		}
	}
	return -1
}

// honourEnd is the token after the honour received from "đón" at token
// k: the next comma, semicolon or "và", or te.
func honourEnd(toks []token, k, te int) int {
	for j := k + 2; j < te; j++ {
		if t := toks[j].text; t == "," || t == ";" || toks[j].fold == "và" && toks[j].lower {
			return j
		}
	}
	for te > k+2 && !toks[te-1].word {
		te--
	}
	return te
}

// recipientsNamed reports a "cho ..." naming who receives an award within
// the clause from token k: a ceremony named only by what it gives ("Lễ trao
// Huy hiệu Đảng") is the event, not an item of it.
func recipientsNamed(toks []token, k, te int) bool {
	for ; k < te && toks[k].word; k++ {
		if toks[k].fold == "cho" {
			return true
		}
	}
	return false
}

// honoursGiven finds honours the meeting gave without an award named
// ("Hội nghị đã tuyên dương các tập thể ...", "đã khen thưởng 12 cá nhân")
// and returns the token of the verb, or -1. The verb must be narrated as
// done ("đã", "cũng đã") or open the clause, not proposed.
func honoursGiven(toks []token, ts, te int) int {
	for k := ts; k+1 < te; k++ {
		if !toks[k].lower {
			continue
		}
		if !(toks[k].fold == "tuyên" && toks[k+1].fold == "dương" || toks[k].fold == "khen" && toks[k+1].fold == "thưởng") {
			continue
		}
		if k > ts && toks[k-1].fold == "đã" {
			return k
		}
		if k > ts && (toks[k-1].fold == "và" || toks[k-1].text == ",") && honouredFollow(toks, k+2, te) {
			// "X tổ chức hội nghị sơ kết ... và khen thưởng 15 tập
			// thể, cá nhân ...": the awards are part of the event.
			return k
		}
		return -1
	}
	return -1
}

// giftFollows reports a gift after a giving verb at token v, up to token
// last: "bức tranh", "bức thư pháp", "món quà", "kỷ vật", "quà lưu niệm",
// flowers.
func giftFollows(toks []token, v, last int) bool {
	for k := v + 1; k <= last && k < len(toks) && k-v < 30; k++ {
		if !toks[k].lower {
			continue
		}
		switch toks[k].fold {
		case "hoa", "lẵng":
			// "tặng hoa chúc mừng", "tặng lẵng hoa"; flowers for those
			// who received an award belong to the award.
			for j := k + 1; j <= last && j < len(toks) && j-k < 30; j++ {
				if awardFollows(toks, j, min(j+2, len(toks))) {
					return false
				}
			}
			return true
		case "bức", "quà", "tranh", "kỷ", "biểu":
			if k+1 < len(toks) && toks[k+1].word {
				switch toks[k].fold + " " + toks[k+1].fold {
				case "kỷ vật", "kỷ niệm", "biểu trưng":
					return true
				}
				if toks[k].fold == "bức" || toks[k].fold == "quà" || toks[k].fold == "tranh" {
					return true
				}
			}
		}
	}
	return false
}

// prizeGivingAt returns the token of a lower-case "trao giải" or "trao
// thưởng" after a comma or "và" in toks[ts:te] ("tổ chức Lễ tổng kết, trao
// giải ..."), or -1.
func prizeGivingAt(toks []token, ts, te int) int {
	for k := ts + 1; k+2 < te; k++ {
		if toks[k].fold != "trao" || !toks[k].lower || !toks[k].spaceAfter {
			continue
		}
		if f := toks[k+1].fold; (f == "giải" || f == "thưởng") && (toks[k-1].text == "," || toks[k-1].fold == "và") {
			return k
		}
	}
	return -1
}

// sharesFeelingsAt reports a speaker sharing feelings at token v ("chia
// sẻ với ...", "bày tỏ niềm vui ..."): what follows is the speech itself,
// not a point that names it, so the opening clause alone is the item.
func sharesFeelingsAt(toks []token, v int) bool {
	if v < 0 || v+2 >= len(toks) || !toks[v].lower {
		return false
	}
	if toks[v].fold == "xúc" && toks[v+1].fold == "động" && v+4 < len(toks) {
		v += 2 // "xúc động bày tỏ ...": moved, X shares feelings
	}
	switch toks[v].fold + " " + toks[v+1].fold {
	case "chia sẻ":
		return toks[v+2].fold == "với"
	case "bày tỏ":
		return true
	}
	return false
}

// sendsGreetings reports "gửi" between the predicate start v0 and the cue
// at v: "đã gửi lẵng hoa / thư / điện chúc mừng" congratulates from afar.
func sendsGreetings(toks []token, v0, v int) bool {
	for k := max(v0, 0); k < v; k++ {
		if toks[k].fold == "gửi" && toks[k].lower {
			return true
		}
	}
	return false
}

// awardGivenTo finds, before the mention at token m, a lower-case "trao" or
// "tặng" that gives an award ("trao thư cảm ơn cho", "tặng Bằng khen cho")
// to that person, and returns its token, or -1.
func awardGivenTo(toks []token, ts, m int) int {
	if m < ts+3 || toks[m-1].fold != "cho" {
		return -1
	}
	for k := m - 2; k >= ts && k >= m-10; k-- {
		if !toks[k].lower || toks[k].fold != "trao" && toks[k].fold != "tặng" {
			continue
		}
		if awardFollows(toks, k, m) || phraseIn(toks, k+1, m, "thư", "cảm", "ơn") > 0 || phraseIn(toks, k+1, m, "thư", "khen") > 0 {
			return k
		}
		return -1
	}
	return -1
}

// signedForPurpose reports "được ký kết nhằm / để ...": a sentence that
// tells why a paper was signed.
func signedForPurpose(toks []token, ts, te int) bool {
	for k := ts + 1; k+2 < te; k++ {
		if toks[k].fold == "ký" && toks[k+1].fold == "kết" && toks[k-1].fold == "được" &&
			(toks[k+2].fold == "nhằm" || toks[k+2].fold == "để") {
			return true
		}
	}
	return false
}

// attendanceIntroAt reports a clause at token k that introduces who
// attended ("Tham dự lễ ký kết có các đồng chí: ...", "Dự buổi phát
// động có ..."): the event's name, not an act, stands between "dự" and
// "có".
func attendanceIntroAt(toks []token, k, te int) bool {
	for j := k; j < te && j-k < 3; j++ {
		if toks[j].fold != "dự" {
			continue
		}
		for c := j + 1; c < te && c-j <= 6; c++ {
			if toks[c].fold == "có" && toks[c].lower {
				return true
			}
		}
		return false
	}
	return false
}

// signingMeetingAt finds a meeting named by the signing it holds ("Hội
// nghị ký kết ...", "buổi ký kết ...") and returns the token of "ký", or -1.
func signingMeetingAt(toks []token, ts, te int) int {
	for k := ts; k+3 < te; k++ {
		if (toks[k].fold == "hội" && toks[k+1].fold == "nghị" && toks[k].capital || toks[k].fold == "quang" && toks[k+1].fold == "cảnh") &&
			toks[k+2].fold == "ký" && toks[k+3].fold == "kết" {
			return k + 2
		}
	}
	return -1
}

// signedPaperEnd is the last token of the paper signed, named from token
// k: it ends before its period ("giai đoạn 2023 - 2028", "nhiệm kỳ ..."),
// its parties ("giữa ...") or the clause's end.
func signedPaperEnd(toks []token, k, te int) int {
	e := k
	for j := k; j < te; j++ {
		if !toks[j].word {
			if t := toks[j].text; t == "," || t == ";" || t == "(" || t == "." {
				break
			}
			continue
		}
		if j+1 < te && (toks[j].fold == "giai" && toks[j+1].fold == "đoạn" || toks[j].fold == "nhiệm" && toks[j+1].fold == "kỳ") || toks[j].fold == "giữa" {
			break
		}
		e = j
	}
	return e
}

// witnessedEnd returns where "dưới sự chứng kiến (của ...)" starts after
// token from, or end: who watched a signing is no part of it ("ký kết
// ... dưới sự chứng kiến của lãnh đạo hai tỉnh").
func witnessedEnd(toks []token, from, te, end int) int {
	for k := from + 1; k+2 < te; k++ {
		if toks[k].fold == "dưới" && toks[k+1].fold == "sự" && toks[k+2].fold == "chứng" {
			return int(toks[k-1].end)
		}
	}
	return end
}

// agreementSignedAt finds "ký thỏa thuận" told as an act ("đã ký thỏa
// thuận hợp tác ...") and returns the token of "ký", or -1. A passive or
// relative use ("thỏa thuận đã được ký", "theo thỏa thuận đã ký") names
// a past paper, not an item, and is skipped.
func agreementSignedAt(toks []token, ts, te int) int {
	for k := ts; k+2 < te; k++ {
		if toks[k].fold != "ký" || toks[k+1].fold != "thỏa" || toks[k+2].fold != "thuận" {
			continue
		}
		if k > ts && (toks[k-1].fold == "được" || toks[k-1].fold == "theo") {
			return -1
		}
		return k
	}
	return -1
}

// emulationLaunchAt finds "phát động (phong trào | đợt) thi đua" told as an
// act and returns the token of "phát động" (or of a "Lễ" before it), or -1.
// "do X phát động", "được phát động" and "kể từ ngày phát động" name a
// drive launched elsewhere, not at this meeting.
func emulationLaunchAt(toks []token, ts, te int) int {
	for k := ts; k+3 < te; k++ {
		if toks[k].fold != "phát" || toks[k+1].fold != "động" {
			continue
		}
		j := k + 2
		if toks[j].fold == "phong" && j+1 < te && toks[j+1].fold == "trào" || toks[j].fold == "đợt" {
			j += 2
			if toks[j-1].fold == "đợt" {
				j--
			}
		}
		if j+1 >= te || toks[j].fold != "thi" || toks[j+1].fold != "đua" {
			continue
		}
		if k > ts {
			switch toks[k-1].fold {
			case "được", "ngày", "hoạch":
				return -1
			case "lễ":
				return k - 1 // "tổ chức Lễ phát động thi đua ...": the ceremony is the item
			}
		}
		for b := k - 1; b >= ts && toks[b].word; b-- {
			if toks[b].fold == "do" {
				return -1 // "đợt thi đua do Ủy ban tỉnh phát động": launched elsewhere
			}
		}
		return k
	}
	return -1
}

// awardNouns are the awards a text may name, folded; awardNamed looks for them.
var awardNouns = []string{"bằng khen", "giấy khen", "huân chương", "huy chương", "huy hiệu", "cờ thi đua", "kỷ niệm chương", "danh hiệu", "giấy chứng nhận", "bằng tốt nghiệp"}

// awardNamed is the first award a text names ("huy hiệu", "bằng khen" ...),
// folded, or "".
func awardNamed(text string) string {
	f := fold(text)
	best, at := "", len(f)
	for _, n := range awardNouns {
		if i := strings.Index(f, n); i >= 0 && i < at {
			best, at = n, i
		}
	}
	return best
}

// sameAward reports two award texts that name the same award.
func sameAward(a, b string) bool {
	n := awardNamed(a)
	return n != "" && n == awardNamed(b)
}

// signedPaper is the kind of paper a signing text names after "ký (kết)"
// ("quy chế", "kế hoạch", "thỏa thuận" ...), folded, or "" when it names
// none ("ký kết phối hợp ...").
func signedPaper(text string) string {
	f := fold(text)
	i := strings.Index(f, "ký kết ")
	n := len("ký kết ")
	if i < 0 {
		if i = strings.Index(f, "ký "); i < 0 {
			return ""
		}
		n = len("ký ")
	}
	rest := f[i+n:]
	for _, p := range []string{"quy chế", "kế hoạch", "chương trình", "thỏa thuận", "thoả thuận", "biên bản", "hợp đồng", "bản ghi nhớ", "ghi nhớ", "nghị quyết", "giao ước", "cam kết", "hiệp định", "quy định", "văn bản", "hợp tác"} {
		if strings.HasPrefix(rest, p) {
			return strings.Replace(p, "thoả", "thỏa", 1)
		}
	}
	return ""
}

// passiveHonour reads a clause from token k whose subject is honoured, in
// the passive: "<subject> được (<body>) khen thưởng / tuyên dương / biểu
// dương", "<subject> được (đón) nhận / tặng / trao <award>". The subject runs
// with no punctuation up to "được" (a list of those present, "..., các tập
// thể được khen thưởng và 150 hội viên", has commas before it) and opens
// the sentence (not "Dự ...", "Tham dự ...").
func passiveHonour(toks []token, k, te int) bool {
	if k >= te || !toks[k].word {
		return false
	}
	switch toks[k].fold {
	case "dự", "tham", "đến", "có":
		return false
	}
	for j := k + 1; j < te && j-k <= 14; j++ {
		if !toks[j].word {
			if toks[j].text == "," && j > k && (toks[j-1].fold == "thể" || toks[j-1].fold == "đoàn") {
				continue // "Nhiều tập thể, cá nhân được ...": the honoured listed
			}
			return false
		}
		if j+1 < te && recordHeads.mayBe(toks[j].fold) && foldPairIs(toks[j].fold, toks[j+1].fold, "nhiều năm", "liên tục", "đã từng", "hằng năm", "hàng năm") {
			return false // "Trường nhiều năm liền được nhận bằng khen ...": a record, not this meeting's award
		}
		if toks[j].fold != "được" || !toks[j].lower {
			continue
		}
		for v := j + 1; v+1 < te && v-j <= 10; v++ {
			if !toks[v].word {
				return false
			}
			switch a, b := toks[v].fold, toks[v+1].fold; {
			case foldPairIs(a, b, "khen thưởng", "tuyên dương", "biểu dương"):
				return true
			case foldPairIs(a, b, "công nhận", "đề nghị", "bầu làm", "cử làm"):
				return false
			}
			switch toks[v].fold {
			case "nhận", "tặng", "trao":
				return awardFollows(toks, v+1, te)
			}
		}
		return false
	}
	return false
}

// recordHeads holds the first words of the records passiveHonour turns
// down ("nhiều năm", "liên tục" ...): most words are none.
var recordHeads = newWordHeads("nhiều", "liên", "đã", "hằng", "hàng")

// giftGivenAt finds "(trao) tặng / trao (các) (phần) quà ..." from token k,
// a verb of the main clause (not "nhận quà", not "được tặng quà"), and
// returns the verb's token, or -1.
func giftGivenAt(toks []token, k, te int) int {
	for j := k; j+1 < te && j-k <= 16; j++ {
		if !toks[j].word {
			if toks[j].text == "," && j-k <= 2 {
				continue
			}
			return -1
		}
		if !toks[j].lower || (toks[j].fold != "trao" && toks[j].fold != "tặng") {
			continue
		}
		if j > k && (toks[j-1].fold == "được" || toks[j-1].fold == "nhận") {
			return -1
		}
		v := j
		if toks[j].fold == "trao" && toks[j+1].fold == "tặng" {
			j++
		}
		o := j + 1
		for o < te && (toks[o].fold == "các" || toks[o].fold == "những" || toks[o].fold == "phần" || isDigits(toks[o].text)) {
			o++
		}
		if o < te && toks[o].fold == "quà" {
			return v
		}
		return -1
	}
	return -1
}

// newCommitteeAt finds a newly elected committee presented to the meeting
// in tokens [from, te): "Ban Chấp hành ... ra mắt Đại hội" (the item
// starts with the committee, at from) or "... ra mắt Ban Chấp hành ..."
// (it starts at "ra mắt"). It returns where the item starts, or -1. A
// product or a book launched ("ra mắt sách") is no committee.
func newCommitteeAt(toks []token, from, te int) int {
	for k := from; k+2 < te; k++ {
		if toks[k].fold != "ra" || toks[k+1].fold != "mắt" || !toks[k].lower {
			continue
		}
		if committeeAt(toks, k+2) {
			return k
		}
		if k > from && committeeAt(toks, from) && meetingNounAt(toks, k+2) {
			return from
		}
		return -1
	}
	return -1
}

// committeeAt reports the name of a body's elected committee at token k:
// "Ban Chấp hành", "Ban Thường vụ", "BCH".
func committeeAt(toks []token, k int) bool {
	if k < len(toks) && toks[k].fold == "bch" {
		return true
	}
	return k+2 < len(toks) && toks[k].fold == "ban" &&
		(toks[k+1].fold == "chấp" && toks[k+2].fold == "hành" || toks[k+1].fold == "thường" && toks[k+2].fold == "vụ")
}

// joinedAwardAt finds an award handed out by the person of an item, joined
// to the item's act by "và" between token v and byte end: "X phát biểu chúc
// mừng và trao Bằng khen cho ...", "X đánh giá cao ... và tặng Giấy khen
// cho ...". The award is an item of its own; it returns the token of the
// award verb, or -1.
func joinedAwardAt(toks []token, v, end, te int) int {
	for k := v + 2; k+1 < te && int(toks[k].end) <= end; k++ {
		if toks[k-1].fold != "và" || !toks[k].lower || toks[k].fold != "trao" && toks[k].fold != "tặng" {
			continue
		}
		from := k + 1
		if toks[k].fold == "trao" && toks[from].fold == "tặng" {
			from++
		}
		if awardFollows(toks, from, te) {
			return k
		}
	}
	return -1
}
