package extractor

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// Tasks and requests: the tasks a speaker sets ("đề nghị / yêu cầu ...",
// requestTasks), numbered and bulleted task lists (numberedItems,
// listParagraph, listMarkers), and the tests for request verbs and nouns,
// the chair who requests, and where a request ends.

// requestTasks turns "yêu cầu / đề nghị / giao ..." in a concluding speech
// into tasks, one per ";" clause.
func (a *peopleAnalysis) requestTasks(d *document, st *agendaState, m *mention, te, sentEnd int) []agendaItem {
	toks := a.toks
	from := 0
	if m != nil {
		from = m.suffixEnd
	} else {
		from = a.tokenIndexAt(sentEnd, te)
		from = a.sentStart[toks[te-1].sent]
	}
	who := st.conclusion
	if m != nil {
		who = m.person
		// "Phát biểu chỉ đạo, Đại tá X yêu cầu, các đơn vị ...": the
		// request verb right after the speaker keeps its comma; there it
		// can only be the verb, not the noun ("đáp ứng yêu cầu, ...").
		if v := a.predicateStart(m); v >= 0 && v < te && (requestWordAt(toks, v) || directsWithColon(toks, v, te)) {
			// "Kết luận cuộc họp, X chỉ đạo: A. B.": directions after a
			// colon are requests too.
			return a.requestTasksFrom(d, st, v, who, te, sentEnd, true)
		}
		if out := a.requestTasksFrom(d, st, from, who, te, sentEnd, false); len(out) > 0 {
			return out
		}
		// "X ghi nhận ... và đề nghị, trong nhiệm kỳ mới, các hội viên
		// ...": the request joined to the speaker's first verb.
		if k := chairRequests(toks, a.predicateStart(m), te); k >= 0 {
			return a.requestTasksFrom(d, st, k, who, te, sentEnd, true)
		}
		return nil
	}
	return a.requestTasksFrom(d, st, from, who, te, sentEnd, false)
}

// venueAt reports the meeting where something was said, "tại buổi / cuộc /
// phiên họp ...", "tại hội nghị", opening at token k.
func venueAt(toks []token, k, te int) bool {
	if k+1 >= te || toks[k].fold != "tại" {
		return false
	}
	switch toks[k+1].fold {
	case "buổi", "cuộc", "phiên", "lễ":
		return true
	}
	return meetingNounAt(toks, k+1)
}

// requestTasksFrom is requestTasks reading the request from token from
// on, set by person who. at tells that the caller found the request verb
// right at from.
func (a *peopleAnalysis) requestTasksFrom(d *document, st *agendaState, from, who, te, sentEnd int, at bool) []agendaItem {
	toks := a.toks
	for k := from; k < te; k++ {
		if !toks[k].lower {
			continue
		}
		verb := toks[k].fold
		wish := k == from && k+2 < te && verb == "mong" && toks[k+1].fold == "muốn" // asked for by the caller
		// The caller found the request right at from: "đồng chí đề nghị,
		// hằng năm ..." keeps its comma.
		asked := at && k == from && (requestWordAt(toks, k) || directsAt(toks, k))
		if !requestVerbAt(toks, k, te) && !isAssign(toks, k, te) && !wish && !asked && !directsWithColon(toks, k, te) {
			continue
		}
		start := k + 2
		if verb == "giao" {
			start = k
		} else if start < te && toks[start].text == "," {
			start++ // "yêu cầu, trong thời gian tới, ..."
		}
		if start >= te || venueAt(toks, start, te) {
			return nil // ("“...” - X yêu cầu tại buổi họp ...": the request is the quote before)
		}
		var out []agendaItem
		parts := a.splitClauses(int(toks[a.skipTimePhrase(start, te)].start), sentEnd, d)
		if strings.HasSuffix(strings.TrimSpace(d.text[parts[len(parts)-1][0]:parts[len(parts)-1][1]]), ":") {
			parts = parts[:len(parts)-1] // "...; đồng thời giao nhiệm vụ cụ thể:" opens a list
		}
		if len(parts) > 1 {
			first := d.text[parts[0][0]:parts[0][1]]
			if c := strings.IndexByte(first, ':'); c >= 0 && examplesColon(d.folded[parts[0][0]:parts[0][0]+c+1]) {
				// "yêu cầu các sở làm rõ một số nội dung như: A; B; C":
				// what is listed are the examples of one task.
				parts = [][2]int{{parts[0][0], parts[len(parts)-1][1]}}
			} else if c >= 0 {
				// "yêu cầu thời gian tới cần làm tốt ba nhiệm vụ: A; B; C":
				// the words before the colon announce the tasks.
				parts[0][0] += c + 1
			}
		}
		for _, part := range parts {
			text := a.itemText(d, part[0], part[1])
			if !hasWords(text, 3) {
				continue
			}
			out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaTask, Text: text, Presenter: a.presenterName(who)}, start: part[0], end: part[1]})
		}
		st.taskRun = len(out) > 0
		st.conclusion = who
		return out
	}
	return nil
}

