package extractor

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// docTypes are the document type words, folded, longest first so that
// "thông báo kết luận" wins over "thông báo". They are matched by
// findDocTypes, a skipping scan that is much cheaper than an alternation
// regexp over every paragraph.
var docTypes = []string{
	"thông báo kết luận", "quy chế phối hợp", "nghị quyết liên tịch", "thông tư liên tịch", "chương trình hành động",
	"kế hoạch liên tịch", "kế hoạch phối hợp", "chương trình phối hợp", "hướng dẫn liên ngành", "hướng dẫn liên tịch", "quyết định liên tịch",
	"nghị quyết", "chỉ thị", "thông báo", "quyết định", "kết luận", "kế hoạch", "công văn", "bộ luật",
	"quy định", "hướng dẫn", "công điện", "nghị định", "thông tư", "thông tri", "pháp lệnh", "quy chế",
	"hiến pháp", "điều lệ", "đề án", "tờ trình", "luật", "sắc lệnh",
}

// docTypeHeads indexes docTypes by their first four bytes: most words that
// open like a type word ("thành", "chính", "nghe") are turned down by one
// bit of a small set.
var docTypeHeads = newHeadIndex(docTypes)

// docTypeAt returns the length of the document type word that starts at
// folded[i:], or 0.
func docTypeAt(folded string, i int) int {
	if len(folded)-i < 4 { // every type word is longer
		return 0
	}
	h := head4(folded[i : i+4])
	if !docTypeHeads.mayOpen(h) {
		return 0
	}
	for _, j := range docTypeHeads.phrasesOf(h) {
		w := docTypes[j]
		if len(folded)-i >= len(w) && folded[i:i+len(w)] == w && wordBoundary(folded, i, i+len(w)) {
			return len(w)
		}
	}
	return 0
}

// findDocTypes lists the [start, end) spans of document type words, as
// docTypeAt tried at every byte would, a match skipping its own bytes. Most
// bytes start no type word, so the text is stepped through as by Horspool's
// search: a window of docTypeMinLen bytes ends in four bytes, and if no
// type word holds them where the window would put them, no type word
// starts within docTypeSkip[four] bytes. Where the skip is 0, the first
// four bytes (docTypeHeads) and then docTypeAt decide. "luật", much shorter
// than the other words, would shorten every skip; a byte search of its own
// finds it (appendShortDocType).
func findDocTypes(folded string) [][2]int {
	return appendDocTypes(nil, folded)
}

// appendDocTypes is findDocTypes appending to out, so that a caller can
// give it room on its stack.
func appendDocTypes(out [][2]int, folded string) [][2]int {
	first := len(out)
	// e is the end of the window [e-docTypeMinLen, e)
	for e := docTypeMinLen; e <= len(folded); {
		i := e - docTypeMinLen
		w := folded[i:e]
		if s := docTypeSkip[quadSlot(head4(w[docTypeMinLen-4:]))]; s > 0 {
			e += int(s)
			continue
		}
		if docTypeHeads.mayOpen(head4(w)) {
			if k := docTypeAt(folded, i); k > 0 {
				out = append(out, [2]int{i, i + k})
				e += k
				continue
			}
		}
		e++
	}
	return appendShortDocType(out, first, folded)
}

// shortDocType is the one type word shorter than docTypeMinLen, searched
// for by its rarest byte.
const shortDocType = "luật"

var shortDocTypeWord = newRarestByteWord(shortDocType)

// appendShortDocType adds to out[first:], the spans of the longer type
// words in order, the places of shortDocType that start no other match and
// lie in none. No type word starts inside "luật" (its bytes are letters), and
// the only one that holds it is "bộ luật", so the greedy scan of every byte
// would take these same places.
func appendShortDocType(out [][2]int, first int, folded string) [][2]int {
	for off := 0; ; {
		k := shortDocTypeWord.index(folded[off:])
		if k < 0 {
			return out
		}
		i := off + k
		off = i + len(shortDocType)
		if !wordBoundary(folded, i, off) {
			continue
		}
		at := first // the first span that starts after i
		for at < len(out) && out[at][0] <= i {
			at++
		}
		if at > first && i < out[at-1][1] {
			continue // within a longer match (or found by it)
		}
		out = slices.Insert(out, at, [2]int{i, off})
	}
}

// docTypeMinLen is the length in bytes of the shortest type word but
// shortDocType ("đề án", "quy chế"); docTypeSkip checks it.
const docTypeMinLen = 9

// docTypeSkip holds, for the slot (quadSlot) of each four bytes, how far a
// window of docTypeMinLen bytes ending in them may move on without passing
// the start of a type word: the least distance from a place of the four
// within the first docTypeMinLen bytes of a type word to their end (heads
// sharing a slot take the least of theirs). Four bytes in no type word let
// the window move on by all but three of its bytes. (Pairs would allow two
// bytes more, but the common pairs of the text, "n " or " t", are in type
// words too, and stop the scan far more often, at a branch that is hard
// to predict.)
var docTypeSkip = func() (skip [1 << quadSlotBits]uint8) {
	for i := range skip {
		skip[i] = uint8(docTypeMinLen - 3)
	}
	for _, w := range docTypes {
		if w == shortDocType {
			continue
		}
		if len(w) < docTypeMinLen {
			panic("extractor: a type word is shorter than docTypeMinLen: " + w)
		}
		for q := 0; q+4 <= docTypeMinLen; q++ {
			slot := quadSlot(head4(w[q:]))
			skip[slot] = min(skip[slot], uint8(docTypeMinLen-4-q))
		}
	}
	return skip
}()

const quadSlotBits = 12

// quadSlot hashes four bytes (head4) to a slot of docTypeSkip.
func quadSlot(h uint32) uint32 {
	return h * 0x9e3779b1 >> (32 - quadSlotBits)
}

// isASCIIAlnum reports an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// afterLeadComma skips what the anchored citation regexps allow before
// their first word (`^\s*,?\s*`): a cheap test of that word tells when the
// regexp cannot match, which spares the matcher's setup on every call.
func afterLeadComma(s string) string {
	s = trimRESpacesLeft(s)
	if s != "" && s[0] == ',' {
		s = trimRESpacesLeft(s[1:])
	}
	return s
}

// reSpaces are the bytes \s matches in RE2 syntax.
const reSpaces = " \t\n\f\r"

// opensWithDigit reports whether s opens with an ASCII digit, which every
// document number (symbolRe, shortNumberRe) does.
func opensWithDigit(s string) bool {
	return s != "" && isDigitByte(s[0])
}

// startsWithDocType reports whether s (folded) opens with a type word,
// after spaces and "các".
func startsWithDocType(s string) bool {
	s = strings.TrimLeft(s, " ")
	s = strings.TrimPrefix(s, "các ")
	return s != "" && docTypeAt(s, 0) > 0
}

// Document symbols, matched on the original text because case is part of
// them: state form 16/CT-TTg, 15/2020/NĐ-CP, 80/2015/QH13, 1234/VPCP-KGVX;
// party form 172-TB/TW, 08-QĐi/TW, 15-NQ/TU, and the older 124-QĐ/TƯ whose
// "Ư" (Trung ương) and "Ơ" are letters of the symbol too.
var (
	symbolRe      = regexp.MustCompile(`^(?:\d{1,5}\s?/\s?(?:\d{4}\s?/\s?)?[A-ZĐ][A-Za-zĐđƯƠ0-9]*(?:\s?[-–]\s?[A-ZĐ][A-Za-zĐđƯƠ0-9.&]*|/[A-ZĐ][A-Za-zĐđƯƠ0-9]*)*|\d{1,5}\s?[-–]\s?[A-ZĐ][A-Za-zĐđ]{0,5}\s?/\s?[A-ZĐ][A-Za-zĐđƯƠ0-9]*(?:[-/][A-ZĐ][A-Za-zĐđƯƠ0-9]*)*)`)
	shortNumberRe = regexp.MustCompile(`^\d{1,5}(?:[^\p{L}\d/-]|$)`)
	// dirDateFullRe reads the date after a symbol in the forms dirDate
	// leaves to a regexp: "(ngày 31/3/2020)", "được ban hành ngày ...",
	// "ký ngày ...".
	dirDateFullRe = regexp.MustCompile(`^\s*[,(]?\s*(?:(?:được\s+)?(?:ký\s+)?ban hành\s+|ký\s+)?ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))`)
	andCommonRe   = regexp.MustCompile(`^(?:các|những|toàn thể|nhân dân|người|cán bộ)\s`)
	listNextRe    = regexp.MustCompile(`^\s*(?:,|và|;)\s*(?:số\s+)?`)
	// issuerBeforeRe finds the issuer written before the document: "Bộ
	// Chính trị ban hành Kết luận số ...", "chỉ đạo của Bộ Chính trị tại
	// Thông báo số ...", "Ban Tổ chức Trung ương ban hành Hướng dẫn số
	// ...". A party body inside a state one ("Ban cán sự đảng
	// Ủy ban nhân dân tỉnh", "Đảng đoàn Quốc hội") is the issuer as a whole,
	// and so is a party organisation's committee ("Ban Chấp hành Đảng bộ
	// huyện khóa XX"), which "bộ ..." (a ministry) must not cut.
	issuerBeforeRe = regexp.MustCompile(`((?:hội nghị (?:lần thứ [\p{L}\d]+ )?)?(?:ban cán sự đảng |đảng đoàn )?(?:bộ chính trị|ban bí thư|ban chấp hành trung ương(?: đảng)?(?: \(khóa [^)]{1,10}\))?|thủ tướng(?: chính phủ)?|chính phủ|quốc hội|ủy ban thường vụ quốc hội|ubnd tỉnh|ủy ban nhân dân tỉnh|hđnd tỉnh|tỉnh ủy|thành ủy|ban thường vụ tỉnh ủy|ban (?:chấp hành|thường vụ) đảng bộ [\p{L}]+(?: [\p{L}]+){0,3}|bộ [\p{L}]+(?:(?: -)? [\p{L}]+){0,6}?|(?:ủy )?ban [\p{L}]+(?: [\p{L}]+){0,2} trung ương))\s+(?:cũng\s+)?(?:đã\s+|vừa\s+|mới\s+)?(?:khẩn trương\s+|kịp thời\s+|nhanh chóng\s+)?(?:ban hành|tại|ký ban hành|có|ra|ký)\s+$`)
)

// committeeIssuerBeforeRe finds a party committee or people's committee
// named, maybe with its place, before the document: "Ban Thường vụ Tỉnh
// ủy Lạng Sơn vừa ban hành Chỉ thị số 09", "Huyện ủy ban hành Kế hoạch",
// "UBND huyện có văn bản số ..."; group 2 is the place, which must be
// capitalised.
var committeeIssuerBeforeRe = regexp.MustCompile(`((?:ban thường vụ |ban chấp hành |thường trực )?(?:tỉnh|thành|huyện|quận|thị|đảng) ủy|(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân) (?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn))((?: [\p{L}]+){0,3}?)\s+(?:đã\s+|vừa\s+|mới\s+)?(?:ban hành|ký ban hành|có|xây dựng)\s+$`)

