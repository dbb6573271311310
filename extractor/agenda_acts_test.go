package extractor

import "testing"

func TestAgendaMeetingActs(t *testing.T) {
	const head = "Hội nghị hiệp thương\nSáng 8/2, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị hiệp thương lần thứ hai.\n"
	runAgendaCases(t, []agendaCase{
		{"the meeting agrees on a choice of candidates",
			head + "Hội nghị đã thống nhất giới thiệu 25 người tham gia ứng cử đại biểu HĐND huyện.",
			[]wantItem{{"decision", "thống nhất giới thiệu 25 người tham gia ứng cử đại biểu HĐND huyện", ""}}},
		{"the figures agreed in a consultation",
			head + "Qua hiệp thương, hội nghị thống nhất số lượng đại biểu dự Đại hội là 180 đại biểu.",
			[]wantItem{{"decision", "thống nhất số lượng đại biểu dự Đại hội là 180 đại biểu", ""}}},
		{"a review and a debate on measures joined by 'và' are one debate",
			head + "Hội nghị tập trung đánh giá công tác mặt trận 6 tháng đầu năm và bàn biện pháp thực hiện nhiệm vụ 6 tháng cuối năm.",
			[]wantItem{{"discussion", "đánh giá công tác mặt trận 6 tháng đầu năm và bàn biện pháp thực hiện nhiệm vụ 6 tháng cuối năm", ""}}},
		{"a debate that reaches agreement: the debate and the vote",
			head + "Hội nghị đã thảo luận và đi đến thống nhất cao thông qua dự thảo báo cáo chính trị.",
			[]wantItem{{"discussion", "thảo luận dự thảo báo cáo chính trị", ""}, {"decision", "thống nhất cao thông qua dự thảo báo cáo chính trị", ""}}},
		{"'họp bàn' names the meeting in the lead",
			"Họp bàn giải pháp cải cách hành chính\nNgày 13/9, Sở Tài chính tổ chức cuộc họp bàn giải pháp đẩy mạnh cải cách hành chính.",
			nil},
		{"a second act of the same person after ', đồng thời'",
			"Họp bàn cải cách hành chính\nNgày 13/9, Sở Tài chính tổ chức cuộc họp về cải cách hành chính. Ông Lê Văn Cường - Chánh Văn phòng Sở đã báo cáo kết quả cải cách hành chính quý III, đồng thời đề xuất, kiến nghị với UBND tỉnh nhiều nội dung quan trọng.",
			[]wantItem{{"report", "báo cáo kết quả cải cách hành chính quý III", "Lê Văn Cường"}, {"discussion", "đề xuất, kiến nghị với UBND tỉnh nhiều nội dung quan trọng", "Lê Văn Cường"}}},
		{"awards named with the event in the lead",
			"Hội nghị tổng kết\nNgày 19/4, Ban Thường vụ Huyện ủy tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW và khen thưởng những tập thể, cá nhân có thành tích xuất sắc.",
			[]wantItem{{"award", "khen thưởng những tập thể, cá nhân có thành tích xuất sắc", ""}}},
		{"papers briefed, listed after 'gồm:', are a report each",
			"Hội nghị quán triệt\nSáng 20/3, Đảng ủy Công an tỉnh tổ chức Hội nghị quán triệt các văn bản mới.\nCác đại biểu đã nghe quán triệt, triển khai một số văn bản quan trọng, gồm: Quy chế làm việc của Đảng ủy Công an tỉnh nhiệm kỳ mới; Kế hoạch thực hiện Nghị quyết số 05-NQ/ĐU về công tác cán bộ; đánh giá 01 năm thực hiện Chỉ thị số 07-CT/TU.",
			[]wantItem{{"report", "Quy chế làm việc của Đảng ủy Công an tỉnh nhiệm kỳ mới", ""}, {"report", "Kế hoạch thực hiện Nghị quyết số 05-NQ/ĐU về công tác cán bộ", ""}, {"report", "đánh giá 01 năm thực hiện Chỉ thị số 07-CT/TU", ""}}},
	})
}