// examplesColon reports folded text that ends with "như:" (such as) but not
// "như sau:" (as follows): the list after it gives examples, not items.
func examplesColon(folded string) bool {
	f := strings.TrimRight(strings.TrimSuffix(folded, ":"), " ")
	return strings.HasSuffix(f, " như") && !strings.HasSuffix(f, "như sau")
}

// numberedItems reads "(1) ... (2) ..." and "Thứ nhất, ... Thứ hai, ..."
// items: tasks set by the speaker, or, when the meeting itself is the
// subject ("Đại hội đã tập trung thực hiện ba nội dung"), its own steps.
func (a *peopleAnalysis) numberedItems(d *document, st *agendaState, pi int, markers [][2]int) []agendaItem {
	p := d.paras[pi]
	who := st.conclusion
	introStart := p.start
	introEnd := markers[0][0]
	for _, m := range a.mentionsIn(introStart, introEnd) {
		if !m.genitive {
			who = m.person
		}
	}
	if who < 0 {
		who = st.lastSubject
	}
	intro := d.folded[introStart:introEnd]
	meetingSubject := who < 0 || (!strings.Contains(intro, "đồng chí") && hasAny(intro, "đại hội đã", "hội nghị đã", "đại hội tập trung", "hội nghị tập trung")) ||
		// "... khai mạc kỳ họp để thảo luận, cho ý kiến về những nội dung
		// sau: (1) Báo cáo ...": the meeting's own programme, whoever says it.
		(strings.Contains(intro, "nội dung sau") && hasAny(intro, "thảo luận", "cho ý kiến", "xem xét"))
	if !meetingSubject && discussesTopics(intro) {
		// "Hai đoàn đã trao đổi về 5 vấn đề: (1) ..." after a speech:
		// the topics of a discussion, no tasks of the speaker.
		return nil
	}
	// A speaker's numbered points are tasks only when the intro asks for
	// something; "báo cáo ... gồm 3 phần: (1) ..." lists the parts of a
	// report, and "tôi tập trung trình bày 4 nội dung: (1) ..." those of a
	// speech.
	if !meetingSubject && (!hasAny(intro, "đề nghị", "yêu cầu", "nhấn mạnh", "chỉ đạo", "giao", "lưu ý", "cần ", "nhiệm vụ", "giải pháp", "chú trọng", "tập trung") ||
		strings.Contains(intro, "trình bày") && !hasAny(intro, "đề nghị", "yêu cầu")) {
		return nil
	}
	first, last := a.mentionRange(introStart, introEnd)
	for i := first; i < last; i++ {
		if m := a.mentions[i]; m.person == who && !m.genitive {
			if c, ok := a.cueAfter(i); ok && c.agenda == schema.AgendaReport {
				return nil
			}
		}
	}
	var out []agendaItem
	for i, mk := range markers {
		start := mk[1]
		end := p.end
		if i+1 < len(markers) {
			end = markers[i+1][0]
		}
		// an item ends with its sentence
		if k := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].end > start }); k < len(d.sents) && d.sents[k].start <= start && d.sents[k].end < end {
			end = d.sents[k].end
		}
		text := a.itemText(d, start, end)
		if !hasWords(text, 2) {
			continue
		}
		kind := schema.AgendaTask
		presenter := a.presenterName(who)
		if meetingSubject {
			if k := meetingActKind(fold(text)); k != "" {
				kind = k
			}
			presenter = ""
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: kind, Text: text, Presenter: presenter}, start: start, end: end})
	}
	if !meetingSubject {
		st.conclusion = who
	}
	return out
}

// discussesTopics reports an intro to a numbered list (folded) whose last
// words name a discussion and ask for nothing: what follows are its topics.
func discussesTopics(intro string) bool {
	tail := intro[max(0, len(intro)-100):]
	return hasAny(tail, "thảo luận", "trao đổi") && !hasAny(tail, "đề nghị", "yêu cầu", "giao ", "cần ")
}

