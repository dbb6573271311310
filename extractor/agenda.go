package extractor

import (
	"slices"
	"strings"

	"github.com/meetx/meetx/schema"
)

// maxItemWords bounds an agenda text: analysts need the clause that names
// the item, not the whole paragraph around it. Reports and decisions name
// papers by their official titles, which run long; other items (remarks,
// tasks, speeches) are cut shorter, at maxOtherWords.
const (
	maxItemWords  = 40
	maxOtherWords = 28
)

// agendaItem is an item found, with where it was read.
type agendaItem struct {
	schema.AgendaItem
	start, end int // bytes of the evidence in document.text
	// restates: the item repeats what the body tells elsewhere, read from a
	// photo caption, or stands for it ("X dự và chỉ đạo Hội nghị"); it
	// yields to the body's items of the same person (dedupeAgenda).
	restates bool
	// yields: the meeting's own opening or closing, named by no one; it is
	// left out when someone's item of its kind is there (dedupeAgenda).
	yields bool
}

// agendaState carries what earlier sentences said into later ones.
type agendaState struct {
	lastSubject int // person who last acted, for "Đồng chí ...", "Thứ trưởng ..."
	conclusion  int // person giving the concluding or directing speech; their requests are tasks
	// unnamedConclusion: the directing speech was given by someone named
	// only by office ("đồng chí Chủ tịch UBND tỉnh"); requests are tasks.
	unnamedConclusion bool
	taskRun           bool // the previous sentence of the paragraph set tasks
	discussion        bool // the meeting is in its discussion part
	papers            bool // the meeting is hearing papers (tham luận)
	listKind          string
	listWho           int
	listNext          bool // the previous paragraph ended with ":" and opened a list
	// meetingNoun is the reported meeting's type, folded ("hội nghị"):
	// what that meeting "sẽ" do on the day it opens is its agenda.
	meetingNoun string
	// pending is an opening clause cut off by a line break ("Phát biểu tại
	// buổi lễ,\nđồng chí X ..."): its speaker opens the next sentence.
	pending agendaItem
	// remarks are candidate speeches read from content verbs ("X nhấn
	// mạnh, ..."); see agenda_remarks.go.
	remarks []remark
	// organizer is the body that held the meeting, folded: what it asks
	// at its own meeting are tasks.
	organizer string
	// officeVoice: the last speaker was named only by an office no one
	// named holds ("Đồng chí Trưởng đoàn công tác nhấn mạnh ...").
	officeVoice bool
	// scratch is an array for the items of one sentence, reused from
	// sentence to sentence: they are copied out before the next is read.
	scratch []agendaItem
}

// extractAgenda lists what the meeting did, in document order: openings,
// reports and papers, speeches, discussion, decisions, tasks, awards,
// signings and closings, each with who did it. It may add the roles the
// items imply to r.People.
func extractAgenda(d *document, r *schema.Report) {
	a := d.peopleAnalysis()
	if r.Meeting.Type == "" {
		// A page that reports no meeting (a notice, an explainer of a
		// regulation) has no agenda, whatever votes or tasks it describes.
		return
	}
	buf := agendaPool.Get().(*agendaBuffers)
	defer buf.release()
	st := &agendaState{lastSubject: -1, conclusion: -1, listWho: -1, meetingNoun: fold(string(r.Meeting.Type)), organizer: fold(string(r.Meeting.Organizer)),
		scratch: buf.scratch[:0]}
	items := buf.items[:0]
	a.bySent = mentionsBySentence(a, len(d.sents), buf)
	// (bySent's arrays go back to the pool with buf)
	defer func() { a.bySent = nil }()
	next := 0    // first sentence not yet read; sentences come in paragraph order
	nextTok := 0 // first token after the paragraphs whose markers were read
	for pi, p := range d.paras {
		switch p.kind {
		case paraTitle, paraDateline, paraByline:
			continue
		}
		text := d.text[p.start:p.end]
		caption := p.kind == paraCaption
		if strings.HasPrefix(d.folded[p.start:p.end], "trước đó,") {
			// "Trước đó, các đại biểu đã dâng hoa ...": the paragraph
			// tells what happened before the meeting, not its agenda.
			st.listNext = false
			continue
		}
		if st.listNext && !caption {
			if it, ok := a.listParagraph(d, st, pi); ok {
				items = append(items, it)
				st.listNext = !strings.HasSuffix(strings.TrimSpace(text), ".") || bulletGoesOn(d, pi)
				continue
			}
			st.listNext = false
		}
		st.taskRun = false
		if !caption {
			st.papers = st.papers && strings.Contains(d.folded[p.start:p.end], "tham luận")
		}
		markers, after := a.listMarkers(d, pi, nextTok)
		nextTok = after
		firstMarker := p.end
		if len(markers) >= 2 {
			firstMarker = markers[0][0]
		}
		for next < len(d.sents) && d.sents[next].start < p.start {
			next++
		}
		for si := next; si < len(d.sents) && d.sents[si].start < p.end; si++ {
			s := d.sents[si]
			if s.start >= firstMarker || s.end > p.end {
				continue
			}
			found := a.sentenceItems(d, st, si, len(markers) >= 2, firstMarker)
			found = a.reportsAfterSemicolon(d, found, min(s.end, firstMarker))
			for i := range found {
				found[i].restates = found[i].restates || caption
			}
			items = append(items, found...)
			if cap(found) > cap(st.scratch) {
				st.scratch = found[:0]
			}
		}
		if len(markers) >= 2 {
			items = append(items, a.numberedItems(d, st, pi, markers)...)
		}
		if !caption && strings.HasSuffix(strings.TrimSpace(text), ":") && !fullTextFollows(d.folded[p.start:p.end]) {
			st.listNext = true
			st.listKind = schema.AgendaTask
			f := d.folded[p.start:p.end]
			if strings.Contains(f, "chuyên đề") || strings.Contains(f, "tham luận") || strings.Contains(f, "báo cáo") {
				st.listKind = schema.AgendaReport
			}
			st.listWho = st.lastSubject
			if st.conclusion >= 0 {
				st.listWho = st.conclusion
			}
			if adoptsListed(f) {
				// "Ban Chấp hành đã thông qua:" over a list: each item
				// listed is adopted, by the body
				st.listKind, st.listWho = schema.AgendaDecision, -1
			} else if meetingActsListed(f, st.meetingNoun) {
				// "Hội nghị đã tiến hành:" over a list: each item is an act
				// of the meeting, of the kind its own verb tells
				st.listKind, st.listWho = listOwnActs, -1
			}
		}
	}
	items = append(items, remarkItems(st, items)...)
	// "Tham dự phiên chất vấn có ...": a session named, no debate told.
	items = slices.DeleteFunc(items, func(it agendaItem) bool {
		return it.Kind == schema.AgendaDiscussion && sessionNounBefore(d.folded, it.start)
	})
	r.Agenda = append(r.Agenda[:0], dedupeAgenda(d, items, a, buf)...)
	addAgendaRoles(r, items, a)
	buf.items, buf.scratch = items, st.scratch
}

// fullTextFollows reports a paragraph (folded) that introduces the full
// text of a speech or a document ("... trân trọng giới thiệu toàn văn bài
// phát biểu:") or the photos of the event ("Sau đây là những hình ảnh của
// buổi lễ:"): what follows is the text itself or captions, not a list of
// items.
func fullTextFollows(f string) bool {
	return strings.Contains(f, "toàn văn") || photosFollow(f)
}

// photosFollow reports a paragraph (folded) that introduces photos:
// "những / một số / các hình ảnh" of the event. ("xây dựng hình ảnh người
// chiến sĩ", an image to build, opens no photos.)
func photosFollow(f string) bool {
	i := strings.Index(f, "hình ảnh")
	if i < 0 {
		return false
	}
	b := strings.TrimRight(f[:i], " ")
	return strings.HasSuffix(b, "những") || strings.HasSuffix(b, "một số") || strings.HasSuffix(b, "các")
}

// listOwnActs is the list kind of the meeting's acts listed after a
// colon: each item's kind is read from its own verb.
const listOwnActs = "acts"

// meetingActsListed reports a paragraph (folded) whose last sentence is
// the meeting, as subject, going on to a list: "Hội nghị đã tiến hành:",
// "Cuộc họp đã tiến hành các nội dung:".
func meetingActsListed(f, meetingNoun string) bool {
	if k := strings.LastIndex(f, ". "); k >= 0 {
		f = f[k+2:]
	}
	f = strings.TrimRight(f, " :")
	if !strings.HasSuffix(f, "tiến hành") && !strings.HasSuffix(f, "nội dung") && !strings.HasSuffix(f, "nội dung sau") {
		return false
	}
	return meetingNoun != "" && strings.HasPrefix(f, meetingNoun+" ") || strings.HasPrefix(f, "hội nghị ") || strings.HasPrefix(f, "cuộc họp ")
}

// adoptsListed reports a paragraph (folded) that ends in a verb of
// adoption and a colon: "Tại buổi họp, Ban Chấp hành đã thông qua:", the
// list under it is what was adopted.
func adoptsListed(f string) bool {
	f = strings.TrimRight(f, " :")
	for _, v := range [...]string{" thông qua", " thống nhất", " biểu quyết", " quyết định"} {
		if strings.HasSuffix(f, v) {
			return true
		}
	}
	return false
}

// mentionsBySentence lists the mentions of each of n sentences, in order,
// as parts of one array (counted, then filled) rather than one array each.
// The arrays are buf's.
func mentionsBySentence(a *peopleAnalysis, n int, buf *agendaBuffers) [][]int {
	// end[si] is first where sentence si's mentions begin in all, then,
	// once they are filled in, where they end.
	end := slices.Grow(buf.mentionEnds[:0], n)[:n]
	clear(end)
	total := 0
	for _, m := range a.mentions {
		if si := int(a.toks[m.nameStart].sent); si < n {
			end[si]++
			total++
		}
	}
	for si, begin := 0, 0; si < n; si++ {
		begin, end[si] = begin+end[si], begin
	}
	all := slices.Grow(buf.mentionIDs[:0], total)[:total]
	for i, m := range a.mentions {
		if si := int(a.toks[m.nameStart].sent); si < n {
			all[end[si]] = i
			end[si]++
		}
	}
	bySent := slices.Grow(buf.bySent[:0], n)[:n]
	clear(bySent)
	for si, begin := 0, 0; si < n; si++ {
		if begin < end[si] {
			bySent[si] = all[begin:end[si]:end[si]]
		}
		begin = end[si]
	}
	buf.mentionEnds, buf.mentionIDs, buf.bySent = end, all, bySent
	return bySent
}

// startsMention reports whether a mention (with its prefix) starts at
// token k.
func (a *peopleAnalysis) startsMention(k int) bool {
	return k >= 0 && k < len(a.mentionStarts) && a.mentionStarts[k]
}

// sentMentions lists the mentions of sentence si.
func (a *peopleAnalysis) sentMentions(si int) []int {
	if si < 0 || si >= len(a.bySent) {
		return nil
	}
	return a.bySent[si]
}

// presenterName is the name of person i, or "" (null) when unknown.
func (a *peopleAnalysis) presenterName(i int) schema.Text {
	if i < 0 || i >= len(a.people) {
		return ""
	}
	return schema.Text(a.people[i].name)
}

// performanceIn reports a performance given at the event ("tiết mục văn
// nghệ", "chương trình văn nghệ chào mừng"), not the arts as a field of
// activity ("sôi nổi trong các phong trào văn hóa văn nghệ").
func performanceIn(folded string) bool {
	return hasAny(folded, "tiết mục văn nghệ", "chương trình văn nghệ", "biểu diễn văn nghệ", "giao lưu văn nghệ", "văn nghệ chào mừng", "văn nghệ đặc sắc")
}

// speechOpensOrCloses reports an opener "Phát biểu (ý kiến) khai mạc / bế
// mạc ..., " before the comma at token comma: the opening or closing
// speech, whoever the sentence goes on about.
func speechOpensOrCloses(d *document, toks []token, c roleCue, ts, comma int) bool {
	if c.phrase != "phát biểu" {
		return false
	}
	opener := d.folded[toks[ts].start:toks[comma-1].end]
	return strings.Contains(opener, "khai mạc") || strings.Contains(opener, "bế mạc")
}

