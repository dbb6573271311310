package extractor

import (
	"regexp"
	"strings"
	"time"

	"github.com/meetx/meetx/schema"
)

// leadSentences is how many sentences from the start of the article are
// searched for the event sentence: reports state when, where and by whom in
// their opening.
const leadSentences = 6

var (
	// eventVerbRe finds the verb that ties an organizer to the event.
	eventVerbRe = regexp.MustCompile(`(?:^|[^\p{L}])(?:đã\s+|vừa\s+)?(tổ chức|có buổi làm việc|khai mạc|diễn ra|tiến hành|chủ trì|họp)(?:[^\p{L}]|$)`)
	// organizerVerbRe: the verbs whose subject is the organizer.
	organizerVerbRe = regexp.MustCompile(`(?:^|[^\p{L}])(?:đã\s+|vừa\s+)?(tổ chức|có buổi làm việc|họp)(?:[^\p{L}]|$)`)
	nounBeforeHop   = regexp.MustCompile(`(?:phiên|cuộc|kỳ|buổi|dự|tại|các|cho|đến|vào)\s+$`)
	// placeStops end a location.
	placeStops = []string{"(", ";", ". ", " với ", " đến ", " nhằm ", " để ", " do ", " dưới sự ", " có sự ", " kết hợp", " kết nối", " và ", " nhân dịp", " theo ", " thu hút", " về ", " cho ", " trong "}
	// placeNotRe: "tại Hội nghị", "tại đây", "tại Quyết định số ..." are
	// not places.
	placeNotRe = regexp.MustCompile(`^(?:đây|đó|buổi|phiên|kỳ|hội nghị|hội thảo|lễ|điểm cầu|đại hội|cuộc|tọa đàm|diễn đàn|chương trình|nghị quyết|quyết định|chỉ thị|thông báo|kết luận|kế hoạch|văn bản|các|nhiều|một|những|địa phương|cơ sở|đơn vị|thời điểm)(?:[^\p{L}]|$)`)
	// placePartRe accepts a further comma-separated part of an address.
	placePartRe = regexp.MustCompile(`^(?:số|\d|tầng|phòng|nhà|tòa|trụ sở|đường|phố|phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tp|tỉnh|hà nội|trường|hội trường|khu|cơ sở)(?:[^\p{L}]|$)`)
	// officeStartRe: a part that opens with an office is a person, not a
	// place ("tại trụ sở Chính phủ, Ủy viên Bộ Chính trị, Thủ tướng ...").
	officeStartRe  = regexp.MustCompile(`^(?:ủy viên|bí thư|phó|chủ tịch|thủ tướng|bộ trưởng|giám đốc|trưởng|đồng chí|ông|bà|tổng|thứ trưởng)`)
	organizerCutRe = regexp.MustCompile(`\s(?:đã|vừa|phối hợp với|cùng với|chính thức|long trọng|trang trọng)(?:\s|$)`)
)

// extractMeeting fills the meeting fields. The type comes from the headline,
// then the lead; a page with no event noun (a notice, an appointment) has no
// meeting. The date, place and organizer come from the event sentence: the
// first sentence of the lead that holds a date and an event verb or noun.
func extractMeeting(d *document, r *schema.Report) {
	m := &r.Meeting
	m.Evidence = map[string]schema.Evidence{}
	sents := d.openingSentences(leadSentences)
	dates := make([][]dateMention, len(sents)) // plausible dates per sentence
	for i, s := range sents {
		dates[i] = plausibleDates(findDateMentions(d.folded[s.start:s.end], d.published), d.published)
	}

	typ, ev, ok := d.meetingType(sents, dates)
	if !ok {
		m.Evidence = nil
		return
	}
	m.Type = schema.Text(typ)
	m.Evidence["type"] = ev

	var event *span
	var date dateMention
	for i := range sents {
		s := sents[i]
		f := d.folded[s.start:s.end]
		dms := dates[i]
		if len(dms) == 0 {
			continue
		}
		if _, _, ok := findMeetingPhrase(f, false); ok || eventVerbRe.MatchString(f) {
			event, date = &sents[i], dms[0]
			break
		}
	}
	if event != nil {
		m.Date = schema.Text(isoDate(date.from))
		ev := d.evidence(event.start+date.start, event.start+date.end, *event)
		m.Evidence["date"] = ev
		if !date.to.IsZero() {
			m.EndDate = schema.Text(isoDate(date.to))
			m.Evidence["end_date"] = ev
		} else if date.part != "" {
			m.PartOfDay = schema.Text(date.part)
			m.Evidence["part_of_day"] = ev
		}
		if org, s, e := d.organizer(*event, date.end); org != "" {
			m.Organizer = schema.Text(org)
			m.Evidence["organizer"] = d.evidence(s, e, *event)
		}
	}
	// the place is often in the sentence after the event sentence ("Hội
	// nghị được tổ chức tại ...").
	for _, s := range sents {
		if loc, ls, le := d.location(s); loc != "" {
			m.Location = schema.Text(loc)
			m.Evidence["location"] = d.evidence(ls, le, s)
			break
		}
	}
	m.Online = d.online(typ, &m.Evidence)
}

