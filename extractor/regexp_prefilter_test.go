package extractor

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestOpeningsRegexpAgrees checks that each openingsRegexp finds what its
// unanchored regexp finds, on random texts of the words the regexps read
// and on the windows of the corpus the citation reader gives them.
func TestOpeningsRegexpAgrees(t *testing.T) {
	finders := []struct {
		name string
		o    *openingsRegexp
		re   *regexp.Regexp
	}{
		{"issuerBefore", issuerBeforeFinder, issuerBeforeRe},
		{"committeeIssuerBefore", committeeIssuerBeforeFinder, committeeIssuerBeforeRe},
	}
	alphabet := []string{" ", "  ", "ban ", "bộ ", "chính trị ", "bí thư ", "chấp hành ", "trung ương ", "đảng ", "thủ tướng ", "chính phủ ",
		"quốc hội ", "ủy ban ", "ủy ", "thường vụ ", "ubnd ", "tỉnh ", "nhân dân ", "hđnd ", "tỉnh ủy ", "thành ủy ", "huyện ", "quận ",
		"thị ", "thành phố ", "cán sự ", "đoàn ", "đảng bộ ", "xã ", "lạng sơn ", "đã ", "vừa ", "mới ", "ban hành ", "tại ", "ký ", "có ",
		"hội đồng ", "thường trực ", "của ", ",", "xban ", "y tế "}
	texts := randomTexts(7, alphabet)[:4000] // a sample: the full set takes a minute
	for _, d := range corpusDocuments(t) {
		for i := 0; i < len(d.folded); i++ {
			if d.folded[i] == ' ' && issuerVerbBefore(d.folded[max(0, i-80):i+1]) {
				texts = append(texts, []byte(d.folded[max(0, i-80):i+1]))
			}
		}
	}
	for _, f := range finders {
		forEachSuffix(texts, func(b []byte) {
			s := string(b)
			want := f.re.FindStringSubmatchIndex(s)
			if got := f.o.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%s(%q) = %v, want %v", f.name, s, got, want)
			}
		})
	}
}

// TestCreditLabelsAgree checks creditLabels against the unanchored
// creditLabelRe on random texts of label words and separators and on the
// corpus paragraphs.
func TestCreditLabelsAgree(t *testing.T) {
	alphabet := []string{" ", ":", " :", ", ", ";", "(", ".", "|", "-", "tin", "bài", "ảnh", "tin bài", "viết", "và", "/", "thực hiện", "nội dung",
		"video", "clip", "tác giả", "x", "văn điệp", "ttxvn", "\n", "ảnhx"}
	texts := randomTexts(11, alphabet)[:20000]
	for _, d := range corpusDocuments(t) {
		for _, p := range d.paras {
			texts = append(texts, []byte(d.folded[p.start:p.end]))
		}
	}
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		want := creditLabelRe.FindAllStringSubmatchIndex(s, -1)
		got := creditLabels(s, -1)
		if len(got) != len(want) {
			t.Fatalf("creditLabels(%q) = %v, want %v", s, got, want)
		}
		for i := range got {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("creditLabels(%q) = %v, want %v", s, got, want)
			}
		}
		if first := creditLabels(s, 1); (first != nil) != creditLabelRe.MatchString(s) {
			t.Fatalf("creditLabels(%q, 1) = %v", s, first)
		}
	})
}

