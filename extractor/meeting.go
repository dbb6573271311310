package extractor

import (
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// leadDaySentences is how many opening sentences may date the event by
// their opening day alone, with no event noun or verb.
const leadDaySentences = 2

// leadSentences is how many sentences from the start of the article are
// searched for the event sentence: reports state when, where and by whom in
// their opening.
const leadSentences = 6

// Windows (bytes) handed to regexps anchored at the end of a text, so that
// they do not scan a whole sentence: wordWindow holds the words before a
// verb, timeTailWindow a time phrase ("vào chiều ngày 24/11/2023").
const (
	wordWindow     = 32
	timeTailWindow = 64
)

var (
	// eventVerbs tie an organizer to the event; eventVerbIn finds them.
	eventVerbs = []string{"tổ chức", "có buổi làm việc", "khai mạc", "diễn ra", "tiến hành", "chủ trì", "họp"}
	// nounsBeforeHop: "họp" or "gặp mặt" after these is the event (see
	// endsWithWord).
	nounsBeforeHop = []string{"phiên", "cuộc", "kỳ", "buổi", "dự", "tại", "các", "cho", "đến", "vào"}
	// nounsBeforeToChuc: "tổ chức" after these is the noun (organization,
	// organizing) rather than the verb; "kết quả tổ chức", "việc tổ chức"
	// report on an organizing, not hold an event.
	nounsBeforeToChuc = []string{"công tác", "cơ quan", "cơ quan,", "các", "ban", "một", "những", "và các", "cán bộ", "kết quả", "việc"}
	// ownerStops end a body's name inside an event's name.
	ownerStops = []string{" lần ", " nhiệm kỳ", " khóa ", " thường kỳ", " tại ", " diễn ra", " được ", " chính thức", " khai mạc", " bế mạc", " đã ", " vừa ", " và ", " năm ", " tháng ", " với ", " để ", " nhằm ", " về ", " kết thúc", " họp", " thứ ", " lấy ", " cho ", " bàn ", " xem xét", " thảo luận", " mở rộng", " bắt đầu", " tiếp tục", " tiến hành", " sẽ ",
		// verbs of what the event did, in a headline that names it: "Kỳ
		// họp thứ 9 HĐND huyện X thông qua 5 nghị quyết"
		" thông qua", " quyết định", " hoàn thành", " phê chuẩn", " chất vấn", " quyết nghị", " ghi nhận"}
	// mainPointPrefix opens the main connection point of an online
	// meeting, which is where it is held.
	mainPointPrefix = "điểm cầu chính "
	// placeStops end a location.
	placeStops = []string{"(", " diễn ra", " khai mạc", " khai giảng", " bế mạc", " bế giảng", " đã ", " vừa ", ";", ". ", " với ", " đến ", " nhằm ", " để ", " do ", " dưới sự ", " có sự ", " kết hợp", " kết nối", " và ", " nhân dịp", " theo ", " thu hút", " về ", " cho ", " trong ", " có ", " vào ", " chủ trì"}
	// placeNotWords: "tại Hội nghị", "tại đây", "tại Quyết định số ..."
	// are not places (see opensWithWord).
	placeNotWords = []string{"đây", "đó", "buổi", "phiên", "kỳ", "hội nghị", "hội thảo", "lễ", "điểm cầu", "đại hội", "cuộc",
		"tọa đàm", "diễn đàn", "chương trình", "nghị quyết", "quyết định", "chỉ thị", "thông báo", "kết luận", "kế hoạch",
		"văn bản", "các", "nhiều", "một", "những", "địa phương", "cơ sở", "đơn vị", "thời điểm",
		// parts of a legal text: "tại Điều 31 quy định", "tại khoản 2"
		"điều", "khoản", "mục", "phụ lục", "công văn", "tờ trình", "thông tư", "nghị định", "luật"}
	// placePartWords open a further comma-separated part of an address
	// (see isPlacePart).
	placePartWords = []string{"số", "tầng", "phòng", "nhà", "tòa", "trụ sở", "trung tâm", "đường", "phố", "phường", "xã",
		"thị trấn", "quận", "huyện", "thị xã", "thành phố", "tp", "tỉnh", "hà nội", "trường", "hội trường", "khu", "cơ sở"}
	// officeStarts: a part that opens with an office is a person, not a
	// place ("tại trụ sở Chính phủ, Ủy viên Bộ Chính trị, Thủ tướng ...").
	officeStarts = []string{"ủy viên", "bí thư", "phó", "chủ tịch", "thủ tướng", "bộ trưởng", "giám đốc", "trưởng", "đồng chí",
		"ông", "bà", "tổng", "thứ trưởng"}
	// timeTailRe is a time phrase ending the text before a verb: "Ban
	// Chỉ đạo sáng ngày 24/11 (tổ chức)", "UBND tỉnh chiều nay (họp)",
	// "Đảng ủy X vào sáng nay (27/6/2022) (tổ chức)".
	timeTailRe = regexp.MustCompile(`\s+(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+|hôm\s+)?(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?:\s*\(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\))?\s*,?\s*$`)
	// eventOwnerRe finds an event noun that a body's name may follow.
	eventOwnerRe = regexp.MustCompile(`(?:hội nghị(?: lần thứ [\p{L}\d]+)?|đại hội(?: đại biểu)?|kỳ họp(?: thứ [\p{L}\d]+)?|phiên họp(?: thứ [\p{L}\d]+)?(?: thường kỳ| định kỳ)?(?: của)?|cuộc họp(?: tập thể| thường kỳ| định kỳ)?(?: của)?)\s+`)
	// organizerCutWords end an organizer's name when written as words of
	// their own (organizerCut).
	organizerCutWords = []string{"đã", "vừa", "phối hợp với", "cùng với", "chính thức", "long trọng", "trang trọng"}
)

// eventOwnerFinder searches with eventOwnerRe from the words its matches
// open with.
var eventOwnerFinder = newOpeningsRegexp(eventOwnerRe, "hội nghị", "đại hội", "kỳ họp", "phiên họp", "cuộc họp")

// findEventOwners is eventOwnerRe.FindAllStringIndex(folded, -1): its
// matches are never empty, so each next one is looked for after the last.
func findEventOwners(folded string) [][]int {
	var out [][]int
	for p := 0; p < len(folded); {
		m := eventOwnerFinder.FindStringSubmatchIndex(folded[p:])
		if m == nil {
			break
		}
		out = append(out, []int{p + m[0], p + m[1]})
		p += m[1]
	}
	return out
}

// organizerCut returns where the first of organizerCutWords stands as a
// word of its own in f (the offset of the space before it), or -1: what
// the regexp \s(?:đã|vừa|...)(?:\s|$) finds first, found with a few
// substring searches instead, save "vừa" after "và" ("nhỏ và vừa").
func organizerCut(f string) int {
	best := -1
	for i, w := range organizerCutWords {
		rw := organizerCutRareWords[i]
		for off := 1; off < len(f); {
			k := rw.index(f[off:])
			if k < 0 {
				break
			}
			k += off
			end := k + len(w)
			if w == "vừa" && strings.HasSuffix(f[:k], " và ") {
				off = k + 1 // "Hiệp hội Doanh nghiệp nhỏ và vừa": small and medium, not "just"
				continue
			}
			if isRESpace(f[k-1]) && (end == len(f) || isRESpace(f[end])) {
				if best < 0 || k-1 < best {
					best = k - 1
				}
				break
			}
			off = k + 1
		}
	}
	return best
}

// isRESpace reports a byte that \s matches in RE2 syntax. A table: the
// five comparisons it replaces were a chain of hard-to-predict branches.
func isRESpace(c byte) bool { return reSpaceBytes[c] }

var reSpaceBytes = [256]bool{' ': true, '\t': true, '\n': true, '\f': true, '\r': true}

// extractMeeting fills the meeting fields. The type comes from the headline,
// then the lead; a page with no event noun (a notice, an appointment) has no
// meeting. The date, place and organizer come from the event sentence: the
// first sentence of the lead that holds a date and an event verb or noun.
func extractMeeting(d *document, r *schema.Report) {
	m := &r.Meeting
	m.Evidence = map[string]schema.Evidence{}
	sents := d.openingSentences(leadSentences)
	dates := make([][]dateMention, len(sents)) // plausible dates per sentence
	dated := make([]bool, len(sents))          // the sentence names any day
	other := make([]bool, len(sents))          // it dates only an event it reports on
	leadAt, anyPlausible := -1, false
	var leadDate dateMention
	for i, s := range sents {
		f := d.folded[s.start:s.end]
		found := findDateMentions(f, d.published)
		dated[i] = len(found) > 0
		own := withoutReferencedEvents(f, found)
		if len(own) > 0 && leadIssuesDocument(f) {
			own = nil // "Ngày 30/6, Bộ Chính trị ban hành Kết luận ...": the document's day
		}
		other[i] = dated[i] && len(own) == 0
		if len(own) > 0 && f != "" && isDigitByte(f[0]) {
			// "09:12 03/05/2022 Chiều 2-5, ...": the page's clock stamp
			// glued to the lead is its publication, not the meeting day.
			if stamp := leadStampRe.FindString(f); stamp != "" && own[0].end <= len(stamp) {
				own = own[1:]
			}
		}
		if leadAt < 0 && len(own) > 0 && opensWithDay(f[:own[0].start]) && own[0].to.IsZero() && !own[0].undated && own[0].from.Year() >= 1990 {
			leadAt, leadDate = i, own[0]
		}
		dates[i] = plausibleDates(own, d.published)
		anyPlausible = anyPlausible || len(dates[i]) > 0
	}
	if !anyPlausible && leadAt >= 0 {
		// "BTN-Chiều 5/3/2013, Sở Y tế tổ chức ...": a lead that opens
		// with the day and its year dates the event even on a page
		// published years later (an archive put online again).
		dates[leadAt] = []dateMention{leadDate}
	}

	typ, ev, ok := d.meetingType(sents, dates)
	if !ok {
		m.Evidence = nil
		return
	}
	m.Type = schema.Text(typ)
	m.Evidence["type"] = ev

	// The event sentence holds a day and an event noun or verb; a verb
	// phrase ("thăm và làm việc") counts only when no sentence has a noun.
	event := -1
	var date dateMention
	told, toldRead := -1, false
	written := d.published.IsZero() && writtenDayIn(dates)
	for _, weak := range []bool{false, true} {
		for i, s := range sents {
			f := d.folded[s.start:s.end]
			if len(dates[i]) == 0 || written && onlyRelativeDays(dates[i]) {
				// (an undated page's "tại buổi làm việc hôm nay" gives no
				// day; the lead's "Ngày 22/7/2016, ... đến làm việc" does)
				continue
			}
			if i > 0 && !toldRead {
				told, toldRead = d.undatedEventSentence(sents, dated), true
			}
			if told >= 0 && i > told && !namesEventNear(f, ownDate(f, dates[i]).start, typ) {
				// "Ban X vừa tổ chức hội nghị ... . [...]; Tuần lễ Y diễn
				// ra từ ngày 6 đến 11-11": once an undated sentence has told
				// of the event, a later day dates it only in a clause that
				// names an event of its type.
				continue
			}
			if _, _, ok := findMeetingPhrase(f, weak); ok || (!weak && eventVerbIn(f)) {
				event, date = i, ownDate(f, dates[i])
				break
			}
		}
		if event >= 0 {
			break
		}
	}
	if event >= 0 && sents[event].kind == paraTitle {
		event, date = d.leadRestatesDay(sents, dates, event, date)
	}
	// "Sáng ngày 15/7, tại Bộ Y tế, Thủ tướng ... trao Quyết định ...": a
	// lead that opens with the day tells of the page's event even when
	// its verb names no event.
	for i := 0; event < 0 && i < min(len(sents), leadDaySentences); i++ {
		// a day of history ("Ngày 19/8/1945, tại Nhà hát Lớn, ...") is not one
		if f := d.folded[sents[i].start:sents[i].end]; len(dates[i]) > 0 && opensWithDay(f[:dates[i][0].start]) && (dates[i][0].undated || dates[i][0].from.Year() >= 1990) {
			event, date = i, dates[i][0]
		}
	}
	if event >= 0 && tellsFuture(d.folded[sents[event].start:sents[event].start+date.start]) {
		// "X sẽ tổ chức Hội nghị ... vào 7 giờ 30, ngày 29/10": an
		// announcement of a meeting to come, not a report of one.
		*m = schema.Meeting{Title: m.Title}
		return
	}
	dateEnd := -1
	if event >= 0 {
		s := sents[event]
		dateEnd = date.end
		ev := d.evidence(s.start+date.start, s.start+date.end, s)
		if date.undated && d.published.IsZero() {
			date = d.withInferredYear(date, d.folded[s.start:s.end], typ)
		}
		if !date.undated {
			m.Date = schema.Text(isoDate(date.from))
			m.Evidence["date"] = ev
		}
		if n := max(workingDayNumber(d.folded[s.start:s.end]), daysClosedAfter(d.folded[s.start:s.end])); n > 1 && date.to.IsZero() && !date.undated {
			// "Sáng 9.9, Đại hội ... bước sang ngày làm việc thứ ba", "Sau
			// 3 ngày làm việc, Đại hội ... bế mạc sáng 9.9": the event
			// opened two days before and runs to this day.
			date.to, date.from = date.from, date.from.AddDate(0, 0, 1-n)
			m.Date = schema.Text(isoDate(date.from))
		}
		if date.to.IsZero() && !date.undated {
			if span, ok := d.spanFrom(sents, dates, event, date.from); ok {
				date.to, ev = span.to, d.evidence(sents[event+1].start+span.start, sents[event+1].start+span.end, sents[event+1])
			}
		}
		if !date.to.IsZero() {
			m.EndDate = schema.Text(isoDate(date.to))
			m.Evidence["end_date"] = ev
		} else if date.part != "" {
			m.PartOfDay = schema.Text(date.part)
			m.Evidence["part_of_day"] = ev
		}
	} else {
		// No day is written (or none can be read): the sentence that says
		// what happened still names who held it.
		// The first such sentence that names a body holding the event
		// wins: "Hội nghị đã tiến hành ..." before "Tỉnh ủy đã tổ chức
		// hội nghị ..." names none.
		for i, s := range sents {
			if other[i] || !eventVerbIn(d.folded[s.start:s.end]) {
				continue
			}
			if event < 0 {
				event = i
			}
			if org, ostart, oend := d.organizer(s, -1); org != "" {
				event = i
				m.Organizer = schema.Text(org)
				m.Evidence["organizer"] = d.evidence(ostart, oend, s)
				break
			}
		}
	}
	if event >= 0 && m.Organizer == "" {
		if org, s, e := d.organizer(sents[event], dateEnd); org != "" {
			m.Organizer = schema.Text(org)
			m.Evidence["organizer"] = d.evidence(s, e, sents[event])
		}
	}
	if m.Organizer == "" {
		if org, k, ok := headlineAgent(d.title); ok {
			m.Organizer = schema.Text(org)
			m.Evidence["organizer"] = d.titleEvidence(k, k+len(org))
		}
	}
	if m.Organizer == "" {
		if org, oev, ok := d.organizerInName(sents, event); ok {
			m.Organizer = schema.Text(org)
			m.Evidence["organizer"] = oev
		}
	}
	// the place is often in the sentence after the event sentence ("Hội
	// nghị được tổ chức tại ..."); a sentence dated to another day tells
	// of another event ("ngày 30/4/1975, tại Dinh Độc Lập ...").
	// With no venue named, the connection point a local report tells of
	// ("chủ trì hội nghị tại điểm cầu huyện X") is where it was held.
	// where "điểm cầu" first is: online tests it, and no bridge place
	// ("tại điểm cầu ...") can start before it
	point := pointWord.index(d.folded)
	m.Online = d.online(typ, &m.Evidence, point)
	online := m.Online
	for _, bridge := range []bool{false, true} {
		for i, s := range sents {
			if (dated[i] && i != event) || tellsFuture(d.folded[s.start:s.end]) {
				continue
			}
			if loc, ls, le := d.location(s, bridge, online); loc != "" {
				m.Location = schema.Text(loc)
				m.Evidence["location"] = d.evidence(ls, le, s)
				break
			}
		}
		if m.Location != "" || point < 0 || bridgeWord.index(d.folded[max(0, point-len("tại ")):]) < 0 {
			break
		}
	}
	if m.Location == "" && len(d.paras) > 0 && d.paras[0].kind == paraTitle {
		// "Chủ tịch tỉnh dự lễ giao nhận quân tại huyện Tiên Phước": a place the
		// headline alone names
		t := d.paras[0]
		if loc, ls, le := d.location(t, false, online); loc != "" && headlineVenue(d.folded[t.start:ls]) && !opensWithWord(partyUnits, fold(loc)) {
			m.Location = schema.Text(loc)
			m.Evidence["location"] = d.evidence(ls, le, t)
		}
	}
}

// writtenDayIn reports a day written out (with its day and month) among
// the plausible dates of the opening sentences.
func writtenDayIn(dates [][]dateMention) bool {
	for _, dms := range dates {
		if len(dms) > 0 && !onlyRelativeDays(dms) {
			return true
		}
	}
	return false
}

// onlyRelativeDays reports dates that are all days named relative to an
// unknown publication day ("hôm nay", "sáng qua"): no day, no month.
// An empty list is not.
func onlyRelativeDays(dms []dateMention) bool {
	for _, dm := range dms {
		if !dm.undated || dm.fromDay > 0 {
			return false
		}
	}
	return len(dms) > 0
}

// leadRestatesDay returns the lead sentence that dates the same day as
// the headline that was taken for the event sentence ("Hôm nay, HĐND tỉnh
// khai mạc kỳ họp" over "Sáng 11/7, HĐND tỉnh khóa X khai mạc kỳ họp ...
// Kỳ họp diễn ra trong 2 ngày 11 và 12/7"), when the first dated sentence
// after it does and names the event: the body's sentence tells more (its
// part of the day, the span in the sentence after it, the full organizer).
// Otherwise the headline stays.
func (d *document) leadRestatesDay(sents []span, dates [][]dateMention, event int, date dateMention) (int, dateMention) {
	for j := event + 1; j < len(sents); j++ {
		if len(dates[j]) == 0 {
			continue
		}
		f := d.folded[sents[j].start:sents[j].end]
		own := ownDate(f, dates[j])
		if _, _, ok := findMeetingPhrase(f, false); (ok || eventVerbIn(f)) && !own.undated && !date.undated && sameDay(own.from, date.from) {
			return j, own
		}
		break
	}
	return event, date
}

// workingDayWords are the ordinals of "ngày làm việc thứ ..." in words.
var workingDayWords = []string{"hai", "ba", "tư", "năm", "sáu", "bảy"}

// workingDayNumber reads "ngày làm việc thứ N" (a digit or a word, "thứ
// hai" .. "thứ bảy") in a folded sentence: the day of a multi-day event
// the sentence tells of; 0 when there is none.
func workingDayNumber(f string) int {
	k := workingDayWord.index(f)
	if k < 0 {
		return 0
	}
	rest := f[k+len("ngày làm việc thứ "):]
	if e := strings.IndexAny(rest, " ,.;)"); e >= 0 {
		rest = rest[:e]
	}
	return countWord(rest)
}

// daysClosedAfter reads how long an event ran from a sentence that closes
// it: "Sau 2 ngày làm việc, Đại hội ... bế mạc sáng 30/12" (or "kết
// thúc", "hoàn thành"): the day written is the last of N; 0 when the
// sentence tells no such thing. "hơn 8 ngày" (more than) gives no count.
func daysClosedAfter(f string) int {
	k := daysWorkedWord.index(f)
	if k < 0 || !containsAnyRare(f, closingRareWords) {
		return 0
	}
	before := strings.TrimSuffix(f[:k], " ")
	i := strings.LastIndexByte(before, ' ')
	n := countWord(before[i+1:])
	if n < 2 || !strings.HasSuffix(before[:max(i, 0)], "sau") {
		return 0
	}
	return n
}

// countWord reads a small count written as digits ("2", "02") or a word
// ("hai" .. "bảy"); 0 when w is neither.
func countWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 10 {
		return n
	}
	if i := slices.Index(workingDayWords, w); i >= 0 {
		return i + 2
	}
	return 0
}

