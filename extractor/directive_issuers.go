package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// centralBodies are the bodies that issue documents jointly, written one
// after another with commas: "Kết luận số 126-KL/TW của Bộ Chính trị, Ban
// Bí thư", "Thông báo của Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy".
var centralBodyRe = regexp.MustCompile(`^(?:bộ chính trị|ban bí thư|ban chấp hành trung ương(?: đảng)?|chính phủ|thủ tướng chính phủ|quốc hội|ủy ban thường vụ quốc hội|(?:ban thường vụ|thường trực) (?:tỉnh|thành|huyện) ủy)(?:\s*\(khóa [^)]{1,12}\))?`)

// centralBody reports whether a folded issuer is one of the bodies that
// issue jointly.
func centralBody(folded string) bool {
	m := centralBodyRe.FindStringIndex(folded)
	return m != nil && m[1] == len(folded)
}

// jointIssuer reads ", <body>" at the start of folded text that follows an
// issuer of the same kind, and returns its length; 0 when the
// comma starts anything else. The body must end its clause (a subject,
// a date, punctuation or the end), so a list of recipients or a new
// sentence subject is not taken for a second issuer.
func jointIssuer(folded string) int {
	rest, ok := strings.CutPrefix(folded, ", ")
	if !ok {
		return 0
	}
	m := centralBodyRe.FindStringIndex(rest)
	if m == nil {
		return 0
	}
	after := rest[m[1]:]
	if after != "" && !strings.HasPrefix(after, " về ") && !strings.HasPrefix(after, " ngày ") && !strings.HasPrefix(after, " và ") &&
		!strings.ContainsRune(",;.):\n", rune(after[0])) {
		return 0
	}
	return len(", ") + m[1]
}

// collectiveDocsRe finds a counted or plural mention of documents with
// their issuer, which a list of the documents themselves may follow: "hai
// nghị quyết và một kết luận của Hội nghị Trung ương 8. Cụ thể: Nghị quyết
// số 44-NQ/TW ...", "các Chỉ thị của Ban Bí thư, gồm: ...". It ends at the
// issuer.
var collectiveDocsRe = regexp.MustCompile(`(?:^|[^\p{L}\d])(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những) (?:văn bản|nghị quyết|chỉ thị|kết luận|quy định|quyết định|kế hoạch|thông tư|nghị định|hướng dẫn|thông báo)(?:,? (?:và )?(?:\d{1,2}|một|hai|ba|bốn|năm|các|những) (?:văn bản|nghị quyết|chỉ thị|kết luận|quy định|quyết định|kế hoạch|thông tư|nghị định|hướng dẫn|thông báo))* (?:của|do) `)

// listOpenerRe is what may stand between such a mention's issuer and the
// first document of its list.
var listOpenerRe = regexp.MustCompile(`^[\s.,]*(?:(?:bao gồm|gồm có|gồm|cụ thể là|cụ thể|đó là|như sau|như)\s*:?|:)\s*$`)

// listIssuerWindow is how far (bytes) before a listed document its
// collective mention may stand.
const listIssuerWindow = 400

// shareListIssuer gives the issuer of a collective mention ("04 Nghị quyết
// của Bộ Chính trị, gồm: ...") to the documents listed right after it that
// name no issuer of their own.
func shareListIssuer(d *document, ms []dirMention) {
	for i := range ms {
		m := &ms[i]
		if m.d.Issuer != "" || m.d.Number == "" || m.short {
			continue
		}
		from := max(0, m.start-listIssuerWindow)
		locs := collectiveDocsRe.FindAllStringIndex(d.folded[from:m.start], -1)
		if locs == nil {
			continue
		}
		at := from + locs[len(locs)-1][1]
		iss, n := clause(d.text[at:m.start], d.folded[at:m.start], issuerStopFinder, 18)
		if iss == "" || !isUpperStart(iss) || !listOpenerRe.MatchString(d.folded[at+n:m.start]) {
			continue
		}
		m.d.Issuer = schema.Text(iss)
		for j := i + 1; j < len(ms); j++ {
			a, b := &ms[j-1], &ms[j]
			if b.start < a.end || !listGap(d.folded[a.end:b.start]) {
				break
			}
			if b.d.Issuer == "" && !b.short {
				b.d.Issuer = schema.Text(iss)
			}
		}
	}
}

// listGap reports whether folded text between two cited documents only
// separates items of one list.
func listGap(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", ";", "và", ", và", "; và", ";và":
		return true
	}
	return false
}

// typeWordBefore is where a document type word ends folded text, maybe
// followed by "số" ("... Kế hoạch số "), or -1.
func typeWordBefore(folded string) int {
	from := max(0, len(folded)-typeWordWindow)
	locs := findDocTypes(folded[from:])
	if len(locs) == 0 {
		return -1
	}
	l := locs[len(locs)-1]
	if gap := strings.TrimSpace(folded[from+l[1]:]); gap != "" && gap != "số" {
		return -1
	}
	return from + l[0]
}

// typeWordWindow is how far (bytes) back typeWordBefore looks: the longest
// type word and "số".
const typeWordWindow = 40

// countsNoun reports whether folded text after a bare number goes on with
// a lower-case word that the number counts ("25 đảng viên", "3 tổ chức"),
// rather than what follows a document's number ("của", "về", "ngày", a
// mark or the end).
func countsNoun(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok || rest == "" {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ",;.:)")
	if w == "" || !isLowerWord(w) {
		return false
	}
	switch w {
	case "của", "về", "ngày", "năm", "và", "tháng", "do", "đã", "được", "thì", "là":
		return false
	}
	return true
}

// isLowerWord reports a word that opens with a lower-case letter.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
