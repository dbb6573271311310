package extractor

import (
	_ "embed"
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// meetingTypesTSV lists event head nouns and the meeting type each one
// names (phrase, canonical_type, note), from the project's domain tables.
//
//go:embed data/meeting_types.tsv
var meetingTypesTSV string

// docTypesTSV lists the type abbreviations used in document symbols
// (abbreviation, full_name, system, note), from the project's domain tables.
//
//go:embed data/doc_types.tsv
var docTypesTSV string

// citableTypes are the abbreviations whose documents are cited as
// directives; reports (BC), proposals (TTr), invitations (GM) and the like
// are not.
var citableTypes = map[string]bool{
	"NĐ": true, "NQ": true, "NQLT": true, "QĐ": true, "CT": true, "QC": true, "QyĐ": true, "QĐi": true,
	"KL": true, "TB": true, "HD": true, "CTr": true, "KH": true, "ĐA": true, "CĐ": true, "TT": true,
	"TTLT": true, "PL": true, "CV": true, "PA": true, "L": true, "TC": true, "TTLB": true,
}

// symbolTypes maps a type abbreviation to its name, per system ("state"
// for slash symbols like 16/CT-TTg, "party" for dash symbols like
// 172-TB/TW): TT is Thông tư in the first and Thông tri in the second.
var symbolTypes = parseDocTypes(docTypesTSV)

func parseDocTypes(tsv string) map[string]map[string]string {
	out := map[string]map[string]string{"state": {}, "party": {}}
	for i, line := range strings.Split(tsv, "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 3 || !citableTypes[f[0]] {
			continue
		}
		for _, sys := range []string{"state", "party"} {
			if f[2] == sys || f[2] == "both" {
				out[sys][f[0]] = f[1]
			}
		}
	}
	return out
}

// meetingPhrase is one way of naming an event, folded for matching.
type meetingPhrase struct {
	phrase, canonical string
	// weak phrases are verbs ("họp", "làm việc", "giao ban") that name an
	// event less surely than a noun ("phiên họp", "buổi làm việc"); a noun
	// anywhere in the title or lead wins over them.
	weak bool
}

var weakMeetingPhrases = map[string]bool{
	"làm việc": true, "thăm và làm việc": true, "họp": true, "kiểm tra": true, "giám sát": true,
	"khảo sát": true, "giao ban": true, "tập huấn": true, "gặp mặt": true, "giao lưu": true,
	"khai giảng": true, "bế giảng": true, "họp phiên": true, "tiếp đoàn": true,
	"tiếp xã giao": true, "tiếp đại sứ": true, "tổng kết công tác": true, "sơ kết công tác": true,
	"tổ chức sự kiện": true, "diễn tập": true, "nghiệm thu": true, "tổng duyệt": true,
	"khánh thành": true, "bàn giao nhà": true, "trao học bổng": true,
}

// meetingPhrases is sorted longest first so that the longest phrase at a
// position wins ("hội nghị trực tuyến" over "hội nghị").
var meetingPhrases = parseMeetingTypes(meetingTypesTSV)

func parseMeetingTypes(tsv string) []meetingPhrase {
	var out []meetingPhrase
	for i, line := range strings.Split(tsv, "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 2 || f[0] == "" {
			continue
		}
		p := fold(strings.TrimSpace(f[0]))
		out = append(out, meetingPhrase{phrase: p, canonical: fold(strings.TrimSpace(f[1])), weak: weakMeetingPhrases[p]})
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].phrase) > len(out[b].phrase) })
	return out
}

// meetingPhraseSets holds meetingPhrases split into the strong ones (0)
// and the weak ones (1), each in its order, and meetingPhraseHeads indexes
// each by its phrases' first four bytes, so that a text is scanned once.
var meetingPhraseSets, meetingPhraseHeads = func() (sets [2][]meetingPhrase, heads [2]*headIndex) {
	var words [2][]string
	for _, p := range meetingPhrases {
		w := 0
		if p.weak {
			w = 1
		}
		sets[w] = append(sets[w], p)
		words[w] = append(words[w], p.phrase)
	}
	return sets, [2]*headIndex{newHeadIndex(words[0]), newHeadIndex(words[1])}
}()