// remarkJoinedCut ends an item from token v (byte end) before a remark
// joined to it by "và" ("tuyên bố khai giảng lớp học và nhấn mạnh ...").
func remarkJoinedCut(toks []token, v, end int) int {
	for j := v + 2; j+2 < len(toks) && int(toks[j].start) < end; j++ {
		if toks[j].fold == "và" && toks[j].lower && remarkVerb(toks, j+1, len(toks)) {
			return int(toks[j-1].end)
		}
	}
	return end
}

// declaredOpeningAt reads ", (tuyên bố) khai mạc / khai giảng / bế mạc
// ..." at token k, right after a speech's verb, and returns the token of
// the opening's or closing's cue, or -1.
func declaredOpeningAt(toks []token, k, te int) int {
	if k+2 >= te || toks[k].text != "," {
		return -1
	}
	k++
	if foldPairIs(toks[k].fold, toks[k+1].fold, "tuyên bố") {
		k += 2
	}
	if k >= te {
		return -1
	}
	if n, c := cueAt(toks, k); n > 0 && (c.agenda == schema.AgendaOpening || c.agenda == schema.AgendaClosing) {
		return k
	}
	return -1
}

// futureAfter reports a clause from token k told in the future ("Kết
// thúc khóa học, học viên đạt yêu cầu sẽ được cấp ..."): what will
// happen when something ends, not an act of this meeting.
func futureAfter(toks []token, k, te int) bool {
	for j := k; j < te && j-k <= 12; j++ {
		if toks[j].fold == "sẽ" && toks[j].lower {
			return true
		}
		if t := toks[j].text; t == "," || t == ";" {
			return false
		}
	}
	return false
}

// sessionNounBefore reports "dự phiên" or "dự phần" right before byte
// start of folded text: the act's verb there names the session attended
// ("Tham dự phiên chất vấn có ..."), not a debate.
func sessionNounBefore(folded string, start int) bool {
	before := strings.TrimRight(folded[:start], " ")
	return strings.HasSuffix(before, "dự phiên") || strings.HasSuffix(before, "dự phần")
}

// answeredFirst reads "Sau khi giải đáp / trả lời ..." opening a sentence
// at token ts and returns the verb's token, or -1.
func answeredFirst(toks []token, ts, te int) int {
	if ts+4 >= te || toks[ts].fold != "sau" || toks[ts+1].fold != "khi" ||
		!foldPairIs(toks[ts+2].fold, toks[ts+3].fold, "giải đáp", "trả lời") {
		return -1
	}
	return ts + 2
}

// firstPerson reports "chúng ta", "chúng tôi" or "tôi" as words of text: a
// speaker's own words, quoted without marks.
func firstPerson(text string) bool {
	if !strings.Contains(text, "ôi") && !strings.Contains(text, "úng ta") {
		return false
	}
	for _, w := range [...]string{"chúng ta", "chúng tôi", "tôi", "Chúng ta", "Chúng tôi", "Tôi"} {
		for end := range wordLeadEnds(text, w) {
			if wordBoundary(text, end-len(w), end) {
				return true
			}
		}
	}
	return false
}

// sideActivities are the participants' acts besides the meeting's business
// ("các đại biểu cùng nhau ôn lại truyền thống của Hội ...": a memory shared,
// where a named speaker's is his speech).
var sideActivities = []string{"xem phim", "tham quan", "dâng hương", "dâng hoa", "trồng cây", "mặc niệm", "cắt băng", "bấm nút", "ôn lại truyền thống"}

// sideActivityIn reports a side activity in folded text done at the event:
// not the name of a campaign or a programme ("Tết trồng cây", "phong trào
// trồng cây", "phát động trồng cây") and not a hope for later ("... sẽ").
func sideActivityIn(folded string) bool {
	if strings.Contains(folded, " sẽ ") || strings.Contains(folded, "hứa hẹn") {
		return false
	}
	for _, act := range sideActivities {
		for end := range wordLeadEnds(folded, act) {
			before := strings.TrimRight(folded[:end-len(act)], " ")
			if i := strings.LastIndexByte(before, ' '); i >= 0 {
				before = before[i+1:]
			}
			switch before {
			case "tết", "trào", "động", "trình":
				continue // a campaign's or a programme's name: no act of theirs here
			}
			return true
		}
	}
	return false
}

// directingIn reports "chỉ đạo" in folded text as an act, not as the
// name of a steering committee ("Trưởng ban Chỉ đạo chuyển đổi số tỉnh").
func directingIn(folded string) bool {
	for off := 0; ; {
		k := strings.Index(folded[off:], "chỉ đạo")
		if k < 0 {
			return false
		}
		k += off
		if !strings.HasSuffix(folded[:k], "ban ") {
			return true
		}
		off = k + len("chỉ đạo")
	}
}

