package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// centralBodyRe reads the bodies that issue documents jointly, written one
// after another with commas: "Kết luận số 126-KL/TW của Bộ Chính trị, Ban
// Bí thư", "Thông báo của Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy".
var centralBodyRe = regexp.MustCompile(`^(?:bộ chính trị|ban bí thư|ban chấp hành trung ương(?: đảng)?|chính phủ|thủ tướng chính phủ|quốc hội|ủy ban thường vụ quốc hội|(?:ban thường vụ|thường trực) (?:tỉnh|thành|huyện) ủy)(?:\s*\(khóa [^)]{1,12}\))?`)

// centralBodyOpenings are the words every match of centralBodyRe opens
// with: most issuers open with none, and the regexp is not run for them.
var centralBodyOpenings = []string{"bộ chính trị", "ban bí thư", "ban chấp hành trung ương", "chính phủ", "thủ tướng chính phủ",
	"quốc hội", "ủy ban thường vụ quốc hội", "ban thường vụ ", "thường trực "}

// opensCentralBody reports whether folded text opens with one of
// centralBodyOpenings, as a match of centralBodyRe must.
func opensCentralBody(folded string) bool {
	return startsWithAny(folded, centralBodyOpenings)
}

// centralBody reports whether a folded issuer is one of the bodies that
// issue jointly.
func centralBody(folded string) bool {
	if !opensCentralBody(folded) {
		return false
	}
	return centralBodyEnd(folded) == len(folded)
}

// jointIssuer reads ", <body>" at the start of folded text that follows an
// issuer of the same kind, and returns its length; 0 when the
// comma starts anything else. The body must end its clause (a subject,
// a date, punctuation or the end), so a list of recipients or a new
// sentence subject is not taken for a second issuer.
func jointIssuer(folded string) int {
	rest, ok := strings.CutPrefix(folded, ", ")
	if !ok || !opensCentralBody(rest) {
		return 0
	}
	e := centralBodyEnd(rest)
	if e < 0 {
		return 0
	}
	after := rest[e:]
	if after != "" && !strings.HasPrefix(after, " về ") && !strings.HasPrefix(after, " ngày ") && !strings.HasPrefix(after, " và ") &&
		!issueYearOpens(after) && !strings.ContainsRune(",;.):\n", rune(after[0])) {
		return 0
	}
	return len(", ") + e
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

// listOpeners end the text right before the first document of a list:
// listOpenerRe's words, or its colon.
var listOpeners = []string{":", "gồm", "gồm có", "bao gồm", "cụ thể", "cụ thể là", "đó là", "như", "như sau"}

// listOpenerWindow is how far (bytes) back endsWithListOpener looks.
const listOpenerWindow = 24

// endsWithListOpener is a cheap necessary test for listOpenerRe at the end
// of folded text.
func endsWithListOpener(before string) bool {
	b := strings.TrimRight(before, " \n")
	for _, o := range listOpeners {
		if strings.HasSuffix(b, o) {
			return true
		}
	}
	return false
}

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
		if !endsWithListOpener(d.folded[max(0, m.start-listOpenerWindow):m.start]) {
			continue // the regexp below is dear; most citations follow no list opener
		}
		from := max(0, m.start-listIssuerWindow)
		locs := collectiveDocsRe.FindAllStringIndex(d.folded[from:m.start], -1)
		if locs == nil {
			continue
		}
		at := from + locs[len(locs)-1][1]
		iss, n := clause(d.text[at:m.start], d.folded[at:m.start], issuerStopFinder, 18)
		// "các Chỉ thị của Ban Bí thư gồm: ...": the opener is no part of
		// the issuer (the clause ends at the colon)
		if f := fold(iss); len(f) == len(iss) { // (offsets kept)
			for _, o := range listOpeners {
				if o != ":" && strings.HasSuffix(f, " "+o) {
					iss, n = strings.TrimSpace(iss[:len(iss)-len(o)]), len(iss)-len(o)
					break
				}
			}
		}
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
// a word that the number counts ("25 đảng viên", "3 tổ chức"), rather than
// what follows a document's number ("của", "về", "ngày", a mark or the
// end). It is the loose test, for a type word written in lower case, which
// is then almost surely a verb; countsUnits is the strict one for a
// capitalised type word.
func countsNoun(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok || rest == "" {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ",;.:)")
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
		return false // a mark or a number (the text is folded: every letter is lower case)
	}
	switch w {
	case "của", "về", "ngày", "năm", "và", "tháng", "do", "đã", "được", "thì", "là":
		return false
	}
	return true
}