// TestReplaceFromDigitAgrees checks replaceFromDigit, with its byte test of
// where a symbol may open, against the plain replacement by the unanchored
// regexps, on random texts of citation parts and on the corpus sentences.
func TestReplaceFromDigitAgrees(t *testing.T) {
	alphabet := []string{" ", "  ", "12", "3", "/", "-", " / ", "2021", "CT", "TTg", "NQ", "TW", "Đ", "ư", "ngày", " ngày ", "của", " của ",
		"Bộ Chính trị", " về ", "ban hành", ",", ".", "&", "kh", "x", "15/7/2021", "\n"}
	texts := randomTexts(13, alphabet)[:5000]
	for _, d := range corpusDocuments(t) {
		for _, s := range d.sents {
			texts = append(texts, []byte(d.text[s.start:s.end]))
		}
	}
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		if got, want := replaceFromDigit(docDateAt, docDateMatch, s, "$1"), docDateRe.ReplaceAllString(s, "$1"); got != want {
			t.Fatalf("date: replaceFromDigit(%q) = %q, want %q", s, got, want)
		}
		if got, want := replaceFromDigit(docIssuerAt, docIssuerMatch, s, "$1 $2 "), docIssuerRe.ReplaceAllString(s, "$1 $2 "); got != want {
			t.Fatalf("issuer: replaceFromDigit(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTopicStopAgrees checks topicStop against the regexp it replaces.
func TestTopicStopAgrees(t *testing.T) {
	re := regexp.MustCompile(`[.;:]| và | để |, (?:triển khai|đề ra|bàn|thảo luận|cho ý kiến|phương hướng|kế hoạch)`)
	alphabet := []string{" ", ",", ", ", ".", ";", ":", "và", " và ", "để", "triển khai", "đề ra", "bàn", "thảo luận", "cho ý kiến",
		"phương hướng", "kế hoạch", "x", "công tác"}
	texts := randomTexts(17, alphabet)[:20000]
	for _, d := range corpusDocuments(t) {
		for _, p := range d.paras {
			texts = append(texts, []byte(d.folded[p.start:p.end]))
		}
	}
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		want := -1
		if loc := re.FindStringIndex(s); loc != nil {
			want = loc[0]
		}
		if got := topicStop(s); got != want {
			t.Fatalf("topicStop(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestSymbolLenAgrees checks symbolLen against symbolRe, on random texts
// of symbol parts and on every number of the corpus texts.
func TestSymbolLenAgrees(t *testing.T) {
	alphabet := []string{"1", "12", "123", "2020", "12345", " ", "/", "-", "–", "CT", "TTg", "NĐ", "CP", "QĐi", "TW", "TƯ", "Ơ", "đ", "Đ", "x",
		"abcdef", ".", "&", "KH", "UBND", "ư", "A", "\n", "QH13"}
	texts := randomTexts(19, alphabet)[:30000]
	for _, d := range corpusDocuments(t) {
		for i := 0; i < len(d.text); i++ {
			if isDigitByte(d.text[i]) {
				texts = append(texts, []byte(d.text[i:min(len(d.text), i+40)]))
			}
		}
	}
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		if got, want := s[:symbolLen(s)], symbolRe.FindString(s); got != want {
			t.Fatalf("symbolLen(%q): %q, want %q", s, got, want)
		}
	})
}

// TestBareSymbolsSkipAgrees checks that bareSymbols, which jumps from each
// slash or dash to the first digit within reach, finds what trying every
// digit finds, on the corpus paragraphs (alone and beside the citations
// read before) and on texts of numbers, marks and symbols.
func TestBareSymbolsSkipAgrees(t *testing.T) {
	alphabet := []string{" ", "12", "3", "/", "-", "–", "CT", "TTg", "NQ/TW", "x", "“", "”", "2021", "ab", "  ", "16/CT-TTg", "35-NQ/TW"}
	var texts []string
	for _, b := range randomTexts(23, alphabet)[:20000] {
		texts = append(texts, string(b))
	}
	docs := corpusDocuments(t)
	cited := 0
	for _, d := range docs {
		for _, p := range d.paras {
			texts = append(texts, d.text[p.start:p.end])
			// in place, beside the citations read before it
			found := directivesIn(d, p.start, p.end, nil)
			cited += len(found)
			text, folded := d.text[p.start:p.end], d.folded[p.start:p.end]
			if got, want := bareSymbols(d, p.start, text, folded, found), bareSymbolsEveryDigit(d, p.start, text, folded, found); !reflect.DeepEqual(got, want) {
				t.Fatalf("bareSymbols(%.80q) beside citations = %v, want %v", text, got, want)
			}
		}
	}
	if cited == 0 {
		t.Fatal("the corpus cites no document")
	}
	for _, s := range texts {
		d := &document{text: s, folded: fold(s)}
		if len(d.folded) != len(s) {
			continue
		}
		got := bareSymbols(d, 0, s, d.folded, nil)
		want := bareSymbolsEveryDigit(d, 0, s, d.folded, nil)
		if len(got) != len(want) {
			t.Fatalf("bareSymbols(%q): %d found, want %d", s, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("bareSymbols(%q)[%d] = %+v, want %+v", s, i, got[i], want[i])
			}
		}
	}
}

// bareSymbolsEveryDigit is bareSymbols as it was, trying every digit.
func bareSymbolsEveryDigit(d *document, start int, text, folded string, found []dirMention) []dirMention {
	var out []dirMention
	for ss := 0; ss < len(text); ss++ {
		// a symbol starts with a number that a slash or dash soon follows
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

// TestMentionAtAgrees checks the byte matchers of mentionAt against the
// regexps of mentionRes they stand for, on random texts of date parts and
// at every digit of the corpus texts.
func TestMentionAtAgrees(t *testing.T) {
	alphabet := []string{"1", "12", "123", "2021", "20215", " ", "  ", "/", ".", "-", "–", "đến", "tới", "hết", "ngày", "và", "\n", "x", ",", "tháng"}
	texts := randomTexts(29, alphabet)[:40000]
	for _, d := range corpusDocuments(t) {
		for i := 0; i < len(d.folded); i++ {
			if isDigitByte(d.folded[i]) {
				texts = append(texts, []byte(d.folded[i:min(len(d.folded), i+60)]))
			}
		}
	}
	for _, ri := range []int{rangeMention, dayMention} {
		forEachSuffix(texts, func(b []byte) {
			s := string(b)
			if got, want := mentionAt(nil, ri, nil, s), mentionRes[ri].FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("mentionAt(%d, %q) = %v, want %v", ri, s, got, want)
			}
		})
	}
}

// The citation regexps that dirDate, issuerLead and subjectLead read.
var (
	dirDateRe     = regexp.MustCompile(`^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))`)
	issuerLeadRe  = regexp.MustCompile(`^\s*,?\s*(?:”\s*,?\s*)?(?:của|do)\s+`)
	subjectLeadRe = regexp.MustCompile(`^\s*,?\s*(?:\([^)]{1,40}\)\s*)?[“"«]?về\s`)
)

// TestCitationLeadsAgree checks dirDate, issuerLead and subjectLead
// against their regexps on random texts of their parts and on the text
// after every digit and space of the corpus.
func TestCitationLeadsAgree(t *testing.T) {
	alphabet := []string{" ", "  ", ",", "ban hành", "ngày", "1", "12", "123", "2021", "/", ".", "-", "tháng", "năm", "của", "do", "về", "(", ")",
		"sau đây gọi tắt là", "“", "\"", "«", "x", "\n", strings.Repeat("ab", 25), "ngày 5 tháng 7 năm 2021", "ngày ", "tháng ", "năm ", "về ",
		"(" + strings.Repeat("ư", 40) + ")", "(" + strings.Repeat("ư", 41) + ")", "()", "(x)"}
	texts := randomTexts(31, alphabet)[:40000]
	for _, d := range corpusDocuments(t) {
		for i := 1; i < len(d.folded); i++ {
			if c := d.folded[i-1]; isDigitByte(c) || c == ' ' || c == '/' {
				texts = append(texts, []byte(d.folded[i:min(len(d.folded), i+80)]))
			}
		}
	}
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		// (leads of fullDateLead are read by dirDateFullRe, not by bytes)
		if !fullDateLead(afterLeadComma(s)) {
			if got, ok := dirDate(s); !equalLoc(got[:], ok, dirDateRe.FindStringSubmatchIndex(s)) {
				t.Fatalf("dirDate(%q) = %v, %v, want %v", s, got, ok, dirDateRe.FindStringSubmatchIndex(s))
			}
		}
		if got, want := issuerLead(s), issuerLeadRe.FindStringIndex(s); !equalEnd(got, want) {
			t.Fatalf("issuerLead(%q) = %v, want %v", s, got, want)
		}
		if got, want := subjectLead(s), subjectLeadRe.FindStringIndex(s); !equalEnd(got, want) {
			t.Fatalf("subjectLead(%q) = %v, want %v", s, got, want)
		}
	})
}

// equalLoc reports whether a matcher's result (got, ok) is the regexp's
// index slice want (nil: no match).
func equalLoc(got []int, ok bool, want []int) bool {
	return ok == (want != nil) && (!ok || slices.Equal(got, want))
}

// equalEnd reports whether a matcher's end (-1: no match) is that of the
// anchored regexp's match want.
func equalEnd(got int, want []int) bool {
	if want == nil {
		return got == -1
	}
	return want[0] == 0 && got == want[1]
}

// TestDocIssuerMatchAgrees checks docIssuerMatch and docDateMatch against
// the anchored regexps on texts that open with a symbol.
func TestDocIssuerMatchAgrees(t *testing.T) {
	alphabet := []string{" ", "  ", "   ", "của", "về", "ban hành", "quy định", "phê duyệt", "hướng dẫn", ",", ";", "x", "Bộ", "ư", "\n",
		"ngày", "12/3/2021", "UBND tỉnh", strings.Repeat("a", 30), strings.Repeat("ư", 30), "về\n", "hướng"}
	var texts [][]byte
	for i, b := range randomTexts(37, alphabet)[:60000] {
		sym := []string{"12/CT-TTg ", "35-NQ/TW  ", "5/KH ", "7/QĐ,  ", "88/BC-UBND"}[i%5]
		texts = append(texts, append([]byte(sym), b...))
	}
	for n := 76; n <= 84; n++ { // the lazy repeat's bound, 80 runes
		texts = append(texts, []byte("12/CT của "+strings.Repeat("ư", n)+" về x"), []byte("12/CT của   "+strings.Repeat("a", n)+" về x"))
	}
	for _, b := range texts {
		s := string(b)
		if got, want := docIssuerMatch(s), docIssuerAt.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("docIssuerMatch(%q) = %v, want %v", s, got, want)
		}
		if got, want := docDateMatch(s), docDateAt.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("docDateMatch(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCentralBodyOpeningsAgree checks that every text centralBodyRe
// matches opens with one of centralBodyOpenings, on random texts of the
// words the regexp reads and on the corpus text from every byte.
func TestCentralBodyOpeningsAgree(t *testing.T) {
	alphabet := []string{" ", "  ", "bộ ", "chính trị", "ban ", "bí thư", "chấp hành ", "trung ương", " đảng", "chính phủ", "thủ tướng ",
		"quốc hội", "ủy ban ", "thường vụ ", "thường trực ", "tỉnh", "thành", "huyện", " ủy", " (khóa xii)", "(", "x"}
	texts := randomTexts(11, alphabet)[:20000]
	for _, d := range corpusDocuments(t) {
		texts = append(texts, []byte(d.folded))
	}
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		if centralBodyRe.MatchString(s) && !opensCentralBody(s) {
			t.Fatalf("centralBodyRe matches %.60q, which opens with none of centralBodyOpenings", s)
		}
	})
}

// TestEventOwnersAgree checks findEventOwners against
// eventOwnerRe.FindAllStringIndex on random texts of the words the regexp
// reads and on the corpus sentences from every byte.
func TestEventOwnersAgree(t *testing.T) {
	alphabet := []string{" ", "  ", "\n", "hội nghị", "đại hội", "kỳ họp", "phiên họp", "cuộc họp", " lần thứ ", " thứ ", "12", "xii", "hai",
		" đại biểu", " thường kỳ", " định kỳ", " tập thể", " của", "x", "hội", "họp", "đảng bộ"}
	texts := randomTexts(13, alphabet)[:5000]
	for _, d := range corpusDocuments(t) {
		for _, sn := range d.sents {
			texts = append(texts, []byte(d.folded[sn.start:sn.end]))
		}
	}
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		if got, want := findEventOwners(s), eventOwnerRe.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Fatalf("findEventOwners(%.60q) = %v, want %v", s, got, want)
		}
	})
}

