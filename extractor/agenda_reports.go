package extractor

import (
	"sort"
	"strings"

	"github.com/meetx/meetx/schema"
)

// Reports and papers: reports heard or presented (heardReport,
// bodyReports, reportTopic), papers and drafts listed, reports after a
// semicolon, briefings on a resolution (briefingHeard), keynote and
// guidance speeches, and the topics quoted as what was reported.

// briefingObject reports the object of a briefing at token k: "(những|
// các) nội dung", "(những|các) kết quả".
func briefingObject(toks []token, k, te int) bool {
	k = skipBriefingAudience(toks, k, te)
	if k < te && (toks[k].fold == "những" || toks[k].fold == "các") {
		k++
	}
	if k+1 >= te {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "nội dung", "kết quả":
		return true
	case "tình hình":
		// "thông báo (khái quát) về tình hình kinh tế - xã hội ...": the
		// state of affairs the hosts brief the meeting on
		return toks[k-1].fold == "về"
	}
	return false
}

// skipBriefingAudience skips the manner and the audience written between a
// briefing verb and its object: "thông báo nhanh tới hội nghị về những
// nội dung ...", "thông tin với hội nghị về các kết quả ...".
func skipBriefingAudience(toks []token, k, te int) int {
	if k < te && (toks[k].fold == "nhanh" || toks[k].fold == "ngắn") {
		k++
	} else if k+1 < te && foldPairIs(toks[k].fold, toks[k+1].fold, "khái quát", "tóm tắt") {
		k += 2 // "thông báo khái quát về ..."
	}
	if k+1 < te && (toks[k].fold == "tới" || toks[k].fold == "đến" || toks[k].fold == "với") {
		j := k + 1
		if toks[j].fold == "các" || toks[j].fold == "toàn" {
			j++
		}
		if j+1 < te && (toks[j].fold+" "+toks[j+1].fold == "đại biểu" || toks[j].fold+" "+toks[j+1].fold == "hội nghị") {
			k = j + 2
			// "đến các đại biểu dự buổi sinh hoạt về ...": the audience
			// may be described, up to the "về" of the object
			for e := k; e < te && e-k <= 8 && toks[e].word; e++ {
				if toks[e].fold == "về" && toks[e].lower {
					k = e
					break
				}
			}
		}
	}
	if k < te && toks[k].fold == "về" {
		k++
	}
	return k
}

// briefingEnd ends a briefing item at the comma after the bracket that
// closes the name of the meeting or document briefed ("... Hội nghị Trung
// ương 7 (khóa XI), họp từ ...") or at a colon that opens its contents.
func (a *peopleAnalysis) briefingEnd(v, end int) int {
	toks := a.toks
	for k := v; k < len(toks) && int(toks[k].start) < end; k++ {
		if toks[k].text == ":" || (toks[k].text == "," && k > 0 && toks[k-1].text == ")") {
			return int(toks[k].start)
		}
	}
	return end
}

// audienceSubjectAt reports a clause that opens at token k with the
// meeting or its delegates as subject and a verb after it ("các đại biểu
// đã nghe", "đại biểu thảo luận", "hội nghị đã nghe").
func audienceSubjectAt(toks []token, k, te int) bool {
	if k < te && toks[k].fold == "các" {
		k++
	}
	if k+2 >= te || !toks[k].lower {
		return false
	}
	if !foldPairIs(toks[k].fold, toks[k+1].fold, "đại biểu", "hội nghị", "đại hội", "hội thảo") {
		return false
	}
	next := toks[k+2].fold
	return next == "đã" || next == "nghe" || next == "thảo" || next == "cùng" || next == "tiến"
}

// isBareReport reports a report named without its subject ("Báo cáo",
// "Báo cáo tổng kết", "Báo cáo tại buổi làm việc").
func isBareReport(f string) bool {
	f = strings.TrimPrefix(strings.TrimSpace(f), "theo ")
	if i := strings.Index(f, " tại "); i >= 0 {
		f = f[:i]
	}
	switch f {
	case "báo cáo", "báo cáo tổng kết", "báo cáo sơ kết":
		return true
	}
	return false
}