// listParagraph reads one item of a list opened by a paragraph ending in
// ":" ("giao nhiệm vụ cụ thể:", "nghe truyền đạt 4 chuyên đề:").
func (a *peopleAnalysis) listParagraph(d *document, st *agendaState, pi int) (agendaItem, bool) {
	p := d.paras[pi]
	if p.end-p.start > 600 || p.kind == paraCaption {
		return agendaItem{}, false
	}
	toks := a.toks
	who := st.listWho
	if st.listKind == schema.AgendaTask && who < 0 {
		return agendaItem{}, false
	}
	end := p.end
	for _, m := range a.mentionsIn(p.start, p.end) {
		if m.genitive {
			continue
		}
		who = m.person
		// "..., do đồng chí X trình bày": the item ends before "do".
		k := m.prefixStart
		for k > 0 && int(toks[k-1].para) == pi && (toks[k-1].text == "," || toks[k-1].fold == "do") {
			k--
		}
		if int(toks[k].start) < end {
			end = int(toks[k].start)
		}
		break
	}
	start := p.start
	if b := listBullet(d.text[p.start:end]); b == "• " {
		start = p.start + strings.Index(d.text[p.start:end], b) + len(b) // (the dashes are trimmed by itemText)
	}
	text := a.itemText(d, start, end)
	if !hasWords(text, 2) || st.listKind == schema.AgendaDecision && othersClosingList(fold(text)) {
		return agendaItem{}, false
	}
	if st.listKind == schema.AgendaReport && strings.Contains(fold(d.text[d.paras[max(pi-1, 0)].start:d.paras[max(pi-1, 0)].end]), "chuyên đề") {
		text = "chuyên đề " + lowerFirst(text)
	}
	kind := st.listKind
	if kind == listOwnActs {
		// the item's own verb tells its kind ("Thông qua ...": a decision);
		// an item with none is some other act ("Giới thiệu danh sách ...")
		k := a.tokenIndexAt(start, len(toks))
		for k < len(toks) && !toks[k].word {
			k++
		}
		kind = schema.AgendaOther
		if n, kd := actionVerbAt(toks, k, tokenFrom(toks, k, end)); n > 0 {
			kind = kd
		}
	}
	return agendaItem{AgendaItem: schema.AgendaItem{Kind: kind, Text: text, Presenter: a.presenterName(who)}, start: p.start, end: p.end}, true
}

// othersClosingList reports the item (folded) that closes a list with "and
// other matters" ("Và một số nội dung quan trọng khác"): no act of its own.
func othersClosingList(f string) bool {
	return strings.HasPrefix(f, "và ") && strings.HasSuffix(strings.TrimRight(f, " ."), " khác")
}

// hasRequest reports "yêu cầu", "đề nghị" or "giao" written in lower case
// in toks[ts:te].
func hasRequest(toks []token, ts, te int) bool {
	for k := ts; k+1 < te; k++ {
		if !toks[k].lower {
			continue
		}
		if requestVerbAt(toks, k, te) || isAssign(toks, k, te) || directsWithColon(toks, k, te) {
			return true
		}
	}
	return false
}

// directsWithColon reports "chỉ đạo:" at token k, directions that open a
// list of tasks, as "yêu cầu" does ("Kết luận cuộc họp, Bí thư Tỉnh ủy chỉ
// đạo: A. B.").
func directsWithColon(toks []token, k, te int) bool {
	return k+2 < te && toks[k+2].text == ":" && directsTasks(toks, k, te)
}

// isAssign reports "giao" used to assign work ("giao Văn phòng UBND tỉnh
// tổng hợp ...", "giao nhiệm vụ"), not "được giao" (assigned to).
func isAssign(toks []token, k, te int) bool {
	if toks[k].fold != "giao" || k+1 >= te {
		return false
	}
	if k > 0 && toks[k-1].fold == "được" {
		return false
	}
	if giaoCompound(toks, k) {
		return false // "Bộ Ngoại giao Trung Quốc", "bàn giao / chuyển giao X", "tiếp xã giao Đoàn X" (a courtesy call): no assignment
	}
	next := toks[k+1]
	return next.capital || next.fold == "nhiệm" || next.fold == "cho"
}

// ordinals are the words of "thứ nhất, thứ hai ..." and "một là, hai là ...".
var ordinals = map[string]bool{"nhất": true, "hai": true, "ba": true, "tư": true, "bốn": true, "năm": true,
	"sáu": true, "bảy": true, "tám": true, "chín": true, "mười": true, "một": true}