// closingWords tell that an event ended in a sentence.
var closingWords = []string{"bế mạc", "kết thúc", "bế giảng", "hoàn thành"}

// partyUnits open a party organisation, which "tại" names as where members
// belong ("trao Huy hiệu Đảng cho đảng viên tại Đảng bộ xã X"), not a venue.
var partyUnits = []string{"đảng bộ", "chi bộ", "đảng ủy"}

// headlineVenue reports whether the headline before "tại <place>" (folded)
// ends with an event, its verb or its object: "dự lễ giao quân tại",
// "Hội nghị ... tại"; the event must come in the last few words.
func headlineVenue(before string) bool {
	before = strings.TrimSuffix(strings.TrimRight(before, " "), "tại")
	from := max(0, len(before)-headlineVenueWindow)
	for from > 0 && from < len(before) && before[from-1] != ' ' {
		from++
	}
	w := before[from:]
	if _, _, ok := findMeetingPhrase(w, false); ok {
		return true
	}
	_, _, ok := findMeetingPhrase(w, true)
	return ok
}

// headlineVenueWindow is how far (bytes) before "tại" the headline's event
// may end.
const headlineVenueWindow = 40

// undatedEventSentence returns the first lead sentence that names no day
// but tells that a body held an event ("Hội Nông dân huyện vừa tổ chức
// hội nghị ..."), or -1.
func (d *document) undatedEventSentence(sents []span, dated []bool) int {
	for i, s := range sents {
		if dated[i] {
			continue
		}
		f := d.folded[s.start:s.end]
		if _, _, ok := findMeetingPhrase(f, false); !ok || !holdsOrganizerVerb(f) {
			continue
		}
		if org, _, _ := d.organizer(s, -1); org != "" {
			return i
		}
	}
	return -1
}

// namesEventNear reports whether the clause of folded f (between
// semicolons) that holds offset k names an event of type typ.
func namesEventNear(f string, k int, typ string) bool {
	from := strings.LastIndexByte(f[:k], ';') + 1
	to := len(f)
	if j := strings.IndexByte(f[k:], ';'); j >= 0 {
		to = k + j
	}
	c := f[from:to]
	if strings.Contains(c, typ) {
		return true
	}
	mp, _, ok := findMeetingPhrase(c, false)
	return ok && mp.canonical == typ
}

// otherEventNouns name an event or a document that a date can belong to
// instead of the reported meeting: "(kết luận tại) phiên họp ngày 13/3".
var otherEventNouns = []string{"phiên họp", "hội nghị", "cuộc họp", "kỳ họp", "buổi làm việc", "đại hội", "hội thảo", "kết luận", "thông báo", "văn bản"}

// spanFrom finds the days a meeting opened on day `from` lasts, told in
// the sentence after the event sentence: "Sáng 8-10, Đại hội khai mạc.
// Đại hội diễn ra trong 2 ngày (8 và 9-10)". Only a span that starts
// on the opening day and is said to run ("diễn ra", "kéo dài") counts.
func (d *document) spanFrom(sents []span, dates [][]dateMention, event int, from time.Time) (dateMention, bool) {
	if event+1 >= len(sents) {
		return dateMention{}, false
	}
	f := d.folded[sents[event+1].start:sents[event+1].end]
	if !strings.Contains(f, "diễn ra") && !strings.Contains(f, "kéo dài") {
		return dateMention{}, false
	}
	for _, dm := range dates[event+1] {
		if !dm.to.IsZero() && dm.from.Equal(from) {
			return dm, true
		}
	}
	return dateMention{}, false
}

// ownDate picks the event's own date among the dates of its sentence
// (folded f): the first that does not follow an event noun ("tại phiên họp
// ngày 13/3/2024" dates an earlier session), or else the first.
func ownDate(f string, dms []dateMention) dateMention {
	for _, dm := range dms {
		if !datesOtherEvent(f[max(0, dm.start-wordWindow):dm.start]) {
			return dm
		}
	}
	return dms[0]
}

// datesOtherEvent reports whether the text before a date ends with an
// event or document noun and "ngày".
func datesOtherEvent(before string) bool {
	b := strings.TrimRight(before, " ")
	b, ok := strings.CutSuffix(b, "ngày")
	if !ok {
		return false
	}
	b = strings.TrimRight(b, " ")
	for _, n := range otherEventNouns {
		if strings.HasSuffix(b, n) {
			return true
		}
	}
	return false
}

// openingSentences returns the first n sentences of the lead and body,
// captions and bylines excluded.
func (d *document) openingSentences(n int) []span {
	out := make([]span, 0, min(n, len(d.sents)))
	leadTitle := d.titleIsLead()
	for _, s := range d.sents {
		if s.kind != paraLead && s.kind != paraBody && !(leadTitle && s.kind == paraTitle) {
			continue
		}
		out = append(out, s)
		if len(out) == n {
			break
		}
	}
	return out
}

// leadOpeners start a lead sentence, not a headline: the time of the
// event ("Sáng 8/7, ...", "Ngày 24-6, ...", "Trong 2 ngày ...", "Vừa
// qua, ...").
var leadOpeners = []string{"sáng ", "chiều ", "tối ", "trưa ", "ngày ", "hôm nay", "hôm qua", "trong ", "vừa qua", "mới đây"}

// leadTitleWords is the length from which a first line that ends with a
// full stop is a paragraph, not a headline.
const leadTitleWords = 30

// titleIsLead reports whether the paragraph taken as the headline is the
// lead of a page that has none: an excerpt that opens "CTTĐT - Sáng 8/7,
// Ban X tổ chức ...". Its sentences then tell the event's day, place and
// organizer like any lead.
func (d *document) titleIsLead() bool {
	if len(d.paras) == 0 || d.paras[0].kind != paraTitle {
		return false
	}
	p := d.paras[0]
	f := d.folded[p.start:p.end]
	if strings.Count(f, " ") >= leadTitleWords && strings.HasSuffix(strings.TrimRight(f, " "), ".") {
		return true // a long headline ends with no full stop
	}
	f = skipSitePrefix(f)
	for _, w := range leadOpeners {
		if rest, ok := strings.CutPrefix(f, w); ok {
			return (!strings.HasSuffix(w, " ") || opensDay(rest)) && eventVerbIn(f)
		}
	}
	return false
}