// topicStop returns where the topic of a meeting read from its lead ends
// in folded text: at the first ".", ";" or ":", " và ", " để ", or a comma
// before the next step ("..., triển khai nhiệm vụ"); -1 if nowhere. (It is
// the start of the regexp `[.;:]| và | để |, (?:triển khai|đề ra|bàn|thảo
// luận|cho ý kiến|phương hướng|kế hoạch)`, searched by plain byte scans.)
func topicStop(f string) int {
	end := strings.IndexAny(f, ".;:")
	if end < 0 {
		end = len(f)
	}
	for _, w := range []string{" và ", " để "} {
		if k := strings.Index(f[:min(len(f), end+len(w)-1)], w); k >= 0 {
			end = k
		}
	}
	for off := 0; off < end; {
		k := strings.Index(f[off:min(len(f), end+1)], ", ") // a stop that starts before end
		if k < 0 {
			break
		}
		k += off
		if opensWith(f[k+len(", "):], topicNextSteps) {
			end = k
			break
		}
		off = k + 1
	}
	if end == len(f) {
		return -1
	}
	return end
}

// topicNextSteps follow the comma that ends a topic (topicStop).
var topicNextSteps = []string{"triển khai", "đề ra", "bàn", "thảo luận", "cho ý kiến", "phương hướng", "kế hoạch"}

