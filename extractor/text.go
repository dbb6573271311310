package extractor

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readText splits a plain-text page (like a copied report) into paragraphs:
// the first line is the headline, a date line near the top is the date line,
// trailing site furniture (bullet menus, visitor counters) is dropped and the
// last line is the byline when it reads like one.
func readText(src string) []block {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if l = collapseSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	end := len(lines)
	for end > 1 && (isFurnitureLine(lines[end-1]) || isBulletLine(lines[end-1])) {
		end--
	}
	lines = lines[:end]
	blocks := make([]block, 0, len(lines))
	lead := false
	for i, l := range lines {
		if isFurnitureLine(l) {
			continue
		}
		k := paraBody
		switch {
		case i == 0:
			k = paraTitle
		case i <= 3 && !lead && isDateLine(l):
			k = paraDateline
		case i >= len(lines)-2 && isBylineText(l):
			k = paraByline
		case !lead && len(l) > 80:
			// the first paragraph of some length is the lead, even on
			// sites that drop the final period
			k, lead = paraLead, true
		case !endsSentence(l) && len(l) < 400:
			k = paraCaption
		case !lead:
			k, lead = paraLead, true
		}
		blocks = append(blocks, block{text: l, kind: k})
	}
	return blocks
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
	}
	furnitureLabels = []string{"hôm nay", "hôm qua", "tháng trước", "tags", "tag"}
)

// regexpSpace is what \s matches in a Go regexp.
const regexpSpace = " \t\n\f\r"

func isFurnitureLine(s string) bool {
	if len(s) > 300 {
		return false
	}
	if strings.Contains(s, "truy cập") {
		return true
	}
	f := fold(s[:prefixLen(s, 40)])
	if r, n := utf8.DecodeRuneInString(f); strings.ContainsRune("•·*▪►|", r) && furnitureAt(strings.TrimLeft(f[n:], regexpSpace)) {
		return true
	}
	return furnitureAt(f)
}

// furnitureAt reports whether f, folded, starts with one of furnitureStarts
// or with one of furnitureLabels and a colon.
func furnitureAt(f string) bool {
	for _, w := range furnitureStarts {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	for _, w := range furnitureLabels {
		if strings.HasPrefix(f, w) && strings.HasPrefix(strings.TrimLeft(f[len(w):], regexpSpace), ":") {
			return true
		}
	}
	return false
}

var relatedHeadings = []string{
	"tin liên quan", "tin cùng chuyên mục", "các tin đã đưa", "tin đã đưa", "tin khác", "các tin khác",
	"bài viết liên quan", "bài liên quan", "tin mới nhất", "tin mới", "đọc nhiều", "xem nhiều",
	"các bài viết khác", "bài viết khác", "tin bài liên quan", "tin bài khác", "ý kiến bạn đọc",
	"bình luận", "tin cùng loại", "các tin cũ hơn", "tin nổi bật",
}

// isRelatedHeading reports whether s heads a list of other articles.
func isRelatedHeading(s string) bool {
	if len(s) > 60 {
		return false
	}
	f := strings.TrimFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, h := range relatedHeadings {
		if f == h {
			return true
		}
	}
	return false
}

// dateLineWords may surround the date on a date line.
var dateLineWords = map[string]bool{
	"thứ": true, "hai": true, "ba": true, "tư": true, "năm": true, "sáu": true, "bảy": true, "chủ": true,
	"nhật": true, "cn": true, "cập": true, "ngày": true, "đăng": true, "lúc": true, "am": true, "pm": true,
	"sa": true, "ch": true, "gmt": true, "lượt": true, "xem": true, "giờ": true, "tải": true, "xuất": true,
	"bản": true, "update": true, "updated": true, "posted": true, "published": true, "on": true,
	"by": true, "h": true, "đọc": true, "thời": true, "gian": true, "tháng": true,
}

// isDateLine reports whether s is a date line: a date with only weekday,
// time and "posted"/"updated" words around it.
func isDateLine(s string) bool {
	if len(s) > 120 || !fullDateRe.MatchString(s) {
		return false
	}
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !dateLineWords[w] {
			return false
		}
	}
	return true
}

// bylineRe matches a credit line: "Tin: X; ảnh: Y", "Bài, ảnh: X",
// "Tin và ảnh: X", "Ảnh: X".
var bylineRe = regexp.MustCompile(`^(?:tin|bài|ảnh|tin bài|tin, ảnh|bài, ảnh|tin và ảnh|bài và ảnh|tin - ảnh|bài - ảnh|tin/ảnh|bài/ảnh|nội dung|thực hiện|nhóm pv|pv|ctv|phóng viên|video|clip|nguồn|theo)\s*:`)

func isBylineText(s string) bool {
	if len(s) > 150 {
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
