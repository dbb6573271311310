package extractor

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readText splits a plain-text page (like a copied report) into paragraphs:
// the headline is the first line that reads like one, a date line near the
// top is the date line, trailing site furniture (bullet menus, visitor
// counters) is dropped and the last line is the byline when it reads like
// one. An excerpt that opens straight with the lead has no headline: its
// first line is the lead.
// cutTitleStamp splits a headline that ends with its publication time in
// brackets, "Tiêu đề (06:20 07/04/2022)", into the title and the stamp.
func cutTitleStamp(l string) (title, stamp string, ok bool) {
	t := strings.TrimRight(l, " ")
	if !strings.HasSuffix(t, ")") {
		return "", "", false
	}
	k := strings.LastIndexByte(t, '(')
	if k <= 0 {
		return "", "", false
	}
	inner := t[k+1 : len(t)-1]
	separators := 0
	for i := 0; i < len(inner); i++ {
		switch c := inner[i]; {
		case c == '/' || c == '.' || c == '-' && !(i > 0 && inner[i-1] == ' '):
			separators++
		case !isDigitByte(c) && c != ':' && c != '-' && c != ' ':
			return "", "", false // "(có video)", "(kỳ 2)": no time stamp
		}
	}
	if separators > 2 {
		// Two dates, "(20/11/1982 - 20/11/2022)": the span an anniversary
		// headline celebrates, not when the page was published.
		return "", "", false
	}
	if _, _, ok := parseDateLine(inner); !ok {
		return "", "", false
	}
	return strings.TrimRight(t[:k], " "), inner, true
}

func readText(src string) []block {
	lines := joinWrappedLines(strings.Split(src, "\n"))
	blocks := make([]block, 0, len(lines)+1)
	if len(lines) > 0 {
		// the page store's metadata prefix, " date 2023-10 <first line>"
		if meta, rest, ok := cutStoreDate(lines[0]); ok {
			blocks = append(blocks, block{text: meta, kind: paraDateline})
			if rest == "" || isBulletLine(rest) || isFurnitureLine(rest) {
				lines = lines[1:]
			} else {
				lines[0] = rest
			}
		}
	}
	end := relatedListStart(lines)
	for end > 1 && (isFurnitureLine(lines[end-1]) || isBulletLine(lines[end-1]) || strings.TrimSpace(lines[end-1]) == "") {
		end--
	}
	lines = lines[:end]
	head, headIsLead := headlineAt(lines)
	if headIsLead && head+1 < len(lines) && (isDateLine(lines[head+1]) || isCreditedDateLine(lines[head+1])) {
		// "Hôm nay, Ủy ban ... bắt đầu phiên họp thứ 13" over a date line:
		// the line reads as a lead but stands where a headline does.
		headIsLead = false
	}
	lead, dated := false, false
	for i, l := range lines {
		if isFurnitureLine(l) && !isDateLine(l) {
			continue // ("Lượt đọc: 4696 | Thời gian: 09:25 - 03/08/2023" dates the page)
		}
		k := paraBody
		switch {
		case i < head:
			// above the headline: a date line (the site's clock or the
			// article's own) stays, the rest is the site's furniture
			if !isTopDateLine(l) {
				continue
			}
			k = paraDateline
		case i == head && headIsLead:
			k, lead = paraLead, true
		case i == head:
			k = paraTitle
			if title, stamp, ok := cutTitleStamp(l); ok {
				// "Họp báo ... quý I/2022 (06:20 07/04/2022)": the page's
				// date written after its headline.
				blocks = append(blocks, block{text: title, kind: paraTitle}, block{text: stamp, kind: paraDateline})
				continue
			}
		case i <= head+3 && (!lead || !dated) && (isDateLine(l) || isCreditedDateLine(l)):
			// (some sites print the date under the lead: a line of date
			// words alone right after it is still the page's date line)
			k, dated = paraDateline, true
		case i >= len(lines)-2 && (isBylineText(l) || bracketedSignature(l) != nil):
			k = paraByline
		case i == len(lines)-1 && i > head+2 && signsWithOffice(l):
			k = paraByline // "Lê Văn Tâm – Bí thư Chi bộ ...": the writer signs with the office
		case i >= len(lines)-2 && !dated && isDateLine(l):
			// "07/12/2020 04:16" over the writer's name: some pages date
			// the article at its foot
			k, dated = paraDateline, true
		case !lead && len(l) > 80:
			// the first paragraph of some length is the lead, even on
			// sites that drop the final period
			k, lead = paraLead, true
		case !endsSentence(l) && len(l) < 400 && listBullet(l) == "":
			// (a bulleted line is an item of a list, never a caption)
			k = paraCaption
		case !lead:
			k, lead = paraLead, true
		}
		blocks = append(blocks, block{text: l, kind: k})
	}
	return blocks
}