// opensWith reports whether s starts with one of prefixes.
func opensWith(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// reportTopic completes a bare report name with the meeting's topic from
// the lead ("Báo cáo tổng kết" -> "báo cáo tổng kết công tác PBGDPL năm
// 2021"): such a report is the one the meeting was called to hear.
func (a *peopleAnalysis) reportTopic(d *document, bare string) string {
	f := fold(bare)
	var keys []string
	switch {
	case strings.Contains(f, "tổng kết"):
		keys = []string{"tổng kết "}
	case strings.Contains(f, "sơ kết"):
		keys = []string{"sơ kết "}
	default:
		keys = []string{" về ", "tình hình ", "công tác ", "kết quả "}
	}
	for _, p := range d.paras {
		if p.kind != paraLead && p.kind != paraBody {
			continue
		}
		lead := d.text[p.start:p.end]
		lf := d.folded[p.start:p.end]
		for _, k := range keys {
			i := strings.Index(lf, k)
			if i < 0 {
				continue
			}
			from := i
			if k == " về " {
				from = i + len(k)
			}
			rest := lead[from:]
			if k := topicStop(foldedAt(d.text, d.folded, p.start+from, rest)); k >= 0 {
				rest = rest[:k]
			}
			rest = strings.TrimSpace(rest)
			if hasWords(rest, 2) {
				return "báo cáo " + rest
			}
		}
		break // only the lead paragraph speaks for the meeting
	}
	return bare
}

// heardReport finds a report heard in a sentence without a named
// presenter ("Hội nghị đã nghe báo cáo ...", "đã nghe lãnh đạo Sở Y tế báo
// cáo ...") and returns the token where the item starts, or -1.
func heardReport(toks []token, ts, te int) int {
	for k := ts; k+3 < te; k++ {
		if toks[k].fold != "nghe" || !toks[k].lower {
			continue
		}
		if heardAndDiscussed(toks, k, te) {
			return -1 // "nghe và thảo luận 6 báo cáo ...": the debate on the papers
		}
		for j := k + 1; j+2 < te && j-k <= 10; j++ {
			if j == k+1 && isDigits(toks[j].text) {
				continue // "nghe 5 tham luận ...": a count of papers
			}
			if !toks[j].word {
				break
			}
			if !toks[j].lower {
				continue
			}
			two := toks[j].fold + " " + toks[j+1].fold
			if (two == "tóm tắt" || two == "khái quát") && j+3 < te && foldPairIs(toks[j+2].fold, toks[j+3].fold, "báo cáo", "tờ trình") {
				return j // "nghe tóm tắt Báo cáo tổng kết ...": the paper, summarised
			}
			switch two {
			case "báo cáo", "tờ trình", "trình bày", "quán triệt", "truyền đạt", "tham luận":
				if next := toks[j+2]; next.word && next.fold != "viên" && !isDigits(next.text) {
					return j // not "báo cáo viên", not a count ("4 chuyên đề")
				}
				if (two == "truyền đạt" || two == "trình bày") && j+3 < te && isDigits(toks[j+2].text) && j+4 < te &&
					(paperNounAt(toks, j+3) || toks[j+3].fold == "chuyên" && toks[j+4].fold == "đề") {
					return j // "được nghe truyền đạt 6 chuyên đề ...": the papers, counted
				}
				if two == "báo cáo" && (appraisalAfterComma(toks, j+2, te) || j+3 < te && toks[j+2].text == "," && paperNounAt(toks, j+3)) {
					// "nghe báo cáo, đánh giá kết quả ...": the comma joins the
					// report's own verb; "nghe các báo cáo, tờ trình của ...":
					// the papers heard, listed.
					return j
				}
			}
		}
		return -1
	}
	return -1
}

// heardAndDiscussed reports "nghe và thảo luận / cho ý kiến / góp ý" at
// token k: papers heard and debated are one discussion, as a chain of
// verbs takes the kind of its last.
func heardAndDiscussed(toks []token, k, te int) bool {
	if k+3 >= te || toks[k+1].fold != "và" {
		return false
	}
	switch toks[k+2].fold + " " + toks[k+3].fold {
	case "thảo luận", "cho ý", "góp ý":
		return true
	}
	return false
}

// appraisalAfterComma reports ", đánh giá" (or "tổng kết", "sơ kết",
// "kiểm điểm") at token k: in "nghe báo cáo, đánh giá kết quả ..." the verb
// after the comma says what the report does, so the report goes on. Any
// other word after the comma ("nghe báo cáo, các đại biểu ...") starts
// the next clause.
func appraisalAfterComma(toks []token, k, te int) bool {
	if k+2 >= te || toks[k].text != "," || !toks[k+1].lower {
		return false
	}
	switch toks[k+1].fold + " " + toks[k+2].fold {
	case "đánh giá", "tổng kết", "sơ kết", "kiểm điểm":
		return true
	}
	return false
}

// bodyReports reads reports that a body or its representative gave, with no
// person named: "nghe Sở Tài chính báo cáo ..." (the body presents) and
// "sau khi đại diện lãnh đạo Văn phòng báo cáo ..., đại diện các phòng báo
// cáo ..." (an unnamed representative: no presenter). Each report runs to
// the next reporter, a ";", a "trong đó" aside, or the sentence end.
func (a *peopleAnalysis) bodyReports(d *document, ts, te int) []agendaItem {
	toks := a.toks
	var out []agendaItem
	for j := ts + 1; j+2 < te; j++ {
		if !toks[j].lower || toks[j].fold != "báo" || toks[j+1].fold != "cáo" || !toks[j].spaceAfter {
			continue
		}
		if next := toks[j+2]; !next.word || next.fold == "viên" || isDigits(next.text) {
			continue
		}
		subj, body := reportSubject(toks, ts, j)
		if subj < 0 || a.startsMention(subj) {
			continue
		}
		end := j + 2
		for ; end < te; end++ {
			t := toks[end]
			if t.text == ";" || a.startsMention(end) {
				break
			}
			if t.text == "," && end+2 < te && (toks[end+1].fold == "đại" && toks[end+2].fold == "diện" ||
				toks[end+1].fold == "trong" && toks[end+2].fold == "đó" ||
				toks[end+1].fold == "ý" && toks[end+2].fold == "kiến") { // "..., ý kiến của các đại biểu": the debate that followed
				break
			}
			if t.text == "," && mainSubjectAt(toks, end+1, te) {
				break // "Sau khi nghe báo cáo ..., Đoàn công tác đã ...": the main clause
			}
		}
		text := a.itemText(d, int(toks[j].start), int(toks[end-1].end))
		if !hasWords(text, 3) {
			continue
		}
		var presenter schema.Text
		if body {
			presenter = schema.Text(d.text[toks[subj].start:toks[j-1].end])
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: text, Presenter: presenter}, start: int(toks[j].start), end: int(toks[end-1].end)})
		j = end
	}
	return out
}

