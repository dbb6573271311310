package extractor

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// factsRegexpTexts are texts for the agreement tests of facts_regexp.go:
// the given edge cases, each after and before bits that a matcher may
// mistake, and windows of the corpus text at every place where one of the
// regexps' words or marks stands.
func factsRegexpTexts(t *testing.T, cases []string, anchors []string) []string {
	t.Helper()
	tails := []string{"", " ", "  ", "\t", ",", ", ", " (", "x", "đ", ")", " về", "\xe1", ", và"}
	var texts []string
	for _, c := range cases {
		for _, tail := range tails {
			texts = append(texts, c+tail, tail+c)
		}
	}
	for _, d := range corpusDocuments(t) {
		for _, a := range anchors {
			for off := 0; ; {
				k := strings.Index(d.folded[off:], a)
				if k < 0 {
					break
				}
				k += off
				for _, from := range []int{k, k - 1, k - 20, k - 40} {
					from = max(0, from)
					texts = append(texts, d.folded[from:min(len(d.folded), k+80)], d.folded[from:min(len(d.folded), k+len(a)+1)])
				}
				off = k + 1
			}
		}
	}
	return texts
}

func TestCentralBodyEndAgrees(t *testing.T) {
	cases := []string{"bộ chính trị", "ban chấp hành trung ương", "ban chấp hành trung ương đảng", "ban chấp hành trung ương đảng (khóa xiii)",
		"chính phủ (khóa x)", "chính phủ  (khóa )", "chính phủ (khóa )", "chính phủ (khóa 123456789012)", "chính phủ (khóa 1234567890123)",
		"chính phủ (khóa ạạạạạạạạạạạạ)", "chính phủ (khóa ạạạạạạạạạạạạạ)", "chính phủ\n(khóa \n)", "chính phủ (khóa \xe1\xe1)",
		"ban thường vụ tỉnh ủy", "ban thường vụ huyện ủy (khóa v)", "thường trực thành ủy", "thường trực xã ủy", "ban thường vụ",
		"ủy ban thường vụ quốc hội", "thủ tướng chính phủ", "quốc hội khóa xv", "ban bí thư (khóa xii", "chính phủ(khóa x)", ""}
	matchEndsAgree(t, "centralBodyEnd", centralBodyEnd, centralBodyRe, factsRegexpTexts(t, cases, centralBodyOpenings))
}

// matchEndsAgree checks that end(s) is where re's first match in s ends,
// -1 when there is none, for every text.
func matchEndsAgree(t *testing.T, name string, end func(string) int, re *regexp.Regexp, texts []string) {
	t.Helper()
	for _, s := range texts {
		want := -1
		if m := re.FindStringIndex(s); m != nil {
			want = m[1]
		}
		if got := end(s); got != want {
			t.Errorf("%s(%q) = %d, want %d", name, s, got, want)
		}
	}
}

func TestIssuerTermOpensAgrees(t *testing.T) {
	cases := []string{", nhiệm kỳ 2020 - 2025", " ,  kỳ họp thứ 7", ", kỳ họp thứ mười", ",kỳ họp thứ hai, kỳ họp thứ 3", ", nhiệm kỳ 2020–2025",
		", nhiệm kỳ 20-2025", "nhiệm kỳ 2020-2025", ", kỳ họp thứ", ", khóa xv, kỳ họp thứ 7", "\n,\tkỳ họp thứ 5"}
	texts := factsRegexpTexts(t, cases, []string{"nhiệm kỳ ", "kỳ họp thứ "})
	for _, s := range texts {
		if issuerTermRe.MatchString(s) && !issuerTermOpens(s) {
			t.Errorf("issuerTermOpens(%q) = false, but issuerTermRe matches", s)
		}
	}
}

func TestListNextEndAgrees(t *testing.T) {
	cases := []string{", 02/NQ-CP", " và 02", " ; số 5", "và số", "và số ", ",số\t3", " , số3", "vàsố 1", ";", "và", "số 5", " x, 5", "\n,\n", ""}
	matchEndsAgree(t, "listNextEnd", listNextEnd, listNextRe, factsRegexpTexts(t, cases, []string{"và ", ", ", "; ", " số "}))
}