// issuerBeforeFinder and committeeIssuerBeforeFinder search with the two regexps above
// from the words their matches can open with.
var (
	issuerBeforeFinder = newOpeningsRegexp(issuerBeforeRe, "hội nghị ", "ban ", "đảng đoàn ", "bộ ", "thủ tướng", "chính phủ", "quốc hội",
		"ủy ban ", "ubnd tỉnh", "hđnd tỉnh", "tỉnh ủy", "thành ủy")
	committeeIssuerBeforeFinder = newOpeningsRegexp(committeeIssuerBeforeRe, "ban thường vụ ", "ban chấp hành ", "thường trực ",
		"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "ubnd ", "ủy ban nhân dân ", "hđnd ", "hội đồng nhân dân ")
)

// openingsRegexp is an unanchored regexp that asserts nothing about the
// text before its match (no ^ or \b), with the literal openings every
// match starts with. Unanchored, the matcher starts at every byte of the
// text; FindStringSubmatchIndex tries the regexp anchored (at) only where
// an opening is, leftmost first, which finds the same match: the leftmost
// start, and there the match the regexp prefers.
type openingsRegexp struct {
	at       *regexp.Regexp
	openings []string
	first    [256]bool // the first bytes of openings
}

func newOpeningsRegexp(re *regexp.Regexp, openings ...string) *openingsRegexp {
	o := &openingsRegexp{at: regexp.MustCompile(`^(?:` + re.String() + `)`), openings: openings}
	for _, w := range openings {
		o.first[w[0]] = true
	}
	return o
}

// FindStringSubmatchIndex is the unanchored regexp's FindStringSubmatchIndex.
func (o *openingsRegexp) FindStringSubmatchIndex(s string) []int {
	for i := 0; i < len(s); i++ {
		if !o.first[s[i]] || !o.opensAt(s, i) {
			continue
		}
		if m := o.at.FindStringSubmatchIndex(s[i:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
	}
	return nil
}

func (o *openingsRegexp) opensAt(s string, i int) bool {
	for _, w := range o.openings {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// dropSignerName drops the name of the official who signed from the end of
// an issuer ("Bộ trưởng Bộ Y tế Lê Minh Tâm" is "Bộ trưởng Bộ Y tế"): two
// to four capitalised syllables that open with a surname and name no
// place ("Lâm Đồng", "Hà Nội", "Thành phố Hồ Chí Minh" keep theirs).
func dropSignerName(iss string) string {
	if strings.Count(iss, " ") < 3 {
		return iss
	}
	var buf [32]string // an issuer's words, on the stack
	words := fieldsUpTo(buf[:0], iss, len(iss))
	for k := max(1, len(words)-4); k <= len(words)-2; k++ {
		tail := words[k:]
		if !isUpperStart(tail[0]) || !holdsFolded(vocab.surnames, tail[0]) || !isLetterStart(words[k-1]) {
			continue
		}
		name := strings.Join(tail, " ")
		if !allCapitalised(tail) || vocab.places[fold(name)] || vocab.places[fold(strings.Join(tail[:2], " "))] || fold(name) == "hồ chí minh" {
			continue
		}
		if len(tail) == 2 && k >= 2 && territoryBefore(fold(words[k-2]), fold(words[k-1])) {
			continue // "Ban Thường vụ Huyện ủy Bạch Thông", "Đảng ủy xã Hà Vị": the territory
		}
		if namedAfterPerson(words[:k]) {
			return iss // "Trường Chính trị Tôn Đức Thắng": a body named after a person
		}
		return strings.Join(words[:k], " ")
	}
	return iss
}

// namedAfterPerson reports words that end with a word making the name
// after it a body's or a place's (org_prefixes.tsv: "trường chính trị",
// "học viện").
func namedAfterPerson(words []string) bool {
	for n := 1; n <= 3 && n <= len(words); n++ {
		w := fold(strings.Join(words[len(words)-n:], " "))
		if vocab.orgPrefixed[w] && !adminUnitWord(w) {
			return true
		}
	}
	return false
}

// adminUnitWord reports the folded name of an administrative unit, which
// org_prefixes.tsv holds for the places named after people ("xã Lê Lợi")
// but which, in an issuer, comes before the signer's name ("Chủ tịch UBND
// tỉnh Nguyễn Văn An").
func adminUnitWord(w string) bool {
	switch w {
	case "tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố", "tp", "thôn", "ấp", "bản", "buôn", "làng":
		return true
	}
	return false
}

// territoryBefore reports folded words (the one before the last, the
// last) after which two capitalised syllables name a territory rather than
// a signer: a unit below the province ("xã", "huyện"), whose names no
// table holds, or its party committee ("Huyện ủy"). Provinces are known
// places (dropSignerName keeps them), so "UBND tỉnh <name>" stays a signer.
func territoryBefore(prev2, prev string) bool {
	switch prev {
	case "xã", "phường", "huyện", "quận", "trấn":
		return true
	case "ủy", "uỷ":
		switch prev2 {
		case "huyện", "quận", "thị", "xã", "phường":
			return true
		}
	}
	return false
}

// allCapitalised reports whether every word opens with a capital and goes
// on in lower case, as the syllables of a name do.
func allCapitalised(words []string) bool {
	for _, w := range words {
		if !isUpperStart(w) || isAcronym(w) {
			return false
		}
	}
	return true
}

// trimAuxiliary drops a tense word ("đã", "vừa", "mới") and a manner
// word ("khẩn trương") that an issuer of open length took from before its
// verb ("Ban Chấp hành Đảng bộ huyện khóa
// XX đã ban hành ...").
func trimAuxiliary(iss string) string {
	for _, adv := range []string{" khẩn trương", " kịp thời", " nhanh chóng"} {
		if t, ok := strings.CutSuffix(iss, adv); ok {
			iss = t
			break
		}
	}
	for _, aux := range []string{" đã", " vừa", " mới"} {
		if t, ok := strings.CutSuffix(iss, aux); ok {
			return t
		}
	}
	return iss
}

// issuerVerbBefore is a cheap test for the verb both issuer regexps need
// at the end of the text ("ban hành", "tại", "có").
func issuerVerbBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	return strings.HasSuffix(b, "ban hành") || strings.HasSuffix(b, " tại") || strings.HasSuffix(b, " có") || strings.HasSuffix(b, " xây dựng") ||
		(strings.HasSuffix(b, " ra") || strings.HasSuffix(b, " ký")) && issuerBeforeFinder.FindStringSubmatchIndex(before) != nil
	// ("Bộ Chính trị ra Thông báo số ...", not "đề ra"; "Thủ tướng Chính
	// phủ vừa ký Quyết định ...", where an official who signs is left to
	// signedByOfficial)
}

// issuerPlace reports whether the words after a committee before its
// document name its place: capitalised ("Huyện ủy Lâm Bình"), maybe after
// the level written lower-case ("Đảng ủy xã", "Đảng ủy xã Bình Sơn"), or
// nothing.
func issuerPlace(place string) bool {
	words := strings.Fields(place)
	for len(words) > 0 && holdsFolded(adminLevels, words[0]) {
		words = words[1:]
	}
	return allUpperStart(strings.Join(words, " "))
}

// adminLevels are the lower-case level words of a place ("xã", "huyện").
var adminLevels = map[string]bool{"xã": true, "phường": true, "thị": true, "trấn": true, "huyện": true, "tỉnh": true, "quận": true, "thành": true, "phố": true}

// recipientsWindow is how far (bytes) a list of recipients may run
// before the subject of a dispatch.
const recipientsWindow = 300

// recipientsBeforeSubject returns how many bytes of folded text, which
// follows a document's number, are the bodies it is sent to: "Công văn số
// 12/UBND-TH gửi các sở, ngành; UBND các huyện về việc ..." has its subject
// after them. It is 0 when no "gửi ... về việc" is there.
func recipientsBeforeSubject(folded string) int {
	rest := strings.TrimLeft(folded, " ,")
	if !strings.HasPrefix(rest, "gửi ") {
		return 0
	}
	skipped := len(folded) - len(rest)
	window := rest[:min(len(rest), recipientsWindow)]
	k := strings.Index(window, " về việc ")
	if k < 0 || strings.ContainsAny(window[:k], ".:") {
		return 0
	}
	return skipped + k
}

// signerOffices are the offices of someone who signs a document for a
// body: "Chủ tịch UBND tỉnh X vừa ký ban hành Công văn" names the signer,
// and the body is its issuer only where the page writes so ("của UBND
// tỉnh"). An official signs an article so too ("Lê Văn Tâm – Bí thư Chi
// bộ ...", signsWithOffice).
var signerOffices = []string{"chủ tịch ", "bí thư ", "giám đốc ", "trưởng ban ", "chánh văn phòng ", "ủy viên ", "uỷ viên ", "bộ trưởng ", "thứ trưởng "}

// signedByOfficial reports whether the text before a document tells that an
// official signed it: an office title stands before the body and "ký".
func signedByOfficial(before string) bool {
	k := strings.LastIndex(before, " ký ban hành")
	if k < 0 {
		// "Phó Chủ tịch UBND tỉnh vừa ký Quyết định ...": the bare verb
		if b := strings.TrimRight(before, " "); strings.HasSuffix(b, " ký") {
			k = len(b) - len(" ký")
		} else {
			return false
		}
	}
	// The office starts the clause: look back from "ký" to the last comma,
	// bracket or dash.
	from := strings.LastIndexAny(before[:k], ",;:()-–") + 1
	clause := before[from:k]
	for _, office := range signerOffices {
		// "Ban Bí thư (Trung ương Đoàn) ký ban hành": the Secretariat is a
		// body, not a secretary
		if i := strings.Index(clause, office); i >= 0 && wordStartAt(clause, i) && !strings.HasSuffix(clause[:i], "ban ") {
			return true
		}
	}
	return false
}

// onBehalfBody reads "Thay mặt <body>," opening the sentence that ends
// at the end of text (folded alongside) and returns where the body starts
// and its name, or -1.
func onBehalfBody(text, folded string) (int, string) {
	from := max(0, len(folded)-onBehalfWindow)
	k := strings.LastIndex(folded[from:], "thay mặt ")
	if k < 0 {
		return -1, ""
	}
	k += from
	if s := strings.TrimRight(folded[:k], " "); s != "" && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "-") && !strings.HasSuffix(s, "–") {
		return -1, "" // only a sentence's (or a lead's) opening clause
	}
	start := k + len("thay mặt ")
	c := strings.IndexByte(folded[start:], ',')
	if c <= 0 || !isUpperStart(text[start:]) || !centralBody(folded[start:start+c]) {
		return -1, ""
	}
	return start, text[start : start+c]
}

// onBehalfWindow is how far (bytes) before a document a "Thay mặt ..."
// that names its issuer may open the sentence.
const onBehalfWindow = 300

// allUpperStart reports whether every word of s is capitalised.
func allUpperStart(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isUpperStart(w) {
			return false
		}
	}
	return true
}

// Words that end an issuer or a subject clause.
var (
	issuerStops = []string{" về ", " ban hành", " quy định", " hướng dẫn", " phê duyệt", " phê chuẩn", " bổ nhiệm", " công nhận", " điều động", " chỉ định", " kiện toàn", " sửa đổi", " đã ", " thì ", " là ", " nhằm ", " để ", " trong ", " tại ", " cho ", " với ", " đến ", " được ", " theo ", " gắn ", " thực hiện", " triển khai", " về việc", " liên quan", " có ", " mà ",
		// the verb phrase of a sentence whose subject the cited document is
		// ("Kết luận số ... của Ban Bí thư không chỉ là ...")
		" không chỉ ", " không những ", " không phải ", " đang ", " sẽ ", " vẫn ", " cũng ", " đều ", " góp phần ",
		// what the document is carried into ("lan tỏa Nghị quyết ... của Bộ
		// Chính trị vào đời sống")
		" vào ",
		// whom a decision concerns ("của UBND huyện đối với các đơn vị ...")
		" đối với ",
		// the signing ("do Bộ trưởng ... ký ban hành")
		" ký ",
		// the year of issue ("của Bộ Chính trị năm 2021")
		" năm 1", " năm 2"}
	subjectStops = []string{" đã ", " nêu rõ", " chỉ rõ", " quy định rõ", " nhấn mạnh", " khẳng định", " theo quy định của ", ", các ", ", những ", ", tiếp tục ", ", kiên trì ", ", từng bước ", " tiếp tục có ", " và áp dụng ", " và triển khai thực hiện ", ", đồng thời", ", trong đó", ", góp phần", ", nhằm", " nhằm ", ", qua đó", ", từ đó", ", mục tiêu ", ", mục đích ", " thì ", ", tạo ", " cho thấy", " đạt ", ", bảo đảm", ", đảm bảo", " (sau đây gọi tắt", " (sau đây viết tắt", " (gọi tắt là", " vẫn còn ", ", là ",
		// how the meeting that studies the document is held: "... bằng trực
		// tiếp tại Hội trường ... và kết hợp trực tuyến"
		" bằng trực ", " bằng hình thức trực ", " theo hình thức trực ", " dưới hình thức trực "}
)

// dirMention is one directive found in the text, with its byte span.
type dirMention struct {
	d          schema.Directive
	start, end int  // span of type word .. end of citation
	symbolEnd  int  // end of the number
	short      bool // cited by a bare number ("Chỉ thị 05", "Chỉ thị số 17")
	explicit   bool // the bare number follows "số": a citation in its own right
	// issuerBefore: the issuer was written before the document ("chỉ đạo
	// của Bộ Chính trị tại Thông báo số ...")
	issuerBefore bool
}

// extractDirectives finds the documents cited in the article: numbered
// ones in state and party form with their type, date, issuer and "về"
// subject; named ones without a number (a congress resolution, a law by
// name). Short re-mentions ("Chỉ thị 16") merge into the full citation.
func extractDirectives(d *document, r *schema.Report) {
	var ms []dirMention
	for _, p := range d.paras {
		if p.kind == paraDateline || p.kind == paraByline {
			continue
		}
		ms = directivesIn(d, p.start, p.end, ms)
	}
	shareSubjects(d, ms)
	shareListIssuer(d, ms)
	for i := range ms {
		if ms[i].d.Date == "" && ms[i].d.Number != "" {
			if t, ok := headerDate(d, ms[i]); ok {
				ms[i].d.Date = schema.Text(isoDate(t))
			}
		}
	}
	evs := make([]schema.Evidence, len(ms)) // one allocation for all
	for i := range ms {
		evs[i] = d.evidence(ms[i].start, ms[i].end, d.sentenceAt(ms[i].start))
		ms[i].d.Evidence = &evs[i]
	}
	r.Directives = mergeDirectives(ms)
}

// directivesIn scans one paragraph, appending its mentions to out.
func directivesIn(d *document, start, end int, out []dirMention) []dirMention {
	first := len(out) // the mentions of this paragraph are out[first:]
	folded := d.folded[start:end]
	text := d.text[start:end]
	var locs [8][2]int // most paragraphs cite fewer documents
	for _, loc := range appendDocTypes(locs[:0], folded) {
		ts, te := loc[0], loc[1]
		typ := text[ts:te]
		if isDraft(folded[:ts]) {
			continue // "dự thảo Nghị quyết", "dự án Luật": discussed, not cited
		}
		if notLawWord(folded, ts, te) {
			continue // "kỷ luật 28 đảng viên", "vi phạm pháp luật": no law cited
		}
		if folded[ts:te] == "tờ trình" && presentedHere(folded[:ts]) {
			continue // "trình bày Tờ trình số ...": a submission the meeting hears
		}
		rest := te
		pos := rest + numberLead(text[rest:])
		sym := findSymbol(text[pos:])
		if sym == "" {
			// "Luật Doanh nghiệp số 59/2020/QH14": a name, then the number.
			if k := soWord.index(folded[rest:min(len(folded), rest+80)]); k > 0 && isTitleCaseRun(text[rest:rest+k]) {
				pos = rest + k + len(" số ")
				sym = findSymbol(text[pos:])
			}
		}
		issuerFirst := ""
		if sym == "" && strings.HasPrefix(folded[rest:], " của ") {
			// "Quyết định của Bộ Chính trị số 31-QĐ/TW": issuer, then number.
			from := rest + len(" của ")
			if k := soWord.index(folded[from:min(len(folded), from+90)]); k > 0 && isUpperStart(text[from:]) && !strings.ContainsAny(folded[from:from+k], ",;.") && !holdsDocType(folded[from:from+k]) {
				issuerFirst = text[from : from+k]
				pos = from + k + len(" số ")
				sym = findSymbol(text[pos:])
			}
		}
		if sym != "" {
			m := readCitation(d, start, text, folded, typ, ts, pos, sym)
			if m.d.Issuer == "" {
				m.d.Issuer = schema.Text(issuerFirst)
			}
			out = append(out, m)
			// "Nghị quyết số 01/NQ-CP và 02/NQ-CP": same type, next number.
			for {
				tail := text[m.end-start:]
				nl := listNext(tail)
				if nl < 0 {
					break
				}
				next := findSymbol(tail[nl:])
				if next == "" || !strings.ContainsAny(next, "/") {
					break
				}
				m = readCitation(d, start, text, folded, typ, m.end-start, m.end-start+nl, next)
				out = append(out, m)
			}
			continue
		}
		num := shortNumber(text[pos:])
		num = strings.TrimRight(num, numberTrail)
		if num == "" && (isUpperStart(typ) || strings.Contains(folded[rest:pos], "số")) {
			num = numberWithYear(text[pos:]) // "Nghị quyết số 19/2022 của BCH Trung ương"
		}
		switch {
		case num != "" && !isUpperStart(typ) && !strings.Contains(folded[rest:pos], "số") && countsNoun(folded[pos+len(num):]):
			// "kết luận 25 đảng viên có vi phạm": the verb and a count of
			// what was concluded, not a document.
			continue
		case num != "" && !strings.Contains(folded[rest:pos], "số") && countsPeriod(folded[pos+len(num):]):
			// "kế hoạch 6 tháng cuối năm": the length of a period, not a
			// document's number.
			continue
		case !isUpperStart(typ) && pos == rest+1 && yearNumber(num):
			// "báo cáo kết quả năm 2022 và kế hoạch 2023": the plan for a
			// year, not a document numbered 2023.
			continue
		case num != "" && isUpperStart(typ) && !strings.Contains(folded[rest:pos], "số") && countsUnits(folded[pos+len(num):]) && opensSentence(folded[:ts]):
			// "Hướng dẫn 14 xã hoàn thiện hồ sơ": a verb opening the
			// sentence, and a count of whom it concerns.
			continue
		case num != "" && pos > rest:
			if ms := sharedSuffixList(d, start, text, folded, typ, ts, pos, num); ms != nil {
				out = append(out, ms...)
				continue
			}
			// "Chỉ thị số 17 về việc ...": cited by its number alone. It
			// merges into a full citation of the same number if there is one.
			m := readCitation(d, start, text, folded, typ, ts, pos, num)
			m.short, m.explicit = true, true
			out = append(out, m)
			continue
		case num != "" && isUpperStart(typ):
			// "Chỉ thị 05": a short re-mention.
			out = append(out, dirMention{d: schema.Directive{Type: typ, Number: schema.Text(num)}, start: start + ts, end: start + pos + len(num), short: true})
			continue
		}
		if m, ok := namedDocument(text, folded, typ, ts, te); ok {
			m.start += start
			m.end += start
			out = append(out, m)
		}
	}
	return append(out, bareSymbols(d, start, text, folded, out[first:])...)
}

// numberLead returns the length of the spaces and "số:" that may stand
// between a type word and its number (what `^\s*(?:số\s*:?\s*)?` matches).
func numberLead(s string) int {
	rest := trimRESpacesLeft(s)
	if r, ok := strings.CutPrefix(rest, "số"); ok {
		r = trimRESpacesLeft(r)
		if r != "" && r[0] == ':' {
			r = trimRESpacesLeft(r[1:])
		}
		rest = r
	}
	return len(s) - len(rest)
}

// findSymbol matches the document symbol at the start of s. A dot may sit
// inside a symbol's last part, but one closing it is the sentence's full stop
// ("... triển khai Kế hoạch số 57/KH-UBND."), not part of the symbol.
func findSymbol(s string) string {
	n := symbolLen(s)
	if r, _ := utf8.DecodeRuneInString(s[n:]); n < len(s) && unicode.IsLetter(r) {
		// "Chỉ thị 31-CT/TWcủa Ban Bí thư", "12/QĐ-TTgngày 5/3": the
		// next word glued on, its first letters read as the code's
		for k := n - 1; k > 0 && 'a' <= s[k] && s[k] <= 'z'; k-- {
			if gluedWordAt(s[k:]) {
				n = k
				break
			}
		}
	}
	return strings.TrimRight(s[:n], ".")
}

// gluedWords are the words that follow a document's number ("của",
// "ngày", "về" ...), which a missing space may glue to it.
var gluedWords = []string{"của", "ngày", "về", "và", "do", "năm", "được", "đã", "tại", "theo", "trong", "với"}

// gluedWordAt reports one of gluedWords, whole, at the start of s.
func gluedWordAt(s string) bool {
	for _, w := range gluedWords {
		if rest, ok := strings.CutPrefix(s, w); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || !unicode.IsLetter(r)
		}
	}
	return false
}

// symbolLen is the length of symbolRe's match at the start of s, 0 if none,
// read byte by byte: each step of the regexp can go on in one way only
// (a class run stops at a byte the next step cannot start with), so the
// first way the regexp would try is the match.
func symbolLen(s string) int {
	i := 0
	for i < len(s) && i < 5 && isDigitByte(s[i]) {
		i++
	}
	if i == 0 || i < len(s) && isDigitByte(s[i]) {
		return 0 // no number, or one of more than five digits
	}
	i = skipOneRESpace(s, i)
	switch {
	case i < len(s) && s[i] == '/':
		return stateSymbolEnd(s, i+1)
	case i < len(s) && s[i] == '-':
		return partySymbolEnd(s, i+1)
	case strings.HasPrefix(s[i:], "–"):
		return partySymbolEnd(s, i+len("–"))
	}
	return 0
}

// stateSymbolEnd reads the state form after the number's slash,
// `\s?(?:\d{4}\s?/\s?)?[A-ZĐ][A-Za-zĐđƯƠ0-9]*(?:\s?[-–]\s?[A-ZĐ][A-Za-zĐđƯƠ0-9.&]*|/[A-ZĐ][A-Za-zĐđƯƠ0-9]*)*`:
// the end of the symbol, or 0. A slash joins the issuers of a joint
// document as a dash does ("72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN").
func stateSymbolEnd(s string, i int) int {
	i = skipOneRESpace(s, i)
	if i+4 <= len(s) && isDigitByte(s[i]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
		// a year; without it, a capital cannot follow
		j := skipOneRESpace(s, i+4)
		if j >= len(s) || s[j] != '/' {
			return 0
		}
		i = skipOneRESpace(s, j+1)
	}
	n := symbolCapital(s, i)
	if n == 0 {
		return 0
	}
	i = symbolRun(s, i+n, false)
	for {
		if i < len(s) && s[i] == '/' {
			n := symbolCapital(s, i+1)
			if n == 0 {
				return i
			}
			i = symbolRun(s, i+1+n, false)
			continue
		}
		j := skipOneRESpace(s, i)
		switch {
		case j < len(s) && s[j] == '-':
			j++
		case strings.HasPrefix(s[j:], "–"):
			j += len("–")
		default:
			return i
		}
		j = skipOneRESpace(s, j)
		n := symbolCapital(s, j)
		if n == 0 {
			return i
		}
		i = symbolRun(s, j+n, true)
	}
}

// partySymbolEnd reads the party form after the number's dash,
// `\s?[A-ZĐ][A-Za-zĐđ]{0,5}\s?/\s?[A-ZĐ][A-Za-zĐđƯƠ0-9]*(?:[-/][A-ZĐ][A-Za-zĐđƯƠ0-9]*)*`:
// the end of the symbol, or 0.
func partySymbolEnd(s string, i int) int {
	i = skipOneRESpace(s, i)
	n := symbolCapital(s, i)
	if n == 0 {
		return 0
	}
	i += n
	for letters := 0; letters < 5; letters++ { // [A-Za-zĐđ]{0,5}
		if i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
			i++
		} else if strings.HasPrefix(s[i:], "Đ") || strings.HasPrefix(s[i:], "đ") {
			i += len("Đ")
		} else {
			break
		}
	}
	i = skipOneRESpace(s, i)
	if i >= len(s) || s[i] != '/' {
		return 0
	}
	i = skipOneRESpace(s, i+1)
	if n = symbolCapital(s, i); n == 0 {
		return 0
	}
	i = symbolRun(s, i+n, false)
	for i < len(s) && (s[i] == '-' || s[i] == '/') {
		n := symbolCapital(s, i+1)
		if n == 0 {
			break
		}
		i = symbolRun(s, i+1+n, false)
	}
	return i
}

