package extractor

import (
	"strings"

	"github.com/meetx/meetx/schema"
)

// A meeting's programme told as a list: "đại hội làm việc với các nội dung:
// báo cáo chính trị ...; báo cáo kiểm điểm ...; đóng góp dự thảo văn kiện;
// bầu Ban Chấp hành ...". Each listed act whose head word names a kind is
// an item of its own, with no presenter.

// programmeColon finds "(các / những / N) nội dung (chính / quan trọng /
// như / sau):" in tokens [ts, te) and returns the colon's token, or -1.
func programmeColon(toks []token, ts, te int) int {
	for k := ts + 1; k+2 < te; k++ {
		if toks[k].fold != "nội" || toks[k+1].fold != "dung" || !toks[k].lower {
			continue
		}
		switch toks[k-1].fold {
		case "các", "những", "gồm":
		default:
			if !isDigits(toks[k-1].text) {
				continue
			}
		}
		for c := k + 2; c < te && c-k <= 5; c++ {
			if toks[c].text == ":" {
				return c
			}
			switch toks[c].fold {
			case "chính", "quan", "trọng", "như", "sau", "đây", "cơ", "bản":
			default:
				c = te // another word: not a programme's colon
			}
		}
	}
	return -1
}

// meetingActKind names the kind of a listed act of the meeting from its
// head words (folded), or "" when they name none.
func meetingActKind(f string) string {
	switch {
	case strings.HasPrefix(f, "thảo luận") || strings.HasPrefix(f, "góp ý") || strings.HasPrefix(f, "đóng góp") || strings.HasPrefix(f, "cho ý kiến"):
		return schema.AgendaDiscussion
	case strings.HasPrefix(f, "nghe") || strings.HasPrefix(f, "báo cáo") || strings.HasPrefix(f, "trình bày"):
		return schema.AgendaReport
	case hasAny(f, "bầu", "biểu quyết", "thông qua"):
		return schema.AgendaDecision
	}
	return ""
}

// programmeItems reads the acts listed after a programme's colon in tokens
// [ts, te) of a sentence ending at byte end; nil unless at least two of
// them name their kind.
func (a *peopleAnalysis) programmeItems(d *document, ts, te, end int) []agendaItem {
	c := programmeColon(a.toks, ts, te)
	if c < 0 {
		return nil
	}
	var out []agendaItem
	for _, r := range a.splitClauses(int(a.toks[c].end), end, d) {
		text := a.itemText(d, r[0], r[1])
		kind := meetingActKind(fold(text))
		if kind == "" || !hasWords(text, 2) {
			continue
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: kind, Text: text}, start: r[0], end: r[1]})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// heardActs are the head words (folded) of the acts listed after what a
// meeting heard, "nghe báo cáo A; hướng dẫn B; thảo luận C; bầu D", with
// the kind each names; verb marks the heads that are verbs, which alone
// open a second act after a comma ("báo cáo, tờ trình" is one list of
// papers).
var heardActs = [...]struct {
	head, kind string
	verb       bool
}{
	{"nghe ", schema.AgendaReport, false}, {"báo cáo ", schema.AgendaReport, false}, {"tờ trình ", schema.AgendaReport, false},
	{"trình bày ", schema.AgendaReport, false}, {"tham luận ", schema.AgendaReport, false},
	{"triển khai ", schema.AgendaReport, true}, {"hướng dẫn ", schema.AgendaReport, true}, {"giới thiệu ", schema.AgendaReport, true},
	{"quán triệt ", schema.AgendaReport, true}, {"phổ biến ", schema.AgendaReport, true},
	{"thảo luận", schema.AgendaDiscussion, true}, {"góp ý", schema.AgendaDiscussion, true}, {"đóng góp ", schema.AgendaDiscussion, false},
	{"cho ý kiến", schema.AgendaDiscussion, false}, {"tham gia ý kiến", schema.AgendaDiscussion, false},
	{"bầu ", schema.AgendaDecision, true}, {"biểu quyết ", schema.AgendaDecision, true}, {"thông qua ", schema.AgendaDecision, true},
}

