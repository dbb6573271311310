package extractor

import (
	"strings"
	"testing"
)

func TestBrolesDbg(t *testing.T) {
	for _, s := range []string{
		"Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Vũ Quốc Bảo, Nông Thị Sen. Phát biểu tại hội nghị, đồng chí Nông Thị Sen đề nghị các ngành vào cuộc.",
		"Dự hội nghị có Bí thư Tỉnh ủy Vũ Quốc Bảo; Chủ tịch UBND tỉnh Nông Thị Sen. Phát biểu chỉ đạo, Chủ tịch UBND tỉnh đề nghị các ngành vào cuộc.",
		"Dự hội nghị có Bí thư Tỉnh ủy Vũ Quốc Bảo; Chủ tịch UBND tỉnh Nông Thị Sen. Phát biểu chỉ đạo, đồng chí Chủ tịch UBND tỉnh đề nghị các ngành vào cuộc.",
		"Dự hội nghị có Bí thư Tỉnh ủy Vũ Quốc Bảo; Chủ tịch UBND tỉnh Nông Thị Sen. Chủ tịch UBND tỉnh đề nghị các ngành vào cuộc.",
		"Dự hội nghị có Bí thư Tỉnh ủy Vũ Quốc Bảo; Chủ tịch UBND tỉnh Nông Thị Sen. Kết luận hội nghị, Bí thư Tỉnh ủy yêu cầu các ngành vào cuộc.",
		"Thứ trưởng Bộ Y tế Vũ Quốc Bảo làm việc với tỉnh. Phát biểu tại buổi làm việc, Thứ trưởng đề nghị tỉnh quyết liệt hơn.",
		"Bộ trưởng Bộ Nội vụ Vũ Quốc Bảo chủ trì hội nghị. Bộ trưởng nhấn mạnh yêu cầu cải cách.",
		"Thủ tướng Vũ Quốc Bảo chủ trì phiên họp. Kết luận phiên họp, Thủ tướng yêu cầu các bộ, ngành thực hiện quyết liệt.",
		"Hội nghị do Giám đốc Sở Vũ Quốc Bảo chủ trì. Tham dự có Phó Giám đốc Sở Nông Thị Sen. Phát biểu kết luận, Giám đốc Sở đề nghị các phòng thực hiện.",
		"Ông Vũ Quốc Bảo, Giám đốc Sở Y tế chủ trì. Người đứng đầu ngành y tế đề nghị các bệnh viện tăng cường.",
		"Đồng chí Vũ Quốc Bảo phát biểu. Đồng chí cho biết tỉnh sẽ hỗ trợ.",
	} {
		r := ""
		for _, p := range peopleOf(t, s) {
			r += p.Name + "[" + strings.Join(p.Roles, ",") + "] "
		}
		t.Logf("%s\n      => %s", s, r)
	}
}
