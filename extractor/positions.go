package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// maxOfficeTokens bounds one office so that a missed stop word cannot swallow
// a paragraph.
const maxOfficeTokens = 30

// positionsBefore reads the offices written before the name (and before its
// honorifics): "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hữu Lâm",
// "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Trịnh Quốc Khải",
// "Phó Giám đốc Học viện, PGS.TS Nguyễn Văn B". It extends m.prefixStart.
func (a *peopleAnalysis) positionsBefore(d *document, m *mention, hasHon bool) bool {
	toks := a.toks
	k := m.prefixStart
	h := -1
	if k == 0 || toks[k-1].para != toks[m.nameStart].para {
		return false // an office never runs across a paragraph break
	}
	if hasHon && k >= 2 && toks[k-1].text == "," {
		// "Phó Giám đốc Học viện, PGS.TS X": the whole clause before the
		// comma must be the office, so that "tái đắc cử Bí thư Chi bộ,
		// đồng chí X" gives X nothing.
		if s := honourTitleEndingAt(toks, k-2); s >= 2 && toks[s-1].text == "," {
			k = s // "Giám đốc Sở Y tế, Anh hùng LLVTND, Đại tá X": the honour title is no office
		}
		h = a.officeEndingAt(k-2, true)
		if h >= 0 {
			k--
		}
	} else if hasHon && k >= 2 && toks[k-1].fold == "của" && toks[k-1].lower {
		// "bãi nhiệm chức Chủ tịch HĐND của ông X": the office X held,
		// then "của" and the person.
		if h = a.officeEndingAt(k-2, false); h >= 0 {
			k--
		}
	} else {
		h = a.officeEndingAt(k-1, false)
		if h < 0 && k >= 4 && acronymBracketEndingAt(toks, k-1) && toks[k-4].spaceAfter {
			// "Trưởng ban Dân vận Tỉnh ủy (BDVTU) Lê Văn A": the acronym
			// defined in brackets closes the office.
			h = a.officeEndingAt(k-4, false)
		}
		if h < 0 && k >= 2 && isDash(toks[k-1].text) && toks[k-2].spaceAfter {
			// "Phó Chủ tịch UBND tỉnh - Phạm Văn Hòa phát biểu": a house
			// style sets the office before the name off with a dash.
			if h = a.officeEndingAt(k-2, false); h >= 0 {
				k--
			}
		}
	}
	if h < 0 {
		return false
	}
	if h < a.claimed {
		// The words already are the previous person's office ("TS. A –
		// Viện trưởng Viện X, TS. B ..."): B does not share it.
		return false
	}
	found := append(a.newSpans(1), positionSpan{start: h, end: k, head: headAt(toks, h)})
	// Offices joined by commas before the name: each segment must be an
	// office from its first word ("Tổng Bí thư, Chủ tịch nước X"); a dash
	// joins them the same way ("Phó Bí thư Thành ủy - Trưởng Ban Dân vận X").
	for h >= 2 {
		sep := h - 1
		if toks[sep].fold == "kiêm" && toks[sep].lower && sep >= 2 && toks[sep-1].text == "," {
			sep-- // "Phó Giám đốc Sở, kiêm Chi cục trưởng Chi cục Thủy sản X": "kiêm" joins two offices
		}
		if toks[sep].text != "," && !isDash(toks[sep].text) || sep < 1 {
			break
		}
		h2 := a.officeEndingAt(sep-1, true)
		if h2 < a.claimed || a.officeThenName(h2) {
			break // the segment is someone else's office and name
		}
		found = append([]positionSpan{{start: h2, end: sep, head: headAt(toks, h2)}}, found...)
		h = h2
	}
	m.positions = append(found, m.positions...)
	m.prefixStart = h
	if h > 0 && toks[h-1].fold == "các" {
		m.sharedOffice = true
		m.prefixStart = h - 1
	}
	return true
}

// honourTitleEndingAt returns the first token of a state honour title that
// ends at token j ("Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng
// LLVTND", "Anh hùng Lao động"), or -1. Such titles are no honorifics and
// no offices, but stand between a person's office and rank.
func honourTitleEndingAt(toks []token, j int) int {
	for s := j - 1; s >= 0 && j-s < 8; s-- {
		if !toks[s].word || !toks[s].spaceAfter {
			return -1
		}
		if toks[s].fold == "anh" && toks[s].capital && toks[s+1].fold == "hùng" {
			return s
		}
	}
	return -1
}

// officeEndingAt finds an office that ends at token j (inclusive) and returns
// its first token, or -1. The office runs back over words linked by single
// spaces, stopping at punctuation and stop words; it starts at the earliest
// office head in that window, or, when whole is set, exactly at the window's
// first word.
func (a *peopleAnalysis) officeEndingAt(j int, whole bool) int {
	toks := a.toks
	if j < 0 || !toks[j].word || stopAt(toks, j) || toks[j].fold == "và" {
		return -1
	}
	w := j
	// The window stops at the previous person's name ("Thủ tướng A và Chủ
	// tịch Quốc hội B": B's office starts after A).
	for j-(w-1) < maxOfficeTokens {
		if w >= 3 && w-2 >= a.lastName && abbreviationDot(toks, w-1) && toks[w-2].word && toks[w-3].spaceAfter {
			w -= 2 // "Chủ tịch UBND TP. Hà Nội X", "Q. Bình Thạnh": the dot is the abbreviation's
			continue
		}
		if w >= 4 && w-3 > a.lastName && acronymBracketEndingAt(toks, w-1) && toks[w-4].word {
			w -= 3 // "Chủ tịch Liên đoàn Lao động (LĐLĐ) tỉnh X": the body's short name inside the office
			continue
		}
		if !(w-1 >= a.lastName && toks[w-1].word && toks[w-1].spaceAfter) {
			break
		}
		if w-1 == a.lastName && toks[w-1].fold == "và" {
			break // "A và Thứ trưởng, Phó Chủ nhiệm UBDT B": "và" joins two people, not two parts of a name
		}
		if toks[w-1].fold == "các" && w >= 2 && (toks[w].capital || isAcronym(toks[w].text) || bodyNounAfterCac(toks, w)) {
			if toks[w-2].word && toks[w-2].spaceAfter && !stopAt(toks, w-2) {
				w-- // "Liên hiệp các Hội ...", "Đảng ủy Khối các cơ quan tỉnh": inside an organisation's name
				continue
			}
			if toks[w-2].text == "," && nameCommaAt(toks, w-1) {
				w-- // "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": the comma is the name's
				break
			}
		}
		if toks[w-1].fold == "của" && w >= 2 && toks[w-2].word && !stopAt(toks, w-2) &&
			(toks[w].capital && foldPairIs(toks[w].fold, toks[w+1].fold, "quốc hội") || toks[w-2].fold == "bộ" && foldPairIs(toks[w].fold, toks[w+1].fold, "phụ nữ")) {
			w-- // "Chủ nhiệm Ủy ban Kinh tế của Quốc hội X", "Ban Vì sự tiến bộ của phụ nữ": the body's own name
			continue
		}
		if stopAt(toks, w-1) || toks[w-1].fold == "các" || toks[w-1].fold == "của" || toks[w-1].fold == "do" {
			break
		}
		if n := a.honorificEndingAt(w - 1); n > 0 && !toks[w-1].capital {
			break
		}
		w--
	}
	if whole && j+2 < len(toks) && toks[j+1].text == "," && headAt(toks, j+2) > 0 {
		// A membership office opening a stack may follow words of the
		// clause ("đã nghe UVTV Thành ủy, Chánh Văn phòng ... X").
		for k := w; k < j; k++ {
			if memberHeadAt(toks, k) {
				if k > w && toks[k-1].lower {
					w = k
				}
				break
			}
		}
	}
	if whole && w > 0 && toks[w-1].word && toks[w-1].para == toks[w].para && toks[w-1].fold != "có" && toks[w-1].fold != "gồm" &&
		!(w-1 == a.lastName && toks[w-1].fold == "và") && !agentBefore(toks, w) &&
		!(memberHeadAt(toks, w) && j+2 < len(toks) && toks[j+1].text == "," && headAt(toks, j+2) > 0) &&
		!(j+2 < len(toks) && toks[j+1].text == "," && headAt(toks, j+2) > 0 && addressBefore(toks, w)) {
		// The clause before the comma holds more than the office ("Thừa
		// ủy quyền của Bộ trưởng, Thứ trưởng X", "tái đắc cử Bí thư Chi
		// bộ, đồng chí X").
		return -1
	}
	for h := w; h <= j; h++ {
		if n := headAt(toks, h); n > 0 && h+n-1 <= j {
			return h
		}
		if whole {
			break
		}
	}
	// "Bộ trưởng Bộ Khoa học & Công nghệ X": a capitalised part of
	// an organisation name after "," or "&" with no office of its own; the
	// office starts before it.
	// "Trưởng Ban Chỉ đạo phòng, chống dịch ... huyện X": the comma of
	// "phòng, chống" stays inside the name of a board.
	// So do the dash of "Bộ Lao động - Thương binh và Xã hội" and the
	// commas of "Ban Bảo vệ, chăm sóc sức khỏe cán bộ", "phòng cháy,
	// chữa cháy", "Xúc tiến đầu tư, thương mại và du lịch".
	lowerComma := w >= 2 && toks[w-1].text == "," && nameCommaAt(toks, w)
	// In a stack before the name ("Giám đốc Sở Văn hóa, Thể thao và Du
	// lịch, Trưởng Ban Tổ chức X") the earlier office must start exactly
	// at its segment's first word, whole.
	if w >= 2 && (toks[w].capital || lowerComma) && (toks[w-1].text == "," || toks[w-1].text == "&" || isDash(toks[w-1].text)) && j-w < maxOfficeTokens/2 {
		if h := a.officeEndingAt(w-2, whole); h >= 0 && headAt(toks, w) == 0 && j-h < maxOfficeTokens {
			return h
		}
	}
	return -1
}

