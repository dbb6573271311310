package extractor

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	start, end int  // bytes of the evidence in document.text
	caption    bool // read from a photo caption (repeats the body)
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
}

// docDateRe and docIssuerRe trim the date and issuer of a cited document
// out of an agenda text, which names the document by its symbol.
var (
	docDateRe   = regexp.MustCompile(`(\d+\s*[/-]\s*[\p{L}\d/.&-]*\p{Lu}[\p{L}\d/.&-]*),?\s+ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}`)
	docIssuerRe = regexp.MustCompile(`(\d+\s*[/-]\s*[\p{L}\d/.&-]*\p{Lu}[\p{L}\d/.&-]*)\s+của\s+[^,;]{3,80}?\s+(về|ban hành|quy định|phê duyệt|hướng dẫn)\s`)
	// docDateAt and docIssuerAt are the two anchored where they are tried
	// (replaceFromDigit).
	docDateAt   = regexp.MustCompile(`^(?:` + docDateRe.String() + `)`)
	docIssuerAt = regexp.MustCompile(`^(?:` + docIssuerRe.String() + `)`)
)

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
	st := &agendaState{lastSubject: -1, conclusion: -1, listWho: -1, meetingNoun: fold(string(r.Meeting.Type)), organizer: fold(string(r.Meeting.Organizer))}
	var items []agendaItem
	a.bySent = make([][]int, len(d.sents))
	for i, m := range a.mentions {
		si := a.toks[m.nameStart].sent
		if si < len(a.bySent) {
			a.bySent[si] = append(a.bySent[si], i)
		}
	}
	next := 0 // first sentence not yet read; sentences come in paragraph order
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
		markers := a.listMarkers(d, pi)
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
				found[i].caption = caption
			}
			items = append(items, found...)
		}
		if len(markers) >= 2 {
			items = append(items, a.numberedItems(d, st, pi, markers)...)
		}
		if !caption && strings.HasSuffix(strings.TrimSpace(text), ":") {
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
		}
	}
	items = append(items, remarkItems(st, items)...)
	r.Agenda = append(r.Agenda[:0], dedupeAgenda(items, a)...)
	addAgendaRoles(r, items, a)
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