// openingSentences returns the first n sentences of the lead and body,
// captions and bylines excluded.
func (d *document) openingSentences(n int) []span {
	var out []span
	for _, s := range d.sents {
		if s.kind != paraLead && s.kind != paraBody {
			continue
		}
		out = append(out, s)
		if len(out) == n {
			break
		}
	}
	return out
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
	title := fold(d.title)
	documentTitle := docTypeAt(title, 0) > 0
	happened := func(i int, f string) bool {
		return len(dates[i]) > 0 || (!documentTitle && eventVerbRe.MatchString(f))
	}
	for _, weak := range []bool{false, true} {
		if mp, k, ok := findMeetingPhrase(title, weak); ok && !documentTitle {
			return mp.canonical, d.titleEvidence(k, k+len(mp.phrase)), true
		}
		for i, s := range sents {
			f := d.folded[s.start:s.end]
			if mp, k, ok := findMeetingPhrase(f, weak); ok && happened(i, f) {
				return mp.canonical, d.evidence(s.start+k, s.start+k+len(mp.phrase), s), true
			}
		}
	}
	return "", schema.Evidence{}, false
}

// organizer reads who held the event: the phrase before "tổ chức" back to
// the previous comma ("Chiều 9/7, Học viện ... đã tổ chức Hội nghị"), or the
// phrase after "do" ("... do Sở Y tế tổ chức").
func (d *document) organizer(s span, dateEnd int) (string, int, int) {
	f := d.folded[s.start:s.end]
	var loc []int
	for _, l := range organizerVerbRe.FindAllStringSubmatchIndex(f, -1) {
		// "UBND tỉnh họp phiên thường kỳ" names its organizer; "phiên
		// họp", "cuộc họp", "dự họp" do not.
		if f[l[2]:l[3]] == "họp" && nounBeforeHop.MatchString(f[:l[2]]) {
			continue
		}
		loc = l
		break
	}
	if loc == nil {
		return "", 0, 0
	}
	verb := loc[2]
	if k := strings.LastIndex(f[:verb], " do "); k >= 0 && strings.HasPrefix(f[loc[2]:], "tổ chức") {
		seg := strings.TrimSpace(d.text[s.start+k+4 : s.start+verb])
		if isUpperStart(seg) {
			return seg, s.start + k + 4, s.start + verb
		}
	}
	// The organizer follows the date ("Chiều 9/7, Hội đồng phối hợp phổ
	// biến, giáo dục pháp luật tỉnh tổ chức") and may hold commas; after a
	// fronted place ("tại trụ sở Bộ, số 18 Nguyễn Du, Hà Nội, Thanh tra Bộ
	// tổ chức") it is the last comma-separated part.
	segStart := strings.LastIndexAny(f[:verb], ",:") + 1
	if dateEnd < verb {
		after := strings.TrimLeft(f[dateEnd:verb], " ,)")
		if !strings.HasPrefix(after, "tại ") && !strings.Contains(after, " tại ") {
			segStart = verb - len(after)
		}
	}
	seg := f[segStart:verb]
	if c := organizerCutRe.FindStringIndex(seg); c != nil {
		seg = seg[:c[0]]
	}
	seg = strings.TrimSpace(seg)
	if seg == "" {
		return "", 0, 0
	}
	from := s.start + segStart + strings.Index(f[segStart:], seg)
	text := d.text[from : from+len(seg)]
	if !isUpperStart(text) || len(strings.Fields(text)) > 20 {
		return "", 0, 0
	}
	if _, _, isDate := firstDate(seg); isDate {
		return "", 0, 0
	}
	return text, from, from + len(seg)
}

