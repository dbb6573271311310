package extractor

import (
	"reflect"
	"strings"
	"testing"

	"github.com/meetx/meetx/schema"
)

// docOf builds a document from plain text: the first line is the title.
func docOf(t *testing.T, text string) *document {
	t.Helper()
	d, err := newDocument(schema.Page{URL: "test", ContentType: "text/plain; charset=utf-8", Body: []byte(text)})
	if err != nil {
		t.Fatalf("newDocument: %v", err)
	}
	return d
}

func directivesOf(t *testing.T, body string) []schema.Directive {
	t.Helper()
	d := docOf(t, "Tiêu đề\n"+body)
	r := &schema.Report{}
	extractDirectives(d, r)
	for i := range r.Directives {
		r.Directives[i].Evidence = nil
	}
	return r.Directives
}

func TestExtractDirectives(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []schema.Directive
	}{
		{
			name: "'góp phần' ends the issuer; a guide 'về hướng dẫn tổ chức hội nghị' keeps the meeting it guides",
			text: "Các sở đã phát ngôn theo tinh thần Nghị định số 15/2019/NĐ-CP ngày 12/3/2019 của Chính phủ góp phần nâng cao chất lượng tin bài. Ông Lò Văn Khánh triển khai Hướng dẫn số 12/HD-MTTQ-BTT ngày 07/3/2021 về hướng dẫn tổ chức hội nghị hiệp thương lần thứ hai ở xã.",
			want: []schema.Directive{
				{Type: "Nghị định", Number: "15/2019/NĐ-CP", Date: "2019-03-12", Issuer: "Chính phủ"},
				{Type: "Hướng dẫn", Number: "12/HD-MTTQ-BTT", Date: "2021-03-07", Subject: "về hướng dẫn tổ chức hội nghị hiệp thương lần thứ hai ở xã"},
			},
		},
		{
			name: "a central body right after the date, with no 'của', and its bracketed term; ', là' ends the subject",
			text: "Đợt sinh hoạt này tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 Bộ Chính trị (khóa XII) về đẩy mạnh học tập và làm theo tấm gương đạo đức, là nhiệm vụ thường xuyên của chi bộ trong kế hoạch 5 năm.",
			want: []schema.Directive{
				{Type: "Chỉ thị", Number: "05-CT/TW", Date: "2016-05-15", Issuer: "Bộ Chính trị (khóa XII)", Subject: "về đẩy mạnh học tập và làm theo tấm gương đạo đức"},
			},
		},
		{
			name: "an issuer before 'khẩn trương ban hành'; 'vào' ends the issuer after 'của'",
			text: "Bộ Y tế đã khẩn trương ban hành Thông tư số 07/2024/TT-BYT ngày 3/4/2024. Hội nghị góp phần đưa Chỉ thị số 12-CT/TU của Tỉnh ủy vào cuộc sống.",
			want: []schema.Directive{
				{Type: "Thông tư", Number: "07/2024/TT-BYT", Date: "2024-04-03", Issuer: "Bộ Y tế"},
				{Type: "Chỉ thị", Number: "12-CT/TU", Issuer: "Tỉnh ủy"},
			},
		},
		{
			name: "a number and year with no type code after 'số'; a local body's level after its symbol; 'X ra Thông báo'",
			text: "Hội nghị quán triệt Nghị quyết số 26/2023 của Ban Chấp hành Trung ương về phát triển vùng. Kỳ họp sửa đổi Nghị quyết 08/2019/NQ-HĐND tỉnh ngày 5/7/2019 của HĐND tỉnh về phí. Sau khi Ban Bí thư ra Thông báo số 45-TB/TW về công tác dân vận, chi bộ đã phổ biến. Số liệu năm 2021/2022 tăng.",
			want: []schema.Directive{
				{Type: "Nghị quyết", Number: "08/2019/NQ-HĐND", Date: "2019-07-05", Issuer: "HĐND tỉnh", Subject: "về phí"},
				{Type: "Thông báo", Number: "45-TB/TW", Issuer: "Ban Bí thư", Subject: "về công tác dân vận"},
				{Type: "Nghị quyết", Number: "26/2023", Issuer: "Ban Chấp hành Trung ương", Subject: "về phát triển vùng"}, // (numbers without a code follow the full symbols)
			},
		},
		{
			name: "a body that opens its clause and signs the document is its issuer; an official who signs is not",
			text: "Mới đây, Thủ tướng Chính phủ đã ký Quyết định số 802/QĐ-TTg kiện toàn Ban Chỉ đạo. Phó Chủ tịch UBND tỉnh vừa ký Quyết định số 77/QĐ-UBND giao chỉ tiêu.",
			want: []schema.Directive{
				{Type: "Quyết định", Number: "802/QĐ-TTg", Issuer: "Thủ tướng Chính phủ"},
				{Type: "Quyết định", Number: "77/QĐ-UBND"},
			},
		},
		{
			name: "a symbol with a space for the slash before its code; a hyphenated ministry with 'cũng đã' before the verb",
			text: "Chính phủ đã ban hành Nghị định 45/2023 NĐ-CP ngày 1/7/2023 quy định chi tiết về dầu khí. Bộ Lao động - Thương binh và Xã hội cũng đã ban hành Thông tư số 09/2023/TT-BLĐTBXH ngày 2/8/2023.",
			want: []schema.Directive{
				{Type: "Thông tư", Number: "09/2023/TT-BLĐTBXH", Date: "2023-08-02", Issuer: "Bộ Lao động - Thương binh và Xã hội"},
				{Type: "Nghị định", Number: "45/2023 NĐ-CP", Date: "2023-07-01", Issuer: "Chính phủ"},
			},
		},
		{
			name: "'đối với' ends the issuer of a decision",
			text: "Ông Lê Văn Tâm công bố Quyết định số 2210/QĐ-UBND ngày 14/9/2024 của Chủ tịch UBND tỉnh đối với các cá nhân có thành tích.",
			want: []schema.Directive{
				{Type: "Quyết định", Number: "2210/QĐ-UBND", Date: "2024-09-14", Issuer: "Chủ tịch UBND tỉnh"},
			},
		},
		{
			name: "'và' between a capitalised word and a lower-case noun ends the issuer; a list inside a body's name stays",
			text: "Việc thực hiện Đề án số 03-ĐA/HU ngày 12/3/2022 của Huyện ủy và mô hình “Dân vận khéo” đạt kết quả. Thực hiện Công văn số 45/SLĐTBXH của Sở Lao động - Thương binh và xã hội về việc làm.",
			want: []schema.Directive{
				{Type: "Đề án", Number: "03-ĐA/HU", Date: "2022-03-12", Issuer: "Huyện ủy"},
				{Type: "Công văn", Number: "45/SLĐTBXH", Issuer: "Sở Lao động - Thương binh và xã hội", Subject: "về việc làm"},
			},
		},
		{
			name: "a later mention names the issuer in full",
			text: "Đoàn làm việc về Nghị quyết 98 của Quốc hội về cơ chế đặc thù. Tỉnh đã thực hiện Nghị quyết số 98 của Quốc hội khóa XV. Huyện thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ, sau 3 năm thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ đạt nhiều kết quả.",
			want: []schema.Directive{
				{Type: "Chỉ thị", Number: "05/CT-TTg", Issuer: "Thủ tướng Chính phủ"}, // (a verb after a later mention's issuer is no more of its name)
				{Type: "Nghị quyết", Number: "98", Issuer: "Quốc hội khóa XV", Subject: "về cơ chế đặc thù"},
			},
		},
		{
			name: "a year after a lower-case type word is a period, not a number",
			text: "Các cổ đông thông qua báo cáo kết quả kinh doanh năm 2025 và kế hoạch 2026, nghị quyết 2026 của Hội đồng quản trị.",
			want: nil,
		},
		{
			name: "the title's verb 'Quy định' before the subject",
			text: "Đại biểu góp ý Nghị định số 12/2020/NĐ-CP ngày 10/01/2020 của Chính phủ Quy định về quản lý cụm công nghiệp.",
			want: []schema.Directive{
				{Type: "Nghị định", Number: "12/2020/NĐ-CP", Date: "2020-01-10", Issuer: "Chính phủ", Subject: "về quản lý cụm công nghiệp"},
			},
		},
		{
			name: "the body after a numbered document named in the subject issued that one",
			text: "Tỉnh đã triển khai Kế hoạch số 45/KH-UBND ngày 10/4/2024 về thực hiện Nghị quyết số 21 của Tỉnh ủy.",
			want: []schema.Directive{
				{Type: "Kế hoạch", Number: "45/KH-UBND", Date: "2024-04-10", Subject: "về thực hiện Nghị quyết số 21 của Tỉnh ủy"},
				{Type: "Nghị quyết", Number: "21", Issuer: "Tỉnh ủy"},
			},
		},
		{
			name: "seed: issuer before, then state form with date, issuer and subject",
			text: "Học viện đã thực hiện tốt chỉ đạo của Bộ Chính trị tại Thông báo số 172-TB/TW ngày 21/3/2020 về công tác phòng, chống dịch bệnh COVID-19, Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19.",
			want: []schema.Directive{
				{Type: "Thông báo", Number: "172-TB/TW", Date: "2020-03-21", Issuer: "Bộ Chính trị", Subject: "về công tác phòng, chống dịch bệnh COVID-19"},
				{Type: "Chỉ thị", Number: "16/CT-TTg", Date: "2020-03-31", Issuer: "Thủ tướng Chính phủ", Subject: "về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19"},
			},
		},
		{
			name: "bodies that issue together are one issuer, and the subject after them is read",
			text: "Chi bộ học tập Kết luận số 150-KL/TW, ngày 10/3/2025 của Bộ Chính trị, Ban Bí thư về việc sắp xếp đơn vị hành chính.",
			want: []schema.Directive{{Type: "Kết luận", Number: "150-KL/TW", Date: "2025-03-10", Issuer: "Bộ Chính trị, Ban Bí thư", Subject: "về việc sắp xếp đơn vị hành chính"}},
		},
		{
			name: "a presidential decree of the 1940s-50s (Sắc lệnh) is a document; dates in brackets end the subject",
			text: "Ngày Đo lường Việt Nam gắn với Sắc lệnh số 08/SL ngày 20/1/1950 về đo lường (20.1.1950 - 20.1.2025); từ Sắc lệnh 08/SL đến Luật Đo lường là một chặng đường dài.",
			want: []schema.Directive{{Type: "Sắc lệnh", Number: "08/SL", Date: "1950-01-20", Subject: "về đo lường"}, {Type: "Luật"}},
		},
		{
			name: "the body signed for is the issuer, not the signer's office",
			text: "Thay mặt Ban Bí thư, đồng chí Trần Văn Khánh, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 41-CT/TW ngày 5/11/2024 về tăng cường công tác bảo vệ trẻ em.",
			want: []schema.Directive{{Type: "Chỉ thị", Number: "41-CT/TW", Date: "2024-11-05", Issuer: "Ban Bí thư", Subject: "về tăng cường công tác bảo vệ trẻ em"}},
		},
		{
			name: "the aim of the meeting after a comma is no part of the subject",
			text: "Qua hai năm thực hiện Nghị quyết 12/NQ-CP về phát triển kinh tế tập thể, mục tiêu của hội nghị là bàn giải pháp mới.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "12/NQ-CP", Subject: "về phát triển kinh tế tập thể"}},
		},
		{
			name: "a number that counts a period is no document's",
			text: "Hội nghị đánh giá công tác 9 tháng và kế hoạch 3 tháng cuối năm 2023; nhìn lại Kế hoạch 5 năm qua và Chỉ thị 16 tháng 3 năm 2020.",
			want: []schema.Directive{{Type: "Chỉ thị", Number: "16"}},
		},
		{
			name: "a comma after the issuer that opens a new clause is no second issuer",
			text: "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Đảng ủy xã đã tổ chức học tập.",
			want: []schema.Directive{{Type: "Chỉ thị", Number: "05-CT/TW", Issuer: "Bộ Chính trị"}},
		},
		{
			name: "a counted mention with its issuer lends it to the documents listed after it",
			text: "Hội nghị quán triệt hai nghị quyết và một kết luận của Hội nghị Trung ương 8 khóa XIII. Cụ thể: Nghị quyết số 44-NQ/TW về chiến lược bảo vệ Tổ quốc; Nghị quyết số 45-NQ/TW về đội ngũ trí thức và Kết luận số 61-KL/TW về đề án.",
			want: []schema.Directive{
				{Type: "Nghị quyết", Number: "44-NQ/TW", Issuer: "Hội nghị Trung ương 8 khóa XIII", Subject: "về chiến lược bảo vệ Tổ quốc"},
				{Type: "Nghị quyết", Number: "45-NQ/TW", Issuer: "Hội nghị Trung ương 8 khóa XIII", Subject: "về đội ngũ trí thức"},
				{Type: "Kết luận", Number: "61-KL/TW", Issuer: "Hội nghị Trung ương 8 khóa XIII", Subject: "về đề án"},
			},
		},
		{
			name: "a committee that drafts its own plan is its issuer, its level in lower case",
			text: "Đảng ủy phường xây dựng Kế hoạch số 12-KH/ĐU ngày 5/1/2023 về học tập chuyên đề.",
			want: []schema.Directive{{Type: "Kế hoạch", Number: "12-KH/ĐU", Date: "2023-01-05", Issuer: "Đảng ủy phường", Subject: "về học tập chuyên đề"}},
		},
		{
			name: "a lower-case type word before a count is a verb, not a document",
			text: "Ủy ban Kiểm tra đã kết luận 14 đảng viên có vi phạm và quyết định 2 trường hợp kỷ luật.",
			want: []schema.Directive{},
		},
		{
			name: "an older party symbol spells Trung ương as TƯ",
			text: "Đoàn đã nghe báo cáo kết quả thực hiện Quy định số 124-QĐ/TƯ của Ban Bí thư.",
			want: []schema.Directive{{Type: "Quy định", Number: "124-QĐ/TƯ", Issuer: "Ban Bí thư"}},
		},
		{
			name: "a body named in lower case after its date is the issuer; 'gắn với' ends it",
			text: "Các xã bám sát Nghị quyết số 07-NQ/HU, ngày 15/3/2021 của huyện ủy gắn với chương trình xây dựng nông thôn mới.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "07-NQ/HU", Date: "2021-03-15", Issuer: "huyện ủy"}},
		},
		{
			name: "a resolution cited by the plenum that passed it",
			text: "Hội nghị quán triệt Nghị quyết số 21-NQ/TW, ngày 16-6-2022, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII \"Về tăng cường củng cố tổ chức cơ sở đảng\".",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "21-NQ/TW", Date: "2022-06-16", Issuer: "Ban Chấp hành Trung ương Đảng khóa XIII", Subject: "Về tăng cường củng cố tổ chức cơ sở đảng"}},
		},
		{
			name: "a lower-case phrase after 'của' names no issuer",
			text: "Đơn vị triển khai Kế hoạch số 12/KH-UBND ngày 02/3/2021 của các cấp ủy trong toàn huyện.",
			want: []schema.Directive{{Type: "Kế hoạch", Number: "12/KH-UBND", Date: "2021-03-02"}},
		},
		{
			name: "a party organisation's committee issues before the document, with its date",
			text: "Ngày 20-5-2022, Ban Chấp hành Đảng bộ huyện khóa XX đã ban hành Nghị quyết số 05-NQ/HU về phát triển du lịch cộng đồng.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "05-NQ/HU", Date: "2022-05-20", Issuer: "Ban Chấp hành Đảng bộ huyện khóa XX", Subject: "về phát triển du lịch cộng đồng"}},
		},
		{
			name: "a ministry issuing with 'vừa' keeps no tense word",
			text: "Bộ Tài nguyên và Môi trường vừa ban hành Công văn số 815/BTNMT-TCMT về quản lý chất thải rắn.",
			want: []schema.Directive{{Type: "Công văn", Number: "815/BTNMT-TCMT", Issuer: "Bộ Tài nguyên và Môi trường", Subject: "về quản lý chất thải rắn"}},
		},
		{
			name: "a subject ends before a second document it is linked to",
			text: "Hội nghị sơ kết Nghị quyết số 19-NQ/TU về phát triển kinh tế tập thể gắn với thực hiện Kết luận số 40-KL/TU của Tỉnh ủy.",
			want: []schema.Directive{
				{Type: "Nghị quyết", Number: "19-NQ/TU", Subject: "về phát triển kinh tế tập thể"},
				{Type: "Kết luận", Number: "40-KL/TU", Issuer: "Tỉnh ủy"},
			},
		},
		{
			name: "a subject ends at the main verb of the sentence it is the subject of",
			text: "Sáng 9/3, Ban Chỉ đạo tổng kết Nghị quyết số 09-NQ/TU về phát triển lâm nghiệp tổ chức hội nghị lấy ý kiến dự thảo báo cáo.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "09-NQ/TU", Subject: "về phát triển lâm nghiệp"}},
		},
		{
			name: "'về việc tổ chức hội nghị' keeps its verb",
			text: "Căn cứ Công văn số 45-CV/HU về việc tổ chức hội nghị sơ kết công tác dân vận.",
			want: []schema.Directive{{Type: "Công văn", Number: "45-CV/HU", Subject: "về việc tổ chức hội nghị sơ kết công tác dân vận"}},
		},
		{
			name: "'vẫn còn' opens the predicate after a subject",
			text: "Việc thực hiện Nghị quyết số 26-NQ/TW về nông nghiệp vẫn còn những hạn chế.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "26-NQ/TW", Subject: "về nông nghiệp"}},
		},
		{
			name: "one 'về' after two full citations belongs to both",
			text: "Thực hiện Kế hoạch số 21-KH/TU, ngày 02/3/2023 của Tỉnh ủy và Hướng dẫn số 05-HD/BTGTU, ngày 06/3/2023 của Ban Tuyên giáo Tỉnh ủy về tổ chức tuần lễ sách.",
			want: []schema.Directive{
				{Type: "Kế hoạch", Number: "21-KH/TU", Date: "2023-03-02", Issuer: "Tỉnh ủy", Subject: "về tổ chức tuần lễ sách"},
				{Type: "Hướng dẫn", Number: "05-HD/BTGTU", Date: "2023-03-06", Issuer: "Ban Tuyên giáo Tỉnh ủy", Subject: "về tổ chức tuần lễ sách"},
			},
		},
		{
			name: "a number after another document's type belongs to that one",
			text: "Chương trình hành động của Ban Thường vụ Huyện ủy thực hiện Nghị quyết số 18 được ban hành. Nghị quyết số 18-NQ/TU ngày 05/5/2022 của Tỉnh ủy về phát triển đô thị.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "18-NQ/TU", Date: "2022-05-05", Issuer: "Tỉnh ủy", Subject: "về phát triển đô thị"}},
		},
		{
			name: "a plan's purpose verb follows its issuer with no comma",
			text: "Thực hiện Kế hoạch số 14/KH-HĐND ngày 03 tháng 4 năm 2021 của Hội đồng nhân dân tỉnh Gia Lai giám sát việc sắp xếp trường lớp, đoàn đã làm việc với Sở Giáo dục.",
			want: []schema.Directive{{Type: "Kế hoạch", Number: "14/KH-HĐND", Date: "2021-04-03", Issuer: "Hội đồng nhân dân tỉnh Gia Lai"}},
		},
		{
			name: "a report cited as the source of facts is a document",
			text: "Đoàn đã nghe Sở Xây dựng báo cáo kết quả giải quyết kiến nghị của cử tri được nêu tại Báo cáo số 56/BC-UBND ngày 20/4/2021 của Ủy ban nhân dân tỉnh.",
			want: []schema.Directive{{Type: "Báo cáo", Number: "56/BC-UBND", Date: "2021-04-20", Issuer: "Ủy ban nhân dân tỉnh"}},
		},
		{
			name: "a report heard at the meeting is no document",
			text: "Hội nghị đã nghe Báo cáo số 56/BC-UBND ngày 20/4/2021 về tình hình kinh tế - xã hội quý I.",
		},
		{
			name: "a supervision team as issuer keeps its name",
			text: "Thực hiện Kế hoạch số 22/KH-ĐGS ngày 10/5/2021 của Đoàn giám sát Quốc hội, tỉnh đã chuẩn bị báo cáo.",
			want: []schema.Directive{{Type: "Kế hoạch", Number: "22/KH-ĐGS", Date: "2021-05-10", Issuer: "Đoàn giám sát Quốc hội"}},
		},
		{
			name: "a coordination regulation cited by a bare number",
			text: "Công an huyện tổ chức quán triệt Quy chế phối hợp số 03 ngày 15/4/2022 giữa Công an huyện và Ban Chỉ huy Quân sự huyện.",
			want: []schema.Directive{{Type: "Quy chế phối hợp", Number: "03", Date: "2022-04-15"}},
		},
		{
			name: "the issuer closes the subject and a verb follows",
			text: "Công văn số 2345/BNV-CQĐP về việc sắp xếp đơn vị hành chính cấp xã năm 2024 của Bộ Nội vụ yêu cầu các địa phương hoàn thành trước tháng 10.",
			want: []schema.Directive{{Type: "Công văn", Number: "2345/BNV-CQĐP", Issuer: "Bộ Nội vụ", Subject: "về việc sắp xếp đơn vị hành chính cấp xã năm 2024"}},
		},
		{
			name: "a symbol closing the sentence leaves its full stop out",
			text: "Ủy ban nhân dân huyện giao các phòng, ban triển khai Kế hoạch số 57/KH-UBND. Các xã báo cáo kết quả thực hiện Quyết định số 12/2024/QĐ-UBND.",
			want: []schema.Directive{
				{Type: "Kế hoạch", Number: "57/KH-UBND"},
				{Type: "Quyết định", Number: "12/2024/QĐ-UBND"},
			},
		},
		{
			name: "a party body inside a state body is the issuer written before the document",
			text: "Theo yêu cầu của Ban cán sự đảng UBND tỉnh tại Công văn số 458-CV/BCSĐ ngày 21/3/2024, các quận kiện toàn bộ máy.",
			want: []schema.Directive{{Type: "Công văn", Number: "458-CV/BCSĐ", Date: "2024-03-21", Issuer: "Ban cán sự đảng UBND tỉnh"}},
		},
		{
			name: "a short-name note in brackets closes the subject",
			text: "Kế hoạch số 41-KH/HU ngày 03/4/2024 của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị số 23-CT/TW (sau đây gọi tắt là Chỉ thị 23) trên địa bàn huyện.",
			want: []schema.Directive{
				{Type: "Kế hoạch", Number: "41-KH/HU", Date: "2024-04-03", Issuer: "Ban Thường vụ Huyện ủy", Subject: "về thực hiện Chỉ thị số 23-CT/TW"},
				{Type: "Chỉ thị", Number: "23-CT/TW"},
			},
		},
		{
			name: "an issuer written before the first of two documents belongs to both",
			text: "Thực hiện chỉ đạo của Bộ Tài chính tại Công văn số 1520/BTC-NSNN ngày 12/02/2024 và Công văn số 1733/BTC-NSNN ngày 20/02/2024, Sở Tài chính đã hướng dẫn các đơn vị.",
			want: []schema.Directive{
				{Type: "Công văn", Number: "1520/BTC-NSNN", Date: "2024-02-12", Issuer: "Bộ Tài chính"},
				{Type: "Công văn", Number: "1733/BTC-NSNN", Date: "2024-02-20", Issuer: "Bộ Tài chính"},
			},
		},
		{
			name: "a body of every level is what the subject is about",
			text: "Nghị quyết số 45/NQ-UBTVQH15 về hoạt động giám sát của Hội đồng nhân dân các cấp.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "45/NQ-UBTVQH15", Subject: "về hoạt động giám sát của Hội đồng nhân dân các cấp"}},
		},
		{
			name: "the issuer's term in brackets",
			text: "Kết luận số 12-KL/HLHPNTW của Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam (khóa XIII) về công tác cán bộ nữ.",
			want: []schema.Directive{{Type: "Kết luận", Number: "12-KL/HLHPNTW", Issuer: "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam (khóa XIII)", Subject: "về công tác cán bộ nữ"}},
		},
		{
			name: "according to a rule is not the subject",
			text: "Kế hoạch số 88/KH-UBND ngày 02/3/2023 của Ủy ban nhân dân xã về sắp xếp thôn, tổ dân phố theo quy định của tỉnh.",
			want: []schema.Directive{{Type: "Kế hoạch", Number: "88/KH-UBND", Date: "2023-03-02", Issuer: "Ủy ban nhân dân xã", Subject: "về sắp xếp thôn, tổ dân phố"}},
		},
		{
			name: "party form with quy định letters and an issuer that holds và",
			text: "Quyết định số 2046/QĐ-BTTTT ngày 14/12/2021 của Bộ trưởng Bộ Thông tin và Truyền thông về việc phê duyệt Kế hoạch thanh tra năm 2022.",
			want: []schema.Directive{{Type: "Quyết định", Number: "2046/QĐ-BTTTT", Date: "2021-12-14", Issuer: "Bộ trưởng Bộ Thông tin và Truyền thông", Subject: "về việc phê duyệt Kế hoạch thanh tra năm 2022"}},
		},
		{
			name: "law with a name before its number; no issuer invented",
			text: "Các văn bản quy định chi tiết Luật Doanh nghiệp số 59/2020/QH14 và Luật Đầu tư số 61/2020/QH14 đã được ban hành đầy đủ.",
			want: []schema.Directive{{Type: "Luật", Number: "59/2020/QH14"}, {Type: "Luật", Number: "61/2020/QH14"}},
		},
		{
			name: "two documents share the date and issuer written after the second",
			text: "Sở tổ chức hội nghị triển khai Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 01/01/2021 của Chính phủ.",
			want: []schema.Directive{
				{Type: "Nghị quyết", Number: "01/NQ-CP", Date: "2021-01-01", Issuer: "Chính phủ"},
				{Type: "Nghị quyết", Number: "02/NQ-CP", Date: "2021-01-01", Issuer: "Chính phủ"},
			},
		},
		{
			name: "short re-mention merges into the full citation",
			text: "Quán triệt Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư. Việc thực hiện Kết luận 80 có nhiều chuyển biến.",
			want: []schema.Directive{{Type: "Kết luận", Number: "80-KL/TW", Date: "2020-06-20", Issuer: "Ban Bí thư"}},
		},
		{
			name: "quy định with QĐi and date written in words",
			text: "Thực hiện Quy định số 08-QĐi/TW ngày 25 tháng 10 năm 2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên.",
			want: []schema.Directive{{Type: "Quy định", Number: "08-QĐi/TW", Date: "2018-10-25", Issuer: "Ban Chấp hành Trung ương", Subject: "về trách nhiệm nêu gương của cán bộ, đảng viên"}},
		},
		{
			name: "congress resolution without number",
			text: "Ngành Tuyên giáo đã tổ chức học tập Nghị quyết Đại hội XIII của Đảng bằng hình thức trực tuyến.",
			want: []schema.Directive{{Type: "Nghị quyết", Issuer: "Đại hội XIII của Đảng"}},
		},
		{
			name: "the congress's own resolution is not cited",
			text: "Đại hội biểu quyết thông qua Nghị quyết Đại hội với 100% đảng viên có mặt tán thành.",
			want: []schema.Directive{},
		},
		{
			name: "bare symbols take their type from their letters",
			text: "Các địa phương thực hiện nghiêm 16/CT-TTg ngày 31/3/2020 và quán triệt tinh thần 35-NQ/TW của Bộ Chính trị.",
			want: []schema.Directive{
				{Type: "Chỉ thị", Number: "16/CT-TTg", Date: "2020-03-31"},
				{Type: "Nghị quyết", Number: "35-NQ/TW", Issuer: "Bộ Chính trị"},
			},
		},
		{
			name: "a bare symbol inside another document's subject",
			text: "Quán triệt Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư về tiếp tục thực hiện 32-CT/TW.",
			want: []schema.Directive{
				{Type: "Kết luận", Number: "80-KL/TW", Date: "2020-06-20", Issuer: "Ban Bí thư", Subject: "về tiếp tục thực hiện 32-CT/TW"},
				{Type: "Chỉ thị", Number: "32-CT/TW"},
			},
		},
		{
			name: "drafts under discussion are not cited documents",
			text: "Đại biểu thảo luận dự thảo Nghị quyết về phát triển kinh tế và cho ý kiến vào dự án Luật Đất đai (sửa đổi).",
			want: []schema.Directive{},
		},
		{
			name: "generic plural is not a directive",
			text: "Quán triệt các nghị quyết của Trung ương và các chỉ thị của cấp trên.",
			want: []schema.Directive{},
		},
		{
			name: "issuer first, comma and hyphenated date in party style",
			text: "Thực hiện Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997 về công tác bảo vệ chính trị nội bộ.",
			want: []schema.Directive{{Type: "Quyết định", Number: "31-QĐ/TW", Date: "1997-10-01", Issuer: "Bộ Chính trị", Subject: "về công tác bảo vệ chính trị nội bộ"}},
		},
		{
			name: "spaced party symbol and quoted subject",
			text: "Thực hiện Kết luận số 72 - KL/TW ngày 5/6/2019 của Ban Bí thư “về việc tăng cường và đổi mới công tác thông tin đối ngoại”, Đảng ủy Khối đã xây dựng chương trình.",
			want: []schema.Directive{{Type: "Kết luận", Number: "72 - KL/TW", Date: "2019-06-05", Issuer: "Ban Bí thư", Subject: "về việc tăng cường và đổi mới công tác thông tin đối ngoại"}},
		},
		{
			name: "a document cited by its number alone",
			text: "Ngày 14/3, Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 05 về việc đẩy mạnh phong trào thi đua yêu nước trong nông thôn.",
			want: []schema.Directive{{Type: "Chỉ thị", Number: "05", Issuer: "Ban Thường vụ Huyện ủy", Subject: "về việc đẩy mạnh phong trào thi đua yêu nước trong nông thôn"}},
		},
		{
			name: "subject shared by a law and a decree joined by và",
			text: "Việc triển khai thi hành Luật Dân quân tự vệ năm 2019 và Nghị định 168/2018/NĐ-CP của Chính phủ về công tác quốc phòng ở bộ, ngành trung ương, địa phương được thực hiện đồng bộ.",
			want: []schema.Directive{
				{Type: "Nghị định", Number: "168/2018/NĐ-CP", Issuer: "Chính phủ", Subject: "về công tác quốc phòng ở bộ, ngành trung ương, địa phương"},
				{Type: "Luật", Subject: "về công tác quốc phòng ở bộ, ngành trung ương, địa phương"},
			},
		},
		{
			name: "issuer before: a committee with its place name",
			text: "Ngày 6/5, Ban Thường vụ Huyện ủy Tân Phú đã ban hành Chỉ thị số 09 về việc tăng cường công tác dân vận.",
			want: []schema.Directive{{Type: "Chỉ thị", Number: "09", Issuer: "Ban Thường vụ Huyện ủy Tân Phú", Subject: "về việc tăng cường công tác dân vận"}},
		},
		{
			name: "a quoted subject ends at its closing quote",
			text: "Thực hiện Kết luận số 21-KL/TU ngày 3/5/2019 của Ban Thường vụ Tỉnh ủy về “Đẩy mạnh cải cách hành chính”, công tác cán bộ được chú trọng.",
			want: []schema.Directive{{Type: "Kết luận", Number: "21-KL/TU", Date: "2019-05-03", Issuer: "Ban Thường vụ Tỉnh ủy", Subject: "về “Đẩy mạnh cải cách hành chính”"}},
		},
		{
			name: "a subject ends after a document's name",
			text: "Theo Quy định số 300-QĐ/TW ngày 2/6/2025 của Ban Bí thư về thi hành Điều lệ Hội, thí điểm bầu trực tiếp chủ tịch hội.",
			want: []schema.Directive{
				{Type: "Quy định", Number: "300-QĐ/TW", Date: "2025-06-02", Issuer: "Ban Bí thư", Subject: "về thi hành Điều lệ Hội"},
				{Type: "Điều lệ"},
			},
		},
		{
			name: "numbers sharing one suffix are two documents",
			text: "Hội nghị quán triệt Nghị quyết số 21, 22-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.",
			want: []schema.Directive{
				{Type: "Nghị quyết", Number: "21-NQ/TW", Date: "2022-06-16", Issuer: "Ban Chấp hành Trung ương"},
				{Type: "Nghị quyết", Number: "22-NQ/TW", Date: "2022-06-16", Issuer: "Ban Chấp hành Trung ương"},
			},
		},
		{
			name: "full symbols listed with a comma share the date, issuer and subject after the last",
			text: "Thực hiện Nghị quyết số 26-NQ/TW, 27-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương về công tác cán bộ.",
			want: []schema.Directive{
				{Type: "Nghị quyết", Number: "26-NQ/TW", Date: "2018-05-19", Issuer: "Ban Chấp hành Trung ương", Subject: "về công tác cán bộ"},
				{Type: "Nghị quyết", Number: "27-NQ/TW", Date: "2018-05-19", Issuer: "Ban Chấp hành Trung ương", Subject: "về công tác cán bộ"},
			},
		},
		{
			name: "a subject ends after a name with lowercase syllables",
			text: "Huyện ủy ban hành Kế hoạch số 12-KH/HU ngày 3/4/2021 về thực hiện Nghị quyết Đại hội XIII của Đảng, thí điểm mô hình dân vận khéo.",
			want: []schema.Directive{
				{Type: "Kế hoạch", Number: "12-KH/HU", Date: "2021-04-03", Issuer: "Huyện ủy", Subject: "về thực hiện Nghị quyết Đại hội XIII của Đảng"},
				{Type: "Nghị quyết", Issuer: "Đại hội XIII của Đảng"},
			},
		},
		{
			name: "an announced appointment decision without a number",
			text: "Đồng chí Giám đốc công bố Quyết định số 12/QĐ-TCT ngày 2/3/2022 về việc mở lớp K5.A01 và quyết định chỉ định Ban Cán sự lớp.",
			want: []schema.Directive{
				{Type: "Quyết định", Number: "12/QĐ-TCT", Date: "2022-03-02", Subject: "về việc mở lớp K5.A01"},
				{Type: "quyết định"},
			},
		},
		{
			name: "announced decisions in the plural are not one document",
			text: "Đại diện Ban Tổ chức Trung ương công bố các quyết định chỉ định Ban Chấp hành.",
			want: []schema.Directive{},
		},
		{
			name: "a lower-case thing after và ends the issuer, a field of a ministry's name does not",
			text: "Các chỉ tiêu đều vượt yêu cầu Nghị quyết 85 của Hội đồng nhân dân và hệ thống chỉ tiêu thi đua của Ngành. Bộ thực hiện Thông tư số 12/2021/TT-BTNMT của Bộ Tài nguyên và môi trường.",
			want: []schema.Directive{{Type: "Thông tư", Number: "12/2021/TT-BTNMT", Issuer: "Bộ Tài nguyên và môi trường"}, {Type: "Nghị quyết", Number: "85", Issuer: "Hội đồng nhân dân"}},
		},
		{
			name: "a programme called by the number of the decision that approved it",
			text: "Ngày 11/8/2022, Thủ tướng Chính phủ ký Quyết định số 1521/QĐ-TTg về Đề án “Nâng cao chất lượng hòa giải ở cơ sở” (Đề án 1521). Các tỉnh đã triển khai Đề án 1521 từ năm 2023.",
			want: []schema.Directive{{Type: "Quyết định", Number: "1521/QĐ-TTg", Date: "2022-08-11", Issuer: "Thủ tướng Chính phủ", Subject: "về Đề án “Nâng cao chất lượng hòa giải ở cơ sở”"}},
		},
		{
			name: "a body that ký ban hành is the issuer",
			text: "Ban Thường vụ Tỉnh ủy Yên Bái vừa ký ban hành Chỉ thị số 17-CT/TU ngày 3/5/2022.",
			want: []schema.Directive{{Type: "Chỉ thị", Number: "17-CT/TU", Date: "2022-05-03", Issuer: "Ban Thường vụ Tỉnh ủy Yên Bái"}},
		},
		{
			name: "an official who signs names no issuer",
			text: "(PV) - Chủ tịch UBND tỉnh Hà Giang vừa ký ban hành Công văn số 512/UBND-KT gửi các sở, ngành.",
			want: []schema.Directive{{Type: "Công văn", Number: "512/UBND-KT"}},
		},
		{
			name: "the subject follows the recipients, and a cited document's body is not the issuer",
			text: "Chủ tịch UBND tỉnh vừa ký ban hành Công văn số 77/UBND-TH gửi các sở, ngành; UBND các huyện, thị xã về việc thực hiện Kết luận của Bộ trưởng Bộ Xây dựng tại buổi làm việc với tỉnh.",
			want: []schema.Directive{{Type: "Công văn", Number: "77/UBND-TH", Subject: "về việc thực hiện Kết luận của Bộ trưởng Bộ Xây dựng tại buổi làm việc với tỉnh"}},
		},
		{
			name: "a central party commission named before the document is its issuer",
			text: "Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 114-HD/BTGTW ngày 12/8/2023 để các cấp ủy thực hiện.",
			want: []schema.Directive{{Type: "Hướng dẫn", Number: "114-HD/BTGTW", Date: "2023-08-12", Issuer: "Ban Tuyên giáo Trung ương"}},
		},
		{
			name: "the main clause's verb ends the subject",
			text: "Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng Đảng nhấn mạnh yêu cầu nêu gương.",
			want: []schema.Directive{{Type: "Kết luận", Number: "21-KL/TW", Issuer: "Ban Chấp hành Trung ương", Subject: "về đẩy mạnh xây dựng Đảng"}},
		},
		{
			name: "a document cited as văn bản keeps that word as its type",
			text: "Ngày 3/4, UBND huyện có văn bản số 815/UBND-VP về việc chuẩn bị Đại hội Thi đua yêu nước cấp huyện.",
			want: []schema.Directive{{Type: "văn bản", Number: "815/UBND-VP", Issuer: "UBND huyện", Subject: "về việc chuẩn bị Đại hội Thi đua yêu nước cấp huyện"}},
		},
		{
			name: "counts after kỷ luật and pháp luật are not law numbers",
			text: "Năm 2023, Huyện ủy thi hành kỷ luật 14 đảng viên; 3 người vi phạm pháp luật 2 lần bị xử lý.",
			want: []schema.Directive{},
		},
		{
			name: "a date after the issuer is the document's date",
			text: "Các bộ, ngành khẩn trương thực hiện thông báo số 05 của Ban Bí thư ngày 18/3/2022 và kế hoạch số 12 của Thường trực Chính phủ ngày 20/3/2022.",
			want: []schema.Directive{
				{Type: "thông báo", Number: "05", Date: "2022-03-18", Issuer: "Ban Bí thư"},
				{Type: "kế hoạch", Number: "12", Date: "2022-03-20", Issuer: "Thường trực Chính phủ"},
			},
		},
		{
			name: "a one-letter word cut off at the end of the excerpt is no part of the issuer",
			text: "Đánh giá 2 năm thực hiện Kế hoạch số 15-KH/HU ngày 4-3-2022 của Huyện ủy v",
			want: []schema.Directive{{Type: "Kế hoạch", Number: "15-KH/HU", Date: "2022-03-04", Issuer: "Huyện ủy"}},
		},
		{
			name: "one subject after two documents cited by number belongs to both",
			text: "Sư đoàn sơ kết 5 năm thực hiện Nghị quyết 512 của Đảng ủy Quân chủng và Nghị quyết 97 của Đảng ủy Sư đoàn về xây dựng đơn vị vững mạnh toàn diện.",
			want: []schema.Directive{
				{Type: "Nghị quyết", Number: "512", Issuer: "Đảng ủy Quân chủng", Subject: "về xây dựng đơn vị vững mạnh toàn diện"},
				{Type: "Nghị quyết", Number: "97", Issuer: "Đảng ủy Sư đoàn", Subject: "về xây dựng đơn vị vững mạnh toàn diện"},
			},
		},
		{
			name: "the day before the issuer that issued it",
			text: "Để hướng dẫn thi hành Luật, ngày 15/11/2021 Chính phủ đã ban hành Nghị định số 96/2021/NĐ-CP quy định chi tiết một số điều.",
			want: []schema.Directive{{Type: "Nghị định", Number: "96/2021/NĐ-CP", Date: "2021-11-15", Issuer: "Chính phủ"}},
		},
		{
			name: "the day in words before a committee that issued it",
			text: "Ngày 3 tháng 8 năm 2022, UBND tỉnh Bắc Kạn ban hành Kế hoạch số 441/KH-UBND triển khai chương trình.",
			want: []schema.Directive{{Type: "Kế hoạch", Number: "441/KH-UBND", Date: "2022-08-03", Issuer: "UBND tỉnh Bắc Kạn"}},
		},
		{
			name: "a submission cited as the basis of a decision",
			text: "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 02/3/2021, Chủ tịch UBND tỉnh quyết định.",
			want: []schema.Directive{{Type: "Tờ trình", Number: "45/TTr-SNV", Date: "2021-03-02", Issuer: "Giám đốc Sở Nội vụ"}},
		},
		{
			name: "a submission the meeting hears is no directive",
			text: "Kỳ họp nghe Phó Chủ tịch UBND huyện trình bày Tờ trình số 88/TTr-UBND về dự toán ngân sách năm 2024.",
			want: nil,
		},
		{
			name: "a closing quote after a bare number, and the re-mention merges",
			text: "Nhiều trường chờ hướng dẫn của “Thông tư 08” về tuyển sinh. Cuối năm, Thông tư số 08/2022/TT-BGDĐT về quy chế tuyển sinh được áp dụng.",
			want: []schema.Directive{{Type: "Thông tư", Number: "08/2022/TT-BGDĐT", Subject: "về quy chế tuyển sinh"}},
		},
		{
			name: "a document's header dates its own number",
			text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 512/QĐ-UBND\n|\nLạng Sơn, ngày 09 tháng 03 năm 2020\n|\nQUYẾT ĐỊNH",
			want: []schema.Directive{{Type: "Quyết định", Number: "512/QĐ-UBND", Date: "2020-03-09"}},
		},
		{
			name: "an approval verb ends the issuer",
			text: "Ông Lò Văn Tiến nhận Quyết định số 77/QĐ-TTg của Thủ tướng Chính phủ bổ nhiệm có thời hạn giữ chức Thứ trưởng Bộ Nội vụ theo đề nghị của Bộ trưởng, thời hạn bổ nhiệm đến năm 2026 đối với cán bộ.",
			want: []schema.Directive{{Type: "Quyết định", Number: "77/QĐ-TTg", Issuer: "Thủ tướng Chính phủ"}},
		},
		{
			name: "a short name in brackets and the next clause's day end the subject",
			text: "Thực hiện Chỉ thị số 12-CT/TU ngày 5/6/2022 của Tỉnh ủy về đẩy mạnh phong trào học tập (Chỉ thị 12-CT/TU). Thực hiện Kế hoạch số 30/KH-SYT về việc kiểm tra an toàn thực phẩm năm 2023, sáng ngày 4/12/2023, Sở Y tế tổ chức hội nghị.",
			want: []schema.Directive{
				{Type: "Chỉ thị", Number: "12-CT/TU", Date: "2022-06-05", Issuer: "Tỉnh ủy", Subject: "về đẩy mạnh phong trào học tập"},
				{Type: "Kế hoạch", Number: "30/KH-SYT", Subject: "về việc kiểm tra an toàn thực phẩm năm 2023"},
			},
		},
		{
			name: "the issuer's short name in brackets and its parent's acronym, then the date",
			text: "Căn cứ Thông báo số 45/TB-BTS của Ban Trị sự (BTS) GHPGVN, ngày 3-5-2024 gửi các chùa trong tỉnh.",
			want: []schema.Directive{{Type: "Thông báo", Number: "45/TB-BTS", Date: "2024-05-03", Issuer: "Ban Trị sự (BTS) GHPGVN"}},
		},
		{
			name: "a plenum with its term, written before the resolution it passed",
			text: "Ngày 9/11/2023, Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng (khóa XIII) đã ban hành Nghị quyết số 44-NQ/TW về chiến lược bảo vệ Tổ quốc.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "44-NQ/TW", Date: "2023-11-09", Issuer: "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng (khóa XIII)", Subject: "về chiến lược bảo vệ Tổ quốc"}},
		},
		{
			name: "a word glued to a number by a missing space is no part of it",
			text: "Triển khai Chỉ thị 31-CT/TWcủa Ban Bí thư về công tác thanh niên và Quyết định số 12/QĐ-TTgngày 5/3/2020 của Thủ tướng Chính phủ.",
			want: []schema.Directive{
				{Type: "Chỉ thị", Number: "31-CT/TW", Issuer: "Ban Bí thư", Subject: "về công tác thanh niên"},
				{Type: "Quyết định", Number: "12/QĐ-TTg", Date: "2020-03-05", Issuer: "Thủ tướng Chính phủ"},
			},
		},
		{
			name: "the Prime Minister, not named in full, signing a decision on a day written before",
			text: "Ngày 14/2/2024, Thủ tướng đã ký Quyết định 152/QĐ-TTg phê duyệt đề án về phát triển du lịch.",
			want: []schema.Directive{{Type: "Quyết định", Number: "152/QĐ-TTg", Date: "2024-02-14", Issuer: "Thủ tướng"}},
		},
		{
			name: "how the meeting is held ends the subject",
			text: "Chiều 2/8, Huyện ủy tổ chức hội nghị học tập Nghị quyết số 19-NQ/TW ngày 16/6/2022 về nông nghiệp, nông dân, nông thôn bằng hình thức trực tuyến.",
			want: []schema.Directive{{Type: "Nghị quyết", Number: "19-NQ/TW", Date: "2022-06-16", Subject: "về nông nghiệp, nông dân, nông thôn"}},
		},
		{
			name: "how long the next clause's event ran ends the subject",
			text: "Thực hiện Kế hoạch số 15-KH/ĐU ngày 10/10/2024 của Đảng ủy Khối về đại hội đảng bộ các cấp, trong hai ngày 15-16/7/2025, Đảng bộ Sở tổ chức Đại hội.",
			want: []schema.Directive{{Type: "Kế hoạch", Number: "15-KH/ĐU", Date: "2024-10-10", Issuer: "Đảng ủy Khối", Subject: "về đại hội đảng bộ các cấp"}},
		},
		{
			name: "a resolution named without a number ends before its audience or a verb, and its short re-mention merges into it",
			text: "Đảng ủy xã học tập Nghị quyết Trung ương 8 khóa XII cho toàn thể đảng viên. Nghị quyết Trung ương 8 được chi bộ thảo luận kỹ, gắn với mục tiêu mà Nghị quyết Đại hội Đảng bộ xã lần thứ XXV đề ra.",
			want: []schema.Directive{{Type: "Nghị quyết", Issuer: "Trung ương 8 khóa XII"}, {Type: "Nghị quyết", Issuer: "Đại hội Đảng bộ xã lần thứ XXV"}},
		},
		{
			name: "the official who signed is no part of the issuer, nor is his signing",
			text: "Sở Y tế triển khai Quyết định số 255/QĐ-BYT do Bộ trưởng Bộ Y tế Lê Minh Tâm ký ban hành ngày 29/1/2024 về việc ban hành hướng dẫn phòng, chống dịch.",
			want: []schema.Directive{{Type: "Quyết định", Number: "255/QĐ-BYT", Date: "2024-01-29", Issuer: "Bộ trưởng Bộ Y tế", Subject: "về việc ban hành hướng dẫn phòng, chống dịch"}},
		},
		{
			name: "a quoted title's closing quote ends its subject; its issuer follows, and the sentence's verb ends the issuer",
			text: "Trong bối cảnh ấy, “Kết luận số 31-KL/TW về việc đổi mới lề lối làm việc, nâng cao hiệu quả hoạt động” của Ban Bí thư không chỉ nhắc lại các quy định cũ. Chỉ thị số 08-CT/TW của Bộ Chính trị đang đi vào cuộc sống.",
			want: []schema.Directive{
				{Type: "Kết luận", Number: "31-KL/TW", Issuer: "Ban Bí thư", Subject: "về việc đổi mới lề lối làm việc, nâng cao hiệu quả hoạt động"},
				{Type: "Chỉ thị", Number: "08-CT/TW", Issuer: "Bộ Chính trị"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := directivesOf(t, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d directives %+v, want %d %+v", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("directive %d:\n got %+v\nwant %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestSymbolType(t *testing.T) {
	tests := []struct{ symbol, want string }{
		{"16/CT-TTg", "Chỉ thị"},
		{"15/2020/NĐ-CP", "Nghị định"},
		{"172-TB/TW", "Thông báo"},
		{"08-QĐi/TW", "Quy định"},
		{"01/2011/TT-BNV", "Thông tư"},
		{"12-TT/TW", "Thông tri"},
		{"35 - NQ/TW", "Nghị quyết"},
		{"1234/VPCP-KGVX", ""}, // công văn: issuer letters, no type letters
		{"80/2015/QH13", ""},
		{"12/BC-UBND", ""}, // a report is not a directive
		{"45/TTr-SNV", ""}, // a submission is named only by its type word
	}
	for _, tt := range tests {
		if got := symbolType(tt.symbol); got != tt.want {
			t.Errorf("symbolType(%q) = %q, want %q", tt.symbol, got, tt.want)
		}
	}
}

// TestFindDocTypesSkipsNoMatch checks findDocTypes against a scan that
// tries every byte, on the corpus pages' paragraphs and on type words
// after and before every kind of rune.
func TestFindDocTypesSkipsNoMatch(t *testing.T) {
	everyByte := docTypesAtEveryByte
	texts := []string{"nghị quyết", "xnghị quyết", "ánghị quyết", "×nghị quyết", "÷luật", "“luật”", "1luật", "\u0300luật",
		"ạluật", "ỹ luật", "đề án", "đđề án", "kế hoạchx", "thông báo kết luận", "\xe1luật", "\xc3luật", "\xe1\xbbluật"}
	texts = append(texts, docTypeTexts()...)
	for _, d := range corpusDocuments(t) {
		texts = append(texts, d.folded)
		for _, p := range d.paras {
			texts = append(texts, d.folded[p.start:p.end])
		}
	}
	for _, f := range texts {
		if got, want := findDocTypes(f), everyByte(f); !reflect.DeepEqual(got, want) {
			t.Errorf("findDocTypes(%.60q) = %v, want %v", f, got, want)
		}
	}
}

// TestPhraseFinderCut compares phraseFinder.cut with the first place any
// phrase starts, found by strings.Index within the end given, from many
// offsets of the corpus text.
func TestPhraseFinderCut(t *testing.T) {
	lists := [][]string{issuerStops, issuerSubjectStops, subjectStops, {", a", " ab", " abc", " b", ",,"}}
	texts := []string{"", " ", " abc", ", a abc", " ab, a", " b abc, a", ",,, a"}
	texts = append(texts, docTypeTexts()...)
	for _, d := range corpusDocuments(t) {
		texts = append(texts, d.folded)
	}
	for _, list := range lists {
		f := newPhraseFinder(list)
		for _, s := range texts {
			for off := 0; off < len(s); off += 1 + off%37 {
				rest := s[off:min(len(s), off+300)]
				for _, end := range []int{len(rest), len(rest) / 2} {
					want := end
					for _, p := range list {
						if k := strings.Index(rest[:end], p); k >= 0 {
							want = min(want, k)
						}
					}
					if got := f.cut(rest, end); got != want {
						t.Fatalf("cut(%q, %d) = %d, want %d", rest, end, got, want)
					}
				}
			}
		}
	}
}

// docTypeTexts gives every document type word alone, cut short, after each
// shift of a window, and all of them in a run.
func docTypeTexts() []string {
	var texts []string
	all := strings.Join(docTypes, " ")
	for _, w := range docTypes {
		texts = append(texts, w, w[:len(w)-1], strings.Repeat("a ", 3)+w+" a")
		for k := 1; k < 8; k++ {
			texts = append(texts, strings.Repeat("x", k)+" "+w, strings.Repeat(" ", k)+w+"x")
		}
	}
	return append(texts, all, " "+all, "  "+all+".")
}

func TestDropSignerName(t *testing.T) {
	tests := []struct{ issuer, want string }{
		{"Bộ trưởng Bộ Y tế Lê Minh Tâm", "Bộ trưởng Bộ Y tế"},
		{"Chủ tịch UBND tỉnh Nguyễn Văn An", "Chủ tịch UBND tỉnh"},
		{"Chủ tịch UBND tỉnh Lâm Đồng", "Chủ tịch UBND tỉnh Lâm Đồng"}, // a province
		{"Sở Y tế Hà Nội", "Sở Y tế Hà Nội"},                           // a city
		{"Ban Thường vụ Thành đoàn Thành phố Hồ Chí Minh", "Ban Thường vụ Thành đoàn Thành phố Hồ Chí Minh"},
		{"Học viện Chính trị quốc gia Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh"},
		{"Ban Bí thư", "Ban Bí thư"},
		{"Ban Thường vụ Huyện ủy Bạch Thông", "Ban Thường vụ Huyện ủy Bạch Thông"}, // a district, no table holds
		{"Đảng ủy xã Hà Vị", "Đảng ủy xã Hà Vị"},                                   // a commune
		{"Chủ tịch UBND huyện Lê Văn Tám", "Chủ tịch UBND huyện"},                  // three syllables: a signer
		{"Trường Chính trị Nguyễn Văn Cừ", "Trường Chính trị Nguyễn Văn Cừ"},       // a school named after a leader
		{"Hiệu trưởng Trường Đảng Lê Hồng Phong", "Hiệu trưởng Trường Đảng Lê Hồng Phong"},
	}
	for _, tt := range tests {
		if got := dropSignerName(tt.issuer); got != tt.want {
			t.Errorf("dropSignerName(%q) = %q, want %q", tt.issuer, got, tt.want)
		}
	}
}

// docTypesAtEveryByte is findDocTypes' reference: docTypeAt tried at every
// byte of folded, the matches taken leftmost first.
func docTypesAtEveryByte(folded string) [][2]int {
	var out [][2]int
	for i := 0; i < len(folded); {
		if k := docTypeAt(folded, i); k > 0 {
			out = append(out, [2]int{i, i + k})
			i += k
			continue
		}
		i++
	}
	return out
}
