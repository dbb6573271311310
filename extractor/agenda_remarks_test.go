package extractor

import "testing"

// runAgendaCases checks agendaOf against the wanted items, in order, and
// that every item carries its evidence.
func runAgendaCases(t *testing.T, tests []agendaCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := agendaOf(t, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items, want %d:%s", len(got), len(tt.want), show(got))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Kind != w.kind || g.Text != w.text || string(g.Presenter) != w.presenter {
					t.Errorf("item %d = %s | %s | %s, want %s | %s | %s", i, g.Kind, g.Text, g.Presenter, w.kind, w.text, w.presenter)
				}
				if g.Evidence == nil {
					t.Errorf("item %d has no evidence", i)
				}
			}
		})
	}
}

type agendaCase struct {
	name string
	text string
	want []wantItem
}

func TestAgendaRemarks(t *testing.T) {
	const head = "Hội nghị sơ kết\nSáng 5/3, Sở Nội vụ tỉnh tổ chức Hội nghị sơ kết công tác cải cách hành chính quý I. Giám đốc Sở Nội vụ Nguyễn Văn An chủ trì hội nghị.\n"
	runAgendaCases(t, []agendaCase{
		{"a leader's remarks with no speech named are the speech",
			head + "Ông Nguyễn Văn An nhấn mạnh, cải cách hành chính là nhiệm vụ trọng tâm của ngành trong năm nay.",
			[]wantItem{{"speech", "nhấn mạnh, cải cách hành chính là nhiệm vụ trọng tâm của ngành trong năm nay", "Nguyễn Văn An"}}},
		{"remarks after a named speech are its content",
			head + "Phát biểu tại hội nghị, ông Nguyễn Văn An nhấn mạnh, cải cách hành chính là nhiệm vụ trọng tâm. Ông Nguyễn Văn An cho biết, sở đã giảm một nửa thời gian giải quyết hồ sơ.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị", "Nguyễn Văn An"}}},
		{"an office alone after the venue; the concession only sets the claim off",
			head + "Tại hội nghị, Giám đốc Sở Nội vụ cho biết, mặc dù còn nhiều khó khăn, nhưng các đơn vị đã hoàn thành tốt các chỉ tiêu được giao.",
			[]wantItem{{"speech", "cho biết, các đơn vị đã hoàn thành tốt các chỉ tiêu được giao", "Nguyễn Văn An"}}},
		{"an office no one named before",
			"Buổi làm việc\nĐoàn công tác của Tỉnh ủy làm việc với Đảng ủy Sở Xây dựng.\nĐồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy, Trưởng đoàn công tác nhấn mạnh: việc rà soát quy hoạch cán bộ phải làm chặt chẽ, đúng quy trình.",
			[]wantItem{{"speech", "nhấn mạnh: việc rà soát quy hoạch cán bộ phải làm chặt chẽ, đúng quy trình", ""}}},
		{"a remark among delegates' proposals is one more voice of the debate",
			head + "Bà Trần Thị Bình đề xuất tăng cường đào tạo cán bộ một cửa. Ông Lê Văn Cường cho biết, huyện đã số hóa toàn bộ hồ sơ đất đai. Ông Phạm Văn Dũng kiến nghị bổ sung kinh phí cho cấp xã.",
			[]wantItem{{"discussion", "đề xuất tăng cường đào tạo cán bộ một cửa", "Trần Thị Bình"}, {"discussion", "kiến nghị bổ sung kinh phí cho cấp xã", "Phạm Văn Dũng"}}},
		{"the giver of the awards, left out, goes on to praise; named again by office, wishes",
			"Lễ trao Huy hiệu Đảng\nSáng 3/2, Đảng bộ xã An Bình tổ chức Lễ trao Huy hiệu Đảng. Dự lễ có bà Trần Thị Bình - Phó Chủ tịch UBND huyện.\nTại buổi lễ, bà Trần Thị Bình đã trao giấy khen cho 8 chi hội. Đồng thời, ghi nhận sự cố gắng của các chi hội trong năm qua. Phó Chủ tịch UBND huyện mong muốn các chi hội tiếp tục nhân rộng mô hình hay.",
			[]wantItem{{"award", "trao giấy khen cho 8 chi hội", "Trần Thị Bình"}, {"speech", "ghi nhận sự cố gắng của các chi hội trong năm qua", "Trần Thị Bình"}, {"task", "các chi hội tiếp tục nhân rộng mô hình hay", "Trần Thị Bình"}}},
	})
}