// agentBefore reports a word right before token w that names the doer of
// the act around it, so that a stack of offices after it is the doer's
// from its first word: "do" ("do Phó Thủ tướng, Bộ trưởng Bộ X Y làm trưởng
// đoàn") and the genitive of chairing or attending ("dưới sự chủ trì của
// Tổng Bí thư, Chủ tịch nước X", "với sự tham dự của ..."). Other
// genitives may name another holder ("Thừa ủy quyền của Bộ trưởng, Thứ
// trưởng X", "được sự phân công của Hiệu trưởng, TS X").
func agentBefore(toks []token, w int) bool {
	of := w - 1
	switch {
	case of < 0 || !toks[of].lower:
		return false
	case toks[of].fold == "do":
		return true
	case toks[of].fold == "của" && of >= 3 && toks[of-3].fold == "sự":
		switch toks[of-2].fold + " " + toks[of-1].fold {
		case "chủ trì", "chủ tọa", "điều hành", "tham dự", "tham gia", "có mặt", "chứng kiến", "hiện diện":
			return true
		}
	}
	return false
}

// addressBefore reports an address word right before token w, "đồng chí"
// (or "đ/c"), that opens a stack of offices before a name: "của đồng chí
// Phó Bí thư Huyện ủy, Chủ tịch UBND huyện X".
func addressBefore(toks []token, w int) bool {
	return w >= 2 && toks[w-2].fold == "đồng" && toks[w-1].fold == "chí" && toks[w-2].spaceAfter ||
		w >= 1 && toks[w-1].fold == "đ/c"
}

// bodyNounAfterCac reports a lower-case noun at token i, after "các",
// that goes on the name of a body grouping such units: "Đảng ủy Khối các
// cơ quan tỉnh", "Ban Quản lý các khu công nghiệp", "Liên hiệp các tổ chức
// hữu nghị".
func bodyNounAfterCac(toks []token, i int) bool {
	if !toks[i].lower {
		return false
	}
	switch toks[i].fold {
	case "khu", "hội", "trường", "doanh":
		return true
	case "cơ", "tổ", "công", "đoàn":
		return i+1 < len(toks) && (toks[i+1].fold == "quan" || toks[i+1].fold == "chức" || toks[i+1].fold == "trình" || toks[i+1].fold == "thể")
	}
	return false
}

// nameCommaWords open the second of two lower-case phrases an organisation's
// name joins with a comma: "phòng, chống", "phòng cháy, chữa cháy", "bảo
// vệ, chăm sóc", "đầu tư, thương mại", "cứu nạn, cứu hộ", "thi đua, khen
// thưởng".
var nameCommaWords = map[string]bool{"chống": true, "chữa": true, "chăm": true, "thương": true, "cứu": true, "khen": true}

// nameCommaAt reports a word at token i that opens the second phrase of
// such a name: one of nameCommaWords, "chiến lược" ("Ban Chính sách,
// chiến lược Trung ương"; "chiến" alone also opens "chiến sĩ", people),
// "nghệ thuật", "giáo dục", "giám sát", "truyền hình", or "các đoàn thể"
// ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể").
func nameCommaAt(toks []token, i int) bool {
	f := toks[i].fold
	if f == "các" {
		// "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"
		return i+2 < len(toks) && toks[i+1].fold == "đoàn" && toks[i+2].fold == "thể"
	}
	if f == "chiến" || f == "nghệ" {
		// "Ban Chính sách, chiến lược", "Hội đồng Lý luận phê bình văn học, nghệ thuật"
		return i+1 < len(toks) && (toks[i+1].fold == "lược" || toks[i+1].fold == "thuật") && toks[i].spaceAfter
	}
	if f == "truyền" {
		// "Báo và Phát thanh, truyền hình Phú Thọ", "Đài Phát thanh, truyền hình"
		return i+1 < len(toks) && toks[i+1].fold == "hình" && toks[i].spaceAfter
	}
	if f == "giáo" || f == "giám" {
		// "Cục Phổ biến, giáo dục pháp luật", "Cục Quản lý, giám sát bảo hiểm"
		// ("giáo" alone also opens "giáo viên", people)
		return i+1 < len(toks) && (toks[i+1].fold == "dục" || toks[i+1].fold == "sát") && toks[i].spaceAfter
	}
	return nameCommaWords[f]
}