// symbolCapital is the length of the [A-ZĐ] at s[i:], or 0.
func symbolCapital(s string, i int) int {
	switch {
	case i < len(s) && s[i] >= 'A' && s[i] <= 'Z':
		return 1
	case strings.HasPrefix(s[i:], "Đ"):
		return len("Đ")
	}
	return 0
}

// symbolRun steps over [A-Za-zĐđƯƠ0-9]* from s[i:], and over "." and "&"
// too if dots: the end of the run.
func symbolRun(s string, i int, dots bool) int {
	for i < len(s) {
		switch c := s[i]; {
		case isASCIIAlnum(c) || dots && (c == '.' || c == '&'):
			i++
		case strings.HasPrefix(s[i:], "Đ") || strings.HasPrefix(s[i:], "đ") || strings.HasPrefix(s[i:], "Ư") || strings.HasPrefix(s[i:], "Ơ"):
			i += 2 // each is two bytes
		default:
			return i
		}
	}
	return i
}

// bareSymbols finds symbols cited without a type word ("thực hiện nghiêm
// 16/CT-TTg", "theo tinh thần 35-NQ/TW") and names their type from the
// symbol's letters. Symbols inside the citations already found are skipped.
func bareSymbols(d *document, start int, text, folded string, found []dirMention) []dirMention {
	var out []dirMention
	marks := newMarkFinder(text)
	q := -1 // the first mark byte at or after ss, once ss passes the last one
	for ss := 0; ss < len(text); ss++ {
		// a symbol starts with a number that a slash or dash soon follows
		// (hasSlashOrDash below): no start is tried until 7 bytes before
		// the next byte that may be one,
		if ss > q {
			if q = marks.next(ss); q == len(text) {
				break
			}
			// and only a digit opens one: the first within reach of
			// this mark, or none (then on past the mark)
			if ss = indexDigit(text[:q], max(ss, q-7)); ss == q {
				continue
			}
		}
		if !isDigitByte(text[ss]) || (ss > 0 && joinsToken(text[ss-1])) {
			continue
		}
		if !hasSlashOrDash(text[ss:min(len(text), ss+8)]) {
			continue
		}
		sym := findSymbol(text[ss:])
		if sym == "" {
			continue
		}
		se := ss + len(sym)
		covered := false
		for _, m := range found {
			if start+ss >= m.start && start+ss < max(m.symbolEnd, m.start+1) {
				covered = true
				break
			}
		}
		if covered {
			ss = se - 1
			continue
		}
		if m, ok := bareCitation(d, start, text, folded, ss, sym); ok {
			out = append(out, m)
		}
		ss = se - 1
	}
	return out
}

// bareCitation reads the bare symbol sym at byte ss of a paragraph as a
// citation, with its type named by the word before it or by its letters.
func bareCitation(d *document, start int, text, folded string, ss int, sym string) (dirMention, bool) {
	if ts := citedReport(folded[:ss]); ts >= 0 && strings.Contains(sym, "BC") {
		// "được nêu tại Báo cáo số 88/BC-UBND ngày ...": a report
		// cited as the source of facts is an issued document, unlike
		// one presented at the meeting.
		return readCitation(d, start, text, folded, text[ts:ts+len("báo cáo")], ts, ss, sym), true
	}
	if ts := writtenAsDocument(folded[:ss]); ts >= 0 {
		// "có văn bản số 4912/UBND-NC về việc ...": a document cited
		// by the general word keeps it as its type.
		return readCitation(d, start, text, folded, text[ts:ts+len("văn bản")], ts, ss, sym), true
	}
	if typ := symbolType(sym); typ != "" {
		ts := ss
		// "Đảng ủy phường xây dựng Kế hoạch số 12-KH/ĐU": the type word
		// the draft test passed over still opens the citation, so
		// that an issuer written before it is found.
		if k := typeWordBefore(folded[:ss]); k >= 0 {
			ts = k
		} else if k := typeNameBefore(folded[:ss], typ); k >= 0 {
			// "UBND thành phố ban hành Chương trình số 09/CTr-UBND":
			// a type name that is no type word opens it too.
			ts, typ = k, text[k:k+len(fold(typ))]
		}
		return readCitation(d, start, text, folded, typ, ts, ss, sym), true
	}
	return dirMention{}, false
}

// markFinder finds, in a text read from left to right, the next byte that
// is a slash, a dash or the first byte of an en dash (0xE2), keeping the
// next of each so that each is searched for once.
type markFinder struct {
	text string
	at   [3]int // next '/', '-', 0xE2 at or after the last position asked
}

var markBytes = [3]byte{'/', '-', 0xE2}

func newMarkFinder(text string) markFinder {
	return markFinder{text: text, at: [3]int{-1, -1, -1}}
}

// next returns the first mark byte at or after i, or len(text); i must not
// decrease from call to call.
func (f *markFinder) next(i int) int {
	q := len(f.text)
	for k, c := range markBytes {
		if f.at[k] < i {
			if j := strings.IndexByte(f.text[i:], c); j >= 0 {
				f.at[k] = i + j
			} else {
				f.at[k] = len(f.text)
			}
		}
		q = min(q, f.at[k])
	}
	return q
}