// opensDay reports whether folded text after a time word goes on with a
// day ("8/7", "ngày 8/7", "nay", "2 ngày", "hai ngày"), so that "Sáng 8/7,
// ..." opens a lead and "Ngày hội đại đoàn kết ..." does not.
func opensDay(rest string) bool {
	rest = strings.TrimPrefix(rest, "ngày ")
	if rest != "" && isDigitByte(rest[0]) {
		return true
	}
	for _, w := range []string{"nay", "qua", "hai ngày", "ba ngày", "hôm"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// sitePrefixWindow is how far (bytes) a site's tag may run before the
// lead: "(CAO) ", "CTTĐT - ", "(QK7 Online) – ", "date 2023-12 ".
const sitePrefixWindow = 40

// skipSitePrefix drops a site's tag that opens a lead (folded text).
func skipSitePrefix(f string) string {
	f = strings.TrimLeft(f, " ")
	if rest, ok := strings.CutPrefix(f, "date "); ok {
		if k := strings.IndexByte(rest, ' '); k > 0 && isDigitByte(rest[0]) {
			f = strings.TrimLeft(rest[k:], " ")
		}
	}
	w := f[:min(len(f), sitePrefixWindow)]
	switch {
	case strings.HasPrefix(w, "("):
		if k := strings.IndexByte(w, ')'); k > 0 {
			f = f[k+1:]
		}
	default:
		for _, dash := range []string{" - ", " – "} {
			if k := strings.Index(w, dash); k > 0 && !strings.Contains(w[:k], ",") {
				f = f[k+len(dash):]
				break
			}
		}
	}
	return strings.TrimLeft(f, " -–")
}

// meetingType looks for an event noun in the headline, then in the opening
// sentences, then for an event verb ("họp", "làm việc") in the same places.
// A sentence of the lead names the event only if it also says that it
// happened (an event verb or a date), so that an opinion piece that
// mentions "hội nghị" in passing gets no meeting. A headline that opens
// with a document type ("Thông báo tuyển sinh", "Hướng dẫn tổ chức Đại
// hội") announces a document, not a meeting, unless a dated lead sentence
// reports one.
func (d *document) meetingType(sents []span, dates [][]dateMention) (string, schema.Evidence, bool) {
	title := d.titleFolded()
	documentTitle := docTypeAt(title, 0) > 0
	happened := func(i int, f string) bool {
		return len(dates[i]) > 0 || (!documentTitle && eventVerbIn(f))
	}
	// An event noun inside a headline ("Đề xuất đại hội chi bộ mỗi nhiệm
	// kỳ một lần") names an event only if the headline opens with it or the lead
	// tells that something happened; a page about a rule merely discusses
	// congresses.
	leadHappened, anyDated := false, false
	for i := range sents {
		anyDated = anyDated || len(dates[i]) > 0
	}
	for i, s := range sents {
		if len(dates[i]) > 0 || eventVerbIn(d.folded[s.start:s.end]) {
			leadHappened = true
			break
		}
	}
	if d.isInterview(title) {
		return "", schema.Evidence{}, false
	}
	if len(sents) > 0 && leadIssuesDocument(d.folded[sents[0].start:sents[0].end]) && !eventHeldAfterLead(d, sents, dates) {
		return "", schema.Evidence{}, false
	}
	for _, weak := range []bool{false, true} {
		if weak {
			// no event noun of the lexicon: a "buổi đối thoại" or "buổi
			// đón tiếp" the page tells of is the event before any verb
			if typ, ev, ok := d.occasionNoun(sents, happened); ok {
				return typ, ev, true
			}
		}
		if weak && len(sents) > 0 && issuesDocument(d.folded[sents[0].start:sents[0].end]) {
			// "Chủ tịch UBND tỉnh vừa ký ban hành Công văn ...": the news
			// is the document, and a "làm việc" among its tasks is no event.
			break
		}
		if mp, k, ok := findOwnEvent(title, weak); ok && !documentTitle && !preparesFor(title[:k]) && !calledOff(title[:k]) && !pluralEventsBefore(title[:k]) && !tellsFuture(title[k:]) && !inDocumentSubject(title[:k]) && !namesDocument(title[:k]) && !citedAt(title[:k]) && (k == 0 || weak || leadHappened || eventVerbIn(title) || attendsBefore(title[:k])) {
			return d.eventType(mp, title[:k], title[k+len(mp.phrase):], sents), d.titleEvidence(k, k+len(mp.phrase)), true
		}
		if k := heldGathering(title); !weak && k >= 0 && leadHappened && !documentTitle {
			// "Huyện X tổ chức họp mặt kỷ niệm ...": the gathering the
			// headline names wins over "Tại hội nghị, ..." in the body
			return "họp mặt", d.titleEvidence(k, k+len("họp mặt")), true
		}
		for i, s := range sents {
			f := d.folded[s.start:s.end]
			if weak && len(dates[i]) == 0 && !anyDated {
				// "có họp hay không", "sau họp": on a page that dates
				// nothing, a verb of meeting tells of meetings in general.
				continue
			}
			if mp, k, ok := findOwnEvent(f, weak); ok && !d.assignsBody(s.start+k, mp.phrase) && !futureClause(f[:k]) && (happened(i, f) || opensAtEvent(f, k, len(mp.phrase)) || actsAsSubject(f, k, len(mp.phrase)) || partOfEvent(f, k, len(mp.phrase)) || attendanceOpensAt(f, k) || spokenAtEvent(f, k) || attendedEventAt(f, k)) && !inDocumentSubject(f[:k]) && (!namesDocument(f[:k]) || spokenPart(f, k, len(mp.phrase))) && !citedAt(f[:k]) && (len(dates[i]) > 0 || !pluralEventsBefore(f[:k])) {
				return d.eventType(mp, f[:k], f[k+len(mp.phrase):], sents), d.evidence(s.start+k, s.start+k+len(mp.phrase), s), true
			}
		}
	}
	// "Ngày 3/6, Sở Nội vụ tổ chức công bố quyết định bổ nhiệm ...", "...
	// tổ chức kỷ niệm 25 năm thành lập và đón nhận Huân chương": a body
	// holding an announcement, an anniversary or the receipt of an honour,
	// with no event noun, held a ceremony.
	for i, s := range sents[:min(len(sents), leadDaySentences)] {
		f := d.folded[s.start:s.end]
		if len(dates[i]) == 0 {
			continue
		}
		if k, n := announcesDecision(f); k >= 0 {
			return "lễ", d.evidence(s.start+k, s.start+k+n, s), true
		}
	}
	return "", schema.Evidence{}, false
}

// pluralWords before an event noun make it a class of events ("chưa kể
// các cuộc họp kéo dài", "những hội nghị hình thức", "mỗi hội nghị
// được tổ chức").
var pluralWords = []string{"các", "những", "nhiều", "mọi", "mỗi", "bao nhiêu"}

// pluralEventsBefore reports whether folded text ends with a plural word.
// A classifier may stand between ("các cuộc họp", where the weak phrase
// is "họp").
func pluralEventsBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	if endsWithWholeWord(before, eventClassifiers) {
		before = strings.TrimRight(before[:strings.LastIndexByte(before, ' ')+1], " ")
	}
	return endsWithWholeWord(before, pluralWords)
}

// eventClassifiers stand before an event noun ("cuộc họp", "buổi làm việc").
var eventClassifiers = []string{"cuộc", "buổi", "phiên"}

// announceVerbs are the verb phrases by which a body holds a ceremony
// without naming it "lễ": the announcement of a decision ("tổ chức công
// bố (các) quyết định", "tổ chức trao quyết định"), an anniversary ("tổ
// chức (long trọng) kỷ niệm"), the receipt of an honour ("tổ chức đón
// nhận").
var announceVerbs = []string{"tổ chức công bố quyết định", "tổ chức công bố các quyết định", "tổ chức trao quyết định", "tổ chức công bố và trao quyết định",
	"tổ chức kỷ niệm", "tổ chức long trọng kỷ niệm", "tổ chức trọng thể kỷ niệm", "tổ chức đón nhận",
	// a body that receives an order or a title on a given day does so at
	// a ceremony ("Chiều 14.5, Trường Đại học X vinh dự đón nhận Huân chương")
	"vinh dự đón nhận", "đón nhận huân chương", "đón nhận danh hiệu"}

// announcesDecision finds an announceVerbs phrase in a folded sentence
// and returns its start and length, or -1.
func announcesDecision(f string) (int, int) {
	if !strings.Contains(f, "tổ chức ") && !strings.Contains(f, "đón nhận ") {
		return -1, 0
	}
	for _, v := range announceVerbs {
		if k := strings.Index(f, v); k >= 0 {
			return k, len(v)
		}
	}
	return -1, 0
}

// findOwnEvent is findMeetingPhrase for the event a page reports: it
// passes over an event a delegation goes to ("gặp mặt Đoàn đại biểu
// tỉnh dự Đại hội Hội Nông dân") and a body named after its task ("Ủy ban
// Kiểm tra", "ngành kiểm tra"), and reads "(Ủy ban ...) họp kỳ thứ 2" as
// a kỳ họp.
func findOwnEvent(folded string, weak bool) (meetingPhrase, int, bool) {
	sessionAt := -1
	if !weak {
		sessionAt = sessionVerbAt(folded)
	}
	for off := 0; off < len(folded); {
		mp, k, ok := findMeetingPhrase(folded[off:], weak)
		if ok {
			k += off
		}
		if sessionAt >= 0 && (!ok || sessionAt < k) {
			return meetingPhrase{phrase: "họp kỳ", canonical: "kỳ họp"}, sessionAt, true
		}
		if !ok {
			break
		}
		if !venueNamed(folded[:k]) && !delegationGoesTo(folded[:k]) && !countedEvents(folded[:k]) && !spanOfWork(folded[:k], mp.phrase) && !(weak && namesBody(folded[:k], mp.phrase)) && !(weak && delegationWorks(folded, k, mp.phrase)) && !servesEvent(folded[:k]) && !atAllLevels(folded[k+len(mp.phrase):]) && !referencedSession(folded[:k], mp) && !(mp.phrase == "họp" && meetingModifier(folded[:k])) {
			return mp, k, true
		}
		off = k + len(mp.phrase)
	}
	return meetingPhrase{}, len(folded) + 1, false
}

// venueNamed reports a meeting noun that names a venue: "tại Trung tâm Hội
// nghị 37 Hùng Vương đã diễn ra Đại hội", "Cung Hội nghị Quốc gia".
func venueNamed(before string) bool {
	if strings.HasSuffix(before, "trung tâm ") || strings.HasSuffix(before, "cung ") {
		return true
	}
	// "Trung tâm Hội chợ và Triển lãm Sài Gòn": the second noun of the name
	if !strings.HasSuffix(before, " và ") {
		return false
	}
	k := strings.LastIndex(before, "trung tâm ")
	return k >= 0 && len(before)-k <= len("trung tâm hội nghị và ")+4
}

// spanOfWork reports a "buổi làm việc" that measures time rather than
// names the event: "Sau một buổi làm việc khẩn trương, Kỳ họp thứ Nhất
// ... đã hoàn thành" (after a session of work), "qua hai buổi làm việc".
func spanOfWork(before, phrase string) bool {
	if phrase != "buổi làm việc" {
		return false
	}
	words := strings.Fields(before[max(0, len(before)-24):])
	n := len(words)
	if n >= 1 && words[n-1] == "sau" {
		return true
	}
	if n < 2 {
		return false
	}
	switch words[n-1] {
	case "một", "hai", "ba", "nửa", "1", "2", "3":
		return words[n-2] == "sau" || words[n-2] == "qua"
	}
	return false
}

// meetingModifiers are the words after which "họp" names no event held
// but qualifies them: "hội họp" (meetings in general), "giấy mời họp",
// "phòng họp", "lịch họp".
var meetingModifiers = []string{"hội", "mời", "phòng", "lịch"}

// meetingModifier reports whether folded text ends with a meetingModifiers
// word.
func meetingModifier(before string) bool {
	return endsWithWholeWord(strings.TrimRight(before, " "), meetingModifiers)
}

// futureClause reports whether the clause before an event noun (folded)
// tells of an event to come, "(Hội huyện) sẽ tiến hành đại hội điểm (trong
// tháng 12 tới)", one it serves ("Để hội nghị ...") or one called off
// ("không tổ chức hội nghị"): not the one the page reports.
func futureClause(before string) bool {
	clause := before[strings.LastIndexAny(before, ",;:.")+1:]
	k := strings.Index(clause, "sẽ ")
	// "Để hội nghị được tổ chức thành công, ...": a clause of purpose
	purpose := strings.HasPrefix(strings.TrimLeft(clause, " "), "để ")
	return (k >= 0 && wordStartAt(clause, k)) || strings.Contains(clause, "dự kiến ") || purpose || calledOff(clause)
}

// calledOff reports folded text that ends by calling an event off ("UBND
// tỉnh quyết định không tổ chức hội nghị ...").
func calledOff(before string) bool {
	return strings.HasSuffix(before, "không tổ chức ")
}

// countedEvents reports whether the clause before an event noun (folded)
// counts the bodies that held one each, by a fraction or a share: "18/21
// cơ sở Hội đã tiến hành xong đại hội", "Trên 85% chi
// bộ hoàn thành đại hội". A tally of many events reports no one meeting.
func countedEvents(before string) bool {
	clause := before[strings.LastIndexAny(before, ",;:.")+1:]
	for i := 1; i < len(clause); i++ {
		if !isDigitByte(clause[i-1]) {
			continue
		}
		if clause[i] == '%' {
			return true
		}
		// "18/21": a fraction, where a day and month ("30/5") have a
		// month of at most 12
		if clause[i] == '/' && i+1 < len(clause) && isDigitByte(clause[i+1]) {
			j := i + 1
			for j < len(clause) && isDigitByte(clause[j]) {
				j++
			}
			if atoi(clause[i+1:j]) > 12 && (j == len(clause) || clause[j] != '/') {
				return true
			}
		}
	}
	return false
}

// sessionVerbAt finds "họp kỳ thứ N" / "họp kỳ N", a body holding its
// numbered session ("Ủy ban Kiểm tra Trung ương đã họp kỳ 32"), or -1.
func sessionVerbAt(folded string) int {
	for off := 0; ; {
		k := sessionWord.index(folded[off:])
		if k < 0 {
			return -1
		}
		k += off
		rest := strings.TrimPrefix(folded[k+len("họp kỳ "):], "thứ ")
		if wordStartAt(folded, k) && rest != "" && (isDigitByte(rest[0]) || rest != folded[k+len("họp kỳ "):]) {
			return k
		}
		off = k + 1
	}
}

// delegationGoesTo reports whether folded text before an event noun ends
// with a delegation that attends it, "Đoàn đại biểu thanh niên tỉnh (tham)
// dự": the event is the delegation's errand, not what the page reports.
func delegationGoesTo(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, " dự") {
		return false
	}
	clause := b[strings.LastIndexAny(b, ",;:.")+1:]
	for off := 0; ; {
		k := strings.Index(clause[off:], "đoàn ")
		if k < 0 {
			return false
		}
		k += off
		if wordStartAt(clause, k) {
			return true
		}
		off = k + 1
	}
}

// allLevelsWindow is how far (bytes) "các cấp" may follow an event noun
// and still qualify it ("đại hội Đảng bộ các cấp").
const allLevelsWindow = 24

// atAllLevels reports whether folded text after an event noun makes it a
// kind of event held everywhere, "(đại hội) Đảng các cấp", "(hội nghị)
// các cấp": a topic, not the event the page reports.
func atAllLevels(after string) bool {
	w := after[:min(len(after), allLevelsWindow)]
	if k := strings.IndexAny(w, ",.;:("); k >= 0 {
		w = w[:k]
	}
	return strings.Contains(w, " các cấp")
}

// eventServants end the name of a committee formed for an event: "Ban
// Tổ chức Lễ Tuyên dương", "Tiểu ban Văn kiện phục vụ Đại hội", "Ban Chỉ
// đạo Đại hội". The page reports the committee's meeting, not the event.
var eventServants = []string{"ban tổ chức", "ban chỉ đạo", "phục vụ"}

// servesEvent reports whether folded text before an event noun ends with
// one of eventServants.
func servesEvent(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, w := range eventServants {
		if strings.HasSuffix(b, w) && wordStartAt(b, len(b)-len(w)) {
			return true
		}
	}
	return false
}

// sessionRefs end the text before a council session that voters' petitions
// are sent to or that a task comes before or after: "kiến nghị của cử tri
// gửi đến kỳ họp thứ 7", "bổ sung sau kỳ họp". The page's event is another.
var sessionRefs = []string{"gửi đến", "gửi tới", "trước", "sau", "trước và sau"}

// referencedSession reports whether the event phrase mp after folded text
// before is a session named by sessionRefs; the weak "họp" of "kỳ họp" is
// read with its "kỳ".
func referencedSession(before string, mp meetingPhrase) bool {
	if mp.canonical == "kỳ họp" {
		return votersSendTo(before)
	}
	if b, ok := strings.CutSuffix(before, "kỳ "); ok && mp.phrase == "họp" {
		return votersSendTo(b)
	}
	return false
}

// votersSendTo reports whether folded text before a "kỳ họp" ends with one
// of sessionRefs.
func votersSendTo(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, w := range sessionRefs {
		if strings.HasSuffix(b, w) && wordStartAt(b, len(b)-len(w)) {
			return true
		}
	}
	return false
}

// taskBodies name a body or a field of work after its task: "Ủy ban
// Kiểm tra", "ngành kiểm tra", "công tác giám sát" are no inspection visit.
var taskBodies = []string{"ủy ban", "ngành", "công tác", "cơ quan"}

// namesBody reports whether a weak event phrase (kiểm tra, giám sát,
// khảo sát) follows one of taskBodies.
func namesBody(before, phrase string) bool {
	if phrase != "kiểm tra" && phrase != "giám sát" && phrase != "khảo sát" {
		return false
	}
	b := strings.TrimRight(before, " ")
	for _, w := range taskBodies {
		if strings.HasSuffix(b, w) && wordStartAt(b, len(b)-len(w)) {
			return true
		}
	}
	return false
}

