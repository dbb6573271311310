package extractor

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"github.com/meetx/meetx/schema"
)

func readPage(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata/pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecodeLegacyAndDecomposed: the windows-1258 page (tone marks as
// combining characters) and the NFD page with old-style tone placement both
// come out as NFC text that matches the same vocabulary.
func TestDecodeLegacyAndDecomposed(t *testing.T) {
	tests := []struct {
		page, contentType string
		must              []string
	}{
		{"b02.html", "", []string{"Hội nghị tổng kết công tác phổ biến, giáo dục pháp luật năm 2021", "Chỉ thị số 32-CT/TW"}},
		// a wrong header (a server or a file-extension guess saying UTF-8)
		// must not win over bytes that are not UTF-8.
		{"b02.html", "text/html; charset=utf-8", []string{"Hội nghị tổng kết công tác phổ biến"}},
		{"b03.html", "text/html", []string{"Thanh Hoá tổng kết công tác phòng, chống thiên tai", "Thuỳ Linh"}},
	}
	for _, tt := range tests {
		t.Run(tt.page+" "+tt.contentType, func(t *testing.T) {
			d, err := newDocument(schema.Page{Body: readPage(t, tt.page), ContentType: tt.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if !norm.NFC.IsNormalString(d.text) {
				t.Error("text is not NFC")
			}
			if strings.ContainsRune(d.text, unicode.ReplacementChar) {
				t.Error("text holds U+FFFD: wrong charset")
			}
			for _, s := range tt.must {
				if !strings.Contains(d.text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
		})
	}
}

// TestUnknownLayout: a page in a layout none of the corpus uses, with decoys
// in the sidebar and footer, gives the article only.
func TestUnknownLayout(t *testing.T) {
	page := `<html><head><title>Hội thảo chuyển đổi số | Cổng thông tin Sở</title>
<meta property="og:title" content="Hội thảo chuyển đổi số"></head><body>
<div id="top"><ul><li><a href="/">Trang chủ</a></li><li><a href="/a">Ông Nguyễn Văn Mồi làm việc với huyện</a></li></ul></div>
<div class="wrap"><div class="left-panel"><div class="blk"><b>Văn bản mới</b><a href="#">Quyết định số 99/QĐ-UBND về việc giả</a></div></div>
<div class="center-panel">
<div class="hd"><h2>Hội thảo chuyển đổi số</h2><span class="ngay">Thứ Hai, 06/06/2022 - 09:15</span></div>
<div class="ct">
<p>Sáng 6/6, Sở Thông tin và Truyền thông tổ chức Hội thảo chuyển đổi số, với sự tham dự của đại diện các sở, ngành, địa phương trong tỉnh.</p>
<p>Phát biểu khai mạc, ông Trần Văn Bình, Giám đốc Sở, nhấn mạnh chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt của các cấp, các ngành trong năm 2022.</p>
<p>Các đại biểu đã thảo luận, đề xuất nhiều giải pháp thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.</p>
<p style="text-align:right"><strong>Tin, ảnh: Quốc Việt</strong></p>
</div>
<div class="lienquan"><b>Tin liên quan</b><ul><li><a href="#">Hội nghị ngày 01/01/2022 về Chỉ thị số 77/CT-TTg giả</a></li></ul></div>
</div></div>
<div class="bottom">Bản quyền thuộc Sở. Đang truy cập: 12</div></body></html>`
	d, err := newDocument(schema.Page{Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if d.title != "Hội thảo chuyển đổi số" {
		t.Errorf("title = %q", d.title)
	}
	if got := formatPublished(d.published, d.hasTime); got != "2022-06-06T09:15:00+07:00" {
		t.Errorf("published = %s", got)
	}
	for _, decoy := range []string{"Nguyễn Văn Mồi", "99/QĐ-UBND", "77/CT-TTg", "Đang truy cập", "Trang chủ"} {
		if strings.Contains(d.text, decoy) {
			t.Errorf("decoy %q leaked into the text", decoy)
		}
	}
	var kinds []paraKind
	for _, p := range d.paras {
		kinds = append(kinds, p.kind)
	}
	want := []paraKind{paraTitle, paraDateline, paraLead, paraBody, paraBody, paraByline}
	if !slices.Equal(kinds, want) {
		t.Errorf("paragraph kinds = %v, want %v\n%s", kinds, want, d.text)
	}
}

// TestHeadlineApartFromBody: a layout that puts the headline and date in a
// banner and the body in a column beside an unlabelled sidebar.
func TestHeadlineApartFromBody(t *testing.T) {
	page := `<html><body><div id="x1"><div class="band"><h1>Đại hội Chi bộ Khoa Luật lần thứ V</h1><div>Thứ Sáu, 11/03/2022 - 07:50</div></div>
<div class="cols"><div class="c1">
<p>Ngày 10/3/2022, Chi bộ Khoa Luật tổ chức Đại hội lần thứ V, nhiệm kỳ 2022 - 2025, với sự tham dự của toàn thể đảng viên trong Chi bộ.</p>
<p>Đại hội đã thảo luận, biểu quyết thông qua Báo cáo chính trị, bầu Chi ủy khóa mới gồm 3 đồng chí, đồng thời bầu Bí thư và Phó Bí thư Chi bộ.</p>
<p>Phát biểu bế mạc, đồng chí Bí thư Chi bộ khóa mới cảm ơn sự tín nhiệm của đảng viên, hứa sẽ cùng tập thể Chi ủy nỗ lực hoàn thành nhiệm vụ.</p>
</div><div class="c2"><div>Ông Lê Văn Mồi nhận Huy hiệu 50 năm tuổi Đảng</div><div>Quyết định số 12/QĐ-ĐU ngày 01/01/2022</div></div></div>
<div>Ghi rõ nguồn khi phát hành lại thông tin.</div></div></body></html>`
	d, err := newDocument(schema.Page{Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if d.title != "Đại hội Chi bộ Khoa Luật lần thứ V" {
		t.Errorf("title = %q", d.title)
	}
	if got := formatPublished(d.published, d.hasTime); got != "2022-03-11T07:50:00+07:00" {
		t.Errorf("published = %q", got)
	}
	for _, decoy := range []string{"Lê Văn Mồi", "12/QĐ-ĐU", "Ghi rõ nguồn"} {
		if strings.Contains(d.text, decoy) {
			t.Errorf("decoy %q leaked into the text:\n%s", decoy, d.text)
		}
	}
}

// TestDateLineAboveHeadline: some layouts print the date over the title.
func TestDateLineAboveHeadline(t *testing.T) {
	page := `<html><body><nav><a href="/">Trang chủ</a></nav><div class="detail">
<div class="info">Thứ Hai, 06/06/2022 09:15</div><h1>Hội thảo chuyển đổi số năm 2022</h1>
<p>Sáng 6/6, Sở Thông tin và Truyền thông tổ chức Hội thảo chuyển đổi số năm 2022 với sự tham dự của đại diện các sở, ngành, địa phương.</p>
<p>Các đại biểu đã thảo luận, đề xuất nhiều giải pháp để đẩy nhanh chuyển đổi số trong các cơ quan nhà nước của tỉnh trong thời gian tới.</p>
</div></body></html>`
	d, err := newDocument(schema.Page{Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if got := formatPublished(d.published, d.hasTime); got != "2022-06-06T09:15:00+07:00" {
		t.Errorf("published = %q\n%s", got, d.text)
	}
}

// TestDateLineWithTools: a date line that also holds counters and tools is
// still the date line, not the lead.
func TestDateLineWithTools(t *testing.T) {
	page := `<html><body><div class="box"><h1>Hội thảo chuyển đổi số năm 2022</h1>
<div>Thứ Hai, 06/06/2022 09:15 | Lượt xem: 1.204 | In bài | Gửi email</div>
<div><p>Sáng 6/6, Sở Thông tin và Truyền thông tổ chức Hội thảo chuyển đổi số năm 2022 với sự tham dự của đại diện các sở, ngành, địa phương.</p>
<p>Các đại biểu đã thảo luận, đề xuất nhiều giải pháp để đẩy nhanh chuyển đổi số trong các cơ quan nhà nước của tỉnh trong thời gian tới.</p></div>
</div></body></html>`
	d, err := newDocument(schema.Page{Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if got := formatPublished(d.published, d.hasTime); got != "2022-06-06T09:15:00+07:00" {
		t.Errorf("published = %q", got)
	}
	for _, p := range d.paras {
		if p.kind == paraLead && !strings.HasPrefix(d.text[p.start:p.end], "Sáng 6/6") {
			t.Errorf("lead = %q", d.text[p.start:p.end])
		}
	}
}

// TestWordPressLayout: a common CMS theme, with utility classes that must
// not read as furniture ("overflow-hidden", "inside-article").
func TestWordPressLayout(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2022-06-06T02:15:00Z"></head><body>
<header class="site-header"><div class="site-branding">Cổng thông tin</div></header>
<div class="site-content"><main class="site-main col-md-8 overflow-hidden"><article class="post type-post"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Hội thảo chuyển đổi số năm 2022</h1></header>
<div class="entry-content">
<p>Sáng 6/6, Sở Thông tin và Truyền thông tổ chức Hội thảo chuyển đổi số năm 2022 với sự tham dự của đại diện các sở, ngành, địa phương.</p>
<p>Các đại biểu đã thảo luận, đề xuất nhiều giải pháp để đẩy nhanh chuyển đổi số trong các cơ quan nhà nước của tỉnh trong thời gian tới.</p>
</div><footer class="entry-meta"><span class="byline">Tin: Quốc Việt</span></footer></div></article>
<nav class="post-navigation"><a href="#">Bài trước: Hội nghị ngày 01/01/2022 về Chỉ thị số 77/CT-TTg</a></nav></main>
<div id="secondary" class="widget-area"><aside class="widget"><a href="#">Ông Lê Văn Mồi</a></aside></div></div></body></html>`
	r, err := Extract(schema.Page{Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Hội thảo chuyển đổi số năm 2022" || r.PublishedAt != "2022-06-06T09:15:00+07:00" || r.Meeting.Date != "2022-06-06" {
		t.Errorf("title %q published %q date %q", r.Title, r.PublishedAt, r.Meeting.Date)
	}
	if !slices.Equal(r.Credits.Author, []string{"Quốc Việt"}) {
		t.Errorf("authors = %q", r.Credits.Author)
	}
	for _, decoy := range []string{"77/CT-TTg", "Lê Văn Mồi", "Cổng thông tin"} {
		if strings.Contains(r.Text, decoy) {
			t.Errorf("decoy %q leaked", decoy)
		}
	}
}

// TestPlainTextSeed: the seed report as plain text.
func TestPlainTextSeed(t *testing.T) {
	d, err := newDocument(schema.Page{Body: readPage(t, "seed.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.title, "Hội nghị Sơ kết 6 tháng đầu năm 2020") {
		t.Errorf("title = %q", d.title)
	}
	if got := formatPublished(d.published, d.hasTime); got != "2020-07-13T19:15:00+07:00" {
		t.Errorf("published = %s", got)
	}
	last := d.paras[len(d.paras)-1]
	if last.kind != paraByline || d.text[last.start:last.end] != "Tin: Khắc Hiếu; ảnh: Hoài Thương" {
		t.Errorf("last paragraph = %d %q, want the byline", last.kind, d.text[last.start:last.end])
	}
	for _, junk := range []string{"Đang truy cập", "Tổng lượt truy cập", "Năm phát hành"} {
		if strings.Contains(d.text, junk) {
			t.Errorf("%q kept", junk)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		para string
		want []string
	}{
		{
			"Dự Hội nghị có PGS, TS. Phạm Minh Tuấn - Giám đốc Học viện. Đồng chí phát biểu.",
			[]string{"Dự Hội nghị có PGS, TS. Phạm Minh Tuấn - Giám đốc Học viện.", "Đồng chí phát biểu."},
		},
		{
			"Theo Chỉ thị số 16/CT-TTg ngày 31/3/2020. ThS. Võ Đình Nhân tham luận. GS. TS. Mai Thế Vĩnh trình bày.",
			[]string{"Theo Chỉ thị số 16/CT-TTg ngày 31/3/2020.", "ThS. Võ Đình Nhân tham luận.", "GS. TS. Mai Thế Vĩnh trình bày."},
		},
		{
			"Lớp K71.B08 khai giảng. Ông Nguyễn V. A phát biểu! Hội nghị kết thúc./.",
			[]string{"Lớp K71.B08 khai giảng.", "Ông Nguyễn V. A phát biểu!", "Hội nghị kết thúc./."},
		},
		{
			"Bế mạc lúc 11.30 giờ. Tp. Hồ Chí Minh có 3 đại biểu.",
			[]string{"Bế mạc lúc 11.30 giờ.", "Tp. Hồ Chí Minh có 3 đại biểu."},
		},
		{
			// a stack of titles joined by dots; a city's short name after a
			// title's does end a sentence
			"Chủ trì buổi sinh hoạt là ThS.GVC. Lê Thị Hoa. TS.BS. Trần Văn Nam báo cáo tại TP.HCM. Hội thảo bế mạc.",
			[]string{"Chủ trì buổi sinh hoạt là ThS.GVC. Lê Thị Hoa.", "TS.BS. Trần Văn Nam báo cáo tại TP.HCM.", "Hội thảo bế mạc."},
		},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range appendSentences(nil, tt.para, span{start: 0, end: len(tt.para)}) {
			got = append(got, tt.para[s.start:s.end])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("sentences of %q\n got %q\nwant %q", tt.para, got, tt.want)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	for _, s := range []string{"13/07/2020 07:15 PM", "Thứ Năm, 15/07/2021 - 17:40", "Ngày đăng: 30/07/2021", "Cập nhật lúc 18:30 ngày 08/06/2022",
		"Đăng lúc: 2025-04-02 09:10:05 | Bởi: biên tập viên | Lượt xem: 41 | Chuyên mục: Thời sự",
		"Ngày đăng bài: 05/03/2024 | Người viết: Lò Thị Mai"} {
		if !isDateLine(s) {
			t.Errorf("isDateLine(%q) = false", s)
		}
	}
	for _, s := range []string{"Ngày 15-3-2022, Chi bộ tổ chức Đại hội", "Hội nghị kết thúc",
		"Ngày 15/3/2022 | Hội nghị tổng kết | Lượt xem: 41", "Bởi: admin | Lượt xem: 41"} {
		if isDateLine(s) {
			t.Errorf("isDateLine(%q) = true", s)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Hội   nghị\n\t tổng kết ", "Hội nghị tổng kết"},
		{"Cập nhật:\u00a022/04/2021\u00a0\u00a010:25", "Cập nhật: 22/04/2021 10:25"},
		{"Thủ\u200btướng\u202fChính phủ\u00ad", "Thủtướng Chính phủ"},
		{"\ufeffHội nghị", "Hội nghị"},
		{"Ho\u0300a Bi\u0300nh", "Hòa Bình"}, // NFD in, NFC out
		{"Thu\u0309y \u2014 Ngu\u031b\u0303", "Thủy — Ngữ"},
		{"Ω \u2126 ﬁ", "Ω Ω ﬁ"}, // Ohm sign composes to Omega; ligatures are NFC-stable
		{"Đảng bộ “Hòa Bình” – ỹ …", "Đảng bộ “Hòa Bình” – ỹ …"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := collapseSpace(tt.in); got != tt.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestToNFCFastPath checks the claim behind toNFC's fast path: no code
// point in its ranges changes under NFC, alone or after a letter.
func TestToNFCFastPath(t *testing.T) {
	ranges := [][2]rune{{0x80, 0x2ff}, {0x1e80, 0x1eff}, {0x2002, 0x203f}}
	for _, rg := range ranges {
		for r := rg[0]; r <= rg[1]; r++ {
			for _, s := range []string{string(r), "a" + string(r), string(r) + "a", "ư" + string(r)} {
				if !norm.NFC.IsNormalString(s) || norm.NFC.String(s) != s || toNFC(s) != s {
					t.Errorf("U+%04X: %q is not NFC-stable", r, s)
				}
			}
		}
	}
}

// TestNFCBySyllable checks nfcBySyllable's premise, that every letter of
// toNFC's fast path starts a segment nothing on its left combines with,
// and its result against norm.NFC on decomposed and half-composed text.
func TestNFCBySyllable(t *testing.T) {
	ranges := [][2]rune{{0, 0x7f}, {0x80, 0x2ff}, {0x1e80, 0x1eff}, {0x2002, 0x203f}}
	for _, rg := range ranges {
		for r := rg[0]; r <= rg[1]; r++ {
			if !norm.NFC.PropertiesString(string(r)).BoundaryBefore() {
				t.Errorf("U+%04X does not start a segment", r)
			}
		}
	}
	composed := "Đồng chí Trưởng ban Thường trực đã chủ trì Hội nghị tổng kết; Uỷ ban, quý khách, ỹ, Ầ, ỢỰ"
	for _, in := range []string{
		norm.NFD.String(composed),
		norm.NFD.String(strings.ToUpper(composed)),
		"Chi\u0309 thi\u0323 sô\u0301 32", // windows-1258 style: composed vowels, combining tones
		"\u0301 starts with a mark, a\u0301\u0323\u0302\u0306 four marks",
		"a\u0301\u0323\u0302\u0306\u0309 five marks", // left to norm
		"Ω \u2126 ﬁ a\u0301",                         // outside the fast path: left to norm
	} {
		want := norm.NFC.String(in)
		if got := toNFC(in); got != want {
			t.Errorf("toNFC(%q) = %q, want %q", in, got, want)
		}
		if got, ok := nfcBySyllable(in); ok && got != want {
			t.Errorf("nfcBySyllable(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlainTextHead: how the first lines of a plain-text excerpt are read:
// the store's date prefix, furniture above the headline, date lines in
// several layouts and an excerpt that opens with its lead.
func TestPlainTextHead(t *testing.T) {
	tests := []struct {
		name, page string
		title      string // "" when no headline is expected
		published  string
		leadStart  string // the lead paragraph starts so
	}{
		{"the publication time in brackets after the headline",
			"Giao ban công tác nội chính quý III (14:05 02/10/2023)\nChiều 1/10, Ban Nội chính Tỉnh ủy tổ chức hội nghị giao ban công tác nội chính quý III năm 2023.",
			"Giao ban công tác nội chính quý III", "2023-10-02T14:05:00+07:00", "Chiều 1/10, Ban Nội chính"},
		{"a day alone in brackets after the headline is the page's date too",
			"Hội nghị giao ban công tác nội chính quý III (01/10/2023)\nChiều 1/10, Ban Nội chính Tỉnh ủy tổ chức hội nghị giao ban công tác nội chính quý III năm 2023.",
			"Hội nghị giao ban công tác nội chính quý III", "2023-10-01", "Chiều 1/10, Ban Nội chính"},
		{"the date line printed under the lead",
			"Nâng cao hiệu quả cổng thông tin của các bộ\n(VGP) - Thời gian qua, các cổng thông tin điện tử đã góp phần công khai thủ tục hành chính cho người dân.\n12/08/2023 20:10\nHội nghị do Văn phòng Chính phủ tổ chức tại Hạ Long.",
			"Nâng cao hiệu quả cổng thông tin của các bộ", "2023-08-12T20:10:00+07:00", "(VGP) - Thời gian qua"},
		{"a date line with a two-digit year",
			"Thủ tướng chủ trì họp trực tuyến về phòng, chống thiên tai\n17/10/21\nSáng 17/10, Thủ tướng Chính phủ chủ trì cuộc họp trực tuyến với các địa phương miền Trung.",
			"Thủ tướng chủ trì họp trực tuyến về phòng, chống thiên tai", "2021-10-17", "Sáng 17/10, Thủ tướng"},
		{"store prefix before a lead",
			" date 2024-03-12 Chiều 12-3, Huyện ủy Cẩm Khê tổ chức hội nghị giao ban quý I với các chi bộ thôn.\n\nNội dung thứ hai của hội nghị.",
			"", "2024-03-12", "Chiều 12-3, Huyện ủy Cẩm Khê"},
		{"store month prefix before a headline",
			" date 2022-05 Huyện ủy họp bàn công tác cán bộ quý II\n\nNgày 28-4, Ban Thường vụ Huyện ủy Đoan Hùng họp phiên thường kỳ để cho ý kiến vào nhiều nội dung quan trọng.",
			"Huyện ủy họp bàn công tác cán bộ quý II", "2022-05", "Ngày 28-4, Ban Thường vụ"},
		{"a month stamp alone before the lead dates the page to the month",
			"2023-09\n(TTXVN) -\n\nSáng 5/9, Bí thư Tỉnh ủy dự Lễ khai giảng năm học mới tại Trường THPT Chuyên của tỉnh.\n\nNội dung thứ hai của buổi lễ.",
			"", "2023-09", "Sáng 5/9, Bí thư Tỉnh ủy"},
		{"store prefix with the site's name",
			" date 2023-09-08   • Báo Điện tử Tây Bắc\nHội thảo khoa học về du lịch cộng đồng\n\nSáng 8/9, Sở Văn hóa tổ chức hội thảo khoa học về du lịch cộng đồng tại thành phố.",
			"Hội thảo khoa học về du lịch cộng đồng", "2023-09-08", "Sáng 8/9, Sở Văn hóa"},
		{"a dot alone and the date line under the headline",
			".\n\nHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\n\nThứ Năm, 10/03/2016, 09:20 [GMT+7]\n\n(VTH) - Ngày 9-3-2016, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị lần thứ 12 để đánh giá kết quả quý I.",
			"Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12", "2016-03-10T09:20:00+07:00", "(VTH) - Ngày 9-3-2016"},
		{"weekday and double space above the headline",
			"Thứ hai,  14/06/2021\n\nNgành y tế tổng kết phong trào thi đua năm 2020\n\nSáng 12/6/2021, Sở Y tế tổ chức hội nghị tổng kết phong trào thi đua của ngành với hơn 100 đại biểu.",
			"Ngành y tế tổng kết phong trào thi đua năm 2020", "2021-06-14", "Sáng 12/6/2021, Sở Y tế"},
		{"breadcrumb and a bare date under the headline",
			"> Trang chủ > Hoạt động HĐND > Diễn văn bế mạc Kỳ họp thứ Mười\n\nDiễn văn bế mạc Kỳ họp thứ Mười, Hội đồng nhân dân huyện khóa VII\n\n05/07/2023\nKính thưa các vị đại biểu Hội đồng nhân dân huyện, thưa toàn thể các vị khách quý,",
			"Diễn văn bế mạc Kỳ họp thứ Mười, Hội đồng nhân dân huyện khóa VII", "2023-07-05", ""},
		{"site clock above, credited date line under the headline",
			"Menu\nThứ Tư, ngày 02 tháng 10 năm 2019, 10:11:12\n\nBộ trưởng làm việc với Sở Giáo dục và Đào tạo tỉnh\n\nTTXVN - 09:05, 18/03/2023\n\nSáng 17/3, Bộ trưởng Bộ Giáo dục và Đào tạo có buổi làm việc với lãnh đạo tỉnh về công tác chuẩn bị kỳ thi.",
			"Bộ trưởng làm việc với Sở Giáo dục và Đào tạo tỉnh", "2023-03-18T09:05:00+07:00", "Sáng 17/3, Bộ trưởng"},
		{"date and the site's contacts above the headline",
			"03/02/2023 | 07:45 GMT+7 | Hotline: 0123 456789 | Email: toasoan@example.vn\n\nPhát triển kinh tế biển gắn với bảo đảm quốc phòng\n\nBài viết phân tích những kết quả đạt được và đề xuất giải pháp.",
			"Phát triển kinh tế biển gắn với bảo đảm quốc phòng", "2023-02-03T07:45:00+07:00", ""},
		{"a one-word tool line and time before date",
			"PrintAaa\n\nĐại hội Hội Cựu chiến binh huyện lần thứ VII, nhiệm kỳ 2022 - 2027\n\n10:02 16/06/2022\n\nNgày 15/6, Hội Cựu chiến binh huyện tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027.",
			"Đại hội Hội Cựu chiến binh huyện lần thứ VII, nhiệm kỳ 2022 - 2027", "2022-06-16T10:02:00+07:00", "Ngày 15/6, Hội Cựu chiến binh"},
		{"a lead after the site's tag",
			"TTĐT - Sáng 21/5, Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên tháng 5. Đồng chí Phó Trưởng ban chủ trì hội nghị.",
			"", "", "TTĐT - Sáng 21/5, Ban Tuyên giáo"},
		{"a lead opening with a two-day span",
			"Trong hai ngày 4 và 5/12, Hội đồng nhân dân thị xã khóa IV tổ chức kỳ họp thứ Tám.\nCác đại biểu đã thảo luận nhiều nội dung.",
			"", "", "Trong hai ngày 4 và 5/12, Hội đồng"},
		{"a media player's text after the store prefix",
			" date 2020-11 Your browser does not support the audio element.\n\nNgày 5/11, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 10 để đánh giá tình hình kinh tế - xã hội.",
			"", "2020-11", "Ngày 5/11, Thủ tướng"},
		{"a sentence after the store prefix",
			" date 2021-04-09 Thay mặt Thường trực Huyện ủy, buổi chiều, đồng chí Phó Bí thư điều hành phần thảo luận của các tổ.\n\nCác đại biểu đã góp ý vào dự thảo.",
			"", "2021-04-09", "Thay mặt Thường trực Huyện ủy"},
		{"a section label above the headline, the store's source path below",
			"TIN HOẠT ĐỘNG CƠ SỞ\nXã Tân Lập tổng kết công tác mặt trận năm 2023\n09/01/2024, 15:20\nNgày 8/1, Ủy ban Mặt trận Tổ quốc xã Tân Lập tổ chức hội nghị tổng kết công tác mặt trận năm 2023.\nsource /tin-tuc/xa-tan-lap-tong-ket",
			"Xã Tân Lập tổng kết công tác mặt trận năm 2023", "2024-01-09T15:20:00+07:00", "Ngày 8/1, Ủy ban Mặt trận"},
		{"a headline that reads as a lead, over a date line",
			"Hôm nay, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ Tám\n\n05/12/2022, 07:10\n\nSáng nay, Hội đồng nhân dân tỉnh khóa X khai mạc kỳ họp thứ Tám tại hội trường.",
			"Hôm nay, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ Tám", "2022-12-05T07:10:00+07:00", "Sáng nay, Hội đồng nhân dân"},
		{"the site's name and sections above the headline the date line dates",
			"Cổng thông tin điện tử\nBáo Nông thôn Ngày nay\nChuyên mục\n\nKinh tế - Xã hội vùng cao\n\nHuyện tổng kết chương trình giảm nghèo bền vững\n\nMinh Châu - 09:40, 14/12/2023\n\nSáng 14/12, UBND huyện tổ chức hội nghị tổng kết chương trình giảm nghèo bền vững giai đoạn 2021 - 2023.",
			"Huyện tổng kết chương trình giảm nghèo bền vững", "2023-12-14T09:40:00+07:00", "Sáng 14/12, UBND huyện"},
		{"a headline that opens with a time word",
			"Sáng tạo trong công tác dân vận ở cơ sở\n\nNhiều mô hình hay đã được nhân rộng trong những năm qua tại các xã của huyện miền núi.",
			"Sáng tạo trong công tác dân vận ở cơ sở", "", "Nhiều mô hình hay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := newDocument(schema.Page{Body: []byte(tt.page), ContentType: "text/plain"})
			if err != nil {
				t.Fatal(err)
			}
			hasTitle := false
			for _, p := range d.paras {
				if p.kind == paraTitle {
					hasTitle = true
					if tt.title == "" || d.text[p.start:p.end] != tt.title {
						t.Errorf("headline = %q, want %q", d.text[p.start:p.end], tt.title)
					}
				}
				if p.kind == paraLead && tt.leadStart != "" && !strings.HasPrefix(d.text[p.start:p.end], tt.leadStart) {
					t.Errorf("lead = %q, want it to start %q", d.text[p.start:p.end], tt.leadStart)
				}
			}
			if tt.title != "" && !hasTitle {
				t.Errorf("no headline, want %q", tt.title)
			}
			if tt.title == "" && (d.title == "" || !strings.HasPrefix(d.title, tt.leadStart) || strings.Contains(d.title, ". ")) {
				t.Errorf("title = %q, want the lead's first sentence", d.title)
			}
			if got := formatPublished(d.published, d.hasTime); got != tt.published {
				t.Errorf("published = %q, want %q", got, tt.published)
			}
			if tt.leadStart != "" && !strings.Contains(d.text, tt.leadStart) {
				t.Errorf("text lacks the lead %q", tt.leadStart)
			}
			for _, junk := range []string{"source /", "Your browser", "PrintAaa", "> Trang chủ", "TIN HOẠT ĐỘNG"} {
				if strings.Contains(d.text, junk) {
					t.Errorf("furniture %q kept in the text", junk)
				}
			}
		})
	}
}

// TestMayHoldHint checks that mayHoldTitleHint turns down only elements
// whose attrs do not hold a hint, on every element of the corpus pages and
// on class names that only lowering makes match, and that it answers as a
// search of each hint and each rune in turn would.
func TestMayHoldHint(t *testing.T) {
	var bodies []string
	paths, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b))
	}
	bodies = append(bodies, `<div class="TİTLE">x</div><div id="Title" class="a">y</div><h2 class="x" class="tit">z</h2><p class="sub-title" id="b">w</p>`,
		`<div class="TieuDe">x</div><div id="tie" class="TIEU">y</div><p class="tít">z</p><p class="titl">w</p><p id="t">v</p>`)
	// the test mayHoldTitleHint replaces: each hint, then each rune
	twoPasses := func(n *html.Node) bool {
		for _, hint := range []string{"title", "tieu"} {
			for _, a := range n.Attr {
				if a.Key != "class" && a.Key != "id" {
					continue
				}
				if hasWordFold(a.Val, hint) {
					return true
				}
				for _, r := range a.Val {
					if r >= 0x80 {
						return true
					}
				}
			}
		}
		return false
	}
	seen := 0
	for _, body := range bodies {
		doc, err := html.Parse(strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && (strings.Contains(attrs(n), "title") || strings.Contains(attrs(n), "tieu")) {
				seen++
				if !mayHoldTitleHint(n) {
					t.Errorf("mayHoldTitleHint(<%s %v>) = false, attrs %q", n.Data, n.Attr, attrs(n))
				}
			}
			if n.Type == html.ElementNode && mayHoldTitleHint(n) != twoPasses(n) {
				t.Errorf("mayHoldTitleHint(<%s %v>) = %v", n.Data, n.Attr, mayHoldTitleHint(n))
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
	if seen < 3 {
		t.Errorf("only %d elements with title in their attributes", seen)
	}
}

// TestUpdateLineYields: of two date lines under the headline, the one that
// dates an update yields to the publication's that follows it.
func TestUpdateLineYields(t *testing.T) {
	page := `<html><body><h1>Hội nghị tổng kết công tác năm 2023</h1>
<div class="date">Ngày sửa: 15/03/2024 10:00</div><div class="date">Ngày đăng: 12/03/2024 08:00</div>
<div class="content"><p>Sáng 11/3, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2023 với sự tham dự của lãnh đạo các phòng, ban.</p></div></body></html>`
	r, err := Extract(schema.Page{Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if r.PublishedAt != "2024-03-12T08:00:00+07:00" {
		t.Errorf("published %q, want 2024-03-12T08:00:00+07:00", r.PublishedAt)
	}
}

func TestShortYearDateLine(t *testing.T) {
	tests := []struct {
		line, want string
		hasTime    bool
		ok         bool
	}{
		{"17/10/21", "2021-10-17", false, true},
		{"17/10/21 08:30", "2021-10-17T08:30:00+07:00", true, true},
		{" 5/3/09 - 14h05 ", "2009-03-05T14:05:00+07:00", true, true},
		{"31/02/21", "", false, false},   // no such day
		{"17/10/2021", "", false, false}, // a full year is parseDateLine's
		{"17/10/21 25:30", "2021-10-17", false, true},
		{"Lượt xem: 17/10/21", "", false, false},
		{"Cập nhật lúc: 15/06/13 2:25 PM", "2013-06-15T14:25:00+07:00", true, true},
		{"Ngày đăng: 03/01/19", "2019-01-03", false, true},
	}
	for _, tt := range tests {
		got, hasTime, ok := shortYearDateLine(tt.line)
		if ok != tt.ok || hasTime != tt.hasTime {
			t.Errorf("shortYearDateLine(%q) = ok %v time %v, want ok %v time %v", tt.line, ok, hasTime, tt.ok, tt.hasTime)
			continue
		}
		if !ok {
			continue
		}
		s := got.Format("2006-01-02")
		if hasTime {
			s = got.Format(time.RFC3339)
		}
		if s != tt.want {
			t.Errorf("shortYearDateLine(%q) = %s, want %s", tt.line, s, tt.want)
		}
	}
}

// TestPosterDateLine: a date line that closes with its poster ("Đăng lúc:
// ... - Người đăng bài viết: X") dates the page and credits X, in plain
// text and in markup alike.
func TestPosterDateLine(t *testing.T) {
	const line = "Đăng lúc: Thứ ba - 12/03/2024 08:15 - Người đăng bài viết: Vũ Thị Mai"
	const lead = "Sáng 11/3, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2023 với sự tham dự của lãnh đạo các phòng, ban."
	pages := map[string]string{
		"text": "Hội nghị tổng kết công tác năm 2023\n" + line + "\n" + lead,
		"html": `<html><body><h1>Hội nghị tổng kết công tác năm 2023</h1><div class="meta">` + line + `</div><div class="content"><p>` + lead + `</p></div></body></html>`,
	}
	for name, page := range pages {
		r, err := Extract(schema.Page{Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if r.PublishedAt != "2024-03-12T08:15:00+07:00" || !slices.Equal(r.Credits.Author, []string{"Vũ Thị Mai"}) {
			t.Errorf("%s: published %q authors %q", name, r.PublishedAt, r.Credits.Author)
		}
	}
}

// TestBracketedClosingSignature: a page that closes with its writer, unit
// and date in brackets ("(X, Phòng Y, ngày D-M-YYYY)") credits X and is
// dated by that line when nothing else dates it; the signature's date is
// never the meeting's, in plain text and in markup alike.
func TestBracketedClosingSignature(t *testing.T) {
	const lead = "Chiều ngày 14-5-2009, Sở Ngoại vụ tỉnh tiếp và làm việc với đoàn công tác của tỉnh bạn do ông Vương Đình Lộc, Phó Giám đốc Sở, dẫn đầu."
	const more = "Hai bên đã trao đổi kinh nghiệm trong công tác lễ tân đối ngoại."
	const sig = "(Kha Minh Thư, Phòng Lãnh sự, ngày 16-5-2009)"
	pages := map[string]string{
		"text": "Sở Ngoại vụ tiếp đoàn công tác tỉnh bạn\n\n" + lead + "\n\n" + more + "\n\n" + sig,
		"html": `<html><body><h1>Sở Ngoại vụ tiếp đoàn công tác tỉnh bạn</h1><div class="content"><p>` + lead + `</p><p>` + more + `</p><p>` + sig + `</p></div></body></html>`,
	}
	for name, page := range pages {
		r, err := Extract(schema.Page{Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if r.PublishedAt != "2009-05-16" || !slices.Equal(r.Credits.Author, []string{"Kha Minh Thư"}) || r.Meeting.Date != "2009-05-14" {
			t.Errorf("%s: published %q authors %q meeting %q", name, r.PublishedAt, r.Credits.Author, r.Meeting.Date)
		}
	}
	for _, line := range []string{"(Theo TTXVN)", "(Hà Nội)", "(đọc thêm)", "(Kha Minh Thư phát biểu tại hội nghị)"} {
		if got := bracketedSignature(line); got != nil {
			t.Errorf("bracketedSignature(%q) = %q, want nil", line, got)
		}
	}
}

// TestCounterBeforeDateLine: a date line that a view counter opens ("Lượt
// đọc: 4696 | Thời gian: ...") is the page's date line, not furniture to
// drop, in plain text and in markup alike; the counter alone stays
// furniture.
func TestCounterBeforeDateLine(t *testing.T) {
	const lead = "Sáng ngày 2/8, tại Nhà văn hóa tỉnh, Sở Văn hóa và Thể thao tổ chức lễ khai mạc liên hoan nghệ thuật quần chúng."
	const more = "Liên hoan thu hút hơn 300 diễn viên không chuyên tham gia."
	for _, line := range []string{"Lượt đọc: 4696 | Thời gian: 09:25 - 03/08/2023", "Lượt xem: 120 Ngày đăng: 03/08/2023 09:25"} {
		pages := map[string]string{
			"text": "Khai mạc liên hoan nghệ thuật quần chúng\n" + line + "\n\n" + lead + "\n\n" + more,
			"html": `<html><body><h1>Khai mạc liên hoan nghệ thuật quần chúng</h1><div class="meta">` + line + `</div><div class="content"><p>` + lead + `</p><p>` + more + `</p></div></body></html>`,
		}
		for name, page := range pages {
			r, err := Extract(schema.Page{Body: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if r.PublishedAt != "2023-08-03T09:25:00+07:00" || r.Meeting.Date != "2023-08-02" {
				t.Errorf("%s %q: published %q meeting %q", name, line, r.PublishedAt, r.Meeting.Date)
			}
		}
	}
	if !isFurnitureLine("Lượt đọc: 4696") || isDateLine("Lượt đọc: 4696") {
		t.Error("a counter alone should stay furniture")
	}
}

// TestDateLineAtTheFoot: a plain-text page dated at its foot, over the
// writer's name, keeps its first line as the headline (the line above a
// date line is the headline only when no body text comes between) and is
// dated by the foot's line.
func TestDateLineAtTheFoot(t *testing.T) {
	page := "Công ty Điện lực tổ chức lễ đóng điện trạm biến áp 110 kV\n\n" +
		"Sáng ngày 14/3/2024, Công ty Điện lực tỉnh đã tổ chức lễ đóng điện trạm biến áp 110 kV Tân Phú, công trình trọng điểm của ngành điện trong năm, với sự tham dự của lãnh đạo tỉnh, chủ đầu tư và các nhà thầu thi công trên địa bàn huyện.\n\n" +
		"Phát biểu tại buổi lễ, ông Mạc Văn Tâm, Giám đốc Công ty, cảm ơn các nhà thầu đã bảo đảm tiến độ.\n\n" +
		"Ông Mạc Văn Tâm phát biểu tại buổi lễ\n\n" +
		"15/03/2024 08:40\n" +
		"Thanh Vân\n"
	r, err := Extract(schema.Page{Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Công ty Điện lực tổ chức lễ đóng điện trạm biến áp 110 kV" || r.PublishedAt != "2024-03-15T08:40:00+07:00" || r.Meeting.Date != "2024-03-14" {
		t.Errorf("title %q published %q meeting %q", r.Title, r.PublishedAt, r.Meeting.Date)
	}
}