// sentenceItems reads the items of one sentence.
func (a *peopleAnalysis) sentenceItems(d *document, st *agendaState, si int, listFollows bool, limit int) []agendaItem {
	s := d.sents[si]
	if s.end > limit {
		s.end = limit // the numbered items that follow are read separately
	}
	toks := a.toks
	ts, te := a.sentTokens(si, s)
	if ts >= te {
		return nil
	}
	ts = speechAfterTrong(toks, ts, te)
	out := st.scratch[:0]
	add := func(kind string, start, end int, who int, prefix string) {
		text := a.itemText(d, start, end)
		if kind == schema.AgendaOpening || kind == schema.AgendaClosing {
			text = meetingNounOnly(d, start, cutSpeechOwnerAt(d, start, text))
		}
		if prefix != "" {
			text = prefix + text
		}
		if !hasWords(text, 2) || kind != schema.AgendaSpeech && firstPerson(text) || bracketedWhole(text) {
			return // ("chúng ta đã có những đề xuất": a speaker's words, quoted, not the meeting's act; "(đọc thêm)": a link)
		}
		if kind == schema.AgendaSpeech && introducesTopicFolded(foldedAt(d.text, d.folded, start, text)) {
			kind = schema.AgendaReport // "phát biểu đề dẫn hội thảo": the keynote that sets the topic
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: kind, Text: text, Presenter: a.presenterName(who)}, start: start, end: end})
	}
	if a.cleftRequester(d, si) >= 0 {
		return nil // "Đó là yêu cầu của X ...": read with the sentence before
	}
	if who := a.cleftSpeaker(d, si); who >= 0 {
		// "“...”. Đó là khẳng định của X tại Lễ ...": the quote before is
		// X's speech at the meeting.
		if qs, qe := quoteBefore(d, si); qs >= 0 {
			add(schema.AgendaSpeech, qs, qe, who, "")
			st.lastSubject = who
			return out
		}
	}
	if who := a.cleftSpeaker(d, si+1); who >= 0 && d.samePara(si, si+1) {
		// "<claim>. Đó là khẳng định của X tại Hội nghị ...": the sentence
		// before the cleft, quoted or not, is X's speech.
		if qs, _ := quoteBefore(d, si+1); qs < 0 {
			add(schema.AgendaSpeech, s.start, s.end, who, "")
			return out
		}
	}
	if who := a.cleftRequester(d, si+1); who >= 0 {
		// "<requirement>. Đó là yêu cầu của đồng chí X tại phiên họp ...":
		// the sentence before the cleft is X's task.
		from := ts
		for k := ts; k < te && k-ts <= 6; k++ {
			if toks[k].text == "," {
				from = k + 1 // "6 tháng cuối năm, cần ...": the time frame is no part of it
				break
			}
		}
		add(schema.AgendaTask, int(toks[min(from, te-1)].start), s.end, who, "")
		return out
	}
	if k := answeredFirst(toks, ts, te); k >= 0 {
		// "Sau khi giải đáp những vướng mắc ..., đồng chí X phát biểu kết
		// luận": the answers were X's, an item before X's next act.
		for _, mi := range a.sentMentions(si) {
			m := &a.mentions[mi]
			if m.prefixStart <= k+2 || m.prefixStart-k > 40 {
				continue
			}
			if c := m.prefixStart - 1; toks[c].text == "," {
				add(schema.AgendaDiscussion, int(toks[k].start), int(toks[c-1].end), m.person, "")
			}
			break
		}
	}
	pending := st.pending
	st.pending = agendaItem{}
	if ms := a.sentMentions(si); pending.Kind != "" && len(ms) > 0 && a.mentions[ms[0]].prefixStart == ts {
		pending.Presenter = a.presenterName(a.mentions[ms[0]].person)
		out = append(out, pending)
	}
	folded := d.folded[s.start:s.end]
	// tokText covers the sentence's tokens exactly: a phrase of them is in
	// it, so a word missing from it spares the token scans that need it.
	tokText := d.folded[toks[ts].start:toks[te-1].end]
	// sk covers folded and every token of the sentence: a word it cannot
	// hold spares the scans that look for it (the gates below name the
	// words each scan needs).
	var sk textSketch
	sk.fill(d.folded[min(s.start, int(toks[ts].start)):max(s.end, int(toks[te-1].end))])
	hears := sk.mayHold("nghe") // heardReport, crowdReportHeard, answersHeard
	var reports []agendaItem
	reportsRead := false
	// bodyReports is a.bodyReports of this sentence, read once: several
	// rules ask for it.
	bodyReports := func() []agendaItem {
		if !reportsRead {
			reportsRead = true
			if sk.mayHold("báo") && sk.mayHold("cáo") {
				reports = a.bodyReports(d, ts, te)
			}
		}
		return reports
	}
	papers := sk.contains(folded, "tham luận")
	if papers {
		st.papers = true
	}
	// Whether the sentence opens the meeting or directs is asked only of
	// some mentions: search the sentence only then.
	opens := func() bool { return sk.contains(folded, "khai mạc") }
	directs := func() bool { return sk.contains(folded, "chỉ đạo") && directingIn(folded) }
	ms := a.sentMentions(si) // mentions of this sentence
	subject := -1
	for _, i := range ms {
		if !a.mentions[i].genitive {
			subject = a.mentions[i].person
			break
		}
	}
	endsColon := strings.HasSuffix(strings.TrimSpace(d.text[s.start:s.end]), ":")

	// "Trong bài phát biểu đề dẫn, PGS, TS X ...": the keynote, named
	// before its speaker, is X's report.
	if sk.contains(tokText, "đề dẫn") && len(ms) > 0 {
		if k, comma := keynoteOpener(toks, ts, te); k >= 0 && a.mentions[ms[0]].prefixStart == comma+1 {
			kind := schema.AgendaReport
			if phraseIn(toks, k, comma, "khai", "mạc") >= 0 {
				kind = schema.AgendaOpening // "Phát biểu khai mạc và đề dẫn Tọa đàm, X ...": the opening first
			}
			add(kind, int(toks[k].start), int(toks[comma-1].end), a.mentions[ms[0]].person, "")
			st.lastSubject = a.mentions[ms[0]].person
			return out
		}
	}

	// mainFrom is where the main clause starts after an opener that only
	// dates it ("Kết thúc Hội nghị, Sở X đã trao ..."), or -1.
	mainFrom := -1
	// 1. A clause that opens the sentence and names the item, followed by
	// who did it: "Phát biểu khai mạc Hội nghị, TS. X ...".
	if n, c := cueAt(toks, ts); n > 0 && c.agenda != "" {
		comma := -1
		for k := ts; k < te; k++ {
			if toks[k].text == "," {
				comma = k
				break
			}
		}
		var m *mention
		mi := -1
		for _, i := range ms {
			if comma >= 0 && a.mentions[i].prefixStart == comma+1 {
				m, mi = &a.mentions[i], i
			}
		}
		if m == nil && len(ms) > 0 {
			// "Phát biểu bế mạc tại buổi tọa đàm, giao lưu, đồng chí X
			// ...", "Phát biểu chỉ đạo tại Hội nghị ông X ...": the
			// opener holds a comma of its own, or none before the speaker.
			if k := openerSpeaker(toks, ts, n, &a.mentions[ms[0]]); k >= 0 {
				m, mi, comma = &a.mentions[ms[0]], ms[0], k
			}
		}
		if b := onBehalfAfter(toks, comma, te); m == nil && b > 0 {
			// "Phát biểu khai mạc, (trước hết,) thay mặt X và ..., Chủ
			// tịch Y chúc mừng ...": the speaker is the one named after
			// the clause of whom he speaks for.
			for _, i := range ms {
				if p := a.mentions[i].prefixStart; p > b+1 && toks[p-1].text == "," && !a.mentions[i].genitive {
					m, mi = &a.mentions[i], i
					break
				}
			}
		}
		if actor := officeActorAfter(toks, ts, te, comma); len(ms) == 0 && actor > ts+1 &&
			(c.agenda == schema.AgendaSpeech || c.agenda == schema.AgendaClosing || c.phrase == "tham luận" || c.phrase == "báo cáo") &&
			!(c.phrase == "thay mặt" && actsOnBehalf(toks, actor, te)) {
			// "Phát biểu chỉ đạo buổi làm việc, đồng chí Chủ tịch UBND huyện
			// yêu cầu ...", "Báo cáo tại buổi làm việc, lãnh đạo huyện cho
			// biết ...": a speaker the text names only by office.
			end := actor - 1
			if toks[end].text == "," {
				end--
			}
			who := a.refPersonAt(actor)
			add(c.agenda, int(toks[ts].start), int(toks[end].end), who, "")
			if c.agenda == schema.AgendaClosing || strings.Contains(c.phrase, "chỉ đạo") {
				st.conclusion, st.unnamedConclusion, st.discussion = who, who < 0, false
				if !listFollows {
					out = append(out, a.requestTasks(d, st, nil, te, s.end)...)
				}
			} else if k := participantsAskedAt(toks, actor, te); k >= 0 && !listFollows {
				// "Phát biểu khai giảng, đại diện UBND phường đề nghị học
				// viên ...": instructions to the participants
				// are tasks, as a named speaker's are.
				out = append(out, a.requestTasksFrom(d, st, k, who, te, s.end, true)...)
			}
			return out
		}
		if comma == te-1 && comma > ts+1 && len(ms) == 0 {
			st.pending = agendaItem{AgendaItem: schema.AgendaItem{Kind: c.agenda, Text: a.itemText(d, int(toks[ts].start), int(toks[comma-1].end))}, start: int(toks[ts].start), end: s.end}
			return out
		}
		if r := reportAsSubject(toks, ts, n, te); m == nil && len(ms) == 0 && c.agenda == schema.AgendaReport && r > 0 {
			// "Báo cáo tại Hội nghị nêu rõ, ...": the report itself is the
			// subject; no one is named as its presenter.
			add(schema.AgendaReport, int(toks[ts].start), int(toks[r-1].end), -1, "")
			return out
		}
		if m == nil && c.phrase == "kết thúc" && comma > ts && comma+1 < te && (toks[comma+1].capital && !chairByRole(toks, comma+1, te) || futureAfter(toks, comma+1, te)) {
			// "Kết thúc Hội nghị, Sở X đã trao giấy khen ...": the
			// end of the meeting dates the act of a body; no one closes.
			mainFrom = comma + 1
		} else if comma > ts && (m != nil || c.agenda == schema.AgendaOpening || c.agenda == schema.AgendaClosing || speechOpensOrCloses(d, toks, c, ts, comma)) {
			who := -1
			chairNamed := m == nil && chairByRole(toks, comma+1, te)
			if m != nil {
				who = m.person
				st.lastSubject = who
			} else if chairNamed {
				who = a.soleChair() // "Kết luận Hội nghị, đồng chí chủ trì yêu cầu ..."
			} else if st.lastSubject >= 0 {
				who = st.lastSubject
			}
			kind := c.agenda
			if c.phrase == "đọc" && ts+2 < te && toks[ts+1].fold == "diễn" && toks[ts+2].fold == "văn" {
				kind = addressKind(toks, ts+3, te) // "Đọc diễn văn khai mạc Đại hội, X ..."
			}
			clauseEnd := int(toks[comma-1].end)
			verbEnd := -1
			if m != nil {
				verbEnd = a.predicateStart(m)
			}
			ceremonial := false
			if kind == schema.AgendaSpeech && c.phrase == "phát biểu" {
				// "Phát biểu tại lễ khai mạc, X ...": the speech opens or
				// closes the meeting.
				switch opener := d.folded[toks[ts].start:clauseEnd]; {
				case strings.Contains(opener, "khai mạc"):
					kind, ceremonial = schema.AgendaOpening, true
				case strings.Contains(opener, "bế mạc") || concludesMeeting(opener):
					kind, ceremonial = schema.AgendaClosing, true // ("Phát biểu đáp từ ... và kết luận Hội nghị, X ...")
				}
			}
			withContent := !ceremonial && verbEnd >= 0 && (c.phrase == "phát biểu" || c.phrase == "mở đầu" || c.phrase == "thay mặt" ||
				c.phrase == "chia sẻ" || c.phrase == "trình bày tham luận" || c.phrase == "tham luận")
			if m != nil && a.signsDocument(d, m) {
				kind = "" // "Thay mặt ..., X đã ký ban hành Quy định ...": no meeting item
			}
			if c.phrase == "thay mặt" && m != nil {
				if vc, ok := a.cueAfter(mi); ok && vc.agenda != "" && vc.agenda != schema.AgendaSpeech && vc.agenda != schema.AgendaDiscussion {
					withContent = false
					kind = ""
				}
			}
			duties := -1 // the colon before the chair's duties (chairDutiesAt)
			if withContent && c.phrase == "phát biểu" && !listFollows {
				duties = a.chairDutiesAt(m, verbEnd, te)
			}
			switch {
			case kind == "":
			case withContent && c.phrase == "thay mặt" && directingAt(toks, verbEnd, te) && chairRequests(toks, verbEnd, te) >= 0:
				// "Thay mặt lãnh đạo tỉnh, X phát biểu chỉ đạo hội nghị, đề
				// nghị ngành y tế ...": the directing speech, and its requests
				// as tasks.
				k := chairRequests(toks, verbEnd, te)
				end := k - 1
				if toks[end].fold == "và" || toks[end].fold == "thời" || toks[end].text == "," {
					end--
				}
				for end > verbEnd && (toks[end].text == "," || toks[end].fold == "đồng") {
					end--
				}
				add(kind, int(toks[verbEnd].start), int(toks[end].end), who, "")
				out = append(out, a.requestTasksFrom(d, st, k, who, te, s.end, true)...)
			case withContent && c.phrase == "thay mặt":
				add(kind, int(toks[verbEnd].start), s.end, who, "")
			case withContent && c.phrase == "phát biểu" && !listFollows && a.instructs(m, verbEnd, te):
				// "Phát biểu tại Hội nghị, đồng chí X đề nghị các đơn vị
				// ...": the speech is named by its opener, and what the
				// chair asks of the units is a task each.
				add(kind, int(toks[ts].start), clauseEnd, who, "")
				out = append(out, a.requestTasksFrom(d, st, verbEnd, who, te, s.end, true)...)
			case duties >= 0:
				// "Phát biểu tại hội nghị, X (the chair) nhấn mạnh: thời gian
				// tới, Hội đồng cần A; B; C": the duties the chair lists
				// are tasks, as the chair's requests are.
				add(kind, int(toks[ts].start), clauseEnd, who, "")
				out = append(out, a.dutyTasks(d, st, duties, who, te, s.end)...)
			case withContent:
				add(kind, int(toks[ts].start), clauseEnd, who, "")
				if len(out) > 0 && !sharesFeelingsAt(toks, verbEnd) && !reportingVerbAt(toks, verbEnd) && !(c.phrase == "phát biểu" && (informsAt(toks, verbEnd) || recallsAt(toks, verbEnd))) {
					rest := a.itemText(d, int(toks[a.skipSaid(verbEnd)].start), a.clauseEnd(m, verbEnd, te))
					out[len(out)-1].Text = truncateWords(out[len(out)-1].Text+", "+rest, maxItemWords)
					out[len(out)-1].end = s.end
				}
			case kind == schema.AgendaReport && isBareReport(foldedAt(d.text, d.folded, int(toks[ts].start), d.text[toks[ts].start:clauseEnd])):
				add(kind, int(toks[ts].start), clauseEnd, who, "")
				if len(out) > 0 {
					last := &out[len(out)-1]
					bare := last.Text
					if last.Text = a.reportTopic(d, bare); last.Text == bare && verbEnd >= 0 && informsAt(toks, verbEnd) {
						// "Báo cáo tại cuộc họp, X cho biết, <figures>" on a
						// page whose lead names no topic: what X told is
						// the report.
						rest := a.itemText(d, int(toks[a.skipSaid(verbEnd)].start), a.clauseEnd(m, verbEnd, te))
						last.Text = truncateWords(bare+", "+rest, maxItemWords)
						last.end = s.end
					}
				}
			default:
				add(kind, int(toks[ts].start), clauseEnd, who, "")
			}
			if kind == schema.AgendaClosing || strings.Contains(c.phrase, "chỉ đạo") || c.phrase == "kết thúc" {
				st.conclusion = who
				st.discussion = false
			}
			directing := kind == schema.AgendaClosing || strings.Contains(c.phrase, "chỉ đạo") || c.phrase == "kết thúc"
			if m != nil && directing && verbEnd >= 0 && agreesAt(toks, verbEnd, te) {
				// "Kết luận buổi họp, ông X thống nhất với dự thảo ...":
				// what the chair agreed to is the meeting's decision.
				add(schema.AgendaDecision, int(toks[verbEnd].start), a.clauseEnd(m, verbEnd, te), who, "")
			}
			if m != nil && directing && !listFollows {
				out = append(out, a.requestTasks(d, st, m, te, s.end)...)
			} else if chairNamed && directing && !listFollows {
				if k := chairRequestAt(toks, comma+1, te); k >= 0 {
					out = append(out, a.requestTasksFrom(d, st, k, who, te, s.end, true)...)
				}
			} else if m != nil && !listFollows && a.people[m.person].roles[schema.RoleChair] {
				// The chair's requests are tasks in any speech of theirs
				// ("Phát biểu tại Hội nghị, X chúc mừng ... và đề nghị ...").
				if k := chairRequests(toks, verbEnd, te); k >= 0 {
					out = append(out, a.requestTasksFrom(d, st, k, m.person, te, s.end, true)...)
				}
			}
			if m != nil && kind != "" && verbEnd >= 0 && !listFollows && !endsColon {
				// "Phát biểu khai mạc, X nêu bật ..., đồng thời trình bày
				// báo cáo về ...": X's second act is an item of its own.
				if k, c2, e2 := a.alsoActAt(m, a.clauseEnd(m, verbEnd, te), te); k >= 0 && (c2 == schema.AgendaReport || c2 == schema.AgendaOpening || c2 == schema.AgendaClosing) {
					add(c2, int(toks[k].start), e2, m.person, "")
				}
			}
			if kind != "" {
				return out
			}
		}
	}
	// "Đồng chí Bí thư Huyện ủy nhấn mạnh, ...": a speaker named only by
	// the office of someone named earlier.
	if len(ms) == 0 || subject < 0 {
		// (A request may name others in its object: "... theo tinh thần
		// chỉ đạo của Tổng Bí thư X".)
		if who, v, kind := a.officeSpeaker(d, ts, te); kind != "" && (len(ms) == 0 || kind == schema.AgendaTask) {
			if who >= 0 {
				st.lastSubject = who
			}
			if kind == schema.AgendaTask {
				st.conclusion = who
				if !listFollows && !endsColon {
					out = append(out, a.requestTasksFrom(d, st, v, who, te, s.end, true)...)
				}
				return out
			}
			add(kind, int(toks[v].start), a.clauseEnd(nil, v, te), who, "")
			return out
		}
		if v, who := a.officeRemark(ts, te); v >= 0 && len(ms) == 0 && !listFollows && !endsColon {
			// "Tại hội nghị, Giám đốc Sở ... cho biết, ...": the remarks of a
			// speaker named by office, a speech unless one is named.
			a.noteRemark(d, st, who, v, a.clauseEnd(nil, v, te))
			if who >= 0 {
				st.lastSubject = who
			}
			st.officeVoice = who < 0
		}
		if !sk.mayHoldAny("mong muốn", "đề nghị", "yêu cầu") || len(ms) > 0 || listFollows || endsColon {
			// no request or wish to read below
		} else if v, who := a.officeSubject(ts, te); v >= 0 && who >= 0 && who == st.lastSubject &&
			(requestWordAt(toks, v) || toks[v].fold == "mong" && toks[v+1].fold == "muốn") {
			// "Phó Chủ tịch UBND huyện mong muốn các chi hội ...":
			// the person who just acted, named again by office, asks or
			// wishes; each clause is a task.
			return append(out, a.requestTasksFrom(d, st, v, who, te, s.end, true)...)
		}
		if len(ms) == 0 && st.lastSubject >= 0 && !listFollows && !endsColon && toks[ts].fold == "đồng" && ts+3 < te && toks[ts+1].fold == "thời" && toks[ts+2].text == "," &&
			remarkVerb(toks, ts+3, te) {
			// "X đã trao tặng .... Đồng thời, ghi nhận và đánh giá cao ...":
			// the person of the sentence before, left out, goes on to remark.
			a.noteRemark(d, st, st.lastSubject, ts+3, a.clauseEnd(nil, ts+3, te))
			return out
		}
	}
	if len(ms) == 0 && len(out) == 0 {
		if v := groupActsAt(toks, a.skipIntro(ts, te), te); v >= 0 {
			// "Tại buổi làm việc, hai bên đã giới thiệu ...; trao đổi,
			// thống nhất và ký kết ...": what the parties did, one item a
			// clause.
			for _, p := range groupActs(toks, v, te) {
				if p.verbEnd == 0 {
					add(p.kind, int(toks[p.from].start), int(toks[p.to-1].end), -1, "")
					continue
				}
				out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: p.kind, Text: a.pieceText(d, p)},
					start: int(toks[p.from].start), end: int(toks[p.to-1].end)})
			}
		}
	}
	if len(ms) == 0 && len(out) == 0 && (sk.mayHold("khai mạc") || sk.mayHold("bế mạc")) {
		// "HĐND tỉnh khai mạc kỳ họp lần thứ 13", "Đại hội ... đã thành
		// công và bế mạc": the meeting itself opens or closes.
		if kind, from, to := eventOpensOrCloses(toks, ts, te); kind != "" {
			n := len(out)
			add(kind, int(toks[from].start), int(toks[to-1].end), -1, "")
			if len(out) > n {
				out[n].yields = true
			}
		}
	}
	// "Đề nghị các cấp ủy ...": the concluding speaker, left out, asks
	// (a person named inside the request, "của đồng chí X", is no subject).
	// So does the chair who spoke in the sentence before, in the same
	// paragraph: "X khẳng định, .... Yêu cầu Sở Y báo cáo ...".
	// So does whoever remarked in the sentence before: "Trưởng đoàn X
	// nhấn mạnh, .... Đề nghị tỉnh tập trung ...".
	chairGoesOn := st.conclusion < 0 && !st.unnamedConclusion && st.lastSubject >= 0 && ts > 0 && toks[ts-1].para == toks[ts].para &&
		(toks[ts].fold == "yêu" && a.people[st.lastSubject].roles[schema.RoleChair] || a.remarkedBefore(d, st, si) && requestWordFolded(toks, ts))
	if subject < 0 && !listFollows && !endsColon && (st.conclusion >= 0 || st.unnamedConclusion || chairGoesOn) && toks[ts].capital && requestWordFolded(toks, ts) && ts+3 < te {
		who := st.conclusion
		if chairGoesOn {
			who = st.lastSubject
			st.conclusion = who
		}
		for _, part := range a.splitClauses(int(toks[a.skipTimePhrase(ts+2, te)].start), s.end, d) {
			add(schema.AgendaTask, part[0], part[1], who, "")
		}
		st.taskRun = len(out) > 0
		return out
	}
	// "Trước yêu cầu mới, đồng chí đề nghị ...": the speaker
	// named before, referred to by the address word alone, sets tasks.
	// "Ông đề nghị ...", and after a speaker named only by office ("Đồng
	// chí Trưởng đoàn ... nhấn mạnh: .... Vì vậy, đồng chí đề nghị ...").
	if len(ms) == 0 && (st.lastSubject >= 0 || st.officeVoice) && !listFollows && !endsColon {
		for k := ts; k+3 < te && k-ts < 12; k++ {
			n := addressWordAt(toks, k)
			if n == 0 || !(k == ts || toks[k-1].text == "," || alsoOpens(toks, ts, k)) {
				continue
			}
			if !(requestVerbAt(toks, k+n, te) || requestWordAt(toks, k+n) || a.wishAfterDirecting(d, si, k+n, te)) {
				continue
			}
			if st.lastSubject < 0 || a.people[st.lastSubject].roles[schema.RoleSpeaker] || a.people[st.lastSubject].roles[schema.RoleChair] ||
				st.conclusion == st.lastSubject {
				return append(out, a.requestTasksFrom(d, st, k+n, st.lastSubject, te, s.end, true)...)
			}
		}
		// "X biểu dương kết quả .... Đồng thời, yêu cầu các đơn vị ...": the
		// subject of the sentence before, left out, goes on to request.
		// (Only a person can be left out so: "Đồng thời" joins the acts of
		// one subject.)
		if k := alsoRequestAt(toks, ts, te); k >= 0 {
			return append(out, a.requestTasksFrom(d, st, k, st.lastSubject, te, s.end, true)...)
		}
	}
	// "Ông X - Giám đốc Sở Y tế" / "phát biểu tại hội nghị": a caption
	// broken after the name; the verb line is that person's item.
	if len(ms) == 0 {
		if i := a.lineBrokenMention(ts); i >= 0 {
			if n, c := cueAt(toks, ts); n > 0 && c.agenda != "" && c.strong {
				kind := c.agenda
				if kind == schema.AgendaSpeech && sk.hasAny(folded, "khai mạc") {
					kind = schema.AgendaOpening
				}
				add(kind, int(toks[ts].start), s.end, a.mentions[i].person, "")
				return out
			}
		}
	}
	// "Phần tuyên bố lý do do ông X trình bày ...": the
	// formal first step of a meeting, read by whoever the sentence names.
	if k := sk.phraseIn(tokText, "bố", toks, ts, te, "tuyên", "bố", "lý", "do"); k >= 0 {
		end := s.end
		for j := k; j < te; j++ {
			if toks[j].text == "," || toks[j].text == ";" {
				end = int(toks[j].start)
				break
			}
		}
		add(schema.AgendaOther, int(toks[k].start), end, subject, "")
		if subject >= 0 {
			st.lastSubject = subject
		}
		return out
	}
	// "Sau khi thảo luận, góp ý, các bên đã ...": the discussion is an
	// item, and what follows is read from the clause after it.
	discussed, discussedEnd := afterDiscussing(toks, ts, te)
	if discussed >= 0 {
		add(schema.AgendaDiscussion, int(toks[discussed].start), int(toks[discussedEnd-1].end), -1, "")
	} else if pieces, c := leadInActs(toks, ts, te); c > 0 {
		// "Sau khi báo cáo ..., Đại hội tiếp tục thảo luận ...", "Theo
		// đó, thông qua các báo cáo ... và thảo luận ..., các đơn vị ...":
		// the acts of the lead-in are items; the main clause is read after.
		for _, p := range pieces {
			add(p.kind, int(toks[p.from].start), int(toks[p.to-1].end), -1, "")
		}
		if len(pieces) > 0 {
			discussed, discussedEnd = pieces[0].from, c
		}
		if k := phraseIn(toks, c+1, te, "kết", "luận"); k >= 0 && meetingNounAt(toks, k+2) && !a.mentionBefore(k, c+1) {
			// "..., Lãnh đạo Sở đã kết luận Hội nghị": the closing,
			// by leaders named by no one
			add(schema.AgendaClosing, int(toks[c+1].start), int(toks[min(k+4, te)-1].end), -1, "")
		}
	}
	// "Đại hội tiến hành bầu cử Chi ủy ...", "hội nghị đã tiến hành bỏ
	// phiếu ...": the vote is a decision, whoever else the sentence names.
	if sk.contains(tokText, "tiến hành") {
		if k, e := votingHeld(toks, ts, te); k >= 0 && !clauseListed(toks, k, te) { // (a listed vote is read with the list)
			add(schema.AgendaDecision, int(toks[k].start), int(toks[e].end), -1, "")
		}
	}
	// Election results name people but are the meeting's decision.
	if len(ms) > 0 && (sk.mayHold("bầu") || sk.mayHold("đắc") || sk.mayHold("tái cử") || sk.mayHold("trúng cử") || sk.mayHold("hiệp thương")) && isElection(toks, ts, te) {
		add(schema.AgendaDecision, int(toks[electionStart(toks, a.skipIntro(ts, te), te)].start), s.end, -1, "")
		return out
	}
	// "... đã biểu quyết, hiệp thương cử ông X giữ chức ...": the front's
	// consensus choice of a person is the decision, from its verbs.
	if len(ms) > 0 && sk.contains(tokText, " cử ") {
		if k := consensusChoice(toks, ts, te); k >= 0 {
			add(schema.AgendaDecision, int(toks[k].start), s.end, -1, "")
			return out
		}
	}
	// 2. Each person followed by what they did: "X trình bày tham luận về
	// ...; Y giới thiệu ...".
	acted := false
	for _, i := range ms {
		m := &a.mentions[i]
		if m.genitive && !m.speechGenitive {
			continue
		}
		if m.speechGenitive && opens() {
			// "phiên chính thức khai mạc với diễn văn của đồng chí X"
			end := int(toks[m.prefixStart].start)
			if m.prefixStart > 0 && toks[m.prefixStart-1].fold == "của" {
				end = int(toks[m.prefixStart-1].start)
			}
			add(schema.AgendaOpening, int(toks[a.skipIntro(ts, te)].start), end, m.person, "")
			acted = true
			continue
		}
		if m.speechGenitive {
			// "... trong phát biểu kết luận của đồng chí X": the speech
			// noun names the item.
			if k, c, ok := a.speechNounBefore(m, ts); ok {
				add(c.agenda, int(toks[k].start), int(toks[m.prefixStart-1].start), m.person, "")
				acted = true
			}
			continue
		}
		if a.signsDocument(d, m) {
			continue // signing a directive elsewhere is not a meeting item
		}
		c, v, ok := a.cueAfterAt(i)
		if ok && c.phrase == "thay mặt" {
			// "X thay mặt Ban Chấp hành trình bày Báo cáo chính trị": the verb
			// after the body spoken for names the item.
			if c2, k := onBehalfVerb(toks, v+2, te); k >= 0 {
				c, v = c2, k
			}
		}
		if ok && c.agenda == schema.AgendaSpeech && sendsGreetings(toks, a.predicateStart(m), v) {
			continue // "X đã gửi lẵng hoa chúc mừng": greetings sent, no speech
		}
		if !ok {
			// "Bà X, thư ký, đã thông qua các nghị quyết": a decision
			// read out by the person.
			if v := a.predicateStart(m); v >= 0 && !m.genitive {
				if toks[v].fold == "đã" {
					v++
				}
				if n, kind := actionVerbAt(toks, v, te); n > 0 && kind == schema.AgendaDecision && toks[v].fold == "thông" {
					if draftAt(toks, v+2, te) {
						// "X đã thông qua dự kiến ...": one official cannot
						// adopt; X presents the draft.
						kind = schema.AgendaReport
					}
					add(kind, int(toks[v].start), a.clauseEnd(m, v, te), m.person, "")
					acted = true
				}
			}
			continue
		}
		if c.agenda == "" {
			// "X chủ trì, phát biểu chỉ đạo buổi làm việc": the second verb
			// names the item.
			if c2, ok := a.secondCue(m); ok && c2.agenda != "" {
				for k := v; k < te && k-v < 8; k++ {
					if n, c3 := cueAt(toks, k); n > 0 && c3.phrase == c2.phrase {
						c, v = c2, k
						break
					}
				}
			} else if n, _ := cueAt(toks, v); n > 0 && v+n+1 < te {
				// "X chủ trì, kết luận hội nghị", "X chủ trì phát biểu khai
				// mạc Phiên họp": the chair's second verb, after a comma or
				// none, names the item when it is a speech's.
				j := v + n
				if toks[j].text == "," {
					j++
				}
				if toks[j].lower {
					if n3, c3 := cueAt(toks, j); n3 > 0 && (c3.agenda == schema.AgendaClosing || c3.agenda == schema.AgendaOpening || c3.agenda == schema.AgendaSpeech) {
						c, v = c3, j
					}
				}
			}
		}
		if c.agenda == schema.AgendaDiscussion && m.prefixStart > ts && toks[m.prefixStart-1].fold == "nghe" {
			// "sinh viên được nghe ThS. X chia sẻ về ...": a talk given to
			// the audience, not a remark in a discussion.
			c.agenda = schema.AgendaReport
		}
		// "Báo cáo ... do X trình bày": the item is the subject before "do".
		if m.prefixStart > ts && toks[m.prefixStart-1].fold == "do" && c.agenda == schema.AgendaReport {
			from := ts
			// "X đã trình bày A; Các đại biểu cũng được nghe B do Y trình
			// bày; C do Z trình bày, D do W trình bày": each paper is the
			// piece after the last ";" (or "trình bày,"), after the
			// audience's "nghe" that opens it.
			for k := m.prefixStart - 2; k > ts; k-- {
				if toks[k].text == ";" || toks[k].text == "," && k >= ts+2 && foldPairIs(toks[k-2].fold, toks[k-1].fold, "trình bày") {
					from = k + 1
					break
				}
			}
			for k := from; k < m.prefixStart-2 && k < from+6; k++ {
				if toks[k].fold == "nghe" && toks[k].lower {
					from = k + 1
					break
				}
			}
			if toks[from].fold == "theo" && from+1 < te {
				from++
			}
			text := a.itemText(d, int(toks[from].start), int(toks[m.prefixStart-1].start))
			if isBareReport(foldedAt(d.text, d.folded, int(toks[from].start), text)) {
				text = a.reportTopic(d, text)
			}
			if hasWords(text, 2) {
				out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: text, Presenter: a.presenterName(m.person)}, start: int(toks[from].start), end: s.end})
			}
			acted = true
			continue
		}
		end := a.clauseEnd(m, v, te)
		kind := c.agenda
		prefix := ""
		if kind == "" && attendsAndDirects(toks, v, te) {
			// "X dự và chỉ đạo Hội nghị": X's directing speech when the
			// report tells of no other act of X; it restates and so yields
			// to any item of theirs (dedupeAgenda), and sets no tasks.
			n := len(out)
			add(schema.AgendaSpeech, int(toks[v-2].start), end, m.person, "")
			if len(out) > n {
				out[n].restates = true
			}
			acted = true
			continue
		}
		if c.phrase == "đọc" && v+2 < te && toks[v+1].fold == "diễn" && toks[v+2].fold == "văn" {
			kind = addressKind(toks, v+3, te) // "đọc diễn văn kỷ niệm ...": a speech, not a paper
		}
		if kind == schema.AgendaSpeech && c.phrase == "phát biểu" {
			if k := declaredOpeningAt(toks, v+2, te); k >= 0 {
				_, c2 := cueAt(toks, k)
				kind = c2.agenda // "X phát biểu, tuyên bố khai giảng lớp học": the speech opens the meeting
			}
		}
		if kind == schema.AgendaSpeech && c.phrase == "phát biểu" && v+4 < te && foldPairIs(toks[v+2].fold, toks[v+3].fold, "quan trọng") {
			// "có bài phát biểu quan trọng khai mạc Hội nghị": the
			// adjective stands between the speech and what it opens.
			if n, c2 := cueAt(toks, v+4); n > 0 && (c2.agenda == schema.AgendaOpening || c2.agenda == schema.AgendaClosing) {
				kind = c2.agenda
			}
		}
		switch {
		case kind == schema.AgendaAward && v+2 < te && toks[v+1].fold == "quyết" && toks[v+2].fold == "định":
			kind = schema.AgendaDecision // "trao quyết định bổ nhiệm"
		case kind == schema.AgendaAward && !awardFollows(toks, v, te) && giftFollows(toks, v, end-1):
			kind = schema.AgendaOther // "tặng Đại sứ bức tranh ...": gifts exchanged
		case kind == schema.AgendaAward && !awardFollows(toks, v, te):
			kind = ""
		case (c.phrase == "thông tin" || c.phrase == "thông báo") && briefingObject(toks, v+2, te):
			// "thông tin những nội dung, kết quả của Hội nghị Trung ương":
			// a briefing on a document or a meeting is a report.
			kind = schema.AgendaReport
			end = a.briefingEnd(v, end)
		case c.phrase == "quán triệt" && v+3 < te && meetingPurposeAt(toks, v+2):
			kind = schema.AgendaSpeech
		case kind == schema.AgendaTask || c.phrase == "đề nghị":
			// "yêu cầu" and "giao" direct; "đề nghị" directs when the
			// chair or the concluding speaker says it, else it is a remark.
			directs := c.phrase != "đề nghị" || a.people[m.person].roles[schema.RoleChair] || addressesParticipants(toks, v+2, te) ||
				visitOpener(toks, a.skipIntro(ts, te), m.prefixStart)
			if st.conclusion == m.person || listFollows || endsColon || directs {
				if !listFollows && !endsColon {
					out = append(out, a.requestTasks(d, st, m, te, s.end)...)
				}
				acted = true
				continue
			}
			kind = schema.AgendaDiscussion
		case kind == schema.AgendaDiscussion && st.papers && c.phrase != "đề nghị":
			kind, prefix = schema.AgendaReport, "tham luận "
		case kind == "" && st.papers && !m.genitive && c.role == schema.RoleSpeaker && st.conclusion != m.person:
			kind, prefix = schema.AgendaReport, "tham luận "
		case kind == "" && st.discussion && st.conclusion != m.person && c.role == schema.RoleSpeaker && !c.strong:
			kind = schema.AgendaDiscussion
			v = a.skipReporting(v)
		}
		if c.phrase == "chỉ đạo" && directsTasks(toks, v, te) {
			// "X chỉ đạo trong năm tới, các đơn vị cần A; B; C": the
			// leader's directions are tasks, as after "yêu cầu".
			if tasks := a.requestTasksFrom(d, st, v, m.person, te, s.end, true); len(tasks) > 0 {
				out = append(out, tasks...)
				acted = true
				continue
			}
		}
		if c.phrase == "chỉ đạo" || c.phrase == "tham dự" {
			kind = ""
		}
		if kind == "" && (c.phrase == "điều hành" || c.phrase == "chủ trì") && v+4 < te && (toks[v+2].fold == "phiên" || toks[v+2].fold == "lễ") && toks[v+4].fold == "mạc" {
			// "X điều hành phiên bế mạc Đại hội": the closing (or opening)
			// session the chair led
			switch toks[v+3].fold {
			case "bế":
				kind = schema.AgendaClosing
			case "khai":
				kind = schema.AgendaOpening
			}
		}
		// "X nhấn mạnh ... và đề nghị các đơn vị A; B": the request
		// joined to the person's act sets tasks (agenda_requests.go).
		joined := -1
		if !listFollows && !endsColon && kind != schema.AgendaClosing && !(kind == schema.AgendaSpeech && directs()) {
			if k := a.joinedRequest(st, m, v, te); k >= 0 && int(toks[k].start) < end {
				joined, end = k, joinedRequestCut(toks, k)
			}
		}
		if kind == "" && !listFollows && !endsColon && remarkVerb(toks, v, te) {
			// "Bộ trưởng X nhấn mạnh, ...": the person's remarks, a speech
			// unless the report names it otherwise (agenda_remarks.go).
			if k := joinedAwardAt(toks, v, end, te); k >= 0 {
				// "X đánh giá cao ... và tặng Giấy khen cho ...": the remark,
				// and the award an item of its own
				add(schema.AgendaAward, int(toks[k].start), end, m.person, "")
				acted = true
				end = int(toks[k-2].end)
			}
			a.noteRemark(d, st, m.person, v, end)
			if joined < 0 {
				// "X nhấn mạnh ý nghĩa của hội nghị, đồng thời trình bày
				// báo cáo ...": the second act is an item of its own.
				// (A further remark, "đồng thời lưu ý ...", is the same speech.)
				if k, c2, e2 := a.alsoActAt(m, end, te); k >= 0 && (c2 == schema.AgendaReport || c2 == schema.AgendaOpening || c2 == schema.AgendaClosing) {
					add(c2, int(toks[k].start), e2, m.person, "")
					acted = true
				}
			}
		}
		if joined >= 0 && (kind == "" || kind == schema.AgendaSpeech && c.phrase == "phát biểu" && st.conclusion == m.person) {
			out = append(out, a.requestTasksFrom(d, st, joined, m.person, te, s.end, true)...)
			acted = true
			continue
		}
		if kind == schema.AgendaSpeech && phraseIn(toks, v, min(v+4, te), "phát", "biểu", "ý", "kiến") == v &&
			!(v+5 < te && foldPairIs(toks[v+4].fold, toks[v+5].fold, "chỉ đạo")) {
			// "phát biểu ý kiến, làm rõ thêm ...": an opinion given
			// in the debate, a discussion by the guide's "ý kiến" cue;
			// "phát biểu ý kiến chỉ đạo" is the directing speech.
			kind = schema.AgendaDiscussion
		}
		if kind == "" {
			continue
		}
		if kind == schema.AgendaSpeech && c.phrase == "phát biểu" && st.conclusion == m.person {
			continue
		}
		if (kind == schema.AgendaClosing || kind == schema.AgendaSpeech && directs()) && !listFollows && !endsColon {
			// "X phát biểu chỉ đạo hội nghị, đề nghị ngành y tế ...": the
			// speech ends where its requests, read as tasks, begin.
			end = requestCut(toks, v, end)
		}
		if j := closingJoinedAt(toks, v, end, te); kind == schema.AgendaSpeech && j > 0 {
			// "X phát biểu chỉ đạo và kết luận Hội nghị": the speech and the
			// closing, both on the meeting named after them.
			object := a.itemText(d, int(toks[j+2].start), end)
			out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: kind, Text: a.itemText(d, int(toks[v].start), int(toks[j-2].end)) + " " + object,
				Presenter: a.presenterName(m.person)}, start: int(toks[v].start), end: end})
			add(schema.AgendaClosing, int(toks[j].start), end, m.person, "")
			st.conclusion = m.person
			acted = true
			if !listFollows && !endsColon {
				out = append(out, a.requestTasks(d, st, m, te, s.end)...)
			}
			continue
		}
		award, awardEnd := -1, end
		if kind != schema.AgendaAward && kind != schema.AgendaDecision {
			if award = joinedAwardAt(toks, v, end, te); award >= 0 {
				end = int(toks[award-2].end) // the act ends before "và trao"
			}
		}
		add(kind, int(toks[v].start), end, m.person, prefix)
		if award >= 0 {
			add(schema.AgendaAward, int(toks[award].start), awardEnd, m.person, "")
		}
		acted = true
		if joined < 0 && !listFollows && !endsColon {
			// "X đã báo cáo ..., đồng thời đề xuất, kiến nghị ...": the
			// second act of the same person (agenda_acts.go).
			if k, c2, e2 := a.alsoActAt(m, end, te); k >= 0 {
				add(c2, int(toks[k].start), e2, m.person, "")
			}
		}
		if joined >= 0 {
			out = append(out, a.requestTasksFrom(d, st, joined, m.person, te, s.end, true)...)
		}
		if kind == schema.AgendaClosing || (kind == schema.AgendaSpeech && directs()) {
			st.conclusion = m.person
			if !listFollows && !endsColon {
				out = append(out, a.requestTasks(d, st, m, te, s.end)...)
			}
		}
	}
	if subject >= 0 {
		st.lastSubject = subject
		st.officeVoice = false
		if subject != st.conclusion && acted {
			st.conclusion = -1
		}
		if acted {
			st.unnamedConclusion = false
		}
	}
	if subject >= 0 && sk.contains(tokText, "tập trung") {
		// "X chủ trì phiên họp ..., tập trung thảo luận về ..., đồng thời
		// cho ý kiến về ...": the meeting's acts.
		for k := ts + 1; k+2 < te; k++ {
			if toks[k-1].text == "," && toks[k].fold == "tập" && toks[k+1].fold == "trung" {
				for _, it := range a.actionItems(d, k+2, te, -1) {
					if !overlapsAny(out, it) {
						out = append(out, it)
					}
				}
				break
			}
		}
	}
	if !acted && subject >= 0 {
		// "Ban Tổ chức trao thư cảm ơn cho GS. X": an award to the person
		// named, given by a body.
		if k := awardGivenTo(toks, ts, a.mentions[ms[0]].prefixStart); k >= 0 {
			end := s.end
			if i := strings.Index(d.text[toks[k].start:end], " ("); i >= 0 {
				end = int(toks[k].start) + i // "(bên trái)": where the person stands in the photo
			}
			add(schema.AgendaAward, int(toks[k].start), end, -1, "")
		}
	}
	if f, e := opinionsHeard(toks, ts, te); f >= 0 {
		// "Sau khi nghe ... báo cáo ..., ý kiến phát biểu của các thành viên;
		// X kết luận": the members' opinions are the debate.
		add(schema.AgendaDiscussion, int(toks[f].start), int(toks[e-1].end), -1, "")
	}
	if hears {
		if f, e := a.answersHeard(toks, ts, te); f >= 0 {
			// "sau khi nghe lãnh đạo các phòng trả lời các vấn đề cử tri
			// quan tâm, X ...": the answers are the debate.
			add(schema.AgendaDiscussion, int(toks[f].start), int(toks[e-1].end), -1, "")
		}
	}
	if !acted && subject >= 0 && hears {
		// "Dự có X, Bí thư ... Sau đó, hội nghị nghe báo cáo về ...": a
		// report the meeting heard, after a person who did not act.
		if k := heardReport(toks, ts, te); k >= 0 && !a.mentionBefore(k, ts) && len(bodyReports()) == 0 {
			add(schema.AgendaReport, int(toks[k].start), a.clauseEnd(nil, k, te), -1, "")
		}
	}
	// addHonour adds the honour received at a ceremony from "đón" at token
	// k (ceremonyHonourAt), and a decision announced with it ("..., đón
	// nhận Huân chương ... và công bố quyết định ...").
	addHonour := func(k int) {
		end := honourEnd(toks, k, te)
		add(schema.AgendaAward, int(toks[k].start), int(toks[end-1].end), -1, "")
		if end+2 < te && toks[end].fold == "và" && foldPairIs(toks[end+1].fold, toks[end+2].fold, "công bố") {
			add(schema.AgendaDecision, int(toks[end+1].start), s.end, -1, "")
		}
	}
	if acted || (subject >= 0 && !a.mentions[ms[0]].genitive) {
		if !acted && sk.contains(folded, "đón nhận") {
			// "X đã tới dự Lễ kỷ niệm ..., đón nhận Huân chương ...": the
			// ceremony the guest attended holds the honour.
			if k := ceremonyHonourAt(toks, ts, te); k >= 0 {
				addHonour(k)
			}
		}
		if first := a.mentions[ms[0]].prefixStart; sk.contains(folded, "phát động") {
			// "... đã phát động phong trào ...; ... chị A ..., chị B ...":
			// the drive, launched before the people named, is an act of
			// its own.
			if k := emulationLaunchAt(toks, ts, first); k >= 0 {
				add(schema.AgendaOther, int(toks[k].start), clauseStop(toks, k, first, int(toks[first].start)), -1, "")
			}
		}
		if !acted {
			// "Đồng thời kỳ họp cũng thông qua tờ trình về việc miễn nhiệm
			// ... cho bà X": the meeting acts; the person is the object.
			// (bodyActionVerb stops at a person before the verb.)
			for _, it := range a.bodyActions(d, ts, te, st.meetingNoun) {
				if !overlapsAny(out, it) {
					out = append(out, it)
				}
			}
		}
		// "X chủ trì cuộc họp nghe Sở Tài chính báo cáo ...": a body's
		// report heard at the meeting the person chaired.
		for _, it := range bodyReports() {
			if !overlapsAny(out, it) {
				out = append(out, it)
			}
		}
		return out
	}
	// 3. Sentences without a named actor.
	var acts []agendaItem // the meeting's own acts, read once in the switch below
	foundKind := ""       // the kind of the item found at foundAt, where the case tells it
	foundAt := -1         // where an item a case of the switch searched for starts (an opening without its speaker, a committee presented, a ceremony's award)
	// "Đại hội đã bầu ...; trình bày ...; nghe tham luận ...; biểu quyết
	// ...": a paper read or heard among the meeting's own acts is one of
	// them, not the sentence's only item. (It sets acts for the case that
	// reads them.)
	listed := 0 // meetingActsListed's answer once asked: 1 yes, -1 no
	meetingActsListed := func() bool {
		if listed == 0 {
			listed = -1
			// a list at semicolons, not "nghe báo cáo ... và thảo luận ..."
			if strings.Contains(d.text[s.start:s.end], ";") {
				acts = a.bodyActions(d, max(ts, discussedEnd+1), te, st.meetingNoun)
				// (a list that opens with the paper, "đã nghe báo cáo ...;
				// thảo luận ...", is read as the paper heard)
				if len(acts) >= 2 && acts[0].Kind != schema.AgendaReport {
					listed = 1
				}
			}
		}
		return listed > 0
	}
	if ts+1 < te && toks[ts].capital && foldPairIs(toks[ts].fold, toks[ts+1].fold, "trên đây") {
		// "Trên đây là những vấn đề hội nghị đã bàn ...": the writer
		// sums up what was told, no act of its own
		return out
	}
	if toks[ts].capital && toks[ts].fold == "việc" {
		// "Việc ký kết kế hoạch ... nhằm ...": a nominalised act the
		// article explains, not one more item.
		return out
	}
	body := a.skipIntro(ts, te)
	if mainFrom > body {
		body = mainFrom
	}
	if discussed >= 0 {
		body = discussedEnd + 1
	}
	if toks[ts].fold == "trên" || toks[ts].fold == "từ" {
		if k := discussionBasis(toks, ts, te); k >= 0 {
			// "Trên cơ sở thảo luận, Đại hội đã bầu ...":
			// the discussion only leads in; the main verb gives the item.
			body = k
			for j := k; j < te && j-k <= 4; j++ {
				if n, _ := actionVerbAt(toks, j, te); n > 0 {
					body = j // "hội nghị đã biểu quyết ...": the item starts at the act
					break
				}
			}
		}
	}
	if sk.mayHoldAny("đại hội", "hội nghị", "kỳ họp", "phiên họp") {
		body = a.pastMannerLead(toks, body, te) // (only a meeting named as subject ends a lead)
	}
	if hears {
		if from, to := crowdReportHeard(toks, ts, te); from >= 0 {
			add(schema.AgendaReport, int(toks[from].start), int(toks[to].end), -1, "")
		}
	}
	if sk.contains(folded, "câu hỏi") && strings.Contains(d.folded, "đối thoại") {
		// At a dialogue ("hội nghị đối thoại"), "Tại buổi đối thoại đã chọn ra
		// 20 câu hỏi về ...": the questions put and answered are the debate.
		if k := questionsPut(toks, ts, te); k >= 0 {
			add(schema.AgendaDiscussion, int(toks[k].start), clauseStop(toks, k, te, s.end), -1, "")
			st.discussion = true
			return out
		}
	}
	if sk.contains(folded, "ký kết") && signedForPurpose(toks, ts, te) {
		// "Chương trình phối hợp được ký kết nhằm ...": why the paper was
		// signed, whatever it will let the parties do, is no item.
		return out
	}
	if sk.contains(folded, "chuyên đề") {
		if topics := a.quotedTopics(d, s.start, s.end); len(topics) > 0 {
			return append(out, topics...)
		}
	}
	if !listFollows && !endsColon && sk.contains(tokText, "lãnh đạo") {
		if k := leadersRequest(toks, ts, te); k >= 0 {
			// "Ngay sau Hội nghị, lãnh đạo Huyện ủy đã đề nghị các chi bộ
			// ...; ...": the leadership's requests are tasks.
			return append(out, a.requestTasksFrom(d, st, k, -1, te, s.end, true)...)
		}
	}
	if !listFollows && !endsColon && len(ms) == 0 && sk.contains(folded, "nhiệm vụ") {
		if k := dutiesListed(toks, ts, te); k >= 0 {
			for _, part := range a.splitClauses(int(toks[k].start), s.end, d) {
				add(schema.AgendaTask, part[0], part[1], -1, "")
			}
			return out
		}
	}
	if !listFollows && !endsColon && len(ms) == 0 {
		// "<host body> đặt ra yêu cầu A; B", "Hội nghị thống
		// nhất các nhiệm vụ trọng tâm: A; B", "Đề nghị các phòng ..." after
		// the concluding speech: tasks set by the host body, the meeting,
		// or the speaker left out (agenda_requests.go).
		k, colon := -1, false
		if sk.mayHoldAny("yêu cầu", "đề nghị", "thống nhất") {
			k, colon = a.bodyRequestAt(st, body, te)
		}
		if k >= 0 {
			if colon {
				for _, part := range a.splitClauses(int(toks[k].start), s.end, d) {
					add(schema.AgendaTask, part[0], part[1], -1, "")
				}
				return out
			}
			return append(out, a.requestTasksFrom(d, st, k, -1, te, s.end, true)...)
		}
	}
	switch {
	case (st.conclusion >= 0 || st.unnamedConclusion) && hasRequest(toks, ts, te) && !listFollows && !endsColon:
		out = append(out, a.requestTasks(d, st, nil, te, s.end)...)
	case (st.conclusion >= 0 || st.unnamedConclusion) && !listFollows && !endsColon && toks[ts].fold == "theo" && a.accordinglyTasks(d, si, ts, te):
		// "X đề nghị ... tập trung một số nhiệm vụ trọng tâm. Theo đó, A;
		// B; C.": the tasks the request announced (agenda_requests.go).
		for _, part := range a.splitClauses(int(toks[ts+3].start), s.end, d) {
			add(schema.AgendaTask, part[0], part[1], st.conclusion, "")
		}
	case st.conclusion >= 0 && st.taskRun && !endsColon && !sk.contains(folded, " sẽ ") && toks[ts].fold != "theo" && !commentOpens(toks, body, te) &&
		!narratesAct(toks, ts, body, te):
		for _, part := range a.splitClauses(int(toks[body].start), s.end, d) {
			add(schema.AgendaTask, part[0], part[1], st.conclusion, "")
		}
	case sk.contains(tokText, "mạc") && func() bool {
		foundAt, foundKind = openedWithoutSpeaker(toks, body, te)
		return foundAt >= 0 && !plannedBefore(toks, ts, foundAt)
	}():
		k := foundAt
		end := s.end
		if w := phraseIn(toks, k, te, "với", "sự"); w > k {
			end = int(toks[w].start) // "... với sự tham dự của 500 đại biểu": who came, not what was done
		}
		add(foundKind, int(toks[k].start), end, -1, "")
	case (sk.contains(tokText, "bố") || sk.contains(tokText, "đọc")) && announcesDecisions(toks, ts, te) >= 0:
		k := announcesDecisions(toks, ts, te)
		add(schema.AgendaDecision, int(toks[k].start), s.end, -1, "")
	case !endsColon && sk.mayHold("trình") && papersPresentedAt(toks, ts, te) >= 0 && !meetingActsListed():
		// "các nhà nghiên cứu ... trình bày các báo cáo chuyên đề về ...":
		// papers read by a group no one names.
		k := papersPresentedAt(toks, ts, te)
		add(schema.AgendaReport, int(toks[k].start), a.clauseEnd(nil, k, te), -1, "")
	case !endsColon && hears && len(ms) == 0 && func() bool {
		// "Hội nghị được nghe báo cáo A, triển khai B; hướng dẫn C; thảo
		// luận D": the report heard opens a list of the meeting's acts.
		if k := heardReport(toks, ts, te); k >= 0 {
			acts = a.heardList(d, ts, k, te, s.end)
		}
		return len(acts) > 0
	}():
		out = append(out, acts...)
	case !endsColon && len(bodyReports()) > 0 && !meetingActsListed():
		out = append(out, bodyReports()...)
		last := reports[len(reports)-1].end
		for j := ts; j+1 < te; j++ {
			if int(toks[j].start) >= last && toks[j].text == "," && mainSubjectAt(toks, j+1, te) {
				// "Sau khi nghe Tờ trình và báo cáo thẩm tra, kỳ họp đã
				// biểu quyết thông qua ...": the reports heard lead in to
				// the meeting's own acts.
				out = append(out, a.bodyActions(d, j+1, te, st.meetingNoun)...)
				break
			}
		}
	case !endsColon && hears && len(ms) == 0 && func() bool {
		acts = a.papersHeardFirst(d, ts, te, st.meetingNoun)
		return len(acts) > 0
	}():
		out = append(out, acts...)
	case !endsColon && hears && heardReport(toks, ts, te) >= 0 && !meetingActsListed():
		k := heardReport(toks, ts, te)
		add(schema.AgendaReport, int(toks[k].start), a.clauseEnd(nil, k, te), -1, "")
	case !strings.HasPrefix(folded, "trường hợp") && !sk.hasAny(folded, " nếu ", "không quá", "được phép") && !sk.contains(folded, " và bế mạc") &&
		func() bool {
			acts = a.bodyActions(d, max(ts, discussedEnd+1), te, st.meetingNoun)
			return len(acts) > 0
		}():
		// (statesRule's "quy định" is left out: a body adopts regulations.)
		// "Phiên họp đã thông qua ...; quán triệt ...; thảo luận ...":
		// each act of the meeting is an item.
		out = append(out, acts...)
		if last := &out[len(out)-1]; last.Kind == schema.AgendaDiscussion {
			// "Các đại biểu đã thảo luận về ...; đánh giá tiến độ ...; xác
			// định ...": the further matters taken up in the debate, an
			// item each.
			topics := topicsTakenUp(toks, a.tokenIndexAt(last.start, te), te)
			if len(topics) > 0 && int(toks[topics[0]].start) < last.end {
				last.end = int(toks[topics[0]-2].end) // the first matter ends at its ";"
				last.Text = a.itemText(d, last.start, last.end)
			}
			from := last.end
			for _, k := range topics {
				if int(toks[k].start) >= from {
					add(schema.AgendaDiscussion, int(toks[k].start), clauseStop(toks, k, te, s.end), -1, "")
				}
			}
		}
	case !listFollows && sk.mayHold("được") && strings.IndexByte(d.text[s.start:s.end], ':') >= 0 && func() bool {
		acts = a.briefedList(d, ts, te, s.end)
		return len(acts) > 0
	}():
		// "các báo cáo viên đã được thông tin về: A; B; C": each matter
		// briefed is a report.
		out = append(out, acts...)
	case sk.contains(tokText, "nội dung") && func() bool {
		acts = a.programmeItems(d, ts, te, s.end)
		return len(acts) > 0
	}():
		out = append(out, acts...)
	case sk.mayHoldAny("bầu", "biểu", "đắc", "thông") && isDecision(toks, ts, te) && !statesRule(folded) && !plansAhead(toks, ts, te) &&
		!heldToDecide(toks, ts, te):
		end := s.end
		closing := ""
		if i := strings.Index(folded, " và bế mạc"); i >= 0 {
			end = s.start + i
			if toks[ts].capital {
				closing = "bế mạc " + toks[ts].text
				if ts+1 < te && toks[ts+1].capital {
					closing = "bế mạc " + d.text[toks[ts].start:toks[ts+1].end]
				}
			}
		}
		from := body
		if k := votedAfterSubject(toks, body, te); k >= 0 && len(a.mentionsIn(int(toks[body].start), int(toks[k].start))) == 0 {
			from = k // "Đại hội ..., nhiệm kỳ 2020 - 2025 đã bầu ra ...": the item starts at the vote
			if i := strings.Index(folded[int(toks[k].start)-s.start:], ", trong đó"); i >= 0 {
				end = min(end, int(toks[k].start)+i) // "..., trong đó có 22 đồng chí ...": the result's breakdown
			}
		}
		add(schema.AgendaDecision, int(toks[from].start), end, -1, "")
		if closing != "" {
			out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaClosing, Text: closing}, start: end, end: s.end})
		}
	case sk.mayHoldDiscussionVerb() && isDiscussion(toks, ts, te) && !papers:
		end := s.end
		for k := body + 4; k < te; k++ {
			if toks[k].text == ":" && toks[k-1].fold == "như" {
				end = int(toks[k].start)
				break
			}
		}
		from := body
		if semi, r := reportClauseBefore(toks, body, discussionVerb(toks, body, te)); r >= 0 {
			// "các đại biểu đã báo cáo tiến độ ...; đồng thời đại diện các
			// sở đã thảo luận ...": the report and the discussion are two
			// items.
			add(schema.AgendaReport, int(toks[r].start), int(toks[semi].start), -1, "")
			from = semi + 1
			if from+1 < te && toks[from].fold == "đồng" && toks[from+1].fold == "thời" {
				from += 2
			}
			if from < te && toks[from].text == "," {
				from++
			}
		}
		if k := discussionVerb(toks, body, te); k > from && narratesMore(toks, from, k) {
			// "đoàn ... còn trao đổi kinh nghiệm về ...", "các đại biểu
			// còn có thời gian thảo luận về ...": the item is what was
			// discussed, up to a further activity ("..., cũng như ...").
			from = k
			for j := k + 2; j+2 < te; j++ {
				if toks[j].text == "," && toks[j+1].fold == "cũng" && toks[j+2].fold == "như" {
					end = int(toks[j].start)
					break
				}
			}
		}
		add(schema.AgendaDiscussion, int(toks[from].start), end, -1, "")
		st.discussion = true
	case (sk.mayHold("thống") || sk.mayHold("nhất")) && meetingAgrees(toks, body, te) >= 0:
		// "Hội nghị cũng đã thống nhất cao với dự thảo kế hoạch năm 2026":
		// the meeting's agreement is its decision.
		k := meetingAgrees(toks, body, te)
		add(schema.AgendaDecision, int(toks[k].start), clauseStop(toks, k, te, s.end), -1, "")
	case sk.mayHold("kiến") && remarksCounted(toks, body, te):
		// "Ý kiến của các đại biểu tập trung vào ...", "Tại hội nghị, đã có
		// 12 ý kiến phát biểu, ...": the delegates' remarks, the debate.
		add(schema.AgendaDiscussion, int(toks[body].start), clauseStop(toks, body, te, s.end), -1, "")
		st.discussion = true
	case sk.mayHold("có") && remarksHad(toks, body, te) >= 0:
		// "... có những đề xuất, kiến nghị ...": the meeting's proposals
		// are its debate.
		k := remarksHad(toks, body, te)
		add(schema.AgendaDiscussion, int(toks[k].start), clauseStop(toks, k, te, s.end), -1, "")
		st.discussion = true
	case hears && sk.contains(tokText, "chỉ đạo") && guidanceHeard(toks, body, te) >= 0:
		// "... lắng nghe, tiếp thu ý kiến chỉ đạo ...": the guidance
		// heard is a speech; its giver is not named as a person.
		k := guidanceHeard(toks, body, te)
		add(schema.AgendaSpeech, int(toks[k].start), int(toks[guidanceEnd(toks, k, te)-1].end), -1, "")
	case crowdRemarks(toks, body, te) >= 0:
		// "Nhiều đại biểu đã sôi nổi tham luận, đóng góp ý kiến ...": the
		// delegates' remarks, named as a group, are the debate.
		add(schema.AgendaDiscussion, int(toks[body].start), clauseStop(toks, body, te, s.end), -1, "")
		st.discussion = true
	case sk.contains(tokText, "thông qua") && passiveAdoption(toks, body, te) >= 0:
		// "Tiếp đó, phương hướng, nhiệm vụ nhiệm kỳ tới được thông qua":
		// a paper the meeting adopted, told in the passive.
		add(schema.AgendaDecision, int(toks[body].start), int(toks[passiveAdoption(toks, body, te)].end), -1, "")
	case sk.contains(tokText, "được lãnh đạo") && leadersBriefed(toks, body, te) != "":
		// "Các đại biểu đã được lãnh đạo Ban Tuyên giáo thông báo và định
		// hướng công tác tuyên truyền ...": the leadership's briefing; a
		// steer ("định hướng") is a speech, news a report.
		from := body
		if from+2 < te && toks[from].fold == "đồng" && toks[from+1].fold == "thời" && toks[from+2].text == "," {
			from += 3
		}
		add(leadersBriefed(toks, body, te), int(toks[from].start), colonStop(toks, from, te, s.end), -1, "")
	case !endsColon && briefingHeard(toks, body, te) >= 0:
		// "báo cáo viên được thông tin về ...", "Hội nghị đã được
		// quán triệt ...", "báo cáo viên của Ban X truyền đạt ...": a
		// briefing the audience heard from someone unnamed.
		k := briefingHeard(toks, body, te)
		if c := briefedListAt(toks, k, te); c >= 0 {
			// "các đại biểu được triển khai các nội dung: A; B; C": each
			// paper listed is a report.
			if parts := a.splitClauses(int(toks[c+1].start), s.end, d); len(parts) >= 2 {
				for _, r := range parts {
					add(schema.AgendaReport, r[0], r[1], -1, "")
				}
				break
			}
		}
		add(schema.AgendaReport, int(toks[k].start), briefingStop(toks, k, te, s.end), -1, "")
	case func() bool { // (its first test, on the clause's first two words, is cheaper than a search of the text)
		foundAt = representativeSpeaksAt(toks, body, te)
		return foundAt >= 0
	}():
		// "Đại diện Sở Nội vụ phát biểu khai mạc hội nghị", "Lãnh đạo
		// Trung tâm phát biểu, tuyên bố khai giảng lớp học": a speaker the
		// text names only by whom they stand for.
		_, c := cueAt(toks, foundAt)
		kind := c.agenda
		if k := declaredOpeningAt(toks, foundAt+2, te); kind == schema.AgendaSpeech && k >= 0 {
			_, c2 := cueAt(toks, k)
			kind = c2.agenda
		}
		end := a.clauseEnd(nil, foundAt, te)
		if kind != schema.AgendaSpeech {
			end = remarkJoinedCut(toks, foundAt, end) // (the opening, not what was stressed with it)
		}
		add(kind, int(toks[foundAt].start), end, -1, "")
	case func() bool { // (its first test, on the clause's first words, is cheap)
		foundAt = crowdPresents(toks, body, te)
		return foundAt >= 0
	}():
		// "Tiếp đó, các báo cáo viên trình bày về ...": papers presented
		// by speakers named as a group.
		add(schema.AgendaReport, int(toks[foundAt].start), clauseStop(toks, foundAt, te, s.end), -1, "")
	case sk.contains(tokText, "quà") && giftGivenAt(toks, body, te) >= 0:
		// "... trao tặng quà ... cho ..., thể hiện ...": the gifts handed
		// over at the meeting, up to the purpose they serve.
		k := giftGivenAt(toks, body, te)
		add(schema.AgendaAward, int(toks[k].start), int(toks[purposeStop(toks, k, te)-1].end), -1, "")
	case sk.contains(folded, "trao ") && func() bool {
		foundAt = ceremonyAwardAt(toks, body, te)
		return foundAt >= 0
	}():
		// "X tổ chức lễ trao bằng tốt nghiệp cho 1.000 sinh viên", "... lễ
		// tốt nghiệp và trao bằng cho sinh viên": the ceremony's award.
		add(schema.AgendaAward, int(toks[foundAt].start), a.clauseEnd(nil, foundAt, te), -1, "")
	case sk.contains(folded, "đón nhận") && func() bool {
		foundAt = ceremonyHonourAt(toks, body, te)
		return foundAt >= 0
	}():
		// "Lễ kỷ niệm ngày thành lập, đón nhận Huân chương ... và công bố
		// quyết định ...": the honour received at the ceremony, and the
		// decision announced with it.
		addHonour(foundAt)
	case sk.hasAny(folded, "trao ", "tặng ", "trao tặng") && awardFollows(toks, ts, te):
		add(schema.AgendaAward, int(toks[body].start), s.end, -1, "")
	case sk.mayHoldAny("dương", "thưởng") && honoursGiven(toks, ts, te) >= 0:
		add(schema.AgendaAward, int(toks[honoursGiven(toks, ts, te)].start), s.end, -1, "")
	case st.meetingNoun == "đại hội" && sk.contains(tokText, "gồm") && newBodyFormed(toks, body, te):
		// "<body> nhiệm kỳ ... gồm N đồng chí": at a congress, a body of the
		// new term and its size are an election result.
		add(schema.AgendaDecision, int(toks[body].start), s.end, -1, "")
	case sk.contains(tokText, "được") && passiveHonour(toks, body, te):
		// "Nhiều tập thể, cá nhân được LĐLĐ tỉnh khen thưởng ...", "Trường
		// X được nhận giấy khen của ...": the honoured are the subject. Each
		// ";" clause names other honoured and another award.
		for _, part := range a.splitClauses(int(toks[body].start), s.end, d) {
			add(schema.AgendaAward, part[0], part[1], -1, "")
		}
	case sk.mayHold("trao") && prizeGivingAt(toks, ts, te) >= 0:
		// "X tổ chức Lễ tổng kết, trao giải Hội thi ...": the lead names
		// the prize-giving as part of the event.
		add(schema.AgendaAward, int(toks[prizeGivingAt(toks, ts, te)].start), s.end, -1, "")
	case sk.contains(folded, "ký kết"):
		from := body
		if k := signingMeetingAt(toks, ts, te); k >= 0 {
			// "... đã diễn ra Hội nghị ký kết Quy chế làm việc
			// giai đoạn ... giữa ...": the item is the signing of the paper.
			add(schema.AgendaSigning, int(toks[k].start), int(toks[signedPaperEnd(toks, k+2, te)].end), -1, "")
			break
		}
		for k := body + 1; k+2 < te; k++ {
			if toks[k].capital && toks[k].fold == "lễ" && toks[k+1].fold == "ký" && toks[k+2].fold == "kết" {
				from = k // "Hôm nay, tại X, đã diễn ra Lễ ký kết ...": the ceremony is the item
				break
			}
			if toks[k].fold == "ký" && toks[k+1].fold == "kết" && toks[k].lower {
				// "hai bên đã tiến hành ký kết ...", "X đã tổ chức lễ ký kết
				// ...": the act starts at its verb, without who signed.
				from = k
				if toks[k-1].fold == "lễ" && !(k >= 3 && toks[k-3].fold == "tổ" && toks[k-2].fold == "chức") {
					from = k - 1 // "đã diễn ra lễ ký kết ...": the ceremony is the item
				}
				break
			}
		}
		add(schema.AgendaSigning, int(toks[from].start), witnessedEnd(toks, from, te, s.end), -1, "")
	case sk.contains(folded, "ký thỏa thuận") && agreementSignedAt(toks, ts, te) >= 0:
		// "hai sở đã hội đàm ... và ký thỏa thuận hợp tác ...": signing an
		// agreement is a signing item even without "ký kết".
		k := agreementSignedAt(toks, ts, te)
		add(schema.AgendaSigning, int(toks[k].start), witnessedEnd(toks, k, te, s.end), -1, "")
	case sk.contains(folded, "phát động") && emulationLaunchAt(toks, ts, te) >= 0:
		// "Công ty phát động (phong trào) thi đua ...": launching an
		// emulation drive is an act of the meeting, not a report.
		add(schema.AgendaOther, int(toks[emulationLaunchAt(toks, ts, te)].start), s.end, -1, "")
	case sk.contains(folded, "ra mắt") && func() bool {
		foundAt = newCommitteeAt(toks, body, te)
		return foundAt >= 0
	}():
		// "Ban Chấp hành khóa mới ra mắt Đại hội", "Đại hội ra mắt Ban
		// Chấp hành ...": the newly elected committee presented, the
		// outcome of the election: a decision.
		add(schema.AgendaDecision, int(toks[foundAt].start), s.end, -1, "")
	case sk.hasAny(folded, sideActivities...) && sideActivityIn(folded) ||
		sk.contains(folded, "văn nghệ") && performanceIn(folded):
		// Side activities of the participants (a film, a visit, offering
		// incense, a performance, a minute's silence, cutting the ribbon)
		// are items of their own. (A site survey is as often the
		// preparation before the meeting; the flag salute is ritual.)
		// A ribbon cut or a button pressed "khai mạc" opens the event.
		if k := ritualOpeningAt(toks, body, te); k >= 0 {
			add(schema.AgendaOpening, int(toks[k].start), s.end, -1, "")
			break
		}
		add(schema.AgendaOther, int(toks[body].start), s.end, -1, "")
	}
	return out
}