// delegationWorks reports whether a weak task phrase at folded[k:] names
// a delegation ("Đoàn giám sát của HĐND tỉnh ... đến làm việc tại Sở")
// that then works with a unit: the event is that working session, read
// from the later "làm việc".
func delegationWorks(folded string, k int, phrase string) bool {
	if phrase != "kiểm tra" && phrase != "giám sát" && phrase != "khảo sát" {
		return false
	}
	b := strings.TrimRight(folded[:k], " ")
	if !strings.HasSuffix(b, "đoàn") || !wordStartAt(b, len(b)-len("đoàn")) {
		return false
	}
	return strings.Contains(folded[k+len(phrase):], " làm việc ")
}

// classifiedTypes are event types named by a verb phrase that reports
// also write with the classifier "buổi" ("buổi tiếp xúc cử tri").
var classifiedTypes = []string{"tiếp xúc cử tri", "giao lưu", "tập huấn"}

// eventType names the event of phrase mp found after folded text before:
// a course opened or closed ("tổ chức khai giảng lớp bồi dưỡng") is the
// ceremony; a verb-phrase type written with "buổi" in the headline or
// the lead keeps it.
func (d *document) eventType(mp meetingPhrase, before, after string, sents []span) string {
	if mp.canonical == "chuyến thăm" && strings.HasPrefix(after, " và làm việc") {
		// "có chuyến thăm và làm việc tại huyện X": the visit is held as
		// a working session
		return "buổi làm việc"
	}
	if sessionOfEvent[mp.phrase] {
		// "Phiên trù bị Đại hội ...", "phiên khai mạc Kỳ họp thứ 9": a
		// session of a congress or a council sitting is that event
		a := strings.TrimPrefix(strings.TrimPrefix(after, " "), "của ")
		if p, j, ok := findMeetingPhrase(a[:min(len(a), 40)], false); ok && j == 0 && (p.canonical == "đại hội" || p.canonical == "kỳ họp") {
			return p.canonical
		}
	}
	if activityWords[mp.canonical] {
		// "Đoàn giám sát ... Toàn cảnh buổi làm việc": an inspection or
		// supervision is held as a meeting the page names elsewhere
		if typ, ok := d.heldAsEvent(); ok {
			return typ
		}
	}
	if mp.canonical == "lớp học" {
		b := strings.TrimRight(before, " ")
		if strings.HasSuffix(b, "khai giảng") || strings.HasSuffix(b, "bế giảng") {
			return "lễ"
		}
	}
	for _, c := range classifiedTypes {
		if mp.canonical != c {
			continue
		}
		w := "buổi " + c
		if strings.Contains(d.titleFolded(), w) {
			return w
		}
		for _, s := range sents {
			if strings.Contains(d.folded[s.start:s.end], w) {
				return w
			}
		}
	}
	return mp.canonical
}

// sessionOfEvent are the sessions of a longer event, named before it.
var sessionOfEvent = map[string]bool{"phiên khai mạc": true, "phiên bế mạc": true, "phiên trù bị": true}

// activityWords are the weak event words that name what a team does (an
// inspection, a supervision, a survey) rather than the meeting it holds.
var activityWords = map[string]bool{"kiểm tra": true, "giám sát": true, "khảo sát": true}

// settingLeads open the phrase that names the event as a setting: "(phát
// biểu) tại hội nghị", "Toàn cảnh buổi làm việc" (a caption).
var settingLeads = []string{"tại ", "toàn cảnh ", "quang cảnh "}

// heldAsEvent finds an event noun of the lexicon named as a setting in any
// paragraph, captions included, and returns its type.
func (d *document) heldAsEvent() (string, bool) {
	for _, p := range d.paras {
		if p.kind == paraTitle {
			continue
		}
		f := d.folded[p.start:p.end]
		for _, lead := range settingLeads {
			for at := range wordLeadEnds(f, lead) {
				if mp, j, ok := findMeetingPhrase(f[at:min(len(f), at+40)], false); ok && j == 0 {
					return mp.canonical, true
				}
			}
		}
	}
	return "", false
}

// interviewQuestionCues open or close a reporter's question.
var interviewQuestionCues = []string{"thưa ", "pv:", "phóng viên:", "xin ông ", "xin bà ", "xin đồng chí "}

// isInterview reports an interview page, which reports no meeting even
// when the talk took place at one: a reporter's question (a paragraph
// that ends with "?" and addresses the guest, or opens with "PV:"), with
// a "(thực hiện)" byline, a headline "Name: “quote”", or a second question.
func (d *document) isInterview(title string) bool {
	if !strings.Contains(d.folded, "?") {
		return false
	}
	questions := 0
	for _, p := range d.paras {
		if p.kind != paraBody && p.kind != paraLead && p.kind != paraByline { // ("Phóng viên: ..." may read as a byline)
			continue
		}
		f := strings.TrimRight(d.folded[p.start:p.end], " ")
		asked := strings.HasSuffix(f, "?")
		signed := strings.HasPrefix(f, "pv:") || strings.HasPrefix(f, "phóng viên:")
		if !asked && (!signed || p.kind == paraByline) { // ("Phóng viên: Thu Hà" is a byline)
			continue
		}
		for _, c := range interviewQuestionCues {
			if strings.Contains(f, c) {
				questions++
				if asked && signed {
					questions++ // a question signed by the reporter: the page is laid out as an interview
				}
				break
			}
		}
	}
	switch {
	case questions == 0:
		return false
	case questions >= 2:
		return true
	}
	return strings.Contains(d.folded, "(thực hiện)") || quoteHeadline(title)
}

// quoteHeadline reports a headline "Speaker: “quote”", the shape of an
// interview's title.
func quoteHeadline(title string) bool {
	k := strings.Index(title, ": ")
	if k < 0 {
		return false
	}
	rest := title[k+2:]
	return strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“")
}

// namesDocument reports whether folded text ends with a document type
// word: an event noun right after it ("Nghị quyết Đại hội Đảng bộ tỉnh",
// "Kết luận Hội nghị Trung ương") names the body that issued a document,
// not an event held on the page.
func namesDocument(before string) bool {
	b := strings.TrimRight(before, " ")
	// A document type has at most three words; look at the last three
	// word starts only.
	for i, words := len(b)-1, 0; i >= 0 && words < 3; i-- {
		if i > 0 && b[i-1] != ' ' {
			continue
		}
		words++
		if n := docTypeAt(b, i); n > 0 && i+n == len(b) {
			return true
		}
	}
	return false
}

// opensAtEvent reports whether a sentence opens with the event as its
// setting, "Tại hội nghị, các đại biểu đã ...": the page reports what was
// said there even when no sentence dates it. phrase is the event noun at
// folded[k:k+n].
func opensAtEvent(folded string, k, n int) bool {
	if rest, ok := strings.CutPrefix(folded, "ngay "); ok {
		folded, k = rest, k-len("ngay ") // "Ngay tại lễ phát động, ...": right there
	}
	if !strings.HasPrefix(folded, "tại ") {
		return false
	}
	if k != len("tại ") && !(k == len("tại buổi ") && strings.HasPrefix(folded, "tại buổi ")) {
		return false // "Tại buổi lễ, ...": the classifier before "lễ"
	}
	// "Tại hội nghị, ...", and "Tại lễ giao nhận quân ở các huyện, ...":
	// the event's name may run on a few words to the comma.
	rest := folded[k+n:]
	c := strings.IndexByte(rest, ',')
	return c == 0 || c > 0 && c <= 60 && strings.Count(rest[:c], " ") <= 8 && !strings.ContainsAny(rest[:c], ".;:")
}

// eventPartOpeners open a sentence that tells a part of the event named
// right after them: its closing speech, its opening, a photo of it.
var eventPartOpeners = []string{"phát biểu kết luận ", "phát biểu khai mạc ", "phát biểu bế mạc ", "phát biểu chỉ đạo ",
	"kết luận ", "khai mạc ", "bế mạc ", "toàn cảnh ", "quang cảnh "}

// attendanceOpensAt reports a sentence that opens by saying who attended
// the event noun at folded[k:] ("Tham dự Hội nghị có ...", "Dự hội nghị
// có ..."): the page's own event, told though no date is given.
func attendanceOpensAt(folded string, k int) bool {
	// "Cùng dự ...", "Tới dự ...", "Đến dự ...": the guests' verb with its
	// adverb
	f := folded
	for _, w := range [...]string{"cùng ", "tới ", "đến "} {
		if rest, ok := strings.CutPrefix(f, w); ok {
			f, k = rest, k-len(w)
			break
		}
	}
	// ("Tham dự buổi lễ có ...": the classifier may stand before the noun)
	at := k
	if strings.HasSuffix(f[:k], " buổi ") {
		at -= len("buổi ")
	}
	return (at == len("tham dự ") && strings.HasPrefix(f, "tham dự ") || at == len("dự ") && strings.HasPrefix(f, "dự ")) &&
		strings.Contains(f[k:min(len(f), k+80)], " có ")
}

