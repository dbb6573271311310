package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// creditLabelRe finds the labels of a byline ("Tin:", "Bài, ảnh:", "Ảnh:")
// in folded text; group 1 is the label.
var creditLabelRe = regexp.MustCompile(`(?:^|[\s;,(.|-])((?:tin|bài|ảnh|tin bài|bài viết|tin, ảnh|bài, ảnh|tin và ảnh|bài và ảnh|tin - ảnh|bài - ảnh|tin/ảnh|bài/ảnh|tin, bài|thực hiện|nội dung|video|clip)\s*:)\s*`)

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
		case paraCaption, paraBody, paraLead:
			// a credit is labelled ("Ảnh: ..."): no colon, no regexp run
			if (p.kind != paraCaption && len(text) > 200) || !strings.Contains(folded, "ảnh") || !strings.Contains(folded, ":") {
				continue
			}
			_, ph := parseLabeled(text, folded)
			photographers = append(photographers, ph...)
		}
	}
	r.Credits.Author = dedupe(authors)
	r.Credits.Photographer = dedupe(photographers)
}

// parseByline splits one credit line into authors and photographers; a line
// without labels is the author's name.
func parseByline(text, folded string) (authors, photographers []string) {
	if strings.HasPrefix(folded, "nguồn") || strings.HasPrefix(folded, "theo ") {
		return nil, nil // a source ("Nguồn: Báo Nhân Dân", "Theo TTXVN"), not a byline
	}
	authors, photographers = parseLabeled(text, folded)
	if len(authors) == 0 && len(photographers) == 0 && !(strings.Contains(folded, ":") && creditLabelRe.MatchString(folded)) {
		authors = creditNames(text)
	}
	return authors, photographers
}

// parseLabeled reads every "label: names" part of a line.
func parseLabeled(text, folded string) (authors, photographers []string) {
	if !strings.Contains(folded, ":") {
		return nil, nil // every label ends with a colon
	}
	locs := creditLabelRe.FindAllStringSubmatchIndex(folded, -1)
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
		if strings.Contains(label, "tin") || strings.Contains(label, "bài") || strings.Contains(label, "thực hiện") || strings.Contains(label, "nội dung") {
			authors = append(authors, names...)
		}
	}
	return authors, photographers
}

// creditNames cleans the value of a credit: stops at a bracket, a date or a
// " - " affiliation, drops agency suffixes ("/TTXVN") and splits lists.
func creditNames(v string) []string {
	if i := strings.IndexAny(v, "(|·"); i >= 0 {
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
			part = part[:i]
		}
		part = strings.Trim(part, " .,;:-–)")
		if isCreditName(part) {
			out = append(out, part)
		}
	}
	return out
}

func splitNames(v string) []string {
	v = strings.ReplaceAll(v, " và ", ",")
	return strings.Split(v, ",")
}

// isCreditName accepts 1-5 words that each start with a capital letter
// ("Khắc Hiếu", "H'Liên", "PV", "Nhóm PV").
func isCreditName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
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
// words and nothing but a bracket or " - " affiliation after them.
func startsWithName(s string) bool {
	names := creditNames(s)
	return len(names) == 1 && len(strings.Fields(names[0])) >= 2
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