// countsPeriod reports whether folded text after a number counts months,
// quarters or years ("6 tháng cuối năm", "3 năm qua") rather than giving
// a date ("16 tháng 3", "12 năm 2020" have a digit next).
func countsPeriod(after string) bool {
	for _, unit := range [...]string{" tháng", " năm", " quý"} {
		rest, ok := strings.CutPrefix(after, unit)
		if !ok || rest == "" {
			continue
		}
		switch rest[0] {
		case ' ':
			return len(rest) > 1 && !isDigitByte(rest[1])
		case '.', ',', ';', ')':
			return true // "kế hoạch 5 năm.": the period ends the clause
		}
	}
	return false
}

// bodyHeads open the name of a body that issues documents, folded, for
// bodyNameBefore: the heads of issuingHeads and those of banks, unions,
// military and party committees, councils and their standing boards.
var bodyHeads = sortedLongestFirst(append([]string{
	"bộ chính trị", "ban bí thư", "ban chấp hành", "ban thường vụ", "ban cán sự đảng", "đảng đoàn", "thường trực",
	"ngân hàng", "tổng liên đoàn", "liên đoàn", "quân ủy", "trung ương đoàn", "tỉnh đoàn", "thành đoàn",
	"huyện đoàn", "bộ tư lệnh", "bộ chỉ huy", "ủy ban kiểm tra", "ủy ban mặt trận", "hội đồng", "tòa án",
	"viện kiểm sát", "kiểm toán nhà nước", "thanh tra chính phủ", "học viện", "đại học", "trường đại học",
}, issuingHeads...))

// lonelyHeads are heads that do not name a body on their own ("Sở đã xây
// dựng Kế hoạch ..." leaves open which department).
var lonelyHeads = map[string]bool{"bộ": true, "ban": true, "sở": true, "cục": true, "tổng cục": true, "văn phòng": true, "ủy ban": true, "hội đồng": true, "thường trực": true, "ngân hàng": true, "liên đoàn": true, "học viện": true, "đại học": true}

// bodyNameVerbs are verbs, written in lower case, that a body's name never
// holds before another capitalised name: "UBND tỉnh giao Sở Tài chính tại
// Công văn ..." names who was told, not one body ("Ban Chỉ đạo", "công
// trình giao thông" hold no such verb). bodyNameActs are never in a name.
var (
	bodyNameVerbs = []string{" giao ", " chỉ đạo ", " cùng "}
	bodyNameActs  = []string{" yêu cầu ", " đề nghị ", " gửi ", " cùng với ", " phối hợp với ", " giao cho ", " giao các "}
)

// tellsAnotherBody reports whether a name read before a document holds one
// of bodyNameActs, or one of bodyNameVerbs followed by a capitalised word.
func tellsAnotherBody(name string) bool {
	if hasAny(" "+fold(name)+" ", bodyNameActs...) {
		return true
	}
	for _, v := range bodyNameVerbs {
		for off := 0; ; {
			k := strings.Index(name[off:], v)
			if k < 0 {
				break
			}
			off += k + len(v)
			if isUpperStart(name[off:]) {
				return true
			}
		}
	}
	return false
}

// issueVerbs close the text between a body named before a document and
// the document: "Bộ Y tế (đã) ban hành Quyết định ...", "chỉ đạo của
// Ban Tuyên giáo Tỉnh ủy tại Hướng dẫn ...".
var issueVerbs = []string{" ký ban hành", " ban hành", " tại", " có", " xây dựng"}

// timeWords may open the clause before a body that issues a document
// ("Ngày 3/4/2022, ...", "vừa qua", "sau khi"); no other word may.
var timeWords = map[string]bool{"sáng": true, "chiều": true, "tối": true, "trưa": true, "ngày": true, "hôm": true, "nay": true, "qua": true,
	"vừa": true, "mới": true, "đây": true, "gần": true, "sau": true, "khi": true, "trước": true, "đó": true, "năm": true, "tháng": true,
	"cuối": true, "đầu": true, "thứ": true}