// attendedEventAt reports an event noun at folded[k:] that someone is
// told to have attended, "Đồng chí X đã tham dự lễ ký.": the page's own
// event, though no date or verb of holding is given.
func attendedEventAt(folded string, k int) bool {
	before := strings.TrimSuffix(folded[:k], "buổi ")
	for _, v := range [...]string{"đã tham dự ", "đã dự ", "đã tới dự ", "đã đến dự "} {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// spokenAtEvent reports a sentence that opens with a speech given at the
// event noun at folded[k:] ("Phát biểu tại buổi lễ, ...", "Phát biểu tại
// buổi lễ thay mặt Đảng ủy xã, ..."): the page's own event, told
// though no date or verb of holding is given.
func spokenAtEvent(folded string, k int) bool {
	rest, ok := strings.CutPrefix(folded, "phát biểu tại ")
	if !ok {
		return false
	}
	at := len(folded) - len(rest)
	if strings.HasPrefix(rest, "buổi ") && k == at+len("buổi ") {
		return true // the classifier before "lễ"
	}
	return k == at
}

// partOfEvent reports whether the event noun at folded[k:k+n] follows one
// of eventPartOpeners at the sentence's start and ends its clause: "Phát
// biểu kết luận hội nghị, đồng chí Bí thư ...", "Toàn cảnh hội nghị.":
// the page's own event, told though no date or verb of holding is given.
func partOfEvent(folded string, k, n int) bool {
	rest := folded[k+n:]
	if rest != "" && rest[0] != ',' && rest[0] != '.' {
		return false
	}
	for _, o := range eventPartOpeners {
		if k == len(o) && strings.HasPrefix(folded, o) {
			return true
		}
	}
	return false
}

// spokenPart reports a partOfEvent sentence that opens with "phát biểu":
// "Phát biểu kết luận hội nghị, ..." is a speech, where "Kết luận Hội
// nghị ..." alone may name a document.
func spokenPart(folded string, k, n int) bool {
	return strings.HasPrefix(folded, "phát biểu ") && partOfEvent(folded, k, n)
}

// actsAsSubject reports whether a sentence opens with the bare event noun
// at folded[k:k+n] as the subject of what was done, "Hội nghị đã nghe báo
// cáo ...", "Phiên họp đã thông qua ...": the page's own event, named again.
func actsAsSubject(folded string, k, n int) bool {
	return k == 0 && (strings.HasPrefix(folded[n:], " đã ") || strings.HasPrefix(folded[n:], " cũng đã "))
}

// issuesDocument reports whether a lead sentence tells that someone has
// just issued a document ("vừa ký ban hành", "vừa ban hành").
func issuesDocument(folded string) bool {
	return strings.Contains(folded, " ký ban hành ") || strings.Contains(folded, " vừa ban hành ")
}

// heldGathering finds "tổ chức họp mặt" (a gathering held, often for an
// anniversary) in folded text and returns where "họp mặt" starts, or -1.
func heldGathering(f string) int {
	k := strings.Index(f, "tổ chức họp mặt")
	if k < 0 || !wordStartAt(f, k) {
		return -1
	}
	return k + len("tổ chức ")
}

// occasionNouns are event nouns outside the meeting lexicon, with the type
// each names: a dialogue between officials and businesses or citizens, and
// the reception of a visitor.
var occasionNouns = []struct{ phrase, typ string }{
	{"buổi đối thoại", "buổi đối thoại"},
	{"cuộc đối thoại", "buổi đối thoại"},
	{"buổi đón tiếp", "buổi đón tiếp"},
}

// occasionNoun finds an occasionNouns phrase in the headline, or in a lead
// sentence that tells the event happened, and returns its type.
func (d *document) occasionNoun(sents []span, happened func(int, string) bool) (string, schema.Evidence, bool) {
	title := d.titleFolded()
	for _, o := range occasionNouns {
		if k := strings.Index(title, o.phrase); k >= 0 && wordStartAt(title, k) {
			return o.typ, d.titleEvidence(k, k+len(o.phrase)), true
		}
	}
	for i, s := range sents {
		f := d.folded[s.start:s.end]
		if !happened(i, f) && !strings.HasPrefix(f, "tại buổi") {
			continue
		}
		for _, o := range occasionNouns {
			if k := strings.Index(f, o.phrase); k >= 0 && wordStartAt(f, k) && !pluralEventsBefore(f[:k]) {
				return o.typ, d.evidence(s.start+k, s.start+k+len(o.phrase), s), true
			}
		}
	}
	return "", schema.Evidence{}, false
}

// assignsBody reports whether the weak phrase "giao ban" found at byte at
// of the text is the verb "giao" before a body's name with a capital, "Giao
// Ban Quản lý dự án huyện chủ trì ...": a task assigned, not a briefing
// meeting.
func (d *document) assignsBody(at int, phrase string) bool {
	return phrase == "giao ban" && strings.HasPrefix(d.text[at+len("giao "):], "Ban")
}

// leadIssuesDocument reports whether the lead's first sentence (folded)
// tells, as its main act, that a body issued a document: "Ngày 9/6, Ban
// Thường vụ Huyện ủy ban hành Kết luận về ...", "UBND tỉnh (vừa) ban hành
// văn bản số ...". Such a page is a notice of the document, not a report of
// a meeting, even when its headline names an event the document plans. A
// sentence that names an event or a verb of holding one before "ban hành"
// ("Hội nghị đã ban hành Nghị quyết", "tổ chức hội nghị và ban hành ...")
// tells of a meeting.
// eventHeldAfterLead reports a dated sentence soon after a lead that
// issues a document and that tells of a meeting held ("Ngày 30/6, Bộ Chính
// trị ban hành Kết luận số .... Sáng 15/7, Tỉnh ủy tổ chức hội nghị quán
// triệt ..."): the page reports that meeting, the document is its subject.
func eventHeldAfterLead(d *document, sents []span, dates [][]dateMention) bool {
	for i := 1; i < len(sents) && i <= leadDaySentences; i++ {
		f := d.folded[sents[i].start:sents[i].end]
		if len(dates[i]) == 0 || !strings.Contains(f, "tổ chức") {
			continue
		}
		if _, _, ok := findMeetingPhrase(f, false); ok {
			return true
		}
	}
	return false
}

func leadIssuesDocument(f string) bool {
	k := banHanhWord.index(f)
	if k < 0 {
		return false
	}
	before, after := f[:k], f[k+len(" ban hành "):]
	if docTypeAt(after, 0) == 0 && !strings.HasPrefix(after, "văn bản") {
		return false
	}
	if _, _, ok := findMeetingPhrase(before, false); ok {
		return false
	}
	if strings.Contains(before, "tổ chức") || eventVerbIn(before) || strings.Contains(before, " tại ") {
		return false
	}
	// "... ban hành Quyết định ... và tổ chức công bố / trao quyết định":
	// the decision was handed over at a ceremony
	if strings.Contains(after, "công bố") || strings.Contains(after, " trao ") {
		return false
	}
	// The issuer is the sentence's subject, after the time that may open
	// it: "Thực hiện Quyết định số 12 của UBND tỉnh ban hành Quy chế ...,
	// Sở X tổ chức ..." cites an issue in an adverbial instead.
	subject := before[strings.LastIndexByte(before, ',')+1:]
	for i := 0; i < len(before); i++ {
		if (i == 0 || before[i-1] == ' ') && docTypeAt(before, i) > 0 {
			return false
		}
	}
	return strings.Count(strings.TrimSpace(subject), " ") < 12
}

// citedAt reports whether an event noun that follows folded text is where
// someone issued a cited document: "thực hiện Kết luận của Thủ tướng tại
// buổi làm việc với tỉnh" tells of the conclusion, and the working session
// it came from is not held on the page.
func citedAt(before string) bool {
	b := strings.TrimRight(before, " ")
	// The weak verb "làm việc" is found inside "buổi làm việc".
	b = strings.TrimSuffix(strings.TrimSuffix(b, " buổi"), " cuộc")
	if !strings.HasSuffix(b, " tại") {
		return false
	}
	b = b[:len(b)-len(" tại")]
	c := strings.LastIndex(b, " của ")
	if c < 0 || len(b)-c > documentSubjectWindow || strings.ContainsAny(b[c:], ";:") || eventVerbIn(b[c:]) {
		return false
	}
	// The document type stands just before "của", maybe with its number
	// and date: "Thông báo số 45/TB-VPCP ngày 11/8/2022 của".
	from := max(0, c-documentSubjectWindow/2)
	window := b[from:c]
	for i := 0; i < len(window); i++ {
		if (i == 0 || window[i-1] == ' ') && docTypeAt(window, i) > 0 && !spokenConclusion(window, i) {
			return true
		}
	}
	return false
}

// spokenConclusion reports whether the type word at folded[i:] is the
// speech "(phát biểu) kết luận": "Phát biểu kết luận của đồng chí X tại
// Hội nghị ..." tells of the meeting, not of a document issued at one.
func spokenConclusion(folded string, i int) bool {
	return strings.HasPrefix(folded[i:], "kết luận") && strings.HasSuffix(strings.TrimRight(folded[:i], " "), "phát biểu")
}

// documentSubjectWindow is how far (bytes) a document's type may stand
// before the "về" of its subject: "Chỉ thị số 41-CT/TW của Bộ Chính trị về".
const documentSubjectWindow = 120

// inDocumentSubject reports whether an event noun that follows folded text
// sits in the "về ..." subject of a document ("ký ban hành Chỉ thị số
// 41-CT/TW của Bộ Chính trị về chỉ đạo đại hội ..."): the page tells of the
// document, and the congress it rules on is not held there.
func inDocumentSubject(before string) bool {
	v := strings.LastIndex(before, " về ")
	if v < 0 {
		return false
	}
	from := max(0, v-documentSubjectWindow)
	window := before[from:v]
	if strings.ContainsAny(window, ";:") || eventVerbIn(before[v:]) {
		return false
	}
	for i := 0; i < len(window); i++ {
		if (i == 0 || window[i-1] == ' ') && docTypeAt(window, i) > 0 {
			return true
		}
	}
	return false
}

// partnerCut returns where "A phối hợp với B" ends A in folded f[from:end]
// ("do A phối hợp với B tổ chức": A holds it), or end.
func partnerCut(f string, from, end int) int {
	if !strings.Contains(f[from:end], " phối hợp") {
		return end
	}
	for _, w := range []string{" phối hợp với ", " phối hợp cùng "} {
		if k := strings.Index(f[from:end], w); k > 0 {
			return from + k
		}
	}
	return end
}

// mayEndWithTime is a necessary condition for timeTailRe: after the
// spaces and comma it allows at the end (`\s*,?\s*$`), every time phrase
// ends with "nay", "qua", a digit or a closing bracket. Most subjects end
// otherwise, and the regexp, anchored only at the end, would be tried
// from every byte of the window.
func mayEndWithTime(s string) bool {
	s = trimRESpacesRight(s)
	s = trimRESpacesRight(strings.TrimSuffix(s, ","))
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	return isDigitByte(c) || c == ')' || strings.HasSuffix(s, "nay") || strings.HasSuffix(s, "qua")
}

// attendanceVerbs before an event noun in a headline say that someone took
// part in it ("Bí thư Tỉnh ủy dự Hội nghị ...").
var attendanceVerbs = []string{"dự", "tham dự", "chủ trì", "tại", "khai mạc", "bế mạc", "tổ chức", "chỉ đạo"}

// attendsBefore reports whether folded text ends with an attendance verb.
func attendsBefore(folded string) bool {
	b := strings.TrimRight(folded, " ")
	for _, v := range attendanceVerbs {
		if strings.HasSuffix(b, v) && wordStartAt(b, len(b)-len(v)) {
			return true
		}
	}
	return false
}

// organizer reads who held the event: the subject of "tổ chức" or "họp"
// ("Chiều 9/7, Học viện ... đã tổ chức Hội nghị", "UBND tỉnh họp phiên
// thường kỳ"), or the phrase after "do" ("... do Sở Y tế tổ chức"). The
// subject is a noun phrase that opens with the name of a body; dateEnd is
// where the event's date ends in the sentence, or -1.
func (d *document) organizer(s span, dateEnd int) (string, int, int) {
	org, from, to := d.organizerSpan(s, dateEnd)
	// "HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 tổ chức kỳ họp": the term
	// dates the council, it is no part of its name.
	if org != "" {
		if i := strings.Index(d.folded[from:to], ", nhiệm kỳ "); i > 0 {
			org, to = strings.TrimSpace(d.text[from:from+i]), from+i
		}
	}
	return org, from, to
}

// organizerSpan is organizer before the council's term is cut off.
func (d *document) organizerSpan(s span, dateEnd int) (string, int, int) {
	f := d.folded[s.start:s.end]
	verb := -1
	for w, k := range organizerVerbsSeq(f) {
		// "UBND tỉnh họp phiên thường kỳ" names its organizer; "phiên
		// họp", "cuộc họp", "dự họp" do not.
		before := f[max(0, k-wordWindow):k]
		if organizerVerbs[w] == "họp" && endsWithWord(before, nounsBeforeHop) {
			continue
		}
		// "công tác tổ chức", "các cơ quan, tổ chức", "Ban tổ chức":
		// the noun, not the verb.
		if organizerVerbs[w] == "tổ chức" && endsWithWord(before, nounsBeforeToChuc) {
			continue
		}
		// "HĐND huyện khóa X khai mạc Kỳ họp thứ Tư": the body opens
		// its own session; "phát biểu khai mạc" opens no event.
		// "Sở Tư pháp đã tiến hành hội đàm với ...": the body holds the
		// event it carries out; "tiến hành kiểm tra" names no event noun.
		if v := organizerVerbs[w]; (v == "khai mạc" || v == "bế mạc" || v == "tiến hành") && !opensEvent(f[k+len(v):]) {
			continue
		}
		// "Thường trực Tỉnh ủy gặp mặt Đoàn ...": the host; "buổi gặp
		// mặt", "dự gặp mặt" are the event.
		if organizerVerbs[w] == "gặp mặt" && endsWithWord(before, nounsBeforeHop) {
			continue
		}
		verb = k
		break
	}
	if verb < 0 {
		return "", 0, 0
	}
	// "... do Sở Y tế tổ chức", "... được Phòng GD&ĐT tổ chức": the agent.
	headedBy := -1 // where "do X làm Trưởng khối" or "được X chọn để" sets off who heads or chose the subject
	for i, by := range agentMarks {
		if !strings.HasPrefix(f[verb:], "tổ chức") {
			break
		}
		if k := lastIndexIfAny(f[:verb], agentMarkWords[i]); k >= 0 {
			from := k + len(by)
			end := verb
			if strings.HasSuffix(f[from:verb], " để ") {
				// "X, đơn vị được Tỉnh ủy chọn để tổ chức": the body chosen
				// holds it, not the one that chose
				headedBy = k
				continue
			}
			if by == " do " {
				if strings.Contains(f[from:verb], " làm ") {
					// "Khối Thi đua X do Ủy ban Y làm Trưởng khối đã tổ
					// chức": Y heads the bloc, the bloc holds the event.
					headedBy = k
					continue
				}
				end = partnerCut(f, from, verb)
			}
			seg := strings.TrimSpace(d.text[s.start+from : s.start+end])
			// "do trường Đại học Y phối hợp với Sở Y tế tổ chức": a
			// lower-case head noun before a capitalised name is the body.
			named := isUpperStart(seg) || (by == " do " && end < verb && startsWithOrganizerHead(f[from:end]) && hasUpperOrDigit(seg))
			if seg != "" && named && (by == " do " || startsWithOrganizerHead(f[from:verb])) {
				return seg, s.start + from, s.start + from + len(seg)
			}
		}
	}
	// "Phiên chất vấn ... được tổ chức": a passive with no agent names no
	// organizer.
	if strings.HasSuffix(strings.TrimRight(f[:verb], " "), " được") {
		return "", 0, 0
	}
	// "A phối hợp với B tổ chức": A holds it. A time phrase may sit
	// between the body and its verb ("Ban Chỉ đạo sáng ngày 24/11 tổ
	// chức").
	subjEnd := verb
	if headedBy >= 0 {
		subjEnd = headedBy
	}
	if t := strings.TrimRight(f[:subjEnd], " "); strings.HasSuffix(t, " quyết định") {
		subjEnd = len(t) - len(" quyết định") // "UBND tỉnh quyết định tổ chức ...": the body decides to hold it
	}
	for _, w := range partnerWords {
		if k := w.index(f[:subjEnd]); k >= 0 {
			subjEnd = k
		}
	}
	// "Học viện X phối hợp Quân khu 7 tổ chức": a partner body named
	// right after "phối hợp"; "Hội đồng phối hợp phổ biến ..." is a name.
	if k := phoiHopWord.index(f[:subjEnd]); k >= 0 && isUpperStart(d.text[s.start+k+len(" phối hợp "):]) {
		subjEnd = k
	}
	// "Trường X (HSU) đã tổ chức lễ ... vào ngày 26/10": with the date
	// after the verb, the cut words end the subject wherever they are.
	if c := organizerCut(f[:subjEnd]); c >= 0 && (c > dateEnd || dateEnd > subjEnd) {
		subjEnd = c
	}
	// the regexp is anchored at the end: give it only the tail, or it
	// would be tried from every byte of the sentence
	tailFrom := max(0, subjEnd-timeTailWindow)
	if tail := f[tailFrom:subjEnd]; mayEndWithTime(tail) {
		if t := timeTailStart(tail); t >= 0 {
			subjEnd = tailFrom + t
		}
	}
	// The organizer follows the date ("Chiều 9/7, Hội đồng phối hợp phổ
	// biến, giáo dục pháp luật tỉnh tổ chức") and may hold commas; after a
	// fronted place ("tại trụ sở Bộ, số 18 Nguyễn Du, Hà Nội, Thanh tra Bộ
	// tổ chức") it is the comma-separated bodies before the verb ("Bộ
	// Chính trị, Ban Bí thư").
	segStart := -1
	if dateEnd >= 0 && dateEnd < subjEnd {
		after := strings.TrimLeft(f[dateEnd:subjEnd], " ,)")
		// "với sự cho phép của A, B tổ chức": an adverbial opening the
		// clause is no body; the bodies before the verb are read instead.
		// A "tại" that closes a branch's name ("Phân viện X tại Y") is
		// part of the body.
		if after != "" && !strings.HasPrefix(after, "tại ") && !d.placeIn(s, subjEnd-len(after), subjEnd) && !adverbialOpener(after) {
			segStart = subjEnd - len(after)
		}
	}
	if segStart < 0 {
		segStart = d.bodiesStart(s, subjEnd)
	}
	seg := f[segStart:subjEnd]
	// "Khoa X, đầu mối là Chi đoàn ...", "Đảng bộ X, đơn vị được ...": an apposition ends the name.
	for off := 0; ; {
		k := strings.IndexByte(seg[off:], ',')
		if k < 0 {
			break
		}
		k += off
		next := seg[k+1:]
		if j := strings.IndexByte(next, ','); j >= 0 {
			next = next[:j]
		}
		if strings.Contains(" "+next+" ", " là ") || strings.HasPrefix(strings.TrimSpace(next), "đơn vị") {
			seg = seg[:k]
			break
		}
		off = k + 1
	}
	// "Đảng ủy xã X là đơn vị được Huyện ủy chọn để tổ chức": the copula
	// ends the body's name.
	if k := strings.Index(seg, " là "); k > 0 {
		seg = seg[:k]
	}
	// "Trường Đại học X (UEL, Đại học Quốc gia TP.HCM)": a bracket that
	// lists a short name and a parent body is an apposition; a bare
	// abbreviation "(PBGDPL)" is part of the name.
	if k := strings.Index(seg, " ("); k > 0 {
		if c := strings.IndexByte(seg[k:], ')'); c < 0 || strings.Contains(seg[k:k+c], ",") || asideInBrackets(seg[:k], seg[k+2:k+c], seg[k+c+1:]) {
			seg = seg[:k]
		}
	}
	seg = strings.TrimRight(seg, " ,")
	lead := len(seg) - len(strings.TrimLeft(seg, " ,"))
	seg = seg[lead:]
	if seg == "" || !opensBody(seg) || eventVerbIn(seg) || phatBieuWord.index(seg) >= 0 {
		return "", 0, 0
	}
	if _, k, ok := findMeetingPhrase(seg, false); ok && k == 0 {
		return "", 0, 0 // "Hội nghị ... phối hợp": the event, not a body
	}
	for i := range peopleInSubject {
		if k := peopleInSubjectWords[i].index(seg); k > 0 {
			// "Ban Thường vụ Đảng ủy và thành viên Ban Giám đốc họp": the
			// body holds the meeting its members join.
			seg = strings.TrimRight(seg[:k], " ,")
		}
	}
	from := s.start + segStart + lead
	text := d.text[from : from+len(seg)]
	if !isUpperStart(text) || moreWordsThan(text, organizerWords+branchPlaceWords(seg)) {
		return "", 0, 0
	}
	if _, _, isDate := firstDate(seg); isDate {
		return "", 0, 0
	}
	return text, from, from + len(seg)
}

// asideInBrackets reports whether a bracket after an organizer's name
// (folded name, bracket content, what follows it) is an aside rather than
// part of the name: a term "(nhiệm kỳ 2021-2026)", or a short name the
// page goes on to use, written last ("Ban Chỉ đạo ... tỉnh X (Ban Chỉ
// đạo)", "(sau đây gọi tắt là ...)"). A short name inside the name,
// "Hội đồng phối hợp phổ biến, giáo dục pháp luật (PBGDPL) tỉnh", and a
// place, "Đảng ủy xã Y (TPHCM)", stay.
func asideInBrackets(name, inside, after string) bool {
	inside = strings.TrimSpace(inside)
	if strings.HasPrefix(inside, "nhiệm kỳ") || strings.HasPrefix(inside, "khóa ") || (inside != "" && isDigitByte(inside[0])) {
		return true
	}
	if strings.TrimSpace(after) != "" {
		return false
	}
	return strings.HasPrefix(inside, "gọi tắt") || strings.HasPrefix(inside, "sau đây") ||
		(strings.Contains(inside, " ") && strings.HasPrefix(name, inside+" "))
}

// agentWords is the longest "do X tổ chức" agent read from a headline, in
// words.
const agentWords = 12

// headlineAgent reads the body a headline says held the event, "Hội thảo
// ... do Bộ X tổ chức": the phrase between the last " do " and a closing
// "tổ chức". It returns the body and its offset in title. A headline may
// be written in lower case ("do chính phủ tổ chức"), so the body must
// open with a body's head word rather than a capital.
func headlineAgent(title string) (string, int, bool) {
	if !strings.Contains(title, " do ") && !strings.Contains(title, " DO ") {
		return headlineSubject(title)
	}
	f := fold(title)
	if len(f) != len(title) {
		return "", 0, false // folding changed byte lengths: offsets would not match
	}
	t := strings.LastIndex(f, " tổ chức")
	if t < 0 || strings.Trim(f[t+len(" tổ chức"):], " .,!\"”") != "" {
		return "", 0, false
	}
	k := strings.LastIndex(f[:t], " do ")
	if k < 0 {
		return "", 0, false
	}
	from := k + len(" do ")
	seg := f[from:t]
	words := countWords(seg)
	if !opensBody(seg) || words > agentWords || strings.ContainsAny(seg, ",;:") {
		return "", 0, false
	}
	// a lone lower-case head word ("do trường tổ chức") is a common noun
	if words < 2 && !isUpperStart(title[from:]) {
		return "", 0, false
	}
	return strings.TrimSpace(title[from:t]), from, true
}

// headlineSubject reads a headline that opens with the body holding the
// event: "Hội Luật gia tỉnh tổ chức Hội nghị tổng kết ...". A place
// ("Cà Mau tổ chức Hội nghị xúc tiến đầu tư") opens no body.
func headlineSubject(title string) (string, int, bool) {
	f := fold(title)
	if len(f) != len(title) || !isUpperStart(title) {
		return "", 0, false
	}
	t := strings.Index(f, " tổ chức ")
	if t < 0 || !opensEvent(f[t+len(" tổ chức "):]) {
		return "", 0, false
	}
	seg := f[:t]
	if !opensBody(seg) || countWords(seg) > agentWords || strings.ContainsAny(seg, ",;:\"“”") || organizerCut(seg) >= 0 {
		return "", 0, false
	}
	return title[:t], 0, true
}

// organizerWords is the longest organizer's name, in words.
const organizerWords = 20

// placeIn reports whether folded text f[from:to] of sentence s holds a
// "tại" that is not part of a branch's name: a fronted place ("tại trụ sở
// Bộ, ..., Thanh tra Bộ tổ chức"), no body's name.
func (d *document) placeIn(s span, from, to int) bool {
	f := d.folded[s.start:s.end]
	for off := from; ; {
		k := strings.Index(f[off:to], " tại ")
		if k < 0 {
			return false
		}
		k += off + 1
		if !d.branchBeforeTai(s, k) {
			return true
		}
		off = k
	}
}

// branchPlaceWords is how many words the "tại <place>" of a branch's name
// adds to an organizer (folded): "Phân viện X tại Thành phố Hồ Chí Minh"
// is a name as long as its head body's plus the place.
func branchPlaceWords(seg string) int {
	for i := range branchWords {
		if k := branchRareWords[i].index(seg); k >= 0 {
			if t := strings.Index(seg[k:], " tại "); t >= 0 {
				return countWords(seg[k+t:])
			}
		}
	}
	return 0
}

// opensBody reports whether folded text opens with the name of a body or
// of a body's branch ("Phân viện ...", "Chi nhánh ...").
func opensBody(folded string) bool {
	if startsWithOrganizerHead(folded) {
		return true
	}
	folded = strings.TrimLeft(folded, " (")
	for _, w := range branchWords {
		if strings.HasPrefix(folded, w) && wordBoundary(folded, 0, len(w)) {
			return true
		}
	}
	return false
}

// peopleInSubject mark a subject that joins people to a body.
var peopleInSubject = []string{" và thành viên", " và các thành viên", " và lãnh đạo", " và các đồng chí"}

// organizerVerbs are the verbs whose subject is the organizer. A party
// branch "Đại hội lần thứ VIII" as a verb: "Đảng bộ X Đại hội lần thứ
// VIII, nhiệm kỳ ...".
var organizerVerbs = []string{"tổ chức", "có buổi làm việc", "họp", "đại hội lần thứ", "khai mạc", "bế mạc", "gặp mặt", "tiến hành"}

// opensEvent reports whether folded text, after a verb, opens with an
// event noun: "(khai mạc) Kỳ họp thứ 9", "(bế mạc) Hội nghị".
func opensEvent(folded string) bool {
	rest := strings.TrimLeft(folded, " ")
	_, k, ok := findMeetingPhrase(rest[:min(len(rest), 24)], false)
	return ok && k == 0
}

// organizerVerbsIn lists the whole-word organizer verbs in folded text as
// (index in organizerVerbs, byte offset) pairs, in text order: the list
// form of organizerVerbsSeq, which the phrase-head tests check.
func organizerVerbsIn(folded string) [][2]int {
	var out [][2]int
	for w, k := range organizerVerbsSeq(folded) {
		out = append(out, [2]int{w, k})
	}
	return out
}

// organizerVerbsSeq yields what organizerVerbsIn lists, one verb at a time:
// a caller that takes the first it accepts leaves the rest of the text
// unread. No verb overlaps itself, so one pass finds what a search per verb
// would.
func organizerVerbsSeq(folded string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i+4 <= len(folded); i++ {
			h := head4(folded[i : i+4])
			if !organizerVerbHeads.mayOpen(h) {
				continue
			}
			for _, w := range organizerVerbHeads.phrasesOf(h) {
				v := organizerVerbs[w]
				if strings.HasPrefix(folded[i:], v) && wordBoundary(folded, i, i+len(v)) && !yield(int(w), i) {
					return
				}
			}
		}
	}
}

// holdsOrganizerVerb reports whether folded text holds an organizer verb.
func holdsOrganizerVerb(folded string) bool {
	for range organizerVerbsSeq(folded) {
		return true
	}
	return false
}

var organizerVerbHeads = newHeadIndex(organizerVerbs)

// bodiesStart walks back from end (in sentence s) over comma-separated
// parts that each name a body, and returns where the first one starts.
func (d *document) bodiesStart(s span, end int) int {
	f := d.folded[s.start:s.end]
	start := strings.LastIndexAny(f[:end], ",:;") + 1
	for start > 0 && f[start-1] == ',' {
		prev := strings.LastIndexAny(f[:start-1], ",:;") + 1
		part := strings.TrimSpace(f[prev : start-1])
		if part == "" || !startsWithOrganizerHead(part) || strings.Contains(part, " tại ") {
			break
		}
		if !isUpperStart(strings.TrimLeft(d.text[s.start+prev:s.start+start-1], " ")) {
			break
		}
		start = prev
	}
	return start
}

// organizerInName finds the body named inside the event's own name:
// "Đại hội đại biểu Đảng bộ tỉnh X lần thứ ..." is held by "Đảng bộ tỉnh
// X", "Kỳ họp thứ 7 HĐND tỉnh" by "HĐND tỉnh", "Phiên họp Chính phủ
// thường kỳ" by "Chính phủ". The event sentence is read first, then the
// headline, then the rest of the lead.
func (d *document) organizerInName(sents []span, event int) (string, schema.Evidence, bool) {
	order := make([]int, 0, len(sents)+1)
	if event >= 0 {
		order = append(order, event)
	}
	order = append(order, -1)
	for i := range sents {
		if i != event {
			order = append(order, i)
		}
	}
	for _, i := range order {
		var text, folded string
		if i < 0 {
			text, folded = d.title, d.titleFolded()
		} else {
			text, folded = d.text[sents[i].start:sents[i].end], d.folded[sents[i].start:sents[i].end]
		}
		if len(text) != len(folded) {
			continue // folding changed byte lengths: offsets would not match
		}
		for _, m := range findEventOwners(folded) {
			from := skipBracketed(folded, m[1])
			if !startsWithOrganizerHead(folded[from:]) || !isUpperStart(text[from:]) || namesDocument(folded[:m[0]]) || delegationGoesTo(folded[:m[0]]) {
				continue
			}
			// "kiến nghị của cử tri gửi đến kỳ họp thứ 5 HĐND tỉnh": the
			// council holds that session, not the page's event.
			if strings.HasPrefix(folded[m[0]:], "kỳ họp") && votersSendTo(folded[:m[0]]) {
				continue
			}
			// "góp ý vào dự thảo văn kiện Đại hội MTTQ tỉnh": the
			// documents of a congress to come, held by another body.
			if strings.HasSuffix(strings.TrimRight(folded[:m[0]], " "), "văn kiện") {
				continue
			}
			// A conference is named after its topic ("Hội nghị Sơ kết
			// ..."), save a party plenum: "Hội nghị lần thứ 12 Ban Chấp
			// hành Đảng bộ tỉnh" is held by that committee.
			if strings.HasPrefix(folded[m[0]:], "hội nghị") && !strings.HasPrefix(folded[from:], "ban chấp hành ") && !strings.HasPrefix(folded[from:], "ban thường vụ ") {
				continue
			}
			end := len(folded)
			if k := indexMarkOrQuote(folded[from:], issuerNameMarks); k >= 0 {
				end = from + k
			}
			for _, stop := range ownerStops {
				if k := strings.Index(folded[from:end], stop); k >= 0 {
					end = from + k
				}
			}
			// "UBND tỉnh vừa diễn ra": a stop cut short may leave the
			// adverb before it.
			for _, adv := range []string{" vừa", " đã"} {
				if strings.HasSuffix(folded[from:end], adv) {
					end -= len(adv)
				}
			}
			name := strings.TrimSpace(text[from:end])
			if name == "" || moreWordsThan(name, 12) || bareUnitName(fold(name)) {
				continue
			}
			if i < 0 {
				return name, d.titleEvidence(from, from+len(name)), true
			}
			s := sents[i]
			return name, d.evidence(s.start+from, s.start+from+len(name), s), true
		}
	}
	return "", schema.Evidence{}, false
}

// bareUnitName reports a body's kind with no name of its own ("Đại hội
// Chi bộ nhiệm kỳ ...", "Đại hội Đoàn cấp huyện"): which branch or union
// held it is not said.
func bareUnitName(folded string) bool {
	switch folded {
	case "chi bộ", "đoàn", "hội", "đảng bộ", "công đoàn", "chi đoàn", "chi hội":
		return true
	}
	return false
}

// skipBracketed returns where the text after a short bracketed aside at
// i resumes ("Kỳ họp thứ 9 (kỳ họp bất thường) HĐND huyện"), or i when no
// aside opens there.
func skipBracketed(folded string, i int) int {
	const maxAside = 60
	if i >= len(folded) || folded[i] != '(' {
		return i
	}
	k := strings.IndexByte(folded[i:min(len(folded), i+maxAside)], ')')
	if k < 0 || i+k+2 > len(folded) || folded[i+k+1] != ' ' {
		return i
	}
	return i + k + 2
}

// firstDate finds the first day/month written in folded text.
func firstDate(f string) (int, int, bool) {
	if indexDigit(f, 0) == len(f) {
		return 0, 0, false // most texts asked hold no number: spare the regexp its start at every byte
	}
	for _, loc := range mentionRe.FindAllStringIndex(f, -1) {
		// "nhiệm kỳ 2020 - 2025" holds "20 - 20", which is no day
		if (loc[0] > 0 && isDigitByte(f[loc[0]-1])) || (loc[1] < len(f) && isDigitByte(f[loc[1]])) {
			continue
		}
		return loc[0], loc[1], true
	}
	return 0, 0, false
}

// location reads "tại <place>" from one sentence: the place runs to a
// clause boundary and over comma-separated address parts ("trụ sở Bộ, số
// 18 Nguyễn Du, Hà Nội"), but not into the clause that holds the verb.
func (d *document) location(s span, bridge, online bool) (string, int, int) {
	f := d.folded[s.start:s.end]
	for off := 0; ; {
		k := taiWord.index(f[off:])
		if k < 0 {
			return "", 0, 0
		}
		k += off
		off = k + 1
		if k > 0 && !strings.ContainsAny(f[k-1:k], " (,") {
			continue
		}
		if officeBeforeTai(f[:k]) || attendedAt(f, k) || d.branchBeforeTai(s, k) || (k == 0 && localPointOpener(f, online)) {
			continue
		}
		from := k + len("tại ")
		if countedPlaces(d.text[s.start+from:]) {
			continue // "tại 6 đầu cầu trên cả nước", "tại 12 xã": many places, not one
		}
		if strings.HasPrefix(f[from:], mainPointPrefix) {
			from += len(mainPointPrefix) // "tại điểm cầu chính Hội trường X": the place is the hall
		}
		if bridge != strings.HasPrefix(f[from:], bridgePrefix) || (objectPlace(f[:k]) && !bridge) {
			continue
		}
		if !bridge && placeNotFirst.opens(f[from:]) {
			continue
		}
		end := len(f)
		for i, stop := range placeStops {
			var j int
			switch stop {
			case "(":
				j = d.placeBracket(s, from, end)
			case ". ":
				j = fullStop(d.text[s.start+from : s.start+end])
			case " và ":
				j = placeAnd(d.text[s.start+from:s.start+end], f[from:end])
			case " vào ":
				j = timeAfterPlace(f[from:end])
			default:
				// searched up to a stop's length past end: a stop's own
				// trailing space may lie beyond an earlier stop ("tại Hà
				// Nội đã diễn ra")
				j = placeStopWords[i].index(f[from:min(len(f), end+len(stop)-1)])
			}
			if j >= 0 && from+j < end {
				end = from + j
			}
		}
		if end == len(f) {
			end = max(from, len(strings.TrimRight(f, ". ")))
		}
		// keep comma-separated address parts, stop at a clause
		// the parts of f[from:end] between commas, as strings.Split
		// gives them, walked without building the list
		n := strings.IndexByte(f[from:end], ',')
		if n < 0 {
			n = end - from
		}
		for rest := f[from+n : end]; rest != ""; {
			rest = rest[1:] // the comma
			p := rest
			if j := strings.IndexByte(rest, ','); j >= 0 {
				p = rest[:j]
			}
			rest = rest[len(p):]
			t := strings.TrimSpace(p)
			if t == "" || eventVerbIn(t) || startsWithAny(t, officeStarts) {
				break
			}
			// "tại Hà Nội, Bộ Chính trị ... tổ chức": a body opens the
			// main clause.
			if opensClause(f[from+n+1:]) {
				break
			}
			if !isPlacePart(t) && moreWordsThan(t, 3) {
				break
			}
			partAt := s.start + from + n + 1 + strings.Index(p, t)
			if fullNameAt(d.text[partAt:partAt+len(t)], t) {
				break // "Tại Úc, Phạm Minh Khôi cho biết ...": the person who speaks, after the place
			}
			if !isPlacePart(t) && !isUpperStart(d.text[partAt:]) {
				break
			}
			n += 1 + len(p)
		}
		place := strings.TrimSpace(d.text[s.start+from : s.start+from+n])
		if !bridge && !isUpperStart(place) && !isPlacePart(f[from:]) {
			continue // "tại nơi làm việc", "tại cần khắc phục": not a named place
		}
		if !hasUpperOrDigit(place) {
			continue // "tại khu dân cư", "tại cơ sở": a kind of place, not one
		}
		place = strings.TrimRight(place, " ,.")
		if place == "" || moreWordsThan(place, 20) {
			continue
		}
		// "phường Phan Thiết (tỉnh Lâm Đồng)": a bracketed higher unit
		// belongs to the place.
		if at := from + len(strings.TrimRight(f[from:from+n], " ,.")); strings.HasPrefix(strings.TrimLeft(f[at:], " "), "(") {
			open := at + strings.IndexByte(f[at:], '(')
			if c := strings.IndexByte(f[open:], ')'); c > 0 && c < 60 && isPlacePart(f[open+1:]) {
				place = strings.TrimSpace(d.text[s.start+from : s.start+open+c+1])
			}
		}
		return place, s.start + from, s.start + from + len(place)
	}
}

// placeAnd finds the first " và " (text and its folding) that ends a
// place, or -1: one before a capitalised word joins the parts of a body's
// name ("tại Học viện Tài chính và Ngân hàng", "tại Bộ Tài nguyên và
// Môi trường"), one before a lowercase word starts another clause.
func placeAnd(text, folded string) int {
	for off := 0; ; {
		k := strings.Index(folded[off:], " và ")
		if k < 0 {
			return -1
		}
		k += off
		// "trụ sở Ủy ban MTTQ và các đoàn thể huyện": the office the
		// Front shares with the mass organizations is one place.
		if !isUpperStart(text[k+len(" và "):]) && !strings.HasPrefix(folded[k+len(" và "):], "các đoàn thể") {
			return k
		}
		off = k + len(" và ")
	}
}

// hasUpperOrDigit reports whether s holds a capital letter or a digit, as
// a named place or an address does.
func hasUpperOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// bridgePrefix opens a connection point of an online meeting.
const bridgePrefix = "điểm cầu "

// objectPlace reports whether "tại" after folded text belongs to the
// object of "đối với" in the same clause ("kỷ luật đối với một số đảng
// viên tại Trung tâm X"): where those people work, not the venue.
func objectPlace(before string) bool {
	k := lastIndexIfAny(before, doiVoiWord)
	return k >= 0 && !strings.ContainsAny(before[k:], ";.:")
}

// fullStop finds the first ". " in s that ends a sentence, or -1: the dot
// of an abbreviation ("tại TP. Cần Thơ") is part of the place.
func fullStop(s string) int {
	for off := 0; ; {
		k := strings.Index(s[off:], ". ")
		if k < 0 {
			return -1
		}
		if k += off; !isAbbreviation(s[:k]) {
			return k
		}
		off = k + len(". ")
	}
}

// abbreviationLimit is the longest bracketed short name kept inside a
// place, in bytes ("(CCB)", "(ĐHQGHN)").
const abbreviationLimit = 12

// placeBracket finds where a place in s (folded offsets from, end) stops at
// a bracket, or -1. A bracket that only gives a body's short name in
// capitals and is followed by more of the name, "trụ sở Hội Cựu chiến binh
// (CCB) tỉnh", is part of the place.
func (d *document) placeBracket(s span, from, end int) int {
	f := d.folded[s.start:s.end]
	for off := from; ; {
		j := strings.IndexByte(f[off:end], '(')
		if j < 0 {
			return -1
		}
		open := off + j
		c := strings.IndexByte(f[open:end], ')')
		if c < 0 || c > abbreviationLimit {
			return open - from
		}
		short := d.text[s.start+open+1 : s.start+open+c]
		next := strings.TrimLeft(f[open+c+1:end], " ")
		if short == "" || strings.ToUpper(short) != short || strings.ContainsAny(short, " ,;") ||
			next == "" || !isLetterStart(next) {
			return open - from
		}
		off = open + c + 1
	}
}

// isLetterStart reports whether s opens with a letter.
func isLetterStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// opensClause reports whether folded text opens with the subject of a
// clause: one or more comma-separated bodies, the last followed by its verb
// ("Bộ Chính trị, Ban Bí thư tổ chức ...", "Trường X đã long trọng tổ
// chức ...").
func opensClause(folded string) bool {
	for range 4 {
		part := folded
		if k := strings.IndexAny(folded, ",.;"); k >= 0 {
			part = folded[:k]
		}
		if !startsWithOrganizerHead(part) {
			return false
		}
		if holdsOrganizerVerb(part) || eventVerbIn(part) || strings.Contains(part, " đã ") ||
			strings.Contains(part, " vừa ") || strings.Contains(part, " phối hợp") {
			return true
		}
		if len(part) == len(folded) || folded[len(part)] != ',' {
			return false
		}
		folded = folded[len(part)+1:]
	}
	return false
}

// online reports a meeting held online or hybrid: "trực tuyến" or "điểm
// cầu" in the headline, or in a sentence about this meeting (one naming its
// type or its connection points).
//
// point is where pointWord first is in d.folded, or -1.
func (d *document) online(typ string, ev *map[string]schema.Evidence, point int) bool {
	if k, n := onlineAt(d.titleFolded()); k >= 0 {
		(*ev)["online"] = d.titleEvidence(k, k+n)
		return true
	}
	// Most articles hold no online word at all: three searches of the
	// whole text ("trực t" is in two of the words) say so at once, and
	// tell where the first one is: no sentence before it holds one. Once
	// one is found, the next part is looked for only before it.
	first := point
	for _, part := range onlineParts {
		if part.word == pointWord.word {
			continue // given
		}
		end := len(d.folded)
		if first >= 0 {
			end = min(end, first+len(part.word)-1)
		}
		if k := part.index(d.folded[:end]); k >= 0 {
			first = k
		}
	}
	if first < 0 {
		return false
	}
	for _, s := range d.sents {
		if s.end <= first || s.kind == paraTitle || s.kind == paraDateline || s.kind == paraByline {
			continue
		}
		f := d.folded[s.start:s.end]
		k, n := onlineAt(f)
		if k < 0 {
			continue
		}
		if pointWord.index(f) >= 0 || ketNoiWord.index(f) >= 0 || strings.Contains(f, typ) {
			(*ev)["online"] = d.evidence(s.start+k, s.start+k+n, s)
			return true
		}
	}
	return false
}

// evidence points at text[start:end] and quotes its sentence.
func (d *document) evidence(start, end int, s span) schema.Evidence {
	return schema.Evidence{Start: start, End: end, Quote: d.text[s.start:s.end]}
}

// onlineWords mark an online or hybrid meeting, each with the byte it is
// looked for by (see rareByteWord); onlineParts are the parts of them the
// whole-text test in (*document).online looks for: keep the two in step.
var (
	onlineWords = []rareByteWord{
		newRareByteWord("trực tuyến", 0xb1), newRareByteWord("điểm cầu", 0x83),
		newRareByteWord("truyền hình trực tiếp", 0xb1), newRareByteWord("online", 'e'),
	}
	onlineParts = []rareByteWord{newRareByteWord("trực t", 0xb1), pointWord, newRareByteWord("online", 'e')}
	// pointWord is the connection point of a meeting held in several
	// places; extractMeeting finds it once for online and location.
	pointWord = newRareByteWord("điểm cầu", 0x83)
)

// rareByteWord is a word looked for by one of its bytes that is rare in
// Vietnamese text (0xB1 of "ự", 0x83 of "ể", the "e" of "online": each
// about one byte in 300). strings.IndexByte skips to that byte many bytes
// at a time, where strings.Index stops at every common first byte ("t",
// "đ", "o").
type rareByteWord struct {
	word string
	at   int // the offset of the rare byte in word
	// chk is another offset of word: its byte is compared before the
	// whole word, which most places of the rare byte fail
	chk int
	// the bytes at at and chk, kept here so that a search reads no byte of
	// word until a place passes both
	rare, chkByte byte
}

func newRareByteWord(w string, rare byte) rareByteWord {
	k := strings.IndexByte(w, rare)
	if k < 0 {
		panic("extractor: " + w + " lacks its rare byte")
	}
	chk := 0
	if k == 0 {
		chk = len(w) - 1
	}
	return rareByteWord{word: w, at: k, chk: chk, rare: w[k], chkByte: w[chk]}
}

// index is strings.Index(s, r.word).
func (r rareByteWord) index(s string) int {
	c := r.rare
	for off := r.at; off < len(s); {
		j := strings.IndexByte(s[off:], c)
		if j < 0 {
			return -1
		}
		start := off + j - r.at
		if start+len(r.word) <= len(s) && s[start+r.chk] == r.chkByte && s[start:start+len(r.word)] == r.word {
			return start
		}
		off += j + 1
	}
	return -1
}

// onlineAt returns where the first online word is in folded and its
// length, or -1.
func onlineAt(folded string) (int, int) {
	for _, rw := range onlineWords {
		w := rw.word
		for off := 0; ; {
			k := rw.index(folded[off:])
			if k < 0 {
				break
			}
			k += off
			off = k + len(w)
			if w == broadcastWords && isBroadcast(folded, k, k+len(w)) {
				continue
			}
			if w == "online" && !onlineMeetingWord(folded[:k]) {
				continue // "Báo X Online", "(QK7 Online)": a site's name
			}
			if w == "trực tuyến" && servesOnline(folded[:k]) {
				continue // "học trực tuyến", "dịch vụ công trực tuyến"
			}
			return k, len(w)
		}
	}
	return -1, 0
}

// onlineEventWords stand before "online" when it tells how a meeting is
// held ("họp online", "hội nghị online", "hình thức trực tuyến (online)");
// before any other word it ends a news site's name ("Huế ngày nay Online").
var onlineEventWords = []string{"họp", "hội nghị", "hội thảo", "tọa đàm", "giao ban", "hình thức", "trực tuyến", "kết nối"}

// onlineMeetingWord reports whether folded text before "online" ends with
// one of onlineEventWords.
func onlineMeetingWord(before string) bool {
	b := strings.TrimRight(before, " (")
	for _, w := range onlineEventWords {
		if strings.HasSuffix(b, w) && wordStartAt(b, len(b)-len(w)) {
			return true
		}
	}
	return false
}

// onlineServiceWords stand before "trực tuyến" when it names a way of
// studying or a public service, not how a meeting is held.
var onlineServiceWords = []string{"học", "dạy", "giảng dạy", "thi", "dịch vụ công", "thanh toán", "nộp hồ sơ"}

// servesOnline reports whether folded text before "trực tuyến" ends with
// one of onlineServiceWords.
func servesOnline(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, w := range onlineServiceWords {
		if strings.HasSuffix(b, w) && wordStartAt(b, len(b)-len(w)) {
			return true
		}
	}
	return false
}

// broadcastWords mean a video conference ("Hội nghị truyền hình trực
// tiếp") or, on radio and television, a broadcast.
const broadcastWords = "truyền hình trực tiếp"

// isBroadcast reports whether "truyền hình trực tiếp" at folded[k:end] is
// a live broadcast ("phiên họp được truyền hình trực tiếp trên sóng Đài ..."),
// which makes no meeting online.
func isBroadcast(folded string, k, end int) bool {
	before := strings.TrimRight(folded[max(0, k-24):k], " ,")
	after := strings.TrimLeft(folded[end:], " ")
	return strings.HasSuffix(before, "phát thanh") || strings.HasSuffix(before, "phát thanh và") ||
		strings.HasSuffix(before, "được") || strings.HasPrefix(after, "trên ")
}

// opensWithDay reports whether folded text before a date is only what a
// lead puts before its day: a site's tag and a time word ("Sáng ",
// "LSO-Sáng ngày ", "(TTXVN) Ngày ").
func opensWithDay(before string) bool {
	b := strings.TrimRight(before, " ")
	if moreWordsThan(b, 4) {
		return false
	}
	b = strings.TrimRight(strings.TrimSuffix(b, "ngày"), " ")
	for _, w := range []string{"sáng", "chiều", "tối", "trưa"} {
		if strings.HasSuffix(b, w) {
			b = strings.TrimRight(b[:len(b)-len(w)], " ")
			break
		}
	}
	// what is left is the site's tag or nothing
	return !moreWordsThan(b, 2) && !strings.Contains(b, ",")
}

// plausibleDates drops dates that cannot be the reported meeting's: more
// than a year before publication ("Ngày Báo chí cách mạng Việt Nam
// (21/6/1925 - 21/6/2024)") or more than two months after it.
func plausibleDates(dms []dateMention, published time.Time) []dateMention {
	if published.IsZero() {
		return dms
	}
	out := dms[:0]
	for _, dm := range dms {
		if dm.from.After(published.AddDate(-1, 0, 0)) && dm.from.Before(published.AddDate(0, 2, 0)) {
			out = append(out, dm)
		}
	}
	return out
}

// titleEvidence points at d.title[start:end], inside the text when the
// text opens with the headline.
func (d *document) titleEvidence(start, end int) schema.Evidence {
	if len(d.paras) > 0 && d.paras[0].kind == paraTitle && d.text[d.paras[0].start:d.paras[0].end] == d.title {
		return d.evidence(d.paras[0].start+start, d.paras[0].start+end, d.paras[0])
	}
	return schema.Evidence{Quote: d.title}
}

// withInferredYear dates an undated event day from the years its headline
// and event sentence (folded) name, when they settle it (see inferYear),
// else from the periods the whole page names when they all agree (see
// inferYearFromText).
func (d *document) withInferredYear(dm dateMention, sentence, typ string) dateMention {
	lead := d.titleFolded() + " . " + sentence
	// A full date of the same day, or a deadline soon after, and what the
	// event is (a congress, a first session, a course) settle the year
	// outright; the periods the lead names come next.
	y := yearFromLaterDate(d.folded, dm.fromDay, dm.fromMonth)
	if e := yearFromEvent(lead, dm.fromDay, dm.fromMonth, typ); e > 0 && y > 0 && e != y {
		return dm
	} else if y == 0 {
		y = e
	}
	ok := y > 0
	if stamp, found := d.monthStamp(); !ok && found {
		// "2024-12" under the headline: the page's month, too coarse for
		// its publication, still dates "10 và 11/12"
		if t, valid := dayWithYear(0, dm.fromMonth, dm.fromDay, stamp); valid {
			y, ok = t.Year(), true
		}
	}
	if !ok {
		y, ok = inferYear(lead, dm.fromMonth)
	}
	if !ok {
		y, ok = inferYearFromText(d.folded, dm.fromMonth)
	}
	if !ok {
		return dm
	}
	from, ok := validDay(y, dm.fromMonth, dm.fromDay)
	if !ok {
		return dm
	}
	dm.from, dm.undated = from, false
	if dm.toDay > 0 {
		toYear := y
		if dm.toMonth < dm.fromMonth {
			toYear++ // "30/12 - 2/1"
		}
		if to, ok := validDay(toYear, dm.toMonth, dm.toDay); ok && to.After(from) {
			dm.to = to
		}
	}
	return dm
}

// monthStamp reads a line of only a year and a month ("2024-12") among
// the first lines of a page: the month it was stored or published in.
func (d *document) monthStamp() (time.Time, bool) {
	for i, p := range d.paras {
		if i > 3 || p.kind == paraLead || p.kind == paraBody {
			break
		}
		if line := strings.TrimSpace(d.text[p.start:p.end]); len(line) == len("2006-01") && line[4] == '-' {
			if t, ok := parseStoreDate(line); ok && monthOnly(t) {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// referencedEventLeads name an event the report tells about rather than
// holds: "(kết quả) của Hội nghị Trung ương 7, họp từ ngày ...", "Sau Hội
// nghị Trung ương 5 diễn ra từ ngày 4-10/5, (sáng 15/7, ...)".
var referencedEventLeads = []string{"của ", "kết quả ", "nội dung ", "tinh thần ", "sau "}

// withoutReferencedEvents drops the dates that belong to an event the
// sentence (folded) reports on: a date whose nearest event noun before it,
// within the clause, follows "của", "kết quả" or "nội dung".
func withoutReferencedEvents(folded string, dms []dateMention) []dateMention {
	out := dms[:0]
	for _, dm := range dms {
		if !datesReferencedEvent(folded[max(0, dm.start-160):dm.start]) {
			out = append(out, dm)
		}
	}
	return out
}

// datesReferencedEvent reports whether before ends in "<lead> <event noun>
// <name>, họp/diễn ra (từ) (ngày)" with no other clause in between.
func datesReferencedEvent(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, w := range []string{"ngày", "từ", "vào"} {
		b = strings.TrimRight(strings.TrimSuffix(b, w), " ")
	}
	verb := false
	for _, v := range []string{"họp", "diễn ra", "tổ chức"} {
		if u, ok := strings.CutSuffix(b, v); ok {
			b, verb = strings.TrimRight(u, " ,"), true
			break
		}
	}
	if !verb {
		return false
	}
	if strings.ContainsAny(b[max(0, len(b)-0):], ";") {
		return false
	}
	best, at := "", -1
	for _, n := range otherEventNouns[:5] {
		if k := strings.LastIndex(b, n); k > at {
			best, at = n, k
		}
	}
	if at < 0 || strings.ContainsAny(b[at+len(best):], ";:.") {
		return false
	}
	lead := strings.TrimRight(b[:at], " ")
	for _, w := range referencedEventLeads {
		if strings.HasSuffix(lead+" ", w) {
			return true
		}
	}
	return false
}

// officeWords name a post or mission whose "tại" is part of its title
// ("Đại sứ Nhật Bản tại Việt Nam", "Tổng lãnh sự quán Nhật Bản tại Đà
// Nẵng"), not the venue; so is a diplomat's term of office ("kết thúc
// nhiệm kỳ công tác tại Việt Nam").
var officeWords = []string{"đại sứ", "lãnh sự", "cơ quan đại diện", "văn phòng đại diện", "trưởng đại diện", "phóng viên thường trú", "nhiệm kỳ công tác",
	// Vietnamese communities and their associations abroad ("Hội sinh
	// viên Việt Nam tại Nhật Bản", "hội người Việt tại ..."), and where
	// people live or study ("đang học tập và nghiên cứu tại ...")
	"người việt", "sinh viên việt nam", "lưu học sinh việt nam", "kiều bào",
	"đang học tập", "đang sinh sống", "đang công tác", "đang làm việc"}

// officeBeforeTai reports whether the words before "tại" (folded, up to
// the last comma) name an office abroad.
func officeBeforeTai(before string) bool {
	frag := before[max(0, len(before)-60):]
	if c := strings.LastIndexAny(frag, ",;:("); c >= 0 {
		frag = frag[c+1:]
	}
	return containsHeaded(officeHeads, officeWords, frag)
}

// branchWords open the name of a body's branch, whose "tại <place>" is part
// of the name ("Phân viện Học viện X tại Thành phố Hồ Chí Minh", "Chi
// nhánh Ngân hàng Y tại Đà Nẵng", "Văn phòng Khoa học Công nghệ tại Hàn
// Quốc"), not the venue.
var branchWords = []string{"phân viện", "phân hiệu", "chi nhánh", "văn phòng", "cơ quan thường trú"}

// branchNameWords is the longest branch name (words after its branch word)
// that "tại" may close.
const branchNameWords = 10

// branchBeforeTai reports whether "tại" at folded offset k of sentence s
// closes the name of a branch: a branch word, then a name that opens with
// a capital and holds no verb, up to "tại".
func (d *document) branchBeforeTai(s span, k int) bool {
	f := d.folded[s.start:s.end]
	frag := f[max(0, k-branchWindow):k]
	if c := strings.LastIndexAny(frag, ",;:("); c >= 0 {
		frag = frag[c+1:]
	}
	at, n := -1, 0
	for i, w := range branchWords {
		if branchRareWords[i].index(frag) < 0 {
			continue // (most fragments hold none: a rare byte says so sooner)
		}
		if j := strings.LastIndex(frag, w); j > at && wordStartAt(frag, j) {
			at, n = j, len(w)
		}
	}
	if at < 0 {
		return false
	}
	name := frag[at+n:]
	from := s.start + k - len(name)
	if !isUpperStart(strings.TrimLeft(d.text[from:s.start+k], " ")) || moreWordsThan(name, branchNameWords) {
		return false
	}
	_, _, event := findMeetingPhrase(name, false)
	return !event && !eventVerbIn(name) && !strings.Contains(name, " đã ") && !strings.Contains(name, " vừa ")
}

// branchWindow is how far (bytes) before "tại" a branch word is looked for.
const branchWindow = 120

// countedPlaces reports whether the text after "tại" opens with a count of
// places ("6 đầu cầu", "12 xã, thị trấn"): a number then a lowercase word.
// An address number is followed by a name ("tại 115 Trần Phú").
func countedPlaces(text string) bool {
	i := 0
	for i < len(text) && isDigitByte(text[i]) {
		i++
	}
	if i == 0 || i == len(text) || text[i] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsLower(r)
}

// localPointOpener reports whether a sentence (folded) that opens "Tại X,"
// goes on "(tham) dự <event> có ...", on a page about an online meeting:
// it tells who followed the meeting at one connection point ("Tại huyện Y,
// dự hội nghị có ..."), not where the meeting was held.
func localPointOpener(f string, online bool) bool {
	if !online {
		return false
	}
	c := strings.IndexByte(f, ',')
	if c < 0 {
		return false
	}
	rest := strings.TrimLeft(f[c+1:], " ")
	for _, v := range []string{"tham dự ", "dự "} {
		if r, ok := strings.CutPrefix(rest, v); ok {
			_, at, ok := findMeetingPhrase(r[:min(len(r), 40)], false)
			return ok && at == 0
		}
	}
	return false
}

// timeAfterPlace finds " vào " followed by a time ("tại TP Huế vào sáng
// 20-3", "vào ngày 5/3", "vào lúc 8 giờ"), which ends a place, or -1.
func timeAfterPlace(folded string) int {
	for off := 0; ; {
		k := strings.Index(folded[off:], " vào ")
		if k < 0 {
			return -1
		}
		k += off
		rest := folded[k+len(" vào "):]
		if rest != "" && isDigitByte(rest[0]) {
			return k
		}
		for _, w := range []string{"sáng", "chiều", "tối", "trưa", "ngày", "lúc", "hôm", "đêm", "tháng"} {
			if strings.HasPrefix(rest, w) && wordBoundary(rest, 0, len(w)) {
				return k
			}
		}
		off = k + 1
	}
}

// attendedAt reports whether "tại" at k says where some attended, in a
// sentence that opens "(Tham) dự Hội nghị tại X có ...": a connection
// point, not the venue.
func attendedAt(f string, k int) bool {
	b := strings.TrimRight(f[:k], " ")
	if strings.ContainsAny(b, ",;") {
		return false
	}
	for _, v := range []string{"tham dự ", "dự "} {
		if rest, ok := strings.CutPrefix(b, v); ok {
			_, at, ok := findMeetingPhrase(rest, false)
			return ok && at == 0
		}
	}
	return false
}

// futureMarkers say that an event is still to come ("sẽ tổ chức", "dự
// kiến diễn ra").
var futureMarkers = []string{"sẽ tổ chức", "sẽ diễn ra", "sẽ được tổ chức", "dự kiến tổ chức", "dự kiến diễn ra", "dự kiến sẽ", "sẽ khai mạc"}

// tellsFuture reports whether folded text announces an event to come.
// Every marker holds "sẽ" or "dự kiến": most text holds neither, which two
// searches tell.
func tellsFuture(folded string) bool {
	if seWord.index(folded) < 0 && duKienWord.index(folded) < 0 {
		return false
	}
	for _, w := range futureMarkers {
		if strings.Contains(folded, w) {
			return true
		}
	}
	return futureEventVerb(folded)
}

// futureEventVerbs are the verbs of holding an event that "sẽ" may govern
// from a few words away ("sẽ lần đầu được tổ chức").
var futureEventVerbs = []string{"tổ chức", "diễn ra", "khai mạc"}

// futureEventVerb reports whether a "sẽ" in folded text governs an event
// verb that starts within the four words after it.
func futureEventVerb(folded string) bool {
	for off := 0; ; {
		k := strings.Index(folded[off:], "sẽ ")
		if k < 0 {
			return false
		}
		k += off
		off = k + len("sẽ ")
		if !wordBoundary(folded, k, k+len("sẽ")) {
			continue
		}
		window := folded[off:]
		for n, i := 0, 0; i < len(window); i++ {
			if window[i] == ' ' {
				if n++; n == 6 {
					window = window[:i]
					break
				}
			} else if strings.IndexByte(",.;:", window[i]) >= 0 {
				window = window[:i]
				break
			}
		}
		for _, v := range futureEventVerbs {
			if strings.Contains(window, v) {
				return true
			}
		}
	}
}

// preparationWords before an event noun in a headline make it an event to
// come that the report's meeting prepares ("Chuẩn bị chu đáo cho hội nghị
// xúc tiến đầu tư", "33 tờ trình dự kiến trình HĐND tỉnh ở kỳ họp cuối
// năm"): the lead's own event noun names the meeting.
var preparationWords = []string{"chuẩn bị", "kế hoạch", "dự kiến", "trình", "sẽ", "sắp"}

// preparesFor reports whether the folded headline text before an event
// noun holds a preparation word.
func preparesFor(before string) bool {
	for _, w := range preparationWords {
		for off := 0; ; {
			k := strings.Index(before[off:], w)
			if k < 0 {
				break
			}
			k += off
			if wordBoundary(before, k, k+len(w)) {
				return true
			}
			off = k + len(w)
		}
	}
	return false
}

// adverbialOpeners start a phrase that precedes a clause's subject ("với
// sự cho phép của ...", "dưới sự chỉ đạo của ...").
var adverbialOpeners = []string{"với sự ", "dưới sự ", "được sự ", "nhân dịp ", "thực hiện ", "trong khuôn khổ ", "hưởng ứng "}

// adverbialOpener reports whether folded text opens with one, and a comma
// closes it before the subject.
func adverbialOpener(folded string) bool {
	for _, w := range adverbialOpeners {
		if strings.HasPrefix(folded, w) {
			return strings.Contains(folded, ",")
		}
	}
	return false
}

// The word tests below stand for regexps that ran on every sentence and
// every part of one; each is a few prefix or suffix comparisons, where the
// regexp was a backtracking match tried from every byte. Each gives what
// the regexp it replaces gave (TestWordMatchersAgreeWithRegexps).

// eventVerbIn reports whether folded s holds one of eventVerbs with no
// letter on either side, as the regexp
// `(?:^|[^\p{L}])(?:đã\s+|vừa\s+)?(tổ chức|...|họp)(?:[^\p{L}]|$)` did (its
// optional "đã"/"vừa" never decided a match: a space precedes the verb
// after them too).
func eventVerbIn(s string) bool {
	for i, rv := range eventVerbWords {
		v := eventVerbs[i]
		for off := 0; off < len(s); {
			k := rv.index(s[off:])
			if k < 0 {
				break
			}
			k += off
			if !letterBefore(s, k) && !letterAt(s, k+len(v)) {
				return true
			}
			off = k + 1
		}
	}
	return false
}

// endsWithWord reports whether s ends with one of words followed by at
// least one space, as `(?:w1|w2|...)\s+$` did: every word ends in a
// non-space, so the spaces are the whole trailing run.
func endsWithWord(s string, words []string) bool {
	t := trimRESpacesRight(s)
	if len(t) == len(s) {
		return false
	}
	for _, w := range words {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// opensWithWord reports whether s opens with one of words and no letter
// right after it, as `^(?:w1|w2|...)(?:[^\p{L}]|$)` did.
func opensWithWord(words []string, s string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) && !letterAt(s, len(w)) {
			return true
		}
	}
	return false
}

// isPlacePart reports whether folded s opens a further part of an address:
// one of placePartWords or a digit, then no letter.
func isPlacePart(s string) bool {
	if s != "" && isDigitByte(s[0]) && !letterAt(s, 1) {
		return true
	}
	return placePartFirst.opens(s)
}

// fullNameAt reports an address part (text and its fold) that is a
// personal name rather than a place: three or four capitalised syllables,
// the first a surname, that name no known province or city.
func fullNameAt(text, folded string) bool {
	var buf [5]string // (on the stack: a name has at most four words)
	words := fieldsUpTo(buf[:0], text, 4)
	if len(words) < 3 || len(words) > 4 || !allCapitalised(words) || vocab.isPlace(folded) {
		return false
	}
	return holdsFolded(vocab.surnames, words[0])
}

// letterAt reports whether the rune at s[i:] is a letter (false at the
// end of s).
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// letterBefore reports whether the rune that ends at s[:i] is a letter
// (false at the start of s).
func letterBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}
