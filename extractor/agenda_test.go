package extractor

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/meetx/meetx/extractor/eval"
	"github.com/meetx/meetx/schema"
)

// agendaOf runs the people and agenda steps on plain text (first line is
// the headline, the second the lead).
func agendaOf(t testing.TB, text string) []schema.AgendaItem {
	t.Helper()
	d, err := newDocument(schema.Page{URL: "test", Body: []byte(text)})
	if err != nil {
		t.Fatalf("newDocument: %v", err)
	}
	r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference}}
	extractPeople(d, r)
	extractAgenda(d, r)
	return r.Agenda
}

func show(items []schema.AgendaItem) string {
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, "\n  %s | %s | %s", it.Kind, it.Text, it.Presenter)
	}
	return b.String()
}

type wantItem struct{ kind, text, presenter string }

func TestAgenda(t *testing.T) {
	const head = "Hội nghị tổng kết\nChiều ngày 28/12/2021, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức Hội nghị tổng kết công tác PBGDPL năm 2021, triển khai nhiệm vụ năm 2022.\n"
	runAgendaCases(t, []agendaCase{
		{"the opening address presented is the opening; the start of a speech is no opening",
			"Khai mạc Đại hội\n20/01/2026 10:00\nSáng 20/1, Đại hội đại biểu Đảng bộ tỉnh lần thứ XV khai mạc tại Hội trường tỉnh. Đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy trình bày diễn văn khai mạc Đại hội. Mở đầu bài phát biểu chào mừng, đồng chí Lê Thị Hoa, Chủ tịch Hội đồng nhân dân tỉnh nhắc lại truyền thống của Đảng bộ.",
			[]wantItem{{"opening", "trình bày diễn văn khai mạc Đại hội", "Trần Văn Bình"}, {"speech", "Mở đầu bài phát biểu chào mừng", "Lê Thị Hoa"}}},
		{"the full text of a speech introduced with a colon is no list of tasks; its salutations and parts are no items",
			"Phát huy sức mạnh đổi mới sáng tạo\n20/01/2026 10:00\nSáng 20/1, Ban Chấp hành tổ chức Hội nghị về đổi mới sáng tạo. Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy dự, chủ trì và phát biểu chỉ đạo. Báo tỉnh xin giới thiệu toàn văn bài phát biểu:\nKính thưa các đồng chí lãnh đạo tỉnh!\nThưa toàn thể hội nghị!\nTại hội nghị hôm nay, tôi tập trung trình bày 3 nội dung chủ yếu: (1) Tình hình chung của tỉnh; (2) Những kết quả nổi bật trong năm qua; (3) Định hướng thời gian tới.\nNăm qua, tỉnh đã đạt nhiều kết quả quan trọng.",
			[]wantItem{{"speech", "phát biểu chỉ đạo", "Trần Văn Bình"}}},
		{"photos of the event introduced with a colon are no list of tasks",
			"Khai mạc Đại hội Công đoàn tỉnh\n20/01/2026 10:00\nSáng 20/1, Đại hội Công đoàn tỉnh lần thứ XV khai mạc. Phát biểu chỉ đạo, đồng chí Trần Văn Bình, Bí thư Tỉnh ủy đề nghị các cấp công đoàn chăm lo đời sống đoàn viên.\nDưới đây là một số hình ảnh tại phiên khai mạc:\nQuang cảnh Đại hội.\nCác đại biểu biểu quyết thông qua chương trình làm việc.",
			[]wantItem{{"opening", "Đại hội Công đoàn tỉnh lần thứ XV khai mạc", ""}, {"speech", "Phát biểu chỉ đạo", "Trần Văn Bình"}, {"task", "các cấp công đoàn chăm lo đời sống đoàn viên", "Trần Văn Bình"}, {"decision", "biểu quyết thông qua chương trình làm việc", ""}}},
		{"papers listed with ';', each 'do X trình bày', are one report each, without the audience that heard them",
			head + "Ông Lê Văn Tâm, Phó Giám đốc Sở Tư pháp đã trình bày kết quả công tác năm 2021; Các đại biểu cũng được nghe Báo cáo kinh nghiệm hòa giải ở cơ sở do bà Đào Thị Mai trình bày; Chuyên đề về pháp luật đất đai do ông Tạ Quang Vinh trình bày, kinh nghiệm cải cách thủ tục do bà Lý Thị Hà trình bày.",
			[]wantItem{{"report", "trình bày kết quả công tác năm 2021", "Lê Văn Tâm"}, {"report", "Báo cáo kinh nghiệm hòa giải ở cơ sở", "Đào Thị Mai"}, {"report", "Chuyên đề về pháp luật đất đai", "Tạ Quang Vinh"}, {"report", "kinh nghiệm cải cách thủ tục", "Lý Thị Hà"}}},
		{"an opening address that also sets the topic, named before its speaker, is the opening",
			head + "Phát biểu khai mạc và đề dẫn Hội nghị, ông Lê Văn Tâm, Giám đốc Sở Tư pháp nhấn mạnh vai trò của công tác hòa giải.",
			[]wantItem{{"opening", "Phát biểu khai mạc và đề dẫn Hội nghị", "Lê Văn Tâm"}}},
		{"a vote by a meeting named in full with its term starts at the vote and leaves out the result's breakdown",
			head + "Đại hội đại biểu lần thứ V Đảng bộ Sở, nhiệm kỳ 2025 – 2030 đã bầu ra Ban Chấp hành Đảng bộ gồm có 15 đồng chí, trong đó có 4 đồng chí nữ.",
			[]wantItem{{"decision", "bầu ra Ban Chấp hành Đảng bộ gồm có 15 đồng chí", ""}}},
		{"'bầu ra' is a vote read from its verb",
			head + "Hội nghị vừa bầu ra Ban Kiểm tra khóa mới có 5 thành viên.",
			[]wantItem{{"decision", "bầu ra Ban Kiểm tra khóa mới có 5 thành viên", ""}}},
		{"a speech named first, then whom the speaker speaks for: the speaker is named after that clause",
			head + "Cùng dự có đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh.\nPhát biểu khai mạc hội nghị, trước hết, thay mặt Bí thư Tỉnh ủy Trần Văn Bình và lãnh đạo tỉnh, Chủ tịch UBND tỉnh Đào Văn Mai gửi lời chúc mừng tới các đại biểu.",
			[]wantItem{{"opening", "Phát biểu khai mạc hội nghị", "Đào Văn Mai"}}},
		{"a contribution to a cause is no opinion given; opinions named before or after 'đóng góp' are",
			head + "Qua 30 năm hoạt động, Hội đã có nhiều đóng góp quan trọng vào phong trào khuyến học của tỉnh. Các đại biểu đã đóng góp nhiều ý kiến vào dự thảo báo cáo.",
			[]wantItem{{"discussion", "Các đại biểu đã đóng góp nhiều ý kiến vào dự thảo báo cáo", ""}}},
		{"the writer's summing up is no act",
			head + "Các đại biểu đã thảo luận giải pháp tuyên truyền pháp luật ở cơ sở. Trên đây là những vấn đề mà các đại biểu đã thảo luận kỹ.",
			[]wantItem{{"discussion", "thảo luận giải pháp tuyên truyền pháp luật ở cơ sở", ""}}},
		{"an image to keep, not photos, before a colon still opens the tasks",
			head + "Kết luận hội nghị, ông Lê Văn Tâm yêu cầu các phòng giữ gìn hình ảnh người cán bộ công chức, tập trung:\nRà soát quy chế làm việc của cơ quan.",
			[]wantItem{{"closing", "Kết luận hội nghị", "Lê Văn Tâm"}, {"task", "Rà soát quy chế làm việc của cơ quan", "Lê Văn Tâm"}}},
		{"the manner of a vote, its qualities listed, leads in",
			head + "Với tinh thần dân chủ, khách quan, công tâm, các đại biểu đã bỏ phiếu bầu Ban Chấp hành khóa mới gồm 21 đồng chí.",
			[]wantItem{{"decision", "bỏ phiếu bầu Ban Chấp hành khóa mới gồm 21 đồng chí", ""}}},
		{"a bare report opener on a page whose lead names no topic: what the presenter told",
			"Họp Ban Chỉ đạo bảo hiểm xã hội tỉnh\n20/01/2026 10:00\nSáng 19/1, Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội tỉnh họp phiên đầu năm.\nBáo cáo tại cuộc họp, bà Đàm Thị Lụa, Phó Giám đốc Bảo hiểm xã hội tỉnh cho biết, đến hết năm 2025 toàn tỉnh có 98.400 người tham gia bảo hiểm xã hội bắt buộc.",
			[]wantItem{{"report", "Báo cáo tại cuộc họp, đến hết năm 2025 toàn tỉnh có 98.400 người tham gia bảo hiểm xã hội bắt buộc", "Đàm Thị Lụa"}}},
		{"a unit's representative presents a paper with the verb 'báo cáo'",
			head + "Tại hội nghị, đại diện Ban Kiểm tra đã báo cáo tình hình thực hiện quy chế dân chủ. Sở Nội vụ báo cáo, cả năm có 12 đơn vị đạt chuẩn.",
			[]wantItem{{"report", "báo cáo tình hình thực hiện quy chế dân chủ", ""}}},
		{"the names listed after a colon and the vote's outcome are not part of an act's text",
			head + "Hội nghị đã bầu Đoàn Chủ tịch gồm 03 đồng chí: ông Lý Văn Hải, bà Đào Thị Mai và ông Tạ Quang Vinh. Kỳ họp đã thông qua bốn nghị quyết chuyên đề và được đại biểu biểu quyết tán thành.",
			[]wantItem{{"decision", "bầu Đoàn Chủ tịch gồm 03 đồng chí", ""}, {"decision", "thông qua bốn nghị quyết chuyên đề", ""}}},
		{"a programme listed after 'các nội dung:' gives one item per act it names",
			head + "Phiên thứ hai, đại hội làm việc với các nội dung chính: báo cáo tổng kết nhiệm kỳ của Ban Chấp hành; thảo luận phương hướng nhiệm kỳ mới; bầu Ban Chấp hành khóa mới…",
			[]wantItem{{"report", "báo cáo tổng kết nhiệm kỳ của Ban Chấp hành", ""}, {"discussion", "thảo luận phương hướng nhiệm kỳ mới", ""}, {"decision", "bầu Ban Chấp hành khóa mới", ""}}},
		{"a leader's directions after 'chỉ đạo' are tasks, one per ';' clause; directing the meeting is not",
			head + "Đồng chí Lâm Văn Đức chỉ đạo hội nghị. Đồng chí Lâm Văn Đức chỉ đạo trong năm tới, các phòng cần rà soát quy trình một cửa; đẩy mạnh dịch vụ công trực tuyến.",
			[]wantItem{{"task", "các phòng cần rà soát quy trình một cửa", "Lâm Văn Đức"}, {"task", "đẩy mạnh dịch vụ công trực tuyến", "Lâm Văn Đức"}}},
		{"a bulleted list under 'đã thông qua:' gives one decision per line, none for 'and other matters'",
			head + "\nTại cuộc họp, Ban Chấp hành Hội đã thông qua:\n\n• Dự thảo báo cáo tổng kết nhiệm kỳ 2020-2025\n\n• Thống nhất thời gian tổ chức Đại hội.\n\n• Thống nhất danh sách nhân sự dự kiến\n\n• Và một số nội dung khác.\n\nHội nghị kết thúc lúc 11 giờ cùng ngày.",
			[]wantItem{{"decision", "Dự thảo báo cáo tổng kết nhiệm kỳ 2020-2025", ""}, {"decision", "Thống nhất thời gian tổ chức Đại hội", ""}, {"decision", "Thống nhất danh sách nhân sự dự kiến", ""}}},
		{"the drum that opens a school year is the opening; a gift from a body is an award; a second act after 'và' is an item of its own",
			"Khai giảng năm học mới\n05/09/2025 10:00\nSáng 5/9, Trường THPT Yên Lạc tổ chức lễ khai giảng năm học mới. Tại buổi lễ, ông Hà Văn Lực, Bí thư Tỉnh ủy tặng quà cho nhà trường và đánh trống khai giảng năm học mới. Bà Tạ Thu Hà trao quà của Ban Thường vụ Tỉnh ủy cho học sinh nghèo.",
			[]wantItem{{"award", "tặng quà cho nhà trường", "Hà Văn Lực"}, {"opening", "đánh trống khai giảng năm học mới", "Hà Văn Lực"}, {"award", "trao quà của Ban Thường vụ Tỉnh ủy cho học sinh nghèo", "Tạ Thu Hà"}}},
		{"a second gift or award joined by 'và' stays in the first item: only an opening or a closing is split off",
			"Khai giảng năm học mới\n05/09/2025 10:00\nSáng 5/9, Trường THPT Yên Lạc tổ chức lễ khai giảng năm học mới. Tại buổi lễ, ông Hà Văn Lực, Bí thư Huyện ủy tặng quà cho nhà trường và trao Giấy khen cho 5 học sinh giỏi.",
			[]wantItem{{"award", "tặng quà cho nhà trường và trao Giấy khen cho 5 học sinh giỏi", "Hà Văn Lực"}}},
		{"the chair's second verb with no comma names the item",
			head + "Đồng chí Tạ Văn Lâm, Chủ tịch UBND tỉnh chủ trì phát biểu khai mạc phiên họp thường kỳ tháng 5.",
			[]wantItem{{"opening", "phát biểu khai mạc phiên họp thường kỳ tháng 5", "Tạ Văn Lâm"}}},
		{"attending the opening is not opening",
			head + "Phó Chủ tịch UBND tỉnh Tào Văn Lâm và các đại biểu dự khai mạc hội nghị. Đại diện các sở chứng kiến khai mạc hội nghị.",
			nil},
		{"what a participant told the press is no act of the meeting",
			head + "Bên lề hội nghị, ông Lạc Văn Hùng, Giám đốc Sở Tư pháp chia sẻ với phóng viên về kết quả năm qua. Bà Tào Thị Lan trao đổi với PV rằng mô hình đã lan tỏa. Ông Lạc Văn Hùng chia sẻ kinh nghiệm của Sở.",
			[]wantItem{{"discussion", "chia sẻ kinh nghiệm của Sở", "Lạc Văn Hùng"}}},
		{"a bulleted list under 'Hội nghị đã tiến hành:' gives each item the kind its own verb tells",
			head + "\nHội nghị đã tiến hành:\n\n• Thông qua dự thảo báo cáo tổng kết nhiệm kỳ.\n\n• Thảo luận phương hướng hoạt động nhiệm kỳ mới.\n\n• Giới thiệu danh sách nhân sự dự kiến của Hội.\n\nHội nghị kết thúc lúc 11 giờ cùng ngày.",
			[]wantItem{{"decision", "Thông qua dự thảo báo cáo tổng kết nhiệm kỳ", ""}, {"discussion", "Thảo luận phương hướng hoạt động nhiệm kỳ mới", ""}, {"other", "Giới thiệu danh sách nhân sự dự kiến của Hội", ""}}},
		{"what an opening address stressed, after a colon, is no part of it",
			head + "TS. Lạc Văn Hùng, Hiệu trưởng nhà trường, trong diễn văn khai mạc hội nghị cũng nhấn mạnh: “Chuyển đổi số là yêu cầu tất yếu”.",
			[]wantItem{{"opening", "diễn văn khai mạc hội nghị", "Lạc Văn Hùng"}}},
		{"a courtesy call ('tiếp xã giao') assigns nothing",
			"Lãnh đạo tỉnh tiếp đoàn doanh nghiệp\n20/01/2026 10:00\nSáng 19/1, đồng chí Tạ Văn Lâm, Phó Chủ tịch Thường trực UBND tỉnh có cuộc tiếp xã giao Đoàn doanh nghiệp Hàn Quốc do ông Kim Min-ho dẫn đầu. Tại buổi tiếp, ông Kim Min-ho cảm ơn sự đón tiếp của tỉnh.",
			[]wantItem{{"speech", "cảm ơn sự đón tiếp của tỉnh", "Kim Min-ho"}}},
		{"a caption's trailing bar is not part of its text",
			head + "Ông Cao Minh Tiến trao Bằng khen cho các tập thể có thành tích xuất sắc |",
			[]wantItem{{"award", "trao Bằng khen cho các tập thể có thành tích xuất sắc", "Cao Minh Tiến"}}},
		{"an opening clause then a speaker named by whom they represent",
			head + "Phát biểu tại hội nghị, đại diện lãnh đạo Sở Tư pháp ghi nhận những kết quả đã đạt được.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị", ""}}},
		{"acts of plural subjects listed with commas and of voters: announcing decisions, remarks, petitions",
			head + "Hội nghị đã công bố quyết định điều động cán bộ lãnh đạo. Đại diện các sở, ngành đã phát biểu ý kiến về chỉ tiêu năm tới. Cử tri kiến nghị sửa chữa cầu dân sinh.",
			[]wantItem{{"decision", "công bố quyết định điều động cán bộ lãnh đạo", ""}, {"discussion", "phát biểu ý kiến về chỉ tiêu năm tới", ""}, {"discussion", "kiến nghị sửa chữa cầu dân sinh", ""}}},
		{"papers heard before the members act: each paper is a report, then the acts",
			head + "Sau khi nghe Tờ trình của UBND huyện và Báo cáo thẩm tra của Ban Pháp chế, các đại biểu đã biểu quyết thông qua Nghị quyết về giá đất.",
			[]wantItem{{"report", "Tờ trình của UBND huyện", ""}, {"report", "Báo cáo thẩm tra của Ban Pháp chế", ""}, {"decision", "biểu quyết thông qua Nghị quyết về giá đất", ""}}},
		{"opening clause names the item",
			head + "Phát biểu khai mạc Hội nghị, TS. Nguyễn Tấn Vinh khẳng định: Học viện đã hoàn thành các mục tiêu.",
			[]wantItem{{"opening", "Phát biểu khai mạc Hội nghị", "Nguyễn Tấn Vinh"}}},
		{"the chair's remarks on the meeting end where the delegates' turn starts",
			head + "Sau khi đồng chí Lê Minh Hòa, Bí thư Tỉnh ủy, quán triệt mục đích, yêu cầu của hội nghị, các đại biểu đã nghe đồng chí Trần Văn Bảy trình bày dự thảo báo cáo tổng kết.",
			[]wantItem{{"speech", "quán triệt mục đích, yêu cầu của hội nghị", "Lê Minh Hòa"}, {"report", "trình bày dự thảo báo cáo tổng kết", "Trần Văn Bảy"}}},
		{"a briefing on a meeting's results is a report",
			head + "Tại hội nghị, đồng chí Hà Quang Trung, Bí thư Đảng ủy xã thông tin các nội dung trọng tâm của Hội nghị Trung ương 6 (khóa XII), họp từ ngày 4 đến 9/5: đổi mới hệ thống chính trị, tinh gọn bộ máy.",
			[]wantItem{{"report", "thông tin các nội dung trọng tâm của Hội nghị Trung ương 6 (khóa XII)", "Hà Quang Trung"}}},
		{"a quick announcement to the delegates on a meeting's contents is a report",
			head + "Tại hội nghị, đồng chí Vũ Đình Khang thông báo nhanh tới toàn hội nghị về các kết quả nổi bật của Kỳ họp thứ 7 Quốc hội khóa XV.",
			[]wantItem{{"report", "thông báo nhanh tới toàn hội nghị về các kết quả nổi bật của Kỳ họp thứ 7 Quốc hội khóa XV", "Vũ Đình Khang"}}},
		{"an opening restated with the meeting's full name keeps the full name",
			head + "Bí thư Thành ủy Tạ Minh Khôi phát biểu khai mạc hội nghị.\nBí thư Thành ủy Tạ Minh Khôi phát biểu khai mạc Hội nghị sơ kết 3 năm triển khai Nghị quyết Đại hội Đảng bộ thành phố.",
			[]wantItem{{"opening", "phát biểu khai mạc Hội nghị sơ kết 3 năm triển khai Nghị quyết Đại hội Đảng bộ thành phố", "Tạ Minh Khôi"}}},
		{"a numbered programme the meeting is to discuss lists its reports",
			head + "Bí thư Huyện ủy Tạ Văn Lộc phát biểu khai mạc hội nghị. Ảnh: Thu Hà\nTheo chương trình công tác năm, sáng nay, Ban Chấp hành Đảng bộ huyện khai mạc Hội nghị lần thứ mười một để thảo luận và cho ý kiến vào các nội dung sau: (1) Báo cáo đánh giá việc thực hiện nghị quyết 6 tháng đầu năm; (2) Báo cáo công tác xây dựng Đảng quý II.",
			[]wantItem{{"opening", "phát biểu khai mạc hội nghị", "Tạ Văn Lộc"}, {"report", "Báo cáo đánh giá việc thực hiện nghị quyết 6 tháng đầu năm", ""}, {"report", "Báo cáo công tác xây dựng Đảng quý II", ""}}},
		{"an announcement of a date is not a briefing",
			head + "Tại hội nghị, đồng chí Vũ Đình Khang thông báo lịch tiếp công dân trong tháng.",
			nil},
		{"delegates elected earlier decide nothing",
			head + "Đại hội có 150 đại biểu, trong đó có 20 đại biểu đương nhiệm và 130 đại biểu được bầu từ các chi bộ.",
			nil},
		{"a report read on behalf of a body starts at its verb and ends before the comment on it",
			head + "Tại đại hội, đồng chí Lê Thị Mai thay mặt Ban Chấp hành chi bộ khóa trước trình bày Báo cáo chính trị nhiệm kỳ 2023 - 2025, nêu rõ những ưu điểm và hạn chế.",
			[]wantItem{{"report", "trình bày Báo cáo chính trị nhiệm kỳ 2023 - 2025", "Lê Thị Mai"}}},
		{"an address read out is a speech",
			head + "Tại buổi lễ, đồng chí Vũ Văn Hải, Bí thư Thị ủy đã đọc diễn văn kỷ niệm 95 năm Ngày thành lập Đảng.",
			[]wantItem{{"speech", "đọc diễn văn kỷ niệm 95 năm Ngày thành lập Đảng", "Vũ Văn Hải"}}},
		{"an opening address read out opens the meeting",
			head + "Đồng chí Vũ Văn Hải, Bí thư Thị ủy đọc diễn văn khai mạc đại hội.",
			[]wantItem{{"opening", "đọc diễn văn khai mạc đại hội", "Vũ Văn Hải"}}},
		{"a keynote named before its speaker is a report",
			head + "Trong bài phát biểu đề dẫn, GS, TS Đặng Văn Hiếu chào mừng các nhà khoa học tới dự hội thảo.",
			[]wantItem{{"report", "bài phát biểu đề dẫn", "Đặng Văn Hiếu"}}},
		{"a keynote after its speaker is a report",
			head + "TS. Ngô Thanh Bình, Trưởng khoa Lịch sử phát biểu đề dẫn Hội thảo.",
			[]wantItem{{"report", "phát biểu đề dẫn Hội thảo", "Ngô Thanh Bình"}}},
		{"delegates named as a group who spoke up are the debate",
			head + "Tại đại hội, các đại biểu đã sôi nổi tham luận, góp nhiều ý kiến xác đáng vào dự thảo văn kiện.",
			[]wantItem{{"discussion", "các đại biểu đã sôi nổi tham luận, góp nhiều ý kiến xác đáng vào dự thảo văn kiện", ""}}},
		{"delegates who only attend say nothing",
			head + "Các đại biểu dự hội nghị đều là cán bộ chủ chốt của huyện.",
			nil},
		{"a paper adopted, told in the passive, is a decision",
			head + "Sau đó, phương hướng, nhiệm vụ của chi bộ nhiệm kỳ 2024 - 2026 được thông qua với sự nhất trí cao.",
			[]wantItem{{"decision", "phương hướng, nhiệm vụ của chi bộ nhiệm kỳ 2024 - 2026 được thông qua", ""}}},
		{"a law adopted at an earlier date is no decision of this meeting",
			head + "Nghị quyết về phát triển du lịch được thông qua ngày 12/8/2022 tại kỳ họp thứ tám.",
			nil},
		{"a vote held is a decision that ends before its manner",
			head + "Đại hội đã tiến hành bầu cử Ban Chấp hành Đoàn xã nhiệm kỳ 2024 - 2027 với tinh thần dân chủ.",
			[]wantItem{{"decision", "tiến hành bầu cử Ban Chấp hành Đoàn xã nhiệm kỳ 2024 - 2027", ""}}},
		{"a briefing the delegates received is a report",
			head + "Trong buổi sáng, đại biểu dự lớp đã được quán triệt những nội dung cơ bản của Nghị quyết Trung ương 10 khóa XIII.",
			[]wantItem{{"report", "quán triệt những nội dung cơ bản của Nghị quyết Trung ương 10 khóa XIII", ""}}},
		{"unnamed lecturers' briefing ends before the list of its topics",
			head + "Tại lớp học, báo cáo viên của Ban Tuyên giáo Thành ủy truyền đạt các chuyên đề như: kinh tế biển; an ninh mạng.",
			[]wantItem{{"report", "báo cáo viên của Ban Tuyên giáo Thành ủy truyền đạt các chuyên đề", ""}}},
		{"a course's plan is no briefing",
			head + "Trong 3 tháng, học viên sẽ được truyền đạt các chuyên đề về lý luận chính trị.",
			nil},
		{"a directing speech whose speaker follows with no comma, and its request",
			head + "Phát biểu chỉ đạo tại Hội nghị đồng chí Hà Văn Tư – Bí thư Đảng ủy xã ghi nhận kết quả, đồng chí đề nghị năm tới, chi bộ cần siết chặt kỷ luật, kỷ cương.",
			[]wantItem{{"speech", "Phát biểu chỉ đạo tại Hội nghị", "Hà Văn Tư"}, {"task", "chi bộ cần siết chặt kỷ luật, kỷ cương", "Hà Văn Tư"}}},
		{"a closing named with a comma inside, then a request by the address word after Đồng thời",
			head + "Phát biểu kết luận tại buổi tiếp xúc, đối thoại, đồng chí Lê Văn Tám - Chủ tịch UBND tỉnh ghi nhận những ý kiến của nông dân. Đồng thời đồng chí đề nghị, mỗi quý Hội Nông dân tỉnh nên tổ chức 2 cuộc đối thoại với nông dân.",
			[]wantItem{{"closing", "Phát biểu kết luận tại buổi tiếp xúc, đối thoại", "Lê Văn Tám"}, {"task", "mỗi quý Hội Nông dân tỉnh nên tổ chức 2 cuộc đối thoại với nông dân", "Lê Văn Tám"}}},
		{"the chair's request in a speech of greetings is a task",
			head + "Đồng chí Lưu Minh Tâm, Phó Chủ tịch UBND huyện chủ trì hội nghị. Phát biểu tại hội nghị, đồng chí Lưu Minh Tâm chúc mừng các tân cử nhân và đề nghị nhà trường tiếp tục nâng cao chất lượng đào tạo.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị, chúc mừng các tân cử nhân và đề nghị nhà trường tiếp tục nâng cao chất lượng đào tạo", "Lưu Minh Tâm"}, {"task", "nhà trường tiếp tục nâng cao chất lượng đào tạo", "Lưu Minh Tâm"}}},
		{"an opening address named before its reader opens the meeting",
			head + "Đọc diễn văn khai mạc Đại hội, Thiếu tướng Đào Văn Quyết nêu rõ: nhiệm kỳ qua, Đảng bộ đã hoàn thành các chỉ tiêu.",
			[]wantItem{{"opening", "Đọc diễn văn khai mạc Đại hội", "Đào Văn Quyết"}}},
		{"a quote followed by whose statement at the meeting it was is a speech",
			head + "“Mỗi cán bộ phải gương mẫu trong học tập và làm theo Bác. Chi bộ cần kiểm tra thường xuyên”. Đó là khẳng định của Phó Chủ tịch UBND tỉnh Đỗ Thị Lan tại buổi lễ sáng nay.",
			[]wantItem{{"speech", "Mỗi cán bộ phải gương mẫu trong học tập và làm theo Bác", "Đỗ Thị Lan"}}},
		{"a quote in a paragraph of its own before the cleft, behind the site's name",
			head + "Báo Mới “Trường học phải là nơi an toàn nhất. Ngành giáo dục không được chủ quan”.\nĐó là ý kiến của Thứ trưởng Phạm Quang Khải tại hội nghị trực tuyến chiều 4/3.",
			[]wantItem{{"speech", "Trường học phải là nơi an toàn nhất", "Phạm Quang Khải"}}},
		{"a statement given in an interview is no meeting item",
			head + "“Chúng tôi sẽ mở thêm hai lớp”. Đó là chia sẻ của bà Hồ Thị Na với phóng viên.",
			nil},
		{"a meeting held to sign a paper gives the signing of the paper, without its period and parties",
			head + "Sáng 3/4, tại trụ sở Sở Tư pháp diễn ra Hội nghị ký kết Quy chế phối hợp giai đoạn 2024 - 2029 giữa Sở Tư pháp và Công an tỉnh.",
			[]wantItem{{"signing", "ký kết Quy chế phối hợp", ""}}},
		{"a steering committee in the welcoming speaker's office sets no tasks, nor does a standard to meet",
			head + "Ông Trần Văn Lộc, Phó Bí thư Tỉnh ủy, Trưởng ban Chỉ đạo cải cách tư pháp tỉnh dự và phát biểu chào mừng hội nghị.\nNăm tới, các chi cục thuế trong khu vực tập trung một số việc trọng tâm như bồi dưỡng cán bộ, đẩy mạnh các phong trào để đảm bảo yêu cầu chuyên môn, hướng tới về đích kế hoạch năm.",
			[]wantItem{{"speech", "phát biểu chào mừng hội nghị", "Trần Văn Lộc"}}},
		{"the congress's own acts listed at semicolons, a paper heard among them",
			head + "Trong buổi sáng, Đại hội đã bầu Đoàn Chủ tịch và Ban Thư ký; trình bày dự thảo Báo cáo chính trị nhiệm kỳ 2020 - 2025; Báo cáo kiểm điểm của Ban Chấp hành khóa VIII; nghe tham luận của các chi đoàn tiêu biểu; thảo luận và biểu quyết thông qua Nghị quyết Đại hội.",
			[]wantItem{
				{"decision", "bầu Đoàn Chủ tịch và Ban Thư ký", ""},
				{"report", "trình bày dự thảo Báo cáo chính trị nhiệm kỳ 2020 - 2025", ""},
				{"report", "Báo cáo kiểm điểm của Ban Chấp hành khóa VIII", ""},
				{"report", "nghe tham luận của các chi đoàn tiêu biểu", ""},
				{"decision", "thảo luận và biểu quyết thông qua Nghị quyết Đại hội", ""},
			}},
		{"after a vote on the rules, papers listed at semicolons are papers heard; after a vote on papers, more papers adopted",
			head + "Tại phiên thứ nhất, Đại hội đã thông qua chương trình, quy chế làm việc của Đại hội; báo cáo thẩm tra tư cách đại biểu; Báo cáo kiểm điểm của Ban Chấp hành khóa IV. Đại hội cũng thông qua dự thảo Báo cáo chính trị; Báo cáo tài chính nhiệm kỳ 2020 - 2025.",
			[]wantItem{
				{"decision", "thông qua chương trình, quy chế làm việc của Đại hội", ""},
				{"report", "báo cáo thẩm tra tư cách đại biểu", ""},
				{"report", "Báo cáo kiểm điểm của Ban Chấp hành khóa IV", ""},
				{"decision", "thông qua dự thảo Báo cáo chính trị; Báo cáo tài chính nhiệm kỳ 2020 - 2025", ""},
			}},
		{"the agency's tag and who steered the session lead in; the delegates acting are the meeting",
			head + "(TTXVN) - Chiều 16/7, dưới sự điều hành của chủ tọa kỳ họp, các đại biểu HĐND tỉnh đã bỏ phiếu miễn nhiệm các chức danh; biểu quyết thông qua 5 Nghị quyết.",
			[]wantItem{
				{"decision", "bỏ phiếu miễn nhiệm các chức danh", ""},
				{"decision", "biểu quyết thông qua 5 Nghị quyết", ""},
			}},
		{"the act spoken of as a matter ('việc thông qua') is no act told",
			head + "Phát biểu kết luận, ông Lê Văn Tâm cảm ơn các đại biểu. Đồng chí nhấn mạnh: Việc thông qua Quy chế là một bước cần thiết cho hoạt động của Hội đồng trong năm tới.",
			[]wantItem{{"closing", "Phát biểu kết luận", "Lê Văn Tâm"}}},
		{"the guests who came are no part of the honour received",
			head + "Dịp này, Bộ Chỉ huy Quân sự tỉnh đã đón nhận Huân chương Chiến công hạng Ba với sự tham dự của đông đảo cán bộ, chiến sĩ.",
			[]wantItem{{"award", "đón nhận Huân chương Chiến công hạng Ba", ""}}},
		{"labour or money contributed is no opinion given",
			head + "Trong năm, bộ đội tỉnh đã đóng góp hơn 2.000 ngày công giúp bà con làm đường giao thông nông thôn.",
			nil},
		{"a request told after its quote names only where it was made",
			head + "“Các xã phải hoàn thành việc rà soát hộ nghèo trước ngày 15/12” - ông Lê Văn Tâm yêu cầu tại hội nghị.",
			nil},
		{"names listed after a bare subject share the election told after them",
			head + "Các đồng chí: Lê Văn Tâm, Đỗ Văn Hải cũng tái đắc cử Phó Chủ tịch Hội khóa mới.",
			[]wantItem{{"decision", "Các đồng chí: Lê Văn Tâm, Đỗ Văn Hải cũng tái đắc cử Phó Chủ tịch Hội khóa mới", ""}}},
		{"papers presented and reported among the congress's acts stay among them",
			head + "Tại phiên thứ hai, Đại hội đã bầu Ban Thẩm tra tư cách đại biểu; nghe báo cáo tham luận của các đơn vị tiêu biểu; trình bày báo cáo tiếp thu góp ý dự thảo văn kiện, thảo luận và biểu quyết thông qua văn kiện.",
			[]wantItem{
				{"decision", "bầu Ban Thẩm tra tư cách đại biểu", ""},
				{"report", "nghe báo cáo tham luận của các đơn vị tiêu biểu", ""},
				{"report", "trình bày báo cáo tiếp thu góp ý dự thảo văn kiện", ""},
				{"decision", "thảo luận và biểu quyết thông qua văn kiện", ""},
			}},
		{"a part of the day with buổi opens the sentence as the bare one does",
			head + "Buổi chiều, Đại hội đã thảo luận và biểu quyết thông qua Nghị quyết Đại hội.",
			[]wantItem{{"decision", "thảo luận và biểu quyết thông qua Nghị quyết Đại hội", ""}}},
		{"papers adopted, listed at semicolons, are one vote",
			head + "Hội nghị nhất trí thông qua báo cáo hoạt động năm 2024, báo cáo của Ban Thường vụ; báo cáo quyết toán kinh phí; báo cáo công tác giám sát.",
			[]wantItem{{"decision", "nhất trí thông qua báo cáo hoạt động năm 2024, báo cáo của Ban Thường vụ; báo cáo quyết toán kinh phí; báo cáo công tác giám sát", ""}}},
		{"the new committee presented to the congress",
			head + "Ban Chấp hành Hội Cựu chiến binh huyện khóa VIII ra mắt Đại hội.\nSau đó, Đại hội ra mắt Ban Thường vụ nhiệm kỳ 2022 - 2027.\nNhà xuất bản ra mắt sách mới.",
			[]wantItem{
				{"decision", "Ban Chấp hành Hội Cựu chiến binh huyện khóa VIII ra mắt Đại hội", ""},
				{"decision", "ra mắt Ban Thường vụ nhiệm kỳ 2022 - 2027", ""},
			}},
		{"a performance at the event is an item, the arts as a field of activity are not",
			head + "Ngoài học tập, sinh viên khóa 12 còn sôi nổi trong các phong trào văn hóa văn nghệ và thể dục thể thao.\nTiết mục văn nghệ chào mừng hội nghị.",
			[]wantItem{{"other", "Tiết mục văn nghệ chào mừng hội nghị", ""}}},
		{"the meeting named where it happened is the subject of its acts",
			head + "Tại Hội nghị đã quán triệt, triển khai Chỉ thị số 12-CT/HU về lãnh đạo Đại hội Hội Nông dân các cấp.",
			[]wantItem{{"report", "quán triệt, triển khai Chỉ thị số 12-CT/HU về lãnh đạo Đại hội Hội Nông dân các cấp", ""}}},
		{"papers heard and debated are one discussion",
			head + "Tại phiên họp, Chính phủ nghe và thảo luận 5 báo cáo về tình hình kinh tế - xã hội quý II và công tác giải ngân vốn đầu tư công.",
			[]wantItem{{"discussion", "thảo luận 5 báo cáo về tình hình kinh tế - xã hội quý II và công tác giải ngân vốn đầu tư công", ""}}},
		{"an opening planned is no item",
			head + "Sở Văn hóa đang hoàn thiện kế hoạch tổ chức lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ X.\nTheo kế hoạch, lễ khai mạc Hội khỏe được tổ chức vào tối 20/4 tại sân vận động tỉnh.",
			nil},
		{"an opening held as a plan numbered says is an item",
			head + "Thực hiện Kế hoạch số 12/KH-UBND, sáng 20/4, HĐND huyện khai mạc kỳ họp thứ 9.",
			[]wantItem{{"opening", "khai mạc kỳ họp thứ 9", ""}}},
		{"the topics listed after a generic object are what was discussed",
			head + "Tại hội nghị, các đại biểu đã thảo luận các vấn đề: công tác phát triển hội viên; vận động nguồn quỹ hỗ trợ hộ nghèo.",
			[]wantItem{{"discussion", "thảo luận các vấn đề: công tác phát triển hội viên; vận động nguồn quỹ hỗ trợ hộ nghèo", ""}}},
		{"topics conveyed to the trainees, and topics presented to the delegates, are briefings",
			head + "Hơn 100 học viên dự lớp đã được truyền tải các chuyên đề về kỹ năng xét xử án hành chính.\nCác đại biểu được nghe giới thiệu chuyên đề về công tác dân vận ở cơ sở.",
			[]wantItem{
				{"report", "truyền tải các chuyên đề về kỹ năng xét xử án hành chính", ""},
				{"report", "nghe giới thiệu chuyên đề về công tác dân vận ở cơ sở", ""},
			}},
		{"why a paper was signed is no item",
			head + "Quy chế phối hợp được ký kết nhằm giúp hai ngành trao đổi thông tin, chia sẻ kinh nghiệm trong công tác.",
			nil},
		{"the questions put at a dialogue are the debate",
			"Hội nghị đối thoại với thanh niên\nSáng 9/9, Tỉnh đoàn tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với thanh niên.\nTại hội nghị, đoàn viên đã nêu 12 câu hỏi về việc làm, khởi nghiệp; chủ tịch tỉnh trả lời từng ý kiến.",
			[]wantItem{{"discussion", "nêu 12 câu hỏi về việc làm, khởi nghiệp", ""}}},
		{"a quoted title's own semicolon does not end the item",
			head + "Đồng chí Lý Văn Cường, Báo cáo viên Trung ương, đã báo cáo chuyên đề: “Kinh tế số; cơ hội và thách thức”.",
			[]wantItem{{"report", "báo cáo chuyên đề: “Kinh tế số; cơ hội và thách thức”", "Lý Văn Cường"}}},
		{"requests split at semicolons outside quotes only",
			head + "Kết luận hội nghị, ông Hoàng Văn Thắng yêu cầu các phòng tuyên truyền chủ đề “Dân vận khéo; đoàn kết tốt”; tham mưu tổng kết phong trào.",
			[]wantItem{
				{"closing", "Kết luận hội nghị", "Hoàng Văn Thắng"},
				{"task", "các phòng tuyên truyền chủ đề “Dân vận khéo; đoàn kết tốt”", "Hoàng Văn Thắng"},
				{"task", "tham mưu tổng kết phong trào", "Hoàng Văn Thắng"}}},
		{"the leadership of a body, unnamed, sets tasks",
			head + "Ngay sau buổi học, lãnh đạo Đảng ủy xã đã đề nghị các chi bộ thôn xây dựng kế hoạch học tập; bí thư chi bộ chịu trách nhiệm theo dõi việc thực hiện.",
			[]wantItem{{"task", "các chi bộ thôn xây dựng kế hoạch học tập", ""}, {"task", "bí thư chi bộ chịu trách nhiệm theo dõi việc thực hiện", ""}}},
		{"leaders asked for something are no requesters",
			head + "Theo lãnh đạo Sở, đề nghị của các hộ dân đã được giải quyết.",
			nil},
		{"what a briefing told, named as its contents, is a report",
			head + "Nội dung thông tin về tình hình biển Đông thời gian gần đây; thông tin nhanh kết quả kỳ họp Quốc hội.",
			[]wantItem{{"report", "Nội dung thông tin về tình hình biển Đông thời gian gần đây; thông tin nhanh kết quả kỳ họp Quốc hội", ""}}},
		{"a steer given by an unnamed leadership is a speech, news from it a report",
			head + "Tiếp đó, học viên được lãnh đạo Ban Dân vận Huyện ủy định hướng nhiệm vụ dân vận quý III: bám sát cơ sở.\nCác đại biểu cũng đã được lãnh đạo Sở Nội vụ thông báo kết quả sắp xếp đơn vị hành chính cấp xã.",
			[]wantItem{
				{"speech", "học viên được lãnh đạo Ban Dân vận Huyện ủy định hướng nhiệm vụ dân vận quý III", ""},
				{"report", "Các đại biểu cũng đã được lãnh đạo Sở Nội vụ thông báo kết quả sắp xếp đơn vị hành chính cấp xã", ""}}},
		{"a paper adopted at this meeting, told in the passive",
			head + "Báo cáo kiểm điểm của Chi ủy đã được thông qua tại Đại hội.\nNghị quyết này được thông qua tại Đại hội XIII của Đảng.",
			[]wantItem{{"decision", "Báo cáo kiểm điểm của Chi ủy đã được thông qua", ""}}},
		{"a vote taken on a paper is one decision",
			head + "Cuối buổi, Đại hội tiến hành biểu quyết thông qua Nghị quyết Đại hội với 100% đảng viên tán thành.",
			[]wantItem{{"decision", "Đại hội tiến hành biểu quyết thông qua Nghị quyết Đại hội với 100% đảng viên tán thành", ""}}},
		{"what the meeting heard, listed with semicolons, and its closing by leaders named by no one",
			head + "Sau khi nghe Báo cáo tổng kết công tác năm 2023; phát biểu chỉ đạo của Thứ trưởng Hà Văn Quang; các báo cáo chuyên đề và ý kiến của các đại biểu, Lãnh đạo Sở đã kết luận Hội nghị.",
			[]wantItem{{"report", "Báo cáo tổng kết công tác năm 2023", ""}, {"speech", "phát biểu chỉ đạo", "Hà Văn Quang"},
				{"report", "các báo cáo chuyên đề", ""}, {"discussion", "ý kiến của các đại biểu", ""}, {"closing", "Lãnh đạo Sở đã kết luận Hội nghị", ""}}},
		{"the chair of the closing session closes",
			head + "Phó Chủ tịch Hội Nông dân tỉnh Đinh Thị Vân điều hành phiên bế mạc Đại hội.",
			[]wantItem{{"closing", "điều hành phiên bế mạc Đại hội", "Đinh Thị Vân"}}},
		{"the manner of a congress leads in; its acts are the items",
			head + "Với tinh thần dân chủ, đoàn kết, Đại hội Hội Cựu chiến binh xã thành công tốt đẹp với việc thông qua Báo cáo chính trị và ra mắt Ban Chấp hành khóa mới.",
			[]wantItem{{"decision", "thông qua Báo cáo chính trị và ra mắt Ban Chấp hành khóa mới", ""}}},
		{"gifts handed to those the meeting supports are an award",
			head + "Dịp này, ông Hà Văn Thắng, Bí thư Huyện ủy tặng quà cho 20 hộ gia đình chính sách.",
			[]wantItem{{"award", "tặng quà cho 20 hộ gia đình chính sách", "Hà Văn Thắng"}}},
		{"the parties' acts, one a clause",
			head + "Tại buổi làm việc, hai bên đã giới thiệu những điểm mạnh về du lịch của mỗi địa phương; trao đổi, thống nhất và ký kết biên bản ghi nhớ giai đoạn 2026 - 2030.",
			[]wantItem{{"report", "giới thiệu những điểm mạnh về du lịch của mỗi địa phương", ""},
				{"discussion", "trao đổi, thống nhất biên bản ghi nhớ giai đoạn 2026 - 2030", ""},
				{"signing", "ký kết biên bản ghi nhớ giai đoạn 2026 - 2030", ""}}},
		{"the meeting itself opens, named by no one",
			head + "Sáng 4/12, Hội đồng nhân dân huyện khóa XX khai mạc kỳ họp thứ 9 để xem xét các tờ trình.",
			[]wantItem{{"opening", "khai mạc kỳ họp thứ 9", ""}}},
		{"the meeting itself closes",
			head + "Chiều 5/12, Đại hội Hội Cựu chiến binh xã Tân Phú lần thứ VIII đã thành công tốt đẹp và bế mạc.",
			[]wantItem{{"closing", "Đại hội Hội Cựu chiến binh xã Tân Phú lần thứ VIII đã thành công tốt đẹp và bế mạc", ""}}},
		{"the meeting's own opening yields to someone's",
			head + "Sáng 4/12, Hội đồng nhân dân huyện khai mạc kỳ họp thứ 9.\nÔng Lục Văn Hưng, Chủ tịch HĐND huyện phát biểu khai mạc kỳ họp.",
			[]wantItem{{"opening", "phát biểu khai mạc kỳ họp", "Lục Văn Hưng"}}},
		{"an opening to come is no item",
			head + "Theo kế hoạch, Đại hội đại biểu Hội Nông dân huyện sẽ khai mạc vào ngày 10/12.",
			nil},
		{"what a speaker informs of is no part of the speech's name",
			head + "Phát biểu tại hội nghị, ông Khổng Văn Đạt - Phó Giám đốc Sở cho biết, năm qua ngành đã cấp 1.200 giấy phép.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị", "Khổng Văn Đạt"}}},
		{"(no comma) what a speaker informs of is no part of the speech's name",
			head + "Phát biểu tại hội nghị, ông Khổng Văn Đạt - Phó Giám đốc Sở cho biết năm qua ngành đã cấp 1.200 giấy phép.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị", "Khổng Văn Đạt"}}},
		{"nor are the feelings a moved speaker shares",
			head + "Phát biểu tại buổi lễ, ông Khổng Văn Đạt xúc động bày tỏ niềm tự hào về truyền thống của đơn vị.",
			[]wantItem{{"speech", "Phát biểu tại buổi lễ", "Khổng Văn Đạt"}}},
		{"attending and directing, with no speech reported, is the directing speech",
			head + "Đồng chí Vương Thị Hạnh, Phó Chủ tịch UBND tỉnh dự và chỉ đạo Hội nghị tập huấn công tác thống kê.",
			[]wantItem{{"speech", "dự và chỉ đạo Hội nghị tập huấn công tác thống kê", "Vương Thị Hạnh"}}},
		{"attending and directing yields to the speech the report tells",
			head + "Đồng chí Vương Thị Hạnh, Phó Chủ tịch UBND tỉnh dự và chỉ đạo Hội nghị.\nPhát biểu tại hội nghị, đồng chí Vương Thị Hạnh đề nghị các sở tăng cường kiểm tra.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị, đề nghị các sở tăng cường kiểm tra", "Vương Thị Hạnh"}}},
		{"an award joined to a speech by và is an item of its own",
			head + "Đồng chí Trần Quốc Bảo, Phó Chủ tịch UBND huyện phát biểu chúc mừng và trao Bằng khen cho 12 tập thể có thành tích tiêu biểu.",
			[]wantItem{{"speech", "phát biểu chúc mừng", "Trần Quốc Bảo"}, {"award", "trao Bằng khen cho 12 tập thể có thành tích tiêu biểu", "Trần Quốc Bảo"}}},
		{"an award joined to a remark by và is an item of its own",
			head + "Tại hội nghị, bà Lưu Thị Mai, Giám đốc Kho bạc tỉnh ghi nhận kết quả thu chi quý I và tặng Giấy khen cho các phòng nghiệp vụ.",
			[]wantItem{{"speech", "ghi nhận kết quả thu chi quý I", "Lưu Thị Mai"}, {"award", "tặng Giấy khen cho các phòng nghiệp vụ", "Lưu Thị Mai"}}},
		{"a gift joined by và stays with the act",
			head + "Đồng chí Trần Quốc Bảo phát biểu chúc mừng và tặng hoa các đại biểu.",
			[]wantItem{{"speech", "phát biểu chúc mừng và tặng hoa các đại biểu", "Trần Quốc Bảo"}}},
		{"a noun list in the object is one act",
			head + "Tại hội nghị, lãnh đạo Sở Tài chính đã giải đáp những vướng mắc, kiến nghị của các doanh nghiệp trên địa bàn.",
			[]wantItem{{"discussion", "lãnh đạo Sở Tài chính đã giải đáp những vướng mắc, kiến nghị của các doanh nghiệp trên địa bàn", ""}}},
		{"an unquoted claim before a cleft is the speech",
			head + "Hợp tác xã là nòng cốt của kinh tế tập thể ở nông thôn. Đó là khẳng định của đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Lê Minh Đức tại hội nghị.",
			[]wantItem{{"speech", "Hợp tác xã là nòng cốt của kinh tế tập thể ở nông thôn", "Lê Minh Đức"}}},
		{"papers the delegates were briefed on, listed after a colon, are a report each",
			head + "Tại hội nghị, các đại biểu đã được triển khai các nội dung: Kế hoạch tuyên truyền kỷ niệm ngày thành lập tỉnh; Hướng dẫn công tác thông tin cơ sở năm 2024.",
			[]wantItem{{"report", "Kế hoạch tuyên truyền kỷ niệm ngày thành lập tỉnh", ""}, {"report", "Hướng dẫn công tác thông tin cơ sở năm 2024", ""}}},
		{"documents the delegates heard rolled out, listed after a colon, are a report each",
			head + "Các đại biểu được nghe triển khai những văn bản sau: Chỉ thị số 21-CT/TW của Ban Bí thư; Kế hoạch số 45-KH/TU của Tỉnh ủy.",
			[]wantItem{{"report", "Chỉ thị số 21-CT/TW của Ban Bí thư", ""}, {"report", "Kế hoạch số 45-KH/TU của Tỉnh ủy", ""}}},
		{"a campaign named after a side activity is no act",
			head + "Tết trồng cây đã trở thành nét đẹp mỗi dịp xuân về. Phong trào trồng cây xanh giúp nâng cao ý thức bảo vệ môi trường của người dân.",
			nil},
		{"a side activity hoped for later is no act",
			head + "Sau hội nghị, các chi đoàn sẽ tổ chức trồng cây xanh tại các tuyến đường của xã.",
			nil},
		{"examples listed after như: are one task",
			head + "Kết luận hội nghị, đồng chí Trịnh Văn Bảo yêu cầu các phòng làm rõ một số vấn đề như: nợ thuế kéo dài; chậm giải ngân vốn; hồ sơ đất đai tồn đọng.",
			[]wantItem{{"closing", "Kết luận hội nghị", "Trịnh Văn Bảo"}, {"task", "các phòng làm rõ một số vấn đề như: nợ thuế kéo dài; chậm giải ngân vốn; hồ sơ đất đai tồn đọng", "Trịnh Văn Bảo"}}},
		{"tasks listed after như sau: are a task each",
			head + "Kết luận hội nghị, đồng chí Trịnh Văn Bảo yêu cầu các phòng thực hiện các nhiệm vụ như sau: thu hồi nợ thuế kéo dài; đẩy nhanh giải ngân vốn đầu tư công.",
			[]wantItem{{"closing", "Kết luận hội nghị", "Trịnh Văn Bảo"}, {"task", "thu hồi nợ thuế kéo dài", "Trịnh Văn Bảo"}, {"task", "đẩy nhanh giải ngân vốn đầu tư công", "Trịnh Văn Bảo"}}},
		{"an award told again by no one is the same award",
			head + "Chi bộ đã trao tặng Huy hiệu 40 năm tuổi Đảng cho 3 đảng viên. Các đảng viên được trao tặng huy hiệu đều gương mẫu trong công tác. Lễ trao tặng huy hiệu là dịp ghi nhận công lao của các đồng chí.",
			[]wantItem{{"award", "Chi bộ đã trao tặng Huy hiệu 40 năm tuổi Đảng cho 3 đảng viên", ""}}},
		{"the people congratulated are the object, not the next actors",
			head + "Phó Chủ tịch UBND tỉnh Vũ Hồng Phong chúc mừng đồng chí Lý Thị Hằng, đồng chí Đào Văn Khải được nhận Huân chương Lao động hạng Ba.",
			[]wantItem{{"speech", "chúc mừng đồng chí Lý Thị Hằng, đồng chí Đào Văn Khải được nhận Huân chương Lao động hạng Ba", "Vũ Hồng Phong"}}},
		{"an opening names the meeting by its noun, not by its full name",
			head + "Đồng chí Hà Minh Quang, Bí thư Huyện ủy phát biểu khai mạc Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ huyện khóa XX.",
			[]wantItem{{"opening", "phát biểu khai mạc Hội nghị", "Hà Minh Quang"}}},
		{"the time after the meeting's noun is no part of a closing",
			head + "Đồng chí Hà Minh Quang phát biểu bế mạc Hội nghị vào chiều ngày 16/12.",
			[]wantItem{{"closing", "phát biểu bế mạc Hội nghị", "Hà Minh Quang"}}},
		{"a speaker's own words in the first person are no act of the meeting",
			head + "Thông qua hội thảo, chúng ta đã có những đề xuất thiết thực cho công tác phổ biến pháp luật.",
			nil},
		{"an opening speech whose speaker the sentence before named",
			head + "Thủ tướng Lê Văn Khang chủ trì phiên họp. Phát biểu ý kiến khai mạc phiên họp, trước tiên, thay mặt các thành viên Chính phủ, Thủ tướng chúc mừng các bộ trưởng mới.",
			[]wantItem{{"opening", "Phát biểu ý kiến khai mạc phiên họp", "Lê Văn Khang"}}},
		{"recalling the tradition at an anniversary is the speech",
			head + "Tại buổi gặp mặt, Cục trưởng Lê Văn Thụy ôn lại truyền thống 70 năm xây dựng và trưởng thành của ngành thuế tỉnh.",
			[]wantItem{{"speech", "ôn lại truyền thống 70 năm xây dựng và trưởng thành của ngành thuế tỉnh", "Lê Văn Thụy"}}},
		{"the session attended is no debate",
			head + "Tham dự phiên chất vấn có Phó Chủ tịch UBND tỉnh Lò Văn Mạnh và lãnh đạo các sở, ngành.",
			nil},
		{"a school year's opening address named without its verb",
			head + "Trong diễn văn khai giảng, cô Lương Thị Hạnh – Hiệu trưởng nhà trường – gửi lời chúc mừng tới giáo viên và học sinh.",
			[]wantItem{{"opening", "diễn văn khai giảng", "Lương Thị Hạnh"}}},
		{"answers given before the closing are the chair's",
			head + "Sau khi giải đáp những khó khăn, vướng mắc mà các chi bộ nêu ra, đồng chí Hà Quang Minh, Bí thư Đảng ủy phát biểu kết luận hội nghị.",
			[]wantItem{{"discussion", "giải đáp những khó khăn, vướng mắc mà các chi bộ nêu ra", "Hà Quang Minh"}, {"closing", "phát biểu kết luận hội nghị", "Hà Quang Minh"}}},
		{"the opening address named without its verb",
			head + "Trong diễn văn khai mạc, Đại sứ Phan Quốc Trung điểm lại những dấu mốc của quan hệ hai nước.",
			[]wantItem{{"opening", "diễn văn khai mạc", "Phan Quốc Trung"}}},
		{"an opening speech named phát biểu mở đầu",
			head + "Phát biểu mở đầu phiên thảo luận, đồng chí Lê Minh Hòa đề nghị đại biểu phát biểu ngắn gọn.",
			[]wantItem{{"opening", "Phát biểu mở đầu phiên thảo luận", "Lê Minh Hòa"}}},
		{"what happened before the meeting is no agenda",
			head + "Trước đó, các đại biểu đã dâng hoa, dâng hương tại Đài tưởng niệm liệt sĩ của tỉnh. Dâng hoa tại Nghĩa trang liệt sĩ huyện.\nPhát biểu khai mạc Hội nghị, TS. Nguyễn Tấn Vinh khẳng định kết quả.",
			[]wantItem{{"opening", "Phát biểu khai mạc Hội nghị", "Nguyễn Tấn Vinh"}}},
		{"a signing ceremony that took place is the item",
			head + "Hôm nay, ngày 5 tháng 3 năm 2024 tại Huế, đã diễn ra Lễ ký kết thỏa thuận hợp tác giữa Sở Tư pháp và Trường Đại học Luật.",
			[]wantItem{{"signing", "Lễ ký kết thỏa thuận hợp tác giữa Sở Tư pháp và Trường Đại học Luật", ""}}},
		{"what else a delegation discussed starts at the verb",
			head + "Dịp này, đoàn công tác của tỉnh còn trao đổi kinh nghiệm về chuyển đổi số và cải cách hành chính.",
			[]wantItem{{"discussion", "trao đổi kinh nghiệm về chuyển đổi số và cải cách hành chính", ""}}},
		{"report after a person and office",
			head + "TS. Nguyễn Tấn Vinh - Phó Bí thư Đảng ủy, Phó Giám đốc Học viện Chính trị khu vực II báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2020",
			[]wantItem{{"report", "báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2020", "Nguyễn Tấn Vinh"}}},
		{"a bare report takes the meeting's topic",
			head + "Theo báo cáo tổng kết do đồng chí Lê Đình Phương trình bày, năm 2021, công tác PBGDPL được triển khai đồng bộ.",
			[]wantItem{{"report", "báo cáo tổng kết công tác PBGDPL năm 2021", "Lê Đình Phương"}}},
		{"numbered tasks with the speaker of the intro",
			head + "Về phương hướng, PGS, TS. Phạm Minh Tuấn nhấn mạnh 3 nội dung: (1) Tập trung thực hiện quán triệt chỉ đạo của đồng chí Nguyễn Xuân Thắng - Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh tại buổi làm việc; (2) Tăng cường củng cố khối đoàn kết nội bộ; (3) Kịp thời khắc phục những hạn chế. Tăng cường đổi mới công tác nghiên cứu khoa học.",
			[]wantItem{
				{"task", "Tập trung thực hiện quán triệt chỉ đạo của đồng chí Nguyễn Xuân Thắng tại buổi làm việc", "Phạm Minh Tuấn"},
				{"task", "Tăng cường củng cố khối đoàn kết nội bộ", "Phạm Minh Tuấn"},
				{"task", "Kịp thời khắc phục những hạn chế", "Phạm Minh Tuấn"}}},
		{"ordinal tasks after a directing speech, pronoun subject",
			head + "Phát biểu chỉ đạo Hội nghị, đồng chí Trần Quốc Hưng ghi nhận những kết quả đạt được. Đồng chí đề nghị ngành Tuyên giáo tập trung thực hiện tốt một số nhiệm vụ. Thứ nhất, tiếp tục tham mưu tổ chức học tập. Thứ hai, chủ động nắm bắt tình hình tư tưởng.",
			[]wantItem{
				{"speech", "Phát biểu chỉ đạo Hội nghị", "Trần Quốc Hưng"},
				{"task", "tiếp tục tham mưu tổ chức học tập", "Trần Quốc Hưng"},
				{"task", "chủ động nắm bắt tình hình tư tưởng", "Trần Quốc Hưng"}}},
		{"requests in a conclusion are tasks, one per clause",
			head + "Kết luận hội nghị, ông Hoàng Văn Thắng yêu cầu các phòng, đơn vị khẩn trương cụ thể hóa nhiệm vụ được giao; tham mưu UBND tỉnh xây dựng chương trình hành động.",
			[]wantItem{
				{"closing", "Kết luận hội nghị", "Hoàng Văn Thắng"},
				{"task", "các phòng, đơn vị khẩn trương cụ thể hóa nhiệm vụ được giao", "Hoàng Văn Thắng"},
				{"task", "tham mưu UBND tỉnh xây dựng chương trình hành động", "Hoàng Văn Thắng"}}},
		{"discussion without a named actor, then a named remark",
			head + "Tại phiên họp, các thành viên UBND tỉnh đã thảo luận, cho ý kiến vào các tờ trình. Phó Chủ tịch Thường trực UBND tỉnh Hoàng Thị Nhung lưu ý, việc rà soát đối tượng thụ hưởng cần bảo đảm đúng người.",
			[]wantItem{
				{"discussion", "thảo luận, cho ý kiến vào các tờ trình", ""},
				{"discussion", "lưu ý, việc rà soát đối tượng thụ hưởng cần bảo đảm đúng người", "Hoàng Thị Nhung"}}},
		{"papers heard are reports",
			head + "Tại Hội nghị, các đại biểu đã nghe 3 tham luận: Thượng tá Võ Thanh Tùng - Phó Trưởng phòng Tham mưu Công an tỉnh trình bày kinh nghiệm tuyên truyền pháp luật cho người dân khu vực biên giới; đồng chí Phạm Thị Thu Sương - Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh giới thiệu mô hình “Phụ nữ với pháp luật” tại các chi hội.",
			[]wantItem{
				{"report", "trình bày kinh nghiệm tuyên truyền pháp luật cho người dân khu vực biên giới", "Võ Thanh Tùng"},
				{"report", "tham luận giới thiệu mô hình “Phụ nữ với pháp luật” tại các chi hội", "Phạm Thị Thu Sương"}}},
		{"decisions and election results",
			head + "Đại hội đã thảo luận, biểu quyết thông qua Báo cáo chính trị và bầu Chi ủy nhiệm kỳ 2022 - 2025 gồm 3 đồng chí. Tại phiên họp thứ nhất, đồng chí Trần Thị Ngọc Hân tái đắc cử Bí thư Chi bộ.",
			[]wantItem{
				{"decision", "thảo luận, biểu quyết thông qua Báo cáo chính trị và bầu Chi ủy nhiệm kỳ 2022 - 2025 gồm 3 đồng chí", ""},
				{"decision", "đồng chí Trần Thị Ngọc Hân tái đắc cử Bí thư Chi bộ", ""}}},
		{"award and decision announced",
			head + "Tại buổi lễ, ThS. Đoàn Văn Minh, Phó Trưởng Ban Quản lý đào tạo công bố Quyết định số 318/QĐ-HVCTKVIII ngày 15/3/2021 của Giám đốc Học viện về việc mở lớp. Thứ trưởng Đỗ Quang Trí đã trao Bằng khen của Bộ trưởng cho 3 tập thể.",
			[]wantItem{
				{"decision", "công bố Quyết định số 318/QĐ-HVCTKVIII về việc mở lớp", "Đoàn Văn Minh"},
				{"award", "trao Bằng khen của Bộ trưởng cho 3 tập thể", "Đỗ Quang Trí"}}},
		{"list paragraphs after a colon",
			head + "Kết luận phiên họp, Thủ tướng Trịnh Quốc Khải đánh giá cao kết quả; đồng thời giao nhiệm vụ cụ thể:\nBộ Tài chính hướng dẫn kịp thời việc thực hiện Nghị định số 15/2022/NĐ-CP;\nBộ Y tế đẩy nhanh tiêm vắc xin phòng COVID-19 mũi nhắc lại.\nCũng tại phiên họp, Chính phủ đã cho ý kiến về một số dự án luật.",
			[]wantItem{
				{"closing", "Kết luận phiên họp", "Trịnh Quốc Khải"},
				{"task", "Bộ Tài chính hướng dẫn kịp thời việc thực hiện Nghị định số 15/2022/NĐ-CP", "Trịnh Quốc Khải"},
				{"task", "Bộ Y tế đẩy nhanh tiêm vắc xin phòng COVID-19 mũi nhắc lại", "Trịnh Quốc Khải"},
				{"discussion", "cho ý kiến về một số dự án luật", ""}}},
		{"the parts of a report are not tasks",
			head + "Tại Hội nghị, đồng chí Nguyễn Văn Hải đã báo cáo nội dung chủ yếu của Chương trình hành động, gồm 3 phần: (1) Ý nghĩa của Chương trình; (2) Những nội dung cốt lõi; (3) Cách tổ chức thực hiện.",
			[]wantItem{{"report", "báo cáo nội dung chủ yếu của Chương trình hành động, gồm 3 phần", "Nguyễn Văn Hải"}}},
		{"a report heard without a named presenter",
			head + "Hội nghị đã nghe báo cáo tình hình kinh tế - xã hội quý I năm 2024; thảo luận các giải pháp.",
			[]wantItem{{"report", "báo cáo tình hình kinh tế - xã hội quý I năm 2024", ""}, {"discussion", "thảo luận các giải pháp", ""}}},
		{"what the meeting heard opens a list of its acts, parted by ';' and by a comma before a verb",
			head + "Hội nghị được nghe báo cáo tiến độ chuẩn bị cuộc Tổng điều tra, triển khai Kế hoạch thực hiện cuộc Tổng điều tra; hướng dẫn công tác quản lý số liệu; bầu Tổ thư ký; thảo luận một số nội dung liên quan.",
			[]wantItem{{"report", "báo cáo tiến độ chuẩn bị cuộc Tổng điều tra", ""}, {"report", "triển khai Kế hoạch thực hiện cuộc Tổng điều tra", ""},
				{"report", "hướng dẫn công tác quản lý số liệu", ""}, {"decision", "bầu Tổ thư ký", ""}, {"discussion", "thảo luận một số nội dung liên quan", ""}}},
		{"the chair's request is a task",
			head + "Đồng chí Phạm Văn Dũng, Chủ tịch UBND tỉnh chủ trì hội nghị. Ông Dũng yêu cầu các sở khẩn trương triển khai kế hoạch.",
			[]wantItem{{"task", "các sở khẩn trương triển khai kế hoạch", "Phạm Văn Dũng"}}},
		{"a meeting's acts listed with semicolons, each of its verb's kind",
			head + "Phiên họp đã thông qua báo cáo sơ kết công tác quý III của Tổ công tác; quán triệt, triển khai Kế hoạch 12-KH/TU về công tác cải cách hành chính; thảo luận, xem xét các kiến nghị của cử tri huyện Lạc Sơn.",
			[]wantItem{
				{"decision", "thông qua báo cáo sơ kết công tác quý III của Tổ công tác", ""},
				{"report", "quán triệt, triển khai Kế hoạch 12-KH/TU về công tác cải cách hành chính", ""},
				{"discussion", "thảo luận, xem xét các kiến nghị của cử tri huyện Lạc Sơn", ""}}},
		{"a disciplinary body's rulings, split at a comma before the next verb",
			head + "Ủy ban Kiểm tra Tỉnh ủy quyết định giữ nguyên hình thức kỷ luật cảnh cáo đối với 3 trường hợp, giảm hình thức kỷ luật từ cách chức xuống khiển trách đối với 1 trường hợp.",
			[]wantItem{
				{"decision", "quyết định giữ nguyên hình thức kỷ luật cảnh cáo đối với 3 trường hợp", ""},
				{"decision", "giảm hình thức kỷ luật từ cách chức xuống khiển trách đối với 1 trường hợp", ""}}},
		{"discussed and adopted: the last verb wins and the adopted list stays",
			head + "Ban Thường vụ Huyện ủy đã thảo luận và thông qua: Quy chế làm việc khóa mới; Chương trình kiểm tra năm 2025.",
			[]wantItem{{"decision", "thảo luận và thông qua: Quy chế làm việc khóa mới; Chương trình kiểm tra năm 2025", ""}}},
		{"a colon ends a discussion of papers",
			head + "Sau phần khai mạc, Ban Thường vụ Đảng ủy phường đã thảo luận, góp ý dự thảo hai văn bản: Quy chế hoạt động; Kế hoạch giám sát năm 2025.",
			[]wantItem{{"discussion", "thảo luận, góp ý dự thảo hai văn bản", ""}}},
		{"reports reviewed, questions answered, votes taken, and a sentence that goes on with Đồng thời",
			head + "Tại kỳ họp thứ Tám, các vị đại biểu đã dành nhiều thời gian xem xét báo cáo công tác của Thường trực HĐND xã và UBND xã. Các đại biểu cũng đã thảo luận, chất vấn và trả lời về việc sửa chữa đường giao thông nông thôn. Đồng thời xem xét, thông qua 9 dự thảo nghị quyết do UBND xã trình.",
			[]wantItem{
				{"report", "xem xét báo cáo công tác của Thường trực HĐND xã và UBND xã", ""},
				{"discussion", "thảo luận, chất vấn và trả lời về việc sửa chữa đường giao thông nông thôn", ""},
				{"decision", "xem xét, thông qua 9 dự thảo nghị quyết do UBND xã trình", ""}}},
		{"a purpose or a plan is no act (the session's opening is)",
			head + "Sáng nay, HĐND tỉnh khai mạc Kỳ họp thứ Mười để xem xét, quyết định nhiều nội dung quan trọng. Kỳ họp sẽ thông qua 12 nghị quyết.",
			[]wantItem{{"opening", "khai mạc Kỳ họp thứ Mười", ""}}},
		{"the chair's meeting focuses on topics: each is a discussion",
			head + "Ngày 5/6, Chủ tịch UBND tỉnh Lê Văn Khương chủ trì phiên họp thường kỳ tháng 5, tập trung thảo luận về tình hình thu ngân sách 5 tháng, đồng thời cho ý kiến vào Đề án phát triển du lịch.",
			[]wantItem{
				{"discussion", "thảo luận về tình hình thu ngân sách 5 tháng", ""},
				{"discussion", "cho ý kiến vào Đề án phát triển du lịch", ""}}},
		{"a person adopting resolutions makes a decision",
			head + "Bà Trần Thị Mai - Phó Chánh Văn phòng đã thông qua 6 nghị quyết của kỳ họp.",
			[]wantItem{{"decision", "thông qua 6 nghị quyết của kỳ họp", "Trần Thị Mai"}}},
		{"the chair named by office sets tasks in any paragraph",
			head + "Đồng chí Vũ Minh Tâm, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo chủ trì phiên họp.\nĐồng chí Trưởng Ban Chỉ đạo đề nghị các thành viên bám sát địa bàn được phân công theo tinh thần chỉ đạo của Thủ tướng Nguyễn Văn Bình.",
			[]wantItem{{"task", "các thành viên bám sát địa bàn được phân công theo tinh thần chỉ đạo của Thủ tướng Nguyễn Văn Bình", "Vũ Minh Tâm"}}},
		{"the speaker referred to as đồng chí sets tasks",
			head + "Phát biểu khai mạc, đồng chí Hồ Văn Tài nhấn mạnh ý nghĩa của phiên họp. Trước yêu cầu mới, đồng chí đề nghị các sở ngành chủ động rà soát văn bản; cần khẩn trương hoàn thiện hồ sơ dự án.",
			[]wantItem{
				{"opening", "Phát biểu khai mạc", "Hồ Văn Tài"},
				{"task", "các sở ngành chủ động rà soát văn bản", "Hồ Văn Tài"},
				{"task", "cần khẩn trương hoàn thiện hồ sơ dự án", "Hồ Văn Tài"}}},
		{"a speech ends at the reporting verb that opens its content",
			head + "Phát biểu tại buổi lễ, TS. Đỗ Thanh Hải khẳng định, đổi mới giáo dục là nhiệm vụ lâu dài của mọi cơ sở đào tạo.",
			[]wantItem{{"speech", "Phát biểu tại buổi lễ", "Đỗ Thanh Hải"}}},
		{"a disciplinary body refers a case up: a decision",
			head + "Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy cách chức đối với 2 đảng viên vi phạm.",
			[]wantItem{{"decision", "đề nghị Ban Thường vụ Tỉnh ủy cách chức đối với 2 đảng viên vi phạm", ""}}},
		{"a body focusing on one thing, then a listed act",
			head + "Tại kỳ họp thứ Tư, Ủy ban Kiểm tra Huyện ủy tập trung hoàn thiện quy chế phối hợp với các ban đảng; xem xét giải quyết đơn khiếu nại của 3 đảng viên.",
			[]wantItem{{"discussion", "xem xét giải quyết đơn khiếu nại của 3 đảng viên", ""}}},
		{"a requirement stated before 'Đó là yêu cầu của X' is X's task",
			head + "Trong quý IV, các sở ngành phải đẩy nhanh giải ngân vốn đầu tư công để hoàn thành kế hoạch năm. Đó là yêu cầu của đồng chí Lâm Văn Hưng, Chủ tịch UBND tỉnh, tại phiên họp chiều 3/10.",
			[]wantItem{{"task", "các sở ngành phải đẩy nhanh giải ngân vốn đầu tư công để hoàn thành kế hoạch năm", "Lâm Văn Hưng"}}},
		{"a report the meeting heard after a list of guests",
			head + "Dự hội nghị có đồng chí Lương Thị Hoa, Phó Bí thư Thường trực Huyện ủy. Theo chương trình, hội nghị nghe các báo cáo về công tác dân vận năm 2024.",
			[]wantItem{{"report", "báo cáo về công tác dân vận năm 2024", ""}}},
		{"each quoted topic after chuyên đề is a report, and so is the last item after và",
			head + "Tại lớp học, học viên đã được nghe giảng viên trình bày các chuyên đề: “Xây dựng Đảng về đạo đức”; “Phát triển kinh tế số ở địa phương” và hướng dẫn học tập Kết luận của Bộ Chính trị về công tác cán bộ.",
			[]wantItem{
				{"report", "“Xây dựng Đảng về đạo đức”", ""},
				{"report", "“Phát triển kinh tế số ở địa phương”", ""},
				{"report", "hướng dẫn học tập Kết luận của Bộ Chính trị về công tác cán bộ", ""}}},
		{"after discussing, the parties sign: a discussion and a signing; a nominalised signing explains",
			head + "Sau khi trao đổi, thảo luận, hai đơn vị đã tiến hành ký kết Quy chế phối hợp giữa hai đơn vị giai đoạn 2025-2030. Việc ký kết chương trình nhằm nâng cao hiệu quả phối hợp giữa hai đơn vị.",
			[]wantItem{
				{"discussion", "trao đổi, thảo luận", ""},
				{"signing", "ký kết Quy chế phối hợp giữa hai đơn vị giai đoạn 2025-2030", ""}}},
		{"flowers sent with congratulations are no speech",
			head + "Đồng chí Lò Văn Chiến, Phó Chủ tịch UBND tỉnh đã gửi lẵng hoa chúc mừng Hội nghị.",
			nil},
		{"a thank-you letter given to a person named in a caption is an award",
			head + "Ban Tổ chức trao thư cảm ơn cho PGS.TS. Hoàng Minh Đức (thứ hai từ phải sang)",
			[]wantItem{{"award", "trao thư cảm ơn cho PGS.TS. Hoàng Minh Đức", ""}}},
		{"answers heard and an opinion given in the question session are discussion",
			head + "Chiều cùng ngày, sau khi nghe lãnh đạo Sở Xây dựng, Sở Giao thông vận tải trả lời những kiến nghị của cử tri, ông Phan Văn Long - Phó Chủ tịch UBND tỉnh đã phát biểu ý kiến, làm rõ thêm tiến độ các dự án giao thông.",
			[]wantItem{
				{"discussion", "lãnh đạo Sở Xây dựng, Sở Giao thông vận tải trả lời những kiến nghị của cử tri", ""},
				{"discussion", "phát biểu ý kiến, làm rõ thêm tiến độ các dự án giao thông", "Phan Văn Long"}}},
		{"a report heard from a body, the members' opinions, and a conclusion that lists its points",
			head + "Sau khi nghe Sở Kế hoạch và Đầu tư báo cáo tình hình giải ngân vốn đầu tư công 9 tháng, ý kiến thảo luận của các thành viên Ban Chỉ đạo; Chủ tịch UBND tỉnh Đinh Văn Toàn kết luận như sau:",
			[]wantItem{
				{"report", "báo cáo tình hình giải ngân vốn đầu tư công 9 tháng", "Sở Kế hoạch và Đầu tư"},
				{"discussion", "ý kiến thảo luận của các thành viên Ban Chỉ đạo", ""},
				{"closing", "kết luận", "Đinh Văn Toàn"}}},
		{"thông qua before a ministry means through, not a vote",
			head + "Nhiều năm qua, các trường cao đẳng chịu sự quản lý chặt chẽ thông qua Bộ Lao động - Thương binh và Xã hội.",
			nil},
		{"the delegates' exchange starts at the verb",
			head + "Trong buổi làm việc, các hộ dân đã thẳng thắn trao đổi, nêu những khó khăn trong công tác thu gom rác thải ở khu dân cư.",
			[]wantItem{{"discussion", "trao đổi, nêu những khó khăn trong công tác thu gom rác thải ở khu dân cư", ""}}},
		{"a body holds its session to review and discuss, then reviews again",
			head + "Ngày 12/3, Ủy ban Kiểm tra (UBKT) Đảng ủy khối tổ chức kỳ họp thứ 21 xem xét, thảo luận phương án sắp xếp các phòng chuyên môn và xem xét kết quả giám sát đối với Chi bộ Trường Tiểu học Kim Đồng.",
			[]wantItem{
				{"discussion", "xem xét, thảo luận phương án sắp xếp các phòng chuyên môn", ""},
				{"discussion", "xem xét kết quả giám sát đối với Chi bộ Trường Tiểu học Kim Đồng", ""}}},
		{"a headline restating one person's decision is one decision, with the fuller text",
			head + "Phó Thủ tướng Lê Minh Khái trao Quyết định Giám đốc Đại học Quốc gia\nSáng 3/9, Phó Thủ tướng Lê Minh Khái trao Quyết định của Thủ tướng Chính phủ bổ nhiệm Giám đốc Đại học Quốc gia nhiệm kỳ 2024 - 2029.",
			[]wantItem{{"decision", "trao Quyết định của Thủ tướng Chính phủ bổ nhiệm Giám đốc Đại học Quốc gia nhiệm kỳ 2024 - 2029", "Lê Minh Khái"}}},
		{"bodies that meet to review and comment: a discussion",
			head + "Chiều 9/5, Ban Chấp hành, Ban Thường vụ Đảng ủy Khối cơ quan tỉnh họp để xem xét, cho ý kiến về dự thảo báo cáo chính trị.",
			[]wantItem{{"discussion", "xem xét, cho ý kiến về dự thảo báo cáo chính trị", ""}}},
		{"a request's object is not the subject's act; a Ban chỉ đạo is a body",
			head + "Bộ trưởng đề nghị Quốc hội xem xét, thông qua dự án Luật Đường bộ. Thường trực Ban chỉ đạo đã thảo luận kế hoạch kiểm tra năm 2025.",
			[]wantItem{{"discussion", "thảo luận kế hoạch kiểm tra năm 2025", ""}}},
		{"a leader's wish after assigning tasks is a task; after a welcome it is not",
			head + "Đồng chí Vi Văn Thành, Bí thư Huyện ủy đã phát biểu động viên, giao nhiệm vụ cho Đoàn vận động viên của huyện. Đồng chí mong muốn các vận động viên thi đấu trung thực, đoàn kết giành thành tích cao.\nPhát biểu chào mừng, đồng chí Lục Thị Hằng nêu ý nghĩa của giải đấu. Đồng chí mong muốn các đội giao lưu, học hỏi lẫn nhau.",
			[]wantItem{
				{"speech", "phát biểu động viên, giao nhiệm vụ cho Đoàn vận động viên của huyện", "Vi Văn Thành"},
				{"task", "các vận động viên thi đấu trung thực, đoàn kết giành thành tích cao", "Vi Văn Thành"},
				{"speech", "Phát biểu chào mừng", "Lục Thị Hằng"}}},
		{"a year's results summed up are not the meeting's acts",
			head + "Trong năm 2024, Ủy ban Kiểm tra các cấp đã xem xét, thi hành kỷ luật 12 đảng viên. Năm qua, Ban Thường vụ Huyện ủy đã thông qua 8 đề án phát triển kinh tế.",
			nil},
		{"a report heard from an unnamed speaker",
			head + "Tại hội nghị, đại biểu đã nghe lãnh đạo Sở Y tế báo cáo tình hình dịch bệnh trên địa bàn tỉnh.",
			[]wantItem{{"report", "báo cáo tình hình dịch bệnh trên địa bàn tỉnh", ""}}},
		{"a draft presented for the vote is a report",
			head + "Đồng chí Hoàng Văn Mười, Chánh Văn phòng Tỉnh ủy trình bày dự thảo Nghị quyết để Hội nghị biểu quyết thông qua.",
			[]wantItem{{"report", "trình bày dự thảo Nghị quyết để Hội nghị biểu quyết thông qua", "Hoàng Văn Mười"}}},
		{"handing over an appointment decision",
			head + "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy trao quyết định bổ nhiệm cho đồng chí Phạm Văn Chín.",
			[]wantItem{{"decision", "trao quyết định bổ nhiệm cho đồng chí Phạm Văn Chín", "Lê Văn Tám"}}},
		{"a second verb after the chair verb names the item",
			head + "Đồng chí Trần Văn Tú, Phó Chủ tịch UBND tỉnh chủ trì và phát biểu chỉ đạo Hội thảo khoa học về chuyển đổi số.",
			[]wantItem{{"speech", "phát biểu chỉ đạo Hội thảo khoa học về chuyển đổi số", "Trần Văn Tú"}}},
		{"an opening organised by a body",
			"Đại hội Đảng bộ\nSáng 21-9, Đảng bộ Khối cơ quan tỉnh tổ chức khai mạc Đại hội lần thứ VIII, nhiệm kỳ 2025-2030.",
			[]wantItem{{"opening", "tổ chức khai mạc Đại hội lần thứ VIII, nhiệm kỳ 2025-2030", ""}}},
		{"an opening in the passive",
			"Đại hội Đảng bộ\nSáng 8/10, Đại hội Đảng bộ huyện Kim Sơn lần thứ XXVI chính thức được khai mạc.",
			[]wantItem{{"opening", "Đại hội Đảng bộ huyện Kim Sơn lần thứ XXVI chính thức được khai mạc", ""}}},
		{"decisions announced by an unnamed official",
			head + "Tại hội nghị, đại diện Ban Tổ chức Tỉnh ủy công bố quyết định của Ban Thường vụ Tỉnh ủy về việc điều động cán bộ lãnh đạo.",
			[]wantItem{{"decision", "công bố quyết định của Ban Thường vụ Tỉnh ủy về việc điều động cán bộ lãnh đạo", ""}}},
		{"declaring the reason of the meeting",
			head + "Ở phần tuyên bố lý do hội nghị, bà Trịnh Thu Hà - Chánh Văn phòng Sở Nội vụ - nêu rõ mục đích của buổi gặp mặt.",
			[]wantItem{{"other", "tuyên bố lý do hội nghị", "Trịnh Thu Hà"}}},
		{"a talk heard by the audience is a report",
			head + "Tại buổi ngoại khóa, các em học sinh đã được nghe TS. Lương Minh Đức chia sẻ về truyền thống cách mạng của quê hương.",
			[]wantItem{{"report", "chia sẻ về truyền thống cách mạng của quê hương", "Lương Minh Đức"}}},
		{"a concluding speech named by a genitive",
			head + "Đây là thông điệp xuyên suốt trong phát biểu kết luận của đồng chí Phó Chủ tịch UBND tỉnh Đỗ Văn Hưng.",
			[]wantItem{{"closing", "phát biểu kết luận", "Đỗ Văn Hưng"}}},
		{"signing a directive elsewhere is no item",
			head + "Thay mặt Ban Chấp hành Trung ương, Tổng Bí thư Lê Văn Định đã ký ban hành Quy định số 12-QĐ/TW về công tác cán bộ.",
			nil},
		{"requirements as a noun set no task",
			head + "Đồng chí Lê Văn Hòa phát biểu kết luận. Chúc các học viên thực hiện tốt các nhiệm vụ và yêu cầu của khóa học.",
			[]wantItem{{"closing", "phát biểu kết luận", "Lê Văn Hòa"}}},
		{"a request to the participants is a task",
			head + "Đồng chí Phạm Văn Sơn, Giám đốc Trường Chính trị tỉnh đề nghị mỗi học viên phát huy tinh thần tự học, chấp hành nghiêm nội quy lớp học.",
			[]wantItem{{"task", "mỗi học viên phát huy tinh thần tự học, chấp hành nghiêm nội quy lớp học", "Phạm Văn Sơn"}}},
		{"a proposal to a higher body stays a remark",
			head + "Đồng chí Phạm Văn Sơn, Giám đốc Sở Y tế đề nghị Bộ Y tế sớm hỗ trợ vắc-xin cho tỉnh.",
			[]wantItem{{"discussion", "đề nghị Bộ Y tế sớm hỗ trợ vắc-xin cho tỉnh", "Phạm Văn Sơn"}}},
		// A hard line break inside the sentence is joined (text.go); a
		// speaker who is not directing the meeting keeps the request in
		// the speech, as dev b01 is annotated.
		{"an opening clause cut off by a line break",
			head + "Phát biểu tại buổi lễ,\nđồng chí Phạm Văn Sơn, Giám đốc Trường Chính trị tỉnh đề nghị mỗi học viên phát huy tinh thần tự học, chấp hành nghiêm nội quy lớp học.",
			[]wantItem{{"speech", "Phát biểu tại buổi lễ, đề nghị mỗi học viên phát huy tinh thần tự học, chấp hành nghiêm nội quy lớp học", "Phạm Văn Sơn"}}},
		{"a side activity of the participants",
			head + "Tại buổi giao lưu, đại biểu và đoàn viên thanh niên đã cùng nhau trồng cây lưu niệm trong khuôn viên nhà văn hóa.",
			[]wantItem{{"other", "đại biểu và đoàn viên thanh niên đã cùng nhau trồng cây lưu niệm trong khuôn viên nhà văn hóa", ""}}},
		{"a voting rule is no decision",
			head + "Chi bộ dưới 9 đảng viên chỉ bầu bí thư, nếu cần thì bầu thêm phó bí thư.",
			nil},
		{"rolling out a plan to the meeting presents it",
			head + "Tại hội nghị, bà Đỗ Thị Hạnh - Phó Chủ tịch UBND xã triển khai kế hoạch chuyển đổi cơ cấu cây trồng vụ đông năm nay.",
			[]wantItem{{"report", "triển khai kế hoạch chuyển đổi cơ cấu cây trồng vụ đông năm nay", "Đỗ Thị Hạnh"}}},
		{"a body's report heard at a meeting a person chairs",
			head + "Chiều 17/8, Phó Chủ tịch UBND tỉnh Lê Văn Tường chủ trì cuộc họp nghe Sở Công Thương báo cáo phương án tổ chức hội chợ hàng Việt năm 2026.",
			[]wantItem{{"report", "báo cáo phương án tổ chức hội chợ hàng Việt năm 2026", "Sở Công Thương"}}},
		{"reports by unnamed representatives after sau khi",
			head + "Hội nghị sau khi đại diện lãnh đạo Trung tâm báo cáo về tình hình hoạt động 6 tháng, đại diện các khoa, phòng và các trạm y tế báo cáo kết quả hoạt động của đơn vị mình, trong đó chỉ ra vướng mắc.",
			[]wantItem{{"report", "báo cáo về tình hình hoạt động 6 tháng", ""}, {"report", "báo cáo kết quả hoạt động của đơn vị mình", ""}}},
		{"a crowd heard is no presenter",
			head + "Hội nghị đã nghe các đơn vị báo cáo kết quả công tác năm 2021.",
			[]wantItem{{"report", "báo cáo kết quả công tác năm 2021", ""}}},
		{"a concluding agreement is a decision and what it asks to note are tasks",
			head + "Kết luận cuộc họp, ông Lê Văn Tường, Phó Chủ tịch UBND tỉnh thống nhất với phương án tổ chức hội chợ. Đồng thời, lưu ý bố trí đủ gian hàng cho doanh nghiệp; bảo đảm an ninh trật tự, vệ sinh môi trường.",
			[]wantItem{{"closing", "Kết luận cuộc họp", "Lê Văn Tường"}, {"decision", "thống nhất với phương án tổ chức hội chợ", "Lê Văn Tường"},
				{"task", "bố trí đủ gian hàng cho doanh nghiệp", "Lê Văn Tường"}, {"task", "bảo đảm an ninh trật tự, vệ sinh môi trường", "Lê Văn Tường"}}},
		{"a caption broken after the name",
			head + "Hội thảo có sự tham dự của nhiều học giả.\nÔng Kim Min Soo - Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng\nphát biểu tại Hội thảo",
			[]wantItem{{"speech", "phát biểu tại Hội thảo", "Kim Min Soo"}}},
		{"a lower-case line after a line of prose is no caption",
			head + "Tham dự có ông Kim Min Soo, Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng\nphát biểu tại Hội thảo",
			nil},
		{"gifts exchanged are an item of their own",
			head + "Dịp này, Chủ tịch UBND tỉnh Lê Văn Tường tặng Ngài Đại sứ bức tranh phong cảnh vịnh Hạ Long.",
			[]wantItem{{"other", "tặng Ngài Đại sứ bức tranh phong cảnh vịnh Hạ Long", "Lê Văn Tường"}}},
		{"those elected named as a noun ('người trúng cử') make no election",
			head + "Hội đồng đã nghe đồng chí Lò Văn Khánh, Chánh Văn phòng Hội đồng, trình bày Tờ trình về việc xác nhận tư cách người trúng cử.",
			[]wantItem{{"report", "trình bày Tờ trình về việc xác nhận tư cách người trúng cử", "Lò Văn Khánh"}}},
		{"a debate, then a vote after its comma: two items",
			head + "Hội nghị đã thảo luận sôi nổi, nhất trí thông qua Nghị quyết về công tác cán bộ.",
			[]wantItem{{"discussion", "thảo luận sôi nổi", ""}, {"decision", "nhất trí thông qua Nghị quyết về công tác cán bộ", ""}}},
		{"the parties' debate, then their vote",
			head + "Hai bên đã thảo luận sôi nổi, thống nhất thông qua quy chế phối hợp.",
			[]wantItem{{"discussion", "thảo luận sôi nổi", ""}, {"decision", "thống nhất thông qua quy chế phối hợp", ""}}},
		{"flowers to congratulate the meeting are a gift",
			head + "Bà Trần Thị Mai, Chủ tịch Hội Cựu giáo chức huyện tặng hoa chúc mừng đại hội.",
			[]wantItem{{"other", "tặng hoa chúc mừng đại hội", "Trần Thị Mai"}}},
		{"flowers for award winners are no item of their own",
			head + "Bà Trần Thị Mai tặng hoa chúc mừng 4 cán bộ hưu trí được Chủ tịch nước trao tặng Huân chương Kháng chiến.",
			nil},
		{"an affirmation by a named leader is a speech",
			head + "Tại buổi làm việc, Chủ tịch UBND tỉnh Lê Văn Tường khẳng định tỉnh luôn tạo điều kiện thuận lợi cho doanh nghiệp đầu tư.",
			[]wantItem{{"speech", "khẳng định tỉnh luôn tạo điều kiện thuận lợi cho doanh nghiệp đầu tư", "Lê Văn Tường"}}},
		{"a speaker named only by the office held by someone named earlier",
			head + "Tại Hội nghị, đồng chí Lê Văn Tường, Bí thư Huyện ủy thông tin với hội nghị về những nội dung chính của Hội nghị Trung ương 6.\nĐồng chí Bí thư Huyện ủy nhấn mạnh, các nghị quyết lần này đều có ý nghĩa lâu dài.",
			[]wantItem{{"report", "thông tin với hội nghị về những nội dung chính của Hội nghị Trung ương 6", "Lê Văn Tường"}, {"speech", "nhấn mạnh, các nghị quyết lần này đều có ý nghĩa lâu dài", "Lê Văn Tường"}}},
		{"an office two people hold names no one",
			head + "Dự có ông Lê Văn Tường, Phó Chủ tịch UBND tỉnh và ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh.\nPhó Chủ tịch UBND tỉnh nhấn mạnh, kết quả rất đáng ghi nhận.",
			nil},
		{"papers read by an unnamed group",
			head + "Trong hai ngày làm việc, các nhà khoa học thuộc Viện Sử học trình bày 12 báo cáo chuyên đề về lịch sử, văn hóa vùng Nam Bộ.",
			[]wantItem{{"report", "trình bày 12 báo cáo chuyên đề về lịch sử, văn hóa vùng Nam Bộ", ""}}},
		{"handing over an award is the award",
			head + "Dịp này, Chủ tịch UBND tỉnh Lê Văn Tường tặng Bằng khen cho 5 tập thể.",
			[]wantItem{{"award", "tặng Bằng khen cho 5 tập thể", "Lê Văn Tường"}}},
		{"a speech at the opening ceremony opens the meeting",
			head + "Phát biểu tại lễ khai mạc, PGS.TS Lê Văn Tường cho biết chương trình có ý nghĩa quan trọng.",
			[]wantItem{{"opening", "Phát biểu tại lễ khai mạc", "Lê Văn Tường"}}},
		{"a prize-giving named in the lead",
			"Lễ tổng kết\nSáng 3/6, Sở Văn hóa tổ chức Lễ tổng kết, trao giải Hội thi “Tiếng hát học đường” năm 2022.",
			[]wantItem{{"award", "trao giải Hội thi “Tiếng hát học đường” năm 2022", ""}}},
		{"what else the delegates discussed, without the side activity",
			head + "Ngoài ra, đại biểu hai bên còn thảo luận về những vấn đề hai bên cùng quan tâm, cũng như tham gia hoạt động giao lưu thể thao.",
			[]wantItem{{"discussion", "thảo luận về những vấn đề hai bên cùng quan tâm", ""}}},
		{"attending the opening ceremony opens nothing",
			head + "Đồng chí Lê Văn Tường, Bí thư Tỉnh ủy và các đại biểu dự lễ khai mạc Hội nghị.",
			nil},
		{"an opening session held, without who came",
			"Đại hội Hội Nông dân\nSáng 20-7, Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ VII tổ chức phiên khai mạc trọng thể tại Hội trường huyện với sự hiện diện của 180 đại biểu.",
			[]wantItem{{"opening", "tổ chức phiên khai mạc trọng thể tại Hội trường huyện", ""}}},
		{"a report and a discussion by unnamed groups joined by a semicolon",
			head + "Tại hội nghị, các đơn vị đã báo cáo kết quả thu ngân sách quý I; đồng thời đại diện các xã đã thảo luận, kiến nghị tháo gỡ vướng mắc về đất đai.",
			[]wantItem{{"report", "báo cáo kết quả thu ngân sách quý I", ""}, {"discussion", "đại diện các xã đã thảo luận, kiến nghị tháo gỡ vướng mắc về đất đai", ""}}},
		{"a directing speech by a speaker named only by office sets tasks",
			head + "Phát biểu chỉ đạo, đồng chí Chủ tịch UBND huyện yêu cầu các xã rà soát lại danh sách hộ nghèo. Đồng thời, đồng chí cũng đề nghị Phòng Tài chính bố trí kinh phí kịp thời.",
			[]wantItem{{"speech", "Phát biểu chỉ đạo", ""}, {"task", "các xã rà soát lại danh sách hộ nghèo", ""}, {"task", "Phòng Tài chính bố trí kinh phí kịp thời", ""}}},
		{"the office-only speaker after an opening clause without its comma",
			head + "Kết luận hội nghị đồng chí Bí thư Huyện ủy yêu cầu các chi bộ tập trung phát triển đảng viên mới.",
			[]wantItem{{"closing", "Kết luận hội nghị", ""}, {"task", "các chi bộ tập trung phát triển đảng viên mới", ""}}},
		{"honours given without an award named",
			head + "Hội nghị cũng đã tuyên dương các tập thể, cá nhân có thành tích tiêu biểu trong công tác tuyên truyền pháp luật.",
			[]wantItem{{"award", "tuyên dương các tập thể, cá nhân có thành tích tiêu biểu trong công tác tuyên truyền pháp luật", ""}}},
		{"honours only proposed are no award",
			head + "Các đơn vị cần tuyên dương kịp thời những điển hình tiên tiến.",
			nil},
		{"a lower-case regulation adopted is a decision",
			head + "Trong hội nghị, đại diện các phòng ban đã thông qua quy chế làm việc của hội đồng năm 2022.",
			[]wantItem{{"decision", "đại diện các phòng ban đã thông qua quy chế làm việc của hội đồng năm 2022", ""}}},
		{"thông qua meaning by means of is no decision",
			head + "Công tác phổ biến pháp luật được đẩy mạnh thông qua nhiều hình thức phong phú.",
			nil},
		{"a bare report heard from unnamed units, then the delegates' comments",
			head + "Tại hội nghị, sau khi nghe các phòng chuyên môn báo cáo, các đại biểu nhất trí với dự thảo, đồng thời góp ý bổ sung một số nhiệm vụ trọng tâm năm 2022.",
			[]wantItem{{"report", "các phòng chuyên môn báo cáo", ""}, {"discussion", "góp ý bổ sung một số nhiệm vụ trọng tâm năm 2022", ""}}},
		{"a speaker sharing feelings: the opening clause names the speech",
			head + "Phát biểu tại buổi lễ, ông Ngô Quang Vinh chia sẻ với niềm vui của các em học sinh trong ngày hội đến trường, đồng thời mong các thầy cô tiếp tục đổi mới phương pháp giảng dạy.",
			[]wantItem{{"speech", "Phát biểu tại buổi lễ", "Ngô Quang Vinh"}}},
		{"a paper presented ', đồng thời' after the opener's remarks is an item; a further remark is the same speech",
			head + "Phát biểu khai mạc hội nghị, ông Ngô Quang Vinh nêu bật ý nghĩa của hội nghị, đồng thời trình bày báo cáo tổng kết công tác năm 2021. Ông Lê Văn An, Chủ tịch UBND huyện đánh giá cao kết quả đạt được, đồng thời lưu ý các đơn vị cần tăng cường tuần tra.",
			[]wantItem{{"opening", "Phát biểu khai mạc hội nghị", "Ngô Quang Vinh"}, {"report", "trình bày báo cáo tổng kết công tác năm 2021", "Ngô Quang Vinh"}, {"speech", "đánh giá cao kết quả đạt được", "Lê Văn An"}}},
		{"the chair's duties listed after a colon are tasks; a guest's stay the speech",
			head + "Đồng chí Lê Văn An, Phó Chủ tịch UBND huyện chủ trì hội nghị. Phát biểu tại hội nghị, đồng chí Lê Văn An nhấn mạnh: Thời gian tới, các xã cần rà soát hồ sơ đất đai; hoàn thành cấp giấy chứng nhận trước tháng 6. Tiếp tục nâng cao chất lượng hòa giải, tuyên truyền pháp luật ở khu dân cư. Phát biểu tại hội nghị, ông Ngô Quang Vinh nhấn mạnh: các xã cần chủ động hơn; các trường cần phối hợp chặt chẽ.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị", "Lê Văn An"}, {"task", "các xã cần rà soát hồ sơ đất đai", "Lê Văn An"}, {"task", "hoàn thành cấp giấy chứng nhận trước tháng 6", "Lê Văn An"},
				{"task", "Tiếp tục nâng cao chất lượng hòa giải, tuyên truyền pháp luật ở khu dân cư", "Lê Văn An"}, {"speech", "Phát biểu tại hội nghị", "Ngô Quang Vinh"}}},
		{"a body in brackets closing the presenter's office; what follows ', trong đó' spells the item out",
			head + "Buổi tập huấn nghe đồng chí Đỗ Văn Tiến, Phó Vụ trưởng Vụ Pháp chế (Bộ Tư pháp) giới thiệu khái quát về công tác xây dựng văn bản quy phạm, trong đó tập trung vào những lỗi thường gặp và cách khắc phục.",
			[]wantItem{{"report", "giới thiệu khái quát về công tác xây dựng văn bản quy phạm", "Đỗ Văn Tiến"}}},
		{"an unnamed speaker's instructions to the participants are tasks",
			head + "Phát biểu tại buổi khai giảng, đại diện UBND phường Tân An đề nghị các học viên chấp hành nội quy lớp học, chuyên cần và áp dụng kỹ thuật mới vào chăn nuôi.",
			[]wantItem{{"speech", "Phát biểu tại buổi khai giảng", ""}, {"task", "các học viên chấp hành nội quy lớp học, chuyên cần và áp dụng kỹ thuật mới vào chăn nuôi", ""}}},
		{"an honour received at a ceremony, and the decision announced with it",
			head + "Ngày 3/2, Phó Chủ tịch nước Lê Văn Huệ đã về dự Lễ kỷ niệm 60 năm ngày thành lập huyện, đón nhận Huân chương Độc lập hạng Nhì và công bố quyết định huyện Tân Kỳ đạt chuẩn nông thôn mới.",
			[]wantItem{{"award", "đón nhận Huân chương Độc lập hạng Nhì", ""}, {"decision", "công bố quyết định huyện Tân Kỳ đạt chuẩn nông thôn mới", ""}}},
		{"an honour received at a ceremony the body held",
			head + "Ngày 22/1, xã Nghi Thạch tổ chức Lễ kỷ niệm 60 năm thành lập và đón nhận Huân chương Lao động hạng Nhì.",
			[]wantItem{{"award", "đón nhận Huân chương Lao động hạng Nhì", ""}}},
		{"the end of a course told in the future is no closing",
			head + "Bà Trần Thị Lan thay mặt học viên phát biểu cảm ơn. Kết thúc khóa học, học viên đạt yêu cầu sẽ được nhà trường cấp chứng chỉ.",
			[]wantItem{{"speech", "phát biểu cảm ơn", "Trần Thị Lan"}}},
		{"a link after the requests is no task",
			head + "Làm việc tại Cà Mau, Bộ trưởng Lê Văn Dũng đề nghị Tỉnh ủy, UBND tỉnh quan tâm đào tạo nghề cho lao động nông thôn. (đọc thêm)",
			[]wantItem{{"task", "Tỉnh ủy, UBND tỉnh quan tâm đào tạo nghề cho lao động nông thôn", "Lê Văn Dũng"}}},
		{"the attendance of a signing tells no signing",
			head + "Tham dự lễ ký kết có các đồng chí: Hoàng Minh Sơn, Chủ tịch UBND tỉnh; Đặng Thu Hà, Phó Chủ tịch UBND tỉnh.",
			nil},
		{"a short point still names the speech",
			head + "Phát biểu tại hội nghị, ông Ngô Quang Vinh nhấn mạnh vai trò của công tác phổ biến pháp luật.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị, nhấn mạnh vai trò của công tác phổ biến pháp luật", "Ngô Quang Vinh"}}},
		{"signing an agreement without ký kết is a signing",
			head + "Cùng ngày, Sở Nội vụ hai tỉnh đã hội đàm và ký thoả thuận hợp tác giai đoạn 2026 - 2030.",
			[]wantItem{{"signing", "ký thoả thuận hợp tác giai đoạn 2026 - 2030", ""}}},
		{"who witnessed a signing is no part of it",
			head + "Sau hội đàm, hai tỉnh đã ký kết biên bản hợp tác giai đoạn 2026 - 2030 dưới sự chứng kiến của đông đảo đại biểu hai bên.",
			[]wantItem{{"signing", "ký kết biên bản hợp tác giai đoạn 2026 - 2030", ""}}},
		{"an agreement signed earlier is not an item",
			head + "Các đơn vị tiếp tục thực hiện theo thỏa thuận đã được ký thỏa thuận năm trước.",
			nil},
		{"launching an emulation drive is an other item",
			head + "Dịp này, Hội Nông dân huyện phát động phong trào thi đua sản xuất, kinh doanh giỏi năm 2026.",
			[]wantItem{{"other", "phát động phong trào thi đua sản xuất, kinh doanh giỏi năm 2026", ""}}},
		{"a drive launched by someone else is not an item",
			head + "Các đơn vị hưởng ứng đợt thi đua do Ủy ban nhân dân tỉnh phát động thi đua từ đầu năm.",
			nil},
		{"an agreement to adopt after a discussion is a decision of its own, cut before the resolve",
			head + "Tại phiên họp, các đại biểu đã trao đổi cởi mở, thẳng thắn, nhất trí thông qua kế hoạch hoạt động năm 2026, khẳng định quyết tâm hoàn thành các chỉ tiêu.",
			[]wantItem{{"discussion", "trao đổi cởi mở, thẳng thắn", ""}, {"decision", "nhất trí thông qua kế hoạch hoạt động năm 2026", ""}}},
		{"a consensus election by the front is a decision",
			head + "Hội nghị đã hiệp thương cử Ban Thường trực Ủy ban MTTQ xã Phú Lộc gồm 5 vị.",
			[]wantItem{{"decision", "hiệp thương cử Ban Thường trực Ủy ban MTTQ xã Phú Lộc gồm 5 vị", ""}}},
		{"an agreement to adopt a date is a decision",
			head + "Hội nghị đã thống nhất thông qua thời gian tổ chức đại hội chi bộ.",
			[]wantItem{{"decision", "thống nhất thông qua thời gian tổ chức đại hội chi bộ", ""}}},
		{"a discussion as lead-in: the main verb gives the item",
			head + "Trên cơ sở thảo luận cởi mở, công khai, phiên họp đã biểu quyết chọn 25 người ứng cử đại biểu HĐND xã.",
			[]wantItem{{"decision", "biểu quyết chọn 25 người ứng cử đại biểu HĐND xã", ""}}},
		{"opinions from a discussion as lead-in",
			head + "Từ ý kiến thảo luận tại tổ, các đại biểu đã biểu quyết thông qua dự thảo nghị quyết về kế hoạch đầu tư công.",
			[]wantItem{{"decision", "biểu quyết thông qua dự thảo nghị quyết về kế hoạch đầu tư công", ""}}},
		{"papers listed after 'như:' are one report each",
			head + "Đại hội đã thảo luận và thông qua các báo cáo như: báo cáo kết quả hoạt động của Ban Chấp hành, báo cáo tài chính năm 2025 và báo cáo kiểm tra của Ban Kiểm tra.",
			[]wantItem{{"decision", "thảo luận và thông qua các báo cáo", ""}, {"report", "báo cáo kết quả hoạt động của Ban Chấp hành", ""}, {"report", "báo cáo tài chính năm 2025", ""}, {"report", "báo cáo kiểm tra của Ban Kiểm tra", ""}}},
		{"answers named as the topic of a body's report are not a debate",
			head + "Đoàn công tác đã nghe Sở Xây dựng báo cáo kết quả trả lời kiến nghị của cử tri trước kỳ họp thứ 8.",
			[]wantItem{{"report", "báo cáo kết quả trả lời kiến nghị của cử tri trước kỳ họp thứ 8", "Sở Xây dựng"}}},
		{"a consensus choice of a person is a decision from its verbs",
			head + "Tại hội nghị, các ủy viên đã biểu quyết, hiệp thương cử bà Lê Thị Hạnh, Chủ tịch Hội Phụ nữ xã giữ chức Phó Chủ tịch Ủy ban MTTQ xã.",
			[]wantItem{{"decision", "biểu quyết, hiệp thương cử bà Lê Thị Hạnh giữ chức Phó Chủ tịch Ủy ban MTTQ xã", ""}}},
		{"an act opened by 'tiến hành' or 'đã' after 'và' or ';' is an item of its own",
			head + "Các đại biểu đã thảo luận, góp ý dự thảo quy chế làm việc của Ban Chỉ đạo và tiến hành biểu quyết thông qua nghị quyết phiên họp thứ hai; đã thống nhất thông qua lịch công tác quý III.",
			[]wantItem{{"discussion", "thảo luận, góp ý dự thảo quy chế làm việc của Ban Chỉ đạo", ""}, {"decision", "biểu quyết thông qua nghị quyết phiên họp thứ hai", ""}, {"decision", "thống nhất thông qua lịch công tác quý III", ""}}},
		{"a request verb right after the speaker keeps its comma",
			head + "Phát biểu chỉ đạo, Thượng tá Lê Văn Hùng, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh yêu cầu, các đơn vị tiếp tục duy trì nghiêm chế độ trực sẵn sàng chiến đấu.",
			[]wantItem{{"speech", "Phát biểu chỉ đạo", "Lê Văn Hùng"}, {"task", "các đơn vị tiếp tục duy trì nghiêm chế độ trực sẵn sàng chiến đấu", "Lê Văn Hùng"}}},
		{"a report heard with its appraisal after a comma",
			head + "Tại phiên họp, các thành viên đã nghe báo cáo, đánh giá tiến độ xây dựng cầu Bến Đá trong quý III.",
			[]wantItem{{"report", "báo cáo, đánh giá tiến độ xây dựng cầu Bến Đá trong quý III", ""}}},
		{"a comma after a bare report heard starts the next clause",
			head + "Sau khi nghe báo cáo, các đại biểu đã thảo luận sôi nổi về nhiệm vụ năm tới.",
			[]wantItem{{"discussion", "thảo luận sôi nổi về nhiệm vụ năm tới", ""}}},
		{"the chair's speech named by its opener, the request a task",
			"Hội nghị giao ban\nChiều 28/12, Đảng ủy xã tổ chức hội nghị giao ban tháng 12, đồng chí Phạm Văn Toàn, Bí thư Đảng ủy xã chủ trì hội nghị.\nPhát biểu tại hội nghị, đồng chí Phạm Văn Toàn đề nghị các chi bộ tập trung hoàn thành chỉ tiêu kết nạp đảng viên năm 2022.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị", "Phạm Văn Toàn"}, {"task", "các chi bộ tập trung hoàn thành chỉ tiêu kết nạp đảng viên năm 2022", "Phạm Văn Toàn"}}},
		{"a visiting leader's requests direct the hosts, and the next sentence goes on",
			head + "Sáng 5-3, đến thăm và làm việc với Đồn Biên phòng Phú Mỹ, Bí thư Huyện ủy Trần Văn Nam đề nghị đơn vị tăng cường tuần tra, kiểm soát trên tuyến biên giới. Các lực lượng cần phối hợp chặt chẽ trong công tác nắm tình hình địa bàn.",
			[]wantItem{{"task", "đơn vị tăng cường tuần tra, kiểm soát trên tuyến biên giới", "Trần Văn Nam"}, {"task", "Các lực lượng cần phối hợp chặt chẽ trong công tác nắm tình hình địa bàn", "Trần Văn Nam"}}},
		{"papers after one 'trình bày' split by semicolons, then the chair's praise and request",
			"Phiên họp thường kỳ\nNgày 6/9, UBND thị xã tổ chức phiên họp thường kỳ tháng 9, đồng chí Trần Văn Bình, Chủ tịch UBND thị xã chủ trì phiên họp. Phiên họp nghe Văn phòng UBND thị xã trình bày dự thảo báo cáo tình hình kinh tế - xã hội năm 2025; dự thảo báo cáo công tác cải cách hành chính năm 2025; dự thảo kế hoạch công tác năm 2026.\nĐồng chí Chủ tịch UBND thị xã đánh giá cao sự chuẩn bị của các phòng chuyên môn, đồng thời chỉ ra những hạn chế cần khắc phục và yêu cầu các phòng hoàn thiện các dự thảo báo cáo./.",
			[]wantItem{{"report", "trình bày dự thảo báo cáo tình hình kinh tế - xã hội năm 2025", ""}, {"report", "dự thảo báo cáo công tác cải cách hành chính năm 2025", ""}, {"report", "dự thảo kế hoạch công tác năm 2026", ""}, {"task", "các phòng hoàn thiện các dự thảo báo cáo", "Trần Văn Bình"}}},
		{"a debate ended by an agreement: two items on one object; the next session's plans are none",
			head + "Thường trực HĐND phường đã thảo luận và nhất trí thông qua kế hoạch tổ chức kỳ họp thứ tư HĐND phường. Theo đó kỳ họp thứ tư dự kiến được tổ chức trong hai ngày 3 và 4/12/2025; đồng thời thông qua Kế hoạch khảo sát năm 2026.",
			[]wantItem{{"discussion", "thảo luận kế hoạch tổ chức kỳ họp thứ tư HĐND phường", ""}, {"decision", "nhất trí thông qua kế hoạch tổ chức kỳ họp thứ tư HĐND phường", ""}}},
		{"one verb shared by two people is one item",
			head + "Tại buổi họp mặt, chị Trần Thị Lan - nguyên Chủ tịch Hội LHPN huyện và chị Lê Thị Hoa - Chủ tịch Hội LHPN xã Tân An, chia sẻ những kinh nghiệm trong công tác vận động hội viên.",
			[]wantItem{{"discussion", "chia sẻ những kinh nghiệm trong công tác vận động hội viên", ""}}},
		{"a signing held by two bodies starts at its verb; the content, the parties' routine and a caption repeat nothing new",
			"Lễ ký kết\nChiều 20-8, Sở Y tế và Hội Nông dân tỉnh vừa tổ chức lễ ký kết quy chế phối hợp trong công tác chăm sóc sức khỏe hội viên (sau đây gọi tắt là quy chế).\nTheo đó, hai bên đã ký kết phối hợp triển khai khám sàng lọc cho nông dân; truyền thông phòng bệnh ở cơ sở. Hai bên mỗi quý tổ chức giao ban đánh giá kết quả, bàn các giải pháp tiếp theo.\nHai bên ký kết quy chế phối hợp",
			[]wantItem{{"signing", "ký kết quy chế phối hợp trong công tác chăm sóc sức khỏe hội viên", ""}}},
		{"awards told in the passive; the honoured among those present are none",
			head + "Dự hội nghị có đại diện các xã, thị trấn, các tập thể, cá nhân được khen thưởng cùng 85 hội viên.\nNhiều tập thể, cá nhân được Công đoàn ngành khen thưởng vì có thành tích xuất sắc trong năm 2025. Công đoàn Bệnh viện huyện được nhận bằng khen của Liên đoàn Lao động tỉnh.",
			[]wantItem{{"award", "Nhiều tập thể, cá nhân được Công đoàn ngành khen thưởng vì có thành tích xuất sắc trong năm 2025", ""}, {"award", "Công đoàn Bệnh viện huyện được nhận bằng khen của Liên đoàn Lao động tỉnh", ""}}},
		{"a report in the lead-in clause, then the congress's own act",
			head + "Sau khi báo cáo kết quả hoạt động của Ban Chấp hành Hội Cựu chiến binh phường khóa mới, Đại hội tiếp tục tập trung thảo luận, làm rõ nguyên nhân của những tồn tại.",
			[]wantItem{{"report", "báo cáo kết quả hoạt động của Ban Chấp hành Hội Cựu chiến binh phường khóa mới", ""}, {"discussion", "thảo luận, làm rõ nguyên nhân của những tồn tại", ""}}},
		{"reports and a discussion joined by 'và' in a 'thông qua' lead-in",
			head + "Theo đó, thông qua các báo cáo sơ lược tình hình chăm sóc lúa vụ mùa và thảo luận bổ sung những khó khăn về nguồn nước tưới, các đại biểu đã thống nhất nhiều ý kiến, đề xuất.",
			[]wantItem{{"report", "các báo cáo sơ lược tình hình chăm sóc lúa vụ mùa", ""}, {"discussion", "thảo luận bổ sung những khó khăn về nguồn nước tưới", ""}}},
		{"an emulation vote after ';' is a decision of its own",
			head + "Dịp này, các đại biểu bầu Công an huyện Đông Sơn làm trưởng khối thi đua năm 2026; bình bầu và đề nghị tặng Cờ thi đua cho Công an huyện Bắc Sơn.",
			[]wantItem{{"decision", "bầu Công an huyện Đông Sơn làm trưởng khối thi đua năm 2026", ""}, {"decision", "bình bầu và đề nghị tặng Cờ thi đua cho Công an huyện Bắc Sơn", ""}}},
		{"the audience presented with a paper, its proposals and the guidance it heard",
			head + "Hội nghị được thông qua kết quả khai thác than quý I và kế hoạch quý II năm 2024.\nQua đó Hội nghị có những đề xuất, kiến nghị về việc bổ sung thiết bị cho các phân xưởng.\nHội nghị đã lắng nghe ý kiến chỉ đạo của Tổng giám đốc, Ban kiểm soát Tổng công ty và ý kiến của các trưởng phòng.",
			[]wantItem{{"report", "thông qua kết quả khai thác than quý I và kế hoạch quý II năm 2024", ""}, {"discussion", "đề xuất, kiến nghị về việc bổ sung thiết bị cho các phân xưởng", ""}, {"speech", "ý kiến chỉ đạo của Tổng giám đốc, Ban kiểm soát Tổng công ty", ""}}},
		{"a meeting broadcast or held is no briefing",
			head + "Hội nghị được truyền hình trực tiếp trên sóng của Đài Phát thanh và Truyền hình tỉnh. Hội nghị có ý nghĩa quan trọng đối với phong trào thi đua của tỉnh.",
			nil},
		{"a drive launched before the people who then share their experience",
			head + "Tại buổi họp mặt, Hội Nông dân xã đã phát động phong trào thi đua “Nông dân sản xuất giỏi”; giao lưu 03 hội viên tiêu biểu, anh Nguyễn Văn An - Tổ trưởng Tổ hợp tác rau sạch và chị Trần Thị Bình - Chủ nhiệm Hợp tác xã Bình Minh, chia sẻ kinh nghiệm làm kinh tế vườn.",
			[]wantItem{{"other", "phát động phong trào thi đua “Nông dân sản xuất giỏi”", ""}, {"discussion", "chia sẻ kinh nghiệm làm kinh tế vườn", ""}}},
		{"gifts handed over by the hosts, up to what they show; gifts received are none",
			head + "Dịp này, lãnh đạo Sở Văn hóa trao tặng quà cho các đội văn nghệ tham gia hội diễn, thể hiện sự trân trọng công sức của các nghệ nhân.\nCác hộ nghèo được nhận quà của Hội Chữ thập đỏ.",
			[]wantItem{{"award", "trao tặng quà cho các đội văn nghệ tham gia hội diễn", ""}}},
		{"one official 'thông qua' a draft presents it; a resolution read out is a decision",
			head + "Tại cuộc họp, đồng chí Nguyễn Văn An, Phó Chủ tịch HĐND thị xã đã thông qua dự kiến chương trình, nội dung kỳ họp thứ 7 HĐND thị xã.\nBà Trần Thị Mai, thư ký đại hội đã thông qua Nghị quyết Đại hội.",
			[]wantItem{{"report", "thông qua dự kiến chương trình, nội dung kỳ họp thứ 7 HĐND thị xã", "Nguyễn Văn An"}, {"decision", "thông qua Nghị quyết Đại hội", "Trần Thị Mai"}}},
		{"the meeting's own programme told in the future, and the drafts it comments on; another session's plans are none",
			head + "Hội nghị sẽ diễn ra trong hai buổi và dành thời gian để thảo luận, kiểm điểm việc thực hiện kế hoạch phát triển kinh tế - xã hội quý III. Đồng thời, tham gia ý kiến cụ thể vào các dự thảo như: Nghị quyết về chuyển đổi số năm 2027; Quy chế làm việc của Ban Thường vụ.\nKỳ họp thứ 9 HĐND thị xã sẽ thảo luận, thông qua các nghị quyết quan trọng.",
			[]wantItem{{"discussion", "thảo luận, kiểm điểm việc thực hiện kế hoạch phát triển kinh tế - xã hội quý III", ""}, {"discussion", "tham gia ý kiến cụ thể vào các dự thảo như: Nghị quyết về chuyển đổi số năm 2027; Quy chế làm việc của Ban Thường vụ", ""}}},
		{"a discussion carried out ('tiến hành thảo luận'), and the units' proposals after 'Trên cơ sở đó'",
			head + "Tiếp đó, cuộc họp tiến hành thảo luận và thông tin một số hoạt động của các ngành trong tháng. Trên cơ sở đó, các đơn vị đã đề xuất giải pháp tháo gỡ khó khăn trong giải ngân vốn đầu tư công.",
			[]wantItem{{"discussion", "thảo luận và thông tin một số hoạt động của các ngành trong tháng", ""}, {"discussion", "các đơn vị đã đề xuất giải pháp tháo gỡ khó khăn trong giải ngân vốn đầu tư công", ""}}},
		{"the votes a congress was held for are no decision; an act narrated after the directing speech is not one more task",
			head + "Chiều ngày 29/4/2022, Chi bộ trường Tiểu học Hòa Bình tổ chức Đại hội chi bộ nhiệm kỳ 2022-2025, nhằm đánh giá kết quả hoạt động của Chi bộ, đồng thời bầu ra Ban chi ủy mới. Phát biểu chỉ đạo tại Đại hội, đồng chí Lê Văn Tâm đề nghị các đồng chí đảng viên phát huy vai trò tiên phong, gương mẫu.\nTại Đại hội, toàn thể đảng viên Chi bộ đã thông qua nghị quyết nhiệm kỳ 2022-2025.",
			[]wantItem{{"speech", "Phát biểu chỉ đạo tại Đại hội", "Lê Văn Tâm"}, {"task", "các đồng chí đảng viên phát huy vai trò tiên phong, gương mẫu", "Lê Văn Tâm"}, {"decision", "toàn thể đảng viên Chi bộ đã thông qua nghị quyết nhiệm kỳ 2022-2025", ""}}},
		{"news heard by the delegates after a venue without comma; the chair named by role sets tasks",
			head + "Tại Hội nghị các đại biểu cũng đã được nghe về tình hình thời sự trong nước và quốc tế.\nKết luận Hội nghị, đồng chí chủ trì yêu cầu trong tháng 6, các phòng tiếp tục triển khai những nhiệm vụ được giao; duy trì nền nếp sinh hoạt chi bộ.",
			[]wantItem{{"report", "nghe về tình hình thời sự trong nước và quốc tế", ""}, {"closing", "Kết luận Hội nghị", ""}, {"task", "các phòng tiếp tục triển khai những nhiệm vụ được giao", ""}, {"task", "duy trì nền nếp sinh hoạt chi bộ", ""}}},
		{"an emulation vote with a comma after its verb",
			head + "Tại Hội nghị, các đơn vị đã bình xét, suy tôn 02 đơn vị xuất sắc đề nghị UBND tỉnh tặng Cờ thi đua.",
			[]wantItem{{"decision", "bình xét, suy tôn 02 đơn vị xuất sắc đề nghị UBND tỉnh tặng Cờ thi đua", ""}}},
		{"papers heard listed after a comma, and each further 'nghe' after ';' is one more report",
			head + "Trong ngày làm việc đầu tiên, kỳ họp đã nghe các báo cáo, tờ trình của UBND huyện về kết quả thực hiện nhiệm vụ năm 2025; nghe các báo cáo về công tác thanh tra, tiếp công dân; nghe Ủy ban MTTQ huyện thông báo công tác mặt trận tham gia xây dựng chính quyền.",
			[]wantItem{{"report", "báo cáo, tờ trình của UBND huyện về kết quả thực hiện nhiệm vụ năm 2025", ""}, {"report", "nghe các báo cáo về công tác thanh tra, tiếp công dân", ""}, {"report", "nghe Ủy ban MTTQ huyện thông báo công tác mặt trận tham gia xây dựng chính quyền", ""}}},
		{"a briefing on a long-titled paper keeps more words than a task",
			head + "Các đại biểu đã được quán triệt các nội dung cơ bản của nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII và kế hoạch của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số trong các cơ quan đảng, chính quyền, mặt trận và đoàn thể giai đoạn 2026 - 2030.\nKết luận hội nghị, đồng chí Lê Văn Tâm yêu cầu các chi bộ, đảng bộ trực thuộc khẩn trương xây dựng kế hoạch quán triệt nghị quyết và chuyên đề học tập năm 2025 đến toàn thể cán bộ, đảng viên và nhân dân trên địa bàn hoàn thành trong tháng 4.",
			[]wantItem{{"report", "quán triệt các nội dung cơ bản của nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII và kế hoạch của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số trong các cơ quan đảng, chính quyền", ""}, {"closing", "Kết luận hội nghị", "Lê Văn Tâm"}, {"task", "các chi bộ, đảng bộ trực thuộc khẩn trương xây dựng kế hoạch quán triệt nghị quyết và chuyên đề học tập năm 2025 đến toàn thể cán", "Lê Văn Tâm"}}},
		{"an election ends before the praise of those elected",
			head + "Đại hội đã bầu được Ban Chấp hành Hội Nông dân xã khóa X có đủ phẩm chất, bản lĩnh để dẫn dắt phong trào trong nhiệm kỳ tới.",
			[]wantItem{{"decision", "bầu được Ban Chấp hành Hội Nông dân xã khóa X", ""}}},
		{"the congress's own report after 'đã', a capital act after ';', and 'báo cáo' as an object",
			head + "Đại hội đã báo cáo tổng kết hoạt động công đoàn nhiệm kỳ 2012 – 2017.\nĐại hội đã thông qua báo cáo tổng kết nhiệm kỳ 2012-2017; tham gia ý kiến vào dự thảo văn kiện Đại hội Công đoàn huyện; Bầu Ban Chấp hành nhiệm kỳ 2017-2022.\nĐại hội đã thảo luận báo cáo chính trị của Ban Chấp hành.",
			[]wantItem{{"report", "báo cáo tổng kết hoạt động công đoàn nhiệm kỳ 2012 – 2017", ""}, {"decision", "thông qua báo cáo tổng kết nhiệm kỳ 2012-2017", ""}, {"discussion", "tham gia ý kiến vào dự thảo văn kiện Đại hội Công đoàn huyện", ""}, {"decision", "Bầu Ban Chấp hành nhiệm kỳ 2017-2022", ""}, {"discussion", "thảo luận báo cáo chính trị của Ban Chấp hành", ""}}},
		{"an emulation vote in a sentence naming a presenter is no election result",
			head + "Báo cáo tổng kết công tác thi đua năm 2025 do đồng chí Đỗ Thị Lan trình bày đã nêu rõ các đơn vị trong khối đã tiến hành bình bầu những tập thể xuất sắc.",
			[]wantItem{{"report", "Báo cáo tổng kết công tác thi đua năm 2025", "Đỗ Thị Lan"}}},
		{"passive awards listed by ';' are one award each",
			head + "Theo đó, 3 tập thể và 10 cá nhân được nhận bằng khen của Liên đoàn Lao động tỉnh; 5 tập thể được nhận giấy khen của Công đoàn ngành.",
			[]wantItem{{"award", "3 tập thể và 10 cá nhân được nhận bằng khen của Liên đoàn Lao động tỉnh", ""}, {"award", "5 tập thể được nhận giấy khen của Công đoàn ngành", ""}}},
		{"'Đồng thời, yêu cầu ...' goes on with the subject of the sentence before",
			head + "Trung tướng Lê Văn Tân biểu dương kết quả đạt được của các đơn vị trong năm vừa qua. Đồng thời, yêu cầu trong thời gian tới, các đơn vị cần chủ động phối hợp, bám nắm địa bàn; làm tốt công tác đối ngoại quốc phòng.",
			[]wantItem{{"task", "các đơn vị cần chủ động phối hợp, bám nắm địa bàn", "Lê Văn Tân"}, {"task", "làm tốt công tác đối ngoại quốc phòng", "Lê Văn Tân"}}},
		{"the meeting acting again after 'Đồng thời', with a person only in the object",
			head + "Đồng thời kỳ họp HĐND huyện lần này cũng thông qua tờ trình về việc miễn nhiệm chức danh Ủy viên UBND huyện cho bà Dương Thị Lụa do nhận nhiệm vụ mới.",
			[]wantItem{{"decision", "thông qua tờ trình về việc miễn nhiệm chức danh Ủy viên UBND huyện cho bà Dương Thị Lụa do nhận nhiệm vụ mới", ""}}},
		{"'kiến nghị' as a noun opening a sentence is no remark; after 'đã' it is",
			head + "Kiến nghị của cử tri tập trung vào việc sửa chữa đường giao thông nông thôn.\nCác đại biểu đã kiến nghị tháo gỡ vướng mắc về đất đai.",
			[]wantItem{{"discussion", "kiến nghị tháo gỡ vướng mắc về đất đai", ""}}},
		{"the host's request to a visiting delegation is a remark; the visitor's request to the host a task",
			head + "Làm việc với đoàn công tác, Chủ tịch UBND huyện Trần Văn Bình đề nghị Bộ quan tâm hỗ trợ kinh phí xây dựng đê bao.\nLàm việc với huyện, Bí thư Tỉnh ủy Lê Văn An đề nghị huyện tập trung giải ngân vốn đầu tư công.",
			[]wantItem{{"discussion", "đề nghị Bộ quan tâm hỗ trợ kinh phí xây dựng đê bao", "Trần Văn Bình"}, {"task", "huyện tập trung giải ngân vốn đầu tư công", "Lê Văn An"}}},
		{"a record of awards over the years is no award of the meeting",
			head + "Trường THCS Hòa Bình nhiều năm liền được nhận bằng khen của UBND tỉnh.",
			nil},
		{"the aims and requirements of the meeting named by the opener are no request",
			"Hội nghị sơ kết\nSáng 10/7, Huyện ủy Tân Phú tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025. Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy chủ trì hội nghị.\nPhát biểu khai mạc, đồng chí Nguyễn Văn Hải nêu rõ mục đích, yêu cầu của hội nghị.",
			[]wantItem{{"opening", "Phát biểu khai mạc", "Nguyễn Văn Hải"}}},
		{"bulleted tasks each ending with a full stop",
			head + "Kết luận hội nghị, đồng chí Nguyễn Văn Hải yêu cầu các cấp ủy tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:\n- Đẩy mạnh công tác tuyên truyền các nghị quyết của Đảng.\n- Tập trung chỉ đạo thu ngân sách, phấn đấu vượt chỉ tiêu đề ra.\n- Chuẩn bị tốt các điều kiện tổ chức đại hội đảng bộ các cấp.",
			[]wantItem{{"closing", "Kết luận hội nghị", "Nguyễn Văn Hải"}, {"task", "Đẩy mạnh công tác tuyên truyền các nghị quyết của Đảng", "Nguyễn Văn Hải"}, {"task", "Tập trung chỉ đạo thu ngân sách, phấn đấu vượt chỉ tiêu đề ra", "Nguyễn Văn Hải"}, {"task", "Chuẩn bị tốt các điều kiện tổ chức đại hội đảng bộ các cấp", "Nguyễn Văn Hải"}}},
		{"a directing speech on behalf of the province with its request; papers counted and heard",
			head + "Thay mặt lãnh đạo tỉnh, đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị, đề nghị ngành y tế tiếp tục nâng cao chất lượng khám chữa bệnh.\nHội nghị đã nghe 5 tham luận của các đơn vị về kinh nghiệm chuyển đổi số.",
			[]wantItem{{"speech", "phát biểu chỉ đạo hội nghị", "Lê Văn Bình"}, {"task", "ngành y tế tiếp tục nâng cao chất lượng khám chữa bệnh", "Lê Văn Bình"}, {"report", "tham luận của các đơn vị về kinh nghiệm chuyển đổi số", ""}}},
		{"a directing speech ends where its request, a task, begins",
			head + "Đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị, đề nghị ngành y tế tiếp tục nâng cao chất lượng khám chữa bệnh.",
			[]wantItem{{"speech", "phát biểu chỉ đạo hội nghị", "Lê Văn Bình"}, {"task", "ngành y tế tiếp tục nâng cao chất lượng khám chữa bệnh", "Lê Văn Bình"}}},
		{"remarks counted or named as the subject are the debate; the meeting's agreement a decision; guidance no remark",
			head + "Ý kiến của các đại biểu tập trung vào những khó khăn trong công tác khám chữa bệnh bảo hiểm y tế.\nTại hội nghị, đã có 12 ý kiến phát biểu, tập trung làm rõ nguyên nhân của những hạn chế.\nHội nghị cũng đã thống nhất cao với dự thảo kế hoạch năm 2026.\nÝ kiến chỉ đạo của Bộ Y tế được quán triệt tới các đơn vị.",
			[]wantItem{{"discussion", "Ý kiến của các đại biểu tập trung vào những khó khăn trong công tác khám chữa bệnh bảo hiểm y tế", ""}, {"discussion", "có 12 ý kiến phát biểu, tập trung làm rõ nguyên nhân của những hạn chế", ""}, {"decision", "thống nhất cao với dự thảo kế hoạch năm 2026", ""}}},
		{"the unnamed leadership of a body reports; a report asked for is none",
			head + "Tại buổi làm việc, lãnh đạo huyện đã báo cáo kết quả thực hiện nhiệm vụ năm 2025 và những khó khăn, vướng mắc.\nNgoài ra, lãnh đạo huyện yêu cầu các phòng báo cáo tiến độ giải ngân.",
			[]wantItem{{"report", "báo cáo kết quả thực hiện nhiệm vụ năm 2025 và những khó khăn, vướng mắc", ""}}},
		{"directions after 'chỉ đạo:' by a leader named by office only: the tasks go on over the paragraph's sentences",
			"Họp Ban Chỉ đạo\nNgày 5/4/2025, Ban Chỉ đạo chuyển đổi số huyện họp phiên đầu tiên. Chủ tịch UBND huyện Hà Văn Lực chủ trì.\nKết luận phiên họp, Chủ tịch UBND huyện chỉ đạo: Phòng Văn hóa rà soát danh mục dịch vụ công trong tháng này. Các xã hoàn thành kết nối mạng trước quý III. Ban Chỉ đạo sẽ họp định kỳ hằng quý.",
			[]wantItem{{"closing", "Kết luận phiên họp", "Hà Văn Lực"}, {"task", "Phòng Văn hóa rà soát danh mục dịch vụ công trong tháng này", "Hà Văn Lực"}, {"task", "Các xã hoàn thành kết nối mạng trước quý III", "Hà Văn Lực"}}},
		{"a visiting leader's 'yêu cầu,' after the speech's opener sets tasks, not more of the speech",
			head + "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Lương Thị Hiền yêu cầu, trong năm tới, Hội đồng cần đổi mới hình thức tuyên truyền; chú trọng đối tượng thanh thiếu niên.",
			[]wantItem{{"speech", "Phát biểu tại hội nghị", "Lương Thị Hiền"}, {"task", "Hội đồng cần đổi mới hình thức tuyên truyền", "Lương Thị Hiền"}, {"task", "chú trọng đối tượng thanh thiếu niên", "Lương Thị Hiền"}}},
		{"votes carried out and listed at semicolons are one decision each; a lone vote stays one",
			head + "Đại hội đã tiến hành Bầu cử 15 đồng chí vào Ban Chấp hành khóa mới; Bầu đoàn đại biểu dự Đại hội cấp trên; bầu Ủy ban Kiểm tra.\nHội nghị cũng tiến hành bầu cử Chi ủy nhiệm kỳ 2025 - 2027 với tinh thần dân chủ.",
			[]wantItem{{"decision", "Bầu cử 15 đồng chí vào Ban Chấp hành khóa mới", ""}, {"decision", "Bầu đoàn đại biểu dự Đại hội cấp trên", ""}, {"decision", "bầu Ủy ban Kiểm tra", ""}, {"decision", "tiến hành bầu cử Chi ủy nhiệm kỳ 2025 - 2027", ""}}},
		{"the chair goes on with 'Yêu cầu ...' in the next sentence of the paragraph",
			"Họp Ban Chỉ đạo\nNgày 5/4/2025, Ban Chỉ đạo về chuyển đổi số của tỉnh họp phiên thường kỳ. Phó Chủ tịch UBND tỉnh Hà Văn Lực chủ trì.\nPhó Chủ tịch UBND tỉnh Hà Văn Lực khẳng định, năm qua các sở đã hoàn thành nhiều mục tiêu. Yêu cầu Sở Thông tin và Truyền thông rà soát các chỉ tiêu còn chậm; đề xuất giải pháp cho năm tới.",
			[]wantItem{{"speech", "khẳng định, năm qua các sở đã hoàn thành nhiều mục tiêu", "Hà Văn Lực"}, {"task", "Sở Thông tin và Truyền thông rà soát các chỉ tiêu còn chậm", "Hà Văn Lực"}, {"task", "đề xuất giải pháp cho năm tới", "Hà Văn Lực"}}},
		{"a directing speech's request joined to its first verb by 'và' sets tasks",
			head + "Phát biểu chỉ đạo tại Đại hội, ông Lê Văn Hùng, Chủ tịch Hội Nông dân huyện ghi nhận những kết quả đạt được và đề nghị, trong nhiệm kỳ mới, hội viên tiếp tục đổi mới nội dung sinh hoạt; phát triển thêm hội viên mới.",
			[]wantItem{{"speech", "Phát biểu chỉ đạo tại Đại hội", "Lê Văn Hùng"}, {"task", "hội viên tiếp tục đổi mới nội dung sinh hoạt", "Lê Văn Hùng"}, {"task", "phát triển thêm hội viên mới", "Lê Văn Hùng"}}},
		{"the matters listed after 'được thông tin về:' are reports",
			head + "Tại buổi sinh hoạt, đảng viên được thông tin về: kết quả thu ngân sách quý I; tiến độ giải ngân vốn đầu tư công; tình hình thời sự trong nước.",
			[]wantItem{{"report", "kết quả thu ngân sách quý I", ""}, {"report", "tiến độ giải ngân vốn đầu tư công", ""}, {"report", "tình hình thời sự trong nước", ""}}},
		{"'tiếp' opening a verb is no adverb before it",
			head + "Thay mặt lãnh đạo UBND huyện, ông Lê Văn Hùng, Chủ tịch UBND huyện tiếp thu ý kiến chỉ đạo của đoàn công tác.",
			[]wantItem{{"speech", "tiếp thu ý kiến chỉ đạo của đoàn công tác", "Lê Văn Hùng"}}},
		{"whoever remarked in the sentence before goes on with 'Đề nghị ...'",
			"Buổi làm việc\nSáng 13/4/2025, đoàn công tác của Hội đồng Dân tộc làm việc với tỉnh.\nTrưởng đoàn Hà Văn Lực nhấn mạnh, buổi làm việc có ý nghĩa quan trọng. Đề nghị tỉnh sớm hoàn thành việc rà soát các hộ nghèo.",
			[]wantItem{{"speech", "nhấn mạnh, buổi làm việc có ý nghĩa quan trọng", "Hà Văn Lực"}, {"task", "tỉnh sớm hoàn thành việc rà soát các hộ nghèo", "Hà Văn Lực"}}},
		{"the duties a sentence lists after 'Nhiệm vụ ... là:' are tasks",
			head + "Nhiệm vụ trọng tâm năm 2026, các cấp ủy đề ra là: Tăng cường kiểm tra việc thực hiện nghị quyết; đẩy mạnh giám sát chuyên đề; giải quyết dứt điểm đơn thư tồn đọng.",
			[]wantItem{{"task", "Tăng cường kiểm tra việc thực hiện nghị quyết", ""}, {"task", "đẩy mạnh giám sát chuyên đề", ""}, {"task", "giải quyết dứt điểm đơn thư tồn đọng", ""}}},
		{"the award a ceremony is held for, named with it",
			"Lễ tốt nghiệp\nSáng 5/7/2025, Trường Cao đẳng Y tế tỉnh tổ chức lễ trao bằng tốt nghiệp cho 420 sinh viên khóa 12.\nNgày 6/7/2025, Trường Trung cấp Nghề huyện tổ chức lễ bế giảng và trao chứng chỉ cho 85 học viên.",
			[]wantItem{{"award", "trao bằng tốt nghiệp cho 420 sinh viên khóa 12", ""}, {"award", "trao chứng chỉ cho 85 học viên", ""}}},
		{"a speech opened as answering the guest and concluding the meeting is the closing",
			head + "Phát biểu tiếp thu ý kiến chỉ đạo của Bộ trưởng và kết luận Hội nghị, Chủ tịch UBND tỉnh Lê Văn Bình đề nghị các sở hoàn thành kế hoạch năm.",
			[]wantItem{{"closing", "Phát biểu tiếp thu ý kiến chỉ đạo của Bộ trưởng và kết luận Hội nghị", "Lê Văn Bình"}, {"task", "các sở hoàn thành kế hoạch năm", "Lê Văn Bình"}}},
		{"a vote held 'đối với' the offices it fills runs on past 'với'",
			head + "Kỳ họp đã tiến hành bầu cử đối với chức danh Chủ tịch HĐND xã khóa mới.",
			[]wantItem{{"decision", "tiến hành bầu cử đối với chức danh Chủ tịch HĐND xã khóa mới", ""}}},
		{"no items in a notice",
			"Thông báo tuyển sinh\nTrường thông báo tuyển sinh đào tạo trình độ thạc sĩ năm 2022 như sau:\n1. Ngành và chỉ tiêu tuyển sinh\n2. Hình thức tuyển sinh: Xét tuyển.",
			nil},
	})
}