// memberHeadAt reports a membership office at token i ("Ủy viên Bộ Chính
// trị", "UVTV Tỉnh ủy", "Tỉnh ủy viên"): it always opens a stack of offices
// before a name, so the word before it ("của", "nghe") is never part of it:
// "lời nhắn nhủ của Ủy viên Bộ Chính trị, Trưởng ban X", "sau khi nghe
// UVTV Thành ủy, Chánh Văn phòng Thành ủy X trình bày".
func memberHeadAt(toks []token, i int) bool {
	if headAt(toks, i) == 0 {
		return false
	}
	f := toks[i].fold
	switch {
	case f == "ủy" || f == "uỷ":
		return i+1 < len(toks) && toks[i+1].fold == "viên"
	case strings.HasPrefix(f, "uv") && isAcronym(toks[i].text):
		return true
	}
	return i+1 < len(toks) && toks[i+1].fold == "ủy" && i+2 < len(toks) && toks[i+2].fold == "viên" // Tỉnh ủy viên
}

// officeRightAfterName reports an office head at token e, right after a
// name with only a space between ("Đồng chí X ủy viên ban thường vụ huyện
// ủy, phó chủ tịch UBND huyện"): a careless apposition, as the head is a
// noun and cannot be the person's verb. Heads that are also verbs or
// adjectives ("phụ trách", "thường trực") do not count, nor does a lone
// capitalised word before the head ("Như Tổng Bí thư X ...": the caller
// asks for a name of two syllables or more).
func officeRightAfterName(toks []token, e int) bool {
	if e == 0 || e+1 >= len(toks) || !toks[e].word || !toks[e-1].spaceAfter || toks[e].para != toks[e-1].para {
		return false
	}
	switch toks[e].fold {
	case "phụ", "thường", "kiêm", "phản", "tân", "cố", "quyền", "thành", "học", "sinh", "hội", "đại", "người", "chuyên", "trợ":
		return false
	}
	return headAt(toks, e) > 0
}

// positionsAfter reads offices written after the name: "X - Ủy viên ...,
// Giám đốc ...", "X, Giám đốc Sở ...", "X (Giám đốc ...)", "X, nguyên Chủ
// tịch ...". Segments split at commas and dashes only where the next segment
// starts with an office head; an organisation-only segment stays attached
// ("Cục trưởng Cục Quản lý giá, Bộ Tài chính"). It sets m.suffixEnd.
func (a *peopleAnalysis) positionsAfter(m *mention, hasHon bool) bool {
	toks := a.toks
	m.suffixEnd = m.nameEnd
	e := m.nameEnd
	if e >= len(toks) || toks[e].para != toks[m.nameStart].para {
		return false
	}
	if p := skipPhotoPlace(toks, e); p != e && p < len(toks) {
		// "Bà X (thứ 2 từ trái sang) - Phó Chủ tịch ...": a caption's
		// place in the photo stands between the name and the office.
		if toks[p-1].text == "," {
			p--
		}
		e = p
	}
	sep := toks[e].text
	paren := sep == "("
	s := e + 1
	if m.nameEnd-m.nameStart >= 2 && officeRightAfterName(toks, e) {
		s = e // "đồng chí X phó chủ tịch UBND huyện", "X BT Huyện ủy - ...": no separator
	} else if !(paren || sep == "," || isDash(sep)) || e+1 >= len(toks) {
		return false
	}
	if !toks[s].word {
		return false
	}
	if isDash(sep) && chairNoteAt(toks, s) {
		// "đồng chí X – Chủ trì Hội nghị – Chủ tịch UBND ...": the part
		// the person played, written between dashes, then the offices.
		k := s + 2
		for k < len(toks) && k < s+6 && toks[k].word {
			k++
		}
		if k+1 >= len(toks) || !isDash(toks[k].text) || !toks[k+1].word {
			return false
		}
		m.chairNoted = true
		s = k + 1
	}
	if a.officeThenName(s) {
		return false
	}
	if endsOfficeList(toks, s) {
		return false
	}
	if headAt(toks, s) == 0 {
		// An affiliation in brackets or after a dash stands for the office
		// ("GS. X (Đại học Lund)", "GS. TS Y – Đại học Saxion") when the
		// name came with an honorific.
		// So does a body in brackets after an office written before the
		// name ("Đại biểu Quốc hội X (Đoàn ĐBQH TP. Đà Nẵng)").
		// After a comma it must name a body ("PGS.TS X, Viện Khoa học Y
		// trình bày ...", "bà X, đại diện UNEP tại Việt Nam"): a
		// capitalised word there may be the next name.
		if !((paren || isDash(sep)) && hasHon && toks[s].capital || paren && len(m.positions) > 0 && (toks[s].capital || isAcronym(toks[s].text)) ||
			sep == "," && hasHon && (namedBodyAt(toks, s) || representsBody(toks, s))) {
			return false
		}
	}
	// In "sự tham dự của X, Vụ trưởng Vụ Y, Bộ Z cùng ..." the list of
	// offices is a noun phrase: a body after a comma cannot open a clause.
	genitive := m.prefixStart > 0 && toks[m.prefixStart-1].fold == "của"
	prefixed := len(m.positions) > 0 // offices written before the name
	// "Theo bà X, Trưởng phòng Y, thời gian tới huyện sẽ ...": after the
	// offices of a source comes the clause quoted, never more of an office.
	quoted := m.prefixStart > 0 && toks[m.prefixStart-1].fold == "theo"
	var buf [4]positionSpan // room for most lists of offices: m.positions copies them
	found := buf[:0]
	segStart := s
	j := s
	closeSeg := func(end int) {
		for end > segStart && !toks[end-1].word && !closesBracket(toks, segStart, end-1) {
			end-- // "..., và": the comma is not part of the office
		}
		if end > segStart {
			found = append(found, positionSpan{start: segStart, end: end, head: headAt(toks, segStart)})
		}
	}
	// nextsOffices is set when the offices after the name run, comma by
	// comma, into the next person's name.
	nextsOffices := false
	for ; j < len(toks) && j-s < maxOfficeTokens*2; j++ {
		t := &toks[j]
		if t.para != toks[s].para {
			break
		}
		if paren {
			if t.text == ")" {
				closeSeg(j)
				j++
				break
			}
			if t.text == "," || t.text == ";" {
				if j+1 < len(toks) && headAt(toks, j+1) > 0 {
					closeSeg(j)
					segStart = j + 1
				}
			}
			continue
		}
		if t.word {
			if j > segStart && (stopAt(toks, j) || actsAs(toks, j)) && j >= segStart+headAt(toks, segStart) {
				break // (a stop word inside the head is the head's: "Trưởng đại diện Văn phòng ...")
			}
			if j > segStart+1 && t.capital && toks[j-1].spaceAfter && presentsAt(toks, j) && !namesBodyAfterHead(toks, j) {
				break // "X, Phó Chủ tịch Hội Y Báo cáo tổng kết ...": the act, capitalised, with no comma
			}
			if j-segStart >= maxOfficeTokens {
				break
			}
			continue
		}
		if t.text == "&" && j+1 < len(toks) && (toks[j+1].capital || isAcronym(toks[j+1].text)) {
			continue // "Bộ Văn hóa, Thể thao & Du lịch", "Sở VHTT & DL": "&" is "và"
		}
		if isDash(t.text) && j > 0 && j+1 < len(toks) && startsWithDigit(&toks[j-1]) && startsWithDigit(&toks[j+1]) {
			continue // a term of office, "nhiệm kỳ 2020 – 2025"
		}
		if abbreviationDot(toks, j) {
			continue // "Ban Thường vụ T.Ư Đoàn", "Đại học Luật TP. Hồ Chí Minh"
		}
		if n := bracketedAcronym(toks, j); n > 0 {
			j += n - 1 // "Đại sứ nước Cộng hòa dân chủ nhân dân (CHDCND) Lào"
			continue
		}
		if n := bracketedBody(toks, segStart, j); n > 0 {
			// "Phó Vụ trưởng Vụ Pháp chế (Bộ Tư pháp)": the body
			// the office's unit belongs to, as after a comma, stays with it.
			j += n - 1
			continue
		}
		if n := bracketedCountry(toks, j); n > 0 {
			// "Đại học Quốc tế X (Malaysia);": the bracket closes the office
			// and keeps its ")", which closeSeg would trim.
			end := j + n
			if isAcronym(toks[j+1].text) && n > 3 {
				// "(UVTV ĐU)" repeats the office in short: not part of it;
				// one acronym is the body's short name, written with it
				// ("Giám đốc Quỹ Phát triển nông nghiệp (IFAD)")
				end = j
			}
			j += n
			found = append(found, positionSpan{start: segStart, end: end, head: headAt(toks, segStart)})
			segStart = j
			if j+1 < len(toks) && toks[j].text == "," && headAt(toks, j+1) > 0 && !a.officeThenName(j+1) {
				// "Ủy viên Ban Thường vụ Đảng ủy (UVTV ĐU), Phó Chủ tịch
				// HĐND phường": another office follows.
				segStart = j + 1
				continue
			}
			break
		}
		if (t.text == ";" || t.text == "/") && j+1 < len(toks) && headAt(toks, j+1) > 0 && !a.officesThenName(j+1) {
			// "A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh; B,
			// ...": an office after a semicolon with no name of its own
			// is still A's, as is the second of an "A / B" office pair
			// ("Phó Bí thư / Chủ tịch UBND phường").
			closeSeg(j)
			segStart = j + 1
			continue
		}
		if t.text == "," || isDash(t.text) {
			if j+1 >= len(toks) || !toks[j+1].word || endsOfficeList(toks, j+1) {
				break
			}
			if isDash(t.text) && chairNoteAt(toks, j+1) {
				m.chairNoted = true // "X – Viện trưởng – Chủ trì tọa đàm": the part played closes the offices
				break
			}
			if isDash(t.text) && toks[j+1].lower && describesAfterDash(toks, j+1) {
				break // "Giám đốc Công ty X – một trong những người đi đầu ...": a description
			}
			if toks[j+1].fold == "kiêm" && toks[j+1].lower && j+2 < len(toks) && headAt(toks, j+2) > 0 && !a.officeThenName(j+2) {
				// "X, Phó Giám đốc Sở, kiêm Chánh Thanh tra Sở": a
				// second office held at once
				closeSeg(j)
				segStart = j + 2
				j++
				continue
			}
			if j+3 < len(toks) && toks[j+1].fold == "phụ" && toks[j+1].lower && toks[j+2].fold == "trách" && (toks[j+3].capital || isAcronym(toks[j+3].text)) {
				// "X, Phó Chủ tịch Thường trực, phụ trách Hiệp hội Y": the
				// body run is an office of its own
				closeSeg(j)
				segStart = j + 1
				continue
			}
			if headAt(toks, j+1) > 0 {
				if a.officeThenName(j + 1) {
					nextsOffices = true
					break // "Chủ tịch nước A, Thủ tướng Chính phủ B": B's office
				}
				closeSeg(j)
				segStart = j + 1
				continue
			}
			if a.startsPerson(j+1) || startsCrowd(&toks[j+1]) || groupOfPeopleAt(toks, j+1) || !(toks[j+1].capital || toks[j+1].lower || isAcronym(toks[j+1].text)) {
				break // another person, a crowd ("..., hơn 50 giáo sư") or a number ("..., 5 tham luận")
			}
			if nameCommaAt(toks, j+1) && toks[j+1].lower {
				continue // "Ban Bảo vệ, chăm sóc sức khỏe cán bộ": the comma is the name's
			}
			if toks[j+1].fold == "các" && toks[j+1].lower {
				break // "..., các đại diện khoa ...": a plural opens the next guests, never more of the office
			}
			if toks[j+1].capital && presentsAt(toks, j+1) {
				break // "..., Chủ nhiệm UBKT, Báo cáo kết quả thẩm tra ...": the act, capitalised
			}
			// Commas and dashes inside an office or organisation name stay.
			if isDash(t.text) || !(quoted && toks[j+1].lower && toks[j+1].fold != "chống") && a.segmentHasNoStop(j+1, genitive) {
				continue
			}
			break
		}
		break
	}
	if !paren {
		closeSeg(j)
	}
	if nextsOffices && prefixed && !isDash(sep) {
		// "Phó Chủ tịch Quốc hội A, Giám đốc Học viện X, Chủ tịch Hội đồng
		// Y B": in a list written office before name, the offices between
		// two names are the second's.
		return false
	}
	if len(found) == 0 {
		return false
	}
	m.positions = append(append(a.newSpans(len(m.positions)+len(found)), m.positions...), found...)
	m.suffixEnd = j
	return true
}