// reportSubject finds who reports at token j ("báo cáo"): a capitalised
// body name right after "nghe" ("nghe Sở KH-ĐT báo cáo", body set), or an
// unnamed representative, "đại diện" after "sau khi", "," or "và", which may
// list several units ("đại diện lãnh đạo các huyện, thị xã báo cáo"). It
// returns the subject's first token, or -1.
func reportSubject(toks []token, ts, j int) (subj int, body bool) {
	for k := j - 1; k > ts && j-k <= 30; k-- {
		t := toks[k]
		if t.text == ";" || t.text == ":" {
			return -1, false
		}
		if t.fold == "nghe" && t.lower {
			// A body's name opens with a capital and may go on in lower
			// case ("nghe Sở Nông nghiệp và PTNT báo cáo"); "nghe các đơn vị
			// báo cáo" is a crowd, not a body.
			if k+1 < j && !toks[k+1].capital && !isAcronym(toks[k+1].text) {
				return -1, false
			}
			for i := k + 1; i < j; i++ {
				if !toks[i].word || toks[i].fold == "các" || toks[i].fold == "những" {
					return -1, false
				}
				if toks[i].lower && toks[i].fold == "trình" && toks[i+1].fold == "bày" {
					return -1, false // "nghe Văn phòng trình bày dự thảo báo cáo ...": the verb is "trình bày"
				}
			}
			return k + 1, k+1 < j
		}
		if t.fold == "lãnh" && toks[k+1].fold == "đạo" && t.lower && toks[k-1].text == "," && j-k <= 6 && !asksInSpan(toks, k+2, j) {
			// "Tại buổi làm việc, lãnh đạo huyện đã báo cáo ...": the unnamed
			// leadership of a body reports.
			return k, false
		}
		if t.fold == "đại" && toks[k+1].fold == "diện" && t.lower {
			switch p := toks[k-1]; {
			case p.text == ",", p.fold == "và", p.fold == "khi" && k >= 2 && toks[k-2].fold == "sau":
				return k, false
			}
			return -1, false
		}
	}
	return -1, false
}

// reportClauseBefore finds, before the discussion verb at token k, a ";"
// whose clause reports ("... đã báo cáo tiến độ ..."); it returns the ";"
// and the first token of "báo cáo", or -1 for the latter.
func reportClauseBefore(toks []token, from, k int) (semi, report int) {
	semi = -1
	for j := k - 1; j > from; j-- {
		if toks[j].text == ";" {
			semi = j
			break
		}
	}
	if semi < 0 {
		return -1, -1
	}
	for j := from; j+2 < semi; j++ {
		if toks[j].lower && toks[j].fold == "báo" && toks[j+1].fold == "cáo" && toks[j+2].word && toks[j+2].fold != "viên" {
			return semi, j
		}
	}
	return semi, -1
}

// crowdReportHeard finds a bare report heard from an unnamed group ("sau
// khi nghe các đơn vị báo cáo, ..."): the group and its verb are the item,
// with no presenter. It returns the tokens of the item, or -1.
func crowdReportHeard(toks []token, ts, te int) (from, to int) {
	for k := ts; k+4 < te; k++ {
		if toks[k].fold != "nghe" || !toks[k].lower {
			continue
		}
		if f := toks[k+1].fold; !toks[k+1].lower || f != "các" && f != "những" {
			return -1, -1
		}
		for j := k + 2; j+2 < te && j-k <= 6; j++ {
			if !toks[j].word || !toks[j].lower {
				return -1, -1
			}
			if toks[j].fold == "báo" && toks[j+1].fold == "cáo" && toks[j+2].text == "," && j > k+2 {
				return k + 1, j + 1 // (not "nghe các báo cáo, tờ trình ...": papers, no group)
			}
		}
		return -1, -1
	}
	return -1, -1
}

// papersPresentedAt returns the token of a lower-case "trình bày" whose
// object is papers ("(các) báo cáo", "tham luận", "chuyên đề"), or -1.
func papersPresentedAt(toks []token, ts, te int) int {
	for k := ts + 1; k+3 < te; k++ {
		if toks[k].fold != "trình" || !toks[k].lower || toks[k+1].fold != "bày" {
			continue
		}
		o := k + 2
		if toks[o].fold == "các" || toks[o].fold == "những" || isDigits(toks[o].text) {
			o++
		}
		if o+1 < te {
			switch toks[o].fold + " " + toks[o+1].fold {
			case "báo cáo", "tham luận", "chuyên đề":
				return k
			}
		}
	}
	return -1
}