func firstDate(f string) (int, int, bool) {
	if loc := mentionRe.FindStringIndex(f); loc != nil {
		return loc[0], loc[1], true
	}
	return 0, 0, false
}

// location reads "tại <place>" from one sentence: the place runs to a
// clause boundary and over comma-separated address parts ("trụ sở Bộ, số
// 18 Nguyễn Du, Hà Nội"), but not into the clause that holds the verb.
func (d *document) location(s span) (string, int, int) {
	f := d.folded[s.start:s.end]
	for off := 0; ; {
		k := strings.Index(f[off:], "tại ")
		if k < 0 {
			return "", 0, 0
		}
		k += off
		off = k + 1
		if k > 0 && !strings.ContainsAny(f[k-1:k], " (,") {
			continue
		}
		from := k + len("tại ")
		if placeNotRe.MatchString(f[from:]) {
			continue
		}
		end := len(f)
		for _, stop := range placeStops {
			if j := strings.Index(f[from:end], stop); j >= 0 {
				end = from + j
			}
		}
		if end == len(f) {
			end = max(from, len(strings.TrimRight(f, ". ")))
		}
		// keep comma-separated address parts, stop at a clause
		parts := strings.Split(f[from:end], ",")
		n := len(parts[0])
		for _, p := range parts[1:] {
			t := strings.TrimSpace(p)
			if t == "" || eventVerbRe.MatchString(t) || officeStartRe.MatchString(t) {
				break
			}
			if !placePartRe.MatchString(t) && len(strings.Fields(t)) > 3 {
				break
			}
			if !placePartRe.MatchString(t) && !isUpperStart(d.text[s.start+from+n+1+strings.Index(p, t):]) {
				break
			}
			n += 1 + len(p)
		}
		place := strings.TrimSpace(d.text[s.start+from : s.start+from+n])
		if !isUpperStart(place) && !placePartRe.MatchString(f[from:]) {
			continue // "tại nơi làm việc", "tại cần khắc phục": not a named place
		}
		place = strings.TrimRight(place, " ,.")
		if place == "" || len(strings.Fields(place)) > 20 {
			continue
		}
		return place, s.start + from, s.start + from + len(place)
	}
}

// online reports a meeting held online or hybrid: "trực tuyến" or "điểm
// cầu" in the headline, or in a sentence about this meeting (one naming its
// type or its connection points).
func (d *document) online(typ string, ev *map[string]schema.Evidence) bool {
	if k, n := onlineAt(fold(d.title)); k >= 0 {
		(*ev)["online"] = d.titleEvidence(k, k+n)
		return true
	}
	for _, s := range d.sents {
		if s.kind == paraTitle || s.kind == paraDateline || s.kind == paraByline {
			continue
		}
		f := d.folded[s.start:s.end]
		k, n := onlineAt(f)
		if k < 0 {
			continue
		}
		if strings.Contains(f, "điểm cầu") || strings.Contains(f, "kết nối") || strings.Contains(f, typ) {
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

// onlineWords mark an online or hybrid meeting.
var onlineWords = []string{"trực tuyến", "điểm cầu", "truyền hình trực tiếp", "online"}

// onlineAt returns where the first online word is in folded and its
// length, or -1.
func onlineAt(folded string) (int, int) {
	for _, w := range onlineWords {
		if k := strings.Index(folded, w); k >= 0 {
			return k, len(w)
		}
	}
	return -1, 0
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