// relatedListStart returns the line of a heading of other articles ("Tin
// mới", "Tin liên quan") under which only short lines follow, the
// headlines listed, and the site's furniture: the article ends there.
// Without such a heading it returns len(lines).
func relatedListStart(lines []string) int {
	// Only a heading below the last long line qualifies: one pass from the
	// end finds that line, one from the top the first heading after it.
	from := 3
	for i := len(lines) - 1; i >= from; i-- {
		if len(lines[i]) > maxRelatedLine {
			from = i + 1
			break
		}
	}
	for i := from; i < len(lines); i++ {
		if isRelatedHeading(strings.TrimSpace(lines[i])) {
			return i
		}
	}
	return len(lines)
}

// maxRelatedLine bounds a line listed under a related-news heading, a
// headline: a longer line is the article's own text.
const maxRelatedLine = 250

// headSearchLines is how many lines above the headline may be site
// furniture (a site name, a breadcrumb, a clock, a print button).
const headSearchLines = 5

// headlineAt finds the headline among the first lines: the first line with
// three words or more that is no date line, breadcrumb or bullet. When that
// line reads as a lead (isLeadLine) the page has no headline and lead is
// true. With no such line the first line is the headline.
func headlineAt(lines []string) (i int, lead bool) {
	for i = 0; i < len(lines) && i < headSearchLines; i++ {
		l := lines[i]
		if !hasLetter(l) || isTopDateLine(l) || isBreadcrumb(l) || isBulletLine(l) ||
			isFurnitureLine(l) || strings.Count(l, " ") < 2 || (i+1 < len(lines) && isSectionLabel(l)) {
			continue
		}
		if k := headlineOverDateLine(lines, i); k > i {
			return k, false
		}
		return i, isLeadLine(l)
	}
	return 0, false
}

// dateLineSearchLines is how far below the first candidate headline
// headlineOverDateLine looks for the page's date line.
const dateLineSearchLines = 8

// headlineOverDateLine returns the line right above the page's date line
// when it reads as a headline and stands below line i, the first line that
// might be one: the lines between are the site's name and sections ("Báo
// X", "Chuyên trang", "Thời sự"), and the headline is what the date line
// dates. It returns -1 when no date line follows within a few lines.
func headlineOverDateLine(lines []string, i int) int {
	for j := i + 1; j < len(lines) && j <= i+dateLineSearchLines; j++ {
		if len(lines[j]) > maxRelatedLine {
			return -1 // a paragraph of body text: a date line below it closes the article
		}
		if !isDateLine(lines[j]) && !isCreditedDateLine(lines[j]) {
			continue
		}
		k := j - 1
		for k > i && strings.TrimSpace(lines[k]) == "" {
			k--
		}
		l := strings.TrimSpace(lines[k])
		if k > i && len(l) < 200 && strings.Count(l, " ") >= 2 && !endsSentence(l) && !isFurnitureLine(l) && !isBreadcrumb(l) {
			return k
		}
		return -1
	}
	return -1
}

// isTopDateLine reports whether a line at the top of a page is a date line:
// one of date words only, a credited one, or a short line that opens with
// a date and goes on with the site's contacts ("02/05/2024 | 10:41 GMT+7 |
// Điện thoại: ...").
func isTopDateLine(l string) bool {
	if isDateLine(l) || isCreditedDateLine(l) {
		return true
	}
	if len(l) == len("2006-01") && l[4] == '-' {
		_, ok := parseStoreDate(l) // "2023-09": the month the page was stored in
		return ok
	}
	if len(l) >= 200 || !mayHoldFullDate(l) {
		return false
	}
	loc := fullDateAtStartRe.FindStringIndex(l)
	return loc != nil && !strings.Contains(l[loc[1]:], ",")
}

