package extractor

import "testing"

func TestAgendaMeetingActs(t *testing.T) {
	const head = "Hội nghị hiệp thương\nSáng 8/2, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị hiệp thương lần thứ hai.\n"
	runAgendaCases(t, []agendaCase{
		{"the meeting agrees on a choice of candidates",
			head + "Hội nghị đã thống nhất giới thiệu 9 người ứng cử vào Ban Chấp hành Hội Nông dân xã.",
			[]wantItem{{"decision", "thống nhất giới thiệu 9 người ứng cử vào Ban Chấp hành Hội Nông dân xã", ""}}},
		{"the figures agreed in a consultation",
			head + "Qua hiệp thương, hội nghị thống nhất danh sách 31 người vào Ủy ban MTTQ xã khóa mới.",
			[]wantItem{{"decision", "thống nhất danh sách 31 người vào Ủy ban MTTQ xã khóa mới", ""}}},
		{"a review and a debate on measures joined by 'và' are one debate",
			head + "Hội nghị tập trung đánh giá kết quả công tác dân vận quý III và bàn giải pháp thực hiện kế hoạch quý IV.",
			[]wantItem{{"discussion", "đánh giá kết quả công tác dân vận quý III và bàn giải pháp thực hiện kế hoạch quý IV", ""}}},
		{"a debate that reaches agreement: the debate and the vote",
			head + "Hội nghị đã thảo luận và đi đến thống nhất cao thông qua dự thảo chương trình công tác toàn khóa.",
			[]wantItem{{"discussion", "thảo luận dự thảo chương trình công tác toàn khóa", ""}, {"decision", "thống nhất cao thông qua dự thảo chương trình công tác toàn khóa", ""}}},
		{"'họp bàn' names the meeting in the lead",
			"Họp bàn giải pháp cải cách hành chính\nNgày 13/9, Sở Tài chính tổ chức cuộc họp bàn giải pháp đẩy mạnh cải cách hành chính.",
			nil},
		{"a second act of the same person after ', đồng thời'",
			"Họp bàn cải cách hành chính\nNgày 13/9, Sở Tài chính tổ chức cuộc họp về cải cách hành chính. Bà Lê Thị Hạnh - Trưởng phòng Kế hoạch đã báo cáo tiến độ giải ngân vốn đầu tư công, đồng thời đề xuất, kiến nghị với Sở một số giải pháp tháo gỡ.",
			[]wantItem{{"report", "báo cáo tiến độ giải ngân vốn đầu tư công", "Lê Thị Hạnh"}, {"discussion", "đề xuất, kiến nghị với Sở một số giải pháp tháo gỡ", "Lê Thị Hạnh"}}},
		{"awards named with the event in the lead",
			"Hội nghị tổng kết\nNgày 12/12, Hội Nông dân huyện tổ chức hội nghị sơ kết phong trào thi đua năm 2025 và khen thưởng 15 tập thể, cá nhân tiêu biểu.",
			[]wantItem{{"award", "khen thưởng 15 tập thể, cá nhân tiêu biểu", ""}}},
		{"papers briefed, listed after 'gồm:', are a report each",
			"Hội nghị quán triệt\nSáng 20/3, Đảng ủy Công an tỉnh tổ chức Hội nghị quán triệt các văn bản mới.\nCác đại biểu đã nghe quán triệt, triển khai ba văn bản mới, gồm: Quy chế làm việc của Đảng ủy Công an tỉnh nhiệm kỳ mới; Kế hoạch thực hiện Nghị quyết số 05-NQ/ĐU về công tác cán bộ; đánh giá 01 năm thực hiện Chỉ thị số 07-CT/TU.",
			[]wantItem{{"report", "Quy chế làm việc của Đảng ủy Công an tỉnh nhiệm kỳ mới", ""}, {"report", "Kế hoạch thực hiện Nghị quyết số 05-NQ/ĐU về công tác cán bộ", ""}, {"report", "đánh giá 01 năm thực hiện Chỉ thị số 07-CT/TU", ""}}},
		{"an election told name first",
			"Đại hội Hội Nông dân xã\nNgày 5/3, Hội Nông dân xã Tân Phú tổ chức Đại hội nhiệm kỳ 2023 – 2028.\nÔng Phạm Văn Lộc tái cử Chủ tịch Hội nhiệm kỳ 2023 – 2028.",
			[]wantItem{{"decision", "Ông Phạm Văn Lộc tái cử Chủ tịch Hội nhiệm kỳ 2023 – 2028", ""}}},
		{"the report itself as the subject of a remark",
			"Hội nghị tổng kết năm học\nNgày 6/8, Trường Chính trị tỉnh tổ chức Hội nghị tổng kết năm học 2024-2025.\nBáo cáo tại Hội nghị cho biết, trong năm học nhà trường đã mở 42 lớp bồi dưỡng cho 3.100 học viên.",
			[]wantItem{{"report", "Báo cáo tại Hội nghị", ""}}},
		{"a directing speech joined to the closing is two items",
			"Hội nghị sơ kết\nNgày 6/10, Tỉnh ủy tổ chức Hội nghị sơ kết công tác dân vận.\nĐồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo và kết luận Hội nghị.",
			[]wantItem{{"speech", "phát biểu chỉ đạo Hội nghị", "Lê Văn Tâm"}, {"closing", "kết luận Hội nghị", "Lê Văn Tâm"}}},
	})
}