func TestTruncateWords(t *testing.T) {
	long := strings.Repeat("từ ", 2*maxItemWords)
	if n := countWords(truncateWords(long, maxItemWords)); n != maxItemWords {
		t.Errorf("truncated to %d words, want %d", n, maxItemWords)
	}
	if got := truncateWords("ngắn gọn", maxItemWords); got != "ngắn gọn" {
		t.Errorf("short text changed: %q", got)
	}
}

// peopleGolden is what the people and agenda steps contribute to a report,
// without evidence offsets.
type peopleGolden struct {
	People []goldenPerson `json:"people"`
	Agenda []wantJSON     `json:"agenda"`
}

type goldenPerson struct {
	Name       string   `json:"name"`
	Honorifics []string `json:"honorifics"`
	Positions  []string `json:"positions"`
	Roles      []string `json:"roles"`
}

type wantJSON struct {
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	Presenter string `json:"presenter"`
}

// TestPeopleAgendaGolden runs the whole extractor over the seed and the dev
// corpus pages and compares people and agenda with testdata/people
// (regenerate with -update after checking the difference).
func TestPeopleAgendaGolden(t *testing.T) {
	goldenEachPage(t, "people", func(t *testing.T, name string, body []byte) any {
		r, err := Extract(schema.Page{URL: name, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		// Byline people come from the credits step and are tested there.
		v := peopleGolden{People: []goldenPerson{}}
		for _, p := range r.People {
			if onlyCredit(p.Roles) {
				continue
			}
			gp := goldenPerson{Name: p.Name, Honorifics: p.Honorifics, Roles: p.Roles, Positions: []string{}}
			for _, pos := range p.Positions {
				gp.Positions = append(gp.Positions, pos.Text)
			}
			v.People = append(v.People, gp)
		}
		v.Agenda = []wantJSON{}
		for _, a := range r.Agenda {
			v.Agenda = append(v.Agenda, wantJSON{a.Kind, a.Text, string(a.Presenter)})
		}
		return v
	})
}

func onlyCredit(roles []string) bool {
	for _, r := range roles {
		if r != schema.RoleAuthor && r != schema.RolePhotographer {
			return false
		}
	}
	return len(roles) > 0
}

func TestNoAgendaWithoutAMeeting(t *testing.T) {
	for _, text := range []string{
		"Đại hội chi bộ\nĐại hội đã bầu Ban Chấp hành Chi bộ gồm 3 đồng chí và biểu quyết thông qua Nghị quyết.",
		// A digest of appointment notices names people who sign and
		// announce, yet reports no meeting.
		"Tin nhân sự\nNgày 12/4, Phó Thủ tướng Đinh Văn Khải ký Quyết định số 512/QĐ-TTg phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh đối với ông Lò Văn Sính.\nGiám đốc Sở Nội vụ Trần Quốc Bảo đã công bố Quyết định điều động bà Hà Thị Yến về công tác tại Văn phòng HĐND tỉnh.",
	} {
		d, err := newDocument(schema.Page{URL: "test", Body: []byte(text)})
		if err != nil {
			t.Fatal(err)
		}
		r := &schema.Report{} // no meeting type: the page reports no meeting
		extractPeople(d, r)
		extractAgenda(d, r)
		if len(r.Agenda) != 0 {
			t.Errorf("agenda of a page about no meeting:%s", show(r.Agenda))
		}
		r = &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference}}
		extractPeople(d, r)
		extractAgenda(d, r)
		if len(r.Agenda) == 0 {
			t.Errorf("the same acts at a meeting give no item")
		}
	}
}