// fullDateAtStartRe is fullDateRe anchored at the start: whether a line
// opens with a date is told without searching the rest of it.
var fullDateAtStartRe = regexp.MustCompile(`^(?:` + fullDateRe.String() + `)`)

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// sectionLabelWords is the most words (in spaces) of a section's label.
const sectionLabelWords = 4

// isSectionLabel reports whether a line is the name of the site's section
// in capitals ("TIN HOẠT ĐỘNG", "ĐẠI HỘI CÁC CẤP"), written above the
// headline; a headline in capitals is longer.
func isSectionLabel(l string) bool {
	if strings.Count(l, " ") > sectionLabelWords {
		return false
	}
	for _, r := range l {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isBreadcrumb reports whether s is a site's path ("> Tin tức > Sự kiện >
// headline"), which copies the headline but is not it.
func isBreadcrumb(s string) bool {
	return strings.HasPrefix(s, "> ") || strings.HasPrefix(s, "» ") ||
		strings.Count(s, " > ") >= 2 || strings.Count(s, " » ") >= 2
}

// leadLineWords is the length (in spaces) from which a first line that ends
// with a full stop is a paragraph: headlines end bare, and a shorter line
// with a full stop may be a headline or a photo caption put first.
const leadLineWords = 20

// leadTagWords is the length (in spaces) from which a line after a site's
// tag is a lead even without a final full stop (excerpts cut mid-sentence).
const leadTagWords = 20

// isLeadLine reports whether a page's first line is the lead of an excerpt
// that has no headline: it opens with the site's tag ("CTTĐT - ", "(QBĐT)
// - "), which only leads carry, or with the time of the event and a comma
// ("Sáng 8/7, ...", "Trong 2 ngày (18 và 19/12), ..."), or it is a long
// sentence (20 words or more) that ends with a full stop.
func isLeadLine(l string) bool {
	rest, tagged := cutSiteTag(l)
	spaces := strings.Count(l, " ")
	if spaces >= leadLineWords && strings.HasSuffix(l, ".") {
		return true
	}
	if opensWithTime(fold(rest[:prefixLen(rest, 80)])) {
		return true
	}
	// a tag before a short line may be a headline's topic ("ASEAN - ...")
	return tagged && (spaces >= leadTagWords || strings.HasSuffix(l, "."))
}

// siteTagWindow is how far (bytes) a site's tag may run at a lead's start.
const siteTagWindow = 40

// cutSiteTag drops a news site's tag that opens a lead: a bracketed tag
// "(QBĐT) - " / "(apag.edu.vn) " or capitals before a dash "CTTĐT - ",
// "HNN.VN - ", "LSO-". It reports whether there was one.
func cutSiteTag(l string) (string, bool) {
	w := l[:prefixLen(l, siteTagWindow)]
	if strings.HasPrefix(w, "(") {
		if k := strings.IndexByte(w, ')'); k > 1 {
			rest := strings.TrimLeft(l[k+1:], " -–:")
			// "(Ảnh: ...)" or "(1)" open no lead
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && hasUpperOnly(w[1:k]) {
				return rest, true
			}
		}
		return l, false
	}
	for _, dash := range []string{" - ", " – ", "-", "–"} {
		k := strings.Index(w, dash)
		if k <= 1 || !hasUpperOnly(w[:k]) {
			continue
		}
		rest := strings.TrimLeft(l[k+len(dash):], " ")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return rest, true
		}
	}
	return l, false
}

// hasUpperOnly reports whether a site's tag has two or more capitals and no
// lower-case letter outside a domain ("QK7 Online" and "apag.edu.vn" pass:
// the first has a word in capitals, the second a dot).
func hasUpperOnly(tag string) bool {
	if strings.Contains(tag, ".") && !strings.Contains(tag, " ") {
		return len(tag) >= 4 // a domain
	}
	upper := 0
	for _, word := range strings.Fields(tag) {
		caps, lower := 0, 0
		for _, r := range word {
			switch {
			case unicode.IsUpper(r):
				caps++
			case unicode.IsLower(r):
				lower++
			}
		}
		if caps >= 2 && lower == 0 {
			upper++
		} else if lower > 0 && caps == 0 {
			return false
		}
	}
	return upper > 0
}

// partWords open a lead with the event's part of day; what follows them
// says it is a time, not a word such as "sáng tạo".
var (
	partWords     = []string{"sáng ", "chiều ", "tối ", "trưa "}
	partFollowers = []string{"nay", "qua", "ngày", "hôm", "thứ", "chủ nhật", "("}
	numberWords   = []string{"hai ", "ba ", "bốn ", "năm ", "các "}
)

// opensWithTime reports whether folded text opens with the time of an
// event and a comma soon after it: "sáng 8/7, ", "chiều nay (9/10), ",
// "ngày 24-6, ", "hôm qua, ", "trong 2 ngày (18 và 19/12), ".
func opensWithTime(f string) bool {
	rest, ok := "", false
	for _, w := range partWords {
		if r, cut := strings.CutPrefix(f, w); cut {
			if r != "" && isDigitByte(r[0]) {
				rest, ok = r, true
			}
			for _, n := range partFollowers {
				if strings.HasPrefix(r, n) {
					rest, ok = r, true
				}
			}
		}
	}
	if r, cut := strings.CutPrefix(f, "ngày "); cut && r != "" && isDigitByte(r[0]) {
		rest, ok = r, true
	}
	if r, cut := strings.CutPrefix(f, "hôm "); cut && (strings.HasPrefix(r, "nay") || strings.HasPrefix(r, "qua")) {
		rest, ok = r, true
	}
	if r, cut := strings.CutPrefix(f, "trong "); cut {
		n := strings.TrimLeft(r, "0123456789")
		if len(n) < len(r) || startsWithAny(r, numberWords) {
			if k := strings.Index(r, "ngày"); k >= 0 && k < 12 {
				rest, ok = r, true
			}
		}
	}
	if !ok {
		return false
	}
	c := strings.IndexByte(rest, ',')
	return c > 0 && c < 40
}

func startsWithAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// storeDatePrefix opens a page from the page store, whose excerpts start
// with their publication day or month: " date 2023-12-18 ...", " date
// 2023-12 ...".
const storeDatePrefix = "date "

// cutStoreDate splits the page store's date prefix off a first line:
// meta is "date YYYY-MM(-DD)", rest what follows it.
func cutStoreDate(l string) (meta, rest string, ok bool) {
	r, found := strings.CutPrefix(l, storeDatePrefix)
	if !found {
		return "", "", false
	}
	n := 0
	for n < len(r) && (isDigitByte(r[n]) || r[n] == '-') {
		n++
	}
	if _, ok := parseStoreDate(r[:n]); !ok {
		return "", "", false
	}
	return l[:len(storeDatePrefix)+n], strings.TrimLeft(r[n:], " "), true
}

// isCreditedDateLine reports whether s is a short line under the headline
// that gives a time and a date after a credit or a section: "PV - 14:24,
// 15/07/2022", "Thời sự | 08:15 21/03/2023".
func isCreditedDateLine(s string) bool {
	if k, _ := posterLabel(s); k > 0 {
		s = s[:k] // "Đăng lúc: Thứ ba - 12/03/2024 08:15 - Người đăng bài viết: X"
	}
	// ("T. Trang - Đ.Thế 18:37 02/12/2023": two writers' initials and names)
	maxOther := 4
	if i := strings.Index(s, " // "); i > 0 && len(s) <= 120 && len(bareBylineNames(s[:i])) > 0 {
		// "THU HÀ - MINH ĐỨC // BAN THỜI SỰ ĐÀI X 05/01/2024, 08:15":
		// the writers, then their newsroom's name, which may be
		// longer than a credit
		s, maxOther = s[i+len(" // "):], 6
	}
	if len(s) > 80 || !mayHoldFullDate(s) || !fullDateRe.MatchString(s) || !lineTimeRe.MatchString(s) {
		return false
	}
	other := 0
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !dateLineWords[w] {
			other++
		}
	}
	return other <= maxOther
}