// ritualOpeningAt finds "cắt băng khai mạc" or "bấm nút khai mạc" in
// toks[from:te], the ritual that opens an exhibition or a festival, and
// returns the token of its verb, or -1.
func ritualOpeningAt(toks []token, from, te int) int {
	for k := from; k+3 < te; k++ {
		if toks[k].lower && (foldPairIs(toks[k].fold, toks[k+1].fold, "cắt băng", "bấm nút")) && foldPairIs(toks[k+2].fold, toks[k+3].fold, "khai mạc") {
			return k
		}
	}
	return -1
}

// addAgendaRoles gives presenters the role their item implies when the
// people step missed it (a report read means presenter, a speech speaker).
func addAgendaRoles(r *schema.Report, items []agendaItem, a *peopleAnalysis) {
	for _, it := range items {
		if it.Presenter == "" {
			continue
		}
		role := ""
		switch it.Kind {
		case schema.AgendaOpening, schema.AgendaClosing, schema.AgendaSpeech:
			role = schema.RoleSpeaker
		}
		if role == "" {
			continue
		}
		for i := range r.People {
			p := &r.People[i]
			if p.Name != string(it.Presenter) || !hasRole(p.Roles, schema.RoleAttendee) {
				continue
			}
			p.Roles = appendRole(p.Roles, role)
		}
	}
}

