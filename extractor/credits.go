package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// creditLabelRe finds the labels of a byline ("Tin:", "Bài, ảnh:", "Ảnh:")
// in folded text; group 1 is the label. It is run as creditLabels.
var creditLabelRe = regexp.MustCompile(`(?:^|[\s;,(.|-])` + creditLabel)

const creditLabel = `((?:tin|bài|ảnh|tin bài|bài viết|tin, ảnh|bài, ảnh|tin và ảnh|bài và ảnh|tin - ảnh|bài - ảnh|tin/ảnh|bài/ảnh|tin, bài|thực hiện|nội dung|video|clip|tác giả bài viết|tác giả)\s*:)\s*`

// creditLabelWords are the words every label of creditLabel opens with.
var creditLabelWords = []string{"tin", "bài", "ảnh", "thực hiện", "nội dung", "video", "clip", "tác giả"}

// creditLabels is creditLabelRe.FindAllStringSubmatchIndex(folded, n). The
// unanchored regexp would start its matcher at every byte; a match opens at
// the start or at a separator, right before a label word, so the anchored
// forms are tried there alone, leftmost first, as the regexp would find,
// and read byte by byte (creditLabelEnd).
func creditLabels(folded string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(folded) && (n < 0 || len(out) < n); {
		var m []int
		switch {
		case i == 0 && (opensCreditLabel(folded, 0) || isCreditSep(folded[0]) && opensCreditLabel(folded, 1)):
			// `^(?:^|[\s;,(.|-])label`: the label at 0 first, then after a separator
			if c, e := creditLabelEnd(folded, 0); c >= 0 {
				m = []int{0, e, 0, c}
			} else if isCreditSep(folded[0]) {
				if c, e := creditLabelEnd(folded, 1); c >= 0 {
					m = []int{0, e, 1, c}
				}
			}
		case i > 0 && isCreditSep(folded[i]) && opensCreditLabel(folded, i+1):
			if c, e := creditLabelEnd(folded, i+1); c >= 0 {
				m = []int{i, e, i + 1, c}
			}
		}
		if m == nil {
			i = nextCreditLabelAt(folded, i+1)
			continue
		}
		out = append(out, m)
		i = m[1]
	}
	return out
}

// nextCreditLabelAt returns the first place at or after i (i > 0) where a
// label may open after a separator: a separator, then a byte that opens a
// label word. Every other byte fails creditLabels' test at once; a byte
// table keeps most of the text from reaching the word comparisons.
func nextCreditLabelAt(folded string, i int) int {
	for ; i+1 < len(folded); i++ {
		if creditSepBytes[folded[i]] && creditLabelFirstBytes[folded[i+1]] {
			return i
		}
	}
	return len(folded)
}

// creditSeps are the bytes of [\s;,(.|-], which may stand before a label.
const creditSeps = " \t\n\f\r;,(.|-"

var creditSepBytes = newASCIITable(creditSeps)

// creditLabelFirstBytes holds the first byte of each of creditLabelWords.
var creditLabelFirstBytes = func() (set [256]bool) {
	for _, w := range creditLabelWords {
		set[w[0]] = true
	}
	return set
}()

// isCreditSep reports a byte of [\s;,(.|-], which may stand before a label.
func isCreditSep(c byte) bool { return creditSepBytes[c] }

// opensCreditLabel reports whether a label word opens folded[i:] and the
// first colon after it is near enough to close a label: a label
// (creditLabelMaxLen bytes at most) is followed by spaces and the colon.
// Label words are common words ("bài", "tin"), and most stand in prose.
func opensCreditLabel(folded string, i int) bool {
	for _, w := range creditLabelWords {
		if strings.HasPrefix(folded[i:], w) {
			c := strings.IndexByte(folded[i:], ':')
			return c >= 0 && len(trimRESpacesRight(folded[i:i+c])) <= creditLabelMaxLen
		}
	}
	return false
}

// creditLabelMaxLen is the length of the longest label of creditLabel.
const creditLabelMaxLen = len("tác giả bài viết")

// datelineAuthor reads the writers that open a date line, "Lê Thu Hoài -
// 09:15 12/03/2024 GMT+7": a name, perhaps a dash or a bar, then the time
// or the date; writers set off from their newsroom by "//"; or the poster
// named after the date ("... 08:15 - Người đăng bài viết: Vũ Thị Mai").
func datelineAuthor(line string) []string {
	if i := strings.Index(line, " // "); i > 0 {
		// "THU HÀ - MINH ĐỨC // BAN THỜI SỰ ĐÀI X 05/01/2024":
		// the writers, then their newsroom
		if names := bareBylineNames(line[:i]); len(names) > 0 {
			return names
		}
	}
	if _, k := posterLabel(line); k > 0 {
		// "Đăng lúc: ... 08:15 - Người đăng bài viết: Vũ Thị Mai"
		if name := strings.TrimSpace(line[k:]); isBylineName(name) {
			return []string{name}
		}
		return nil
	}
	for _, sep := range [...]string{" - ", " – ", " | "} {
		i := strings.Index(line, sep)
		if i <= 0 {
			continue
		}
		rest := strings.TrimSpace(line[i+len(sep):])
		if name := strings.TrimSpace(line[:i]); rest != "" && isDigitByte(rest[0]) && isBylineName(name) && countWords(name) >= 2 {
			return []string{name}
		}
		// "Ngân Hà - Đình Tú - 19/06/2025 18:33": writers parted by the
		// same mark as the date
		if names := writersBeforeDate(line, sep); len(names) > 0 {
			return names
		}
	}
	// "Thanh Tiến 03/07/2024 18:06": the name right before the date, no
	// mark between, unless its words are the date line's own ("Thứ Hai").
	i := strings.IndexFunc(line, unicode.IsDigit)
	if i <= 0 {
		return nil
	}
	name := strings.TrimSpace(line[:i])
	for _, w := range strings.Fields(fold(name)) {
		if dateLineWords[w] {
			return nil
		}
	}
	if isBylineName(name) && countWords(name) >= 2 {
		return []string{name}
	}
	// "T. Trang - Đ.Thế 18:37 02/12/2023": two writers, initials and all
	if names := bareBylineNames(name); len(names) >= 2 {
		return names
	}
	return nil
}