func TestPartBeforeAgrees(t *testing.T) {
	cases := []string{"sáng", "sáng ", "sáng nay", "chiều hôm nay (", "tối thứ bảy, ngày", "sáng chủ nhật ngày ", "sáng tạo, chiều",
		"trưa ngày", "sáng nay, chiều", "chiều, sáng (ngày", "tối hôm", "sáng thứ", "sáng thứ ba ,  ( ngày", "tốitối", "sáng và chiều ngày"}
	texts := factsRegexpTexts(t, cases, partBeforeWords[:])
	alphabet := []string{"sáng", "trưa", "chiều", "tối", " ", "  ", "\t", ",", "(", "hôm", "nay", "ngày", "thứ", "chủ nhật", "ba", "x", "ạ", "\xe1", "1"}
	for _, b := range randomTexts(41, alphabet)[:60000] {
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		want := ""
		if p := partBeforeRe.FindStringSubmatch(s); p != nil {
			want = p[1]
		}
		if got := partBefore(s); got != want {
			t.Errorf("partBefore(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestNotMeetingBeforeAgrees(t *testing.T) {
	cases := []string{"trước ngày", "trước", "trước ", "trước  ngày  ", "hạn\tngày", "kể từ ngày", "từngày", "tháng", "năm ", "quý  ",
		"số 16/CT-TTg ngày", "16/CT-TTg", "ab12/x ngày", "12-KH/UBND, ký ban hành ngày", "12-3-", "12-3-a", "nhiệm kỳ 2015-2020, ngày",
		"số 5/ được ký ban hành ngày ", "5/ (", "x-1a", "1-", "1/", "đ1đ/ ký ngày", "\xe11/", "1\xe1/", "ngày", "hết ngày"}
	texts := factsRegexpTexts(t, cases, []string{"/", "-", "ngày", "tháng", "năm"})
	for _, s := range texts {
		if got, want := notMeetingBefore(s), notMeetingBeforeRe.MatchString(s); got != want {
			t.Errorf("notMeetingBefore(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDaysMentionsAgree checks the byte readers of the "18-20/4", "9
// tháng 7 năm 2020", "17 – 9" and "06, 07/6" forms against their regexps, on random texts of their
// parts and on the text after every digit of the corpus.
func TestDaysMentionsAgree(t *testing.T) {
	alphabet := []string{"1", "12", "123", "2021", "20215", " ", "  ", "/", ".", "-", "–", "đến", "hết", "ngày", "và", "sáng", "chiều",
		"\n", "x", ",", "tháng", "năm", "tháng ", "năm ", " năm 2021", " – ", ", "}
	texts := randomTexts(37, alphabet)[:40000]
	for _, d := range corpusDocuments(t) {
		for i := 0; i < len(d.folded); i++ {
			if isDigitByte(d.folded[i]) {
				texts = append(texts, []byte(d.folded[i:min(len(d.folded), i+60)]))
			}
		}
	}
	for _, ri := range []int{daysMention, monthWordMention, enDashDayMention, commaDayMention} {
		forEachSuffix(texts, func(b []byte) {
			s := string(b)
			if got, want := mentionAt(nil, ri, nil, s), mentionRes[ri].FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("mentionAt(%d, %q) = %v, want %v", ri, s, got, want)
			}
		})
	}
}

// TestFieldsUpToAgrees checks fieldsUpTo against strings.Fields.
func TestFieldsUpToAgrees(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\u00a0d\u2003e ", "Thu Trang", "a b c d e f g", "\xe1 \xe1", "x\u0085y"} {
		all := strings.Fields(s)
		for limit := 0; limit < 8; limit++ {
			want := all[:min(len(all), limit+1)]
			if got := fieldsUpTo(nil, s, limit); !slices.Equal(got, want) {
				t.Errorf("fieldsUpTo(%q, %d) = %q, want %q", s, limit, got, want)
			}
		}
	}
}

// TestRebuiltNumberKeyAgrees checks the one-pass number key against the
// chain of strings functions it stands for.
func TestRebuiltNumberKeyAgrees(t *testing.T) {
	for _, n := range []string{"", "01/NQ-CP", "01 / nq – cp", "16/ct-ttg", "35-NQ/TW ", "12/đu\u00a0a", "x\xe1y", "ß/ǆ–ı", "5 – KH /\tĐU"} {
		want := strings.ToUpper(strings.Join(strings.Fields(strings.ReplaceAll(n, "–", "-")), ""))
		if got := rebuiltNumberKey(n); got != want {
			t.Errorf("rebuiltNumberKey(%q) = %q, want %q", n, got, want)
		}
	}
}

// TestByteSearchesAgree checks the table and byte searches that stand for
// strings.IndexAny against it.
func TestByteSearchesAgree(t *testing.T) {
	texts := []string{"", "(", "a|b", "x·y", "\xc2", "\xc2\xb7", "\xe1\xc2\xb7(", "ab;cd", "ab\ncd", "ạ, “x”", "\"q\"", "12345678;"}
	for _, d := range corpusDocuments(t) {
		for _, p := range d.paras {
			texts = append(texts, d.folded[p.start:p.end], d.text[p.start:p.end])
		}
	}
	for _, s := range texts {
		for _, set := range []string{",;.:(\"\n", ",;.:()\n\"", ";:\n.,"} {
			if got, want := newASCIITable(set).index(s), strings.IndexAny(s, set); got != want {
				t.Fatalf("asciiTable(%q).index(%q) = %d, want %d", set, s, got, want)
			}
		}
		if got, want := indexBracketBarOrDot(s), strings.IndexAny(s, "(|·"); got != want {
			t.Fatalf("indexBracketBarOrDot(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestIndexSpaceOrCommaAgrees checks the eight-byte scan against
// strings.IndexAny, from every offset of short and corpus texts.
func TestIndexSpaceOrCommaAgrees(t *testing.T) {
	texts := []string{"", " ", ",", "abcdefgh", "abcdefgh ", "a\x00b,c d", "\x01\x00 ,\x2d\x2b\x21\x1f,", "ạạạạạạạạ,", "xxxxxxx\x20"}
	for _, d := range corpusDocuments(t)[:3] {
		texts = append(texts, d.folded)
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := len(s)
			if k := strings.IndexAny(s[i:], " ,"); k >= 0 {
				want = i + k
			}
			if got := indexSpaceOrComma(s, i); got != want {
				t.Fatalf("indexSpaceOrComma(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestRareByteWordsAgree checks every rare-byte search of the facts fields
// against strings.Index on the corpus text and on edge cases.
func TestRareByteWordsAgree(t *testing.T) {
	var words []rareByteWord
	for _, ws := range [][]rareByteWord{partnerWords, linkedDocLeadWords, heldVerbWords, eventVerbWords, branchRareWords,
		organizerCutRareWords, placeStopWords, citedDocNounWords, celebrationRareWords, partBeforeRareWords, onlineWords, onlineParts, relativeWords} {
		words = append(words, ws...)
	}
	words = append(words, taiWord, bridgeWord, ganVoiWord, toChucWord, vaWord, banHanhWord, seWord, duKienWord, bracketWord, soWord,
		duocWord, sessionWord, workingDayWord, truyCapWord, doiVoiWord, ketNoiWord, phoiHopWord, phatBieuWord, satWord, kiemWord, newRarestByteWord("luật"), newRarestByteWord("("), newRarestByteWord("ab"))
	texts := []string{"", "(", "a", "ab", "ba", "aab", "tại", "tại ", "ttại ", "tạ tại ", "\xa1tại "}
	for _, d := range corpusDocuments(t) {
		texts = append(texts, d.folded)
		for _, s := range d.sents {
			texts = append(texts, d.folded[s.start:s.end])
		}
	}
	for _, w := range words {
		for _, s := range texts {
			if got, want := w.index(s), strings.Index(s, w.word); got != want {
				t.Fatalf("rareByteWord(%q).index(%.60q) = %d, want %d", w.word, s, got, want)
			}
		}
	}
}

// TestTimeTailStartAgrees checks timeTailStart against timeTailRe on
// random texts of its pieces and on the ends of the corpus sentences.
func TestTimeTailStartAgrees(t *testing.T) {
	alphabet := []string{" ", "  ", "\t", ",", "vào", "sáng", "trưa", "chiều", "tối", "ngày", "hôm", "nay", "qua", "1", "12", "123", "2024",
		"/", ".", "-", "tháng", "năm", "(", ")", "x", "ạ"}
	var texts []string
	for _, b := range randomTexts(43, alphabet)[:60000] {
		texts = append(texts, string(b))
	}
	for _, d := range corpusDocuments(t) {
		for _, s := range d.sents {
			f := d.folded[s.start:s.end]
			for _, n := range []int{20, 40, 60, 90} {
				texts = append(texts, f[max(0, len(f)-n):], f[:min(len(f), n)])
			}
		}
	}
	for _, s := range texts {
		want := -1
		if m := timeTailRe.FindStringIndex(s); m != nil {
			want = m[0]
		}
		if got := timeTailStart(s); got != want {
			t.Fatalf("timeTailStart(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestMaxMentionSubmatch keeps findDateMentions' buffer as long as the
// longest submatch of mentionRes.
func TestMaxMentionSubmatch(t *testing.T) {
	for ri, re := range mentionRes {
		if n := 2 * (re.NumSubexp() + 1); n > maxMentionSubmatch {
			t.Errorf("mentionRes[%d] has %d submatch indexes, more than maxMentionSubmatch", ri, n)
		}
	}
}