func hasRole(roles []string, role string) bool {
	for _, r := range roles {
		if r == role {
			return true
		}
	}
	return false
}

// cueAfterAt is cueAfter with the token where the cue was read.
func (a *peopleAnalysis) cueAfterAt(i int) (roleCue, int, bool) {
	c, ok := a.cueAfter(i)
	if !ok {
		return c, -1, false
	}
	v := a.predicateStart(&a.mentions[i])
	if v < 0 {
		return c, -1, false
	}
	toks := a.toks
	for k := v; k < len(toks) && k-v < 16 && toks[k].sent == toks[v].sent; k++ {
		if n, c2 := cueAt(toks, k); n > 0 && c2.phrase == c.phrase {
			return c, k, true
		}
	}
	return c, v, true
}

// speechAfterTrong returns where the speech named by an opening "Trong (bài)
// phát biểu khai mạc, X ..." starts, so that the sentence reads as "Phát
// biểu khai mạc, X ..." does; ts when the sentence opens otherwise.
func speechAfterTrong(toks []token, ts, te int) int {
	if toks[ts].fold != "trong" {
		return ts
	}
	j := ts + 1
	if j < te && toks[j].fold == "bài" {
		j++
	}
	if j >= te || toks[j].fold != "phát" && toks[j].fold != "diễn" {
		return ts
	}
	n, c := cueAt(toks, j)
	if n == 0 || c.agenda != schema.AgendaOpening && c.agenda != schema.AgendaClosing && c.agenda != schema.AgendaSpeech {
		return ts
	}
	if j+n+1 < te && foldPairIs(toks[j+n].fold, toks[j+n+1].fold, "đề dẫn") {
		return ts // "Trong bài phát biểu đề dẫn, X ...": the keynote rule reads it whole
	}
	for k := j + n; k < te; k++ {
		if toks[k].text == "," {
			return j
		}
	}
	return ts
}