// hasSlashOrDash is strings.ContainsAny(w, "/-–") by bytes: ContainsAny
// decodes every rune of w when its set holds a non-ASCII one.
func hasSlashOrDash(w string) bool {
	return strings.IndexByte(w, '/') >= 0 || strings.IndexByte(w, '-') >= 0 || strings.Contains(w, "–")
}

// joinsToken reports whether byte c, just before a number, makes the
// number part of a longer token (a word, another number, a path).
func joinsToken(c byte) bool {
	return isDigitByte(c) || c == '/' || c == '.' || c == '-' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80
}

// sharedSuffixList reads "Nghị quyết số 18, 19-NQ/TW": numbers listed
// before one symbol share its suffix, so both 18-NQ/TW and 19-NQ/TW are
// cited, with the date, issuer and subject written after the last. It
// returns nil when the bare number num (at pos) starts no such list.
func sharedSuffixList(d *document, start int, text, folded, typ string, ts, pos int, num string) []dirMention {
	var nums []string
	at := pos
	for cur := num; ; {
		tail := text[at+len(cur):]
		nl := listNext(tail)
		if nl < 0 {
			return nil
		}
		nextPos := at + len(cur) + nl
		if sym := findSymbol(text[nextPos:]); sym != "" {
			k := 0
			for k < len(sym) && isDigitByte(sym[k]) {
				k++
			}
			suffix := strings.TrimLeft(sym[k:], " ")
			if k == 0 || suffix == "" {
				return nil
			}
			last := readCitation(d, start, text, folded, typ, ts, nextPos, sym)
			var out []dirMention
			for _, n := range append(nums, cur) {
				m := last
				m.d.Number = schema.Text(n + suffix)
				m.symbolEnd = last.symbolEnd
				out = append(out, m)
			}
			return append(out, last)
		}
		next := shortNumber(text[nextPos:])
		next = strings.TrimRight(next, numberTrail)
		if next == "" || len(nums) > 8 {
			return nil
		}
		nums = append(nums, cur)
		at, cur = nextPos, next
	}
}

// levelAfterSymbol returns the length of a level word written after a
// local body's symbol ("10/2016/NQ-HĐND tỉnh ngày 7/12/2016", "số
// 05/NQ-HĐND huyện của ..."), when the date or the issuer follows it; else
// 0.
func levelAfterSymbol(folded string) int {
	for _, w := range []string{" tỉnh", " huyện", " thành phố", " xã", " thị xã"} {
		if rest, ok := strings.CutPrefix(folded, w); ok {
			if strings.HasPrefix(rest, " ngày ") || strings.HasPrefix(rest, " của ") || strings.HasPrefix(rest, ", ngày ") {
				return len(w)
			}
			return 0
		}
	}
	return 0
}

// numberWithYear returns the number and year that open s when no type
// code follows them ("19/2022" in "Nghị quyết số 19/2022 của ..."), or "":
// some sites cite a document so, leaving out its letters.
func numberWithYear(s string) string {
	i := 0
	for i < len(s) && i < 5 && isDigitByte(s[i]) {
		i++
	}
	if i == 0 || i+5 > len(s) || s[i] != '/' || !yearNumber(s[i+1:i+5]) {
		return ""
	}
	e := i + 5
	if n := spacedTypeCode(s[e:]); n > 0 {
		return s[:e+n] // "08/2022 NĐ-CP": the slash before the code typed as a space
	}
	if e < len(s) {
		if c := s[e]; isASCIIAlnum(c) || c == '/' || c == '-' || c >= utf8.RuneSelf {
			return ""
		}
	}
	return s[:e]
}

// spacedTypeCode returns the length of a space and a document's type and
// issuer code ("NĐ-CP", "QĐ-UBND") that open s, or 0: capitals joined by
// a hyphen, ending the word.
func spacedTypeCode(s string) int {
	if len(s) < 2 || s[0] != ' ' {
		return 0
	}
	i, hyphen, letters := 1, false, 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '-' && letters > 0 && !hyphen:
			hyphen, letters = true, 0
		case unicode.IsUpper(r):
			letters++
		default:
			if isASCIIAlnum(s[i]) || r >= utf8.RuneSelf && unicode.IsLetter(r) {
				return 0
			}
			if hyphen && letters >= 2 {
				return i
			}
			return 0
		}
		i += n
	}
	if hyphen && letters >= 2 {
		return i
	}
	return 0
}

// skipOneRESpace steps over one byte that \s matches at s[i], if any.
func skipOneRESpace(s string, i int) int {
	if i < len(s) && isRESpace(s[i]) {
		return i + 1
	}
	return i
}

// shortNumber matches shortNumberRe at the start of s.
func shortNumber(s string) string {
	if !opensWithDigit(s) {
		return ""
	}
	return shortNumberRe.FindString(s)
}

// listNext is the end of listNextRe's match at the start of s, or -1: a
// list goes on with ",", "và" or ";".
func listNext(s string) int {
	return listNextEnd(s)
}

// symbolType names the document type a symbol's letters stand for: CT in
// 16/CT-TTg, TB in 172-TB/TW; "" when they name none.
func symbolType(sym string) string {
	sym = strings.ReplaceAll(sym, " ", "")
	sym = strings.ReplaceAll(sym, "–", "-")
	slash := strings.IndexByte(sym, '/')
	dash := strings.IndexByte(sym, '-')
	if slash < 0 {
		return ""
	}
	if dash >= 0 && dash < slash { // party form: 172-TB/TW
		return symbolLetters("party", sym[dash+1:slash])
	}
	rest := sym[slash+1:]
	if k := strings.IndexByte(rest, '/'); k >= 0 { // with a year: 15/2020/NĐ-CP
		rest = rest[k+1:]
	}
	if k := strings.IndexByte(rest, '-'); k >= 0 {
		return symbolLetters("state", rest[:k])
	}
	return ""
}

// symbolLetters names the type of a symbol's letters in a system. Letters
// typed in another case ("Ctr", "CTR" for CTr) name the same type.
func symbolLetters(system, letters string) string {
	if t, ok := symbolTypes[system][letters]; ok {
		return t
	}
	for k, t := range symbolTypes[system] {
		if strings.EqualFold(k, letters) {
			return t
		}
	}
	return ""
}

// typeNameBefore is where a type name ends folded text, maybe followed by
// "số" ("... Chương trình số "), or -1.
func typeNameBefore(folded, typ string) int {
	name := fold(typ)
	b := strings.TrimRight(folded, " ")
	b = strings.TrimRight(strings.TrimSuffix(b, "số"), " ")
	if !strings.HasSuffix(b, name) || !wordStartAt(b, len(b)-len(name)) {
		return -1
	}
	return len(b) - len(name)
}

// readCitation reads what follows a document symbol: date, issuer, subject.
func readCitation(d *document, base int, text, folded, typ string, ts, pos int, sym string) dirMention {
	dir := schema.Directive{Type: typ, Number: schema.Text(strings.TrimSpace(sym))}
	i := pos + len(sym)
	i += levelAfterSymbol(folded[i:])
	if m, ok := dirDate(folded[i:]); ok {
		g := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return folded[i+m[2*k] : i+m[2*k+1]]
		}
		mo, y := g(2), g(3)
		if mo == "" {
			mo, y = g(4), g(5)
		}
		if t, ok := validDay(atoi(y), atoi(mo), atoi(g(1))); ok {
			dir.Date = schema.Text(isoDate(t))
		}
		i += m[1]
	}
	if le := issuerLead(folded[i:]); le >= 0 {
		iss, n := clause(text[i+le:], folded[i+le:], issuerStopFinder, 18)
		// "của HĐND tỉnh Gia Lai khảo sát ...": a plan's purpose follows
		// its issuer with no comma; the lowercase verb ends the name.
		if k := issuerPurposeVerb(iss); k >= 0 {
			iss, n = iss[:k], k
		}
		// "của Huyện ủy và mô hình “Dân vận khéo”": "và" before a
		// lower-case noun joins a second thing cited, not a second issuer.
		if k := lowerAfterAnd(iss); k >= 0 {
			iss, n = iss[:k], k
		}
		// "của Bộ Chính trị ngày 12/4/2021": the date after the issuer is
		// the document's, read below.
		if k := dateAfterIssuer(folded[i+le : i+le+n]); k >= 0 {
			iss, n = strings.TrimSpace(text[i+le:i+le+k]), k
		}

		// "của Tỉnh ủy v" at the end of a cut-off excerpt: the broken
		// word is no part of the issuer.
		if i+le+n == len(text) {
			iss = dropBrokenWord(iss)
		}
		// "của Chủ tịch UBND tỉnh về\nviệc ...": a line wrapped after
		// "về" leaves it at the end of the issuer clause.
		if t, ok := strings.CutSuffix(iss, " về"); ok {
			iss, n = t, n-len(" về")
		}
		if iss != "" && (isUpperStart(iss) || lowerBodyName(folded[i+le:])) {
			// "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam (khóa VII)":
			// the term is part of the issuer.
			if k := termInBrackets(folded[i+le+n:]); k > 0 {
				iss = text[i+le : i+le+n+k]
				n += k
			}
			// "của Ban Trị sự (BTS) GHPGVN tỉnh, ngày ...": the body's
			// short name in brackets, and its parent's after it, are part
			// of the issuer.
			if k := acronymsAfterIssuer(text[i+le+n:]); k > 0 {
				iss = text[i+le : i+le+n+k]
				n += k
			}
			issStart := i + le
			i += le + n
			// "của Bộ Chính trị, Ban Bí thư về ...": bodies that issue
			// together are one issuer.
			foldedIss := foldedAt(text, folded, issStart, iss)
			joined := false
			for centralBody(foldedIss) {
				k := jointIssuer(folded[i:])
				if k == 0 {
					break
				}
				iss = text[issStart : i+k]
				foldedIss = foldedAt(text, folded, issStart, iss)
				i += k
				joined = true
			}
			// "của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch
			// ...": "và" closes the list of joint issuers with its last.
			if rest, ok := strings.CutPrefix(folded[i:], " và "); ok && joined {
				k := i + len(" và ")
				if last, n := clause(text[k:], rest, issuerStopFinder, 12); last != "" && isUpperStart(last) {
					iss = text[issStart : k+n]
					i = k + n
				}
			}
			// "của Bộ Nội vụ, Bộ Tài chính về ...": ministries that issue
			// a joint circular.
			for strings.HasPrefix(foldedIss, "bộ ") {
				k := jointMinistry(text[i:], folded[i:])
				if k == 0 {
					break
				}
				iss = text[issStart : i+k]
				foldedIss = foldedAt(text, folded, issStart, iss)
				i += k
			}
			dir.Issuer = schema.Text(iss)
		}
	}
	if dir.Issuer == "" && dir.Date != "" {
		// "Nghị quyết số 21-NQ/TW, ngày 16-6-2022, Hội nghị lần thứ năm Ban
		// Chấp hành Trung ương Đảng khóa XIII": a resolution is cited by the
		// plenum that passed it; the Central Committee is its issuer.
		if k := plenumIssuer(folded[i:]); k > 0 {
			if iss, n := clause(text[i+k:], folded[i+k:], issuerStopFinder, 12); iss != "" {
				dir.Issuer = schema.Text(iss)
				i += k + n
			}
		} else if k := centralIssuerAt(folded[i:]); k >= 0 && isUpperStart(text[i+k:]) {
			// "Chỉ thị số 05-CT/TW ngày 15/5/2016 Bộ Chính trị (khóa XII)
			// về ...": a central body right after the
			// date, "của" left out, issued it, with its term.
			if iss, n := clause(text[i+k:], folded[i+k:], issuerStopFinder, 12); iss != "" {
				if t := termInBrackets(folded[i+k+n:]); t > 0 {
					iss = strings.TrimSpace(text[i+k : i+k+n+t])
					n += t
				}
				dir.Issuer = schema.Text(iss)
				i += k + n
			}
		}
	}
	if m, ok := dirDate(folded[i:]); ok && dir.Date == "" {
		if t, ok := validDay(atoi(folded[i+m[6]:i+m[7]]), atoi(folded[i+m[4]:i+m[5]]), atoi(folded[i+m[2]:i+m[3]])); m[4] >= 0 && ok {
			dir.Date = schema.Text(isoDate(t))
		}
		i += m[1]
	}
	issuerBefore := false
	if before := folded[max(0, ts-issuerBeforeWindow):ts]; dir.Issuer == "" && issuerVerbBefore(before) && !signedByOfficial(before) {
		off := max(0, ts-issuerBeforeWindow)
		issuerAt := -1
		if k, iss := onBehalfBody(text[:ts], folded[:ts]); k >= 0 {
			// "Thay mặt Ban Bí thư, đồng chí X, Thường trực Ban Bí thư vừa
			// ký ban hành ...": the signer's office is not the issuer; the
			// body signed for is.
			dir.Issuer, issuerAt = schema.Text(iss), k
		} else if k, iss := bodyNameBefore(text[:ts], folded[:ts]); k >= 0 {
			dir.Issuer, issuerAt = schema.Text(iss), k
		} else if m := issuerBeforeFinder.FindStringSubmatchIndex(before); m != nil {
			dir.Issuer = schema.Text(trimAuxiliary(text[off+m[2] : off+m[3]]))
			issuerAt = off + m[2]
		} else if m := committeeIssuerBeforeFinder.FindStringSubmatchIndex(before); m != nil && issuerPlace(text[off+m[4]:off+m[5]]) {
			dir.Issuer = schema.Text(text[off+m[2] : off+m[5]])
			issuerAt = off + m[2]
		} else if k, iss := proposerBefore(text[:ts], folded[:ts]); k >= 0 {
			dir.Issuer, issuerAt = schema.Text(iss), k
		}
		issuerBefore = dir.Issuer != ""
		// "ngày 15/11/2021, Chính phủ ban hành Nghị định số ...": the
		// day before the issuer is the document's.
		if issuerAt >= 0 && dir.Date == "" {
			if t, ok := dateBeforeIssuer(folded[max(0, issuerAt-dateBeforeWindow):issuerAt]); ok {
				dir.Date = schema.Text(isoDate(t))
			}
		}
	}
	if dir.Issuer != "" {
		// the term or session after the issuer stands between it and the subject
		if k := afterIssuerTerm(folded[i:]); k > 0 && subjectLead(folded[i+k:]) >= 0 {
			i += k
		}
		// and so does the year of issue, part of the citation
		if issueYearOpens(folded[i:]) {
			i += len(" năm 2021")
		}
	}
	i += recipientsBeforeSubject(folded[i:])
	if subjectLead(folded[i:]) >= 0 {
		subStart := i + strings.Index(folded[i:], "về")
		sub, n := subjectClause(text[subStart:], folded[subStart:])
		if q, _ := utf8.DecodeLastRuneInString(folded[:subStart]); strings.ContainsRune(`“"«`, q) {
			// a quoted subject runs to its closing quote
			if k := strings.IndexAny(folded[subStart:], `”"»`); k > 0 {
				sub, n = strings.TrimSpace(text[subStart:subStart+k]), k
			}
		}
		if rest := folded[subStart+len("về"):]; strings.HasPrefix(rest, " “") || strings.HasPrefix(rest, ` "`) {
			// "về “Tiếp tục đổi mới ...”": a quoted name ends the subject,
			// closing quote included.
			open := subStart + len("về ")
			if k := strings.IndexAny(folded[open+1:], `”"`); k >= 0 {
				_, qn := utf8.DecodeRuneInString(folded[open+1+k:])
				n = open + 1 + k + qn - subStart
				sub = strings.TrimSpace(text[subStart : subStart+n])
			}
		}
		if sub != "" && dir.Issuer == "" {
			// "về việc ... mùa khô 2024-2025 của Bộ Nông nghiệp và Môi trường": the
			// body the document is "của" is its issuer, not its subject.
			if k, iss := issuerInSubject(sub, folded[subStart:subStart+len(sub)]); k > 0 {
				sub, dir.Issuer = strings.TrimSpace(sub[:k]), schema.Text(iss)
			}
		}
		if sub != "" {
			dir.Subject = schema.Text(sub)
			i = subStart + n
		}
		// "“Kết luận số ... về việc ...” của Ban Bí thư": the issuer after
		// a quoted title.
		if le := issuerLead(folded[i:]); le >= 0 && dir.Issuer == "" && sub != "" {
			if iss, n := clause(text[i+le:], folded[i+le:], issuerStopFinder, 12); iss != "" && (isUpperStart(iss) || lowerBodyName(folded[i+le:])) {
				dir.Issuer = schema.Text(iss)
				i += le + n
			}
		}
	}
	dir.Issuer = schema.Text(dropSignerName(string(dir.Issuer)))
	return dirMention{d: dir, start: base + ts, end: base + i, symbolEnd: base + pos + len(sym), issuerBefore: issuerBefore}
}