// segmentHasNoStop reports whether the segment that starts at token i after
// a comma continues the office: a lower-case run is part of the office name
// ("Trưởng Ban Chỉ đạo phòng, chống dịch ... tỉnh"); a capitalised one is an
// organisation ("..., Bộ Tài chính") unless a verb other than the person's
// own follows it, which makes it the subject of a new clause ("..., UBND
// tỉnh đã tổ chức phiên họp"); after a genitive person ("của X, ...") a
// conjunction ends the body instead.
func (a *peopleAnalysis) segmentHasNoStop(i int, genitive bool) bool {
	toks := a.toks
	capital := toks[i].capital || isAcronym(toks[i].text)
	if !capital && !lowerOrgPart(toks, i) {
		return false // "X, Giám đốc Sở Y, thời gian tới sở sẽ ...", "..., người đã ...": a new clause
	}
	for k := i; k < len(toks) && k-i < maxOfficeTokens; k++ {
		if !toks[k].word {
			t := toks[k].text
			return t == "," || t == "." || t == ";" || t == "(" || t == "&" || isDash(t) // not "điện thoại:", "email:"
		}
		if stopAt(toks, k) {
			if !capital {
				// "Theo ông X, Trưởng phòng Y, huyện cần ...", "Dưới sự
				// chủ trì của X, Bí thư Huyện ủy, hội nghị đã ...": a bare
				// unit word or event noun before the verb is the next
				// clause's subject.
				return !(k == i+1 && isAdminUnit(toks, i) || eventSubject(toks, i, k))
			}
			if genitive && (toks[k].fold == "cùng" || toks[k].fold == "và") {
				return true // "..., Bộ Y tế cùng lãnh đạo các bệnh viện"
			}
			if toks[k].fold == "giữ" && k+1 < len(toks) && toks[k+1].fold == "chức" {
				return true // "bổ nhiệm ông X, Trưởng phòng Y, Sở Z giữ chức ...": Z is Y's body
			}
			if toks[k].fold == "thừa" {
				return true // "X, Giám đốc Trung tâm Y, Bộ Z thừa ủy quyền của ...": X acts on authority
			}
			if toks[k].fold == "và" && k+1 < len(toks) && a.startsPerson(k+1) {
				return true // "bà X, Trưởng khoa, Khoa Luật và ông Y, ...": the next person, not a clause
			}
			n, c := cueAt(toks, k)
			return n > 0 && c.phrase != "theo"
		}
	}
	return true
}