// heardActKind names the kind of an act listed after what a meeting heard
// from its head words (folded text with a trailing space). Only the head
// counts: a listed act is named by its verb.
func heardActKind(f string) string {
	for _, h := range heardActs {
		if strings.HasPrefix(f, h.head) {
			return h.kind
		}
	}
	return ""
}

// heardList reads what a meeting heard and did when the report heard at
// token k opens a list of acts parted by ";" (and by a comma before the
// next act's verb): "Hội nghị được nghe báo cáo A, triển khai B; hướng
// dẫn C; thảo luận D", "Đại hội sẽ nghe báo cáo A; báo cáo B; bầu C;
// thảo luận D". Each act is an item with no presenter; the list ends at
// the first part no verb heads. It returns nil when no ";" follows the
// report or fewer than two acts are found, leaving the report alone.
func (a *peopleAnalysis) heardList(d *document, ts, k, te, end int) []agendaItem {
	toks := a.toks
	semi := false
	for j := k; j < te; j++ {
		if toks[j].text == ";" {
			semi = true
			break
		}
	}
	if !semi {
		return nil
	}
	for j := ts; j < k; j++ {
		if toks[j].text == ";" {
			return nil // "Đại hội đã bầu ...; nghe tham luận ...": the acts' list opened before
		}
	}
	var out []agendaItem
	addPart := func(from, to int) bool {
		text := a.itemText(d, from, to)
		kind := heardActKind(fold(text) + " ")
		if kind == "" || !hasWords(text, 2) {
			return false
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: kind, Text: text}, start: from, end: to})
		return true
	}
parts:
	for _, r := range a.splitClauses(int(toks[k].start), end, d) {
		from := r[0]
		// a comma before the next act's verb parts two acts in one clause
		for j := a.tokenIndexAt(r[0], te); j+1 < te && int(toks[j].start) < r[1]; j++ {
			if toks[j].text == "," && int(toks[j].start) > from && actVerbAfterComma(toks, j+1, te) {
				if !addPart(from, int(toks[j].start)) {
					break parts
				}
				from = int(toks[j+1].start)
			}
		}
		if !addPart(from, r[1]) {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// actVerbAfterComma reports a verb at token j, after a comma in what a
// meeting heard, that opens an act of its own ("..., triển khai Kế hoạch
// ...", "..., thảo luận ..."): one of heardActs' verbs. Nouns listed after
// a comma ("các báo cáo, tờ trình của UBND") are one paper list.
func actVerbAfterComma(toks []token, j, te int) bool {
	if j+1 >= te || !toks[j].lower {
		return false
	}
	f := toks[j].fold + " " + toks[j+1].fold + " "
	for _, h := range heardActs {
		if h.verb && strings.HasPrefix(f, h.head) {
			return true
		}
	}
	return false
}

// briefedList reads the matters listed after "được (nghe) thông tin /
// quán triệt / phổ biến / giới thiệu (về):" in tokens [ts, te) of a
// sentence ending at byte end, parted by ";": each is a report, with no
// presenter. nil unless at least two are found.
func (a *peopleAnalysis) briefedList(d *document, ts, te, end int) []agendaItem {
	toks := a.toks
	colon := -1
	for k := ts; k+3 < te; k++ {
		if toks[k].fold != "được" || !toks[k].lower {
			continue
		}
		v := k + 1
		if toks[v].fold == "nghe" {
			v++
		}
		if v+2 >= te {
			break
		}
		switch toks[v].fold + " " + toks[v+1].fold {
		case "thông tin", "quán triệt", "phổ biến", "giới thiệu":
		default:
			continue
		}
		c := v + 2
		if toks[c].fold == "về" {
			c++
		}
		if c < te && toks[c].text == ":" {
			colon = c
		}
		break
	}
	if colon < 0 {
		return nil
	}
	var out []agendaItem
	for _, r := range a.splitClauses(int(toks[colon].end), end, d) {
		text := a.itemText(d, r[0], r[1])
		if !hasWords(text, 3) {
			continue
		}
		out = append(out, agendaItem{AgendaItem: schema.AgendaItem{Kind: schema.AgendaReport, Text: text}, start: r[0], end: r[1]})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