// lowerBodies are the bodies a page may name in lower case after "của"
// ("Nghị quyết số 07-NQ/HU, ngày 15/3/2021 của huyện ủy"): an issuer all
// the same, unlike a lowercase phrase ("của các cấp ủy").
var lowerBodies = []string{"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "ban thường vụ ", "ban chấp hành ", "bộ chính trị", "ban bí thư", "chính phủ", "thủ tướng chính phủ", "quốc hội", "ủy ban nhân dân ", "ubnd ", "hội đồng nhân dân ", "hđnd "}

// lowerBodyName reports whether folded text opens with a body of
// lowerBodies ending at a word boundary.
func lowerBodyName(folded string) bool {
	for _, b := range lowerBodies {
		if rest, ok := strings.CutPrefix(folded, b); ok && (strings.HasSuffix(b, " ") || rest == "" || rest[0] < 0x80 && !isASCIIAlnum(rest[0])) {
			return true
		}
	}
	return false
}

// plenumIssuer reads ", Hội nghị lần thứ N (của) Ban Chấp hành Trung ương"
// (also "Hội nghị Trung ương N") after a resolution's date and returns
// where "ban chấp hành" starts in folded, or -1.
func plenumIssuer(folded string) int {
	rest := afterLeadComma(folded)
	r, ok := strings.CutPrefix(rest, "hội nghị ")
	if !ok {
		return -1
	}
	switch {
	case strings.HasPrefix(r, "lần thứ "):
		r = r[len("lần thứ "):]
	case strings.HasPrefix(r, "trung ương "):
		r = r[len("trung ương "):]
	default:
		return -1
	}
	// the plenum's number: a numeral or a word ("6", "sáu", "mười hai")
	for w := 0; w < 2; w++ {
		k := strings.IndexByte(r, ' ')
		if k <= 0 || strings.HasPrefix(r, "ban ") || strings.HasPrefix(r, "của ") {
			break
		}
		r = r[k+1:]
	}
	r = strings.TrimPrefix(r, "của ")
	r = strings.TrimPrefix(r, "- ")
	r = strings.TrimPrefix(r, "– ")
	if !strings.HasPrefix(r, "ban chấp hành trung ương") {
		return -1
	}
	return len(folded) - len(r)
}

// holdsDocType reports whether a document type opens any word of folded
// text: "(Kế hoạch của) Ban Thường vụ Huyện ủy thực hiện Nghị
// quyết (số 18)" names another document, whose number that is.
func holdsDocType(folded string) bool {
	for i := 0; i < len(folded); i++ {
		if (i == 0 || folded[i-1] == ' ') && docTypeAt(folded, i) > 0 {
			return true
		}
	}
	return false
}

// dirDate, issuerLead and subjectLead match dirDateRe, issuerLeadRe and
// subjectLeadRe (see regexp_prefilter_test.go) at the start of folded text, read
// byte by byte: each step of those regexps can go on in one way only (a
// space, mark or digit cannot open the word after it), so the regexp's
// first way is the match. dirDate returns the regexp's index slice as an
// array, the other two the end of the match; none allocates.

// dirDate reads `^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))`;
// the rarer leads of fullDateLead go to dirDateFullRe.
func dirDate(folded string) (m [12]int, ok bool) {
	rest := afterLeadComma(folded)
	if fullDateLead(rest) {
		return dirDateFull(folded)
	}
	if r, ok := strings.CutPrefix(rest, "ban hành"); ok && r != "" && isRESpace(r[0]) {
		rest = trimRESpacesLeft(r)
	}
	r, ok := strings.CutPrefix(rest, "ngày")
	if !ok || r == "" || !isRESpace(r[0]) {
		return m, false
	}
	day := len(folded) - len(trimRESpacesLeft(r))
	dayEnd := shortNumberEnd(folded, day)
	if dayEnd < 0 {
		return m, false
	}
	m = [12]int{0, 0, day, dayEnd, -1, -1, -1, -1, -1, -1, -1, -1}
	j := skipRESpaces(folded, dayEnd)
	switch {
	case j < len(folded) && isDateMark(folded[j]): // 15/7/2021
		mo := skipRESpaces(folded, j+1)
		moEnd := shortNumberEnd(folded, mo)
		if moEnd < 0 {
			return m, false
		}
		y := yearAfter(folded, moEnd)
		if y < 0 {
			return m, false
		}
		m[4], m[5], m[6], m[7] = mo, moEnd, y, y+4
	case strings.HasPrefix(folded[j:], "tháng"): // 15 tháng 7 năm 2021
		mo := spacesAfter(folded, j+len("tháng"))
		moEnd := shortNumberEnd(folded, mo)
		if mo < 0 || moEnd < 0 {
			return m, false
		}
		k := spacesAfter(folded, moEnd)
		if k < 0 || !strings.HasPrefix(folded[k:], "năm") {
			return m, false
		}
		y := spacesAfter(folded, k+len("năm"))
		if y < 0 || y+4 > len(folded) || !isDigitByte(folded[y]) || !isDigitByte(folded[y+1]) || !isDigitByte(folded[y+2]) || !isDigitByte(folded[y+3]) {
			return m, false
		}
		m[8], m[9], m[10], m[11] = mo, moEnd, y, y+4
	default:
		return m, false
	}
	m[1] = max(m[7], m[11])
	return m, true
}

// fullDateLead reports a date lead that only dirDateFullRe reads: a bracket,
// "được (ký) ban hành", "ký (ban hành)".
func fullDateLead(rest string) bool {
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "được ") || strings.HasPrefix(rest, "ký")
}

// dirDateFull is dirDate by dirDateFullRe; a bracketed date ("(ngày
// 31/3/2020)") takes its closing bracket, and without one is no date.
func dirDateFull(folded string) (m [12]int, ok bool) {
	loc := dirDateFullRe.FindStringSubmatchIndex(folded)
	if loc == nil {
		return m, false
	}
	copy(m[:], loc)
	if strings.HasPrefix(trimRESpacesLeft(folded), "(") {
		r := strings.TrimLeft(folded[m[1]:], " ")
		if !strings.HasPrefix(r, ")") {
			return m, false
		}
		m[1] = len(folded) - len(r) + 1
	}
	return m, true
}

// afterIssuerTerm returns the length of ", nhiệm kỳ 2020 - 2025" or ", kỳ
// họp thứ 2" that follows an issuer's name and term ("của Ban Chấp hành
// Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020 - 2025 về ..."), or 0.
func afterIssuerTerm(folded string) int {
	if !issuerTermOpens(folded) {
		return 0
	}
	m := issuerTermRe.FindStringIndex(folded)
	if m == nil {
		return 0
	}
	return m[1]
}

var issuerTermRe = regexp.MustCompile(`^\s*,\s*(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|kỳ họp thứ (?:\d{1,2}|[\p{L}]+))(?:\s*,\s*kỳ họp thứ (?:\d{1,2}|[\p{L}]+))?`)

// shortNumberEnd returns the end of the one or two digits at s[i:] that
// `(\d{1,2})` takes when no digit may follow it, or -1 (no digit, or three).
func shortNumberEnd(s string, i int) int {
	if i < 0 {
		return -1
	}
	e := i
	for e < len(s) && e-i < 3 && isDigitByte(s[e]) {
		e++
	}
	if e == i || e-i == 3 {
		return -1
	}
	return e
}

// spacesAfter matches `\s+` at s[i:] and returns where it ends, or -1.
func spacesAfter(s string, i int) int {
	if i >= len(s) || !isRESpace(s[i]) {
		return -1
	}
	return skipRESpaces(s, i)
}

// issuerLead reads `^\s*,?\s*(?:”\s*,?\s*)?(?:của|do)\s+`.
func issuerLead(folded string) int {
	rest := afterLeadComma(folded)
	if r, ok := strings.CutPrefix(rest, "”"); ok { // after a quoted title
		rest = afterLeadComma(r)
	}
	r, ok := strings.CutPrefix(rest, "của")
	if !ok {
		r, ok = strings.CutPrefix(rest, "do")
	}
	if !ok || r == "" || !isRESpace(r[0]) {
		return -1
	}
	return len(folded) - len(trimRESpacesLeft(r))
}

// subjectLead reads `^\s*,?\s*(?:\([^)]{1,40}\)\s*)?[“"«]?về\s`.
func subjectLead(folded string) int {
	rest := afterLeadComma(folded)
	if strings.HasPrefix(rest, "(") {
		// a bracket of 1 to 40 runes ("(sau đây gọi tắt là ...)"), or no match
		k := strings.IndexByte(rest, ')')
		if k < 0 {
			return -1
		}
		if n := utf8.RuneCountInString(rest[1:k]); n < 1 || n > 40 {
			return -1
		}
		rest = trimRESpacesLeft(rest[k+1:])
	}
	for _, q := range []string{"“", `"`, "«"} {
		if r, ok := strings.CutPrefix(rest, q); ok {
			rest = r
			break
		}
	}
	// "Nghị định số ... của Chính phủ Quy định về ...": the title's verb
	// before its subject
	rest, _ = strings.CutPrefix(rest, "quy định ")
	r, ok := strings.CutPrefix(rest, "về")
	if !ok || r == "" || !isRESpace(r[0]) {
		return -1
	}
	return len(folded) - len(r) + 1
}

// clause returns the text up to the first stop word or punctuation, at most
// maxWords words, and how many bytes it took.
func clause(text, folded string, stops *phraseFinder, maxWords int) (string, int) {
	end := len(text)
	if k := indexMarkOrQuote(folded, clauseMarks); k >= 0 {
		end = k
	}
	end = stops.cut(folded, end)
	if k := dashBeforeLower(text[:end]); k >= 0 {
		end = k // "Đại hội XIII của Đảng - ghi nhận ...": the dash sets off what follows ("Lao động - Thương binh" goes on)
	}
	if k := andDoc(folded[:end]); k >= 0 {
		end = k
	}
	if k := lastIndexIfAny(folded[:end], vaWord); k >= 0 && (andCommonRe.MatchString(folded[k+len(" và "):end]) ||
		andOtherThing(text[k+len(" và "):end], folded[k+len(" và "):end])) {
		end = k // "của UBND tỉnh và các sở": the issuer ends before a plural
	}
	// "của Tỉnh ủy và Hướng dẫn số ...": a stop phrase that is a document's
	// type leaves the "và" before it
	if t, ok := strings.CutSuffix(strings.TrimRight(folded[:end], " "), " và"); ok {
		end = len(t)
	}
	// a stop right after a dash leaves it ("của Đảng - đã ..."): no name
	// ends with one
	out := strings.TrimRight(strings.TrimSpace(text[:end]), " -–—")
	if moreWordsThan(out, maxWords) {
		return "", 0
	}
	return out, end
}