func TestCutSpeechOwner(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kết luận của Phó Chủ tịch UBND tỉnh Mai Văn Hòa tại Hội nghị sơ kết công tác thuế", "Kết luận"},
		{"Diễn văn khai mạc của Chủ tịch HĐND tại Kỳ họp thứ Sáu", "Diễn văn khai mạc"},
		{"kết luận như sau", "kết luận"},
		{"phát biểu khai mạc Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện", "phát biểu khai mạc Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện"},
		{"Báo cáo của Sở Tài chính tại Hội nghị", "Báo cáo của Sở Tài chính tại Hội nghị"},
	}
	for _, tt := range tests {
		if got := cutSpeechOwner(tt.in); got != tt.want {
			t.Errorf("cutSpeechOwner(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAgendaAtCongress reads items that depend on the meeting being a
// congress (đại hội).
func TestAgendaAtCongress(t *testing.T) {
	text := "Đại hội Đảng bộ xã\nSáng 7/8, Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XX bế mạc.\n" +
		"Theo thông báo của Đoàn Chủ tịch, Ban Thường vụ Đảng ủy xã Tân Lập nhiệm kỳ 2025 - 2030 gồm 5 đồng chí. Ban Chấp hành Đảng bộ xã gồm 15 chi bộ trực thuộc."
	d, err := newDocument(schema.Page{URL: "test", Body: []byte(text)})
	if err != nil {
		t.Fatalf("newDocument: %v", err)
	}
	r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingCongress}}
	extractPeople(d, r)
	extractAgenda(d, r)
	// The congress's own closing, then the decision announced.
	want := "Ban Thường vụ Đảng ủy xã Tân Lập nhiệm kỳ 2025 - 2030 gồm 5 đồng chí"
	if len(r.Agenda) != 2 || r.Agenda[0].Kind != schema.AgendaClosing || r.Agenda[1].Kind != schema.AgendaDecision || r.Agenda[1].Text != want {
		t.Fatalf("got%s, want the closing and one decision %q", show(r.Agenda), want)
	}
}

// TestAgendaBattery runs each sentence of testdata/agenda_battery.tsv after a
// fixed lead and scores the agenda against the one expected item the way
// meetx eval does (kind, then word-set Jaccard): common constructions of
// every kind must keep giving their item.
func TestAgendaBattery(t *testing.T) {
	data, err := os.ReadFile("testdata/agenda_battery.tsv")
	if err != nil {
		t.Fatal(err)
	}
	const lead = "Hội nghị tổng kết\nSáng 10/1/2024, huyện tổ chức hội nghị tổng kết công tác năm 2023.\n"
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sentence, kind, text, ok := cut3(line)
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		got, err := Extract(schema.Page{URL: "battery", ContentType: "text/plain; charset=utf-8", Body: []byte(lead + sentence)})
		if err != nil {
			t.Fatal(err)
		}
		gold := eval.Gold{Report: schema.Report{Agenda: []schema.AgendaItem{{Kind: kind, Text: text}}}}
		res := eval.Score([]eval.Pair{{Gold: gold, Got: got}})
		if l, ok := res.Line("agenda"); !ok || l.Counts.TP != 1 {
			t.Errorf("%q: want %s %q, got %v", sentence, kind, text, agendaSummary(got.Agenda))
		}
	}
}

// cut3 splits a line into three tab-separated fields.
func cut3(line string) (a, b, c string, ok bool) {
	f := strings.Split(line, "\t")
	if len(f) != 3 {
		return "", "", "", false
	}
	return f[0], f[1], f[2], true
}

// agendaSummary lists items as "kind | text" for failure messages.
func agendaSummary(items []schema.AgendaItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Kind+" | "+it.Text)
	}
	return out
}
