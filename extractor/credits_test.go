package extractor

import (
	"slices"
	"testing"

	"github.com/meetx/meetx/schema"
)

func TestExtractCredits(t *testing.T) {
	tests := []struct {
		name                 string
		text                 string
		author, photographer []string
	}{
		{"tin and ảnh", "Tin: Khắc Hiếu; ảnh: Hoài Thương", []string{"Khắc Hiếu"}, []string{"Hoài Thương"}},
		{"bài, ảnh", "Bài, ảnh: Thanh Tâm", []string{"Thanh Tâm"}, []string{"Thanh Tâm"}},
		{"bài và ảnh", "Bài và ảnh: Hồng Sơn", []string{"Hồng Sơn"}, []string{"Hồng Sơn"}},
		{"dash between labels", "Tin: Minh Khoa - Ảnh: Đức Anh", []string{"Minh Khoa"}, []string{"Đức Anh"}},
		{"bare name with affiliation", "H'Liên (Ban Dân vận Tỉnh ủy)", []string{"H'Liên"}, []string{}},
		{"bare name with unit after dash", "Thu Hiền - Phòng PBGDPL", []string{"Thu Hiền"}, []string{}},
		{"agency suffix", "Ảnh: Văn Điệp/TTXVN", []string{}, []string{"Văn Điệp"}},
		{"reporters' group", "Nhóm PV", []string{"Nhóm PV"}, []string{}},
		{"a source is not a byline", "Nguồn: Báo Nhân Dân", []string{}, []string{}},
		{"agency in brackets", "Ngọc Mai (TTXVN)", []string{"Ngọc Mai"}, []string{}},
		{"initials", "Tin: H.L; ảnh: K.T", []string{"H.L"}, []string{"K.T"}},
		{"initial and name", "Ảnh: P.Thảo", []string{}, []string{"P.Thảo"}},
		{"an archive photo, dotted, is no one's", "Ảnh: T.L", []string{}, []string{}},
		{"a found photo, dotted, is no one's", "Ảnh: S.T", []string{}, []string{}},
		{"a title is no initials", "PGS.TS", []string{}, []string{}},
		{"a photo's subject named with a title is no photographer", "Hình ảnh: BSCKII Lê Văn Tâm- Giám đốc Trung tâm: Khai mạc Hội nghị", []string{}, []string{}},
		{"agency before the name, no space after the colon", "Ảnh:TTXVN/Minh Đức", []string{}, []string{"Minh Đức"}},
		{"author label tác giả bài viết", "Tác giả bài viết: Lê Hoàng Yến", []string{"Lê Hoàng Yến"}, []string{}},
		{"two writers, the dash spaced on one side only", "Tác giả bài viết: Lê Hoàng Yến –Trịnh Gia Bảo", []string{"Lê Hoàng Yến", "Trịnh Gia Bảo"}, []string{}},
		{"two writers, a hyphen spaced after only", "Bài: Lê Hoàng Yến- Trịnh Gia Bảo", []string{"Lê Hoàng Yến", "Trịnh Gia Bảo"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &document{}
			d.build([]block{{text: "Tiêu đề", kind: paraTitle}, {text: "Nội dung bài.", kind: paraBody}, {text: tt.text, kind: paraByline}})
			r := &schema.Report{}
			extractCredits(d, r)
			if !slices.Equal(r.Credits.Author, tt.author) || !slices.Equal(r.Credits.Photographer, tt.photographer) {
				t.Errorf("got author %q photographer %q, want %q %q", r.Credits.Author, r.Credits.Photographer, tt.author, tt.photographer)
			}
		})
	}
}

func TestPhotoCreditInCaption(t *testing.T) {
	d := &document{}
	d.build([]block{
		{text: "Tiêu đề", kind: paraTitle},
		{text: "Thủ tướng Chính phủ chủ trì Phiên họp. Ảnh: Đức Tâm", kind: paraCaption},
		{text: "Bà Nguyễn Thị Kim Liên phát biểu tại tọa đàm. (Ảnh: Quang Minh)", kind: paraCaption},
		{text: "Minh Khôi", kind: paraByline},
	})
	r := &schema.Report{}
	extractCredits(d, r)
	if want := []string{"Đức Tâm", "Quang Minh"}; !slices.Equal(r.Credits.Photographer, want) {
		t.Errorf("photographers = %q, want %q", r.Credits.Photographer, want)
	}
	if want := []string{"Minh Khôi"}; !slices.Equal(r.Credits.Author, want) {
		t.Errorf("authors = %q, want %q", r.Credits.Author, want)
	}
}