// posterLabelRe finds the label of the page's poster that closes a date
// line in some publishing systems: " - Người đăng bài viết: X",
// "| Người viết: X", "| Tác giả: X" (folded).
var posterLabelRe = regexp.MustCompile(`(?:^|\s[-–|]\s|\s)(?:người (?:đăng|viết)(?: bài viết| bài| tin)?|tác giả)\s*:\s*`)

// posterLabel returns where a poster's label starts in a date line and
// where the name after it starts, or (-1, -1).
func posterLabel(s string) (int, int) {
	if !strings.Contains(s, "gười") && !strings.Contains(s, "ác giả") {
		return -1, -1
	}
	f := fold(s)
	if len(f) != len(s) {
		return -1, -1 // folding moved the offsets (old tone marks)
	}
	m := posterLabelRe.FindStringIndex(f)
	if m == nil {
		return -1, -1
	}
	return m[0], m[1]
}

// looksLikeHTML reports whether src is markup rather than plain text.
func looksLikeHTML(src []byte, contentType string) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") || strings.Contains(ct, "xml") {
		return true
	}
	if strings.HasPrefix(ct, "text/plain") {
		return false
	}
	head := src[:min(len(src), 2048)]
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		for _, tag := range htmlTagStarts {
			if len(head)-i >= len(tag) && bytes.EqualFold(head[i:i+len(tag)], []byte(tag)) {
				return true
			}
		}
		next := bytes.IndexByte(head[i+1:], '<')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// htmlTagStarts are tags that only markup begins with; looksLikeHTML