// quotedTopics reads the topics a meeting heard, quoted in a list after
// "(các) chuyên đề": "nghe truyền đạt các chuyên đề: “A”; “B” và hướng dẫn
// C". Each quoted title is a report, and so is a last item joined by "và"
// after the last quote.
func (a *peopleAnalysis) quotedTopics(d *document, start, end int) []agendaItem {
	const open, shut = "“", "”"
	i := strings.Index(d.folded[start:end], "chuyên đề")
	if i < 0 {
		return nil
	}
	pos := start + i + len("chuyên đề")
	rest := strings.TrimLeft(d.text[pos:end], " :")
	if !strings.HasPrefix(rest, open) {
		return nil
	}
	pos = end - len(rest)
	var out []agendaItem
	for {
		o := strings.Index(d.text[pos:end], open)
		if o < 0 || strings.TrimLeft(d.text[pos:pos+o], " ;,") != "" {
			break
		}
		c := strings.Index(d.text[pos+o:end], shut)
		if c < 0 {
			break
		}
		from, to := pos+o, pos+o+c+len(shut)
		if text := a.itemText(d, from, to); hasWords(text, 2) {
			out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: text}, start: from, end: to})
		}
		pos = to
	}
	if len(out) < 2 {
		return nil
	}
	if tail := d.folded[pos:end]; strings.HasPrefix(tail, " và ") {
		from := pos + len(" và ")
		if text := a.itemText(d, from, end); hasWords(text, 3) {
			out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: text}, start: from, end: end})
		}
	}
	return out
}

// introducesTopic reports a speech text that names a keynote ("phát biểu
// đề dẫn", "lời đề dẫn"): within its first words, "đề dẫn".
func introducesTopic(text string) bool {
	return introducesTopicFolded(fold(text))
}

// introducesTopicFolded is introducesTopic of the folded text f.
func introducesTopicFolded(f string) bool {
	i := strings.Index(f, "đề dẫn")
	return i >= 0 && strings.Count(f[:i], " ") <= 3
}

// keynoteOpener finds a sentence opened by a keynote noun and a comma
// ("Trong bài phát biểu đề dẫn, ", "Tại phần đề dẫn, "): the token where
// the keynote's name starts and the comma after it.
func keynoteOpener(toks []token, ts, te int) (int, int) {
	k := ts
	if k < te && (toks[k].fold == "trong" || toks[k].fold == "tại" || toks[k].fold == "qua") {
		k++
	}
	start := k
	for j := k; j+1 < te && j-k < 8; j++ {
		if !toks[j].word {
			return -1, -1
		}
		if toks[j].fold == "đề" && toks[j+1].fold == "dẫn" {
			for c := j + 2; c < te && c-j < 10; c++ {
				if toks[c].text == "," {
					return start, c
				}
				if !toks[c].word {
					break
				}
			}
			return -1, -1
		}
	}
	return -1, -1
}

// briefingVerbAt reports a verb of a briefing given to an audience at
// token j (j+1 < len(toks)): "thông tin", "quán triệt", "truyền đạt",
// "truyền tải", "phổ biến", "giới thiệu".
func briefingVerbAt(toks []token, j int) bool {
	switch toks[j].fold + " " + toks[j+1].fold {
	case "thông tin", "quán triệt", "truyền đạt", "truyền tải", "phổ biến", "giới thiệu":
		return true
	}
	return false
}

// briefingAudienceWords holds the words briefingHeard's audience scan
// reads.
var briefingAudienceWords = newWordHeads("biểu", "nghị", "viên", "bộ", "sẽ", "được")

