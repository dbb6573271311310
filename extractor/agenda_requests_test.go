package extractor

import "testing"

func TestAgendaRequests(t *testing.T) {
	const head = "Hội nghị sơ kết\nSáng 5/3, Sở Nội vụ tỉnh tổ chức Hội nghị sơ kết công tác cải cách hành chính quý I. Giám đốc Sở Nội vụ Nguyễn Văn An chủ trì hội nghị.\n"
	runAgendaCases(t, []agendaCase{
		{"a request joined to a leader's remarks sets the units' tasks",
			head + "Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh nhấn mạnh vai trò của cải cách hành chính và đề nghị các đơn vị tiếp tục rà soát thủ tục; đẩy mạnh chuyển đổi số; nâng cao chất lượng phục vụ người dân.",
			[]wantItem{{"speech", "nhấn mạnh vai trò của cải cách hành chính", "Trần Văn Bình"}, {"task", "các đơn vị tiếp tục rà soát thủ tục", "Trần Văn Bình"}, {"task", "đẩy mạnh chuyển đổi số", "Trần Văn Bình"}, {"task", "nâng cao chất lượng phục vụ người dân", "Trần Văn Bình"}}},
		{"'yêu cầu' as a noun after the remark sets nothing",
			head + "Ông Trần Văn Bình nêu rõ mục tiêu, yêu cầu đặt ra của kế hoạch là phải tinh gọn, hiệu quả.",
			[]wantItem{{"discussion", "nêu rõ mục tiêu, yêu cầu đặt ra của kế hoạch là phải tinh gọn, hiệu quả", "Trần Văn Bình"}}},
		{"'Ông' alone goes on with the chair named before",
			head + "Ông Nguyễn Văn An đánh giá, các phòng đã hoàn thành tốt nhiệm vụ quý vừa qua. Ông đề nghị các phòng tiếp tục rà soát thủ tục hành chính.",
			[]wantItem{{"speech", "đánh giá, các phòng đã hoàn thành tốt nhiệm vụ quý vừa qua", "Nguyễn Văn An"}, {"task", "các phòng tiếp tục rà soát thủ tục hành chính", "Nguyễn Văn An"}}},
		{"'đồng chí' alone after a speaker named only by office",
			"Buổi làm việc\nĐoàn giám sát của Tỉnh ủy làm việc với Đảng ủy Sở Y tế.\nĐồng chí Trưởng đoàn giám sát nhấn mạnh: giám sát giúp cấp ủy nâng cao chất lượng lãnh đạo.\nVì vậy, đồng chí đề nghị các đơn vị phối hợp chặt chẽ với đoàn giám sát.",
			[]wantItem{{"speech", "nhấn mạnh: giám sát giúp cấp ủy nâng cao chất lượng lãnh đạo", ""}, {"task", "các đơn vị phối hợp chặt chẽ với đoàn giám sát", ""}}},
	})
}