// matches them in any case.
var htmlTagStarts = []string{"<!doctype html", "<html", "<body", "<head", "<div", "<p>", "<p ", "<br", "<article", "<table", "<meta"}

// endsSentence reports whether a paragraph ends like a sentence, which
// photo captions and headings usually do not.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;\"”’)»/", r)
}

func isBulletLine(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("•·*▪►»-–+", r) && len(s) < 80
}

// furnitureStarts and furnitureLabels are how site furniture lines start
// (visitor counters, print/share tools, tag lists), after an optional
// bullet: the first as they are, the second followed by a colon. A loop of
// prefix tests, not a regexp: every paragraph of every page is tested.
var (
	furnitureStarts = []string{
		"đang truy cập", "đang online", "đang trực tuyến", "tháng hiện tại", "tổng lượt truy cập",
		"tổng số lượt truy cập", "lượt truy cập", "lượt xem", "số lượt xem", "lượt đọc", "năm phát hành",
		"in bài", "bản in", "gửi email", "gửi bài viết", "về đầu trang", "lên đầu trang", "quay lại",
		"trở về", "chia sẻ", "từ khóa", "thống kê truy cập", "xem thêm", "bình luận", "ý kiến bạn đọc",
		// a media player's fallback text; the page store's source path
		"your browser does not support", "source /", "source http",
	}
	furnitureLabels = []string{"hôm nay", "hôm qua", "tháng trước", "tags", "tag"}
)

// regexpSpace is what \s matches in a Go regexp.
const regexpSpace = " \t\n\f\r"

func isFurnitureLine(s string) bool {
	if len(s) > 300 {
		return false
	}
	return furnitureFolded(s, fold(s[:prefixLen(s, 40)]))
}

// furnitureFolded is isFurnitureLine(s) for s of at most 300 bytes, given f,
// the Fold of its first 40 bytes (prefixLen).
func furnitureFolded[T string | []byte](s string, f T) bool {
	if truyCapWord.index(s) >= 0 { // "truy cập"
		return true
	}
	if r, n := decodeRune(f); strings.ContainsRune("•·*▪►|", r) && furnitureAt(trimLeftRESpace(f[n:])) {
		return true
	}
	if len(s) < 80 && hasPrefix(f, "chuyên mục ") {
		return true // the category line under a post ("Chuyên mục Tin tức")
	}
	return furnitureAt(f)
}

// furnitureAt reports whether f, folded, starts with one of furnitureStarts
// or with one of furnitureLabels and a colon.
func furnitureAt[T string | []byte](f T) bool {
	if len(f) == 0 {
		return false
	}
	for _, w := range furnitureByFirst[f[0]].starts {
		if hasPrefix(f, w) {
			return true
		}
	}
	for _, w := range furnitureByFirst[f[0]].labels {
		if hasPrefix(f, w) && hasPrefix(trimLeftRESpace(f[len(w):]), ":") {
			return true
		}
	}
	return false
}

// furnitureByFirst holds furnitureStarts and furnitureLabels by their first
// byte, so that a line is compared only with those that may open it.
var furnitureByFirst = func() (t [256]struct{ starts, labels []string }) {
	for _, w := range furnitureStarts {
		t[w[0]].starts = append(t[w[0]].starts, w)
	}
	for _, w := range furnitureLabels {
		t[w[0]].labels = append(t[w[0]].labels, w)
	}
	return t
}()