// writersBeforeDate reads the writers of a date line that lists them
// parted by sep, the mark that also sets off the date: every part before
// the date a name of two words or more.
func writersBeforeDate(line, sep string) []string {
	i := strings.LastIndex(line, sep)
	if i <= 0 {
		return nil
	}
	if rest := strings.TrimSpace(line[i+len(sep):]); rest == "" || !isDigitByte(rest[0]) {
		return nil
	}
	parts := strings.Split(line[:i], sep)
	if len(parts) < 2 || len(parts) > 4 {
		return nil
	}
	for k, p := range parts {
		p = strings.TrimSpace(p)
		if !isBylineName(p) || countWords(p) < 2 {
			return nil
		}
		parts[k] = p
	}
	return parts
}

// unitWords open the name of a writer's unit that bylineOrgWords do not
// hold (folded): "Huyện đoàn Chợ Mới", "Trung tâm Văn hóa huyện".
var unitWords = map[string]bool{
	"huyện": true, "tỉnh": true, "thành": true, "đoàn": true, "trung": true, "ubnd": true,
	"công": true, "đảng": true, "xã": true, "phường": true, "thị": true, "mặt": true, "liên": true,
}

// writerUnit reports whether s, after a signature's dash, names a unit, not
// a second writer: its first word opens an organisation's name, and s is no
// name.
func writerUnit(s string) bool {
	s = strings.TrimSpace(s)
	w, _, _ := strings.Cut(s, " ")
	if w == "" || isBylineName(s) {
		return false
	}
	f := fold(w)
	// "Lê Hòa – HND tỉnh": a unit's acronym; "Mai Anh - Thanh tra": an
	// inspectorate, whose "Thanh" alone could open a name
	return bylineOrgWords[f] || unitWords[f] || len(w) >= 2 && isAcronym(w) || fold(s) == "thanh tra" || strings.HasPrefix(fold(s), "thanh tra ")
}

// capsPhrase reports words in capitals: after a dash on the line of a
// signature, a slogan's ("CHẤT LƯỢNG - PHÁT TRIỂN BỀN VỮNG") rather than a
// unit's acronym. (On a line of its own under the signature, a unit in
// capitals and a slogan alike close the page.)
func capsPhrase(s string) bool {
	return strings.Contains(s, " ") && isAcronym(s) // (isAcronym reads every letter of s, spaces between)
}

// extractCredits reads the byline paragraphs ("Tin: Khắc Hiếu; ảnh: Hoài
// Thương", "Bài, ảnh: Thanh Tâm", a bare name) and the photo credits in
// captions ("Ảnh: Văn Điệp/TTXVN"). Agency suffixes and affiliations in
// brackets are dropped.
func extractCredits(d *document, r *schema.Report) {
	var authors, photographers []string
	for _, p := range d.paras {
		text, folded := d.text[p.start:p.end], d.folded[p.start:p.end]
		switch p.kind {
		case paraByline:
			a, ph := parseByline(text, folded)
			authors = append(authors, a...)
			photographers = append(photographers, ph...)
		case paraTitle:
			// a page without a headline opens with its lead, which may end
			// in the photo credit of a caption run into it
			if len(text) > 200 {
				photographers = append(photographers, trailingPhotoCredit(text, folded)...)
			}
		case paraCaption, paraBody, paraLead:
			if p.kind != paraCaption && len(text) > 200 {
				// only the tail of a long paragraph may hold a credit
				photographers = append(photographers, trailingPhotoCredit(text, folded)...)
				continue
			}
			// a credit is labelled ("Ảnh: ..."): no colon, no regexp run
			// (the colon first: one byte search, where "ảnh" opens with
			// the lead byte of most Vietnamese letters)
			if strings.IndexByte(folded, ':') < 0 {
				if p.kind == paraCaption {
					photographers = append(photographers, dashedPhotoCredit(text, folded)...)
				}
				continue
			}
			if a := bracketedAuthor(text, folded); len(a) > 0 {
				authors = append(authors, a...) // "BẢN TIN ... (Tác giả: X)"
				continue
			}
			if !strings.Contains(folded, "ảnh") {
				continue
			}
			_, ph := parseLabeled(text, folded)
			photographers = append(photographers, ph...)
		}
	}
	r.Credits.Author = dedupe(authors)
	r.Credits.Photographer = dedupe(photographers)
}

// bracketedAuthor reads the writer a short line names in brackets after its
// label, "BẢN TIN KHAI GIẢNG ... (Tác giả: X)".
func bracketedAuthor(text, folded string) []string {
	k := strings.Index(folded, "(tác giả:")
	if k < 0 || len(text) != len(folded) {
		return nil
	}
	inner := text[k+len("(tác giả:"):]
	end := strings.IndexByte(inner, ')')
	if end < 0 {
		return nil
	}
	return creditNames(strings.TrimSpace(inner[:end]))
}