// briefingHeard finds a briefing given to the audience by someone the text
// does not name: "<audience> (đã) được thông tin / quán triệt / truyền đạt
// ..." (the item starts at the verb), or "báo cáo viên (của X) truyền đạt
// ..." (the item starts with the speakers). The clause opens at token k.
// It returns the item's first token, or -1.
func briefingHeard(toks []token, k, te int) int {
	if k+3 < te && toks[k].fold == "nội" && toks[k+1].fold == "dung" {
		// "Nội dung (được) thông tin về ...": what the briefing told.
		j := k + 2
		if toks[j].fold == "được" {
			j++
		}
		if j+1 < te && briefingVerbAt(toks, j) {
			return k
		}
		return -1
	}
	if k+2 < te && toks[k].fold == "các" {
		k++
	}
	if k+3 < te && toks[k].fold == "báo" && toks[k+1].fold == "cáo" && toks[k+2].fold == "viên" {
		for v := k + 3; v+1 < te && v-k < 16; v++ {
			if t := toks[v].text; t == ";" || t == ":" || t == "." {
				return -1
			}
			if toks[v].lower && briefingVerbAt(toks, v) {
				return k
			}
		}
		return -1
	}
	audience := false
	for v := k; v+2 < te && v-k < 8; v++ {
		if !briefingAudienceWords.mayBe(toks[v].fold) {
			if !toks[v].word {
				return -1
			}
			continue // (most words: the switch below would try its cases in vain)
		}
		switch toks[v].fold {
		case "biểu", "nghị", "viên", "bộ":
			// "đại biểu", "hội nghị", "báo cáo viên", "học viên", "cán bộ"
			audience = audience || v > 0 && (toks[v-1].fold == "đại" || toks[v-1].fold == "hội" || toks[v-1].fold == "cáo" ||
				toks[v-1].fold == "học" || toks[v-1].fold == "cán")
		case "sẽ":
			return -1 // "học viên sẽ được truyền đạt ...": a course's plan, not this meeting
		case "được":
			if audience && (briefingVerbAt(toks, v+1) || foldPairIs(toks[v+1].fold, toks[v+2].fold, "triển khai")) {
				return v + 1 // ("các đại biểu được triển khai các nội dung: ...": briefed on them)
			}
			if audience && v+3 < te && toks[v+1].fold == "nghe" && (briefingVerbAt(toks, v+2) || foldPairIs(toks[v+2].fold, toks[v+3].fold, "triển khai")) {
				return v + 1 // "học viên được nghe giới thiệu chuyên đề ..."
			}
			if audience && v+3 < te && toks[v+1].fold == "nghe" && toks[v+2].fold == "về" && toks[v+3].word {
				return v + 1 // "các đại biểu được nghe về tình hình thời sự ...": a briefing heard
			}
			if audience && v+3 < te && toks[v+1].fold == "thông" && toks[v+2].fold == "qua" && toks[v+3].word && toks[v+3].lower {
				// "Hội nghị được thông qua tình hình ...": the audience was
				// presented with it; a paper adopted is the subject of its
				// own passive ("Báo cáo được thông qua").
				return v + 1
			}
			return -1
		}
		if !toks[v].word {
			return -1
		}
	}
	return -1
}

// briefedListAt finds the colon after a briefing verb at token k whose
// object is only a generic noun ("quán triệt các nội dung sau:", "triển
// khai những văn bản:"): the papers listed after it, one per ";", are what
// was briefed. It returns the colon's token, or -1.
func briefedListAt(toks []token, k, te int) int {
	if k < te && toks[k].fold == "nghe" {
		k++
	}
	for j := k + 2; j < te && j-k <= 9; j++ {
		if toks[j].text == ":" {
			if j > k+2 {
				return j
			}
			return -1
		}
		switch toks[j].fold {
		case "các", "những", "một", "số", "nội", "dung", "văn", "bản", "chuyên", "đề", "sau", "gồm", "như", "cơ", "chủ", "yếu", "mới", "quan", "trọng", ",":
		default:
			return -1
		}
	}
	return -1
}

// briefingStop ends a briefing item before "như:" that opens the list of
// what was said, else at the sentence end.
func briefingStop(toks []token, k, te, end int) int {
	for j := k + 2; j+1 < te; j++ {
		if toks[j].fold == "như" && toks[j+1].text == ":" {
			return int(toks[j-1].end)
		}
	}
	return end
}

// leadersBriefed reads "<audience> (đã) được lãnh đạo <body> thông tin /
// thông báo / quán triệt / định hướng ..." in the clause at token k and
// returns the item's kind: speech for a steer ("định hướng"), report for
// a briefing; "" when the clause is no such thing.
func leadersBriefed(toks []token, k, te int) string {
	for v := k; v+3 < te && v-k < 12; v++ {
		if !toks[v].word {
			if toks[v].text != "," {
				return ""
			}
			continue
		}
		if toks[v].fold != "được" || toks[v+1].fold != "lãnh" || toks[v+2].fold != "đạo" {
			continue
		}
		for j := v + 3; j+1 < te && j-v < 14; j++ {
			if !toks[j].word {
				return ""
			}
			if !toks[j].lower {
				continue
			}
			switch toks[j].fold + " " + toks[j+1].fold {
			case "định hướng":
				return schema.AgendaSpeech
			case "thông tin", "thông báo", "quán triệt", "truyền đạt", "phổ biến":
				return schema.AgendaReport
			}
		}
		return ""
	}
	return ""
}