var relatedHeadings = []string{
	"tin liên quan", "tin cùng chuyên mục", "các tin đã đưa", "tin đã đưa", "tin khác", "các tin khác",
	"bài viết liên quan", "bài liên quan", "tin mới nhất", "tin mới", "đọc nhiều", "xem nhiều",
	"các bài viết khác", "bài viết khác", "tin bài liên quan", "tin bài khác", "ý kiến bạn đọc",
	"bình luận", "tin cùng loại", "các tin cũ hơn", "tin nổi bật",
	"cùng chuyên mục",
	// a comment section: readers' names and dates, never the article's
	"gửi bình luận", "viết bình luận", "gửi ý kiến", "ý kiến của bạn",
}

// isRelatedHeading reports whether s heads a list of other articles.
func isRelatedHeading(s string) bool {
	if len(s) > 60 {
		return false
	}
	return relatedHeadingTrimmed(s, strings.TrimFunc(fold(s), notLetter))
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// relatedHeadingTrimmed is isRelatedHeading(s) for s of at most 60 bytes,
// given f, Fold(s) less the runes other than letters at its ends.
func relatedHeadingTrimmed[T string | []byte](s string, f T) bool {
	for _, h := range relatedHeadings {
		if string(f) == h {
			return true
		}
	}
	// "Ý kiến (2)": a count of readers' comments, not a section of the text
	return string(f) == "ý kiến" && strings.ContainsAny(s, "0123456789")
}

// dateLineWords may surround the date on a date line.
var dateLineWords = map[string]bool{
	"thứ": true, "hai": true, "ba": true, "tư": true, "năm": true, "sáu": true, "bảy": true, "chủ": true,
	"nhật": true, "cn": true, "cập": true, "ngày": true, "đăng": true, "lúc": true, "am": true, "pm": true,
	"sa": true, "ch": true, "gmt": true, "lượt": true, "xem": true, "giờ": true, "tải": true, "xuất": true,
	"bản": true, "update": true, "updated": true, "posted": true, "published": true, "on": true,
	"by": true, "h": true, "đọc": true, "thời": true, "gian": true, "tháng": true,
	"bài": true, // "Ngày đăng bài: 05/03/2018"
}

// isDateLine reports whether s is a date line: a date with only weekday,
// time and "posted"/"updated" words around it.
func isDateLine(s string) bool {
	// fullDateMatch is fullDateRe's byte matcher (TestDateLineMatchersAgree)
	if len(s) > 120 || !mayHoldFullDate(s) || fullDateMatch(s) == nil {
		return false
	}
	f := fold(s)
	if strings.IndexByte(f, '|') >= 0 {
		return dateWithMetaFields(f)
	}
	return onlyDateLineWords(f)
}

// onlyDateLineWords reports whether every word of the folded line f is one
// of dateLineWords.
func onlyDateLineWords(f string) bool {
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !dateLineWords[w] {
			return false
		}
	}
	return true
}

// metaFieldLabels open the fields a site prints beside the date, parted by
// "|": "Đăng lúc: 2026-03-10 14:22 | Bởi: admin | Lượt xem: 2 | Chuyên
// mục: Tin tức".
var metaFieldLabels = []string{"bởi", "đăng bởi", "người đăng", "người viết", "tác giả", "chuyên mục", "danh mục", "lượt xem", "lượt đọc", "bình luận", "nguồn", "in bài", "chia sẻ"}

// dateWithMetaFields reports whether the folded line f, parted by "|",
// holds the date in one part and only date words or labelled fields of the
// page (author, section, views) in the others.
func dateWithMetaFields(f string) bool {
	dated := false
	for part := range strings.SplitSeq(f, "|") {
		part = strings.TrimSpace(part)
		if !dated && mayHoldFullDate(part) && fullDateMatch(part) != nil && onlyDateLineWords(part) {
			dated = true
			continue
		}
		if onlyDateLineWords(part) || metaField(part) {
			continue
		}
		return false
	}
	return dated
}

// metaField reports whether part opens with one of metaFieldLabels and a
// colon ("bởi: admin").
func metaField(part string) bool {
	for _, l := range metaFieldLabels {
		if rest, ok := strings.CutPrefix(part, l); ok {
			return strings.HasPrefix(strings.TrimLeft(rest, " "), ":")
		}
	}
	return false
}