// listMarkers finds the numbered items of paragraph pi: "(1)", "Thứ nhất,",
// "một là,". Each marker is [start of marker, start of item text] in bytes.
// The paragraph's tokens are found from token from, which should be near
// its first (the paragraphs are read in order); next is the first token
// after the paragraph, where the search for the next can start.
func (a *peopleAnalysis) listMarkers(d *document, pi, from int) (markers [][2]int, next int) {
	p := d.paras[pi]
	toks := a.toks
	lo := a.firstTokenFrom(p.start, from)
	hi := tokenFrom(toks, lo, p.end)
	// Most paragraphs hold no marker: their text, up to the two tokens
	// after them that the scan reads, rules it out without streaming the
	// tokens.
	wend := p.end
	if hi < len(toks) {
		wend = max(wend, int(toks[min(hi+1, len(toks)-1)].end))
	}
	if !mayHoldListMarker(d.text[p.start:wend], d.folded[p.start:wend]) {
		return nil, hi
	}
	return a.scanListMarkers(p, lo), hi
}

// scanListMarkers is listMarkers once the paragraph may hold a marker: its
// tokens start at lo.
func (a *peopleAnalysis) scanListMarkers(p span, lo int) (markers [][2]int) {
	toks := a.toks
	// A marker is found from its punctuation: the "(" that opens it, or the
	// "," two tokens after the word that opens it. Only one-byte tokens are
	// looked at closer, and the marker at token i is read at i or at i+2,
	// so markers still come in the order of i (no i is both a "(" and a
	// word before "," and, for an i read at i+2, token i+1 is no "(").
	// The scan finds the paragraph's end as it goes, and reads the two
	// tokens after it for a "," that ends a marker.
	hi := lo
	for ; hi < len(toks) && int(toks[hi].start) < p.end; hi++ {
		if len(toks[hi].text) == 1 {
			markers = appendMarkerAt(markers, toks, hi, lo, p.end, true)
		}
	}
	for k := hi; k < min(hi+2, len(toks)); k++ {
		if len(toks[k].text) == 1 {
			markers = appendMarkerAt(markers, toks, k, lo, p.end, false)
		}
	}
	return markers
}

// tokenFrom returns the first token from lo on that starts at or after
// byte b: a gallop then a binary search, which reads a few tokens of a
// paragraph rather than all of them.
func tokenFrom(toks []token, lo, b int) int {
	step, hi := 1, lo
	for hi < len(toks) && int(toks[hi].start) < b {
		lo = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, len(toks))
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(toks[m].start) < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// mayHoldListMarker reports whether a text may hold a marker of
// listMarkers: a "(" (of "(1)"), or a comma after "là" (of "hai là,") or
// after "thứ" and a word that ends as an ordinal does (of "thứ hai,"),
// with only spaces between them. False means it holds none. folded is
// text folded, at the same offsets; spaces are read from text, as the
// tokenizer reads them.
func mayHoldListMarker(text, folded string) bool {
	if numberInParens(folded) {
		return true
	}
	thu := holdsThu(folded)
	for i := 0; ; {
		k := strings.IndexByte(folded[i:], ',')
		if k < 0 {
			return false
		}
		c := i + k
		i = c + 1
		w := folded[:spaceBefore(text, c)]
		if strings.HasSuffix(w, "là") {
			return true
		}
		if !thu {
			continue
		}
		if n := ordinalSuffix(w); n > 0 && strings.HasSuffix(folded[:spaceBefore(text, len(w)-n)], "thứ") {
			return true
		}
	}
}

// numberInParens reports whether s holds a "(" with an ASCII digit after
// it, spaces aside: where "(1)" may be.
func numberInParens(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '(')
		if k < 0 {
			return false
		}
		i += k + 1
		j := i
		for j < len(s) && s[j] != ')' && !isDigitByte(s[j]) && (s[j] <= ' ' || s[j] >= utf8.RuneSelf) {
			j++ // (spaces, and any rune that may be one, passed over)
		}
		if j < len(s) && isDigitByte(s[j]) {
			return true
		}
	}
}

// holdsThu reports whether s holds "thứ", found by its last byte (0xA9),
// rarer than its first.
func holdsThu(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], 0xA9)
		if k < 0 {
			return false
		}
		i += k + 1
		if i >= len("thứ") && s[i-len("thứ"):i] == "thứ" {
			return true
		}
	}
}