// namesBodyAfterHead reports a capitalised word at token j right after the
// head noun of an organisation: it starts the body's name ("Cục Phổ biến,
// giáo dục pháp luật"), however much it reads like an act.
func namesBodyAfterHead(toks []token, j int) bool {
	n, _ := vocab.orgHeads.matchAt(toks, j-1)
	return n == 1
}

// lowerOrgPart reports a lower-case segment at token i, after a comma,
// that goes on the office: "phòng, chống ...", a term ("..., nhiệm kỳ
// 2021 - 2026", "..., khóa XV"), or the fields of a body written in lower
// case and joined by "và" ("Sở Lao động, thương binh và xã hội"); a verb
// there is the person's and the caller ends the office at it. Other
// lower-case words after the offices open a new clause or an apposition
// ("..., người đã gắn bó ...", "..., năm 2023 xã đạt ...").
func lowerOrgPart(toks []token, i int) bool {
	switch toks[i].fold {
	case "chống", "nhiệm", "khóa", "khoá", "các": // "..., các đoàn thể tỉnh": a group of bodies
		return true
	}
	if stopAt(toks, i) {
		return true // the person's verb after the comma: the caller stops there
	}
	if timeOpener(toks, i) {
		return false
	}
	if committeeTopicAt(toks, i) {
		return true // "Ban Chỉ đạo chống tham nhũng, lãng phí, tiêu cực của huyện"
	}
	if steeringRemitBefore(toks, i-1) {
		// "Trưởng Ban Chỉ đạo sắp xếp, đổi mới doanh nghiệp, cổ phần hóa
		// đã chủ trì": the board's remit, listed in lower case, runs on to
		// the next mark or the person's verb.
		// ("..., trọng điểm ngành Giao thông Vận tải": the remit may end in
		// the sector's name, in capitals; another office or a person
		// ends it.)
		for k := i; k < len(toks) && k-i < 8; k++ {
			if !toks[k].word || stopAt(toks, k) {
				return true
			}
			if !toks[k].lower && (k == i || headAt(toks, k) > 0 || vocab.is(&toks[k], kindSurname)) {
				return false
			}
		}
	}
	if i+1 < len(toks) && (isAdminUnit(toks, i) || toks[i].fold == "xã" || toks[i].fold == "phường") && (toks[i+1].capital || startsWithDigit(&toks[i+1])) {
		return true // "Chủ tịch UBND phường 5, quận 3", "..., xã Tân Lập, huyện Đan Phượng": the unit's place
	}
	k := i + 1
	for ; k < len(toks) && k-i < 8 && toks[k].word; k++ {
		if toks[k].fold == "và" {
			return k+1 < len(toks) && toks[k+1].lower
		}
		if stopAt(toks, k) || !toks[k].lower {
			return false
		}
	}
	// "Cục trưởng Cục Phổ biến, giáo dục pháp luật, Bộ Tư pháp;": a
	// lower-case field of the body's name, closed by its parent body or by
	// the end of the person's offices.
	if k == i+1 || k >= len(toks) || !toks[i].lower || timeOpener(toks, i) {
		return false
	}
	switch toks[k].text {
	case ";":
		return true
	case ",":
		return k+2 < len(toks) && toks[k+1].capital && headAt(toks, k+1) == 0 && !vocab.is(&toks[k+1], kindSurname) && toks[k+2].capital
	}
	return false
}

// steeringRemitBefore reports a steering board's name whose remit, in
// lower case and maybe already listed with commas, runs up to the comma at
// token c: "Ban Chỉ đạo sắp xếp, ...", "Ban Chỉ đạo Trung ương về cải
// cách tư pháp, ...".
func steeringRemitBefore(toks []token, c int) bool {
	for k := c - 1; k >= 2 && k >= c-16; k-- {
		switch {
		case toks[k].fold == "đạo" && inSteeringBoard(toks, k-1):
			return k < c-1 // some remit after the board's name
		case toks[k].text == ",":
		case !toks[k].word || !toks[k].lower && headAt(toks, k) > 0:
			return false // another office: "Ban Chỉ đạo huyện, Chủ tịch UBND xã, ..."
		}
	}
	return false
}

// committeeTopics are the evils and schemes that steering committees
// and national commissions are named after, listed with commas in lower
// case ("Ban Chỉ đạo về chống tham nhũng, lãng phí, tiêu cực", "Ủy
// ban phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm", "Ban
// Chỉ đạo thực hiện chính sách bảo hiểm y tế, bảo hiểm xã hội", "Ban Chỉ
// đạo chống buôn lậu, gian lận thương mại và hàng giả"): after a comma
// inside an office, one of them goes on the body's name.
var committeeTopics = map[string]bool{
	"lãng phí": true, "tiêu cực": true, "tham nhũng": true, "mại dâm": true, "ma túy": true, "ma tuý": true,
	"buôn lậu": true, "gian lận": true, "hàng giả": true, "tội phạm": true, "bảo hiểm": true,
	"cứu nạn": true, "cứu hộ": true, "thiên tai": true,
}

// committeeTopicAt reports one of committeeTopics at token i, in lower
// case.
func committeeTopicAt(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].lower && toks[i].spaceAfter && committeeTopics[toks[i].fold+" "+toks[i+1].fold]
}

// timeOpener reports a time adverbial at token i ("thời gian tới", "hiện
// nay", "năm nay", "sắp tới", "tới đây"), which opens a clause and never
// goes on an office.
func timeOpener(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i].fold + " " + toks[i+1].fold {
	case "thời gian", "hiện nay", "năm nay", "sắp tới", "tới đây", "năm qua", "vừa qua":
		return true
	}
	return false
}

// eventSubject reports an event noun that makes up toks[i:k] ("hội
// nghị", "đại hội", "kỳ họp", "buổi lễ"): the subject of a clause, never
// the end of an office.
func eventSubject(toks []token, i, k int) bool {
	switch k - i {
	case 1:
		return toks[i].fold == "lễ"
	case 2:
		switch toks[i].fold + " " + toks[i+1].fold {
		case "hội nghị", "đại hội", "kỳ họp", "phiên họp", "cuộc họp", "hội thảo", "tọa đàm", "buổi lễ", "buổi họp", "diễn đàn":
			return true
		}
	}
	return false
}

// startsPerson reports whether a person's name (or an honorific) begins at
// token i, so a list of people goes on there.
func (a *peopleAnalysis) startsPerson(i int) bool {
	toks := a.toks
	if honorificLen(toks, i) > 0 {
		return true
	}
	if i+1 < len(toks) && toks[i].capital && vocab.is(&toks[i], kindSurname) && toks[i].spaceAfter && isNameSyllable(&toks[i+1]) {
		return !spanIsPlace(toks, i, i+2) // "..., Hà Lan": a country after the organisation
	}
	return false
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// startsCrowd reports a word that opens a quantity or a group of people
// rather than part of an office ("hơn 50 giáo sư", "toàn thể cán bộ", "cùng
// đông đảo sinh viên"), so a list of offices ends before it.
func startsCrowd(t *token) bool {
	if !t.lower {
		return false
	}
	switch t.fold {
	case "cùng", "đông", "nhiều", "toàn", "những", "lãnh":
		return true
	}
	return quantityWord(t.fold)
}

// quantityWord reports a folded word that leads a number ("hơn 50", "gần
// 31.000", "trên 200", "khoảng 30").
func quantityWord(f string) bool {
	switch f {
	case "hơn", "gần", "trên", "khoảng":
		return true
	}
	return false
}

// groupOfPeopleAt reports a plural honorific at token i ("các đồng chí Ủy
// viên ...", "các vị đại biểu"): a further group of people present, which
// ends the office of the person before it.
func groupOfPeopleAt(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i].lower || toks[i].fold != "các" && toks[i].fold != "những" {
		return false
	}
	return honorificLen(toks, i+1) > 0
}