// attendsAndDirects reports whether the cue "chỉ đạo" at token v follows
// "dự và": the person attended and directed ("X dự và chỉ đạo Hội nghị").
func attendsAndDirects(toks []token, v, te int) bool {
	return v >= 2 && v+1 < te && toks[v-2].fold == "dự" && toks[v-1].fold == "và" && toks[v].fold == "chỉ" && toks[v+1].fold == "đạo"
}

// eventOpensOrCloses finds, in a sentence that names no one, "khai mạc" or
// "bế mạc" as what the meeting or its body did: with the meeting as object
// ("... khai mạc kỳ họp lần thứ 13", tokens from the verb to the end of the
// object) or as subject ("Đại hội ... đã thành công và bế mạc", from the
// subject to the verb). A speech or ceremony of the opening ("phát biểu
// khai mạc", "dự lễ khai mạc" names people) and an opening to come ("sẽ
// khai mạc", "chuẩn bị khai mạc") give nothing.
func eventOpensOrCloses(toks []token, ts, te int) (kind string, from, to int) {
	for k := ts; k+1 < te; k++ {
		if !toks[k].lower || toks[k+1].fold != "mạc" {
			continue
		}
		switch toks[k].fold {
		case "khai":
			kind = schema.AgendaOpening
		case "bế":
			kind = schema.AgendaClosing
		default:
			continue
		}
		for j := max(ts, k-4); j < k; j++ {
			switch toks[j].fold {
			case "phát", "diễn", "bài", "lời", "sẽ", "kiến", "chuẩn", "trước", "để", "mai", "sắp", "chờ", "đón":
				return "", 0, 0 // a speech, or an opening to come
			case "chức":
				return "", 0, 0 // "tổ chức khai mạc ...": read as the body's act (actionItems)
			}
		}
		if meetingNounAt(toks, k+2) {
			end := k + 2
			for end < te && toks[end].word && end-k < 12 {
				switch toks[end].fold {
				case "để", "nhằm", "với", "tại", "vào", "và", "theo":
					return kind, k, end
				}
				end++
			}
			return kind, k, end
		}
		// the meeting as subject: a meeting noun opens the clause before
		start := k
		for j := k - 1; j >= ts && toks[j].text != "," && toks[j].text != ";"; j-- {
			if meetingNounAt(toks, j) {
				start = j
			}
		}
		if start < k && (k+2 >= te || !toks[k+2].word) {
			return kind, start, k + 2
		}
		return "", 0, 0
	}
	return "", 0, 0
}

