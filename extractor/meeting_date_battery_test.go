package extractor

import "testing"

// TestMeetingDateBattery: short reports whose meeting day stands among the
// dates of other things (documents, periods, deadlines, holidays, other
// events, births), published 20/7/2022.
func TestMeetingDateBattery(t *testing.T) {
	const head = "Hội nghị sơ kết công tác 6 tháng đầu năm 2022\n20/07/2022 10:00\n"
	tests := []struct {
		lead       string
		date, part string
	}{
		{"Thực hiện Kế hoạch số 12-KH/TU ngày 3/6/2022 của Tỉnh ủy, sáng 15/7, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2022.", "2022-07-15", "sáng"},
		{"Căn cứ Nghị quyết liên tịch số 05/2022/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN, ngày 2.6.2022 của Ủy ban Thường vụ Quốc hội, Chính phủ, sáng 15/7, Hội đồng nhân dân huyện tổ chức hội nghị.", "2022-07-15", "sáng"},
		{"Nhân dịp kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2022), chiều 15/7, Hội Cựu chiến binh tỉnh tổ chức hội nghị.", "2022-07-15", "chiều"},
		{"Chào mừng kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ (27-7-1947 / 27-7-2022), chiều 15/7, Hội Cựu chiến binh tỉnh tổ chức tọa đàm.", "2022-07-15", "chiều"},
		{"Hội nghị sơ kết công tác 6 tháng đầu năm 2022 của Ban Tuyên giáo Tỉnh ủy diễn ra vào sáng ngày 15/7 tại hội trường.", "2022-07-15", "sáng"},
		{"Sáng 15/7, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết. Trước đó, ngày 10/7, Thường trực Tỉnh ủy đã làm việc với Ban.", "2022-07-15", "sáng"},
		{"Theo kế hoạch, Đại hội Đảng bộ tỉnh sẽ diễn ra từ ngày 20-22/9. Sáng 15/7, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào công tác chuẩn bị.", "2022-07-15", "sáng"},
		{"Tính đến ngày 30/6/2022, toàn tỉnh có 1.200 hội viên mới. Đó là thông tin tại hội nghị sơ kết của Hội Nông dân tỉnh diễn ra sáng 15/7.", "2022-07-15", "sáng"},
		{"Chiều 15/7, UBND tỉnh tổ chức hội nghị sơ kết. Theo báo cáo, từ ngày 1/1 đến 30/6/2022, tỉnh thu ngân sách đạt 60% dự toán.", "2022-07-15", "chiều"},
		{"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 diễn ra trong 2 ngày 14 và 15/7.", "2022-07-14", ""},
		{"Vào 8h sáng ngày 15/7, tại hội trường, Sở Tư pháp tổ chức hội nghị sơ kết.", "2022-07-15", "sáng"},
		{"Năm học 2021 - 2022, ngành giáo dục đạt nhiều kết quả. Sáng 15/7, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học 2021-2022.", "2022-07-15", "sáng"},
		{"Chào mừng kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9, sáng 15/7, Công an tỉnh tổ chức hội nghị.", "2022-07-15", "sáng"},
		{"Ngày 15/7, Chi bộ tổ chức lễ kết nạp đảng viên cho quần chúng Nguyễn Văn An, sinh ngày 12/3/2000.", "2022-07-15", ""},
		{"Hoàn thành trước ngày 30/6, các đơn vị đã báo cáo đầy đủ. Ngày 15/7, Sở Nội vụ tổ chức hội nghị.", "2022-07-15", ""},
		{"Sáng thứ Sáu (15/7), Ban Chỉ đạo tỉnh họp phiên thứ nhất.", "2022-07-15", "sáng"},
		{"Sáng nay (20/7), Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 7.", "2022-07-20", "sáng"},
		{"Trong hai ngày 14 - 15/7, Trường Chính trị tỉnh tổ chức hội thảo khoa học.", "2022-07-14", ""},
		{"Trong các ngày 14, 15 tháng 7 năm 2022, Trường Chính trị tỉnh tổ chức hội thảo khoa học.", "2022-07-14", ""},
		{"Ngày 19/5/1890, Chủ tịch Hồ Chí Minh ra đời tại Nam Đàn. Sáng 15/7, Ban Tuyên giáo Tỉnh ủy tổ chức hội thảo khoa học về Người.", "2022-07-15", "sáng"},
		{"Hôm nay 15/7, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết.", "2022-07-15", ""},
		{"Hôm nay, vào lúc 14h00 ngày 15/7/2022, tại hội trường, Chi bộ tổ chức họp sơ kết.", "2022-07-15", "chiều"},
		{"Hôm nay, lúc 8 giờ 30 phút, ngày 15 tháng 7 năm 2022, Hội đồng trường họp phiên thường kỳ.", "2022-07-15", "sáng"},
		{"Vừa qua, Hội Nông dân tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2022. Hội nghị diễn ra ngày 15/7 tại hội trường Tỉnh ủy.", "2022-07-15", ""},
		{"Ngày 15/7/2022 – Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên.", "2022-07-15", ""},
		{"Chiều 15/7, tiếp tục chương trình kỳ họp thứ 7, Hội đồng nhân dân tỉnh thảo luận tại hội trường.", "2022-07-15", "chiều"},
		{"Nhân dịp kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ 27/7, sáng 15/7, Tỉnh ủy tổ chức gặp mặt.", "2022-07-15", "sáng"},
		{"Sáng 15/7, tại Hà Nội, Bộ Tư pháp tổ chức hội nghị sơ kết; đồng chí Bộ trưởng dự và phát biểu chỉ đạo. Hội nghị đã thông qua Kế hoạch số 12/KH-BTP ngày 5/7/2022.", "2022-07-15", "sáng"},
		{"Hội nghị được tổ chức trong 2 ngày (14-15/7) tại Trường Chính trị tỉnh.", "2022-07-14", ""},
		{"Đồng chí Nguyễn Văn An (sinh ngày 15/7/1965) được bầu giữ chức Bí thư. Chiều 16/7, Đảng bộ tỉnh tổ chức hội nghị công bố quyết định.", "2022-07-16", "chiều"},
		{"Sau Hội nghị Trung ương 5 diễn ra từ ngày 4-10/5, sáng 15/7, Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt nghị quyết.", "2022-07-15", "sáng"},
		{"Thực hiện kết luận của Thường trực Tỉnh ủy tại cuộc họp ngày 10/7, sáng 15/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", "2022-07-15", "sáng"},
		{"Ngày 30/6/2022, Ban Bí thư ban hành Chỉ thị số 16-CT/TW về công tác dân vận. Sáng 15/7, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị.", "2022-07-15", "sáng"},
	}
	for _, tt := range tests {
		t.Run(tt.lead, func(t *testing.T) {
			got := meetingOf(t, head+tt.lead)
			if string(got.Date) != tt.date || string(got.PartOfDay) != tt.part {
				t.Errorf("got %s %q, want %s %q", got.Date, got.PartOfDay, tt.date, tt.part)
			}
		})
	}
}