// andOtherThing reports that what follows "và" in an issuer's clause is
// another thing, not a field of the body's name: written in lower case,
// no body's head, and owned by someone or long ("của Quốc hội và hệ
// thống chỉ tiêu của Ngành"; but "Bộ Tài nguyên và môi trường").
func andOtherThing(text, folded string) bool {
	if isUpperStart(text) || startsWithOrganizerHead(folded) {
		return false
	}
	return strings.Contains(folded, " của ") || moreWordsThan(folded, 4)
}

// dashBeforeLower returns where a spaced dash followed by a lower-case
// word stands in s, or -1.
func dashBeforeLower(s string) int {
	best := -1
	for _, dash := range [...]string{" - ", " – "} {
		for off := 0; best < 0 || off < best; {
			k := strings.Index(s[off:], dash)
			if k < 0 {
				break
			}
			k += off
			if r, _ := utf8.DecodeRuneInString(s[k+len(dash):]); unicode.IsLower(r) {
				if best < 0 || k < best {
					best = k
				}
				break
			}
			off = k + len(dash)
		}
	}
	return best
}

// issuerPurposeVerbs are lowercase verbs that open a plan's purpose right
// after its issuer.
var issuerPurposeVerbs = []string{" khảo sát ", " giám sát ", " kiểm tra "}

// issuerPurposeVerb is where a lowercase purpose verb starts in an issuer
// written in its original case, or -1. After a collective noun ("Đoàn
// giám sát", "Tổ kiểm tra") the word names the body and is kept.
func issuerPurposeVerb(iss string) int {
	if satWord.index(iss) < 0 && kiemWord.index(iss) < 0 { // "sát ", " kiểm "
		return -1
	}
	for _, v := range issuerPurposeVerbs {
		k := strings.Index(iss+" ", v)
		if k <= 0 {
			continue
		}
		head := iss[:k]
		last := head[strings.LastIndexByte(head, ' ')+1:]
		switch strings.ToLower(last) {
		case "đoàn", "ban", "tổ", "nhóm", "cơ quan", "công tác":
			continue
		}
		return k
	}
	return -1
}

// indexMarkOrQuote is strings.IndexAny(s, marks+"“”") for ASCII marks:
// IndexAny decodes every rune of s when its set holds a non-ASCII one,
// while the marks and the two quotes are found here by byte searches.
func indexMarkOrQuote(s string, marks *asciiTable) int {
	end := marks.index(s)
	head := s
	if end >= 0 {
		head = s[:end]
	}
	for _, q := range [...]string{"“", "”"} {
		if k := strings.Index(head, q); k >= 0 {
			end, head = k, s[:k]
		}
	}
	return end
}

// subjectClause reads a "về ..." clause: it may hold commas ("phòng,
// chống"), but ends at ; . : a closing bracket, a following document ("...,
// Chỉ thị số") or a verb that starts the main clause again.
func subjectClause(text, folded string) (string, int) {
	end := len(text)
	for i := 0; i < len(folded); {
		// Only the ASCII marks below end the clause, and an ASCII byte is
		// always a rune of its own in UTF-8: jump from one to the next.
		k := subjectClauseMarks.index(folded[i:])
		if k < 0 {
			break
		}
		i += k
		r, n := rune(folded[i]), 1
		if r == ';' || r == ':' || r == '\n' || (r == '.' && (i+1 == len(folded) || folded[i+1] == ' ')) {
			end = i
			break
		}
		if r == ',' && i+2 < len(text) && isUpperStart(text[i+2:]) && !strings.HasPrefix(text[i+2:], "COVID") {
			end = i // ", Ban Tuyên giáo Tỉnh ủy đã ...": a new clause
			break
		}
		if r == ',' {
			if startsWithDocType(folded[i+1:]) || endsWithDocName(text[:i], folded[:i]) || opensMainClause(folded[i+1:]) {
				end = i
				break
			}
		}
		i += n
	}
	end = subjectStopFinder.cut(folded, end)
	if k := subjectTimeStop(folded[:end]); k >= 0 {
		end = k
	}
	if k := bracketedMention(folded[:end]); k >= 0 {
		end = k
	}
	// A passive verb starts the main clause again ("... được quán triệt"),
	// but "không được" belongs to the subject.
	for off := 0; ; {
		k := duocWord.index(folded[off:end])
		if k < 0 {
			break
		}
		if !strings.HasSuffix(folded[:off+k], " không") {
			end = off + k
			break
		}
		off += k + 1
	}
	if k := andDoc(folded[:end]); k >= 0 {
		end = k
	}
	if k := subjectVerbStop(folded[:end]); k >= 0 {
		end = k
	}
	// "“Kết luận số ... về việc ...” của Ban Bí thư": a closing quote
	// without its opening one in the clause closes the quoted title.
	if k := strings.Index(folded[:end], "”"); k >= 0 && !strings.Contains(folded[:k], "“") {
		end = k
	}
	out := strings.TrimRight(strings.TrimSpace(text[:end]), " ,")
	if len(out) <= len("về ") {
		return "", 0
	}
	return out, end
}

// nameLinkWords may stand lowercase inside a document's name ("Nghị quyết
// Đại hội XIII của Đảng", "Nghị quyết Trung ương 4 khóa XII").
var nameLinkWords = map[string]bool{"của": true, "khóa": true, "lần": true, "thứ": true, "năm": true}

// endsWithDocName reports whether text ends with a document's capitalised
// name ("về thi hành Điều lệ Đảng", "... Luật Đất đai"): a comma after it
// ends a subject, what follows is another clause.
func endsWithDocName(text, folded string) bool {
	words := 0
	for i := len(folded); i > 0 && words < 8; {
		j := strings.LastIndexByte(folded[:i], ' ') + 1
		words++
		if k := docTypeAt(folded, j); k > 0 && j+k < len(folded) && isUpperStart(text[j:]) {
			// Names capitalise their first syllable ("Đất đai", "Đại
			// hội"): a lowercase word must follow a capitalised one.
			prevUpper := false
			for i, w := range strings.Fields(text[j+k:]) {
				upper := isUpperStart(w) || isDigitByte(w[0])
				if !upper && (i == 0 || !prevUpper) && !holdsFolded(nameLinkWords, w) {
					return false
				}
				prevUpper = upper
			}
			return true
		}
		if j == 0 {
			break
		}
		i = j - 1
	}
	return false
}

// namedDocument reads a document cited by name without a number: a congress
// resolution ("Nghị quyết Đại hội XIII của Đảng"), a plenum resolution
// ("Nghị quyết Trung ương 4 khóa XII"), a law or code by name ("Luật Đất đai
// năm 2013", "Bộ luật Lao động"), the constitution, the party statute. A bare
// "Nghị quyết Đại hội" is the meeting's own resolution and is skipped.
func namedDocument(text, folded, typ string, ts, te int) (dirMention, bool) {
	if appointmentDecision(folded, ts, te) {
		return dirMention{d: schema.Directive{Type: typ}, start: ts, end: te}, true
	}
	if !isUpperStart(typ) {
		return dirMention{}, false
	}
	after := folded[te:]
	tf := foldedAt(text, folded, ts, typ)
	switch tf {
	case "nghị quyết", "văn kiện":
		name, n := clause(text[te:], folded[te:], resolutionNameStops, 14)
		// the clause is cut from text[te:] less its leading spaces
		nf := foldedAt(text, folded, len(text)-len(strings.TrimLeft(text[te:], " ")), name)
		if !strings.HasPrefix(nf, "đại hội") && !strings.HasPrefix(nf, "trung ương") {
			return dirMention{}, false
		}
		q := strings.TrimSpace(strings.TrimPrefix(nf, "đại hội"))
		if q == "" || strings.HasPrefix(q, "với") || strings.HasPrefix(q, "và") {
			return dirMention{}, false
		}
		return dirMention{d: schema.Directive{Type: typ, Issuer: schema.Text(name)}, start: ts, end: te + n}, true
	case "luật", "bộ luật", "hiến pháp", "điều lệ":
		if !strings.HasPrefix(after, " ") {
			return dirMention{}, false
		}
		r, _ := utf8.DecodeRuneInString(text[te+1:])
		if !unicode.IsUpper(r) && tf != "hiến pháp" {
			return dirMention{}, false
		}
		// the name runs to the clause end: "Luật Dân quân tự vệ năm 2019"
		_, n := clause(text[te:], folded[te:], lawNameStops, 14)
		return dirMention{d: schema.Directive{Type: typ}, start: ts, end: te + n}, true
	}
	return dirMention{}, false
}

// appointmentVerbs follow "quyết định" when it names an act of
// appointment or recognition.
var appointmentVerbs = []string{" chỉ định", " bổ nhiệm", " công nhận", " thành lập", " điều động", " phê chuẩn", " kiện toàn"}

// appointmentDecision reports a decision announced at the meeting without
// a number ("công bố Quyết định số 318/... và quyết định chỉ định Ban Cán
// sự lớp"): "quyết định" + an appointment verb, after "công bố" or "trao"
// in the same clause; "các quyết định" is a generic plural, not a document.
func appointmentDecision(folded string, ts, te int) bool {
	if folded[ts:te] != "quyết định" {
		return false
	}
	verb := false
	for _, v := range appointmentVerbs {
		if strings.HasPrefix(folded[te:], v) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	before := strings.TrimRight(folded[:ts], " ")
	if strings.HasSuffix(before, " các") || strings.HasSuffix(before, " những") {
		return false
	}
	c := before[max(strings.LastIndex(before, ". "), strings.LastIndexByte(before, ';'))+1:]
	return strings.Contains(c, "công bố") || strings.Contains(c, "trao ")
}

// shareSubjects gives a "về ..." clause that follows two documents joined
// by "và" to the first one too.
func shareSubjects(d *document, ms []dirMention) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		// A number cited after "số" or bare after a type word ("Nghị
		// quyết 765 của X và Nghị quyết 280 của Y về ...") is a citation
		// like a full symbol; a bare re-mention in a list is not.
		if a.d.Subject != "" || b.d.Subject == "" || (a.short && !a.explicit) || b.start < a.end {
			continue
		}
		gap := strings.TrimSpace(d.folded[a.end:b.start])
		if gap == "và" || gap == "," || gap == "và các" {
			a.d.Subject = b.d.Subject
		}
	}
	// "chỉ đạo của Ban cán sự đảng tại Công văn số 12-CV/BCSĐ và Công văn
	// số 15-CV/BCSĐ": an issuer written before the first belongs to all.
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if !a.issuerBefore || b.d.Issuer != "" || b.short || b.start < a.end {
			continue
		}
		if gap := strings.TrimSpace(d.folded[a.end:b.start]); gap == "và" || gap == "," {
			b.d.Issuer, b.issuerBefore = a.d.Issuer, true
		}
	}
	// "Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 01/01/2021 của
	// Chính phủ": the date and issuer after the last one belong to all.
	for i := len(ms) - 2; i >= 0; i-- {
		a, b := &ms[i], &ms[i+1]
		if a.short || b.short || a.d.Number == "" || b.start < a.end || a.d.Issuer != "" {
			continue
		}
		if a.d.Date != "" {
			// "Chỉ thị số 05-CT/TW ngày 15/5/2016 và Kết luận số 01-KL/TW
			// ngày 18/5/2021 của Bộ Chính trị": each keeps its date; the
			// issuer is shared when the symbols name the same body.
			if b.d.Issuer != "" && strings.TrimSpace(d.folded[a.end:b.start]) == "và" && sameIssuerCode(string(a.d.Number), string(b.d.Number)) {
				a.d.Issuer = b.d.Issuer
				if a.d.Subject == "" {
					a.d.Subject = b.d.Subject
				}
			}
			continue
		}
		// an empty gap: "18-NQ/TW, 19-NQ/TW" read as one list
		if gap := strings.TrimSpace(d.folded[a.end:b.start]); gap == "và" || gap == "," || gap == "" {
			a.d.Date, a.d.Issuer = b.d.Date, b.d.Issuer
			if a.d.Subject == "" {
				a.d.Subject = b.d.Subject
			}
		}
	}
}

// mergeDirectives merges repeated citations of one number, keeping every
// detail found; a bare number ("Chỉ thị 05") merges into the full symbol
// of the same type that starts with it, and is kept on its own only when
// written as a citation ("Chỉ thị số 17 về ...").
func mergeDirectives(ms []dirMention) []schema.Directive {
	out := make([]schema.Directive, 0, len(ms))
	// keys[i] is the number key of out[i]; a page cites few documents, so
	// they are looked up in turn, through a map only past mergeIndexFrom
	var keyBuf [mergeIndexFrom + 1]string
	keys := keyBuf[:0]
	var index map[string]int
	lookup := func(k string) (int, bool) {
		if index != nil {
			i, ok := index[k]
			return i, ok
		}
		i := slices.Index(keys, k)
		return i, i >= 0
	}
	add := func(d schema.Directive) {
		k := directiveNumberKey(string(d.Number))
		if i, ok := lookup(k); ok {
			o := &out[i]
			if o.Date == "" {
				o.Date = d.Date
			}
			if o.Issuer == "" || fullerIssuer(string(o.Issuer), string(d.Issuer)) {
				// "của Quốc hội", later "của Quốc hội khóa XV": the fuller name
				o.Issuer = d.Issuer
			}
			if o.Subject == "" {
				o.Subject = d.Subject
			}
			return
		}
		keys = append(keys, k)
		if index != nil {
			index[k] = len(out)
		} else if len(keys) > mergeIndexFrom {
			index = make(map[string]int, 2*len(keys))
			for i, k := range keys {
				index[k] = i
			}
		}
		out = append(out, d)
	}
	for _, m := range ms {
		if !m.short && m.d.Number != "" {
			add(m.d)
		}
	}
	for _, m := range ms {
		if !m.short || !m.explicit {
			continue
		}
		if fullCitationOf(out, m.d) {
			continue
		}
		add(m.d)
	}
	var named []schema.Directive
	seen := map[string]bool{}
	for _, m := range ms {
		if m.d.Number != "" || m.short {
			continue
		}
		k := fold(m.d.Type + "|" + string(m.d.Issuer))
		if !seen[k] {
			seen[k] = true
			named = append(named, m.d)
		}
	}
	return append(out, withoutShortNames(named)...)
}