// groupActsAt reads a subject that names the parties of a meeting at token
// k ("đại diện các đoàn", "hai bên", "các bên") followed, within a few
// words, by "đã": the token after "đã", or -1.
func groupActsAt(toks []token, k, te int) int {
	if k+3 >= te || !toks[k].word {
		return -1
	}
	if !foldPairIs(toks[k].fold, toks[k+1].fold, "đại diện", "hai bên", "các bên") {
		return -1 // ("các đại biểu đã ..." is read as the delegates' debate)
	}
	for j := k + 2; j < te && j-k <= 6; j++ {
		if !toks[j].word {
			return -1
		}
		if toks[j].fold == "đã" && toks[j].lower {
			return j + 1
		}
	}
	return -1
}

// groupActKinds are the verbs that open one of the parties' acts, with the
// item each makes.
var groupActKinds = map[string]string{
	"thông báo": schema.AgendaReport, "báo cáo": schema.AgendaReport, "đánh giá": schema.AgendaReport,
	"giới thiệu": schema.AgendaReport, "trình bày": schema.AgendaReport, "thảo luận": schema.AgendaDiscussion,
	"trao đổi": schema.AgendaDiscussion, "góp ý": schema.AgendaDiscussion, "ký kết": schema.AgendaSigning,
	"thông qua": schema.AgendaDecision, "biểu quyết": schema.AgendaDecision,
}