// findMeetingPhrase returns the leftmost event phrase in folded text (the
// longest one at that position), strong or weak as asked.
func findMeetingPhrase(folded string, weak bool) (mp meetingPhrase, start int, ok bool) {
	w := 0
	if weak {
		w = 1
	}
	set, heads := meetingPhraseSets[w], meetingPhraseHeads[w]
	for i := 0; i+4 <= len(folded); i++ {
		h := head4(folded[i : i+4])
		if !heads.mayOpen(h) {
			continue
		}
		ids := heads.phrasesOf(h)
		if ids == nil || !wordStartAt(folded, i) {
			continue
		}
		for _, j := range ids {
			p := set[j]
			if strings.HasPrefix(folded[i:], p.phrase) && wordBoundary(folded, i, i+len(p.phrase)) {
				return p, i, true
			}
		}
	}
	return meetingPhrase{}, len(folded) + 1, false
}

// wordLeadEnds yields, for each place where lead opens a word of s, the
// offset just after lead.
func wordLeadEnds(s, lead string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			k := strings.Index(s[off:], lead)
			if k < 0 {
				return
			}
			at := off + k + len(lead)
			off = at
			if wordStartAt(s, at-len(lead)) && !yield(at) {
				return
			}
		}
	}
}

// wordStartAt reports whether no letter or digit comes just before s[i]. An
// ASCII byte before i is judged without decoding.
func wordStartAt(s string, i int) bool {
	if i == 0 {
		return true
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// wordBoundary reports whether folded[start:end] is a whole-word match.
func wordBoundary(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// organizerHeads are the folded words an organizing body's name opens with
// ("Ban Tuyên giáo Tỉnh ủy", "UBND tỉnh", "Đảng bộ tỉnh ..."), longest
// first. An organizer or a new clause subject is a noun phrase that starts
// with one of them; a phrase that does not ("Sau một thời gian chuẩn bị
// ...") is a clause, not a body.
var organizerHeads = sortedLongestFirst([]string{
	"học viện", "bộ", "sở", "ban", "ủy ban", "trường", "viện", "khoa", "tỉnh ủy", "thành ủy", "huyện ủy",
	"quận ủy", "thị ủy", "đảng ủy", "đảng đoàn", "đảng bộ", "chi bộ", "cục", "tổng cục", "vụ", "trung tâm",
	"hội đồng", "hội", "hiệp hội", "liên hiệp", "công an", "công ty", "tổng công ty", "tập đoàn", "đài",
	"báo", "đại học", "quân ủy", "quân khu", "tòa án", "viện kiểm sát", "ngân hàng", "văn phòng", "quốc hội",
	"chính phủ", "mặt trận", "liên đoàn", "công đoàn", "đoàn", "tỉnh đoàn", "thành đoàn", "tổng liên đoàn",
	"ubnd", "hđnd", "mttq", "tiểu ban", "thanh tra", "bộ chỉ huy", "bộ tư lệnh", "phòng", "chi cục",
	"bệnh viện", "nhà xuất bản", "câu lạc bộ", "thường trực", "đoàn đbqh", "bch", "btv", "ủy ban nhân dân",
	"hội đồng nhân dân", "tổng cục chính trị", "bộ tổng tham mưu", "kho bạc", "tạp chí", "lữ đoàn", "sư đoàn",
	"trung đoàn", "binh chủng", "quân chủng", "ủy ban kiểm tra", "liên chi đoàn", "chi đoàn", "đảng ủy khối", "trung ương",
	"khối thi đua", "cụm thi đua", "huyện đoàn", "quận đoàn", "thị đoàn", "vksnd", "tand", "ubmttq", "ubkt", "lđlđ",
	"bảo hiểm xã hội", "bhxh",
})

func sortedLongestFirst(ws []string) []string {
	sort.SliceStable(ws, func(a, b int) bool { return len(ws[a]) > len(ws[b]) })
	return ws
}

// startsWithOrganizerHead reports whether folded text opens with the name
// of a body.
func startsWithOrganizerHead(folded string) bool {
	folded = strings.TrimLeft(folded, " (")
	if folded == "" {
		return false
	}
	for _, h := range organizerHeadsByFirst[folded[0]] {
		if strings.HasPrefix(folded, h) && wordBoundary(folded, 0, len(h)) {
			return true
		}
	}
	return false
}

// organizerHeadsByFirst holds organizerHeads by their first byte: a text is
// compared with the heads that may open it only.
var organizerHeadsByFirst = newWordsByFirst(organizerHeads)