// TestDateLineMatchersAgree checks fullDateMatch and lineTimeMatch against
// fullDateRe and lineTimeRe on texts made of the slots of a date or a time
// (each slot with right and wrong fillings, so that most texts come close
// to a match) and on the corpus lines, from every byte.
func TestDateLineMatchersAgree(t *testing.T) {
	slots := [][]string{
		{"", "x", "Ngày ", "a", "_", "ư", " ", "lúc", "LÚC", "1"},
		{"1", "12", "123", "2021", ""},
		{"", " ", "\t"},
		{"/", ".", "-", "tháng", "THÁNG", "h", "H", ":", "giờ", "GIỜ", "x"},
		{"", " ", "  "},
		{"5", "05", "123", "30", ""},
		{"", " "},
		{"/", "-", ",", "năm", "NĂM", ":", ""},
		{"", " ", "  "},
		{"2021", "20215", "21", "05", "07"},
		{"", " ", "  "},
		{"", "am", "PM", "sa", "ſa", "ch", "x", "_", ":30", ":3", "|", "1", "ư"},
	}
	rng := rand.New(rand.NewPCG(17, 18))
	var texts [][]byte
	for _, s := range []string{"2021-07-15", "2021-07-15x", "2021-07-155", "x2021-07-15", "(2021-07-15)", "2021-7-15", "15/07/2021",
		"15 / 07 / 2021", "15 /07/2021_", "15 tháng 7 năm 2021", "15  tháng  7, 2021", "15 THÁNG 7 NĂM 2021", "15 tháng7 năm 2021",
		"15tháng 7 năm 2021", "5 tháng 12 ,2021", "10h30", "lúc15:39", "18:30 ngày", "07:15 PM", "10:25:30 pm", "10:25:301", "10 giờ 30",
		"10giờ30am", "9 : 05 SA", "1:05ch.", "12:30 amx", "Thứ Tư, 06/10/2021, 16:20"} {
		texts = append(texts, []byte(s), []byte(s+" "+s), []byte("a"+s))
	}
	texts = append(texts, slotTexts(t, slots, rng, 60000)...)
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		if got, want := fullDateMatch(s), fullDateRe.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("fullDateMatch(%q) = %v, want %v", s, got, want)
		}
		h, mi, ampm, ok := lineTimeMatch(s)
		var got []string
		if ok {
			got = []string{h, mi, ampm}
		}
		var want []string
		if m := lineTimeRe.FindStringSubmatch(s); m != nil {
			want = m[1:]
		}
		if !slices.Equal(got, want) {
			t.Fatalf("lineTimeMatch(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestFullDateMatchSlotsAgree checks fullDateMatch against fullDateRe on texts
// made of the slots of a date (each with right and wrong fillings) and on
// the corpus lines, from every byte.
func TestFullDateMatchSlotsAgree(t *testing.T) {
	slots := [][]string{
		{"", "x", "Ngày ", "_", "ư", " ", "1", "(", "2021-"},
		{"1", "12", "123", "2021", "20215", ""},
		{"", " ", "\t", "  "},
		{"/", ".", "-", "tháng", "THÁNG", "Tháng", "t", "x", ":", ""},
		{"", " ", "  "},
		{"5", "05", "123", "30", ""},
		{"", " ", "  "},
		{"/", "-", ",", "năm", "NĂM", ":", ""},
		{"", " ", "  "},
		{"2021", "20215", "21", "05", "07"},
		{"", " ", "x", "_", "ư", "1"},
	}
	texts := slotTexts(t, slots, rand.New(rand.NewPCG(19, 20)), 40000)
	forEachSuffix(texts, func(b []byte) {
		s := string(b)
		if got, want := fullDateMatch(s), fullDateRe.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("fullDateMatch(%q) = %v, want %v", s, got, want)
		}
	})
}

// slotTexts makes n texts of one or two runs through slots, a filling drawn
// at random for each slot, and adds the lines of the corpus documents.
func slotTexts(t *testing.T, slots [][]string, rng *rand.Rand, n int) [][]byte {
	t.Helper()
	texts := make([][]byte, 0, n)
	for range n {
		var b []byte
		for range 1 + rng.IntN(2) {
			for _, slot := range slots {
				b = append(b, slot[rng.IntN(len(slot))]...)
			}
		}
		texts = append(texts, b)
	}
	for _, d := range corpusDocuments(t) {
		for _, line := range strings.Split(d.text, "\n") {
			texts = append(texts, []byte(line))
		}
	}
	return texts
}