// parseByline splits one credit line into authors and photographers; a line
// without labels is the author's name.
func parseByline(text, folded string) (authors, photographers []string) {
	if strings.HasPrefix(folded, "nguồn") || strings.HasPrefix(folded, "theo ") {
		return nil, nil // a source ("Nguồn: Báo Nhân Dân", "Theo TTXVN"), not a byline
	}
	authors, photographers, labelled := labelledCredits(text, folded)
	if len(authors) == 0 && len(photographers) == 0 && !labelled {
		if names := bracketedSignature(text); len(names) > 0 {
			return names, nil
		}
		authors = creditNames(text)
	}
	return authors, photographers
}

// bracketedSignature returns the writers of a closing line that is all in
// brackets and opens with their names, the rest their unit or the date
// ("(Minh Châu, Phòng Lễ tân, ngày 30-8-2006)", "(Lan Anh - Văn phòng
// Sở)"), as some government sites sign; nil for any other line.
func bracketedSignature(line string) []string {
	if len(line) < 6 || len(line) > maxBylineLen || line[0] != '(' || line[len(line)-1] != ')' {
		return nil
	}
	var names []string
	for rest := line[1 : len(line)-1]; rest != ""; {
		part, next := cutNameSeparator(rest)
		part = strings.TrimSpace(part)
		if !isBylineName(part) || vocab.places[fold(part)] {
			break
		}
		names = append(names, part)
		rest = next
	}
	return names
}

// parseLabeled reads every "label: names" part of a line.
func parseLabeled(text, folded string) (authors, photographers []string) {
	authors, photographers, _ = labelledCredits(text, folded)
	return authors, photographers
}

// labelledCredits is parseLabeled that also tells whether the line holds a
// label at all (whose names may all be rejected).
func labelledCredits(text, folded string) (authors, photographers []string, labelled bool) {
	if !strings.Contains(folded, ":") {
		return nil, nil, false // every label ends with a colon
	}
	locs := creditLabels(folded, -1)
	for i, m := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][2]
		}
		label := folded[m[2]:m[3]]
		names := creditNames(text[m[1]:end])
		if strings.Contains(label, "ảnh") || strings.Contains(label, "video") || strings.Contains(label, "clip") {
			photographers = append(photographers, names...)
		}
		if strings.Contains(label, "tin") || strings.Contains(label, "bài") || strings.Contains(label, "thực hiện") || strings.Contains(label, "nội dung") || strings.Contains(label, "tác giả") {
			authors = append(authors, names...)
		}
	}
	return authors, photographers, len(locs) > 0
}

// creditNames cleans the value of a credit: stops at a bracket, a date or a
// " - " affiliation, drops agency suffixes ("/TTXVN") and splits lists.
func creditNames(v string) []string {
	if i := indexBracketBarOrDot(v); i >= 0 {
		v = v[:i]
	}
	for _, sep := range []string{" - ", " – ", ";"} {
		if i := strings.Index(v, sep); i >= 0 {
			v = v[:i]
		}
	}
	var out []string
	for _, part := range splitNames(v) {
		if i := strings.IndexByte(part, '/'); i >= 0 {
			// "Văn Điệp/TTXVN", or the agency first: "VGP/Nhật Bắc"
			if before, after := strings.TrimSpace(part[:i]), strings.TrimSpace(part[i+1:]); isAcronym(before) && !isAcronym(after) && countWords(after) >= 2 {
				part = after
			} else {
				part = part[:i]
			}
		}
		part = strings.Trim(part, " .,;:-–)")
		if first, _, _ := strings.Cut(part, " "); first != part {
			if _, ok := vocab.abbrev(first); ok {
				continue // "Hình ảnh: BSCKII X- Giám đốc ...": the one the photo shows, titled
			}
		}
		if isCreditName(part) {
			out = append(out, part)
		}
	}
	return out
}

// splitNames splits a list of names at commas and "và", and at a dash
// spaced on one side only ("Thái An –Mai Lan"), which joins two writers
// (a dash spaced on both sides, "Thu Hiền - Phòng X", is cut off before as
// an affiliation).
func splitNames(v string) []string {
	v = strings.ReplaceAll(v, " và ", ",")
	if strings.ContainsAny(v, "-–") {
		v = asymmetricDash.Replace(v)
	}
	return strings.Split(v, ",")
}

// asymmetricDash turns a dash spaced on one side only into a comma.
var asymmetricDash = strings.NewReplacer(" –", ",", "– ", ",", " -", ",", "- ", ",")

// isCreditName accepts 1-5 words that each start with a capital letter
// ("Khắc Hiếu", "H'Liên", "PV", "Nhóm PV").
func isCreditName(s string) bool {
	var buf [6]string
	words := fieldsUpTo(buf[:0], s, 5)
	if len(words) == 0 || len(words) > 5 || len(words) == 1 && utf8.RuneCountInString(words[0]) < 2 {
		return false // (one letter is no name: "Ảnh: Đ/c X phát biểu" describes the photo)
	}
	if len(words) == 1 && (creditSources[fold(words[0])] || strings.IndexByte(words[0], '.') > 0 && creditSources[fold(strings.ReplaceAll(words[0], ".", ""))]) {
		return false // "Ảnh: Internet", "Ảnh: ST", "Ảnh: T.L": where a photo was found (tư liệu: the archive), no one who took it
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(i == 0 && w == "nhóm") {
			return false
		}
		if strings.ContainsAny(w, "0123456789:") || (strings.Contains(w, ".") && !isInitials(w)) {
			return false
		}
	}
	return true
}

// creditSources are the one-word sources a credit may name instead of a
// person (folded): the web, a collection ("ST", sưu tầm; "TL", tư liệu).
var creditSources = map[string]bool{"internet": true, "st": true, "tl": true, "facebook": true, "youtube": true, "google": true, "zalo": true, "website": true, "web": true}