// officesThenName is officeThenName for a list of offices parted by
// commas that ends in the name they belong to ("...; Nguyên Phó Chủ
// tịch Quốc hội, nguyên Trưởng Ban Kinh tế Trung ương Lê Thị Hoa;"): after
// a semicolon, the next person's offices. It looks at up to four offices,
// none past a semicolon or the sentence's end.
func (a *peopleAnalysis) officesThenName(i int) bool {
	toks := a.toks
	for n := 0; n < 4; n++ {
		if a.officeThenName(i) {
			return true
		}
		k := i + 1
		for k < len(toks) && k-i < maxOfficeTokens && toks[k].word {
			k++
		}
		if k+1 >= len(toks) || toks[k].text != "," || toks[k].sent != toks[i].sent || headAt(toks, k+1) == 0 {
			return false
		}
		i = k + 1
	}
	return false
}

// officeThenName reports a segment that starts at token i with an office
// and ends with a full personal name ("Thủ tướng Chính phủ Phạm Minh
// Chính"), or a dash and one: it introduces the next person, it is not one
// more office of the person before.
func (a *peopleAnalysis) officeThenName(i int) bool {
	toks := a.toks
	e := i
	for e < len(toks) && toks[e].word && e-i < maxOfficeTokens && !(e > i && stopAt(toks, e)) {
		e++
		if e+1 < len(toks) && e-i > 2 && toks[e+1].capital && toks[e+1].word && headAt(toks, e+1) == 0 && !vocab.is(&toks[e+1], kindSurname) && !a.startsPerson(e+1) &&
			(toks[e].text == "," || isDash(toks[e].text) && toks[e-1].capital && toks[e].start > toks[e-1].end && toks[e+1].start > toks[e].end) {
			// "Giám đốc Sở Văn hóa, Thể thao và Du lịch Lâm Văn Tâm",
			// "Bí thư Tỉnh ủy Bà Rịa – Vũng Tàu Lê Văn Tâm": a comma or
			// a dash inside the body's name, read past
			e++
			continue
		}
		if !toks[e-1].spaceAfter {
			break
		}
	}
	// "Hiệu trưởng Trường X - Ngô Thị Lan": the office set off from the
	// name after it by a dash.
	if e > i && e+2 < len(toks) && isDash(toks[e].text) && toks[e-1].spaceAfter && toks[e].spaceAfter &&
		vocab.is(&toks[e+1], kindSurname) && !vocab.is(&toks[e+1], kindNotName) && isNameSyllable(&toks[e+1]) && isNameSyllable(&toks[e+2]) {
		return true
	}
	r := e
	for r > i && isNameSyllable(&toks[r-1]) && (r == e || toks[r-1].spaceAfter) {
		r--
	}
	for k := i + 1; k < e; k++ {
		// "..., Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan", even
		// when the clause goes on after the name
		if isNameSyllable(&toks[k]) && !isNameSyllable(&toks[k-1]) {
			re := k + 1
			for re < e && isNameSyllable(&toks[re]) && toks[re-1].spaceAfter {
				re++
			}
			if foreignNameAfterCountry(toks, k, re) >= 0 {
				return true
			}
			k = re - 1
		}
	}
	for k := r; k <= e-3; k++ {
		if e-k > 4 || !vocab.is(&toks[k], kindSurname) || vocab.is(&toks[k], kindNotName) {
			continue
		}
		if spanIsPlace(toks, k, e) || e-k == 3 && cityName(toks[k+1].fold, toks[k+2].fold) {
			return false // "Trung tâm Hợp tác Châu Á Thái Bình Dương", "Trường ... Công nghệ Cao Hà Nội": the body's name ends in a place
		}
		if youthUnionAt(toks, k, e) {
			return false // "Phó Bí thư Đoàn Than Quảng Ninh": the Youth Union, no one named Đoàn
		}
		if k == i || toks[k].fold == "hồ" && toks[k+1].fold == "chí" {
			return false
		}
		// After an office, "UBND tỉnh Hoàng Thị A" names a person; a street
		// or a school ("Trường THPT Chu Văn An") does not.
		if orgPrefixBefore(toks, k) && !isAdminUnit(toks, k-1) {
			return false
		}
		return true
	}
	// "Phó Trưởng đoàn ĐBQH tỉnh Siu Hương": a highland clan name opens a
	// person's two-syllable name, never a place's.
	if k := e - 2; k > i && k >= r && highlandClans[toks[k].fold] {
		return true
	}
	// "..., Giám đốc Sở Y tế Lê Hải": two syllables after an office in a
	// ministry or department (see nationalBodyBefore).
	if k, h := e-2, headAt(toks, i); k > i && k == r && h > 0 && nationalBodyName(toks, i+h, k) {
		return true
	}
	// "Chủ tịch nước Trần Đức, Thủ tướng X": a two-syllable name right
	// after a bare office head is a person too.
	// Two syllables after a committee or unit named by its territory are
	// that territory ("Bí thư Huyện ủy Yên Thành", "Trưởng thôn Đồng Tâm").
	if k := e - 2; k > i && k >= r && headAt(toks, i) == k-i && vocab.is(&toks[k], kindSurname) && !vocab.is(&toks[k], kindNotName) &&
		!spanIsPlace(toks, k, e) && // "Bí thư Tỉnh ủy Đồng Nai": a province, not a name
		!territoryWordAt(toks, k-1) {
		return true
	}
	return false
}

// wonOffice is an office won in an election at the meeting: its folded
// text, and where the report says so.
type wonOffice struct {
	office string
	at     int
}

// wonOffices returns, per person, the offices each won in an election at
// the meeting ("X được bầu giữ chức Bí thư Đảng ủy", "X trúng cử Chủ tịch
// Hội", "bầu đồng chí X giữ chức ..."), or nil when no one won any: the
// report's later mentions that call the person so give no position. A
// re-election ("tái đắc cử") wins an office the person held already.
func (a *peopleAnalysis) wonOffices(d *document) [][]wonOffice {
	var won [][]wonOffice
	for i := range a.mentions {
		m := &a.mentions[i]
		s, e := a.wonOfficeAfter(m)
		if s < 0 {
			continue
		}
		if won == nil {
			won = make([][]wonOffice, len(a.people))
		}
		won[m.person] = append(won[m.person], wonOffice{d.folded[a.toks[s].start:a.toks[e-1].end], int(a.toks[s].start)})
	}
	return won
}