// bylineRe matches a credit line: "Tin: X; ảnh: Y", "Bài, ảnh: X",
// "Tin và ảnh: X", "Ảnh: X".
var bylineRe = regexp.MustCompile(`^(?:tin|bài|ảnh|tin bài|tin, ảnh|bài, ảnh|tin và ảnh|bài và ảnh|tin - ảnh|bài - ảnh|tin/ảnh|bài/ảnh|nội dung|thực hiện|nhóm pv|pv|ctv|phóng viên|video|clip|nguồn|theo)\s*:`)

func isBylineText(s string) bool {
	// every credit line has a colon, which folding neither adds nor moves
	if len(s) > 150 || strings.IndexByte(s, ':') < 0 {
		return false
	}
	return bylineRe.MatchString(fold(s))
}

// prefixLen is the byte length of s cut to at most n bytes at a rune
// boundary.
func prefixLen(s string, n int) int {
	if len(s) <= n {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// joinWrappedLines collapses the page's lines, drops the empty ones and
// joins a line hard-wrapped at a fixed width (copied legal text, a
// converted PDF) to the line it goes on from, with a space, so that a
// citation ("Nghị định số 64/2007/NĐ-CP\nngày 10 tháng 4 năm 2007") or a
// name ("Việt\nNam") is read as one phrase. Lines parted by an empty line
// are never joined, nor a line that ends a sentence; see wrapsInto.
func joinWrappedLines(raw []string) []string {
	lines := make([]string, 0, len(raw))
	// cont[i]: lines[i] came right after a non-empty line
	cont := make([]bool, 0, len(raw))
	prevEmpty := true
	for _, l := range raw {
		l = collapseSpace(l)
		if l == "" {
			prevEmpty = true
			continue
		}
		lines = append(lines, l)
		cont = append(cont, !prevEmpty)
		prevEmpty = false
	}
	// The wrap width is the typical length of lines that a lower-case line
	// goes on from; only a page with a few of them is wrapped.
	var widths []int
	for i := 1; i < len(lines); i++ {
		if cont[i] && continuesLower(lines[i-1], lines[i]) {
			widths = append(widths, utf8.RuneCountInString(lines[i-1]))
		}
	}
	width := 0
	if len(widths) >= minWrapEvidence {
		sort.Ints(widths)
		width = widths[len(widths)/2]
	}
	out := lines[:0]
	var joined strings.Builder
	for i, l := range lines {
		if i > 0 && cont[i] && wrapsInto(out[len(out)-1], l, width) {
			joined.Reset()
			joined.WriteString(out[len(out)-1])
			joined.WriteByte(' ')
			joined.WriteString(l)
			out[len(out)-1] = joined.String()
			continue
		}
		out = append(out, l)
	}
	return out
}

// minWrapEvidence is how many lines must go on in lower case before a page
// counts as wrapped at a fixed width.
const minWrapEvidence = 3

// shortFragmentWords is the length (in spaces) from which a lower-case line
// that ends no sentence goes on from the line above on any page.
const shortFragmentWords = 8

// wrapShare is how much of the wrap width (in percent) a line must fill to
// end at the wrap rather than at the end of a heading or caption.
const wrapShare = 85

// wrapConnectives end a line that cannot end a phrase: prepositions,
// conjunctions and the words before a date or a number.
var wrapConnectives = map[string]bool{
	"của": true, "và": true, "về": true, "tại": true, "với": true, "cho": true, "theo": true,
	"do": true, "bởi": true, "ngày": true, "số": true, "các": true, "những": true, "từ": true,
	"đến": true, "nhằm": true, "để": true, "hoặc": true, "là": true, "được": true, "gồm": true,
}

// wrapsInto reports whether line b goes on from line a, which a wrap at a
// fixed width parted: a ends no sentence and b is no list item, date line,
// byline or site furniture; and b opens in lower case ("địa\nphương"), or
// a leaves a bracket or quote open ("(khóa\nXII)"), or ends with a word
// that needs what follows ("của", "ngày", "số"), or, on a page wrapped at
// width (0: not wrapped), a fills the width and ends mid-name
// ("Việt\nNam", "Đà\nNẵng").
func wrapsInto(a, b string, width int) bool {
	if endsSentence(a) || !hasLetter(a) || isFurnitureLine(a) ||
		isBulletLine(b) || isListMarker(b) || isFurnitureLine(b) || isBylineText(b) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) && !strings.ContainsRune("“\"(", first) {
		return false
	}
	// a line that needs its end: an open bracket or quote, or a last word
	// such as "ngày" before the date it introduces
	last := a[strings.LastIndexByte(a, ' ')+1:]
	// ("số" waits for the number it introduces, "Nghị định số\n64/2007";
	// in "dân tộc thiểu số", "chuyển đổi số" it ends a noun, and a date
	// line after it is the headline's: "... hướng tới chính quyền số\n09/01/2023 12:25")
	if strings.Count(a, "(") > strings.Count(a, ")") || strings.Count(a, "“") > strings.Count(a, "”") ||
		(strings.Contains(a, " ") && wrapConnectives[fold(last)] && (fold(last) != "số" || unicode.IsDigit(first) && !isDateLine(b))) {
		return true
	}
	// a person's name parted after its surname, on any page: "đ/c
	// Nguyễn\nVăn Hán, Phó Chủ tịch ..."
	if surnameCut(a, b) {
		return true
	}
	// a date line under a headline is its own line, unless it goes on
	// with the sentence ("ngày 19 tháng 11 năm 2015;")
	if (isDateLine(b) || isCreditedDateLine(b)) && !strings.HasSuffix(b, ";") && !strings.HasSuffix(b, ",") {
		return false
	}
	// a short lower-case fragment on a page not wrapped at width may be
	// the tail of a caption ("... phát biểu tại hội nghị"), not of a sentence
	if continuesLower(a, b) && (width > 0 || endsSentence(b) || strings.HasSuffix(a, ",") ||
		strings.Count(b, " ") >= shortFragmentWords) {
		return true
	}
	// a heading in capitals ("QUYẾT ĐỊNH") starts anew
	if width == 0 || utf8.RuneCountInString(a)*100 < width*wrapShare || !hasLower(a) || !hasLower(b) {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(a)
	return unicode.IsLetter(end) || unicode.IsDigit(end) || end == ','
}

// surnameCut reports a line a that ends with an address word and a common
// surname ("đ/c Nguyễn", "đồng chí Trần") and a line b that goes on with
// two capitalised words, the rest of the name, and then a lower-case
// word or a comma: one name wrapped in two. Surnames of this list are not
// given names, so a line never ends a name with them.
func surnameCut(a, b string) bool {
	i := strings.LastIndexByte(a, ' ')
	if i < 0 || !wrapSurnames[fold(a[i+1:])] {
		return false
	}
	prev := fold(a[strings.LastIndexByte(a[:i], ' ')+1 : i])
	if prev != "đ/c" && prev != "chí" && prev != "ông" && prev != "bà" && !strings.HasSuffix(prev, ",") {
		return false
	}
	var buf [4]string
	w := fieldsUpTo(buf[:0], b, 3)
	if len(w) < 3 {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(w[0])
	r1, _ := utf8.DecodeRuneInString(w[1])
	r2, _ := utf8.DecodeRuneInString(w[2])
	return unicode.IsUpper(r0) && unicode.IsUpper(r1) && (strings.HasSuffix(w[1], ",") || !unicode.IsUpper(r2) || strings.HasSuffix(w[2], ","))
}

// wrapSurnames are the most common surnames, which are never given names.
var wrapSurnames = map[string]bool{"nguyễn": true, "trần": true, "phạm": true, "huỳnh": true, "phan": true, "đặng": true, "bùi": true, "ngô": true}

// continuesLower reports whether b opens in lower case after a, which ends
// no sentence: the second part of a wrapped sentence. A lone letter ("x", a
// close button) is no text.
func continuesLower(a, b string) bool {
	r, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLower(r) && !endsSentence(a) && (strings.Contains(b, " ") || endsSentence(b))
}

// isListMarker reports whether s opens with a lettered or numbered list
// marker: "a) ", "b. ", "1) ".
func isListMarker(s string) bool {
	i := 0
	for i < len(s) && i < 3 && (isDigitByte(s[i]) || ('a' <= s[i] && s[i] <= 'z')) {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == ')' || s[i] == '.') && s[i+1] == ' '
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
