package extractor

import (
	"testing"

	"github.com/meetx/meetx/schema"
)

func TestAgendaRequests(t *testing.T) {
	const head = "Hội nghị sơ kết\nSáng 5/3, Sở Nội vụ tỉnh tổ chức Hội nghị sơ kết công tác cải cách hành chính quý I. Giám đốc Sở Nội vụ Nguyễn Văn An chủ trì hội nghị.\n"
	runAgendaCases(t, []agendaCase{
		{"a request joined to a leader's remarks sets the units' tasks",
			head + "Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh nhấn mạnh vai trò của cải cách hành chính và đề nghị các đơn vị tiếp tục rà soát thủ tục; đẩy mạnh chuyển đổi số; nâng cao chất lượng phục vụ người dân.",
			[]wantItem{{"speech", "nhấn mạnh vai trò của cải cách hành chính", "Trần Văn Bình"}, {"task", "các đơn vị tiếp tục rà soát thủ tục", "Trần Văn Bình"}, {"task", "đẩy mạnh chuyển đổi số", "Trần Văn Bình"}, {"task", "nâng cao chất lượng phục vụ người dân", "Trần Văn Bình"}}},
		{"'yêu cầu' as a noun after the remark sets nothing",
			head + "Ông Trần Văn Bình nêu rõ mục tiêu, yêu cầu đặt ra của đề án là phải bảo đảm tiến độ và chất lượng.",
			[]wantItem{{"discussion", "nêu rõ mục tiêu, yêu cầu đặt ra của đề án là phải bảo đảm tiến độ và chất lượng", "Trần Văn Bình"}}},
		{"'Ông' alone goes on with the chair named before",
			head + "Ông Nguyễn Văn An đánh giá, các phòng đã hoàn thành tốt nhiệm vụ quý vừa qua. Ông đề nghị các phòng tiếp tục rà soát thủ tục hành chính.",
			[]wantItem{{"speech", "đánh giá, các phòng đã hoàn thành tốt nhiệm vụ quý vừa qua", "Nguyễn Văn An"}, {"task", "các phòng tiếp tục rà soát thủ tục hành chính", "Nguyễn Văn An"}}},
		{"'đồng chí' alone after a speaker named only by office",
			"Buổi làm việc\nĐoàn công tác của Tỉnh ủy làm việc với Đảng ủy Sở Công Thương.\nĐồng chí Trưởng đoàn công tác nhấn mạnh: đợt làm việc nhằm nắm tình hình thực hiện quy chế dân chủ.\nDo đó, đồng chí đề nghị các đơn vị chuẩn bị đầy đủ hồ sơ liên quan.",
			[]wantItem{{"speech", "nhấn mạnh: đợt làm việc nhằm nắm tình hình thực hiện quy chế dân chủ", ""}, {"task", "các đơn vị chuẩn bị đầy đủ hồ sơ liên quan", ""}}},
		{"'Theo đó, ...' spells out the tasks the concluding request announced",
			head + "Kết luận hội nghị, ông Nguyễn Văn An đề nghị các đơn vị tập trung một số nhiệm vụ trọng tâm. Theo đó, các phòng tiếp tục rà soát thủ tục; đẩy mạnh chuyển đổi số.",
			[]wantItem{{"closing", "Kết luận hội nghị", "Nguyễn Văn An"}, {"task", "các đơn vị tập trung một số nhiệm vụ trọng tâm", "Nguyễn Văn An"}, {"task", "các phòng tiếp tục rà soát thủ tục", "Nguyễn Văn An"}, {"task", "đẩy mạnh chuyển đổi số", "Nguyễn Văn An"}}},
		{"'Đề nghị ...' with the concluding speaker left out",
			head + "Phát biểu kết luận hội nghị, ông Nguyễn Văn An nhấn mạnh, kết quả quý vừa qua rất đáng ghi nhận. Đề nghị các phòng tiếp tục rà soát thủ tục; đẩy mạnh chuyển đổi số.",
			[]wantItem{{"closing", "Phát biểu kết luận hội nghị", "Nguyễn Văn An"}, {"task", "các phòng tiếp tục rà soát thủ tục", "Nguyễn Văn An"}, {"task", "đẩy mạnh chuyển đổi số", "Nguyễn Văn An"}}},
		{"'Đề nghị ...' left out, naming someone inside the request",
			head + "Phát biểu kết luận hội nghị, ông Nguyễn Văn An nhấn mạnh, kết quả quý vừa qua rất đáng ghi nhận. Đề nghị các phòng quán triệt ý kiến chỉ đạo của đồng chí Lê Minh Quang tại phiên khai mạc.",
			[]wantItem{{"closing", "Phát biểu kết luận hội nghị", "Nguyễn Văn An"}, {"task", "các phòng quán triệt ý kiến chỉ đạo của đồng chí Lê Minh Quang tại phiên khai mạc", "Nguyễn Văn An"}}},
		{"the meeting agrees on tasks listed after a colon",
			head + "Hội nghị thống nhất các nhiệm vụ trọng tâm quý II: rà soát thủ tục; đẩy mạnh chuyển đổi số; nâng cao chất lượng phục vụ.",
			[]wantItem{{"task", "rà soát thủ tục", ""}, {"task", "đẩy mạnh chuyển đổi số", ""}, {"task", "nâng cao chất lượng phục vụ", ""}}},
		{"a request to the delegates is an instruction, not a proposal",
			head + "Ông Trần Văn Bình đề nghị các đại biểu góp ý thẳng thắn vào dự thảo kế hoạch năm 2026.",
			[]wantItem{{"task", "các đại biểu góp ý thẳng thắn vào dự thảo kế hoạch năm 2026", "Trần Văn Bình"}}},
		{"'giao' inside a ministry's name assigns nothing",
			head + "Hai bên đã trao đổi một số nội dung về quan hệ hợp tác với Thứ trưởng Bộ Ngoại giao Lào Phon Vi La.",
			[]wantItem{{"discussion", "trao đổi một số nội dung về quan hệ hợp tác với Thứ trưởng Bộ Ngoại giao Lào Phon Vi La", ""}}},
		{"the end of the meeting dates a body's act; no one closes",
			head + "Kết thúc Hội nghị, Sở Nội vụ đã trao giấy khen cho 7 phòng, đơn vị dẫn đầu phong trào cải cách hành chính.",
			[]wantItem{{"award", "Sở Nội vụ đã trao giấy khen cho 7 phòng, đơn vị dẫn đầu phong trào cải cách hành chính", ""}}},
	})
}

func TestAgendaHostRequests(t *testing.T) {
	text := "Hội nghị triển khai công tác\nSáng 10/1, Sở Tư pháp tổ chức Hội nghị triển khai công tác năm 2026.\n" +
		"Sở Tư pháp đặt ra yêu cầu các phòng rút ngắn thời gian xử lý hồ sơ; mở rộng dịch vụ công trực tuyến.\n" +
		"Sở Kế hoạch và Đầu tư đề nghị bố trí thêm vốn cho các dự án trọng điểm."
	d, err := newDocument(schema.Page{URL: "test", Body: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference, Organizer: "Sở Tư pháp"}}
	extractPeople(d, r)
	extractAgenda(d, r)
	want := []string{"các phòng rút ngắn thời gian xử lý hồ sơ", "mở rộng dịch vụ công trực tuyến"}
	if len(r.Agenda) != len(want) {
		t.Fatalf("got %d items, want %d:%s", len(r.Agenda), len(want), show(r.Agenda))
	}
	for i, w := range want {
		if r.Agenda[i].Kind != schema.AgendaTask || r.Agenda[i].Text != w {
			t.Errorf("item %d = %s | %s, want task | %s", i, r.Agenda[i].Kind, r.Agenda[i].Text, w)
		}
	}
}