// bodyNameBefore reads the body named, capitalised, in the clause right
// before a document and its issuing verb ("Ngày 8/2/2022, Văn phòng Chính
// phủ đã ban hành", "Vừa qua, Ngân hàng Nhà nước Việt Nam ban hành",
// "chỉ đạo của Ban Tuyên giáo Tỉnh ủy tại"): the whole name, not a body
// inside it ("Chính phủ", "Tỉnh ủy"). Bodies that issue together ("Bộ Chính
// trị, Ban Bí thư") are read whole. text and folded end where the
// document's type word starts; it returns the name's offset and the name,
// or -1.
func bodyNameBefore(text, folded string) (int, string) {
	b := strings.TrimRight(folded, " ")
	verb := false
	for _, v := range issueVerbs {
		if t, ok := strings.CutSuffix(b, v); ok {
			b, verb = t, true
			break
		}
	}
	if !verb {
		return -1, ""
	}
	for _, aux := range []string{" đã", " vừa", " mới"} {
		b = strings.TrimSuffix(b, aux)
	}
	from := nameStartAfterDo(b)
	start, name := bodyNameIn(text[:len(b)], b, from)
	for tries := 0; start < 0 && tries < 2 && from >= 2 && b[from-1] == ',' && !isUpperStart(strings.TrimLeft(text[from:len(b)], " ")) && !andCommonRe.MatchString(strings.TrimLeft(b[from:], " ")); tries++ {
		// "Ban Chỉ đạo phòng, chống dịch tỉnh": a comma inside the name,
		// a lower-case word after it
		from = nameClauseStart(b[:from-1])
		start, name = bodyNameIn(text[:len(b)], b, from)
	}
	if start < 0 {
		return -1, ""
	}
	// "Bộ Chính trị, Ban Bí thư": a body that issues jointly before it.
	for centralBody(fold(name)) && from >= 2 && b[from-1] == ',' {
		prevFrom := nameClauseStart(b[:from-1])
		k, prev := bodyNameIn(text[:from-1], b[:from-1], prevFrom)
		if k < 0 || !centralBody(fold(prev)) {
			break
		}
		start, name, from = k, text[k:len(b)], prevFrom
	}
	return start, name
}

// nameClauseStart is where the clause that ends folded text b starts: after
// its last mark or its last "của".
func nameClauseStart(b string) int {
	// no "của" holds a mark: one before the last mark ends before it
	m := lastClauseMark(b) + 1
	return max(m, m+lastWordIndex(b[m:], " của ")+len(" của "))
}

// nameStartAfterDo is where a body's name may start in folded text b: in
// its last clause (nameClauseStart), after its last " do ".
func nameStartAfterDo(b string) int {
	// a " do " that ends in the clause starts at most three bytes before it
	ncs := nameClauseStart(b)
	lo := max(0, ncs-len(" do ")+1)
	return max(ncs, lo+lastWordIndex(b[lo:], " do ")+len(" do "))
}

// lastClauseMark is strings.LastIndexAny(b, ",;:.()\n\"“”'"), read back by
// bytes: with the quotes in its set, LastIndexAny decodes every rune. An
// ASCII byte is a rune of its own, and the last byte of a quote closes no
// longer rune, even in text that is not valid UTF-8.
func lastClauseMark(b string) int {
	for i := len(b) - 1; i >= 0; i-- {
		switch c := b[i]; {
		case c < utf8.RuneSelf:
			if clauseMarkBytes[c] {
				return i
			}
		case (c == 0x9c || c == 0x9d) && i >= 2 && b[i-2] == 0xe2 && b[i-1] == 0x80: // “ ”
			return i - 2
		}
	}
	return -1
}

var clauseMarkBytes = newASCIITable(",;:.()\n\"'")

// lastWordIndex is strings.LastIndex, with -len(sep) for none, so that
// adding len(sep) gives 0.
func lastWordIndex(s, sep string) int {
	if k := strings.LastIndex(s, sep); k >= 0 {
		return k
	}
	return -len(sep)
}

// bodyNameIn reads a body's name that runs from a head at or after from
// (only time words before it) to the end of folded.
func bodyNameIn(text, folded string, from int) (int, string) {
	i := from
	for i < len(folded) {
		for i < len(folded) && folded[i] == ' ' {
			i++
		}
		rest := folded[i:]
		for _, h := range bodyHeads {
			if strings.HasPrefix(rest, h) && wordBoundary(rest, 0, len(h)) && isUpperStart(text[i:]) {
				name := text[i:]
				// "Bộ trưởng Bộ Y tế Lê Minh Tâm": an office, maybe with
				// its holder's name, is no body
				if strings.HasPrefix(rest, "bộ trưởng") || lonelyHeads[rest] || len(strings.Fields(name)) > 16 || issuerStopFinder.cut(" "+rest+" ", len(rest)+2) < len(rest)+2 || tellsAnotherBody(name) {
					return -1, ""
				}
				return i, name
			}
		}
		w, _, _ := strings.Cut(rest, " ")
		if w == "" || !(timeWords[w] || opensWithDigit(w)) {
			return -1, ""
		}
		i += len(w)
	}
	return -1, ""
}