// sentenceItems reads the items of one sentence.
func (a *peopleAnalysis) sentenceItems(d *document, st *agendaState, si int, listFollows bool, limit int) []agendaItem {
	s := d.sents[si]
	if s.end > limit {
		s.end = limit // the numbered items that follow are read separately
	}
	toks := a.toks
	ts, te := a.tokenRange(s)
	if ts >= te {
		return nil
	}
	var out []agendaItem
	add := func(kind string, start, end int, who int, prefix string) {
		text := a.itemText(d, start, end)
		if kind == schema.AgendaOpening || kind == schema.AgendaClosing {
			text = cutSpeechOwner(text)
		}
		if prefix != "" {
			text = prefix + text
		}
		if !hasWords(text, 2) {
			return
		}
		if kind == schema.AgendaSpeech && introducesTopic(text) {
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
		add(schema.AgendaTask, toks[min(from, te-1)].start, s.end, who, "")
		return out
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
	sk := sketchOf(d.folded[min(s.start, toks[ts].start):max(s.end, toks[te-1].end)])
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
	directs := func() bool { return sk.contains(folded, "chỉ đạo") }
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
			add(schema.AgendaReport, toks[k].start, toks[comma-1].end, a.mentions[ms[0]].person, "")
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
		if actor := officeActorAfter(toks, ts, te, comma); len(ms) == 0 && actor > ts+1 &&
			(c.agenda == schema.AgendaSpeech || c.agenda == schema.AgendaClosing) {
			// "Phát biểu chỉ đạo buổi làm việc, đồng chí Chủ tịch UBND huyện
			// yêu cầu ...": a speaker the text names only by office.
			end := actor - 1
			if toks[end].text == "," {
				end--
			}
			add(c.agenda, toks[ts].start, toks[end].end, -1, "")
			if c.agenda == schema.AgendaClosing || strings.Contains(c.phrase, "chỉ đạo") {
				st.conclusion, st.unnamedConclusion, st.discussion = -1, true, false
				if !listFollows {
					out = append(out, a.requestTasks(d, st, nil, te, s.end)...)
				}
			}
			return out
		}
		if comma == te-1 && comma > ts+1 && len(ms) == 0 {
			st.pending = agendaItem{AgendaItem: schema.AgendaItem{Kind: c.agenda, Text: a.itemText(d, toks[ts].start, toks[comma-1].end)}, start: toks[ts].start, end: s.end}
			return out
		}
		if r := reportAsSubject(toks, ts, n, te); m == nil && len(ms) == 0 && c.agenda == schema.AgendaReport && r > 0 {
			// "Báo cáo tại Hội nghị nêu rõ, ...": the report itself is the
			// subject; no one is named as its presenter.
			add(schema.AgendaReport, toks[ts].start, toks[r-1].end, -1, "")
			return out
		}
		if m == nil && c.phrase == "kết thúc" && comma > ts && comma+1 < te && toks[comma+1].capital && !chairByRole(toks, comma+1, te) {
			// "Kết thúc Hội nghị, Sở X đã trao giấy khen ...": the
			// end of the meeting dates the act of a body; no one closes.
			mainFrom = comma + 1
		} else if comma > ts && (m != nil || c.agenda == schema.AgendaOpening || c.agenda == schema.AgendaClosing) {
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
			clauseEnd := toks[comma-1].end
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
				case strings.Contains(opener, "bế mạc"):
					kind, ceremonial = schema.AgendaClosing, true
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
				add(kind, toks[verbEnd].start, toks[end].end, who, "")
				out = append(out, a.requestTasksFrom(d, st, k, who, te, s.end, true)...)
			case withContent && c.phrase == "thay mặt":
				add(kind, toks[verbEnd].start, s.end, who, "")
			case withContent && c.phrase == "phát biểu" && !listFollows && a.instructs(m, verbEnd, te):
				// "Phát biểu tại Hội nghị, đồng chí X đề nghị các đơn vị
				// ...": the speech is named by its opener, and what the
				// chair asks of the units is a task each.
				add(kind, toks[ts].start, clauseEnd, who, "")
				out = append(out, a.requestTasksFrom(d, st, verbEnd, who, te, s.end, true)...)
			case withContent:
				add(kind, toks[ts].start, clauseEnd, who, "")
				if len(out) > 0 && !sharesFeelingsAt(toks, verbEnd) && !reportingVerbAt(toks, verbEnd) {
					rest := a.itemText(d, toks[a.skipSaid(verbEnd)].start, a.clauseEnd(m, verbEnd, te))
					out[len(out)-1].Text = truncateWords(out[len(out)-1].Text+", "+rest, maxItemWords)
					out[len(out)-1].end = s.end
				}
			case kind == schema.AgendaReport && isBareReport(fold(d.text[toks[ts].start:clauseEnd])):
				add(kind, toks[ts].start, clauseEnd, who, "")
				if len(out) > 0 {
					out[len(out)-1].Text = a.reportTopic(d, out[len(out)-1].Text)
				}
			default:
				add(kind, toks[ts].start, clauseEnd, who, "")
			}
			if kind == schema.AgendaClosing || strings.Contains(c.phrase, "chỉ đạo") || c.phrase == "kết thúc" {
				st.conclusion = who
				st.discussion = false
			}
			directing := kind == schema.AgendaClosing || strings.Contains(c.phrase, "chỉ đạo") || c.phrase == "kết thúc"
			if m != nil && directing && verbEnd >= 0 && agreesAt(toks, verbEnd, te) {
				// "Kết luận buổi họp, ông X thống nhất với dự thảo ...":
				// what the chair agreed to is the meeting's decision.
				add(schema.AgendaDecision, toks[verbEnd].start, a.clauseEnd(m, verbEnd, te), who, "")
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
		if who, v, kind := a.officeSpeaker(d, ts, te); who >= 0 && (len(ms) == 0 || kind == schema.AgendaTask) {
			st.lastSubject = who
			if kind == schema.AgendaTask {
				st.conclusion = who
				if !listFollows && !endsColon {
					out = append(out, a.requestTasksFrom(d, st, v, who, te, s.end, true)...)
				}
				return out
			}
			add(kind, toks[v].start, a.clauseEnd(nil, v, te), who, "")
			st.lastSubject = who
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
	// "Đề nghị các cấp ủy ...": the concluding speaker, left out, asks
	// (a person named inside the request, "của đồng chí X", is no subject).
	if subject < 0 && !listFollows && !endsColon && (st.conclusion >= 0 || st.unnamedConclusion) && toks[ts].capital && requestWordFolded(toks, ts) && ts+3 < te {
		for _, part := range a.splitClauses(toks[a.skipTimePhrase(ts+2, te)].start, s.end, d) {
			add(schema.AgendaTask, part[0], part[1], st.conclusion, "")
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
				add(kind, toks[ts].start, s.end, a.mentions[i].person, "")
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
				end = toks[j].start
				break
			}
		}
		add(schema.AgendaOther, toks[k].start, end, subject, "")
		if subject >= 0 {
			st.lastSubject = subject
		}
		return out
	}
	// "Sau khi thảo luận, góp ý, các bên đã ...": the discussion is an
	// item, and what follows is read from the clause after it.
	discussed, discussedEnd := afterDiscussing(toks, ts, te)
	if discussed >= 0 {
		add(schema.AgendaDiscussion, toks[discussed].start, toks[discussedEnd-1].end, -1, "")
	} else if pieces, c := leadInActs(toks, ts, te); c > 0 {
		// "Sau khi báo cáo ..., Đại hội tiếp tục thảo luận ...", "Theo
		// đó, thông qua các báo cáo ... và thảo luận ..., các đơn vị ...":
		// the acts of the lead-in are items; the main clause is read after.
		for _, p := range pieces {
			add(p.kind, toks[p.from].start, toks[p.to-1].end, -1, "")
		}
		discussed, discussedEnd = pieces[0].from, c
	}
	// "Đại hội tiến hành bầu cử Chi ủy ...", "hội nghị đã tiến hành bỏ
	// phiếu ...": the vote is a decision, whoever else the sentence names.
	if sk.contains(tokText, "tiến hành") {
		if k, e := votingHeld(toks, ts, te); k >= 0 {
			add(schema.AgendaDecision, toks[k].start, toks[e].end, -1, "")
		}
	}
	// Election results name people but are the meeting's decision.
	if len(ms) > 0 && (sk.mayHold("bầu") || sk.mayHold("đắc") || sk.mayHold("tái cử") || sk.mayHold("trúng cử")) && isElection(toks, ts, te) {
		add(schema.AgendaDecision, toks[a.skipIntro(ts, te)].start, s.end, -1, "")
		return out
	}
	// "... đã biểu quyết, hiệp thương cử ông X giữ chức ...": the front's
	// consensus choice of a person is the decision, from its verbs.
	if len(ms) > 0 && sk.contains(tokText, " cử ") {
		if k := consensusChoice(toks, ts, te); k >= 0 {
			add(schema.AgendaDecision, toks[k].start, s.end, -1, "")
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
			end := toks[m.prefixStart].start
			if m.prefixStart > 0 && toks[m.prefixStart-1].fold == "của" {
				end = toks[m.prefixStart-1].start
			}
			add(schema.AgendaOpening, toks[a.skipIntro(ts, te)].start, end, m.person, "")
			acted = true
			continue
		}
		if m.speechGenitive {
			// "... trong phát biểu kết luận của đồng chí X": the speech
			// noun names the item.
			if k, c, ok := a.speechNounBefore(m, ts); ok {
				add(c.agenda, toks[k].start, toks[m.prefixStart-1].start, m.person, "")
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
					add(kind, toks[v].start, a.clauseEnd(m, v, te), m.person, "")
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
			if toks[from].fold == "theo" && from+1 < te {
				from++
			}
			text := a.itemText(d, toks[from].start, toks[m.prefixStart-1].start)
			if isBareReport(fold(text)) {
				text = a.reportTopic(d, text)
			}
			if hasWords(text, 2) {
				out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: text, Presenter: a.presenterName(m.person)}, start: toks[from].start, end: s.end})
			}
			acted = true
			continue
		}
		end := a.clauseEnd(m, v, te)
		kind := c.agenda
		prefix := ""
		if c.phrase == "đọc" && v+2 < te && toks[v+1].fold == "diễn" && toks[v+2].fold == "văn" {
			kind = addressKind(toks, v+3, te) // "đọc diễn văn kỷ niệm ...": a speech, not a paper
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
		if c.phrase == "chỉ đạo" || c.phrase == "tham dự" {
			kind = ""
		}
		// "X nhấn mạnh ... và đề nghị các đơn vị A; B": the request
		// joined to the person's act sets tasks (agenda_requests.go).
		joined := -1
		if !listFollows && !endsColon && kind != schema.AgendaClosing && !(kind == schema.AgendaSpeech && directs()) {
			if k := a.joinedRequest(st, m, v, te); k >= 0 && toks[k].start < end {
				joined, end = k, joinedRequestCut(toks, k)
			}
		}
		if kind == "" && !listFollows && !endsColon && remarkVerb(toks, v, te) {
			// "Bộ trưởng X nhấn mạnh, ...": the person's remarks, a speech
			// unless the report names it otherwise (agenda_remarks.go).
			a.noteRemark(d, st, m.person, v, end)
		}
		if joined >= 0 && (kind == "" || kind == schema.AgendaSpeech && c.phrase == "phát biểu" && st.conclusion == m.person) {
			out = append(out, a.requestTasksFrom(d, st, joined, m.person, te, s.end, true)...)
			acted = true
			continue
		}
		if kind == schema.AgendaSpeech && phraseIn(toks, v, min(v+4, te), "phát", "biểu", "ý", "kiến") == v {
			// "phát biểu ý kiến, làm rõ thêm ...": an opinion given
			// in the debate, a discussion by the guide's "ý kiến" cue.
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
			object := a.itemText(d, toks[j+2].start, end)
			out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: kind, Text: a.itemText(d, toks[v].start, toks[j-2].end) + " " + object,
				Presenter: a.presenterName(m.person)}, start: toks[v].start, end: end})
			add(schema.AgendaClosing, toks[j].start, end, m.person, "")
			st.conclusion = m.person
			acted = true
			if !listFollows && !endsColon {
				out = append(out, a.requestTasks(d, st, m, te, s.end)...)
			}
			continue
		}
		add(kind, toks[v].start, end, m.person, prefix)
		acted = true
		if joined < 0 && !listFollows && !endsColon {
			// "X đã báo cáo ..., đồng thời đề xuất, kiến nghị ...": the
			// second act of the same person (agenda_acts.go).
			if k, c2, e2 := a.alsoActAt(m, end, te); k >= 0 {
				add(c2, toks[k].start, e2, m.person, "")
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
				end = toks[k].start + i // "(bên trái)": where the person stands in the photo
			}
			add(schema.AgendaAward, toks[k].start, end, -1, "")
		}
	}
	if f, e := opinionsHeard(toks, ts, te); f >= 0 {
		// "Sau khi nghe ... báo cáo ..., ý kiến phát biểu của các thành viên;
		// X kết luận": the members' opinions are the debate.
		add(schema.AgendaDiscussion, toks[f].start, toks[e-1].end, -1, "")
	}
	if hears {
		if f, e := a.answersHeard(toks, ts, te); f >= 0 {
			// "sau khi nghe lãnh đạo các phòng trả lời các vấn đề cử tri
			// quan tâm, X ...": the answers are the debate.
			add(schema.AgendaDiscussion, toks[f].start, toks[e-1].end, -1, "")
		}
	}
	if !acted && subject >= 0 && hears {
		// "Dự có X, Bí thư ... Sau đó, hội nghị nghe báo cáo về ...": a
		// report the meeting heard, after a person who did not act.
		if k := heardReport(toks, ts, te); k >= 0 && !a.mentionBefore(k, ts) && len(bodyReports()) == 0 {
			add(schema.AgendaReport, toks[k].start, a.clauseEnd(nil, k, te), -1, "")
		}
	}
	if acted || (subject >= 0 && !a.mentions[ms[0]].genitive) {
		if first := a.mentions[ms[0]].prefixStart; sk.contains(folded, "phát động") {
			// "... đã phát động phong trào ...; ... chị A ..., chị B ...":
			// the drive, launched before the people named, is an act of
			// its own.
			if k := emulationLaunchAt(toks, ts, first); k >= 0 {
				add(schema.AgendaOther, toks[k].start, clauseStop(toks, k, first, toks[first].start), -1, "")
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
	if hears {
		if from, to := crowdReportHeard(toks, ts, te); from >= 0 {
			add(schema.AgendaReport, toks[from].start, toks[to].end, -1, "")
		}
	}
	if sk.contains(folded, "câu hỏi") && strings.Contains(d.folded, "đối thoại") {
		// At a dialogue ("hội nghị đối thoại"), "Tại buổi đối thoại đã chọn ra
		// 20 câu hỏi về ...": the questions put and answered are the debate.
		if k := questionsPut(toks, ts, te); k >= 0 {
			add(schema.AgendaDiscussion, toks[k].start, clauseStop(toks, k, te, s.end), -1, "")
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
				for _, part := range a.splitClauses(toks[k].start, s.end, d) {
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
		for _, part := range a.splitClauses(toks[ts+3].start, s.end, d) {
			add(schema.AgendaTask, part[0], part[1], st.conclusion, "")
		}
	case st.conclusion >= 0 && st.taskRun && !endsColon && !sk.contains(folded, " sẽ ") && toks[ts].fold != "theo" && !commentOpens(toks, body, te) &&
		!narratesAct(toks, ts, body, te):
		for _, part := range a.splitClauses(toks[body].start, s.end, d) {
			add(schema.AgendaTask, part[0], part[1], st.conclusion, "")
		}
	case sk.contains(tokText, "mạc") && openedWithoutSpeaker(toks, body, te) >= 0:
		k := openedWithoutSpeaker(toks, body, te)
		end := s.end
		if w := phraseIn(toks, k, te, "với", "sự"); w > k {
			end = toks[w].start // "... với sự tham dự của 500 đại biểu": who came, not what was done
		}
		add(schema.AgendaOpening, toks[k].start, end, -1, "")
	case sk.contains(tokText, "bố") && announcesDecisions(toks, ts, te) >= 0:
		k := announcesDecisions(toks, ts, te)
		add(schema.AgendaDecision, toks[k].start, s.end, -1, "")
	case !endsColon && sk.mayHold("trình") && papersPresentedAt(toks, ts, te) >= 0:
		// "các nhà nghiên cứu ... trình bày các báo cáo chuyên đề về ...":
		// papers read by a group no one names.
		k := papersPresentedAt(toks, ts, te)
		add(schema.AgendaReport, toks[k].start, a.clauseEnd(nil, k, te), -1, "")
	case !endsColon && len(bodyReports()) > 0:
		out = append(out, bodyReports()...)
	case !endsColon && hears && heardReport(toks, ts, te) >= 0:
		k := heardReport(toks, ts, te)
		add(schema.AgendaReport, toks[k].start, a.clauseEnd(nil, k, te), -1, "")
	case !strings.HasPrefix(folded, "trường hợp") && !sk.hasAny(folded, " nếu ", "không quá", "được phép") && !sk.contains(folded, " và bế mạc") &&
		func() bool {
			acts = a.bodyActions(d, max(ts, discussedEnd+1), te, st.meetingNoun)
			return len(acts) > 0
		}():
		// (statesRule's "quy định" is left out: a body adopts regulations.)
		// "Phiên họp đã thông qua ...; quán triệt ...; thảo luận ...":
		// each act of the meeting is an item.
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
		add(schema.AgendaDecision, toks[body].start, end, -1, "")
		if closing != "" {
			out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaClosing, Text: closing}, start: end, end: s.end})
		}
	case isDiscussion(toks, ts, te) && !papers:
		end := s.end
		for k := body + 4; k < te; k++ {
			if toks[k].text == ":" && toks[k-1].fold == "như" {
				end = toks[k].start
				break
			}
		}
		from := body
		if semi, r := reportClauseBefore(toks, body, discussionVerb(toks, body, te)); r >= 0 {
			// "các đại biểu đã báo cáo tiến độ ...; đồng thời đại diện các
			// sở đã thảo luận ...": the report and the discussion are two
			// items.
			add(schema.AgendaReport, toks[r].start, toks[semi].start, -1, "")
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
					end = toks[j].start
					break
				}
			}
		}
		add(schema.AgendaDiscussion, toks[from].start, end, -1, "")
		st.discussion = true
	case (sk.mayHold("thống") || sk.mayHold("nhất")) && meetingAgrees(toks, body, te) >= 0:
		// "Hội nghị cũng đã thống nhất cao với dự thảo kế hoạch năm 2026":
		// the meeting's agreement is its decision.
		k := meetingAgrees(toks, body, te)
		add(schema.AgendaDecision, toks[k].start, clauseStop(toks, k, te, s.end), -1, "")
	case sk.mayHold("kiến") && remarksCounted(toks, body, te):
		// "Ý kiến của các đại biểu tập trung vào ...", "Tại hội nghị, đã có
		// 12 ý kiến phát biểu, ...": the delegates' remarks, the debate.
		add(schema.AgendaDiscussion, toks[body].start, clauseStop(toks, body, te, s.end), -1, "")
		st.discussion = true
	case sk.mayHold("có") && remarksHad(toks, body, te) >= 0:
		// "... có những đề xuất, kiến nghị ...": the meeting's proposals
		// are its debate.
		k := remarksHad(toks, body, te)
		add(schema.AgendaDiscussion, toks[k].start, clauseStop(toks, k, te, s.end), -1, "")
		st.discussion = true
	case hears && sk.contains(tokText, "chỉ đạo") && guidanceHeard(toks, body, te) >= 0:
		// "... lắng nghe, tiếp thu ý kiến chỉ đạo ...": the guidance
		// heard is a speech; its giver is not named as a person.
		k := guidanceHeard(toks, body, te)
		add(schema.AgendaSpeech, toks[k].start, toks[guidanceEnd(toks, k, te)-1].end, -1, "")
	case crowdRemarks(toks, body, te) >= 0:
		// "Nhiều đại biểu đã sôi nổi tham luận, đóng góp ý kiến ...": the
		// delegates' remarks, named as a group, are the debate.
		add(schema.AgendaDiscussion, toks[body].start, clauseStop(toks, body, te, s.end), -1, "")
		st.discussion = true
	case sk.contains(tokText, "thông qua") && passiveAdoption(toks, body, te) >= 0:
		// "Tiếp đó, phương hướng, nhiệm vụ nhiệm kỳ tới được thông qua":
		// a paper the meeting adopted, told in the passive.
		add(schema.AgendaDecision, toks[body].start, toks[passiveAdoption(toks, body, te)].end, -1, "")
	case sk.contains(tokText, "được lãnh đạo") && leadersBriefed(toks, body, te) != "":
		// "Các đại biểu đã được lãnh đạo Ban Tuyên giáo thông báo và định
		// hướng công tác tuyên truyền ...": the leadership's briefing; a
		// steer ("định hướng") is a speech, news a report.
		from := body
		if from+2 < te && toks[from].fold == "đồng" && toks[from+1].fold == "thời" && toks[from+2].text == "," {
			from += 3
		}
		add(leadersBriefed(toks, body, te), toks[from].start, colonStop(toks, from, te, s.end), -1, "")
	case !endsColon && briefingHeard(toks, body, te) >= 0:
		// "báo cáo viên được thông tin về ...", "Hội nghị đã được
		// quán triệt ...", "báo cáo viên của Ban X truyền đạt ...": a
		// briefing the audience heard from someone unnamed.
		k := briefingHeard(toks, body, te)
		add(schema.AgendaReport, toks[k].start, briefingStop(toks, k, te, s.end), -1, "")
	case sk.hasAny(folded, "trao ", "tặng ", "trao tặng") && awardFollows(toks, ts, te):
		add(schema.AgendaAward, toks[body].start, s.end, -1, "")
	case sk.mayHoldAny("dương", "thưởng") && honoursGiven(toks, ts, te) >= 0:
		add(schema.AgendaAward, toks[honoursGiven(toks, ts, te)].start, s.end, -1, "")
	case st.meetingNoun == "đại hội" && sk.contains(tokText, "gồm") && newBodyFormed(toks, body, te):
		// "<body> nhiệm kỳ ... gồm N đồng chí": at a congress, a body of the
		// new term and its size are an election result.
		add(schema.AgendaDecision, toks[body].start, s.end, -1, "")
	case sk.contains(tokText, "quà") && giftGivenAt(toks, body, te) >= 0:
		// "... trao tặng quà ... cho ..., thể hiện ...": the gifts handed
		// over at the meeting, up to the purpose they serve.
		k := giftGivenAt(toks, body, te)
		add(schema.AgendaAward, toks[k].start, toks[purposeStop(toks, k, te)-1].end, -1, "")
	case sk.contains(tokText, "được") && passiveHonour(toks, body, te):
		// "Nhiều tập thể, cá nhân được LĐLĐ tỉnh khen thưởng ...", "Trường
		// X được nhận giấy khen của ...": the honoured are the subject. Each
		// ";" clause names other honoured and another award.
		for _, part := range a.splitClauses(toks[body].start, s.end, d) {
			add(schema.AgendaAward, part[0], part[1], -1, "")
		}
	case sk.mayHold("trao") && prizeGivingAt(toks, ts, te) >= 0:
		// "X tổ chức Lễ tổng kết, trao giải Hội thi ...": the lead names
		// the prize-giving as part of the event.
		add(schema.AgendaAward, toks[prizeGivingAt(toks, ts, te)].start, s.end, -1, "")
	case sk.contains(folded, "ký kết"):
		from := body
		if k := signingMeetingAt(toks, ts, te); k >= 0 {
			// "... đã diễn ra Hội nghị ký kết Quy chế làm việc
			// giai đoạn ... giữa ...": the item is the signing of the paper.
			add(schema.AgendaSigning, toks[k].start, toks[signedPaperEnd(toks, k+2, te)].end, -1, "")
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
		add(schema.AgendaSigning, toks[from].start, s.end, -1, "")
	case sk.contains(folded, "ký thỏa thuận") && agreementSignedAt(toks, ts, te) >= 0:
		// "hai sở đã hội đàm ... và ký thỏa thuận hợp tác ...": signing an
		// agreement is a signing item even without "ký kết".
		add(schema.AgendaSigning, toks[agreementSignedAt(toks, ts, te)].start, s.end, -1, "")
	case sk.contains(folded, "phát động") && emulationLaunchAt(toks, ts, te) >= 0:
		// "Công ty phát động (phong trào) thi đua ...": launching an
		// emulation drive is an act of the meeting, not a report.
		add(schema.AgendaOther, toks[emulationLaunchAt(toks, ts, te)].start, s.end, -1, "")
	case sk.hasAny(folded, "xem phim", "tham quan", "dâng hương", "dâng hoa", "trồng cây", "văn nghệ"):
		// Side activities of the participants (a film, a visit, offering
		// incense, a performance) are items of their own.
		add(schema.AgendaOther, toks[body].start, s.end, -1, "")
	}
	return out
}

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
		if v := a.predicateStart(m); v >= 0 && v < te && requestWordAt(toks, v) {
			return a.requestTasksFrom(d, st, v, who, te, sentEnd, true)
		}
	}
	return a.requestTasksFrom(d, st, from, who, te, sentEnd, false)
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
		asked := at && k == from && requestWordAt(toks, k)
		if !requestVerbAt(toks, k, te) && !isAssign(toks, k, te) && !wish && !asked {
			continue
		}
		start := k + 2
		if verb == "giao" {
			start = k
		}
		if start >= te {
			return nil
		}
		var out []agendaItem
		parts := a.splitClauses(toks[a.skipTimePhrase(start, te)].start, sentEnd, d)
		if strings.HasSuffix(strings.TrimSpace(d.text[parts[len(parts)-1][0]:parts[len(parts)-1][1]]), ":") {
			parts = parts[:len(parts)-1] // "...; đồng thời giao nhiệm vụ cụ thể:" opens a list
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
	// A speaker's numbered points are tasks only when the intro asks for
	// something; "báo cáo ... gồm 3 phần: (1) ..." lists the parts of a report.
	if !meetingSubject && !hasAny(intro, "đề nghị", "yêu cầu", "nhấn mạnh", "chỉ đạo", "giao", "lưu ý", "cần ", "nhiệm vụ", "giải pháp", "chú trọng", "tập trung") {
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
			f := fold(text)
			switch {
			case strings.HasPrefix(f, "thảo luận") || strings.HasPrefix(f, "góp ý") || strings.HasPrefix(f, "đóng góp"):
				kind = schema.AgendaDiscussion
			case strings.HasPrefix(f, "nghe") || strings.HasPrefix(f, "báo cáo"):
				kind = schema.AgendaReport
			case hasAny(f, "bầu", "biểu quyết", "thông qua"):
				kind = schema.AgendaDecision
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
		for k > 0 && toks[k-1].para == pi && (toks[k-1].text == "," || toks[k-1].fold == "do") {
			k--
		}
		if toks[k].start < end {
			end = toks[k].start
		}
		break
	}
	text := a.itemText(d, p.start, end)
	if !hasWords(text, 2) {
		return agendaItem{}, false
	}
	if st.listKind == schema.AgendaReport && strings.Contains(fold(d.text[d.paras[max(pi-1, 0)].start:d.paras[max(pi-1, 0)].end]), "chuyên đề") {
		text = "chuyên đề " + lowerFirst(text)
	}
	return agendaItem{AgendaItem: schema.AgendaItem{Kind: st.listKind, Text: text, Presenter: a.presenterName(who)}, start: p.start, end: p.end}, true
}

// predicateStart returns the token after a mention and its offices where
// what the person did begins, skipping adverbs.
func (a *peopleAnalysis) predicateStart(m *mention) int {
	toks := a.toks
	k := m.suffixEnd
	for k < len(toks) && toks[k].word && isAdverb(toks[k].fold) {
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

// clauseEnd is where the clause that starts at token v ends: the next ";"
// or the next acting person in the same sentence, else the sentence end.
func (a *peopleAnalysis) clauseEnd(m *mention, v, te int) int {
	toks := a.toks
	te = min(te, v+maxItemWords*3) // long enough for any item text
	quoted := false                // inside “...”: a title's own ";" ends nothing
	for k := v; k < te; k++ {
		switch toks[k].text {
		case "“":
			quoted = true
		case "”":
			quoted = false
		}
		if quoted {
			continue
		}
		// The next person in a list ("..., B giới thiệu ...") starts a new
		// clause; a person inside the object ("cho đồng chí B") does not.
		if toks[k].text == ";" || (k > v && a.startsMention(k) && (toks[k-1].text == "," || toks[k-1].fold == "và")) {
			return toks[k].start
		}
		// "quán triệt ..., các đại biểu đã nghe X trình bày ...": a new
		// subject after the comma starts the next item.
		if toks[k].text == "," && k > v+3 && audienceSubjectAt(toks, k+1, te) {
			return toks[k].start
		}
		// "quán triệt ..., nhấn mạnh ...": the item ends before the comment.
		if toks[k].text == "," && k+1 < te && k > v+3 {
			switch toks[k+1].fold {
			case "nhấn", "khẳng", "cho", "đồng", "nêu":
				if n, c := cueAt(toks, k+1); (n > 0 && !c.strong) || toks[k+1].fold == "đồng" {
					return toks[k].start
				}
			}
		}
	}
	return toks[te-1].end
}

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
	}
	return false
}

// skipBriefingAudience skips the manner and the audience written between a
// briefing verb and its object: "thông báo nhanh tới hội nghị về những
// nội dung ...", "thông tin với hội nghị về các kết quả ...".
func skipBriefingAudience(toks []token, k, te int) int {
	if k < te && (toks[k].fold == "nhanh" || toks[k].fold == "ngắn") {
		k++
	}
	if k+1 < te && (toks[k].fold == "tới" || toks[k].fold == "đến" || toks[k].fold == "với") {
		j := k + 1
		if toks[j].fold == "các" || toks[j].fold == "toàn" {
			j++
		}
		if j+1 < te && (toks[j].fold+" "+toks[j+1].fold == "đại biểu" || toks[j].fold+" "+toks[j+1].fold == "hội nghị") {
			k = j + 2
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
	for k := v; k < len(toks) && toks[k].start < end; k++ {
		if toks[k].text == ":" || (toks[k].text == "," && k > 0 && toks[k-1].text == ")") {
			return toks[k].start
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
	switch toks[k].fold + " " + toks[k+1].fold {
	case "đại biểu", "hội nghị", "đại hội", "hội thảo":
		next := toks[k+2].fold
		return next == "đã" || next == "nghe" || next == "thảo" || next == "cùng" || next == "tiến"
	}
	return false
}

// skipIntro skips an opening adverbial ("Tại Hội nghị, ", "Dịp này, ",
// "Sáng 10/3, ") so the item text starts at its subject.
func (a *peopleAnalysis) skipIntro(ts, te int) int {
	toks := a.toks
	switch toks[ts].fold {
	case "tại", "cũng", "dịp", "sáng", "chiều", "tối", "trưa", "ngày", "ngoài", "bên", "trong", "sau", "tiếp", "theo", "trên":
		if toks[ts].fold == "trên" && (ts+1 >= te || toks[ts+1].fold != "cơ" && toks[ts+1].fold != "tinh") {
			return ts // "Trên cơ sở đó, ..." leads in; "Trên 200 đại biểu ..." is the subject
		}
		if toks[ts].fold == "tại" && meetingSubjectAt(toks, ts+1, te) == ts+3 && ts+3 < te && audienceOpens(toks[ts+3].fold) {
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

// splitClauses splits bytes [start, end) of text at ";" into clauses.
func (a *peopleAnalysis) splitClauses(start, end int, d *document) [][2]int {
	var out [][2]int
	s := start
	quoted := false // a ";" inside “...” belongs to a quoted title
	for i := start; i < end; i++ {
		if d.text[i] == 0xE2 && i+2 < end && d.text[i+1] == 0x80 { // “ is E2 80 9C, ” is E2 80 9D
			switch d.text[i+2] {
			case 0x9C:
				quoted = true
			case 0x9D:
				quoted = false
			}
		}
		if d.text[i] == ';' && !quoted {
			out = append(out, [2]int{s, i})
			s = i + 1
		}
	}
	return append(out, [2]int{s, end})
}

// itemText cleans text[start:end] into an agenda text: offices of people
// named inside dropped, the date and issuer of cited documents dropped,
// leading adverbs and trailing punctuation trimmed, length bounded.
func (a *peopleAnalysis) itemText(d *document, start, end int) string {
	if start >= end {
		return ""
	}
	var b strings.Builder
	pos := start
	for _, m := range a.mentionsIn(start, end) {
		if len(m.positions) == 0 || m.suffixEnd <= m.nameEnd || m.suffixEnd > len(a.toks) {
			continue
		}
		cs := a.toks[m.nameEnd].start
		ce := a.toks[m.suffixEnd-1].end
		if cs < pos || ce > end || cs < start {
			continue
		}
		b.WriteString(d.text[pos:cs])
		pos = ce
	}
	b.WriteString(d.text[pos:end])
	t := b.String()
	if i := strings.Index(t, "(Ảnh"); i >= 0 {
		t = t[:i] // a photo credit closing a caption
	}
	if i := strings.Index(t, " (sau đây"); i >= 0 {
		t = t[:i] // "(sau đây gọi chung là ...)": a short name defined, no part of the item
	}
	if symbolBefore(t, " ngày ") {
		t = replaceFromDigit(docDateAt, t, "$1")
	}
	if symbolBefore(t, " của ") {
		t = replaceFromDigit(docIssuerAt, t, "$1 $2 ")
	}
	t = collapseSpaces(t)
	t = strings.TrimFunc(t, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:.-–/", r) })
	for _, lead := range []string{"đã ", "cũng ", "đồng thời ", "và ", "sẽ "} {
		t = strings.TrimPrefix(t, lead)
	}
	return truncateWords(t, maxItemWords)
}

// replaceFromDigit is re.ReplaceAllString(t, repl) for a regexp re whose
// matches start with an ASCII digit and that asserts nothing about the text
// around them (docDateRe, docIssuerRe), given as at: re anchored at the
// start. A match can start only where a number does (one starting inside a
// number also starts at its first digit), so at is tried there alone
// instead of the matcher starting at every byte of t.
func replaceFromDigit(at *regexp.Regexp, t, repl string) string {
	var out strings.Builder
	var expanded []byte
	last := 0 // end of the last match; t[:last] is settled
	for p := 0; p < len(t); p++ {
		if !isDigitByte(t[p]) || p > last && isDigitByte(t[p-1]) {
			continue
		}
		m := at.FindStringSubmatchIndex(t[p:])
		if m == nil {
			continue
		}
		if last == 0 {
			out.Grow(len(t)) // the replacements only shorten t
		}
		out.WriteString(t[last:p])
		expanded = at.ExpandString(expanded[:0], repl, t[p:], m)
		out.Write(expanded)
		last = p + m[1]
		p = last - 1
	}
	if last == 0 {
		return t // nothing replaced: keep t, unallocated
	}
	out.WriteString(t[last:])
	return out.String()
}

// truncateWords keeps at most n words of a text whose words are separated
// by single spaces.
func truncateWords(t string, n int) string {
	words := 0
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			words++
			if words == n {
				return strings.TrimRight(t[:i], ",;: ")
			}
		}
	}
	return t
}

// hasWords reports whether s holds at least n space-separated words; it
// stops reading once it has seen them.
func hasWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			words++
			if words >= n {
				return true
			}
		}
	}
	return words >= n
}

// countWords counts space-separated words without allocating.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

func lowerFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToLower(r)) + s[i+len(string(r)):]
	}
	return s
}

func hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// hasRequest reports "yêu cầu", "đề nghị" or "giao" written in lower case
// in toks[ts:te].
func hasRequest(toks []token, ts, te int) bool {
	for k := ts; k+1 < te; k++ {
		if !toks[k].lower {
			continue
		}
		if requestVerbAt(toks, k, te) || isAssign(toks, k, te) {
			return true
		}
	}
	return false
}

// awardFollows reports an award noun (Bằng khen, Huân chương ...) after a
// giving verb in toks[from:te].
func awardFollows(toks []token, from, te int) bool {
	for k := from; k+1 < te && k-from < 12; k++ {
		switch toks[k].fold + " " + toks[k+1].fold {
		case "bằng khen", "giấy khen", "huân chương", "huy chương", "huy hiệu", "cờ thi", "kỷ niệm", "danh hiệu", "giải thưởng", "bằng tốt", "chứng chỉ", "giấy chứng":
			return true
		}
	}
	return false
}

// tokenRange returns the tokens of a span.
func (a *peopleAnalysis) tokenRange(s span) (int, int) {
	ts := sort.Search(len(a.toks), func(i int) bool { return a.toks[i].start >= s.start })
	te := sort.Search(len(a.toks), func(i int) bool { return a.toks[i].start >= s.end })
	return ts, te
}

// tokenIndexAt returns the index of the last token that starts before byte b,
// bounded by limit.
func (a *peopleAnalysis) tokenIndexAt(b, limit int) int {
	i := sort.Search(len(a.toks), func(i int) bool { return a.toks[i].start >= b })
	return min(i, limit)
}

// dedupeAgenda drops repeats: a caption restating the body, or one person's
// report, opening or closing read twice; the first in document order stays.
func dedupeAgenda(items []agendaItem, a *peopleAnalysis) []schema.AgendaItem {
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].caption != items[j].caption {
			return !items[i].caption
		}
		return items[i].start < items[j].start
	})
	kept := make([]agendaItem, 0, len(items))
	keptWords := make([][]string, 0, len(items))
	for _, it := range items {
		dup := false
		// Word sets are computed only when texts must be compared, and only
		// against recent items: repeats sit near each other.
		var words []string
		for ki := max(0, len(kept)-64); ki < len(kept); ki++ {
			k := &kept[ki]
			// A caption "X phát biểu tại hội nghị" restates whatever X did.
			if k.Kind != it.Kind && !(it.caption && it.Kind == schema.AgendaSpeech && k.Presenter != "" && k.Presenter == it.Presenter) {
				continue
			}
			samePerson := k.Presenter != "" && k.Presenter == it.Presenter
			switch {
			case it.Kind == schema.AgendaSigning && it.Presenter == "" && k.Presenter == "" &&
				(signedPaper(it.Text) == "" || signedPaper(it.Text) == signedPaper(k.Text)):
				// A caption ("Hai đơn vị ký kết quy chế ...") or a paragraph
				// on the content ("... đã ký kết phối hợp ...") after the
				// signing told: the same signing again.
				dup = true
			case it.start == k.start && it.end == k.end && it.Kind == k.Kind && it.Text == k.Text:
				// "chị A ... và chị B ..., chia sẻ ...": one act read once
				// for each person who shares the verb; no one of them alone
				// did it.
				dup = true
				if !samePerson {
					k.Presenter = ""
				}
			case it.caption && samePerson:
				dup = true
			case samePerson && (it.Kind == schema.AgendaOpening || it.Kind == schema.AgendaClosing || it.Kind == schema.AgendaReport ||
				it.Kind == schema.AgendaSpeech || it.Kind == schema.AgendaAward || it.Kind == schema.AgendaDiscussion):
				dup = true
			// Texts are compared for the meeting's own steps (no presenter),
			// and for one person's items read twice (captions, two rules).
			case k.Presenter == "" || it.Presenter == "" || (samePerson && (it.caption || k.caption || overlaps(*k, it))):
				if words == nil {
					words = wordSet(it.Text)
				}
				if keptWords[ki] == nil {
					keptWords[ki] = wordSet(k.Text)
				}
				dup = wordJaccard(keptWords[ki], words) >= 0.6
			case samePerson && it.Kind == schema.AgendaDecision:
				// A headline restating the decision the body tells in full
				// ("X trao Quyết định ..."): one decision.
				if words == nil {
					words = wordSet(it.Text)
				}
				if keptWords[ki] == nil {
					keptWords[ki] = wordSet(k.Text)
				}
				dup = wordJaccard(keptWords[ki], words) >= 0.5
				if dup && countWords(it.Text) > countWords(k.Text) {
					k.Text = it.Text
					keptWords[ki] = nil
				}
			}
			if dup {
				// A report restated with its full title ("X - Giám đốc ...
				// báo cáo sơ kết công tác ...") is the better text.
				if it.Kind == schema.AgendaReport && k.Kind == it.Kind && countWords(it.Text) > countWords(k.Text) {
					k.Text = it.Text
					keptWords[ki] = nil
				}
				// "X phát biểu khai mạc hội nghị" restated as "... khai mạc
				// Hội nghị lần thứ 9 Ban Chấp hành ...": keep the full name.
				if (it.Kind == schema.AgendaOpening || it.Kind == schema.AgendaClosing) && k.Kind == it.Kind &&
					len(it.Text) > len(k.Text) && strings.HasPrefix(fold(it.Text), fold(k.Text)+" ") {
					k.Text = it.Text
					keptWords[ki] = nil
				}
				break
			}
		}
		if !dup {
			kept = append(kept, it)
			keptWords = append(keptWords, words)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	out := make([]schema.AgendaItem, 0, len(kept))
	for _, it := range kept {
		item := it.AgendaItem
		if item.Kind != schema.AgendaReport && item.Kind != schema.AgendaDecision {
			item.Text = truncateWords(item.Text, maxOtherWords)
		}
		if item.Kind == schema.AgendaDecision {
			item.Text = cutPraise(item.Text)
		}
		item.Evidence = &schema.Evidence{Start: it.start, End: it.end, Quote: item.Text}
		out = append(out, item)
	}
	return out
}

// wordSet lists the folded words of s, sorted and without repeats.
func wordSet(s string) []string {
	words := fields(fold(s))
	for i, w := range words {
		words[i] = strings.Trim(w, ",;:.")
	}
	sort.Strings(words)
	return slices.Compact(words)
}

// fields is strings.Fields(s). Item texts are words joined by single
// spaces, so it splits at ' ' alone unless s holds a byte that may begin
// another space (a control byte, or the lead bytes of U+0085, U+00A0,
// U+1680, U+2000-U+205F, U+3000): Fields decodes every rune of the
// Vietnamese text to find spaces, which costs more than the split.
func fields(s string) []string {
	words := make([]string, 0, strings.Count(s, " ")+1)
	start := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i > start {
				words = append(words, s[start:i])
			}
			start = i + 1
		case c < ' ' || c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xE1 && i+1 < len(s) && s[i+1] == 0x9A:
			return strings.Fields(s)
		}
	}
	if start < len(s) {
		words = append(words, s[start:])
	}
	return words
}

