package extractor

import (
	"strings"
	"testing"
)

func TestJoinWrappedLines(t *testing.T) {
	// a page wrapped at about 60 characters, to give the wrap width
	const wrapped = "Sở Nội vụ tỉnh vừa tổ chức hội nghị tập huấn công tác văn\n" +
		"thư, lưu trữ cho cán bộ các phòng, ban chuyên môn cấp huyện\n" +
		"trên địa bàn, với sự tham dự của gần 120 học viên đến từ\n" +
		"các cơ quan, đơn vị trong tỉnh và đại diện Sở Tư pháp Quảng\n" +
		"Bình.\n"
	tests := []struct {
		name, page string
		want       []string // the lines after joining
	}{
		{"a citation wrapped before its date",
			"Căn cứ Thông tư số 12/2019/TT-BNV\nngày 5 tháng 3 năm 2019 của Bộ Nội vụ;",
			[]string{"Căn cứ Thông tư số 12/2019/TT-BNV ngày 5 tháng 3 năm 2019 của Bộ Nội vụ;"}},
		{"a date after the word that needs it",
			"Căn cứ Luật Thống kê ngày\n23 tháng 11 năm 2015;",
			[]string{"Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;"}},
		{"a document type split in two",
			"triển khai các Nghị\nquyết số 07 và số 08 của Tỉnh ủy.",
			[]string{"triển khai các Nghị quyết số 07 và số 08 của Tỉnh ủy."}},
		{"a number after số joins; số ending a noun does not",
			"Căn cứ Nghị định số\n64/2007/NĐ-CP của Chính phủ;\nTuyên truyền chính sách cho vùng đồng bào thiểu số\nTừ ngày 10 đến 12/4, Ban Dân tộc huyện tổ chức hội nghị.",
			[]string{"Căn cứ Nghị định số 64/2007/NĐ-CP của Chính phủ;", "Tuyên truyền chính sách cho vùng đồng bào thiểu số", "Từ ngày 10 đến 12/4, Ban Dân tộc huyện tổ chức hội nghị."}},
		{"a date line after a headline ending in số is the headline's",
			"Hướng tới chính quyền số\n09/01/2023 12:25\nSở Nội vụ tổ chức hội nghị.",
			[]string{"Hướng tới chính quyền số", "09/01/2023 12:25", "Sở Nội vụ tổ chức hội nghị."}},
		{"an open bracket",
			"kết quả Hội nghị Tỉnh ủy lần thứ 9 (khóa\nXVI), trong đó có nghị quyết về đầu tư.",
			[]string{"kết quả Hội nghị Tỉnh ủy lần thứ 9 (khóa XVI), trong đó có nghị quyết về đầu tư."}},
		{"a name split at the wrap of a wrapped page",
			wrapped,
			[]string{strings.Join(strings.Fields(wrapped), " ")}},
		{"headline, date line and lead stay apart",
			"Huyện ủy tổng kết công tác xây dựng Đảng\nngày 12/01/2024\nSáng 11/1, Huyện ủy tổ chức hội nghị tổng kết.",
			[]string{"Huyện ủy tổng kết công tác xây dựng Đảng", "ngày 12/01/2024", "Sáng 11/1, Huyện ủy tổ chức hội nghị tổng kết."}},
		{"caption before a paragraph stays apart",
			"Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị\nHội nghị đã thống nhất các nội dung.",
			[]string{"Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị", "Hội nghị đã thống nhất các nội dung."}},
		{"an empty line parts paragraphs",
			"Ảnh: Minh Khoa\n\nphát biểu tại buổi lễ",
			[]string{"Ảnh: Minh Khoa", "phát biểu tại buổi lễ"}},
		{"list items and headings in capitals stay apart",
			"Nơi nhận\n- Như Điều 3;\na) kiểm tra hồ sơ;\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ THI ĐUA",
			[]string{"Nơi nhận", "- Như Điều 3;", "a) kiểm tra hồ sơ;", "QUYẾT ĐỊNH", "BAN HÀNH QUY ĐỊNH VỀ THI ĐUA"}},
		{"a short lower-case fragment on a page not wrapped",
			"Đại diện Sở Ngoại vụ và các doanh nghiệp trong tỉnh cùng dự\nphát biểu tại buổi gặp mặt",
			[]string{"Đại diện Sở Ngoại vụ và các doanh nghiệp trong tỉnh cùng dự", "phát biểu tại buổi gặp mặt"}},
		{"a clause after a comma",
			"Phát biểu kết luận hội nghị,\nđồng chí Phó Chủ tịch UBND huyện yêu cầu các xã hoàn thành kế hoạch.",
			[]string{"Phát biểu kết luận hội nghị, đồng chí Phó Chủ tịch UBND huyện yêu cầu các xã hoàn thành kế hoạch."}},
		{"a close button is no text",
			"Bỏ qua nội dung\nx\nHội nghị giao ban quý III",
			[]string{"Bỏ qua nội dung", "x", "Hội nghị giao ban quý III"}},
		{"a name wrapped after its surname",
			"Tham dự có đ/c Lê Văn Diện, Bí thư Huyện ủy; đ/c Nguyễn\nVăn Hán, Phó Chủ tịch HĐND huyện.",
			[]string{"Tham dự có đ/c Lê Văn Diện, Bí thư Huyện ủy; đ/c Nguyễn Văn Hán, Phó Chủ tịch HĐND huyện."}},
		{"a surname ending a line before a new sentence stays apart",
			"Dự hội nghị có đồng chí Trần\nHội Nghị Tỉnh ủy",
			[]string{"Dự hội nghị có đồng chí Trần", "Hội Nghị Tỉnh ủy"}},
		{"salutations ending with a comma",
			"Kính thưa các đồng chí lãnh đạo,\nThưa toàn thể hội nghị,",
			[]string{"Kính thưa các đồng chí lãnh đạo,", "Thưa toàn thể hội nghị,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := joinWrappedLines(strings.Split(tt.page, "\n"))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("joinWrappedLines =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestCutTitleStamp(t *testing.T) {
	tests := []struct {
		line, title, stamp string
		ok                 bool
	}{
		{"Huyện đoàn ra quân mùa hè tình nguyện (07:45 12/06/2023)", "Huyện đoàn ra quân mùa hè tình nguyện", "07:45 12/06/2023", true},
		{"Trường tổ chức lễ bế giảng (12-06-2023)", "Trường tổ chức lễ bế giảng", "12-06-2023", true},
		{"Tọa đàm về chuyển đổi số (kỳ 2)", "", "", false},
		// an anniversary's span is what the headline celebrates
		{"Kỷ niệm 50 năm thành lập Hội Nông dân xã (15/3/1975 - 15/3/2025)", "", "", false},
		{"Kỷ niệm 50 năm thành lập trường (1975 - 2025)", "", "", false},
	}
	for _, tt := range tests {
		title, stamp, ok := cutTitleStamp(tt.line)
		if title != tt.title || stamp != tt.stamp || ok != tt.ok {
			t.Errorf("cutTitleStamp(%q) = %q, %q, %v; want %q, %q, %v", tt.line, title, stamp, ok, tt.title, tt.stamp, tt.ok)
		}
	}
}