// issuerCode is the part of a symbol that names its issuer: TW in
// 05-CT/TW, TTg in 16/CT-TTg; "" when it has none.
func issuerCode(sym string) string {
	sym = strings.ReplaceAll(sym, " ", "")
	slash, dash := strings.IndexByte(sym, '/'), strings.IndexByte(sym, '-')
	switch {
	case slash < 0:
		return ""
	case dash >= 0 && dash < slash: // party form: 05-CT/TW
		return sym[slash+1:]
	case dash > slash: // state form: 16/CT-TTg, 15/2020/NĐ-CP
		return sym[dash+1:]
	}
	return ""
}

// sameIssuerCode reports whether two symbols name the same issuer.
func sameIssuerCode(a, b string) bool {
	c := issuerCode(a)
	return c != "" && c == issuerCode(b)
}

// jointMinistry reads ", Bộ <name>" at the start of folded text that
// follows a ministry as issuer ("của Bộ Nội vụ, Bộ Tài chính về ..."),
// and returns its length; 0 when the comma starts anything else. The
// name must end its clause, as in jointIssuer.
func jointMinistry(text, folded string) int {
	rest, ok := strings.CutPrefix(folded, ", bộ ")
	if !ok || !isUpperStart(text[len(", "):]) {
		return 0
	}
	end := min(len(rest), jointMinistryWindow)
	for _, stop := range []string{" về ", " ngày ", ",", ";", ".", ")", "\n"} {
		if k := strings.Index(rest[:end], stop); k >= 0 {
			end = k
		}
	}
	if end == len(rest) && len(rest) > jointMinistryWindow {
		return 0
	}
	name := rest[:end]
	if len(strings.Fields(name)) > 6 || issuerStopFinder.cut(" "+name+" ", len(name)+2) < len(name)+2 {
		return 0
	}
	return len(", bộ ") + end
}

// jointMinistryWindow is how long (bytes) a ministry's name may be.
const jointMinistryWindow = 60

// clauseSubjects are the lower-case nouns that open a main clause after a
// subject and its comma: "về phòng, chống dịch, huyện đã lập chốt".
var clauseSubjects = []string{"huyện", "tỉnh", "xã", "phường", "quận", "thành phố", "thị xã", "thị trấn", "ngành", "sở", "đơn vị", "địa phương",
	"nhà trường", "trường", "chúng ta", "chúng tôi", "đảng bộ", "chi bộ", "cơ quan", "lực lượng", "công ty", "bệnh viện"}

// clauseAuxiliaries follow such a noun as the main clause's verb goes on.
var clauseAuxiliaries = []string{"đã", "đang", "sẽ", "vừa", "luôn", "cũng"}

// opensMainClause reports whether folded text after a comma opens a main
// clause with a lower-case subject and its auxiliary ("huyện đã ...").
func opensMainClause(folded string) bool {
	rest := strings.TrimLeft(folded, " ")
	for _, n := range clauseSubjects {
		after, ok := cutWordPrefix(rest, n)
		if !ok {
			continue
		}
		for _, aux := range clauseAuxiliaries {
			if _, ok := cutWordPrefix(after, aux); ok {
				return true
			}
		}
	}
	return false
}

// countedUnits are what a verb's count counts ("kết luận 25 đảng viên",
// "Hướng dẫn 14 xã"): units and people, never a document's sequel.
var countedUnits = []string{"xã", "phường", "thị trấn", "huyện", "thôn", "tổ", "đơn vị", "đảng viên", "trường hợp", "tổ chức", "cá nhân", "tập thể",
	"hộ", "người", "chi bộ", "đảng bộ", "cơ sở", "trường", "hội viên", "doanh nghiệp", "cơ quan", "nội dung", "vấn đề"}

// countsUnits reports whether folded text after a number opens with one
// of countedUnits as a whole word.
func countsUnits(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	for _, u := range countedUnits {
		if strings.HasPrefix(rest, u) && wordBoundary(rest, 0, len(u)) {
			return true
		}
	}
	return false
}

// opensSentence reports whether folded text before a word ends a sentence
// or is empty: the word opens a sentence.
func opensSentence(before string) bool {
	b := strings.TrimRight(before, " ")
	return b == "" || strings.HasSuffix(b, ".") || strings.HasSuffix(b, ":") || strings.HasSuffix(b, "\n")
}
