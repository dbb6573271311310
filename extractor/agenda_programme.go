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