// reportsListedAt finds "như: báo cáo" with its colon in toks[from:to]
// and returns the token of "như".
func reportsListedAt(toks []token, from, to int) (int, bool) {
	for k := from + 1; k < to && k+2 < len(toks); k++ {
		if toks[k].text == ":" && toks[k-1].fold == "như" && toks[k+1].fold == "báo" && toks[k+2].fold == "cáo" {
			return k - 1, true
		}
	}
	return -1, false
}

// listedReports splits a list of papers from token k, each opened by "báo
// cáo" after ",", ";" or "và", into token ranges; the list ends with the
// sentence.
func listedReports(toks []token, k, te int) [][2]int {
	var out [][2]int
	from := k
	for j := k + 2; j < te; j++ {
		t := toks[j].text
		if t == "." || t == "!" || t == "?" {
			te = j
			break
		}
		if t != "," && t != ";" && toks[j].fold != "và" || j+2 >= te {
			continue
		}
		if toks[j+1].fold == "báo" && toks[j+2].fold == "cáo" {
			out = append(out, [2]int{from, j})
			from = j + 1
		}
	}
	if from < te {
		out = append(out, [2]int{from, te})
	}
	return out
}

// reportsAfterSemicolon reads the papers listed after a report that ends
// at ";" ("nghe Văn phòng trình bày dự thảo báo cáo A; dự thảo báo cáo B;
// dự thảo chương trình C"): one verb presents them all, and each segment
// that opens with a paper noun is a report of its own. The list stops at
// a segment that names no paper. end bounds the sentence.
func (a *peopleAnalysis) reportsAfterSemicolon(d *document, items []agendaItem, end int) []agendaItem {
	n := len(items)
	for i := 0; i < n; i++ {
		it := items[i]
		if it.Kind != schema.AgendaReport || it.end >= end {
			continue
		}
		from := it.end
		for from < end && d.text[from] == ' ' {
			from++
		}
		for from < end && d.text[from] == ';' {
			k := a.tokenIndexAt(from+1, len(a.toks))
			if k+1 >= len(a.toks) || !paperNounAt(a.toks, k) {
				break
			}
			stop := end
			if j := strings.IndexByte(d.text[from+1:end], ';'); j >= 0 {
				stop = from + 1 + j
			}
			text := a.itemText(d, from+1, stop)
			next := agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: text, Presenter: it.Presenter}, start: from + 1, end: stop}
			if !hasWords(text, 3) || overlapsAny(items, next) {
				break
			}
			items = append(items, next)
			from = stop
		}
	}
	if len(items) > n {
		sort.SliceStable(items, func(i, j int) bool { return items[i].start < items[j].start })
	}
	return items
}

// paperNounAt reports a paper presented to a meeting named at token k:
// "(dự thảo) báo cáo", "dự thảo", "tờ trình", "đề án", "tham luận".
func paperNounAt(toks []token, k int) bool {
	if k+1 >= len(toks) || !toks[k].word {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "báo cáo", "dự thảo", "tờ trình", "đề án", "tham luận":
		return true
	}
	return toks[k].fold == "nghe" && toks[k].lower // "...; nghe Ủy ban MTTQ thông báo ...": one more heard
}

// guidanceHeard finds "<meeting> ... nghe ... ý kiến chỉ đạo ..." (with
// "đã", "lắng" and ", tiếp thu" optional) at token k and returns the token
// of "ý", or -1.
func guidanceHeard(toks []token, k, te int) int {
	j := meetingSubjectAt(toks, k, te)
	if j < 0 {
		return -1
	}
	for n := 0; j < te && n < 8; n, j = n+1, j+1 {
		if j+3 < te && toks[j].fold == "ý" && toks[j+1].fold == "kiến" && toks[j+2].fold == "chỉ" && toks[j+3].fold == "đạo" {
			return j
		}
		switch toks[j].fold {
		case "đã", "lắng", "nghe", ",", "tiếp", "thu", "và":
			continue
		}
		return -1
	}
	return -1
}

// guidanceEnd ends the guidance heard from token k before "và ý kiến
// (của)" that adds other voices, or at the sentence end.
func guidanceEnd(toks []token, k, te int) int {
	for j := k + 4; j+2 < te; j++ {
		if toks[j].fold == "và" && toks[j+1].fold == "ý" && toks[j+2].fold == "kiến" {
			return j
		}
		if toks[j].text == ";" {
			return j
		}
	}
	for te > k+1 && !toks[te-1].word {
		te--
	}
	return te
}