// wordJaccard compares two word sets from wordSet (sorted, without
// repeats), counting the shared words in one merge pass.
func wordJaccard(a, b []string) float64 {
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
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

// isDecision reports a vote or an election in toks[ts:te]: "biểu quyết",
// "bầu" (not "bầu cử"), "đắc cử", "thông qua Nghị quyết ...".
func isDecision(toks []token, ts, te int) bool {
	for k := ts; k < te; k++ {
		if !toks[k].lower {
			continue
		}
		next := ""
		if k+1 < te {
			next = toks[k+1].fold
		}
		switch toks[k].fold {
		case "bầu":
			if next != "cử" && next != "không" && next != "trời" && !electedBefore(toks, k) {
				return true
			}
		case "biểu":
			if next == "quyết" {
				return true
			}
		case "đắc":
			if next == "cử" {
				return true
			}
		case "thông":
			if next == "qua" && k+2 < te && (toks[k+2].capital && !throughBody(toks, k+2) || adoptedPaperAt(toks, k+2, te)) {
				return true
			}
		}
	}
	return false
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

// electedBefore reports "được bầu từ" at the "bầu" of token k: delegates
// elected earlier by the lower levels ("200 đại biểu được bầu từ cơ sở"),
// not an election held at the meeting.
func electedBefore(toks []token, k int) bool {
	return k > 0 && toks[k-1].fold == "được" && k+1 < len(toks) && toks[k+1].fold == "từ"
}

// isElection reports an election result: "bầu" (not "bầu cử") or "đắc cử".
func isElection(toks []token, ts, te int) bool {
	for k := ts; k+1 < te; k++ {
		if !toks[k].lower {
			continue
		}
		switch next := toks[k+1].fold; toks[k].fold {
		case "bầu":
			if next != "cử" && next != "không" && next != "trời" && !electedBefore(toks, k) && !(k > 0 && toks[k-1].fold == "bình") {
				return true // ("bình bầu" is the emulation vote, read as an act)
			}
		case "đắc":
			if next == "cử" {
				return true
			}
		case "tái", "trúng":
			// "Ông X, Chủ tịch Hội nhiệm kỳ trước, tái cử / trúng cử Chủ tịch
			// Hội ...": the election told name first.
			if next == "cử" {
				return true
			}
		}
	}
	return false
}

// isDiscussion reports a discussion that took place: a discussion verb
// after "đã"/"được" or opening the sentence ("... đã thảo luận",
// "Thảo luận tại ..., ...").
func isDiscussion(toks []token, ts, te int) bool {
	return discussionVerb(toks, ts, te) >= 0
}

// discussionVerbs maps the first syllable of each discussion verb to its
// second ("thảo luận", "trao đổi", "góp ý" ...).
var discussionVerbs = map[string]string{"thảo": "luận", "trao": "đổi", "góp": "ý", "cho": "ý", "chất": "vấn", "giải": "trình", "nêu": "những", "đóng": "góp", "đề": "xuất", "kiến": "nghị"}

// discussionVerb returns the token of the discussion verb isDiscussion
// accepts, or -1.
func discussionVerb(toks []token, ts, te int) int {
	for k := ts; k+1 < te; k++ {
		want, ok := discussionVerbs[toks[k].fold]
		if !ok || toks[k+1].fold != want {
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

// topicStopRe ends the topic of a meeting read from its lead.
var topicStopRe = regexp.MustCompile(`[.;:]| và | để |, (?:triển khai|đề ra|bàn|thảo luận|cho ý kiến|phương hướng|kế hoạch)`)

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
			if loc := topicStopRe.FindStringIndex(fold(rest)); loc != nil {
				rest = rest[:loc[0]]
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

// isAssign reports "giao" used to assign work ("giao Văn phòng UBND tỉnh
// tổng hợp ...", "giao nhiệm vụ"), not "được giao" (assigned to).
func isAssign(toks []token, k, te int) bool {
	if toks[k].fold != "giao" || k+1 >= te {
		return false
	}
	if k > 0 && toks[k-1].fold == "được" {
		return false
	}
	if k > 0 && (toks[k-1].fold == "ngoại" || toks[k-1].fold == "bàn" || toks[k-1].fold == "chuyển") {
		return false // "Bộ Ngoại giao Trung Quốc", "bàn giao / chuyển giao X": no assignment
	}
	next := toks[k+1]
	return next.capital || next.fold == "nhiệm" || next.fold == "cho"
}

// mentionsIn returns the mentions whose name starts in bytes [from, to).
func (a *peopleAnalysis) mentionsIn(from, to int) []mention {
	i, j := a.mentionRange(from, to)
	return a.mentions[i:j]
}

// mentionRange returns the indexes [i, j) of the mentions whose name starts
// in bytes [from, to).
func (a *peopleAnalysis) mentionRange(from, to int) (int, int) {
	i := sort.Search(len(a.mentions), func(i int) bool { return a.toks[a.mentions[i].nameStart].start >= from })
	j := sort.Search(len(a.mentions), func(i int) bool { return a.toks[a.mentions[i].nameStart].start >= to })
	return i, max(i, j)
}

// ordinals are the words of "thứ nhất, thứ hai ..." and "một là, hai là ...".
var ordinals = map[string]bool{"nhất": true, "hai": true, "ba": true, "tư": true, "bốn": true, "năm": true,
	"sáu": true, "bảy": true, "tám": true, "chín": true, "mười": true, "một": true}

// listMarkers finds the numbered items of paragraph pi: "(1)", "Thứ nhất,",
// "một là,". Each marker is [start of marker, start of item text] in bytes.
func (a *peopleAnalysis) listMarkers(d *document, pi int) [][2]int {
	p := d.paras[pi]
	toks := a.toks
	i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= p.start })
	var out [][2]int
	for ; i < len(toks) && toks[i].start < p.end; i++ {
		t := &toks[i]
		if i+2 < len(toks) && t.text == "(" && toks[i+2].text == ")" && toks[i+1].word && len(toks[i+1].text) <= 2 && isDigits(toks[i+1].text) && toks[i+2].end < p.end {
			out = append(out, [2]int{t.start, toks[i+2].end + 1})
			continue
		}
		if i+2 >= len(toks) || !t.word || toks[i+2].text != "," {
			continue
		}
		boundary := i == 0 || toks[i-1].para != t.para || strings.Contains(".;:,", toks[i-1].text)
		if !boundary {
			continue
		}
		if (t.fold == "thứ" && ordinals[toks[i+1].fold] && toks[i+1].fold != "một") || (ordinals[t.fold] && t.fold != "nhất" && toks[i+1].fold == "là") {
			out = append(out, [2]int{t.start, min(toks[i+2].end+1, p.end)})
		}
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// heardReport finds a report heard in a sentence without a named
// presenter ("Hội nghị đã nghe báo cáo ...", "đã nghe lãnh đạo Sở Y tế báo
// cáo ...") and returns the token where the item starts, or -1.
func heardReport(toks []token, ts, te int) int {
	for k := ts; k+3 < te; k++ {
		if toks[k].fold != "nghe" || !toks[k].lower {
			continue
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
			switch two {
			case "báo cáo", "tờ trình", "trình bày", "quán triệt", "truyền đạt", "tham luận":
				if next := toks[j+2]; next.word && next.fold != "viên" && !isDigits(next.text) {
					return j // not "báo cáo viên", not a count ("4 chuyên đề")
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

// overlaps reports items read from overlapping text: the same clause found
// by two rules.
func overlaps(a, b agendaItem) bool {
	return a.start < b.end && b.start < a.end
}

// symbolBefore reports whether word follows a document symbol ("16/CT-TTg
// ngày", "35-NQ/TW của") somewhere in t: a cheap test before the regexps.
func symbolBefore(t, word string) bool {
	for off := 0; ; {
		i := strings.Index(t[off:], word)
		if i < 0 {
			return false
		}
		i += off
		j := strings.LastIndexByte(t[:i], ' ')
		prev := strings.TrimRight(t[j+1:i], ",")
		if strings.ContainsRune(prev, '/') && strings.ContainsAny(prev, "0123456789") {
			return true
		}
		off = i + len(word)
	}
}

// collapseSpaces trims t and joins its words with single spaces, without
// allocating when it already is.
func collapseSpaces(t string) string {
	t = strings.TrimSpace(t)
	// Each test is one fast byte search; 0xC2 leads the no-break space
	// and other Latin-1 spaces that strings.Fields also splits at.
	if strings.IndexByte(t, '\n') < 0 && strings.IndexByte(t, '\t') < 0 && strings.IndexByte(t, '\r') < 0 &&
		strings.IndexByte(t, 0xC2) < 0 && !strings.Contains(t, "  ") {
		return t
	}
	return strings.Join(strings.Fields(t), " ")
}

// phraseIn returns the first token in toks[ts:te] where the lower-case
// folded words follow one another, or -1.
func phraseIn(toks []token, ts, te int, words ...string) int {
	for k := ts; k+len(words) <= te; k++ {
		ok := toks[k].lower
		for j := 0; ok && j < len(words); j++ {
			ok = toks[k+j].fold == words[j] && (j == 0 || toks[k+j-1].spaceAfter)
		}
		if ok {
			return k
		}
	}
	return -1
}

// phraseInText is phraseIn run only when text, which covers toks[ts:te],
// holds need, a word of the phrase.
func phraseInText(text, need string, toks []token, ts, te int, words ...string) int {
	if !strings.Contains(text, need) {
		return -1
	}
	return phraseIn(toks, ts, te, words...)
}

// openedWithoutSpeaker finds the opening of a meeting told without a
// speaker: "Đảng bộ tỉnh X tổ chức khai mạc Đại hội ..." (the item starts
// at "tổ chức") or "Đại hội ... chính thức được khai mạc" (the whole
// clause from body). It returns the item's first token or -1.
func openedWithoutSpeaker(toks []token, body, te int) int {
	if k := phraseIn(toks, body, te, "tổ", "chức", "khai", "mạc"); k >= 0 {
		return k
	}
	// "Đại hội ... tổ chức phiên khai mạc trọng thể", "... tổ chức lễ khai mạc"
	for _, noun := range [...]string{"phiên", "lễ"} {
		if k := phraseIn(toks, body, te, "tổ", "chức", noun, "khai", "mạc"); k >= 0 {
			return k
		}
	}
	if k := phraseIn(toks, body, te, "được", "khai", "mạc"); k > body && toks[body].capital {
		return body
	}
	return -1
}

// announcesDecisions finds "công bố (các) quyết định / nghị quyết" by an
// official the text does not name ("đại diện Ban Tổ chức Trung ương đã
// công bố các quyết định ..."); it returns the first token of "công bố" or
// -1.
func announcesDecisions(toks []token, ts, te int) int {
	k := phraseIn(toks, ts, te, "công", "bố")
	if k < 0 || k+3 >= te {
		return -1
	}
	j := k + 2
	if toks[j].fold == "các" {
		j++
	}
	if j+1 < te && (toks[j].fold == "quyết" && toks[j+1].fold == "định" || toks[j].fold == "nghị" && toks[j+1].fold == "quyết") {
		return k
	}
	return -1
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

// requestVerbAt reports "yêu cầu", "đề nghị" or "lưu ý" used as a verb at token k,
// not as a noun ("các nhiệm vụ và yêu cầu của khóa học", "theo đề
// nghị của Sở", "đáp ứng yêu cầu").
func requestVerbAt(toks []token, k, te int) bool {
	if k+1 >= te || !toks[k].lower {
		return false
	}
	w := toks[k].fold + " " + toks[k+1].fold
	if w != "yêu cầu" && w != "đề nghị" && w != "lưu ý" {
		return false
	}
	if k+2 < te && (toks[k+2].fold == "của" || toks[k+2].fold == "đặt" || toks[k+2].text == "," || toks[k+2].text == ".") {
		return false
	}
	if k > 0 && toks[k-1].word {
		switch toks[k-1].fold {
		case "các", "những", "và", "theo", "ứng", "cầu", "mọi", "nhiều", "với":
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

// statesRule reports a sentence that states a rule rather than reports
// what was done ("nếu cần thì bầu phó bí thư", "Trường hợp ... thì",
// "bầu không quá 7 chi ủy viên", "quy định việc bầu ..."): explainers of
// regulations describe votes that no meeting took.
func statesRule(folded string) bool {
	return strings.HasPrefix(folded, "trường hợp") || hasAny(folded, " nếu ", "không quá", "quy định", "được phép")
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
		}
		text := a.itemText(d, toks[j].start, toks[end-1].end)
		if !hasWords(text, 3) {
			continue
		}
		var presenter schema.Text
		if body {
			presenter = schema.Text(d.text[toks[subj].start:toks[j-1].end])
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: text, Presenter: presenter}, start: toks[j].start, end: toks[end-1].end})
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

// overlapsAny reports whether it was read from text an item of items covers.
func overlapsAny(items []agendaItem, it agendaItem) bool {
	for _, o := range items {
		if overlaps(o, it) {
			return true
		}
	}
	return false
}

// agreesAt reports "thống nhất với|về|thông qua" or "nhất trí với|về" at
// token k: the speaker's agreement, which settles the matter.
func agreesAt(toks []token, k, te int) bool {
	if k+2 >= te || !toks[k].lower {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "thống nhất":
		switch toks[k+2].fold {
		case "với", "về", "thông", "cao", "chủ":
			return true
		}
	case "nhất trí":
		switch toks[k+2].fold {
		case "với", "về", "thông", "cao", "chủ":
			return true
		}
	}
	return false
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

// officeActorAfter finds the actor of a sentence opened by a speech clause
// when it is named by office alone: "(đồng chí) <office>" right after the
// clause's comma, or, when the comma is missing, "đồng chí <office>" within
// the next few words before the first comma. It returns the actor's first token, or -1.
func officeActorAfter(toks []token, ts, te, comma int) int {
	officeAt := func(k int) bool {
		if n, _ := honorificAt(toks, k); n > 0 {
			k += n
		}
		return k < te && headAt(toks, k) > 0
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

// sharesFeelingsAt reports a speaker sharing feelings at token v ("chia
// sẻ với ...", "bày tỏ niềm vui ..."): what follows is the speech itself,
// not a point that names it, so the opening clause alone is the item.
func sharesFeelingsAt(toks []token, v int) bool {
	if v < 0 || v+2 >= len(toks) || !toks[v].lower {
		return false
	}
	switch toks[v].fold + " " + toks[v+1].fold {
	case "chia sẻ":
		return toks[v+2].fold == "với"
	case "bày tỏ":
		return true
	}
	return false
}

// alsoAt reports the "thời" of "đồng thời" ("at the same time") at token
// j: it adds a further act to those narrated before.
func alsoAt(toks []token, j int) bool {
	return toks[j].fold == "thời" && j > 0 && toks[j-1].fold == "đồng" && toks[j-1].lower
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

// officeSpeaker reads a sentence that opens with an office and a speech
// verb, no name ("Đồng chí Bí thư Huyện ủy nhấn mạnh, ..."), and resolves
// the office to the one person named earlier who holds it exactly. It
// returns the person, the verb's token and the item kind, or -1.
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
	if n == 0 || !toks[e].lower || c.role != schema.RoleSpeaker {
		return -1, 0, ""
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
	case kind != schema.AgendaSpeech && kind != schema.AgendaOpening && kind != schema.AgendaClosing:
		return -1, 0, "" // remarks are read with the concluding speech
	}
	office := d.folded[toks[k].start:toks[end-1].end]
	who = -1
	for i, p := range a.people {
		if p.first >= ts {
			continue
		}
		for _, pos := range p.positions {
			if fold(pos.Text) == office {
				if who >= 0 && who != i {
					return -1, 0, "" // two holders: no telling which
				}
				who = i
			}
		}
	}
	if kind == schema.AgendaTask && (who < 0 || !a.people[who].roles[schema.RoleChair]) {
		return -1, 0, ""
	}
	return who, e, kind
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
var actionPairs = []struct{ first, second, kind string }{
	{"biểu", "quyết", schema.AgendaDecision},
	{"lấy", "phiếu", schema.AgendaDecision},
	{"thảo", "luận", schema.AgendaDiscussion},
	{"góp", "ý", schema.AgendaDiscussion},
	{"chất", "vấn", schema.AgendaDiscussion},
	{"trao", "đổi", schema.AgendaDiscussion},
	{"trả", "lời", schema.AgendaDiscussion},
	{"xem", "xét", schema.AgendaDiscussion},
	{"quán", "triệt", schema.AgendaReport},
	{"triển", "khai", schema.AgendaReport},
}

// actionVerbAt reads, at token k, a verb by which a meeting or a body acts
// and returns its length in tokens and the kind of item it makes: votes
// and rulings (thông qua, biểu quyết, bầu, lấy phiếu, quyết định, giữ
// nguyên / giảm hình thức) are decisions; thảo luận, cho ý kiến, góp ý,
// chất vấn, trả lời, xem xét are discussion; quán triệt, triển khai and
// "nghe (các) báo cáo" are reports.
func actionVerbAt(toks []token, k, te int) (int, string) {
	if k+1 >= te || !toks[k].lower && !(k > 0 && toks[k-1].text == ";" && toks[k].capital) {
		return 0, "" // (a capital after ";" starts a listed act: "...; Bầu Ban Chấp hành ...")
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
		case "cử", "không", "trời", "từ", "ra":
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
	case "tham":
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
	case "nghe":
		j := k + 1
		if toks[j].fold == "các" || toks[j].fold == "những" {
			j++
		}
		if j+2 < te && toks[j].fold == "báo" && toks[j+1].fold == "cáo" && toks[j+2].word && toks[j+2].fold != "viên" {
			return 1, schema.AgendaReport
		}
	}
	for _, p := range actionPairs {
		if toks[k].fold == p.first && next == p.second {
			return 2, p.kind
		}
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
			if o < te && (toks[o].fold == "các" || toks[o].fold == "những") {
				o++
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
			case colon:
				// a decision's list of papers runs to the sentence end
			case t.text == ":":
				if kind != schema.AgendaDecision && !draftsListed(toks, end, te, kind) {
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
				if n2, _ := actionVerbAt(toks, j, te); n2 > 0 && toks[j].fold != "triển" {
					next = j
					break scan
				}
			case t.fold == "và" && t.lower:
				j := skipAuxiliary(toks, end+1, te)
				// (A review and the debate on measures it leads to, "đánh giá
				// ... và bàn biện pháp ...", are one debate, as two votes
				// are one vote.)
				if n2, kind2 := actionVerbAt(toks, j, te); n2 > 0 && toks[j].fold != "triển" && !(kind == kind2 && (kind == schema.AgendaDecision || toks[j].fold == "bàn")) {
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
	if !toks[from].capital && !isAcronym(toks[from].text) && toks[from].fold != "các" && !meetingNounAt(toks, from) {
		return -1 // ("Tại kỳ họp, ..., kỳ họp đã ...": the meeting in lower case is a subject too)
	}
	organises, focus := false, false
	for j := from; j < te && (j-from <= 24 || focus && j-from <= 60); j++ {
		t := toks[j]
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
			return -1
		}
		if a.startsMention(j) {
			return -1
		}
		switch t.fold {
		case "định", "thường", "hằng", "hàng":
			if !focus && habitualAt(toks, j) {
				// "X và Y định kỳ tổ chức giao ban trao đổi ...": what the
				// parties will do regularly, not an act of the meeting
				return -1
			}
		case "sẽ", "được", "kiến", "nếu", "cần", "phải", "không", "chưa", "để":
			if focus {
				break // inside the first act of "tập trung ...; xem xét ..."
			}
			if ahead && (t.fold == "sẽ" || t.fold == "để" && toks[j-1].fold == "gian") {
				break // "Hội nghị sẽ ... dành thời gian để thảo luận ...": the day's programme
			}
			if t.fold == "để" && meetsAt(toks, j-1) {
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
				j+1 < te && t.lower && toks[j-1].fold != "ban" && (t.fold+" "+toks[j+1].fold == "chỉ đạo" || t.fold+" "+toks[j+1].fold == "mong muốn")) {
				return -1
			}
		case "cấp":
			if toks[j-1].fold == "các" {
				return -1 // "UBKT các cấp": bodies everywhere, not the meeting
			}
		case "tổ", "họp", "khai":
			organises = true
		case "trung":
			focus = focus || j > from && toks[j-1].fold == "tập" && toks[j-1].lower
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

// bodyActions reads the acts of a clause whose subject is the meeting or a
// body (bodyActionVerb) as items with no presenter.
func (a *peopleAnalysis) bodyActions(d *document, ts, te int, meetingNoun string) []agendaItem {
	toks := a.toks
	if periodIntro(toks, ts, te) {
		return nil // "Trong năm 2023, UBKT các cấp đã xem xét ...": a year's results, not the meeting's acts
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
	return a.actionItems(d, v, te, -1)
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
			if parts := a.splitClauses(a.toks[c+1].start, a.toks[te-1].end, d); len(parts) >= 2 {
				for _, r := range parts {
					if t := a.itemText(d, r[0], r[1]); hasWords(t, 3) {
						out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: t, Presenter: a.presenterName(who)}, start: r[0], end: r[1]})
					}
				}
				continue
			}
		}
		start, end := a.toks[p.from].start, a.toks[p.to-1].end
		text := a.itemText(d, start, end)
		if p.verbEnd > 0 {
			text = truncateWords(a.itemText(d, start, a.toks[p.verbEnd-1].end)+" "+a.itemText(d, a.toks[p.object].start, end), maxItemWords)
		}
		if !hasWords(text, 3) {
			continue
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: p.kind, Text: text, Presenter: a.presenterName(who)}, start: start, end: end})
		for _, r := range reports {
			rs, re := a.toks[r[0]].start, a.toks[r[1]-1].end
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

// disciplineAhead reports a disciplinary sanction within the few words from
// token k ("giữ nguyên hình thức", "khai trừ", "kỷ luật", "cảnh cáo").
func disciplineAhead(toks []token, k, te int) bool {
	for j := k; j+1 < te && j-k < 8; j++ {
		switch toks[j].fold + " " + toks[j+1].fold {
		case "khai trừ", "kỷ luật", "cảnh cáo", "khiển trách", "cách chức", "hình thức":
			return true
		}
	}
	return false
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

// cutSpeechOwner cuts the headline form of an opening or closing speech,
// "Kết luận của X tại Hội nghị ...", "Diễn văn bế mạc của Chủ tịch tại Kỳ
// họp ...", to the speech it names: who spoke is the presenter and where
// is the meeting itself.
func cutSpeechOwner(text string) string {
	// "X kết luận như sau:": the colon opens the conclusion's points.
	text = strings.TrimSuffix(strings.TrimSuffix(text, " như sau"), " như sau:")
	f := fold(text)
	i := strings.Index(f, " của ")
	if i < 0 || !strings.Contains(f[i:], " tại ") {
		return text
	}
	switch head := f[:i]; head {
	case "kết luận", "phát biểu kết luận", "phát biểu khai mạc", "diễn văn khai mạc", "phát biểu bế mạc", "diễn văn bế mạc", "bài phát biểu khai mạc", "bài phát biểu bế mạc":
		return text[:i]
	}
	return text
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

// introducesTopic reports a speech text that names a keynote ("phát biểu
// đề dẫn", "lời đề dẫn"): within its first words, "đề dẫn".
func introducesTopic(text string) bool {
	f := fold(text)
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

// onBehalfVerb finds the verb that follows "thay mặt <body>": a strong cue
// that names an agenda item, within a few words and before the clause
// ends. It returns -1 when the body is followed by no such verb.
func onBehalfVerb(toks []token, from, te int) (roleCue, int) {
	for k := from; k < te && k-from < 12; k++ {
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
		}
	}
	return roleCue{}, -1
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
		for j := k + 4; j < te && toks[j].text != "," && toks[j].text != ";" && toks[j].text != "." && toks[j].fold != "với"; j++ {
			e = j
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

// clauseStop ends a clause that starts at token k at the next ";", else at
// end (a byte offset).
func clauseStop(toks []token, k, te, end int) int {
	for j := k; j < te; j++ {
		if toks[j].text == ";" {
			return toks[j-1].end
		}
	}
	return end
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

// briefingVerbs are the verbs of a briefing given to an audience.
var briefingVerbs = map[string]string{"thông": "tin", "quán": "triệt", "truyền": "đạt", "phổ": "biến"}

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
		if want, ok := briefingVerbs[toks[j].fold]; ok && j+1 < te && toks[j+1].fold == want {
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
			if want, ok := briefingVerbs[toks[v].fold]; ok && toks[v].lower && toks[v+1].fold == want {
				return k
			}
		}
		return -1
	}
	audience := false
	for v := k; v+2 < te && v-k < 8; v++ {
		switch toks[v].fold {
		case "biểu", "nghị", "viên", "bộ":
			// "đại biểu", "hội nghị", "báo cáo viên", "học viên", "cán bộ"
			audience = audience || toks[v-1].fold == "đại" || toks[v-1].fold == "hội" || toks[v-1].fold == "cáo" ||
				toks[v-1].fold == "học" || toks[v-1].fold == "cán"
		case "sẽ":
			return -1 // "học viên sẽ được truyền đạt ...": a course's plan, not this meeting
		case "được":
			if want, ok := briefingVerbs[toks[v+1].fold]; audience && ok && toks[v+2].fold == want {
				return v + 1
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

// briefingStop ends a briefing item before "như:" that opens the list of
// what was said, else at the sentence end.
func briefingStop(toks []token, k, te, end int) int {
	for j := k + 2; j+1 < te; j++ {
		if toks[j].fold == "như" && toks[j+1].text == ":" {
			return toks[j-1].end
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

// alsoOpens reports "Đồng thời" (with or without a comma) opening the
// sentence at ts right before token k.
func alsoOpens(toks []token, ts, k int) bool {
	j := k
	if j > ts && toks[j-1].text == "," {
		j--
	}
	return j == ts+2 && toks[ts].fold == "đồng" && toks[ts+1].fold == "thời"
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
	for _, i := range a.sentMentions(si) {
		if m := a.mentions[i]; m.prefixStart == k+3 {
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

// colonStop ends an item that starts at token k before a ":" that opens
// its contents, else at end (a byte offset).
func colonStop(toks []token, k, te, end int) int {
	for j := k + 1; j < te; j++ {
		if toks[j].text == ":" {
			return toks[j-1].end
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

// textSketch records which pairs of adjacent bytes a text holds (hashed to
// 512 bits). A phrase with a pair the text lacks cannot be in it, so the
// many phrase tests of one sentence cost a single pass over its bytes
// instead of one scan each.
type textSketch [8]uint64

// bytePair hashes two adjacent bytes to a bit of a textSketch.
func bytePair(a, b byte) uint {
	return (uint(a)*131 + uint(b)*7) & 511
}

// sketchOf builds the sketch of s.
func sketchOf(s string) textSketch {
	var k textSketch
	if s == "" {
		return k
	}
	prev := s[0]
	for i := 1; i < len(s); i++ {
		c := s[i]
		h := bytePair(prev, c)
		k[(h>>6)&7] |= 1 << (h & 63)
		prev = c
	}
	return k
}

// mayHold reports whether the sketched text may hold sub: false means it
// certainly does not, so a token scan that needs the word can be skipped.
func (k *textSketch) mayHold(sub string) bool {
	for i := 1; i < len(sub); i++ {
		h := bytePair(sub[i-1], sub[i])
		if k[(h>>6)&7]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// contains is strings.Contains(s, sub) for an s the sketch covers (s is the
// sketched text or a part of it).
func (k *textSketch) contains(s, sub string) bool {
	return k.mayHold(sub) && strings.Contains(s, sub)
}

// phraseIn is phraseInText for a text the sketch covers.
func (k *textSketch) phraseIn(text, need string, toks []token, ts, te int, words ...string) int {
	if !k.mayHold(need) {
		return -1
	}
	return phraseInText(text, need, toks, ts, te, words...)
}

// mayHoldAny reports whether the sketched text may hold one of subs.
func (k *textSketch) mayHoldAny(subs ...string) bool {
	for _, x := range subs {
		if k.mayHold(x) {
			return true
		}
	}
	return false
}

// hasAny is hasAny(s, subs...) for an s the sketch covers.
func (k *textSketch) hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if k.contains(s, x) {
			return true
		}
	}
	return false
}

// instructs reports a request verb at token v, right after speaker m, said
// by the meeting's chair: the chair's requests set work ("Phát biểu tại
// Hội nghị, đồng chí X đề nghị các đơn vị ..."). A guest's request stays
// part of the speech ("đề nghị Chính phủ ...", "đề nghị mỗi học viên ...").
func (a *peopleAnalysis) instructs(m *mention, v, te int) bool {
	toks := a.toks
	if v < 0 || !requestVerbAt(toks, v, te) {
		return false
	}
	return a.people[m.person].roles[schema.RoleChair]
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

// agreementVerbAt reports "nhất trí" or "thống nhất" at token k: the
// meeting agreeing, which ends the debate before it.
func agreementVerbAt(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	w := toks[k].fold + " " + toks[k+1].fold
	return w == "nhất trí" || w == "thống nhất"
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
		if j+1 < te {
			switch toks[j].fold + " " + toks[j+1].fold {
			case "nhiều năm", "liên tục", "đã từng", "hằng năm", "hàng năm":
				return false // "Trường nhiều năm liền được nhận bằng khen ...": a record, not this meeting's award
			}
		}
		if toks[j].fold != "được" || !toks[j].lower {
			continue
		}
		for v := j + 1; v+1 < te && v-j <= 10; v++ {
			if !toks[v].word {
				return false
			}
			switch toks[v].fold + " " + toks[v+1].fold {
			case "khen thưởng", "tuyên dương", "biểu dương":
				return true
			case "công nhận", "đề nghị", "bầu làm", "cử làm":
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
	switch toks[k].fold + " " + toks[k+1].fold {
	case "sau khi", "thông qua":
		k += 2
	default:
		return nil, 0
	}
	actAt := func(j int) string {
		if j+1 >= te || !toks[j].lower {
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
		return ""
	}
	kind := actAt(k)
	if kind == "" {
		return nil, 0
	}
	var out []actionPiece
	from := k
	for j := k + 2; j < te && j-k <= 40; j++ {
		switch {
		case toks[j].text == "," && mainSubjectAt(toks, j+1, te):
			if j > from+2 {
				out = append(out, actionPiece{from: from, to: j, kind: kind})
			}
			return out, j
		case !toks[j].word && toks[j].text != "," && toks[j].text != "“" && toks[j].text != "”" && toks[j].text != "\"":
			return nil, 0
		case toks[j].fold == "và" && actAt(j+1) != "" && actAt(j+1) != kind:
			out = append(out, actionPiece{from: from, to: j, kind: kind})
			from, kind = j+1, actAt(j+1)
		}
	}
	return nil, 0
}

// mainSubjectAt reports the subject of a main clause at token k: the
// meeting ("Đại hội", "hội nghị") or its members ("các đơn vị", "các đại
// biểu", "hai bên"), followed by its verb.
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
	switch toks[k].fold + " " + toks[k+1].fold {
	case "hội nghị", "đại hội", "hội thảo", "phiên họp", "kỳ họp", "đại biểu":
		return k + 2
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
	if k+n >= te || fold(joinFolds(toks, k, k+n)) != noun {
		return false
	}
	return toks[k+n].fold == "sẽ"
}

// joinFolds is the folded words of toks[from:to] joined by spaces.
func joinFolds(toks []token, from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		if i > from {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].fold)
	}
	return b.String()
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

// cutPraise cuts a decision before the praise of those elected: "bầu được
// <body> ... có đủ <qualities> ..." elects the body;
// "có đủ (phẩm chất | đức | tài ...)" only says what it is worth.
func cutPraise(t string) string {
	i := strings.Index(t, " có đủ ")
	if i < 0 {
		return t
	}
	return strings.TrimRight(t[:i], ",; ")
}

// meetingNounAt reports the meeting itself named at token k: "đại hội",
// "hội nghị", "kỳ họp", "phiên họp".
func meetingNounAt(toks []token, k int) bool {
	if k < 0 || k+1 >= len(toks) {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "đại hội", "hội nghị", "kỳ họp", "phiên họp":
		return true
	}
	return false
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
	k := chairRequests(toks, v, len(toks))
	if k <= v+2 || toks[k].start >= end {
		return end
	}
	e := k - 1
	for e > v && (toks[e].text == "," || toks[e].text == ";" || toks[e].fold == "và" || toks[e].fold == "thời" || toks[e].fold == "đồng") {
		e--
	}
	return toks[e].end
}

// meetingAgrees finds "<meeting> (cũng) (đã) thống nhất / nhất trí (cao)
// với / về ..." opening at token k and returns the verb's token, or -1.
func meetingAgrees(toks []token, k, te int) int {
	j := meetingSubjectAt(toks, k, te)
	if j < 0 {
		return -1
	}
	for j < te && (toks[j].fold == "cũng" || toks[j].fold == "đã") {
		j++
	}
	if j+2 < te && agreesAt(toks, j, te) && toks[j+2].fold != "thông" {
		return j // ("thống nhất thông qua" is read as a vote elsewhere)
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