// lowerAfterAnd returns where " và " starts in an issuer when it parts a
// capitalised word, or a committee's "ủy", from a lower-case one ("Huyện
// ủy và mô hình"), or -1. Lower case on both sides is a list inside the
// body's name ("Đảng ủy Khối các cơ quan và doanh nghiệp", "Thương binh
// và xã hội").
func lowerAfterAnd(iss string) int {
	k := strings.Index(iss, " và ")
	if k < 0 {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(iss[k+len(" và "):]); !unicode.IsLower(r) {
		return -1
	}
	last := iss[strings.LastIndexByte(iss[:k], ' ')+1 : k]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) && fold(last) != "ủy" {
		return -1 // ("Huyện ủy", "Đảng ủy": a committee's name ends in lower case)
	}
	return k
}

// fullerIssuer reports whether issuer b names issuer a more fully: a,
// then its term ("khóa XV", "(khóa XII)") or more of its capitalised name
// ("Tỉnh ủy Quảng Nam"). A lower-case word after a is the clause's verb
// that the issuer's reading ran into ("Thủ tướng Chính phủ đạt ...").
func fullerIssuer(a, b string) bool {
	extra, ok := strings.CutPrefix(b, a+" ")
	if !ok || extra == "" {
		return false
	}
	if strings.HasPrefix(extra, "(") || strings.HasPrefix(extra, "khóa ") || strings.HasPrefix(extra, "khoá ") {
		return true
	}
	return isUpperStart(extra)
}

// mergeIndexFrom is the number of keys past which mergeDirectives looks
// them up in a map, so that a page citing hundreds stays linear.
const mergeIndexFrom = 32

// withoutShortNames drops a document cited without a number whose name
// (type and issuer) is the start of another's: "Nghị quyết Trung ương 9"
// beside "Nghị quyết Trung ương 9 khóa XI" is the same resolution, named
// short the second time.
func withoutShortNames(named []schema.Directive) []schema.Directive {
	if len(named) < 2 {
		return named
	}
	keys := make([]string, len(named))
	for i, d := range named {
		keys[i] = fold(d.Type + " " + string(d.Issuer))
	}
	out := named[:0]
	for i, d := range named {
		short := false
		for j, k := range keys {
			if j != i && len(k) > len(keys[i]) && strings.HasPrefix(k, keys[i]+" ") {
				short = true
				break
			}
		}
		if !short {
			out = append(out, d)
		}
	}
	return out
}

// fullCitationOf finds the directive whose symbol begins with the bare
// number of d ("05" matches "05-CT/TW" and "5/CT-TTg") and whose type is
// the same.
func fullCitationOf(ds []schema.Directive, d schema.Directive) bool {
	n := strings.TrimLeft(string(d.Number), "0")
	for _, o := range ds {
		num := strings.TrimLeft(string(o.Number), "0")
		if fold(o.Type) != fold(d.Type) && !namedAfterDecision(d.Type, o.Type) || !strings.HasPrefix(num, n) || len(num) == len(n) {
			continue
		}
		if c := num[len(n)]; c == '-' || c == '/' || c == ' ' || c == 0xe2 { // 0xe2: en dash
			return true
		}
	}
	return false
}

// namedAfterDecision reports a programme called by the number of the
// decision that approved it: "Đề án 1521" after "Quyết định số
// 1521/QĐ-TTg ... về Đề án ...", "Chương trình 135".
func namedAfterDecision(short, full string) bool {
	switch fold(short) {
	case "đề án", "chương trình", "dự án":
		return fold(full) == "quyết định"
	}
	return false
}

// directiveNumberKey is the number a citation merges by: spaces dropped,
// en dashes made hyphens, letters in capitals. A number of ASCII
// capitals, digits and marks ("01/NQ-CP") is its own key, and is not
// rebuilt.
func directiveNumberKey(n string) string {
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c == 0xC4 && i+1 < len(n) && n[i+1] == 0x90 {
			i++ // "Đ" ("12/QĐ-UBND") is its own key
			continue
		}
		if c <= ' ' || c >= utf8.RuneSelf || 'a' <= c && c <= 'z' {
			return rebuiltNumberKey(n)
		}
	}
	return n
}