// draftAt reports a paper still to be decided at token k: "(các) dự kiến",
// "dự thảo", "tờ trình", "báo cáo".
func draftAt(toks []token, k, te int) bool {
	if k < te && (toks[k].fold == "các" || toks[k].fold == "những") {
		k++
	}
	if k+1 >= te {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "dự kiến", "dự thảo", "tờ trình", "báo cáo":
		return true
	}
	return false
}

// draftsListed reports a colon at token c that lists the drafts a
// discussion commented on ("... ý kiến vào các dự thảo ... như: Nghị
// quyết ...; ..."): the list is the object of the
// discussion. Reports listed ("như: báo cáo A, báo cáo B") are items of
// their own, and other colons open what was said.
func draftsListed(toks []token, c, te int, kind string) bool {
	if kind != schema.AgendaDiscussion || c < 1 || c+2 >= te || toks[c-1].fold != "như" {
		return false
	}
	if toks[c+1].fold == "báo" && toks[c+2].fold == "cáo" {
		return false
	}
	for j := c - 2; j >= 0 && c-j <= 6; j-- {
		if toks[j].fold == "thảo" && j > 0 && toks[j-1].fold == "dự" {
			return true // "(các) dự thảo (văn bản) như:"
		}
	}
	return false
}

// genericTopicsListed reports a discussion whose object, before the colon
// at token c, is only a generic noun ("thảo luận các vấn đề: A; B",
// "cho ý kiến về một số nội dung sau:", "... nội dung như:") or ends with
// "về:": the topics listed after the colon are what was discussed.
func genericTopicsListed(toks []token, c, te int, kind string) bool {
	if kind != schema.AgendaDiscussion || c < 3 || c+1 >= te {
		return false
	}
	if toks[c-1].fold == "về" && toks[c-1].lower {
		return true // "thảo luận, góp ý các dự thảo báo cáo về: A; B": what they are about
	}
	noun := false
	for j := c - 1; j >= 0 && c-j <= 6; j-- {
		switch toks[j].fold {
		case "vấn", "nội":
			noun = noun || j+1 < c && (toks[j+1].fold == "đề" || toks[j+1].fold == "dung")
		case "đề", "dung", "các", "những", "một", "số", "nhiều", "sau", "như", "về", "chính", "quan", "trọng":
		default:
			return noun && j < c-2
		}
	}
	return false
}

// papersHeardFirst reads "Sau khi nghe <papers>, <the meeting or its
// members> <acts>": each paper heard ("Tờ trình của UBND tỉnh", "Báo cáo
// thẩm tra của Ban Kinh tế - Ngân sách") is a report, and what the
// members did next is read as a body's acts. It returns nil unless the
// sentence opens so and names at least one paper.
func (a *peopleAnalysis) papersHeardFirst(d *document, ts, te int, meetingNoun string) []agendaItem {
	toks := a.toks
	k := ts
	if k+3 >= te || toks[k].fold != "sau" || toks[k+1].fold != "khi" || toks[k+2].fold != "nghe" {
		return nil
	}
	k += 3
	// The clause of papers ends at the last comma before the first act.
	comma := -1
	for j := k; j < te; j++ {
		if toks[j].text == "," {
			comma = j
			continue
		}
		if n, _ := actionVerbAt(toks, j, te); n > 0 && comma >= 0 {
			break
		}
	}
	if comma < 0 {
		return nil
	}
	var out []agendaItem
	from := k
	for j := k; j <= comma; j++ {
		end := j == comma || toks[j].text == "," || toks[j].fold == "và" && toks[j].lower
		if !end {
			continue
		}
		if from < j && paperNounAt(toks, from) {
			start, stop := int(toks[from].start), int(toks[j-1].end)
			if t := a.itemText(d, start, stop); hasWords(t, 3) { // (a bare "tờ trình" names no paper)
				out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: t}, start: start, end: stop})
			}
		}
		from = j + 1
		if from < comma && (toks[from].fold == "các" || toks[from].fold == "những") {
			from++
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, a.bodyActions(d, comma+1, te, meetingNoun)...)
}