func TestClosingBylineIsTheAuthor(t *testing.T) {
	d, err := newDocument(schema.Page{URL: "test", Body: []byte("Lễ khai giảng\nPhát biểu tại buổi lễ, đồng chí Phạm Văn Sơn đề nghị học viên nỗ lực học tập.\nBuổi lễ kết thúc tốt đẹp.\nLê Thị Minh Hương")})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference}}
	extractPeople(d, r)
	p, ok := personNamed(r.People, "Lê Thị Minh Hương")
	if !ok || !slices.Equal(p.Roles, []string{schema.RoleAuthor}) {
		t.Errorf("closing name = %+v, want author only", p)
	}
	if !slices.Equal(r.Credits.Author, []string{"Lê Thị Minh Hương"}) {
		t.Errorf("credits author = %q", r.Credits.Author)
	}
}

// TestUnlabelledBylines covers signatures without a label, just above the
// body or below it, and labelled lines with abbreviated or dashed names.
func TestUnlabelledBylines(t *testing.T) {
	const body = "Sáng 5/3, Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết công tác năm.\nĐồng chí Lê Văn Phúc, Chủ tịch Hội chủ trì hội nghị.\nHội nghị đã thống nhất các chỉ tiêu cho năm tới."
	tests := []struct {
		name          string
		text          string
		authors       []string
		photographers []string
	}{
		{"a name line under the headline", "Tổng kết năm\nKhánh Linh\n" + body, []string{"Khánh Linh"}, nil},
		{"a name line under the date line", "Tổng kết năm\n12/03/2024 08:15\nĐào Mai\n" + body, []string{"Đào Mai"}, nil},
		{"a byline's label without its name is no byline", "Tổng kết năm\nTác Giả\n" + body, nil, nil},
		{"section headings in capitals are no byline", "Kế hoạch tổ chức đối thoại\n12/03/2024 08:15\nNỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n" + body, nil, nil},
		{"a slogan in capitals parted by dashes closes no page as a byline", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nAN TOÀN GIAO THÔNG - VÌ HẠNH PHÚC MỌI NHÀ", nil, nil},
		{"a signature over a slogan in capitals on a line of its own", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nHà Thu Trang\nĐỒNG HÀNH CÙNG NHÀ NÔNG", []string{"Hà Thu Trang"}, nil},
		{"the name of the article's office holder closing the page is a tag", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nThời sự\nLê Văn Phúc", nil, nil},
		{"an initial and a given name closing the page", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nQ. Minh.", []string{"Q. Minh"}, nil},
		{"a writer and the unit in brackets closing the page", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nThu Hà (Đài TT-TH huyện)", []string{"Thu Hà"}, nil},
		{"the page's tag label is no writer's initials", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nTAGS", nil, nil},
		{"a page's boxes in capitals after the article are no byline", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nMinh Tâm\nLIÊN KẾT WEBSITE", []string{"Minh Tâm"}, nil},
		{"a writer in capitals and the unit's acronym", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nMINH THƯ - TTVH huyện", []string{"MINH THƯ"}, nil},
		{"a label with a space before its colon", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nTác giả : ĐÀO HẠNH", []string{"ĐÀO HẠNH"}, nil},
		{"by whom, after 'Theo:'", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nTheo: Hạ Vy", []string{"Hạ Vy"}, nil},
		{"a paper after 'Theo:' is no writer", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nTheo: Báo Lào Cai", nil, nil},
		{"two writers, the space lost after the dash", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nTác giả bài viết: Thu Hà –Minh Đức", []string{"Thu Hà", "Minh Đức"}, nil},
		{"a name line under a column's label", "Tổng kết năm\n12/03/2024 08:15\nGóc nhìn thời sự\nĐào Mai\n" + body, []string{"Đào Mai"}, nil},
		{"a name in capitals closes the report, kept as written", "Tổng kết năm\n" + body + "\nHOÀNG LỘC", []string{"HOÀNG LỘC"}, nil},
		{"a title's words in capitals are no writer", "Tổng kết năm\n" + body + "\nPHÁT TRIỂN KINH TẾ", nil, nil},
		{"a writer in brackets after a bulletin's heading", "Tổng kết năm\nBẢN TIN TỔNG KẾT NĂM HỌC (Tác giả: Vũ Thị Hoài An)\n" + body, []string{"Vũ Thị Hoài An"}, nil},
		{"names joined by dashes", "Tổng kết năm\n" + body + "\nThu Trang - Đức Mạnh - Hải Nam", []string{"Thu Trang", "Đức Mạnh", "Hải Nam"}, nil},
		{"abbreviated given names after a label", "Tổng kết năm\n" + body + "\nThực hiện: T.Hà - P.Long", []string{"T.Hà", "P.Long"}, nil},
		{"an agency in a photo credit is no photographer", "Tổng kết năm\n" + body + "\nẢnh: Báo QĐND", nil, nil},
		{"an agency acronym in a photo credit is no photographer", "Tổng kết năm\n" + body + "\nẢnh: TTXVN", nil, nil},
		{"a province alone on a line is a dateline", "Tổng kết năm\nHÀ NỘI\n" + body, nil, nil},
		{"an administrative unit heading a document is no byline", "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n" + body, nil, nil},
		{"a city heading a document is no byline", "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n" + body, nil, nil},
		{"a reporters' team is no person", "Tổng kết năm\nNhóm Phóng viên - 08:15, 12/03/2024\n" + body, nil, nil},
		{"a closing sentence is no byline", "Tổng kết năm\n" + body + "\nHội nghị kết thúc tốt đẹp.", nil, nil},
		{"an organisation closing the report is no byline", "Tổng kết năm\n" + body + "\nBan Tuyên giáo Tỉnh ủy", nil, nil},
		{"one signer writes and photographs after other photographers", "Tổng kết năm\n" + body + "\nẢnh: Hoàng Anh\nBài, ảnh: MINH HÀ", []string{"MINH HÀ"}, []string{"Hoàng Anh", "MINH HÀ"}},
		{"a closing signature with the agency in brackets", "Tổng kết năm\n" + body + "\nMinh Đức - Thu Hằng (TTXVN)", []string{"Minh Đức", "Thu Hằng"}, nil},
		{"an official signing the article with an office after a dash", "Tổng kết năm\n" + body + "\nTrần Văn Khải – Bí thư Chi bộ Các cơ quan", []string{"Trần Văn Khải"}, nil},
		{"a closing signature over the inspectorate", "Tổng kết năm\n" + body + "\nĐào Thị Mai Anh - Thanh tra", []string{"Đào Thị Mai Anh"}, nil},
		{"two writers, the second named Thanh", "Tổng kết năm\n" + body + "\nThu Hà - Thanh Tâm", []string{"Thu Hà", "Thanh Tâm"}, nil},
		{"a closing signature with the site in brackets", "Tổng kết năm\n" + body + "\nHải Yến (vietnamplus.vn)", []string{"Hải Yến"}, nil},
		{"a closing signature with the writer's unit after a dash", "Tổng kết năm\n" + body + "\nHồng Nhung - VPHU", []string{"Hồng Nhung"}, nil},
		{"a second name in capitals after a dash is a writer, not a unit", "Tổng kết năm\n" + body + "\nThu Hà - LAN ANH", []string{"Thu Hà", "LAN ANH"}, nil},
		{"a writer signing with initials beside a named one", "Tổng kết năm\n" + body + "\nH.V.K. - P.Long", []string{"H.V.K", "P.Long"}, nil},
		{"a reporter's initials alone close the report", "Tổng kết năm\n" + body + "\nCTH", []string{"CTH"}, nil},
		{"a photo described after its label credits no one", "Tổng kết năm\n" + body + "\nẢnh: Đ/c Lê Văn Phúc phát biểu tại hội nghị", nil, nil},
		{"the web as a photo's source is no photographer", "Tổng kết năm\n" + body + "\nẢnh: Internet", nil, nil},
		{"an agency's initials alone are no writer", "Tổng kết năm\n" + body + "\nTTXVN", nil, nil},
		{"a province's television is no writer", "Tổng kết năm\n" + body + "\nBGTV", nil, nil},
		{"initials beside an organisation are no byline", "Tổng kết năm\n" + body + "\nH.V.K. - Ban Tuyên giáo", nil, nil},
		{"the person a news item came from signs it", "Tổng kết năm\n" + body + "\nNguồn tin: Hạ Vy", []string{"Hạ Vy"}, nil},
		{"a source that is a paper is no byline", "Tổng kết năm\n" + body + "\nNguồn tin: Báo Lào Cai", nil, nil},
		{"a closing signature with the writer's unit as an acronym and a word", "Tổng kết năm\n" + body + "\nLê Hòa – HND tỉnh", []string{"Lê Hòa"}, nil},
		{"who compiled the report signs it", "Tổng kết năm\n" + body + "\nT/h: Minh Châu", []string{"Minh Châu"}, nil},
		{"a closing signature with the site after a slash", "Tổng kết năm\n" + body + "\nMinh Châu / baotinhnha.vn", []string{"Minh Châu"}, nil},
		{"a closing signature with the writer's unit in words", "Tổng kết năm\n" + body + "\nThanh Nga – Huyện đoàn Chợ Mới", []string{"Thanh Nga"}, nil},
		{"a writer who compiled the news", "Tổng kết năm\n" + body + "\nKim Oanh (tổng hợp)", []string{"Kim Oanh"}, nil},
		{"a signature in capitals closed by a bar", "Tổng kết năm\nHẢI ĐĂNG |\n" + body, []string{"HẢI ĐĂNG"}, nil},
		{"the writer opening the date line", "Tổng kết năm\nLê Thu Hoài - 09:15 12/03/2024 GMT+7\n" + body, []string{"Lê Thu Hoài"}, nil},
		{"two writers parted by the date's own dash", "Tổng kết năm\nHà Thu - Lò Mai - 12/03/2024 09:15\n" + body, []string{"Hà Thu", "Lò Mai"}, nil},
		{"a caption's credit with a dash for the colon", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nToàn cảnh hội nghị. Ảnh- Minh Thu\n" + body, nil, []string{"Minh Thu"}},
		{"writers set off from their newsroom by //", "Tổng kết năm\nTHU HÀ - MINH ĐỨC // TRUNG TÂM TIN TỨC 30/12/2023, 12:32\n" + body, []string{"THU HÀ", "MINH ĐỨC"}, nil},
		{"the writer in a labelled field of the date line", "Tổng kết năm\nNgày đăng bài: 12/03/2024 | Tác giả: Lò Thị Mai\n" + body, []string{"Lò Thị Mai"}, nil},
		{"a contributor's signature opened by 'CTV'", "Tổng kết năm\n12/03/2024 08:15\n" + body + "\nCTV Lò Thị Mai", []string{"Lò Thị Mai"}, nil},
		{"the poster named after the date", "Tổng kết năm\nĐăng lúc: Thứ ba - 12/03/2024 08:15 - Người đăng bài viết: Vũ Thị Mai\n" + body, []string{"Vũ Thị Mai"}, nil},
		{"the writer right before the date, no mark between", "Tổng kết năm\nQuốc Khánh 12/03/2024 08:15\n" + body, []string{"Quốc Khánh"}, nil},
		{"two writers before the date and time, no mark between", "Tổng kết năm\nThu Hà - P.Long 18:37 02/12/2023\n" + body, []string{"Thu Hà", "P.Long"}, nil},
		{"a closing signature over the writer's unit on a line of its own", "Tổng kết năm\n" + body + "\nMinh Kiên\nTrung tâm Văn hóa huyện", []string{"Minh Kiên"}, nil},
		{"a weekday before the date is no writer", "Tổng kết năm\nThứ Hai 12/03/2024 08:15\n" + body, nil, nil},
		{"a closing signature over a heading of other articles", "Tổng kết năm\n" + body + "\nMai Lan\nTin liên quan\nHội nghị cán bộ chủ chốt quý I\nĐại hội chi hội cựu chiến binh thôn 3", []string{"Mai Lan"}, nil},
		{"a labelled writer with the unit's acronym after a dash", "Tổng kết năm\n" + body + "\nTác giả bài viết: Lương Văn Hậu - VPHU", []string{"Lương Văn Hậu"}, nil},
		{"an interviewer in capitals", "Giám đốc Sở nói về chuyển đổi số\nTHU HÀ (thực hiện) 12/05/2021 08:30\n" + body, []string{"THU HÀ"}, nil},
		{"site boilerplate under the headline is no byline", "Tổng kết năm\nGoogle News\n" + body, nil, nil},
		{"an author block with the name in capitals", "Phát triển kinh tế biển\nTS. HOÀNG MINH KHÔI\nTrưởng khoa Kinh tế biển, Trường Đại học Hàng hải\nKinh tế biển là động lực quan trọng của các tỉnh ven biển, cần được đầu tư đồng bộ về hạ tầng cảng, logistics và nguồn nhân lực chất lượng cao trong giai đoạn tới, gắn với bảo vệ môi trường.", []string{"HOÀNG MINH KHÔI"}, nil},
		{"the author block of an opinion article", "Phát triển kinh tế biển\nPGS, TS. Đinh Văn Lộc\nTrưởng khoa Kinh tế biển, Trường Đại học Hàng hải\nKinh tế biển là động lực quan trọng của các tỉnh ven biển, cần được đầu tư đồng bộ về hạ tầng cảng, logistics và nguồn nhân lực chất lượng cao trong giai đoạn tới, gắn với bảo vệ môi trường.", []string{"Đinh Văn Lộc"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := newDocument(schema.Page{URL: "test", Body: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			r := &schema.Report{Credits: schema.Credits{Author: []string{}, Photographer: []string{}}}
			extractCredits(d, r)
			extractPeople(d, r)
			if !slices.Equal(r.Credits.Author, nonNil(tt.authors)) || !slices.Equal(r.Credits.Photographer, nonNil(tt.photographers)) {
				t.Errorf("credits = %q / %q, want %q / %q", r.Credits.Author, r.Credits.Photographer, tt.authors, tt.photographers)
			}
			for _, n := range tt.authors {
				if p, ok := personNamed(r.People, n); !ok || !slices.Contains(p.Roles, schema.RoleAuthor) {
					t.Errorf("%s = %+v, want an author", n, p)
				}
			}
			for _, n := range tt.photographers {
				if p, ok := personNamed(r.People, n); !ok || !slices.Contains(p.Roles, schema.RolePhotographer) {
					t.Errorf("%s = %+v, want a photographer", n, p)
				}
			}
		})
	}
}

// TestPhotoCreditClosingAParagraph covers a caption credit run into the
// end of a long paragraph.
func TestPhotoCreditClosingAParagraph(t *testing.T) {
	d, err := newDocument(schema.Page{URL: "test", Body: []byte("Làm việc với Công an tỉnh\nSáng 3/5, đồng chí Lê Văn Khang, Chủ tịch UBND tỉnh làm việc với Sở Xây dựng. Dự buổi làm việc có đồng chí Phan Thị Ngọc, Phó Chủ tịch UBND tỉnh và lãnh đạo các sở, ngành liên quan. Ảnh: Đỗ Minh Trí\nBuổi làm việc kết thúc tốt đẹp.")})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{Credits: schema.Credits{Author: []string{}, Photographer: []string{}}}
	extractCredits(d, r)
	extractPeople(d, r)
	if want := []string{"Đỗ Minh Trí"}; !slices.Equal(r.Credits.Photographer, want) {
		t.Errorf("photographers = %q, want %q", r.Credits.Photographer, want)
	}
	if p, ok := personNamed(r.People, "Đỗ Minh Trí"); !ok || !slices.Equal(p.Roles, []string{schema.RolePhotographer}) {
		t.Errorf("Đỗ Minh Trí = %+v, want a photographer", p)
	}
}

// TestAuthorBlockKeepsTitles covers a heading author block whose name, in
// capitals, is not read as a person in the text: the titles go with it.
func TestAuthorBlockKeepsTitles(t *testing.T) {
	d, err := newDocument(schema.Page{URL: "test", Body: []byte("Phát triển kinh tế biển\nPGS, TS. HOÀNG MINH KHÔI\nTrưởng khoa Kinh tế biển, Trường Đại học Hàng hải\nKinh tế biển là động lực quan trọng của các tỉnh ven biển, cần được đầu tư đồng bộ về hạ tầng cảng, logistics và nguồn nhân lực chất lượng cao trong giai đoạn tới, gắn với bảo vệ môi trường.")})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{Credits: schema.Credits{Author: []string{}, Photographer: []string{}}}
	extractCredits(d, r)
	extractPeople(d, r)
	p, ok := personNamed(r.People, "HOÀNG MINH KHÔI")
	if !ok || !slices.Equal(p.Roles, []string{schema.RoleAuthor}) || !slices.Equal(p.Honorifics, []string{"PGS", "TS"}) || len(p.Positions) != 0 {
		t.Errorf("author = %+v, want PGS TS, author only, no positions", p)
	}
}

// TestWritersBeforeDate: writers parted by the date line's own mark, and
// lines that end before any date.
func TestWritersBeforeDate(t *testing.T) {
	tests := []struct {
		line, sep string
		want      []string
	}{
		{"Hà Thu - Lò Mai - 12/03/2024 09:15", " - ", []string{"Hà Thu", "Lò Mai"}},
		{"Hà Thu - Lò Mai - ", " - ", nil},
		{"Hà Thu - Lò Mai -  ", " - ", nil},
		{"Hà Thu - 12/03/2024", " - ", nil},
		{"Tin tức - Sự kiện - 12/03/2024", " - ", nil}, // a site's sections, no names
	}
	for _, tt := range tests {
		got := writersBeforeDate(tt.line, tt.sep)
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("writersBeforeDate(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