// isInitials reports whether a dotted word is a name shortened to initials,
// as bylines sign ("Y.N", "M.Q", "T.Thủy"): every part opens with a capital
// and none of two letters or more is a title ("PGS.TS" signs a notice; it is
// no byline).
func isInitials(w string) bool {
	for _, part := range strings.Split(w, ".") {
		r, _ := utf8.DecodeRuneInString(part)
		if part == "" || !unicode.IsUpper(r) {
			return false
		}
		if utf8.RuneCountInString(part) > 1 && abbreviations[strings.ToLower(part)] {
			return false
		}
	}
	return true
}

// startsWithName reports whether s opens with two to five capitalised
// words and nothing but a bracket or " - " affiliation after them. A
// one-word name ("H'Liên", a pen name) counts only with its office in
// brackets after it, which is how such a signature reads.
func startsWithName(s string) bool {
	names := creditNames(s)
	if len(names) != 1 {
		return false
	}
	if countWords(names[0]) >= 2 {
		return true
	}
	rest := strings.TrimSpace(strings.TrimPrefix(s, names[0]))
	return strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")")
}

func dedupe(in []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, s := range in {
		k := fold(s)
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// addPageBylines adds to r.Credits the signatures that extractCredits does
// not read from byline paragraphs: a name alone on the last line, names
// alone on a line at the edges of the body, and labelled lines whose names
// are abbreviated or joined by dashes. Agencies are dropped from the photo
// credits. It returns the authors signed in a heading block (authorBlock),
// by folded name, with their titles: those do not make them participants.
func addPageBylines(d *document, a *peopleAnalysis, r *schema.Report) (blocks map[string][]string) {
	if name, ok := a.closingByline(d); ok && !containsFoldedName(r.Credits.Author, name) && !containsFoldedName(r.Credits.Photographer, name) {
		r.Credits.Author = append(r.Credits.Author, name)
	}
	if name, hons, ok := a.authorBlock(d); ok && !containsFoldedName(r.Credits.Author, name) {
		r.Credits.Author = append(r.Credits.Author, name)
		blocks = map[string][]string{fold(name): hons}
	}
	authors, photographers, bare := edgeBylines(d)
	for _, n := range bare {
		if !a.holdsOffice(n) {
			authors = append(authors, n)
		}
	}
	for _, n := range authors {
		if !containsFoldedName(r.Credits.Author, n) {
			r.Credits.Author = append(r.Credits.Author, n)
		}
	}
	for _, n := range photographers {
		if !containsFoldedName(r.Credits.Photographer, n) {
			r.Credits.Photographer = append(r.Credits.Photographer, n)
		}
	}
	r.Credits.Photographer = dropAgencies(r.Credits.Photographer)
	return blocks
}

// authorBlock returns the author of an article signed in a heading block,
// the way reviews and opinion pieces sign, and the titles written before
// the name: a line of nothing but titles and a name ("PGS, TS. Lê Văn A",
// "TS NGUYỄN THỊ B"), then a short line with the author's office ("Viện
// trưởng Viện X, Học viện Y"), both before the body's first long paragraph.
func (a *peopleAnalysis) authorBlock(d *document) (name string, hons []string, ok bool) {
	toks := a.toks
	for pi := 1; pi <= 5 && pi+1 < len(d.paras); pi++ {
		p, next := d.paras[pi], d.paras[pi+1]
		if p.kind != paraTitle && p.end-p.start > 200 {
			break // the body has begun
		}
		if p.end-p.start > 80 || next.end-next.start > 200 {
			continue
		}
		ts, te := a.tokenRange(p)
		k := ts
		var titles []string
		for k < te {
			n, canon := honorificAt(toks, k)
			if n == 0 || !isAbbrevHonorific(canon) {
				break
			}
			titles = append(titles, canon...)
			k += n
			for k < te && (toks[k].text == "," || toks[k].text == ".") {
				k++
			}
		}
		if len(titles) == 0 || k >= te {
			continue
		}
		rest := d.text[toks[k].start:p.end]
		if !isBylineName(rest) || countWords(rest) < 2 {
			continue
		}
		if ns, ne := a.tokenRange(next); ns >= ne || headAt(toks, ns) == 0 {
			continue
		}
		return rest, titles, true
	}
	return "", nil, false
}

// isAbbrevHonorific reports academic and professional titles (GS, PGS, TS,
// ThS ...), which sign a piece; address words (ông, đồng chí) do not.
func isAbbrevHonorific(canon []string) bool {
	for _, c := range canon {
		if !isAbbrev(c) {
			return false
		}
	}
	return len(canon) > 0
}

// closingByline returns the name that stands alone on the article's last
// line, the way many sites sign a report ("... cơ quan đơn vị.\nNguyễn Thị
// A"): its writer, not a participant.
func (a *peopleAnalysis) closingByline(d *document) (string, bool) {
	if len(d.paras) < 3 || len(a.mentions) == 0 {
		return "", false
	}
	last := len(d.paras) - 1
	p := d.paras[last]
	if p.kind == paraTitle {
		return "", false
	}
	m := a.mentions[len(a.mentions)-1]
	toks := a.toks
	if int(toks[m.nameStart].para) != last || int(toks[m.prefixStart].start) != p.start || int(toks[m.nameEnd-1].end) != p.end ||
		len(m.honorifics) > 0 || len(m.positions) > 0 || m.short {
		return "", false
	}
	if len(a.people[m.person].positions) > 0 {
		// "... chủ trì phiên họp.\nNguyễn Văn An": the name of an
		// office holder of the article, alone at its end, is a topic
		// tag, not the writer's signature.
		return "", false
	}
	return m.name, true
}

// holdsOffice reports whether name is a person the article gives an
// office: an unlabelled line with that name alone is a tag, not a
// signature.
func (a *peopleAnalysis) holdsOffice(name string) bool {
	k := fold(name)
	for _, p := range a.people {
		if len(p.positions) > 0 && fold(p.name) == k {
			return true
		}
	}
	return false
}

func containsFoldedName(list []string, s string) bool {
	for _, x := range list {
		if fold(x) == fold(s) {
			return true
		}
	}
	return false
}

// bylineLabels are the labels of a credit line, folded, with the credit
// each gives. credits.go reads the common forms; these are read here again
// because the names after them may be abbreviated ("H.Vân") or joined by
// dashes ("Thực hiện: H.Vân - Q.Hùng"), which its reading cuts off.
var bylineLabels = []struct {
	label         string
	author, photo bool
}{
	{"thực hiện:", true, false},
	{"nhóm thực hiện:", true, false},
	{"tin, ảnh:", true, true},
	{"bài, ảnh:", true, true},
	{"tin và ảnh:", true, true},
	{"bài và ảnh:", true, true},
	{"tin - ảnh:", true, true},
	{"bài - ảnh:", true, true},
	{"tin:", true, false},
	{"bài:", true, false},
	{"bài viết:", true, false},
	{"ảnh:", false, true},
	{"tác giả bài viết:", true, false},
	{"tác giả:", true, false},
	// "Nguồn tin: Sao Mai": the person who sent the news signs it; an
	// agency or a paper after it is no name and gives nothing
	{"nguồn tin:", true, false},
	// "T/h: Minh Châu", "Tổng hợp: ...": who compiled the report signs it
	{"t/h:", true, false},
	{"tổng hợp:", true, false},
	// "Theo: Hạ Vy": by whom; a paper after it is no name
	{"theo:", true, false},
}

// maxBylineLen bounds a credit line in bytes: a line longer than this is
// prose, not a signature.
const maxBylineLen = 90

// edgeBylines reads the signatures that stand on a line of their own with
// no label, just above the body or at its end ("Hải Yến", "QUANG HUY",
// "Thu Trang - Đức Mạnh - Hoàng Nam"), returned as bare, and the labelled
// credit lines whose names are abbreviated or joined by dashes.
func edgeBylines(d *document) (authors, photographers, bare []string) {
	first := -1
	for i, p := range d.paras {
		if i > 3 {
			break
		}
		if p.kind != paraTitle && p.kind != paraDateline {
			first = i
			break
		}
	}
	// "Góc nhìn thời sự" over the signature: a column's label of a few
	// words stands where the signature does.
	if first >= 0 && first+2 < len(d.paras) && isColumnLabel(d.text[d.paras[first].start:d.paras[first].end]) {
		first++
	}
	for i, p := range d.paras {
		text, folded := d.text[p.start:p.end], d.folded[p.start:p.end]
		if i <= 3 && len(text) <= 2*maxBylineLen {
			if name, ok := interviewerByline(text); ok {
				authors = append(authors, name)
				continue
			}
		}
		if p.end-p.start > maxBylineLen || p.kind == paraTitle {
			continue
		}
		if p.kind == paraDateline {
			authors = append(authors, datelineAuthor(text)...)
			continue
		}
		if a, ph, ok := labelledByline(text, folded); ok {
			authors = append(authors, a...)
			photographers = append(photographers, ph...)
			continue
		}
		if (i == first || i == len(d.paras)-1 || i == len(d.paras)-2 && writerUnit(d.text[d.paras[i+1].start:d.paras[i+1].end])) && len(d.paras) >= 3 && !vocab.places[folded] {
			// (the writer's unit may close the page on a line of its own:
			// "Minh Kiên" over "Trung tâm Văn hóa huyện")
			// An unlabelled line that is a province ("HÀ NỘI") is a
			// dateline; labelled ones may be pen names ("Ảnh: Khánh Hòa").
			bare = append(bare, bareBylineNames(dropAgencySuffix(dropWriterRole(text)))...)
		}
	}
	return authors, photographers, bare
}

// dropWriterRole drops the word for the writer's standing that opens a
// signature ("CTV Hà Linh", "PV Hà Linh", "Phóng viên Hà Linh"): the
// name is after it.
func dropWriterRole(line string) string {
	for _, w := range [...]string{"CTV ", "PV ", "Cộng tác viên ", "Phóng viên "} {
		if rest, ok := strings.CutPrefix(line, w); ok {
			return rest
		}
	}
	return line
}

// signsWithOffice reports the line that closes an article written by an
// official: the writer's name, a dash and the office ("Lê Văn Tâm – Bí
// thư Chi bộ Các cơ quan"), no sentence. Marked as the byline, it credits
// the writer, as other closing signatures do.
func signsWithOffice(line string) bool {
	if line == "" || len(line) > maxBylineLen || strings.ContainsAny(line[len(line)-1:], ".!?") {
		return false
	}
	k := strings.Index(line, " – ")
	sep := len(" – ")
	if k < 0 {
		k, sep = strings.Index(line, " - "), len(" - ")
	}
	if k <= 0 {
		return false
	}
	if name := strings.TrimSpace(line[:k]); !isBylineName(name) || countWords(name) < 2 {
		return false
	}
	office := fold(line[k+sep:]) + " "
	for _, h := range signerOffices {
		if i := strings.Index(office, h); i >= 0 && wordStartAt(office, i) {
			return true // "Bí thư Chi bộ ...", "Phó Chủ tịch ...", "Ủy viên ..."
		}
	}
	return false
}

// isColumnLabel reports whether a line is a column's or section's label:
// two to five words, some in lower case (so no name, even in capitals),
// and no mark.
func isColumnLabel(l string) bool {
	n := wordsUpTo(l, 6) // six is as many as more: a lead is not counted through
	return n >= 2 && n <= 5 && !strings.ContainsAny(l, ".,:;!?()|-–") && strings.IndexFunc(l, unicode.IsLower) >= 0 && !isBylineName(l)
}

// labelledByline reads a whole line "label: names".
func labelledByline(text, folded string) (authors, photographers []string, ok bool) {
	if strings.IndexByte(folded, ':') < 0 {
		return nil, nil, false // every label ends with a colon
	}
	for _, l := range bylineLabels {
		n := len(l.label)
		if !strings.HasPrefix(folded, l.label) {
			// "Tác giả : ĐÀO HẠNH": a space before the colon
			word := l.label[:n-1]
			if !strings.HasPrefix(folded, word) || !strings.HasPrefix(folded[len(word):], " :") {
				continue
			}
			n++
		}
		// "Tác giả bài viết: Lương Văn Hậu - VPHU": the writer's unit goes
		names := bareBylineNames(dropAgencySuffix(strings.TrimSpace(text[n:])))
		if l.author {
			authors = names
		}
		if l.photo {
			photographers = names
		}
		return authors, photographers, true
	}
	return nil, nil, false
}

// bareBylineNames returns the names of a line made of nothing but personal
// names joined by dashes, commas or "và"; nil if any part is not a name.
func bareBylineNames(line string) []string {
	// "HẢI ĐĂNG |": some sites close a signature with a bar
	line = strings.TrimRight(line, " .|")
	if line == "" || strings.ContainsAny(line, ":;()\"“”0123456789") || hasLowerWord(line) {
		return nil
	}
	var names []string
	full := false
	for rest := line; rest != ""; {
		part, next := cutNameSeparator(rest)
		name := strings.TrimSpace(part)
		switch {
		case isBylineName(name):
			full = true
		case len(names) == 0 && next == "" && signedInitials(name):
			full = true // "CTH", "HG": a reporter who signs with initials, alone on the line
		case dottedInitials(name):
			name = strings.TrimRight(name, ".")
		default:
			return nil
		}
		names = append(names, name)
		rest = next
	}
	if !full {
		return nil // initials alone ("P.V.") may be a reporter's or an agency's mark
	}
	return names
}

// signedInitials reports two to four capitals with no dot, a reporter's
// initials ("HG", "CTH"), unless they name an agency or a generic writer
// (bylineAgencies).
func signedInitials(s string) bool {
	if len(s) < 2 || len(s) > 4 || bylineAgencies[s] || len(s) >= 3 && strings.HasSuffix(s, "TV") || latinBoilerplate(s) {
		return false // ("HYTV", "THTV": a province's television; "TAGS": the page's label)
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// bylineAgencies are the initials of news agencies, broadcasters and
// newspapers, and the generic signatures of a newsroom ("PV", "CTV",
// "BBT"), which sign a story but name no person.
var bylineAgencies = map[string]bool{
	"PV": true, "CTV": true, "BBT": true, "BTV": true, "TTXVN": true, "VNA": true, "VOV": true, "VTV": true,
	"TTO": true, "TN": true, "TT": true, "ND": true, "NLĐ": true, "SGGP": true, "QĐND": true, "CAND": true,
	"VTC": true, "VGP": true, "TTXV": true, "BTC": true, "TH": true, "ANTĐ": true, "GD": true, "VH": true,
}

// dottedInitials reports a writer signing with initials only, each a
// capital and a dot ("T.T.X.", "N.H"): a name in a byline with another
// name beside it ("T.T.X. - T.Sơn").
func dottedInitials(s string) bool {
	s = strings.TrimRight(s, ".")
	if len(s) < 3 || strings.ContainsAny(s, " ") {
		return false
	}
	for _, part := range strings.Split(s, ".") {
		r, n := utf8.DecodeRuneInString(part)
		if n != len(part) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// hasLowerWord reports a word other than "và" that starts with a
// lower-case letter: prose, not a list of names. It allocates nothing, so
// most lines are turned down before they are split.
func hasLowerWord(s string) bool {
	for len(s) > 0 {
		w, rest, _ := strings.Cut(s, " ")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && w != "và" {
			return true
		}
		s = rest
	}
	return false
}

// nameSeparators join the names of a byline.
var nameSeparators = []string{" - ", " – ", " — ", " –", ", ", " và "} // (" –": "Thu Hà –Minh Đức", the space lost after the dash)

// cutNameSeparator cuts s at its first name separator.
func cutNameSeparator(s string) (before, after string) {
	cut, width := len(s), 0
	for _, sep := range nameSeparators {
		if i := strings.Index(s[:cut], sep); i >= 0 {
			cut, width = i, len(sep)
		}
	}
	return s[:cut], s[cut+width:]
}

// bylineOrgWords open the name of an organisation or a heading, never a
// writer's signature (folded).
var bylineOrgWords = map[string]bool{
	"báo": true, "tạp": true, "đài": true, "cổng": true, "trang": true, "ban": true, "hội": true,
	"sở": true, "bộ": true, "ủy": true, "uỷ": true, "phòng": true, "trường": true,
	"viện": true, "tổng": true, "cục": true, "nguồn": true, "theo": true,
	"tin": true, "xem": true, "đọc": true, "nhóm": true, "phóng": true, "kênh": true,
	"truyền": true, "chuyên": true, "video": true, "clip": true, "ảnh": true, "bài": true,
	// administrative units: "TỈNH HÀ GIANG" under "ỦY BAN NHÂN DÂN" heads a
	// document; "thành phố", "thị xã", "thị trấn" open with "thành"/"thị",
	// which bylineAdminUnit reads with the word after.
	"tỉnh": true, "huyện": true, "quận": true, "xã": true, "phường": true,
}

// bylineAdminUnit reports a line that opens with a two-word administrative
// unit ("THÀNH PHỐ ĐÀ NẴNG", "Thị xã Phú Mỹ"): a heading, never a name.
func bylineAdminUnit(words []string) bool {
	if len(words) < 3 {
		return false
	}
	switch fold(words[0]) + " " + fold(words[1]) {
	case "thành phố", "thị xã", "thị trấn":
		return true
	}
	return false
}

// isBylineName accepts a personal name as bylines write it: two to four
// syllables, each capitalised ("Thu Trang") or all in capitals ("QUANG
// HUY"), or one abbreviated given name ("T.Lan", "P.Minh"). Acronyms of
// agencies ("TTXVN", "Báo QĐND") are no names.
func isBylineName(s string) bool {
	var buf [5]string
	words := fieldsUpTo(buf[:0], s, 4)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	upper := isAcronym(s)
	if len(words) == 2 && len(words[0]) == 2 && words[0][1] == '.' && words[0][0] >= 'A' && words[0][0] <= 'Z' {
		return bylineSyllable(words[1], isAcronym(words[1])) // "Q. Thắng": an initial, then the given name
	}
	if len(words) == 1 {
		// only an initial and a given name: "H.Vân", "Q.Hùng"
		initial, given, ok := strings.Cut(words[0], ".")
		return ok && utf8.RuneCountInString(initial) == 1 && unicode.IsUpper([]rune(initial)[0]) &&
			bylineSyllable(given, isAcronym(given))
	}
	for _, w := range words {
		if !bylineSyllable(w, upper) || latinBoilerplate(w) {
			return false
		}
	}
	return !holdsFolded(bylineOrgWords, words[0]) && !bylineAdminUnit(words) && !holdsHeadingWords(words) // folded last: it allocates
}

// headingWords are the two-syllable nouns that head the sections of a plan
// or a notice ("THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN") or label a byline, written
// in capitals as names of writers are, but never a name.
var headingWords = map[string]bool{
	"nội dung": true, "hình thức": true, "thời gian": true, "địa điểm": true, "thành phần": true,
	"mục đích": true, "yêu cầu": true, "kinh phí": true, "phân công": true, "thực hiện": true,
	"chương trình": true, "kế hoạch": true, "thông báo": true, "kết luận": true, "tổ chức": true,
	// a byline's label left without its name ("Tác Giả")
	"tác giả": true, "phóng viên": true, "biên tập": true, "cộng tác": true,
	// the words of a document's title broken over lines ("PHÁT TRIỂN KINH
	// TẾ - XÃ HỘI")
	"phát triển": true, "kinh tế": true, "xã hội": true, "nhà nước": true, "ngân sách": true, "dự toán": true,
	"nhiệm vụ": true, "giải pháp": true, "tình hình": true, "kết quả": true, "công tác": true, "văn phòng": true,
	// a page's boxes after the article ("LIÊN KẾT WEBSITE", "Ý KIẾN BẠN ĐỌC")
	"liên kết": true, "bạn đọc": true,
}

// holdsHeadingWords reports whether two words in a row of a candidate
// name are a headingWords noun.
func holdsHeadingWords(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if headingWords[fold(words[i]+" "+words[i+1])] {
			return true
		}
	}
	return false
}

// bylineSyllable reports a capitalised syllable: a capital and then
// lower-case letters, or capitals only when the whole name is in capitals.
func bylineSyllable(w string, upper bool) bool {
	n := 0
	for i, r := range w {
		switch {
		case !unicode.IsLetter(r) && r != '\'':
			return false
		case i == 0 && !unicode.IsUpper(r):
			return false
		case i > 0 && unicode.IsLetter(r) && !upper && !unicode.IsLower(r):
			return false
		}
		n++
	}
	return n >= 1 && n <= 7
}

// agencyCredit reports a photo credit that names an agency or a newspaper
// ("Báo QĐND", "TTXVN", "BTC") rather than a photographer.
func agencyCredit(name string) bool {
	var buf [2]string
	words := fieldsUpTo(buf[:0], name, 1)
	if len(words) == 0 {
		return true
	}
	if holdsFolded(bylineOrgWords, words[0]) {
		return true
	}
	return len(words) == 1 && isAcronym(name) && !strings.Contains(name, ".")
}

// dropAgencies removes the agencies from a list of photo credits, keeping
// the list non-nil.
func dropAgencies(names []string) []string {
	out := names[:0]
	for _, n := range names {
		if !agencyCredit(n) {
			out = append(out, n)
		}
	}
	return out
}

// trailingPhotoCredit reads a photo credit that closes a long paragraph,
// where a caption ran into the text before it ("... Giám đốc Công an tỉnh.
// Ảnh: Lê Minh"): "Ảnh:" after a full stop or a bracket, and nothing but
// the names after it.
func trailingPhotoCredit(text, folded string) []string {
	tail := max(0, len(folded)-60) // the credit is short: look at the end only
	i := lastPhotoLabel(folded[tail:])
	if i < 0 {
		return nil
	}
	i += tail
	if i < 2 {
		return nil
	}
	if !(folded[i-1] == '(' || folded[i-1] == ' ' && (folded[i-2] == '.' || folded[i-2] == '(')) {
		return nil
	}
	return creditNames(text[i+len("ảnh:"):])
}

// dashedPhotoCredit reads the credit that closes a caption with a dash
// for the label's colon: "Toàn cảnh hội nghị. Ảnh- Minh Thu", "... (Ảnh -
// Minh Thu)".
func dashedPhotoCredit(text, folded string) []string {
	tail := max(0, len(folded)-60) // the credit is short: look at the end only
	i := strings.LastIndex(folded[tail:], "ảnh")
	if i < 0 {
		return nil
	}
	i += tail
	if i < 2 || !(folded[i-1] == '(' || folded[i-1] == ' ' && (folded[i-2] == '.' || folded[i-2] == '(')) {
		return nil
	}
	rest := strings.TrimLeft(text[i+len("ảnh"):], " ")
	for _, dash := range [...]string{"-", "–"} {
		if r, ok := strings.CutPrefix(rest, dash); ok {
			return creditNames(strings.TrimRight(r, ")"))
		}
	}
	return nil
}

// lastPhotoLabel is strings.LastIndex(s, "ảnh:"), found from the colons
// back: most paragraph ends have none.
func lastPhotoLabel(s string) int {
	for j := strings.LastIndexByte(s, ':'); j >= 0; j = strings.LastIndexByte(s[:j], ':') {
		if strings.HasSuffix(s[:j], "ảnh") {
			return j - len("ảnh")
		}
	}
	return -1
}

// interviewerByline reads the byline of an interview, a name followed by
// "(thực hiện)" and perhaps the date: "MINH ANH (thực hiện) 12/05/2021
// 08:30", "Thu Hà (thực hiện)".
func interviewerByline(text string) (string, bool) {
	i := strings.Index(text, "(thực hiện)")
	if i <= 0 {
		return "", false
	}
	// The name is the words right before the mark, even when a page
	// runs the headline into the byline line: the longest tail of two to
	// four words that reads as a name.
	words := strings.Fields(text[:i])
	for n := min(4, len(words)); n >= 2; n-- {
		if name := strings.Join(words[len(words)-n:], " "); isBylineName(name) {
			return name, true
		}
	}
	return "", false
}

// latinBoilerplate reports an English word of site furniture ("Google
// News", "Facebook", "Print"), never part of a Vietnamese signature.
func latinBoilerplate(w string) bool {
	if len(w) < 4 || w[0] >= utf8.RuneSelf {
		return false
	}
	l := strings.ToLower(w)
	if westernOrgWord(l) {
		return true
	}
	switch l {
	case "google", "facebook", "twitter", "zalo", "youtube", "tiktok", "email", "print", "share", "home", "video", "online", "website", "tags":
		return true
	}
	return false
}

// isInterview reports a page signed by an interviewer near its top ("THU
// HÀ (thực hiện)"): an interview, not a meeting report, so the people in it
// are cited, not present.
func isInterview(d *document) bool {
	for i, p := range d.paras {
		if i > 3 {
			break
		}
		if p.end-p.start <= 2*maxBylineLen {
			if _, ok := interviewerByline(d.text[p.start:p.end]); ok {
				return true
			}
		}
	}
	return false
}

// dropAgencySuffix removes the news agency a signature ends with, in
// brackets or after a slash: "Thu Hà - Minh Đức (TTXVN)", "Lê Huy/VNA".
// isDomain reports a web address without its scheme ("tcvn.gov.vn",
// "baochinhphu.vn"): letters, digits, dots and dashes, with a dot and a
// letter after the last dot.
func isDomain(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return !isDigitByte(s[dot+1])
}

func dropAgencySuffix(line string) string {
	line = strings.TrimRight(line, " .")
	// "Thu Hà (tổng hợp)": a writer who compiled the news
	for _, mark := range [...]string{"(tổng hợp)", "(Tổng hợp)", "(TH)", "(T/h)", "(t/h)"} {
		if t, ok := strings.CutSuffix(line, mark); ok {
			line = strings.TrimSpace(t)
			break
		}
	}
	// "Thanh Nga – Huyện đoàn Chợ Mới": the writer's unit, named in words,
	// after a dash
	for _, sep := range [...]string{" - ", " – "} {
		if i := strings.Index(line, sep); i > 0 && writerUnit(line[i+len(sep):]) && !capsPhrase(line[i+len(sep):]) {
			return strings.TrimSpace(line[:i])
		}
	}
	if strings.HasSuffix(line, ")") {
		// "Thu Hằng (TTXVN)", "Hải Yến (vietnamplus.vn)": the agency or the
		// site the news came from
		// "Hồng Hạnh (Đài TT-TH huyện)": the writer's unit
		if i := strings.LastIndexByte(line, '('); i > 0 && (isAcronym(line[i+1:len(line)-1]) || isDomain(line[i+1:len(line)-1]) || writerUnit(line[i+1:len(line)-1])) {
			return strings.TrimSpace(line[:i])
		}
	}
	if i := strings.LastIndexByte(line, '/'); i > 0 && (isAcronym(strings.TrimSpace(line[i+1:])) || isDomain(strings.TrimSpace(line[i+1:]))) {
		return strings.TrimSpace(line[:i]) // "Văn Điệp/TTXVN", "Minh Châu / baotinhnha.vn"
	}
	// "Thu Hà - VPTU": the writer's unit after a dash (an acronym, never a
	// name, since a second name would not be written all in capitals
	// without a space).
	for _, sep := range [...]string{" - ", " – "} {
		if i := strings.LastIndex(line, sep); i > 0 && isAcronym(line[i+len(sep):]) && !strings.ContainsAny(line[i+len(sep):], " .") {
			return strings.TrimSpace(line[:i])
		}
	}
	return line
}