// wonOfficeAfter returns the tokens [s, e) of the office a mention wins
// in an election, or -1, -1.
func (a *peopleAnalysis) wonOfficeAfter(m *mention) (s, e int) {
	toks := a.toks
	k := max(m.suffixEnd, m.nameEnd)
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	n := func(words ...string) bool {
		if k+len(words) > len(toks) {
			return false
		}
		for j, w := range words {
			if toks[k+j].fold != w {
				return false
			}
		}
		k += len(words)
		return true
	}
	elected := m.prefixStart >= 1 && toks[m.prefixStart-1].fold == "bầu" && n("giữ", "chức") // "bầu đồng chí X giữ chức ..."
	if !elected && (n("được", "bầu") || n("đắc", "cử") || n("trúng", "cử")) {
		elected = true
		for _, verb := range [][]string{{"giữ", "chức"}, {"làm"}, {"vào", "chức"}, {"là"}} {
			if n(verb...) {
				break // "được bầu giữ chức / làm / vào chức / là ..."
			}
		}
	}
	if !elected {
		return -1, -1
	}
	if k < len(toks) && (toks[k].fold == "vụ" || toks[k].fold == "danh") && toks[k-1].fold == "chức" {
		k++ // "giữ chức vụ", "giữ chức danh"
	}
	if k >= len(toks) || headAt(toks, k) == 0 || toks[k].sent != toks[m.nameStart].sent {
		return -1, -1
	}
	e = k
	for e < len(toks) && toks[e].word && e-k < maxOfficeTokens && !(e > k && stopAt(toks, e)) {
		e++
		if !toks[e-1].spaceAfter {
			break
		}
	}
	return k, e
}

// withoutWonOffices drops the positions, written after the election,
// that name an office won at the meeting: the same office, or the start of
// it ("Bí thư Đảng ủy" for "Bí thư Đảng ủy Quân khu"), or it with more
// after.
func withoutWonOffices(ps []schema.Position, won []wonOffice) []schema.Position {
	if len(won) == 0 {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		f := fold(string(p.Text))
		drop := false
		for _, w := range won {
			if p.Evidence != nil && p.Evidence.Start < w.at {
				continue // the office held before the election ("..., Bí thư Chi bộ; ... tiếp tục được bầu giữ chức Bí thư Chi bộ")
			}
			if f == w.office || strings.HasPrefix(w.office, f+" ") || strings.HasPrefix(f, w.office+" ") {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, p)
		}
	}
	return out
}

// appointedOffice reads the office given by an appointment reported as
// news: "bổ nhiệm ông X(, Vụ trưởng ...), giữ chức Thứ trưởng Bộ Y" gives X
// "Thứ trưởng Bộ Y". Offices won by an election at the meeting ("được bầu
// giữ chức ...") are not positions, so the verb must be "bổ nhiệm" before
// the name. It extends m.suffixEnd.
func (a *peopleAnalysis) appointedOffice(m *mention) bool {
	toks := a.toks
	p := m.prefixStart
	if p < 2 || toks[p-2].fold != "bổ" || toks[p-1].fold != "nhiệm" {
		return false
	}
	k := m.suffixEnd
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	switch {
	case k+1 < len(toks) && toks[k].fold == "giữ" && toks[k+1].fold == "chức":
		k += 2
		if k < len(toks) && (toks[k].fold == "vụ" || toks[k].fold == "danh") {
			k++ // "giữ chức vụ", "giữ chức danh"
		}
	case k < len(toks) && toks[k].fold == "làm":
		k++
	default:
		return false
	}
	h := headAt(toks, k)
	if h == 0 || toks[k].sent != toks[m.nameStart].sent {
		return false
	}
	e := k
	for e < len(toks) && toks[e].word && e-k < maxOfficeTokens && !(e > k && stopAt(toks, e)) {
		e++
		if !toks[e-1].spaceAfter {
			break
		}
	}
	m.positions = append(m.positions, positionSpan{start: k, end: e, head: h})
	m.suffixEnd = e
	return true
}

// territoryWordAt reports a word at token i that a territory's name
// follows: a committee ("Huyện ủy"), a unit ("tỉnh", "huyện") or a village
// ("thôn", "bản", "ấp").
func territoryWordAt(toks []token, i int) bool {
	if territorialCommittee(toks, i) || isAdminUnit(toks, i) {
		return true
	}
	switch toks[i].fold {
	case "thôn", "bản", "ấp", "xóm", "khóm", "xã", "phường":
		return true
	}
	return false
}

// isAdminUnit reports the administrative unit word at token i that ends
// an office ("Chủ tịch UBND tỉnh", "Bí thư Đảng ủy xã").
func isAdminUnit(toks []token, i int) bool {
	switch toks[i].fold {
	case "tỉnh", "huyện", "quận": // wards and communes are often named after people ("phường Trần Hưng Đạo")
		return true
	case "phố": // "thành phố", not a street
		return i > 0 && toks[i-1].fold == "thành"
	}
	return false
}

// abbreviationDot reports a dot at token j that closes a short abbreviation
// inside a name ("T. Ư", "TP. Hồ Chí Minh", "Tp. Huế") rather than a
// sentence: it follows one or two capital letters and precedes a
// capitalised word.
func abbreviationDot(toks []token, j int) bool {
	if toks[j].text != "." || j == 0 || j+1 >= len(toks) || !toks[j-1].word || toks[j-1].spaceAfter {
		return false
	}
	w := toks[j-1].text
	if !toks[j+1].capital {
		// "TP. HCM": the city's name may itself be an acronym
		return toks[j-1].fold == "tp" && isAcronym(toks[j+1].text)
	}
	if utf8.RuneCountInString(w) > 2 {
		return false
	}
	if w == "Á" && j >= 2 {
		switch toks[j-2].fold {
		case "đông", "tây", "nam", "châu", "trung":
			return false // "Trường Đại học Đông Á. Về phía ...": a region's name ends the sentence
		}
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return w == "Tp" // "Tp. Huế"; "Bộ." ends a sentence
		}
	}
	return true
}

func startsWithDigit(t *token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.word && unicode.IsDigit(r)
}

// actsAs reports "làm" followed by an office at token j: the part the
// person plays here ("Hiệu trưởng làm Trưởng đoàn"), which ends the office
// before it; "việc làm" inside an office name stays.
func actsAs(toks []token, j int) bool {
	return toks[j].fold == "làm" && toks[j].lower && j+1 < len(toks) && toks[j-1].fold != "việc" && headAt(toks, j+1) > 0
}

// endsOfficeList reports a segment at token i, after a comma or a dash, that
// cannot continue an office: a photo credit ("- Ảnh: X", "- Ảnh:TTXVN/X")
// or another group of people ("..., đại biểu các sở"). Stop words after a
// comma are left to the loop, which ends the office at them.
func endsOfficeList(toks []token, i int) bool {
	t := &toks[i]
	if t.fold == "ảnh" && i+1 < len(toks) && toks[i+1].text == ":" || strings.HasPrefix(t.fold, "ảnh:") {
		return true
	}
	return t.lower && t.fold == "đại" && i+1 < len(toks) && toks[i+1].fold == "biểu" && toks[i].spaceAfter
}