// spaceBefore returns where the run of spaces that ends at byte j of
// text starts (j itself when none ends there).
func spaceBefore(text string, j int) int {
	for j > 0 {
		if c := text[j-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return j
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsSpace(r) {
			return j
		}
		j -= n
	}
	return j
}

// ordinalSuffix returns the length of an ordinal word (ordinals) that w
// ends with, 0 if none: its last 2 to 7 bytes, the ordinals' lengths,
// matched by switches on constants.
func ordinalSuffix(w string) int {
	for n := 2; n <= min(7, len(w)); n++ {
		switch w[len(w)-n:] {
		case "nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "một":
			return n
		}
	}
	return 0
}

// appendMarkerAt appends the marker read at the one-byte token k of
// listMarkers (inPara: k is in the paragraph, which starts at token lo and
// ends at byte end).
func appendMarkerAt(out [][2]int, toks []token, k, lo, end int, inPara bool) [][2]int {
	switch toks[k].text[0] {
	case '(':
		i := k
		if inPara && i+2 < len(toks) && toks[i+2].text == ")" && toks[i+1].word && len(toks[i+1].text) <= 2 && isDigits(toks[i+1].text) && int(toks[i+2].end) < end {
			out = append(out, [2]int{int(toks[i].start), int(toks[i+2].end) + 1})
		}
	case ',':
		i := k - 2
		if i < lo || !toks[i].word {
			return out
		}
		t := &toks[i]
		boundary := i == 0 || toks[i-1].para != t.para || strings.Contains(".;:,", toks[i-1].text)
		if !boundary {
			return out
		}
		if (t.fold == "thứ" && ordinals[toks[i+1].fold] && toks[i+1].fold != "một") || (ordinals[t.fold] && t.fold != "nhất" && toks[i+1].fold == "là") {
			out = append(out, [2]int{int(t.start), min(int(toks[i+2].end)+1, end)})
		}
	}
	return out
}

// requestVerbAt reports "yêu cầu", "đề nghị" or "lưu ý" used as a verb at token k,
// not as a noun ("các nhiệm vụ và yêu cầu của khóa học", "theo đề
// nghị của Sở", "đáp ứng yêu cầu").
func requestVerbAt(toks []token, k, te int) bool {
	if k+1 >= te || !toks[k].lower || !requestHeadSet.has(&toks[k]) {
		return false
	}
	if !foldPairIs(toks[k].fold, toks[k+1].fold, "yêu cầu", "đề nghị", "lưu ý") {
		return false
	}
	if k+2 < te && (toks[k+2].fold == "của" || toks[k+2].fold == "đặt" || toks[k+2].text == "," || toks[k+2].text == ".") {
		return false
	}
	if k > 0 && toks[k-1].word {
		switch toks[k-1].fold {
		case "các", "những", "và", "theo", "ứng", "cầu", "mọi", "nhiều", "với":
			return false
		case "bảo", "đảm", "đạt", "vượt":
			// "đảm bảo / bảo đảm / đạt / vượt yêu cầu": a standard met
			return false
		}
	}
	return true
}

// addressesParticipants reports a request addressed to the people of the
// meeting or the units below the speaker ("đề nghị mỗi đồng chí học viên
// ...", "đề nghị các đơn vị ..."): an instruction, not a proposal.
func addressesParticipants(toks []token, k, te int) bool {
	if k >= te || !toks[k].word {
		return false
	}
	switch toks[k].fold {
	case "mỗi", "toàn", "học":
		return true
	case "các":
		if k+1 < te {
			// (the delegates, "các đại biểu", and the members, "các thành
			// viên", are the meeting's own participants)
			switch toks[k+1].fold {
			case "đồng", "học", "đơn", "cấp", "địa", "sở", "phòng", "chi", "đảng", "đại", "thành":
				return true
			}
		}
	}
	return false
}

// cleftRequester reads sentence si as "Đó là yêu cầu / chỉ đạo / đề nghị
// của X ..." and returns X, or -1.
func (a *peopleAnalysis) cleftRequester(d *document, si int) int {
	if si >= len(d.sents) || !strings.HasPrefix(d.folded[d.sents[si].start:d.sents[si].end], "đó là ") {
		return -1
	}
	toks := a.toks
	ts, te := a.tokenRange(d.sents[si])
	if te-ts < 6 {
		return -1
	}
	switch toks[ts+2].fold + " " + toks[ts+3].fold {
	case "yêu cầu", "chỉ đạo", "đề nghị":
	default:
		return -1
	}
	if toks[ts+4].fold != "của" {
		return -1
	}
	for _, i := range a.sentMentions(si) {
		if m := a.mentions[i]; m.prefixStart == ts+5 {
			return m.person
		}
	}
	return -1
}

// wishAfterDirecting reports "mong muốn" at token k in a sentence that
// follows one assigning tasks ("... động viên và giao nhiệm vụ
// cho Đoàn. Đồng chí mong muốn các đại biểu ..."): the leader's wishes
// are the tasks. A wish after a welcome or a remark is not.
func (a *peopleAnalysis) wishAfterDirecting(d *document, si, k, te int) bool {
	toks := a.toks
	if si == 0 || k+2 >= te || toks[k].fold != "mong" || toks[k+1].fold != "muốn" {
		return false
	}
	prev := d.folded[d.sents[si-1].start:d.sents[si-1].end]
	return strings.Contains(prev, "giao nhiệm vụ") || strings.Contains(prev, "phát biểu chỉ đạo")
}

// chairRequests finds a request verb ("đề nghị", "yêu cầu") joined to
// the speaker's other verbs ("chúc mừng ... và đề nghị ...", "..., đồng
// thời yêu cầu ..."), not a noun ("trở thành yêu cầu sống còn"), and
// returns its token, or -1.
func chairRequests(toks []token, v, te int) int {
	if v < 0 {
		return -1
	}
	for k := v + 1; k+1 < te; k++ {
		if requestWordAt(toks, k) && !requestNounAt(toks, k, te) {
			if p := toks[k-1]; p.fold == "và" || p.text == "," || p.fold == "thời" {
				return k
			}
		}
	}
	return -1
}

// chairRequestBefore is chairRequests(toks, v, len(toks)) for a request
// that starts before byte end, or -1: the scan stops at end rather than
// running on to the next request of the page.
func chairRequestBefore(toks []token, v, end int) int {
	if v < 0 {
		return -1
	}
	for k := v + 1; k+1 < len(toks) && int(toks[k].start) < end; k++ {
		if requestWordAt(toks, k) && !requestNounAt(toks, k, len(toks)) {
			if p := &toks[k-1]; p.fold == "và" || p.text == "," || p.fold == "thời" {
				return k
			}
		}
	}
	return -1
}

// requestNounAt reports "yêu cầu" / "đề nghị" at token k used as a noun:
// owned ("yêu cầu của hội nghị"), set ("yêu cầu đặt ra"), ending the
// clause, or paired with "mục đích" ("nêu rõ mục đích, yêu cầu ...").
func requestNounAt(toks []token, k, te int) bool {
	if k+2 < te {
		switch toks[k+2].fold {
		case "của", "đặt", ".", ";":
			return true
		}
	}
	return k >= 2 && toks[k-1].text == "," && toks[k-2].fold == "đích"
}

// requestWordAt reports "đề nghị" or "yêu cầu" in lower case at token k.
func requestWordAt(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].lower &&
		((toks[k].fold == "đề" && toks[k+1].fold == "nghị") || (toks[k].fold == "yêu" && toks[k+1].fold == "cầu"))
}