// rebuiltNumberKey is strings.ToUpper(strings.Join(strings.Fields(
// strings.ReplaceAll(n, "–", "-")), "")) in one pass and one allocation.
func rebuiltNumberKey(n string) string {
	// Most keys to rebuild are ASCII with a lower-case letter ("16/CT-TTg"),
	// perhaps with "đ" or "Đ" ("12/QĐ-UBND"): those are rebuilt by bytes,
	// without the rune tables.
	var buf [32]byte
	if len(n) <= len(buf) {
		k := 0
		for i := 0; i < len(n); i++ {
			c := n[i]
			if c == 0xC4 && i+1 < len(n) && (n[i+1] == 0x90 || n[i+1] == 0x91) {
				buf[k], buf[k+1] = 0xC4, 0x90 // "đ" (U+0111) upper-cased is "Đ" (U+0110)
				k += 2
				i++
				continue
			}
			if c >= utf8.RuneSelf {
				k = -1
				break
			}
			if asciiSpace[c] {
				continue
			}
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf[k] = c
			k++
		}
		if k >= 0 {
			return string(buf[:k])
		}
	}
	var b strings.Builder
	b.Grow(len(n))
	for _, r := range n {
		switch {
		case unicode.IsSpace(r):
		case r == '–':
			b.WriteByte('-')
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// isTitleCaseRun reports whether s is a short run of capitalised words, as
// in a law's name ("Doanh nghiệp" counts: its first word is capitalised).
func isTitleCaseRun(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && isUpperStart(s) && !moreWordsThan(s, 8) && !strings.ContainsAny(s, ",;.") &&
		!strings.Contains(s, " và ") && len(findDocTypes(fold(s))) == 0
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// andDoc finds " và " followed by another document ("... và Nghị quyết
// số ..."), which ends an issuer or a subject; -1 if none.
func andDoc(folded string) int {
	for off := 0; ; {
		k := vaWord.index(folded[off:])
		if k < 0 {
			return -1
		}
		k += off
		if startsWithDocType(folded[k+len(" và "):]) {
			return k
		}
		off = k + 1
	}
}

// isDraft reports whether the text before a type word makes the document a
// draft under discussion ("dự thảo Nghị quyết", "dự án Luật ... (sửa đổi)",
// "xây dựng Đề án").
func isDraft(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "dự thảo") || strings.HasSuffix(before, "dự án") || strings.HasSuffix(before, "xây dựng")
}

// issuerSubjectStops end a body named after a subject: the main clause's
// verb follows it ("... của Bộ Tài chính xác định ...").
var issuerSubjectStops = append([]string{" xác định", " yêu cầu", " đề ra", " nêu rõ", " chỉ rõ", " nhấn mạnh", " khẳng định", " đặt ra", " chỉ đạo"}, issuerStops...)

// The stop lists of clause and subjectClause, each as a phraseFinder;
// resolutionNameStops end a congress's name after "Nghị quyết", lawNameStops
// a law's name.
var (
	issuerStopFinder        = newPhraseFinder(issuerStops)
	issuerSubjectStopFinder = newPhraseFinder(issuerSubjectStops)
	subjectStopFinder       = newPhraseFinder(subjectStops)
	resolutionNameStops     = newPhraseFinder([]string{" về ", " và ", " đã ", " được ", " trong ", " tại ", " đến ", " thì ", " là ", " theo ", " vào ", " với ", " bằng ", " cho ", " đề ra", " cho các "})
	lawNameStops            = newPhraseFinder([]string{" và ", " đã ", " được ", " của ", " trong ", " tại ", " theo ", " thì ", " là ", " về ", " cho ", " với "})
)

// phraseFinder finds the first place of each of a list of phrases in one
// pass over a text. A strings.Index per phrase passes over the text once
// per phrase and stops at every space, which most phrases open with.
type phraseFinder struct {
	phrases []string
	// heads indexes the phrases of four bytes or more, long lists their
	// indexes in phrases; short lists the others, which strings.Index finds.
	heads *headIndex
	long  []uint8
	short []uint8
	// markLed: every long phrase opens with a space or a comma
	markLed bool
}

func newPhraseFinder(phrases []string) *phraseFinder {
	if len(phrases) > maxFinderPhrases {
		panic("extractor: too many phrases for a phraseFinder")
	}
	f := &phraseFinder{phrases: phrases, markLed: true}
	var long []string
	for i, p := range phrases {
		if len(p) < 4 {
			f.short = append(f.short, uint8(i))
			continue
		}
		f.long = append(f.long, uint8(i))
		long = append(long, p)
		f.markLed = f.markLed && (p[0] == ' ' || p[0] == ',')
	}
	f.heads = newHeadIndex(long)
	return f
}

// maxFinderPhrases bounds a phraseFinder's list.
const maxFinderPhrases = 64

// cut is what cutting s[:end] at each phrase in turn gives:
//
//	for _, p := range phrases {
//		if k := strings.Index(s[:end], p); k >= 0 {
//			end = k
//		}
//	}
//
// A phrase counts when it lies wholly before the end given; comparing
// with the end already cut would drop a phrase that an earlier cut
// overlaps ("tỉnh ủy gắn với": " với" must not hide " gắn "). So the cut is
// the least first place of any phrase within s[:end]: the short phrases
// are searched for each, and the scan for the long ones stops at the first
// place where one of them starts, or where a short one already cut.
func (f *phraseFinder) cut(s string, end int) int {
	cut := end
	for _, j := range f.short {
		// a place before the cut may run past it, not past end
		p := f.phrases[j]
		if k := strings.Index(s[:min(end, cut+len(p)-1)], p); k >= 0 {
			cut = k
		}
	}
	for i := 0; i+4 <= end && i < cut; i++ {
		if f.markLed {
			// every long phrase opens with a space or a comma: go
			// from one to the next
			if i = indexSpaceOrComma(s, i); i+4 > end || i >= cut {
				break
			}
		}
		h := head4(s[i : i+4])
		if !f.heads.mayOpen(h) {
			continue
		}
		for _, l := range f.heads.phrasesOf(h) {
			if strings.HasPrefix(s[i:end], f.phrases[f.long[l]]) {
				return i
			}
		}
	}
	return cut
}

// issuingHeads open the name of a body that issues documents, folded.
var issuingHeads = sortedLongestFirst([]string{
	"bộ", "ban", "ủy ban", "ubnd", "hđnd", "ủy ban nhân dân", "hội đồng nhân dân", "chính phủ", "thủ tướng",
	"quốc hội", "tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy", "sở", "văn phòng", "tổng cục", "cục",
})

// issuerInSubject finds, in a subject clause (text and its folding), a
// closing "của <body>" that names the issuing body ("về việc ... của Bộ
// Giáo dục và Đào tạo"). It returns where the subject ends and the body, or
// 0. A body "các cấp" is a general one the subject is about ("về ... của
// Hội đồng nhân dân các cấp"), not an issuer.
func issuerInSubject(text, folded string) (int, string) {
	k := strings.LastIndex(folded, " của ")
	// "về việc thực hiện Kết luận của Thủ tướng", "về Chương trình hành
	// động thực hiện Nghị quyết số 59 của Bộ Chính trị": the body issued the
	// document the subject cites, not this one.
	if k < 0 || namesDocument(folded[:k]) || namesDocument(withoutDocNumber(folded[:k])) {
		return 0, ""
	}
	from := k + len(" của ")
	body := folded[from:]
	head := false
	for _, h := range issuingHeads {
		if strings.HasPrefix(body, h) && wordBoundary(body, 0, len(h)) {
			head = true
			break
		}
	}
	if !head || !isUpperStart(text[from:]) {
		return 0, ""
	}
	iss, n := clause(text[from:], body, issuerSubjectStopFinder, 12)
	if iss == "" || strings.Contains(folded[from:from+n], " các ") || strings.Contains(folded[from:from+n], " cấp") {
		return 0, ""
	}
	return k, iss
}

// centralBodies are the central bodies whose name alone, with no "của",
// may follow a document's date as its issuer.
var centralBodies = []string{"ban chấp hành trung ương", "bộ chính trị", "ban bí thư", "chính phủ", "thủ tướng chính phủ", "quốc hội", "ủy ban thường vụ quốc hội"}

// centralIssuerAt returns where a centralBodies name opens folded (after
// spaces or a comma), or -1.
func centralIssuerAt(folded string) int {
	rest := afterLeadComma(folded)
	for _, b := range centralBodies {
		if strings.HasPrefix(rest, b) && wordBoundary(rest, 0, len(b)) {
			return len(folded) - len(rest)
		}
	}
	return -1
}

// yearNumber reports a number that reads as a year of these decades
// ("2023"), four digits and nothing else.
func yearNumber(num string) bool {
	if len(num) != 4 || !allDigits(num) {
		return false
	}
	y := atoi(num)
	return y >= 1990 && y <= 2100
}

// withoutDocNumber drops the number that ends folded, with the "số"
// before it ("... Nghị quyết số 59" gives "... Nghị quyết"); folded
// unchanged when it ends in no number.
func withoutDocNumber(folded string) string {
	k := strings.LastIndexByte(folded, ' ')
	if k < 0 || !strings.ContainsAny(folded[k+1:], "0123456789") {
		return folded
	}
	b := folded[:k]
	if c, ok := strings.CutSuffix(b, " số"); ok {
		b = c
	}
	return b
}

// termInBrackets returns the length of a bracketed term " (khóa VI)" that
// opens folded, or 0.
func termInBrackets(folded string) int {
	rest, ok := strings.CutPrefix(strings.TrimLeft(folded, " "), "(khóa ")
	if !ok {
		return 0
	}
	k := strings.IndexByte(rest, ')')
	if k <= 0 || k > 8 || strings.ContainsAny(rest[:k], " ,;") {
		return 0
	}
	return len(folded) - len(rest) + k + 1
}

// acronymsAfterIssuer reads "(HĐTS) GHPGVN" at the start of s: a body's
// short name in brackets, then maybe the acronym of the body it belongs
// to; its length, or 0.
func acronymsAfterIssuer(s string) int {
	rest, ok := strings.CutPrefix(strings.TrimLeft(s, " "), "(")
	if !ok {
		return 0
	}
	k := strings.IndexByte(rest, ')')
	if k < 2 || !isAcronym(rest[:k]) {
		return 0
	}
	n := len(s) - len(rest) + k + 1
	w, ok := strings.CutPrefix(s[n:], " ")
	if !ok {
		return n
	}
	e := strings.IndexAny(w, " ,.;:)")
	if e < 0 {
		e = len(w)
	}
	if e > 1 && isAcronym(w[:e]) {
		n += 1 + e
	}
	return n
}

// notLawWord reports whether the type word "luật" at folded[ts:te] is the
// second syllable of a common noun: "kỷ luật" (discipline), "pháp luật"
// (the law in general). A count after it ("kỷ luật 28 đảng viên") is no
// document number.
func notLawWord(folded string, ts, te int) bool {
	if folded[ts:te] != "luật" {
		return false
	}
	before := strings.TrimRight(folded[:ts], " ")
	return strings.HasSuffix(before, "kỷ") || strings.HasSuffix(before, "pháp")
}

// dateAfterIssuer returns where " ngày D/M" (a digit after "ngày") starts
// in a folded issuer clause, or -1.
func dateAfterIssuer(folded string) int {
	for off := 0; ; {
		k := strings.Index(folded[off:], " ngày ")
		if k < 0 {
			return -1
		}
		k += off
		if rest := folded[k+len(" ngày "):]; rest != "" && isDigitByte(rest[0]) {
			return k
		}
		off = k + 1
	}
}

// issueYearOpens reports " năm YYYY" (four digits, no more) opening folded
// text right after an issuer: the year of issue ("của Bộ Chính trị năm
// 2021").
func issueYearOpens(folded string) bool {
	y, ok := strings.CutPrefix(folded, " năm ")
	return ok && len(y) >= 4 && isDigitByte(y[0]) && isDigitByte(y[1]) && isDigitByte(y[2]) && isDigitByte(y[3]) &&
		(len(y) == 4 || !isDigitByte(y[4]))
}

// dropBrokenWord drops a last word of one lowercase letter, what is left
// of a word the excerpt cut: no issuer ends with one.
func dropBrokenWord(iss string) string {
	k := strings.LastIndexByte(iss, ' ')
	if k < 0 {
		return iss
	}
	last := iss[k+1:]
	if r, n := utf8.DecodeRuneInString(last); n == len(last) && unicode.IsLower(r) {
		return strings.TrimSpace(iss[:k])
	}
	return iss
}

// writtenAsDocument returns where "văn bản" starts when folded text before
// a symbol ends with "văn bản (số)", or -1.
func writtenAsDocument(before string) int {
	b := strings.TrimRight(before, " ")
	if k, ok := strings.CutSuffix(b, "số"); ok {
		b = strings.TrimRight(k, " ")
	}
	if !strings.HasSuffix(b, "văn bản") || !wordStartAt(b, len(b)-len("văn bản")) {
		return -1
	}
	return len(b) - len("văn bản")
}

// citedReport returns where "báo cáo" starts when folded text before a
// symbol ends with "tại/theo Báo cáo (số)", a report cited as a source,
// or -1.
func citedReport(before string) int {
	if !strings.HasSuffix(before, " ") || !strings.Contains(before, "báo cáo") {
		return -1
	}
	b := strings.TrimRight(before, " ")
	if k, ok := strings.CutSuffix(b, "số"); ok {
		b = strings.TrimRight(k, " ")
	}
	k, ok := strings.CutSuffix(b, "báo cáo")
	if !ok || !(strings.HasSuffix(k, " tại ") || strings.HasSuffix(k, " theo ")) {
		return -1
	}
	return len(k)
}

// numberTrail is what may follow a bare document number and is no part of
// it: punctuation, a closing bracket, a closing quote ("theo Nghị định
// 99\"" in a quoted headline).
const numberTrail = " ,.;:)\"”’'»"

// presentedWords in the clause before "Tờ trình" say the meeting hears or
// passes the submission: an agenda item, not a cited document.
var presentedWords = []string{"trình bày", "nghe", "thông qua", "xem xét", "thảo luận", "cho ý kiến", "biểu quyết"}

// presentedHere reports whether the folded clause before a type word
// holds one of presentedWords.
func presentedHere(before string) bool {
	c := before[max(strings.LastIndex(before, ". "), strings.LastIndexAny(before, ";:"))+1:]
	for _, w := range presentedWords {
		for off := 0; ; {
			k := strings.Index(c[off:], w)
			if k < 0 {
				break
			}
			k += off
			if wordBoundary(c, k, k+len(w)) {
				return true
			}
			off = k + len(w)
		}
	}
	return false
}

// proposerHeads open the name of an office or body that submits or
// signs a document: "(Xét đề nghị) của Giám đốc Sở X tại Tờ trình số ...".
var proposerHeads = append([]string{"giám đốc", "chủ tịch", "bộ trưởng", "thủ trưởng", "trưởng ban", "chánh văn phòng", "tổng giám đốc", "viện trưởng", "cục trưởng"}, issuingHeads...)

// proposerWords is the longest proposer's name read by proposerBefore.
const proposerWords = 12

// proposerBefore reads "của <X> tại" ending the text before a document
// ("đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số ..."): X, capitalised
// and opening with an office or a body, issued the document. It returns
// X's offset and X, or -1.
func proposerBefore(text, folded string) (int, string) {
	b := strings.TrimRight(folded, " ")
	if !strings.HasSuffix(b, " tại") {
		return -1, ""
	}
	b = b[:len(b)-len(" tại")]
	k := strings.LastIndex(b, " của ")
	if k < 0 {
		return -1, ""
	}
	from := k + len(" của ")
	name := b[from:]
	if name == "" || strings.ContainsAny(name, ",;:.()") || moreWordsThan(name, proposerWords) || !isUpperStart(text[from:]) {
		return -1, ""
	}
	for _, h := range proposerHeads {
		if strings.HasPrefix(name, h) && wordBoundary(name, 0, len(h)) {
			return from, text[from : from+len(name)]
		}
	}
	return -1, ""
}

// issuerBeforeWindow is how far (bytes) before a document its issuer,
// written first, may start: a plenum with its term ("Hội nghị lần thứ 8
// Ban Chấp hành Trung ương Đảng (khóa XIII) đã ban hành ").
const issuerBeforeWindow = 120

// dateBeforeWindow is how far (bytes) before an issuer its document's
// date may start: "ngày 30 tháng 12 năm 2019, ".
const dateBeforeWindow = 48

// issuerDateRe is a full date closing the text before an issuer.
var issuerDateRe = regexp.MustCompile(`(?:^|[^\p{L}])ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))\s*,?\s*$`)

// dateBeforeIssuer reads the full date (day, month and year) that ends
// folded text before an issuer that issues a document: "ngày 15/11/2021,
// (Chính phủ ban hành ...)".
func dateBeforeIssuer(before string) (time.Time, bool) {
	if !strings.Contains(before, "ngày") {
		return time.Time{}, false
	}
	m := issuerDateRe.FindStringSubmatch(before)
	if m == nil {
		return time.Time{}, false
	}
	mo, y := m[2], m[3]
	if mo == "" {
		mo, y = m[4], m[5]
	}
	return validDay(atoi(y), atoi(mo), atoi(m[1]))
}

// linkedDocLeads join a second document to a subject: "về ... gắn với
// thực hiện Kết luận số 40-KL/TW ..." cites the conclusion on its own.
var linkedDocLeads = []string{" gắn với thực hiện ", " gắn với việc thực hiện ", " gắn với "}

// heldVerbs are the main verbs that follow a document cited inside the
// sentence's subject ("Ban Chỉ đạo tổng kết Nghị quyết 09 về phát triển
// lâm nghiệp tổ chức hội nghị ..."), unless a noun of the subject
// governs them ("về việc tổ chức hội nghị ...", "về hướng dẫn tổ chức hội
// nghị lấy ý kiến cử tri").
var heldVerbs = []string{" tổ chức hội nghị", " tổ chức hội thảo", " tổ chức lễ", " tổ chức đại hội"}

// heldVerbGovernors are the words of a subject that govern a held verb
// right after them ("về việc tổ chức hội nghị", "về hướng dẫn tổ chức ...").
var heldVerbGovernors = []string{" việc", "về", " công tác", " kế hoạch", " hướng dẫn", " quy định"}

// subjectVerbStop finds where a folded subject clause runs into another
// document ("gắn với thực hiện Kết luận số ...") or into the sentence's
// main verb ("... nông thôn tổ chức hội nghị"), or -1.
func subjectVerbStop(folded string) int {
	end := -1
	// every lead holds " gắn với " and every verb " tổ chức ": one search
	// each tells when none can be there
	if ganVoiWord.index(folded) < 0 && toChucWord.index(folded) < 0 {
		return -1
	}
	for i, l := range linkedDocLeadWords {
		if k := l.index(folded); k >= 0 && startsWithDocType(folded[k+len(linkedDocLeads[i]):]) {
			end = k
			break
		}
	}
	for _, v := range heldVerbWords {
		k := v.index(folded)
		if k < 0 || (end >= 0 && k >= end) {
			continue
		}
		before := folded[:k]
		if !endsWithAny(before, heldVerbGovernors) {
			end = k
		}
	}
	return end
}

// partsOfDay open a time phrase that ends a subject after a comma.
var partsOfDay = []string{"sáng", "chiều", "tối", "trưa"}

// subjectTimeStop finds ", (sáng|chiều|tối|trưa) (ngày) D" or ", ngày D"
// in a folded subject clause: the time of the main clause that follows
// ("Thực hiện Quyết định ... về việc ..., chiều ngày 29/10, Phòng X tổ
// chức"), or -1.
func subjectTimeStop(folded string) int {
	for off := 0; ; {
		k := strings.Index(folded[off:], ", ")
		if k < 0 {
			return -1
		}
		k += off
		rest := folded[k+2:]
		for _, p := range partsOfDay {
			if r, ok := cutWordPrefix(rest, p); ok {
				rest = r
				break
			}
		}
		if r, ok := strings.CutPrefix(rest, "trong "); ok {
			// ", trong hai ngày 15-16/7/2020, Đảng bộ ...": how long the
			// main clause's event ran
			if i := strings.IndexByte(r, ' '); i > 0 && countWord(r[:i]) > 0 && strings.HasPrefix(r[i+1:], "ngày") {
				return k
			}
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "từ "), "ngày ")
		if rest != "" && isDigitByte(rest[0]) && rest != folded[k+2:] {
			return k
		}
		off = k + 2
	}
}

// bracketedMention finds " (" opening a short re-mention of a document
// in a folded subject ("về ... phong cách Hồ Chí Minh (Chỉ thị 05)"): the
// name the page goes on to use, not the subject; or dates in brackets
// ("về Đo lường (20.1.1950-20.1.2009)"): an anniversary's span; -1 if
// none.
func bracketedMention(folded string) int {
	for off := 0; ; {
		k := bracketWord.index(folded[off:])
		if k < 0 {
			return -1
		}
		k += off
		if startsWithDocType(folded[k+2:]) || k+2 < len(folded) && isDigitByte(folded[k+2]) {
			return k
		}
		off = k + 2
	}
}

// headerDateRe reads the place and date line that follows a document's
// own number in its header: "Số: 12/QĐ-UBND | Hà Giang, ngày 4 tháng 7
// năm 2017" (the cells of the header table may be on lines of their own).
var headerDateRe = regexp.MustCompile(`^[\s|]*(?:\p{Lu}[\p{L}.]*\s+){0,4}\p{Lu}[\p{L}.]*\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)

// headerWindow is how far (bytes) after a header's number its date line
// may end.
const headerWindow = 120

// headerDate dates a document cited as "Số: <symbol>" at the start of a
// line, a document's own header, from the place and date line after it.
func headerDate(d *document, m dirMention) (time.Time, bool) {
	line := strings.LastIndexByte(d.text[:m.start], '\n') + 1
	lead := strings.TrimSpace(d.text[line:m.start])
	if lead != "Số:" && lead != "Số" && lead != "SỐ:" {
		return time.Time{}, false
	}
	w := d.text[m.symbolEnd:min(len(d.text), m.symbolEnd+headerWindow)]
	g := headerDateRe.FindStringSubmatch(w)
	if g == nil {
		return time.Time{}, false
	}
	return validDay(atoi(g[3]), atoi(g[2]), atoi(g[1]))
}