// bracketedAcronym returns 3 for an acronym in brackets at token j that
// stands inside an office or organisation name, the name going on after
// it ("Ủy ban Kiểm tra (UBKT) Tỉnh ủy"), else 0.
// bracketedCountry returns the number of tokens of a bracket of one to
// three capitalised words or acronyms at token j that closes the office:
// the country or city of a foreign organisation ("Đại học X (Malaysia);"),
// or the office's abbreviation ("Ủy viên Ban Thường vụ Đảng ủy (UVTV ĐU),"). Only a bracket
// followed by punctuation or the end of the paragraph counts, so a bracket
// that goes on into the name of a body stays with bracketedAcronym.
func bracketedCountry(toks []token, j int) int {
	if toks[j].text != "(" {
		return 0
	}
	k := j + 1
	for ; k < len(toks) && k-j <= 3 && toks[k].word && (toks[k].capital || isAcronym(toks[k].text)); k++ {
	}
	if k == j+1 || k >= len(toks) || toks[k].text != ")" {
		return 0
	}
	if k+1 < len(toks) && toks[k+1].para == toks[j].para && toks[k+1].word && !(toks[k+1].lower && k == j+2 && isAcronym(toks[j+1].text)) {
		return 0 // (a lower-case word after one acronym is the person's verb: "Giám đốc Trung tâm X (CDC) phát biểu")
	}
	return k + 1 - j
}

// describesAfterDash reports a description of the person opening at token
// k after a dash: "một trong những ...", "người đã ...", "nguyên là ...".
func describesAfterDash(toks []token, k int) bool {
	switch toks[k].fold {
	case "một", "người", "nguyên", "hiện", "cũng", "đồng", "là":
		return true
	}
	return false
}

// closesBracket reports a ")" at token k that closes a "(" opened in
// toks[from:k].
func closesBracket(toks []token, from, k int) bool {
	if toks[k].text != ")" {
		return false
	}
	for i := k - 1; i >= from; i-- {
		if toks[i].text == "(" {
			return true
		}
	}
	return false
}

// bracketedBody reads "(Bộ Nội vụ)" at token j: a body in brackets,
// opened by an organisation's head noun, of at most ten tokens and closed
// where the office ends (punctuation or a lower-case word after it); it
// returns its length in tokens, or 0. Words all written in the office
// since token seg are the short name of its own body ("Trưởng Ban Quản lý
// dự án ... (Ban Quản lý) chủ trì"), not another body.
func bracketedBody(toks []token, seg, j int) int {
	if toks[j].text != "(" || j+3 >= len(toks) || !toks[j+1].capital {
		return 0
	}
	n, _ := vocab.orgHeads.matchAt(toks, j+1)
	if n == 0 {
		return 0
	}
	k := j + 1
	for ; k < len(toks) && k-j <= 10 && inBracketedBody(toks, j, k); k++ {
		if k > j+1 && toks[k].word && stopAt(toks, k) {
			return 0
		}
	}
	// (a lower-case word after it is the person's verb: "X, Phó Vụ trưởng
	// Vụ Y (Bộ Nội vụ) giới thiệu ...")
	if k >= len(toks) || toks[k].text != ")" || k+1 < len(toks) && toks[k+1].para == toks[j].para && toks[k+1].word && !toks[k+1].lower {
		return 0
	}
	if k-(j+1) <= n || wordsWithin(toks, j+1, k, seg, j) {
		return 0 // "(Ủy ban)": the short name the body goes by, defined
	}
	return k + 1 - j
}

// acronymBracketEndingAt reports "(ACRONYM)" whose ")" is token k: a
// body's short name defined in brackets.
func acronymBracketEndingAt(toks []token, k int) bool {
	return k >= 2 && toks[k].text == ")" && toks[k-2].text == "(" && isAcronym(toks[k-1].text)
}

// inBracketedBody reports whether token k goes on the body whose bracket
// opens at token j: a word, or a comma or a dash before a capital that
// parts the body's fields ("(Bộ Văn hóa, Thể thao và Du lịch)", "(Đại học
// Công nghệ - ĐHQG Hà Nội)").
func inBracketedBody(toks []token, j, k int) bool {
	if toks[k].word {
		return true
	}
	return k > j+1 && (toks[k].text == "," || isDash(toks[k].text)) && k+1 < len(toks) && (toks[k+1].capital || isAcronym(toks[k+1].text))
}

// wordsWithin reports whether every word of toks[s:e] is also written in
// toks[from:to].
func wordsWithin(toks []token, s, e, from, to int) bool {
	for k := s; k < e; k++ {
		found := false
		for i := from; i < to && !found; i++ {
			found = toks[i].fold == toks[k].fold
		}
		if !found {
			return false
		}
	}
	return true
}

func bracketedAcronym(toks []token, j int) int {
	if toks[j].text != "(" || j+3 >= len(toks) || toks[j+2].text != ")" || !isAcronym(toks[j+1].text) {
		return 0
	}
	next := &toks[j+3]
	if !next.word || toks[j+3].para != toks[j].para {
		return 0
	}
	// "Ủy ban Kiểm tra (UBKT) Tỉnh ủy", and the level after the body's
	// short name: "Hội đồng nghĩa vụ quân sự (NVQS) huyện"
	if !next.capital && !(next.lower && (isAdminUnit(toks, j+3) || next.fold == "thành" && j+4 < len(toks) && isAdminUnit(toks, j+4))) {
		return 0
	}
	return 3
}

// foldedSpan joins the folded words of toks[s:e] with single spaces, the way
// the vocabularies are keyed; only short spans are asked for.
func foldedSpan(toks []token, s, e int) string {
	if e-s == 2 {
		return toks[s].fold + " " + toks[s+1].fold
	}
	parts := make([]string, 0, e-s)
	for k := s; k < e; k++ {
		parts = append(parts, toks[k].fold)
	}
	return strings.Join(parts, " ")
}

// spanIsPlace is vocab.isPlace(foldedSpan(toks, s, e)) without building
// the string on the heap for spans of up to 64 bytes.
func spanIsPlace(toks []token, s, e int) bool {
	var buf [64]byte
	b := buf[:0]
	for k := s; k < e; k++ {
		if k > s {
			b = append(b, ' ')
		}
		if len(b)+len(toks[k].fold) > len(buf) {
			return vocab.isPlace(foldedSpan(toks, s, e))
		}
		b = append(b, toks[k].fold...)
	}
	return vocab.isPlace(string(b))
}

// presentsAt reports a strong cue of presenting a paper at token k
// ("báo cáo", "trình bày"), other than a briefing ("thông tin", "thông
// báo"), which also names a body ("Sở Thông tin ...").
func presentsAt(toks []token, k int) bool {
	n, c := cueAt(toks, k)
	return n > 0 && c.strong && c.agenda == schema.AgendaReport && c.phrase != "thông tin" && c.phrase != "thông báo"
}

// namedBodyAt reports an organisation's head noun at token k followed by
// its capitalised name ("Viện Khoa học ...", "Trường Đại học ...").
func namedBodyAt(toks []token, k int) bool {
	if !toks[k].capital {
		return false
	}
	n, _ := vocab.orgHeads.matchAt(toks, k)
	return n > 0 && k+n < len(toks) && (toks[k+n].capital || isAcronym(toks[k+n].text)) && toks[k+n].para == toks[k].para
}

// chairNoteAt reports "Chủ trì" or "Chủ tọa" at token s, written like an
// office after a name.
func chairNoteAt(toks []token, s int) bool {
	return s+1 < len(toks) && toks[s].fold == "chủ" && (toks[s+1].fold == "trì" || toks[s+1].fold == "tọa")
}