// questionsPut finds "(đã) lựa chọn / nêu / đặt / trả lời / giải đáp <n>
// câu hỏi" told as done at the meeting and returns the verb's token, or -1.
// Questions only received or sorted before it ("nhận được 132 câu hỏi")
// are not.
func questionsPut(toks []token, ts, te int) int {
	for k := ts; k+1 < te; k++ {
		if toks[k].fold != "câu" || toks[k+1].fold != "hỏi" {
			continue
		}
		for v := k - 1; v >= ts+1 && v >= k-5; v-- {
			switch toks[v-1].fold + " " + toks[v].fold {
			case "lựa chọn", "trả lời", "giải đáp":
			default:
				if (toks[v].fold == "nêu" || toks[v].fold == "đặt") && toks[v].lower {
					v++
					break
				}
				continue
			}
			v-- // the verb's first syllable
			if v > ts && (toks[v-1].fold == "đã" || toks[v-1].fold == "được") {
				return v
			}
			return -1
		}
		return -1
	}
	return -1
}

// leadersRequest finds "lãnh đạo <body> (đã) đề nghị / yêu cầu ..." with
// the leadership as the subject of the sentence (first, or after an
// opening adverbial) and returns the token of the request verb, or -1.
func leadersRequest(toks []token, ts, te int) int {
	for p := ts; p+3 < te && p-ts < 10; p++ {
		if toks[p].fold != "lãnh" || toks[p+1].fold != "đạo" || !(p == ts || toks[p-1].text == ",") {
			continue
		}
		for k := p + 2; k+1 < te && k-p < 12; k++ {
			if !toks[k].word {
				return -1
			}
			if requestWordAt(toks, k) {
				if toks[k-1].fold == "đã" || toks[k-1].capital || !toks[k-1].lower {
					return k
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// instructs reports a request verb at token v, right after speaker m, said
// by the meeting's chair: the chair's requests set work ("Phát biểu tại
// Hội nghị, đồng chí X đề nghị các đơn vị ..."). A guest's request stays
// part of the speech ("đề nghị Chính phủ ...", "đề nghị mỗi học viên ...").
func (a *peopleAnalysis) instructs(m *mention, v, te int) bool {
	toks := a.toks
	// Right after the speaker, "yêu cầu," keeps its comma: there it is the
	// verb, not the noun.
	if v < 0 || !requestVerbAt(toks, v, te) && !(requestWordAt(toks, v) && v+2 < te && toks[v+2].text == ",") {
		return false
	}
	// "yêu cầu" directs whoever says it; "đề nghị" only from the chair, else
	// it may be a remark to the hosts.
	return a.people[m.person].roles[schema.RoleChair] || toks[v].fold == "yêu"
}

// chairDutiesAt reads, after the chair's remark verb at token v ("nhấn
// mạnh:"), a colon that opens duties: clauses split by ";" whose first
// says what someone "cần" or "phải" do. It returns the colon's token, or
// -1. Only the chair's remarks set work so; a guest's stay a speech.
func (a *peopleAnalysis) chairDutiesAt(m *mention, v, te int) int {
	toks := a.toks
	if m == nil || v < 0 || !a.people[m.person].roles[schema.RoleChair] || !remarkVerb(toks, v, te) {
		return -1
	}
	c := v + 2
	if c >= te || toks[c].text != ":" {
		return -1
	}
	duty := false
	for j := c + 1; j < te; j++ {
		switch {
		case toks[j].text == ";":
			if duty {
				return c
			}
			return -1
		case toks[j].lower && (toks[j].fold == "cần" || toks[j].fold == "phải"):
			duty = true
		}
	}
	return -1
}

// dutyTasks gives a task for each clause after the colon at token c
// (chairDutiesAt), the time phrase that opens them left out.
func (a *peopleAnalysis) dutyTasks(d *document, st *agendaState, c, who, te, sentEnd int) []agendaItem {
	parts := a.splitClauses(int(a.toks[a.skipTimePhrase(c+1, te)].start), sentEnd, d)
	var out []agendaItem
	for _, part := range parts {
		if text := a.itemText(d, part[0], part[1]); hasWords(text, 3) {
			out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaTask, Text: text, Presenter: a.presenterName(who)}, start: part[0], end: part[1]})
		}
	}
	st.taskRun = len(out) > 0
	st.conclusion = who
	return out
}

// chairByRole reports the chair named by role alone at token k: "đồng chí
// chủ trì", "người chủ trì (hội nghị)".
func chairByRole(toks []token, k, te int) bool {
	if k+2 >= te {
		return false
	}
	w := toks[k].fold + " " + toks[k+1].fold
	return (w == "đồng chí" && toks[k+2].fold == "chủ" || toks[k].fold == "người" && toks[k+1].fold == "chủ") &&
		(toks[k+2].fold == "trì" || k+3 < te && toks[k+3].fold == "trì")
}

// participantsAskedAt returns the request verb after a speaker named by
// office at token k ("đại diện lãnh đạo xã đề nghị các học viên ..."),
// when the request is addressed to the participants, or -1.
func participantsAskedAt(toks []token, k, te int) int {
	for j := k + 1; j+2 < te && j-k <= 10; j++ {
		if !toks[j].word {
			return -1
		}
		if requestWordAt(toks, j) && toks[j].lower {
			if addressesParticipants(toks, j+2, te) {
				return j
			}
			return -1
		}
	}
	return -1
}

// chairRequestAt returns the request verb right after the chair named by
// role at token k ("đồng chí chủ trì (hội nghị) yêu cầu ..."), or -1.
func chairRequestAt(toks []token, k, te int) int {
	for j := k + 2; j+1 < te && j-k <= 6; j++ {
		if requestWordAt(toks, j) {
			return j
		}
	}
	return -1
}

// soleChair is the one person who chaired the meeting, or -1.
func (a *peopleAnalysis) soleChair() int {
	who := -1
	for i, p := range a.people {
		if p.roles[schema.RoleChair] {
			if who >= 0 {
				return -1
			}
			who = i
		}
	}
	return who
}

// alsoRequestAt reads "Đồng thời(,) yêu cầu / đề nghị ..." opening a
// sentence at token ts and returns the request's token, or -1.
func alsoRequestAt(toks []token, ts, te int) int {
	if ts+3 >= te || toks[ts].fold != "đồng" || toks[ts+1].fold != "thời" {
		return -1
	}
	k := ts + 2
	if toks[k].text == "," {
		k++
	}
	if k+1 < te && requestWordAt(toks, k) {
		return k
	}
	return -1
}

// bulletGoesOn reports a list item paragraph pi that opens with a bullet
// ("- ", "+ ", "• ") followed by a paragraph opening with the same bullet:
// the list goes on, though each item ends with ".".
func bulletGoesOn(d *document, pi int) bool {
	if pi+1 >= len(d.paras) {
		return false
	}
	b := listBullet(d.text[d.paras[pi].start:d.paras[pi].end])
	return b != "" && listBullet(d.text[d.paras[pi+1].start:d.paras[pi+1].end]) == b
}

// listBullet is the bullet opening a list item ("-", "–", "+", "•"), or "".
func listBullet(text string) string {
	text = strings.TrimLeft(text, " ")
	for _, b := range []string{"- ", "– ", "+ ", "• "} {
		if strings.HasPrefix(text, b) {
			return b
		}
	}
	return ""
}

// directingAt reports "phát biểu chỉ đạo" at token v: the directing speech,
// whose requests set work.
func directingAt(toks []token, v, te int) bool {
	return v >= 0 && v+3 < te && toks[v].fold == "phát" && toks[v+1].fold == "biểu" && toks[v+2].fold == "chỉ" && toks[v+3].fold == "đạo"
}

// requestCut ends a directing speech that starts at token v before the
// request joined to it (", đề nghị ...", "và yêu cầu ...", "; đồng thời
// yêu cầu ..."), or keeps end (a byte offset).
func requestCut(toks []token, v, end int) int {
	k := chairRequestBefore(toks, v, end)
	if k <= v+2 {
		return end
	}
	e := k - 1
	for e > v && (toks[e].text == "," || toks[e].text == ";" || toks[e].fold == "và" || toks[e].fold == "thời" || toks[e].fold == "đồng") {
		e--
	}
	return int(toks[e].end)
}

// asksInSpan reports a request or an assignment in toks[from:to] ("lãnh
// đạo huyện yêu cầu các phòng báo cáo ..."): the report is asked for, not
// given.
func asksInSpan(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if requestWordAt(toks, k) || toks[k].fold == "giao" || toks[k].fold == "chỉ" && k+1 < to && toks[k+1].fold == "đạo" {
			return true
		}
	}
	return false
}

// directsAt reports the verb "chỉ đạo" at token k.
func directsAt(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].fold == "chỉ" && toks[k+1].fold == "đạo" && toks[k].lower
}

// directsTasks reports whether "chỉ đạo" at token v, said by a person, sets
// tasks: it opens a list (":" or clauses split by ";") or a duty ("cần",
// "phải"), and is neither a speech's name ("phát biểu chỉ đạo", "dự và chỉ
// đạo") nor directing the meeting ("chỉ đạo hội nghị").
func directsTasks(toks []token, v, te int) bool {
	if !directsAt(toks, v) || v+2 >= te {
		return false
	}
	if v > 0 && (toks[v-1].fold == "biểu" || toks[v-1].fold == "và" || toks[v-1].fold == "kiến") {
		return false
	}
	k := v + 2
	if toks[k].text == ":" {
		return true
	}
	switch toks[k].fold {
	case "hội", "đại", "kỳ", "phiên", "buổi", "cuộc", "lễ", "tọa", "việc":
		return false // "chỉ đạo hội nghị / buổi làm việc / việc ...": the meeting or a matter directed
	}
	for j := k; j < te; j++ {
		switch {
		case toks[j].text == ";":
			return true
		case toks[j].lower && (toks[j].fold == "cần" || toks[j].fold == "phải"):
			return true
		}
	}
	return false
}