// groupActs splits the acts from token v to te at semicolons, each opened
// by one of groupActKinds; a debate that ends in a signing ("thảo luận,
// thống nhất và ký kết X") gives both. Nothing when a clause opens with no
// such verb: the list is then no list of acts.
func groupActs(toks []token, v, te int) []actionPiece {
	var out []actionPiece
	for from := v; from < te; {
		to := from
		for to < te && toks[to].text != ";" && toks[to].text != "." {
			to++
		}
		if to-from < 3 || !toks[from].lower {
			return nil
		}
		kind := groupActKinds[toks[from].fold+" "+toks[from+1].fold]
		if kind == "" {
			return nil
		}
		if kind == schema.AgendaDiscussion {
			if k := adoptionAfterComma(toks, from, to); k >= 0 {
				// "thảo luận, nhất trí biểu quyết thông qua X": the
				// debate, then the vote
				out = append(out, actionPiece{from: from, to: k - 1, kind: kind}, actionPiece{from: k, to: to, kind: schema.AgendaDecision})
				from = to + 1
				continue
			}
			for j := from + 2; j+2 < to; j++ {
				if toks[j].fold == "ký" && toks[j+1].fold == "kết" && toks[j].lower {
					verbEnd := j
					if toks[j-1].fold == "và" {
						verbEnd--
					}
					out = append(out, actionPiece{from: from, to: to, kind: kind, verbEnd: verbEnd, object: j + 2},
						actionPiece{from: j, to: to, kind: schema.AgendaSigning})
					kind = ""
					break
				}
			}
		}
		if kind != "" {
			out = append(out, actionPiece{from: from, to: to, kind: kind})
		}
		from = to + 1
	}
	return out
}

// pastMannerLead moves the start of a clause at token body past a lead that
// tells how the meeting went, to the meeting named as subject or to the act
// itself: "Với tinh thần đoàn kết, nhất trí cao, Đại hội đã thông qua ...",
// "..., Đại hội thành công tốt đẹp với việc thông qua X". The acts' items
// then start there.
func (a *peopleAnalysis) pastMannerLead(toks []token, body, te int) int {
	if body >= te || meetingNounAt(toks, body) {
		return body
	}
	for j := body; j+2 < te && j-body <= 40; j++ {
		if n, _ := actionVerbAt(toks, j, te); n > 0 {
			return body
		}
		if toks[j].text == "," && meetingNounAt(toks, j+1) && toks[j+1].capital {
			body = j + 1
			break
		}
	}
	if !meetingNounAt(toks, body) {
		return body
	}
	for j := body + 2; j+2 < te && j-body <= 30; j++ {
		if toks[j].fold == "với" && toks[j+1].fold == "việc" && toks[j].lower {
			if n, _ := actionVerbAt(toks, j+2, te); n > 0 {
				return j + 2 // "... thành công tốt đẹp với việc thông qua ..."
			}
		}
		if !toks[j].word {
			break
		}
	}
	return body
}
