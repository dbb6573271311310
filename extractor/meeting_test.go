package extractor

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

func meetingOf(t *testing.T, text string) schema.Meeting {
	t.Helper()
	d := docOf(t, text)
	r := &schema.Report{}
	extractMeeting(d, r)
	r.Meeting.Evidence = nil
	return r.Meeting
}

func TestExtractMeeting(t *testing.T) {
	tests := []struct {
		name string
		text string
		want schema.Meeting
	}{
		{
			name: "seed",
			text: "Hội nghị Sơ kết 6 tháng đầu năm 2020\n13/07/2020 07:15 PM\nChiều ngày 09/7/2020, Học viện Chính trị khu vực II đã tổ chức Hội nghị Sơ kết 6 tháng đầu năm 2020, tổng kết năm học 2019 - 2020.\nHội nghị kết thúc vào chiều cùng ngày.",
			want: schema.Meeting{Type: "hội nghị", Date: "2020-07-09", PartOfDay: "chiều", Organizer: "Học viện Chính trị khu vực II"},
		},
		{
			name: "a body holds the announcement of decisions: a ceremony",
			text: "Bổ nhiệm lãnh đạo Chi cục Thủy lợi\n12/03/2024 16:05\nNgày 11.3, Sở Nông nghiệp tỉnh Hà Giang tổ chức công bố quyết định bổ nhiệm Chi cục trưởng Chi cục Thủy lợi.",
			want: schema.Meeting{Type: "lễ", Date: "2024-03-11", Organizer: "Sở Nông nghiệp tỉnh Hà Giang"},
		},
		{
			name: "a clock stamp glued to the lead is not the meeting day",
			text: "Hội Nông dân huyện giao ban quý II\n09:12 03/05/2022 Chiều 2-5, Hội Nông dân huyện Ba Bể tổ chức hội nghị giao ban quý II.",
			want: schema.Meeting{Type: "hội nghị", Date: "2022-05-02", PartOfDay: "chiều", Organizer: "Hội Nông dân huyện Ba Bể"},
		},
		{
			name: "online, place in the next sentence, year from publication",
			text: "Hội nghị trực tuyến sơ kết công tác tuyên giáo 6 tháng đầu năm 2021\n15/07/2021 17:40\nSáng 15/7, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị trực tuyến sơ kết công tác tuyên giáo. Hội nghị được tổ chức tại Hội trường Tỉnh ủy (điểm cầu chính), kết nối trực tuyến đến 13 điểm cầu.",
			want: schema.Meeting{Type: "hội nghị", Date: "2021-07-15", PartOfDay: "sáng", Location: "Hội trường Tỉnh ủy", Online: true, Organizer: "Ban Tuyên giáo Tỉnh ủy"},
		},
		{
			name: "an undated page: the lead's written day wins over a later 'hôm nay'",
			text: "Sở Tư pháp tỉnh bạn đến làm việc\nNgày 14/9/2017, lãnh đạo Sở Tư pháp Yên Bái cùng cán bộ các phòng đã đến thăm và làm việc tại Sở Tư pháp Lạng Sơn.\nTại buổi làm việc, hai bên trao đổi kinh nghiệm. Giám đốc Sở đề nghị hai bên, ngay tại buổi làm việc hôm nay, chia sẻ nhiều cách làm hay.",
			want: schema.Meeting{Type: "buổi làm việc", Date: "2017-09-14", Location: "Sở Tư pháp Lạng Sơn"},
		},
		{
			name: "multi-day: end date and no part of day",
			text: "Hội nghị tập huấn nghiệp vụ công tác dân vận năm 2021\n16/12/2021 10:22\nTrong hai ngày 14 và 15/12/2021, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức Hội nghị tập huấn nghiệp vụ công tác dân vận năm 2021.",
			want: schema.Meeting{Type: "hội nghị", Date: "2021-12-14", EndDate: "2021-12-15", Organizer: "Ban Dân vận Tỉnh ủy Đắk Lắk"},
		},
		{
			name: "a congress's working day N: it opened N-1 days before; year from the term",
			text: "Bế mạc Đại hội Đảng bộ huyện Yên Bình lần thứ XX\nSáng 9.9, Đại hội đại biểu Đảng bộ huyện Yên Bình lần thứ XX, nhiệm kỳ 2025 - 2030 bước sang ngày làm việc thứ ba.",
			want: schema.Meeting{Type: "đại hội", Date: "2025-09-07", EndDate: "2025-09-09", Organizer: "Đảng bộ huyện Yên Bình"},
		},
		{
			name: "a congress closed after N working days opened N-1 days before",
			text: "Đại hội Hội Cựu chiến binh tỉnh thành công tốt đẹp\n21/11/2024 10:00\nSau 2 ngày làm việc, Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII đã bế mạc vào chiều ngày 20/11/2024.",
			want: schema.Meeting{Type: "đại hội", Date: "2024-11-19", EndDate: "2024-11-20", Organizer: "Hội Cựu chiến binh tỉnh"},
		},
		{
			name: "more than N days gives no first day",
			text: "Hội nghị Trung ương bế mạc\n21/11/2024 10:00\nSau hơn 3 ngày làm việc, chiều 20/11, Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng đã bế mạc.",
			want: schema.Meeting{Type: "hội nghị", Date: "2024-11-20", PartOfDay: "chiều", Organizer: "Ban Chấp hành Trung ương Đảng"},
		},
		{
			name: "no year written: the same day with its year later in the text",
			text: "Giao ban công tác nội chính quý IV\nChiều 8/12, Ban Nội chính Tỉnh ủy tổ chức hội nghị giao ban công tác nội chính.\nTính đến ngày 8/12/2024, các cơ quan đã giải quyết 120 vụ việc.",
			want: schema.Meeting{Type: "hội nghị", Date: "2024-12-08", PartOfDay: "chiều", Organizer: "Ban Nội chính Tỉnh ủy"},
		},
		{
			name: "a month stamp under the headline dates a day without its year",
			text: "HĐND huyện Đak Pơ thông qua 12 nghị quyết\n2024-12\nTrong hai ngày 10 và 11/12, Hội đồng nhân dân huyện Đak Pơ khai mạc và bế mạc Kỳ họp thứ 9.",
			want: schema.Meeting{Type: "kỳ họp", Date: "2024-12-10", EndDate: "2024-12-11"},
		},
		{
			name: "fronted place with address parts",
			text: "Thanh tra Bộ tổng kết công tác năm 2021\n13/01/2022 09:02\nChiều ngày 12/01/2022, tại trụ sở Bộ, số 18 Nguyễn Du, Hà Nội, Thanh tra Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2021.",
			want: schema.Meeting{Type: "hội nghị", Date: "2022-01-12", PartOfDay: "chiều", Location: "trụ sở Bộ, số 18 Nguyễn Du, Hà Nội", Organizer: "Thanh tra Bộ Thông tin và Truyền thông"},
		},
		{
			name: "an abbreviated city keeps its dot in the place",
			text: "Hội nghị tập huấn công tác thi đua, khen thưởng\n21/03/2024 16:05\nNgày 20/3, tại TP. Cần Thơ, Ban Thi đua - Khen thưởng Trung ương tổ chức Hội nghị tập huấn công tác thi đua, khen thưởng.",
			want: schema.Meeting{Type: "hội nghị", Date: "2024-03-20", Location: "TP. Cần Thơ", Organizer: "Ban Thi đua - Khen thưởng Trung ương"},
		},
		{
			name: "the days a congress lasts, told after its opening",
			text: "Khai mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI\n09/10/2023 08:10\nSáng 8-10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI chính thức khai mạc. Đại hội diễn ra trong 2 ngày (8 và 9-10) với 300 đại biểu tham dự.",
			want: schema.Meeting{Type: "đại hội", Date: "2023-10-08", EndDate: "2023-10-09", Location: "Trung tâm Hội nghị tỉnh", Organizer: "Hội Nông dân tỉnh"},
		},
		{
			name: "a later span that starts on another day is not the meeting's",
			text: "Khai mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI\n09/10/2023 08:10\nSáng 8-10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI chính thức khai mạc. Hội chợ nông sản diễn ra từ ngày 10 đến 12-10.",
			want: schema.Meeting{Type: "đại hội", Date: "2023-10-08", PartOfDay: "sáng", Location: "Trung tâm Hội nghị tỉnh", Organizer: "Hội Nông dân tỉnh"},
		},
		{
			name: "type from the lead when the headline has only a verb",
			text: "Phó Chủ tịch UBND tỉnh làm việc với nhà đầu tư\n08/06/2022 18:30\nChiều 8/6, UBND tỉnh tổ chức buổi làm việc với Công ty cổ phần Năng lượng Gió Cửu Long về tiến độ dự án.",
			want: schema.Meeting{Type: "buổi làm việc", Date: "2022-06-08", PartOfDay: "chiều", Organizer: "UBND tỉnh"},
		},
		{
			name: "organizer as the subject of họp",
			text: "UBND tỉnh họp phiên thường kỳ tháng 7 năm 2021\n30/07/2021\nNgày 29/7/2021, UBND tỉnh họp phiên thường kỳ tháng 7 để đánh giá tình hình kinh tế - xã hội.\nPhiên họp diễn ra tại Phòng họp số 1, trụ sở UBND tỉnh.",
			want: schema.Meeting{Type: "phiên họp", Date: "2021-07-29", Location: "Phòng họp số 1, trụ sở UBND tỉnh", Organizer: "UBND tỉnh"},
		},
		{
			name: "an anniversary in brackets is not the meeting date",
			text: "Hội nghị giao ban công tác báo chí tháng 6/2024\n19/06/2024 10:00\nNhân kỷ niệm 99 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925-21/6/2024), ngày 18/6, Ban Tuyên giáo Trung ương phối hợp với Đài Tiếng nói Việt Nam tổ chức Hội nghị giao ban công tác báo chí tháng 6/2024.",
			want: schema.Meeting{Type: "hội nghị", Date: "2024-06-18", Organizer: "Ban Tuyên giáo Trung ương"},
		},
		{
			name: "plain text whose paragraphs lack final periods",
			text: "Hội nghị tổng kết công tác năm 2021\n28/12/2021 08:47\nChiều ngày 27/12/2021, Sở Tư pháp tỉnh tổ chức Hội nghị tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022\nToàn cảnh Hội nghị",
			want: schema.Meeting{Type: "hội nghị", Date: "2021-12-27", PartOfDay: "chiều", Organizer: "Sở Tư pháp tỉnh"},
		},
		{
			name: "a notice is not a meeting",
			text: "Thông báo tuyển sinh đào tạo trình độ thạc sĩ năm 2022 (đợt 1)\nNgày đăng: 28/03/2022\nCăn cứ Quyết định số 415/QĐ-ĐHKHXHMT ngày 14/3/2022 của Hiệu trưởng về việc ban hành Quy định tuyển sinh.\nTrường thông báo tuyển sinh đào tạo trình độ thạc sĩ năm 2022 như sau.",
			want: schema.Meeting{},
		},
		{
			name: "guidance about a congress is a document, not a meeting",
			text: "Hướng dẫn tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2022 - 2025\nNgày đăng: 10/01/2022\nBan Thường vụ Đảng ủy ban hành hướng dẫn về nội dung, hình thức tổ chức đại hội chi bộ trực thuộc.\nCác chi bộ hoàn thành đại hội trước ngày 31/3/2022.",
			want: schema.Meeting{},
		},
		{
			name: "an opinion piece that mentions a conference",
			text: "Phát huy vai trò nêu gương của người đứng đầu\nNgày đăng: 10/01/2022\nNêu gương là phương thức lãnh đạo quan trọng của Đảng, như nhiều hội nghị đã khẳng định.\nMỗi cán bộ, đảng viên cần tự soi, tự sửa.",
			want: schema.Meeting{},
		},
		{
			name: "another event online is not this meeting online",
			text: "Hội nghị sơ kết\n13/07/2020 07:15 PM\nChiều ngày 09/7/2020, Học viện đã tổ chức Hội nghị sơ kết.\nTập trung quán triệt chỉ đạo tại buổi làm việc (trực tuyến) đầu xuân năm 2020.",
			want: schema.Meeting{Type: "hội nghị", Date: "2020-07-09", PartOfDay: "chiều", Organizer: "Học viện"},
		},
		// Pages without a publication date: the day has no year, yet the
		// part of day, the organizer and the event sentence stay.
		{
			name: "body as the subject of họp, no publication date",
			text: "UBND huyện họp phiên thường kỳ tháng 5\nNgày 12/5, UBND huyện họp phiên thường kỳ tháng 5 để bàn công tác phòng chống thiên tai.",
			want: schema.Meeting{Type: "phiên họp", Organizer: "UBND huyện"},
		},
		{
			name: "no publication date: the year from the periods the body names, when they agree",
			text: "Bồi dưỡng chính trị hè cho giáo viên\nSáng 21/8, Phòng Giáo dục huyện khai mạc hội nghị bồi dưỡng chính trị dịp hè cho giáo viên.\nBáo cáo viên thông tin kết quả 6 tháng đầu năm 2019 và nhiệm vụ năm học 2019-2020 của ngành.",
			want: schema.Meeting{Type: "hội nghị", Date: "2019-08-21", PartOfDay: "sáng", Organizer: "Phòng Giáo dục huyện"},
		},
		{
			name: "organizer inside the congress name",
			text: "Khai mạc Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XV\nSáng 20/10, Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XV, nhiệm kỳ 2025-2030 chính thức khai mạc.",
			want: schema.Meeting{Type: "đại hội", PartOfDay: "sáng", Organizer: "Đảng bộ huyện Tân Phú"},
		},
		{
			name: "organizer inside a session name",
			text: "Phiên họp Chính phủ thường kỳ tháng 4\nSáng 3/5, Thủ tướng chủ trì Phiên họp Chính phủ thường kỳ tháng 4.",
			want: schema.Meeting{Type: "phiên họp", PartOfDay: "sáng", Organizer: "Chính phủ"},
		},
		{
			name: "a time phrase between the body and its verb",
			text: "Hội nghị thường trực Ban Chỉ đạo\nBan Chỉ đạo 35 của tỉnh chiều ngày 14/11 tổ chức hội nghị thường trực.",
			want: schema.Meeting{Type: "hội nghị", PartOfDay: "chiều", Organizer: "Ban Chỉ đạo 35 của tỉnh"},
		},
		{
			name: "A phối hợp với B: A holds it",
			text: "Tọa đàm về pháp luật hòa giải\nSáng 9/6, Sở Tư pháp phối hợp với Hội Luật gia tỉnh tổ chức tọa đàm về pháp luật hòa giải ở cơ sở.",
			want: schema.Meeting{Type: "tọa đàm", PartOfDay: "sáng", Organizer: "Sở Tư pháp"},
		},
		{
			name: "two bodies after a fronted place; the place stops before them",
			text: "Hội nghị báo chí toàn quốc\n03/04/2023 10:00\nChiều 2/4, tại Hà Nội, Ban Tuyên giáo Trung ương, Đài Truyền hình Việt Nam tổ chức Hội nghị báo chí toàn quốc.",
			want: schema.Meeting{Type: "hội nghị", Date: "2023-04-02", PartOfDay: "chiều", Location: "Hà Nội", Organizer: "Ban Tuyên giáo Trung ương, Đài Truyền hình Việt Nam"},
		},
		{
			name: "an apposition ends the organizer",
			text: "Hội thảo khoa học về văn hóa\nNgày 5/3/2023, Trường Đại học Tân Trào, đơn vị đầu mối là Đoàn Thanh niên trường, đã tổ chức hội thảo khoa học về văn hóa.",
			want: schema.Meeting{Type: "hội thảo", Date: "2023-03-05", Organizer: "Trường Đại học Tân Trào"},
		},
		{
			name: "the date after the verb: đã still ends the organizer",
			text: "Trường Cao đẳng Y tế khai giảng năm học mới\n05/10/2023 10:00\nTrường Cao đẳng Y tế (CĐYT) đã tổ chức lễ khai giảng năm học mới vào sáng ngày 4/10.",
			want: schema.Meeting{Type: "lễ", Date: "2023-10-04", PartOfDay: "sáng", Organizer: "Trường Cao đẳng Y tế (CĐYT)"},
		},
		{
			name: "a congress in a directive's subject is no meeting",
			text: "Chỉ thị của Bộ Chính trị về đại hội hội nông dân các cấp\nNgày 3-5, đồng chí Trần Quốc Hưng thay mặt Bộ Chính trị ký ban hành Chỉ thị số 27-CT/TW về chỉ đạo đại hội hội nông dân các cấp nhiệm kỳ mới.",
			want: schema.Meeting{},
		},
		{
			name: "a conference that carries out a directive is a meeting",
			text: "Quán triệt Chỉ thị về đại hội công đoàn\n12/04/2023 10:00\nNgày 11/4, Liên đoàn Lao động tỉnh tổ chức hội nghị quán triệt Chỉ thị số 18-CT/TW về lãnh đạo đại hội công đoàn các cấp.",
			want: schema.Meeting{Type: "hội nghị", Date: "2023-04-11", Organizer: "Liên đoàn Lao động tỉnh"},
		},
		{
			name: "a gathering is a buổi gặp mặt, like a buổi làm việc",
			text: "Gặp mặt cán bộ hưu trí\n20/11/2023 10:00\nSáng 19/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt các nhà giáo đã nghỉ hưu.",
			want: schema.Meeting{Type: "buổi gặp mặt", Date: "2023-11-19", PartOfDay: "sáng", Organizer: "Sở Giáo dục và Đào tạo"},
		},
		{
			name: "a short name in brackets stays inside the place",
			text: "Gặp mặt hội viên tiêu biểu\n20/11/2023 10:00\nSáng 19/11, tại trụ sở Liên đoàn Lao động (LĐLĐ) huyện, Ban Thường vụ tổ chức gặp mặt hội viên tiêu biểu.",
			want: schema.Meeting{Type: "buổi gặp mặt", Date: "2023-11-19", PartOfDay: "sáng", Location: "trụ sở Liên đoàn Lao động (LĐLĐ) huyện", Organizer: "Ban Thường vụ"},
		},
		{
			name: "a bracket that is no short name ends the place",
			text: "Gặp mặt hội viên tiêu biểu\n20/11/2023 10:00\nSáng 19/11, tại Hội trường Tỉnh ủy (cũ) huyện, Ban Thường vụ tổ chức gặp mặt hội viên tiêu biểu.",
			want: schema.Meeting{Type: "buổi gặp mặt", Date: "2023-11-19", PartOfDay: "sáng", Location: "Hội trường Tỉnh ủy", Organizer: "Ban Thường vụ"},
		},
		{
			name: "a term of office after the organizer is no date, nor part of its name",
			text: "Ban Chấp hành Hội Nông dân họp phiên thường kỳ\n20/11/2023 10:00\nSáng 19/11, Ban Chấp hành Hội Nông dân tỉnh khóa IX, nhiệm kỳ 2023 - 2028 tổ chức hội nghị lần thứ hai.",
			want: schema.Meeting{Type: "hội nghị", Date: "2023-11-19", PartOfDay: "sáng", Organizer: "Ban Chấp hành Hội Nông dân tỉnh khóa IX"},
		},
		{
			name: "a lead that opens with a dated day on a page put online years later",
			text: "Tổng kết công tác thanh tra\n07/05/2021 08:00\nKTT-Sáng 12/1/2013, Thanh tra tỉnh đã tổ chức hội nghị nhìn lại công tác thanh tra năm 2012.",
			want: schema.Meeting{Type: "hội nghị", Date: "2013-01-12", PartOfDay: "sáng", Organizer: "Thanh tra tỉnh"},
		},
		{
			name: "a lead that opens with the day dates the event with no event word in it",
			text: "Trao quyết định bổ nhiệm Giám đốc Sở\n05/12/2023 09:00\nChiều ngày 4/12, tại Sở Nội vụ, Chủ tịch UBND tỉnh trao quyết định bổ nhiệm Giám đốc Sở Nội vụ. Buổi lễ diễn ra trang trọng.",
			want: schema.Meeting{Type: "lễ", Date: "2023-12-04", PartOfDay: "chiều", Location: "Sở Nội vụ"},
		},
		{
			name: "a body joined by its members holds the meeting",
			text: "Ban Thường vụ Đảng ủy họp cho ý kiến\n12/05/2022 09:00\nNgày 11/5, Ban Thường vụ Đảng ủy Sở và thành viên Ban Giám đốc Sở họp cho ý kiến về công tác cán bộ.",
			want: schema.Meeting{Type: "cuộc họp", Date: "2022-05-11", Organizer: "Ban Thường vụ Đảng ủy Sở"},
		},
		{
			name: "a clause is never the organizer",
			text: "Hội thảo khoa học của sinh viên\nSau nhiều tháng chuẩn bị của Ban tổ chức, hội thảo đã được tổ chức vào chiều ngày 12/9/2019.",
			want: schema.Meeting{Type: "hội thảo", Date: "2019-09-12", PartOfDay: "chiều"},
		},
		{
			name: "sáng nay without a publication date",
			text: "Hội nghị phổ biến pháp luật\nSáng nay, Bộ Tư pháp tổ chức hội nghị phổ biến pháp luật cho doanh nghiệp.",
			want: schema.Meeting{Type: "hội nghị", PartOfDay: "sáng", Organizer: "Bộ Tư pháp"},
		},
		{
			name: "the place stops before a new subject",
			text: "Ban Chỉ đạo tỉnh họp phiên thứ ba\n12/05/2022 09:00\nNgày 11/5, tại trụ sở UBND tỉnh, Ban Chỉ đạo tỉnh họp phiên thứ ba.",
			want: schema.Meeting{Type: "phiên họp", Date: "2022-05-11", Location: "trụ sở UBND tỉnh", Organizer: "Ban Chỉ đạo tỉnh"},
		},
		{
			name: "the main connection point is the place",
			text: "Hội nghị trực tuyến về trợ giúp pháp lý\n12/05/2022 09:00\nSáng 11/5, Bộ Tư pháp tổ chức hội nghị trực tuyến tại điểm cầu chính Hội trường Bộ Tư pháp.",
			want: schema.Meeting{Type: "hội nghị", Date: "2022-05-11", PartOfDay: "sáng", Location: "Hội trường Bộ Tư pháp", Online: true, Organizer: "Bộ Tư pháp"},
		},
		{
			name: "no place from a sentence about a past event",
			text: "Tọa đàm kỷ niệm Cách mạng Tháng Tám\nCác nhân chứng trao đổi tại tọa đàm.\nNgày 19/8/1945, tại Nhà hát Lớn, quần chúng giành chính quyền.",
			want: schema.Meeting{Type: "tọa đàm"},
		},
		{
			name: "an earlier session's date is not the meeting date",
			text: "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\nNgày 9-4, Ban Thường vụ Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12.\nHội nghị đánh giá việc thực hiện kết luận tại phiên họp ngày 13/3/2024.",
			want: schema.Meeting{Type: "hội nghị", Organizer: "Ban Thường vụ Huyện ủy"},
		},
		{
			name: "a date after an earlier session's name is not this meeting's",
			text: "Ban Thường vụ Tỉnh ủy họp phiên thứ hai\n10/04/2024 08:00\nTiếp tục nội dung đã bàn tại phiên họp ngày 13/3/2024, chiều 9/4, Ban Thường vụ Tỉnh ủy họp phiên thứ hai.",
			want: schema.Meeting{Type: "phiên họp", Date: "2024-04-09", PartOfDay: "chiều", Organizer: "Ban Thường vụ Tỉnh ủy"},
		},
		{
			name: "a page about a rule that mentions cell congresses",
			text: "Nhiệm kỳ đại hội chi bộ kéo dài 5 năm\n05/06/2025 07:18\nTheo Quy định số 300-QĐ/TW ngày 2/6/2025 của Ban Bí thư, nhiệm kỳ đại hội chi bộ là 5 năm.\nChi bộ đông đảng viên bầu chi ủy.",
			want: schema.Meeting{},
		},
		{
			name: "a headline saying who attended names the event without a dated lead",
			text: "Bí thư Tỉnh ủy dự Hội nghị tổng kết công tác dân vận\nHội nghị tổng kết công tác dân vận có sự tham dự của lãnh đạo các sở, ngành.",
			want: schema.Meeting{Type: "hội nghị"},
		},
		{
			name: "a course opening is a ceremony",
			text: "Khai giảng lớp bồi dưỡng kiến thức quốc phòng\nĐến dự có lãnh đạo Trường Quân sự tỉnh.\nPhát biểu khai giảng lớp học, đồng chí Hiệu trưởng nêu rõ yêu cầu.",
			want: schema.Meeting{Type: "lễ"},
		},
		{
			name: "no publication date: a January review of last year",
			text: "Hội nghị tổng kết công tác tư pháp năm 2022\nSáng 12/1, Sở Tư pháp tổ chức Hội nghị tổng kết công tác tư pháp năm 2022, triển khai nhiệm vụ năm 2023.",
			want: schema.Meeting{Type: "hội nghị", Date: "2023-01-12", PartOfDay: "sáng", Organizer: "Sở Tư pháp"},
		},
		{
			name: "no publication date: a school-year conference in autumn",
			text: "Hội nghị triển khai nhiệm vụ năm học 2022-2023\nChiều 25/8, Sở Giáo dục và Đào tạo tổ chức Hội nghị triển khai nhiệm vụ năm học 2022-2023.",
			want: schema.Meeting{Type: "hội nghị", Date: "2022-08-25", PartOfDay: "chiều", Organizer: "Sở Giáo dục và Đào tạo"},
		},
		{
			name: "the dates of a central conference reported on are not this meeting's",
			text: "Huyện ủy quán triệt kết quả Hội nghị Trung ương 4\nTại Hội nghị, đồng chí Bí thư Huyện ủy đã thông tin những kết quả chủ yếu của Hội nghị Trung ương 4, họp từ ngày 04/10 đến ngày 10/10/2021: về kinh tế - xã hội và ngân sách.",
			want: schema.Meeting{Type: "hội nghị"},
		},
		{
			name: "an organizer working together with others, and its bracketed apposition",
			text: "Hội thảo khoa học về biển đảo\n20/11/2022 09:00\nTrong ngày 17 và 18 tháng 11 năm 2022, Trường Đại học Nha Trang (NTU, trực thuộc Bộ Giáo dục và Đào tạo) kết hợp cùng Viện Hải dương học tổ chức Hội thảo khoa học về biển đảo.",
			want: schema.Meeting{Type: "hội thảo", Date: "2022-11-17", EndDate: "2022-11-18", Organizer: "Trường Đại học Nha Trang"},
		},
		{
			name: "a passive with its agent names the organizer",
			text: "Hội thi tuyên truyền viên giỏi cấp huyện\n10/12/2022 08:00\nSáng 9/12, Hội thi tuyên truyền viên giỏi cấp huyện năm 2022 được Phòng Văn hóa và Thông tin tổ chức tại Nhà văn hóa huyện.",
			want: schema.Meeting{Type: "hội thi", Date: "2022-12-09", PartOfDay: "sáng", Location: "Nhà văn hóa huyện", Organizer: "Phòng Văn hóa và Thông tin"},
		},
		{
			name: "a passive without agent names none",
			text: "Phiên giải trình về quản lý đất đai\nPhiên giải trình của Thường trực HĐND tỉnh khóa X được tổ chức trong 2 ngày (từ sáng 8/11 đến hết ngày 9/11/2022).",
			want: schema.Meeting{Type: "phiên giải trình", Date: "2022-11-08", EndDate: "2022-11-09"},
		},
		{
			name: "an ambassador's post is not the venue",
			text: "Chủ tịch UBND tỉnh tiếp Đại sứ Hàn Quốc tại Việt Nam\n12/03/2023 16:00\nChiều 11/3, Chủ tịch UBND tỉnh có buổi tiếp Đại sứ Hàn Quốc tại Việt Nam.",
			want: schema.Meeting{Type: "buổi tiếp", Date: "2023-03-11", PartOfDay: "chiều"},
		},
		{
			name: "where some attended is not the venue; the place part keeps its bracketed province",
			text: "Hội nghị tổng kết ngành tư pháp\n10/01/2024 10:00\nSáng 9/1, tại phường Hàm Tiến (tỉnh Bình Thuận), Sở Tư pháp tổ chức Hội nghị tổng kết.\nTham dự Hội nghị tại Phòng Tư pháp huyện có toàn thể công chức phòng.",
			want: schema.Meeting{Type: "hội nghị", Date: "2024-01-09", PartOfDay: "sáng", Location: "phường Hàm Tiến (tỉnh Bình Thuận)", Organizer: "Sở Tư pháp"},
		},
		{
			name: "a hall and its conference centre",
			text: "Hội nghị xúc tiến du lịch\n10/04/2024 10:00\nSáng 9/4, Sở Du lịch tổ chức Hội nghị xúc tiến du lịch tại Hội trường B, Trung tâm Hội nghị tỉnh Khánh Hòa.",
			want: schema.Meeting{Type: "hội nghị", Date: "2024-04-09", PartOfDay: "sáng", Location: "Hội trường B, Trung tâm Hội nghị tỉnh Khánh Hòa", Organizer: "Sở Du lịch"},
		},
		{
			name: "an announcement of a meeting to come is no report",
			text: "Xã An Phú tổ chức Hội nghị đối thoại với Nhân dân\nThực hiện kế hoạch của Huyện ủy, Chủ tịch UBND xã An Phú sẽ tổ chức Hội nghị đối thoại với Nhân dân vào 8 giờ, ngày 15/11/2025 tại hội trường UBND xã.",
			want: schema.Meeting{},
		},
		{
			name: "a preview of a ceremony to come is no report, though words stand between sẽ and its verb",
			text: "Huyện chuẩn bị lễ tuyên dương học sinh giỏi\n2025-09-03\nLễ tuyên dương học sinh giỏi của huyện sẽ lần đầu được tổ chức tại nhà văn hóa vào chiều 10/9/2025.",
			want: schema.Meeting{},
		},
		{
			name: "associations abroad, an office's branch and where people study are no venue",
			text: "Hội thảo khoa học của sinh viên\n12/05/2024 08:00\nNgày 11/5, hội thảo do Hội sinh viên Việt Nam tại Nhật Bản tổ chức, dưới sự bảo trợ của Văn phòng Giáo dục tại Nhật Bản. Tham dự có đại diện hội người Việt tại Tokyo và 200 nghiên cứu sinh đang học tập tại Nhật Bản.",
			want: schema.Meeting{Type: "hội thảo", Date: "2024-05-11", Organizer: "Hội sinh viên Việt Nam tại Nhật Bản"},
		},
		{
			name: "a place ends at đã though diễn ra follows it",
			text: "Hội nghị tổng kết Ban Chỉ đạo\n08/01/2021 10:00\nSáng 7/1, tại Đà Nẵng đã diễn ra Hội nghị trực tuyến sơ kết công tác quý IV.",
			want: schema.Meeting{Type: "hội nghị", Date: "2021-01-07", PartOfDay: "sáng", Location: "Đà Nẵng", Online: true},
		},
		{
			name: "a body receiving an order on a given day holds a ceremony",
			text: "Trường Đại học X đón nhận Huân chương Lao động\n15/05/2024 08:00\nChiều 14/5, Trường Đại học X vinh dự đón nhận Huân chương Lao động hạng Ba.",
			want: schema.Meeting{Type: "lễ", Date: "2024-05-14", PartOfDay: "chiều"},
		},
		{
			name: "events in the plural in a headline, each event, and a clause of purpose name no meeting held",
			text: "Nâng cao chất lượng các hội nghị\n15/09/2017 11:00\nMỗi hội nghị được tổ chức phải có mục đích rõ ràng.\nĐể hội nghị được tổ chức thành công, các sở phải chuẩn bị tài liệu sớm.",
			want: schema.Meeting{},
		},
		{
			name: "a headline's relative day yields to the lead sentence of the same day, whose next sentence spans the session",
			text: "Hôm nay, HĐND tỉnh khai mạc kỳ họp thứ 15\n11/07/2023 08:00\nSáng 11/7, HĐND tỉnh khóa X khai mạc kỳ họp thứ 15. Kỳ họp diễn ra trong 2 ngày 11 và 12/7.",
			want: schema.Meeting{Type: "kỳ họp", Date: "2023-07-11", EndDate: "2023-07-12", Organizer: "HĐND tỉnh khóa X"},
		},
		{
			name: "a meeting room is no meeting",
			text: "UBND xã cải tạo phòng họp\n12/03/2024 08:00\nNgày 11/3, UBND xã hoàn thành cải tạo phòng họp trực tuyến với kinh phí 300 triệu đồng.",
			want: schema.Meeting{},
		},
		{
			name: "events in the plural in an undated sentence are a class of events",
			text: "Chấn chỉnh tình trạng lãng phí\n12/03/2024 08:00\nNhiều cơ quan vẫn tổ chức các hội nghị được chuẩn bị sơ sài, kéo dài.\nCần chấm dứt tình trạng này.",
			want: schema.Meeting{},
		},
		{
			name: "on a page that dates nothing, a verb of meeting tells of meetings in general",
			text: "Gỡ điểm nghẽn hội họp\n12/03/2024 08:00\nCâu hỏi là họp để làm gì, chứ không phải có họp hay không.\nNhiều ý kiến cho rằng cần giảm bớt giấy tờ.",
			want: schema.Meeting{},
		},
		{
			name: "the venue of a future event is not this meeting's",
			text: "Họp bàn kế hoạch hội chợ\n10/05/2022 10:00\nNgày 10/5, lãnh đạo UBND huyện chủ trì cuộc họp để bàn kế hoạch mở hội chợ nông sản.\nHội chợ dự kiến sẽ tổ chức vào tháng 9 tại Sân vận động huyện.",
			want: schema.Meeting{Type: "cuộc họp", Date: "2022-05-10"},
		},
		{
			name: "a question time broadcast live is not online",
			text: "Phiên chất vấn tại kỳ họp thứ 6\n05/11/2023 08:00\nChiều 4/11/2023, phiên chất vấn của HĐND thành phố được truyền hình trực tiếp trên sóng Đài Phát thanh và Truyền hình thành phố.",
			want: schema.Meeting{Type: "phiên chất vấn", Date: "2023-11-04", PartOfDay: "chiều"},
		},
		{
			name: "an opening phrase of permission is not the organizer",
			text: "Tọa đàm về giao lưu văn hóa Việt - Pháp\n05/11/2023 08:00\nNgày 4/11, với sự cho phép của Bộ Ngoại giao, Trung tâm Văn hóa Pháp tổ chức Tọa đàm về giao lưu văn hóa.",
			want: schema.Meeting{Type: "tọa đàm", Date: "2023-11-04", Organizer: "Trung tâm Văn hóa Pháp"},
		},
		{
			name: "a video conference is online",
			text: "Hội nghị truyền hình trực tiếp về phòng chống thiên tai\n05/11/2023 08:00\nSáng 4/11, Ban Chỉ đạo tổ chức Hội nghị truyền hình trực tiếp với các tỉnh miền Trung.",
			want: schema.Meeting{Type: "hội nghị", Date: "2023-11-04", PartOfDay: "sáng", Online: true, Organizer: "Ban Chỉ đạo"},
		},
		{
			name: "receiving a delegation is a reception",
			text: "Chủ tịch UBND tỉnh tiếp Đoàn doanh nghiệp Nhật Bản\n05/11/2023 08:00\nChiều 4/11, Chủ tịch UBND tỉnh tiếp Đoàn doanh nghiệp Nhật Bản.",
			want: schema.Meeting{Type: "buổi tiếp", Date: "2023-11-04", PartOfDay: "chiều"},
		},
		{
			name: "the body in a meeting's name holds it",
			text: "Cho ý kiến các tờ trình dự kiến trình HĐND tỉnh tại kỳ họp cuối năm\n05/11/2023 08:00\nCuộc họp tập thể UBND tỉnh vừa diễn ra, để nghe báo cáo các tờ trình trình HĐND tỉnh tại kỳ họp cuối năm.",
			want: schema.Meeting{Type: "cuộc họp", Organizer: "UBND tỉnh"},
		},
		{
			name: "a congress naming a resolution is not the event",
			text: "Thường trực Thị ủy làm việc với các phường\n20/04/2017 09:10\nSáng 19-4, Thường trực Thị ủy làm việc với các phường về kết quả thực hiện Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXII.",
			want: schema.Meeting{Type: "buổi làm việc", Date: "2017-04-19", PartOfDay: "sáng"},
		},
		{
			name: "a conclusion cited from a working session does not make one",
			text: "Sở Công Thương triển khai Kết luận của Bộ trưởng tại buổi làm việc với tỉnh\n12/09/2022 10:00\nGiám đốc Sở Công Thương vừa ký ban hành Kế hoạch số 88/KH-SCT về việc thực hiện Kết luận của Bộ trưởng tại buổi làm việc với tỉnh.\nCác phòng chuyên môn làm việc với doanh nghiệp để tháo gỡ vướng mắc.",
			want: schema.Meeting{},
		},
		{
			name: "a party plenum named in the passive is held by its committee",
			text: "Thành ủy bàn nhiệm vụ quý cuối năm\n02/10/2021 08:00\nNgày 1-10, dưới sự chủ trì của đồng chí Bí thư Thành ủy, Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ thành phố khóa XVII đã được tổ chức nhằm kiểm điểm kết quả quý III.",
			want: schema.Meeting{Type: "hội nghị", Date: "2021-10-01", Organizer: "Ban Chấp hành Đảng bộ thành phố"},
		},
		{
			name: "a conference named after its topic names no organizer",
			text: "Hội nghị Ban Chỉ đạo phòng chống thiên tai\n02/10/2021 08:00\nNgày 1-10, Hội nghị Sở Nông nghiệp và Phát triển nông thôn đã được tổ chức.",
			want: schema.Meeting{Type: "hội nghị", Date: "2021-10-01"},
		},
		{
			name: "an undated body set at the conference",
			text: "Gỡ vướng cho các công trình giao thông\nTại hội nghị, lãnh đạo các huyện đã nêu khó khăn trong bồi thường, giải phóng mặt bằng.\nPhát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh yêu cầu các sở vào cuộc quyết liệt.",
			want: schema.Meeting{Type: "hội nghị"},
		},
		{
			name: "a conference mentioned in passing is still no event",
			text: "Nâng cao chất lượng tham mưu\nNhư tại hội nghị năm trước đã chỉ ra, công tác tham mưu còn chậm.\nMỗi cán bộ cần đổi mới cách làm.",
			want: schema.Meeting{},
		},
		{
			name: "a party branch that congresses is its organizer",
			text: "Đảng bộ Sở Tài chính Đại hội lần thứ V, nhiệm kỳ 2020-2025\n20/03/2020 08:00\nNgày 18 và 19-3, Đảng bộ Sở Tài chính Đại hội lần thứ V, nhiệm kỳ 2020-2025.",
			want: schema.Meeting{Type: "đại hội", Date: "2020-03-18", EndDate: "2020-03-19", Organizer: "Đảng bộ Sở Tài chính"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := meetingOf(t, tt.text)
			got.Title = ""
			if got.Type != tt.want.Type || got.Date != tt.want.Date || got.EndDate != tt.want.EndDate || got.PartOfDay != tt.want.PartOfDay ||
				got.Location != tt.want.Location || got.Online != tt.want.Online || got.Organizer != tt.want.Organizer {
				t.Errorf("\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// BenchmarkMeetingDirectivesCredits times the meeting, directive and credit
// stages alone on the dev corpus pages, their documents built beforehand;
// one op is one pass over all pages. Compare with BenchmarkExtract for the
// share of these stages in the whole.
func BenchmarkMeetingDirectivesCredits(b *testing.B) {
	paths, err := filepath.Glob("testdata/pages/*")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no pages: %v", err)
	}
	var docs []*document
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := newDocument(schema.Page{URL: "bench", Body: body})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			r := &schema.Report{}
			extractMeeting(d, r)
			extractDirectives(d, r)
			extractCredits(d, r)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// TestMeetingOrganizer checks who held the event, for the ways a report
// names its organizer; the other meeting fields are left to
// TestExtractMeeting.
func TestMeetingOrganizer(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"do: a lower-case head noun and its partner", "Hội thảo về nông nghiệp xanh\n12/10/2023 09:00\nHội thảo khoa học về nông nghiệp xanh do trường Đại học Nông Lâm phối hợp với Viện Rau quả tổ chức hôm 11/10 tại Huế.", "trường Đại học Nông Lâm"},
		{"the council's term is no part of its name", "Kỳ họp thứ nhất\n21/07/2021 09:00\nNgày 20/7/2021, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất.", "HĐND tỉnh khóa X"},
		{"the body's decision is no part of its name", "Hội nghị trực tuyến\n20/05/2020 10:00\nSáng 19/5, UBND tỉnh quyết định tổ chức hội nghị trực tuyến với các huyện.", "UBND tỉnh"},
		{"the social insurance office by its acronym", "Sơ kết quý I\n12/04/2019 09:00\nNgày 11/4/2019, BHXH tỉnh Bến Tre tổ chức hội nghị sơ kết công tác quý I.", "BHXH tỉnh Bến Tre"},
		{"do: a capitalised body and its partner", "Hội thảo về nông nghiệp xanh\n12/10/2023 09:00\nHội thảo khoa học về nông nghiệp xanh do Sở Nông nghiệp phối hợp với Viện Rau quả tổ chức ngày 11/10.", "Sở Nông nghiệp"},
		{"the session's owner ends before its verb", "Phiên họp thứ 9\n21/05/2024 09:00\nSáng 20/5, phiên họp thứ 9 của Ủy ban Thường vụ Quốc hội bắt đầu phiên làm việc.", "Ủy ban Thường vụ Quốc hội"},
		{"a body carries out the event", "Hội đàm giữa hai sở\n02/09/2023 09:00\nNgày 1/9, tại thành phố Tuy Hòa, Sở Ngoại vụ tỉnh Phú Yên đã tiến hành hội đàm với Sở Ngoại vụ tỉnh Champasak.", "Sở Ngoại vụ tỉnh Phú Yên"},
		{"carrying out a check names no event", "Kiểm tra an toàn thực phẩm\n02/09/2023 09:00\nNgày 1/9, Đội Quản lý thị trường số 3 tiến hành kiểm tra cửa hàng trên đường Lê Lợi.", ""},
		{"a body reporting the results of an organizing holds nothing", "Hội nghị Ban Thường trực\n02/09/2023 09:00\nTại hội nghị, Thường trực Hội Phụ nữ xã đã báo cáo kết quả tổ chức cuộc thi nấu ăn của chi hội.", ""},
		{"the council holding a session voters write to is not the organizer", "Sở Y tế trả lời cử tri\n20/09/2022 08:30\nNgày 19/9/2022, đoàn công tác đã làm việc với Sở Y tế về kết quả giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ 4 Hội đồng nhân dân tỉnh.", ""},
		{"the congress whose documents are discussed is not the organizer", "Cựu chiến binh bước vào nhiệm kỳ mới\n20/09/2022 08:30\nĐại hội đã thảo luận và góp ý kiến vào dự thảo văn kiện Đại hội Hội Cựu chiến binh huyện.", ""},
		{"a body opens its own session", "Khai mạc kỳ họp\n05/07/2023 09:00\nHôm nay, Hội đồng nhân dân huyện Đông Sơn khóa X khai mạc Kỳ họp thứ Tám.", "Hội đồng nhân dân huyện Đông Sơn khóa X"},
		{"a speech opening the session is no body", "Khai mạc kỳ họp\n05/07/2023 09:00\nSáng 5/7, phát biểu khai mạc Kỳ họp, đồng chí Chủ tịch HĐND tỉnh nêu rõ các nội dung.", ""},
		{"the term in brackets after the body is dropped", "Kỳ họp thứ 9\n20/12/2023 09:00\nNgày 19/12, HĐND thị xã Hương Trà khóa V (nhiệm kỳ 2016 - 2021) vừa tổ chức Kỳ họp thứ 9.", "HĐND thị xã Hương Trà khóa V"},
		{"a short name in brackets written last is dropped", "Phiên họp Ban Chỉ đạo\n20/12/2023 09:00\nNgày 19/12, Ban Chỉ đạo chuyển đổi số tỉnh Quảng Bình (Ban Chỉ đạo) tổ chức phiên họp thứ ba.", "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Bình"},
		{"a place in brackets stays", "Hội nghị giao ban\n20/12/2023 09:00\nSáng 19/12, Đảng ủy phường Tân Định (TPHCM) tổ chức Hội nghị giao ban quý IV.", "Đảng ủy phường Tân Định (TPHCM)"},
		{"a partner body after phối hợp is not the organizer", "Lễ bế giảng\n20/12/2023 09:00\nNgày 19/12, Trường Sĩ quan Chính trị phối hợp Sư đoàn 312 tổ chức lễ bế giảng lớp đào tạo.", "Trường Sĩ quan Chính trị"},
		{"phối kết hợp với ends the organizer", "Hội thảo khoa học\n20/12/2023 09:00\nNgày 19/12, Hội Luật gia tỉnh phối kết hợp với Trường Đại học Vinh tổ chức Hội thảo khoa học.", "Hội Luật gia tỉnh"},
		{"a council named phối hợp keeps its name", "Hội nghị phổ biến pháp luật\n20/12/2023 09:00\nNgày 19/12, Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện tổ chức Hội nghị tập huấn.", "Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện"},
		{"a date in brackets after sáng nay sits between the body and its verb", "Hội nghị tổng kết\n20/12/2023 09:00\nĐảng ủy Quân khu 9 vào sáng nay (20/12/2023) tổ chức Hội nghị tổng kết công tác năm 2023.", "Đảng ủy Quân khu 9"},
		{"a lead on the first line, after a site's tag", "(Báo Tây Ninh) – Chiều 14/3, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị báo cáo viên quý I năm 2024.\nDự hội nghị có lãnh đạo các xã.", "Ban Tuyên giáo Huyện ủy"},
		{"a lead on the first line, after a portal's tag", "CTTĐT - Sáng 14/3, Hội Cựu chiến binh tỉnh tổ chức Hội nghị tổng kết công tác hội.\nDự hội nghị có lãnh đạo tỉnh.", "Hội Cựu chiến binh tỉnh"},
		{"a lead on the first line that opens with vừa qua", "Vừa qua, Hội Liên hiệp Phụ nữ huyện tổ chức Hội nghị sơ kết 6 tháng đầu năm.\nDự hội nghị có lãnh đạo huyện.", "Hội Liên hiệp Phụ nữ huyện"},
		{"with no day to read, the sentence that names the body", "Tổng kết công tác dân vận\nPhát biểu bế mạc, đồng chí Bí thư Huyện ủy đánh giá cao tinh thần của hội nghị. Hội nghị đã tiến hành khen thưởng các tập thể. Trước đó, Huyện ủy đã tổ chức hội nghị nhìn lại một năm làm dân vận.", "Huyện ủy"},
		{"a headline that opens with Ngày hội is no lead", "Ngày hội Đại đoàn kết được tổ chức tại thôn Phú Lộc\n05/12/2023 09:00\nNgày 4/12, Ban Công tác Mặt trận thôn Phú Lộc tổ chức lễ kỷ niệm Ngày truyền thống Mặt trận.", "Ban Công tác Mặt trận thôn Phú Lộc"},
		{"an adverbial and the day before the body", "Khai giảng lớp bồi dưỡng\n05/12/2023 09:00\nThực hiện Quyết định số 215/QĐ-HV ngày 1/12/2023 của Giám đốc Học viện, sáng ngày 4/12/2023 Phân hiệu Học viện Ngân hàng tại Phú Yên đã tổ chức khai giảng lớp bồi dưỡng nghiệp vụ.", "Phân hiệu Học viện Ngân hàng tại Phú Yên"},
		{"a unit and its branch before the verb", "Tọa đàm khoa học\n05/12/2023 09:00\nChiều ngày 4/12/2023, Phòng Đào tạo, Phân hiệu Trường Đại học Lâm nghiệp tại tỉnh Đồng Nai đã tổ chức tọa đàm khoa học về chuyển đổi số.", "Phòng Đào tạo, Phân hiệu Trường Đại học Lâm nghiệp tại tỉnh Đồng Nai"},
		{"do X tổ chức in the headline", "Hội thảo về chuyển đổi số do bộ thông tin và truyền thông tổ chức\nChiều 4/12, Thứ trưởng Nguyễn Huy Dũng chủ trì hội thảo về chuyển đổi số trong doanh nghiệp nhỏ.", "bộ thông tin và truyền thông"},
		{"a lone lower-case head word after do is a common noun", "Hội thảo khoa học trẻ do trường tổ chức\nChiều 4/12, nhiều giảng viên trẻ trình bày tham luận tại hội thảo.", ""},
		{"an undated lead, then a day of another event in a list", "Hội nghị báo cáo viên tháng 10\nBan Tuyên giáo Huyện ủy vừa tổ chức hội nghị báo cáo viên tháng 10-2019.\nĐồng chí Trưởng ban chủ trì hội nghị.\nCác báo cáo viên được thông tin về tình hình thời sự; Lễ hội Đền Hùng diễn ra từ ngày 8 đến 10-4-2019 tại Phú Thọ.", "Ban Tuyên giáo Huyện ủy"},
		{"a session's aside in brackets before its council", "Kỳ họp bất thường\n25/10/2023 16:53\nSáng 25/10, Kỳ họp thứ 9 (kỳ họp bất thường) HĐND huyện Cần Đước khóa XII đã xem xét hai tờ trình.", "HĐND huyện Cần Đước"},
		{"a headline's council ends before what the session did", "Kỳ họp thứ 9 HĐND huyện Cần Đước thông qua 5 nghị quyết\n25/10/2023 16:53\nSáng 25/10, các đại biểu đã làm việc cả buổi.", "HĐND huyện Cần Đước"},
		{"the body heading a bloc after do is not the organizer", "Sơ kết thi đua\n14/06/2018 09:00\nNgày 13/6, Khối Thi đua các cơ quan nội chính tỉnh do Công an tỉnh làm Trưởng khối đã tổ chức hội nghị ký giao ước năm 2019.", "Khối Thi đua các cơ quan nội chính tỉnh"},
		{"a headline that opens with the body holding the event", "VKSND tỉnh Cà Mau tổ chức Hội nghị triển khai nhiệm vụ năm 2024\n04/01/2024 08:53\nNăm qua, ngành kiểm sát tỉnh đạt nhiều chỉ tiêu.", "VKSND tỉnh Cà Mau"},
		{"a headline that opens with a place names no organizer", "Cà Mau tổ chức Hội nghị xúc tiến đầu tư\n04/01/2024 08:53\nNăm qua, ngành kiểm sát tỉnh đạt nhiều chỉ tiêu.", ""},
		{"small and medium (nhỏ và vừa) is part of the body's name", "Hiệp hội kiện toàn bộ máy\n24/09/2023 09:00\nNgày 23-9, Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Long An tổ chức cuộc họp về công tác tổ chức.", "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Long An"},
		{"the body that chose the host is not the organizer", "Đại hội điểm cấp xã\n20/05/2025 09:00\nNgày 19/5, Đảng bộ xã Tân Lập, đơn vị được Huyện ủy chọn để tổ chức đại hội điểm, đã tiến hành đại hội.", "Đảng bộ xã Tân Lập"},
		{"the copula ends the chosen body's name", "Đại hội điểm cấp xã\n20/05/2025 09:00\nNgày 19/5, Đảng bộ xã Tân Lập là đơn vị được Huyện ủy chọn để tổ chức đại hội điểm.", "Đảng bộ xã Tân Lập"},
		{"a bare unit word after the congress names no organizer", "ĐẠI HỘI CHI BỘ NHIỆM KỲ 2025 - 2027\n20/05/2025 09:00\nCác chi bộ trực thuộc Đảng bộ Công ty đã tổ chức thành công đại hội.", ""},
		{"the body after phiên họp thường kỳ", "Phiên họp tháng 11\n20/11/2023 09:00\nChủ tịch UBND thành phố nêu rõ điều đó khi phát biểu ở phiên họp thường kỳ Ủy ban nhân dân thành phố tháng 11 diễn ra ngày 20/11.", "Ủy ban nhân dân thành phố"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := meetingOf(t, tt.text).Organizer; string(got) != tt.want {
				t.Errorf("organizer = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMeetingType checks which event a page reports, for nouns that name
// another event or no event.
func TestMeetingType(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a delegation's congress is not the event", "Bí thư Tỉnh ủy gặp mặt đoàn đại biểu dự Đại hội Hội Nông dân toàn quốc\n05/12/2023 09:00\nChiều 4/12, Ban Thường vụ Tỉnh ủy gặp mặt Đoàn đại biểu nông dân tỉnh dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII.", "buổi gặp mặt"},
		{"a sentence opening at an event whose name runs on to the comma", "Cùng với cả nước, sáng 16/2 tỉnh đã tiễn 1.200 thanh niên lên đường nhập ngũ.\nTại lễ giao nhận quân ở các huyện, thị xã, lãnh đạo tỉnh đến dự và tặng hoa.", "lễ"},
		{"an announcement session told with its classifier", "Tham dự buổi công bố có đồng chí Lê Văn Hùng, Phó Tổng Thanh tra Chính phủ, cùng lãnh đạo các sở, ban, ngành liên quan của tỉnh, đại diện các huyện, thị xã và thành phố trong tỉnh.\nTại buổi công bố, ông Lê Văn Hùng nêu yêu cầu khắc phục sau thanh tra.", "lễ"},
		{"a speech given at the ceremony names the page's event", "Trao Huy hiệu 50 năm tuổi Đảng cho đảng viên xã Tân Lập\nChiều 4/7, lãnh đạo huyện đã trao Huy hiệu Đảng cho 4 đảng viên.\nPhát biểu tại buổi lễ thay mặt Đảng ủy xã, ông Lê Văn Hùng chúc mừng các đảng viên.", "lễ"},
		{"a sentence set at the ceremony with its classifier names the page's event", "Sáng 9/3, hai hội đã thống nhất nội dung phối hợp hoạt động năm 2025.\nTại buổi lễ, ông Đỗ Minh Khang nhấn mạnh ý nghĩa của sự phối hợp.", "lễ"},
		{"someone told to have attended the event names it", "Sáng 9/3, hai hội đã thống nhất nội dung phối hợp hoạt động năm 2025. Ông Đỗ Minh Khang, Phó Chủ tịch UBND tỉnh đã tham dự buổi lễ.\nHai bên sẽ cùng tuyên truyền chính sách.", "lễ"},
		{"a militia's drill contest, not a seminar", "Hội thao dân quân tự vệ năm 2024\n09/04/2024 09:00\nSáng 8/4, Ban Chỉ huy Quân sự thị xã tổ chức Hội thao dân quân tự vệ năm 2024 với 12 đội tham gia.", "hội thao"},
		{"a sentence set right at the ceremony names the page's event", "Phát động ủng hộ Quỹ Vì người nghèo\n03/10/2024 09:00\nSáng 2/10, xã Tân An tổ chức phát động tháng cao điểm vì người nghèo. Ngay tại lễ phát động, các hộ kinh doanh đã đăng ký ủng hộ 40 triệu đồng.", "lễ"},
		{"an event called off is no event", "Không tổ chức hội nghị sơ kết năm học\n20/05/2021 10:00\nDo dịch bệnh, Sở Giáo dục quyết định không tổ chức hội nghị sơ kết học kỳ I mà gửi báo cáo bằng văn bản.", ""},
		{"a drill held by a district", "Huyện Tân Lạc diễn tập phòng chống lụt bão\n12/06/2024 09:00\nNgày 10/6, UBND huyện Tân Lạc tổ chức cuộc diễn tập phòng chống lụt bão tại xã Phong Phú.", "diễn tập"},
		{"an evening ceremony called a gala", "Gala trao giải thưởng Sáng tạo trẻ năm 2024\n12/06/2024 21:00\nTối 10/6, Tỉnh đoàn tổ chức Gala trao giải thưởng Sáng tạo trẻ năm 2024 cho 20 tác giả.", "gala"},
		{"an inauguration told by its verb", "Khánh thành điểm trường mầm non thôn Nà Lừa\n12/06/2024 09:00\nNgày 10/6, Công ty Điện lực phối hợp với xã tổ chức khánh thành và bàn giao điểm trường do công ty tài trợ.", "lễ"},
		{"a handover of charity houses told by its verb", "Bàn giao nhà đại đoàn kết cho hộ nghèo\n12/06/2024 09:00\nSáng 10/6, Hội Chữ thập đỏ huyện tổ chức bàn giao nhà đại đoàn kết cho 2 hộ nghèo ở xã Tân Lập.", "lễ"},
		{"a scholarship handover told by its verb", "Quỹ khuyến học trao 120 suất học bổng\n12/06/2024 09:00\nChiều 10/6, Quỹ khuyến học tỉnh phối hợp với nhà trường tổ chức trao học bổng cho học sinh vượt khó.", "lễ"},
		{"the rehearsal of a drill", "Tổng duyệt phương án chữa cháy ở chợ huyện\n12/06/2024 09:00\nNgày 10/6, Ban Chỉ đạo tổ chức tổng duyệt phương án chữa cháy và cứu nạn tại chợ huyện.", "buổi tổng duyệt"},
		{"a conference that reviews a drill is a conference", "Rút kinh nghiệm diễn tập phòng thủ dân sự\n12/06/2024 09:00\nNgày 10/6, Ban Chỉ huy Quân sự huyện tổ chức hội nghị rút kinh nghiệm diễn tập phòng thủ dân sự năm 2024.", "hội nghị"},
		{"the guests of the ceremony named with its classifier name the page's event", "Thông xe cầu Yên Xuân\n04/09/2019 10:00\nChiều 3/9, Bộ Giao thông Vận tải đã tổ chức thông xe cầu Yên Xuân. Tham dự buổi lễ có ông Đỗ Minh Khang, Phó Chủ tịch UBND tỉnh.", "lễ"},
		{"a research project's acceptance review", "Nghiệm thu đề tài khoa học cấp tỉnh\n15/01/2021 19:59\nNgày 13/1, Sở Khoa học và Công nghệ tổ chức buổi nghiệm thu đề tài về giống lúa chịu mặn.", "buổi nghiệm thu"},
		{"a festival held by a body", "Liên hoan tiễn tân binh lên đường nhập ngũ năm 2025\n05/02/2025 09:00\nUBND thị trấn vừa tổ chức liên hoan tiễn các thanh niên lên đường nhập ngũ.", "liên hoan"},
		{"a handing-over told with its classifier", "Buổi trao Bằng khen của Chủ tịch UBND tỉnh\n05/02/2025 09:00\nChiều 4/2, Ban Quản lý dự án tổ chức buổi trao Bằng khen cho các tập thể có thành tích.", "lễ"},
		{"the guests' verb with its adverb opens the attendance of the page's event", "Nhiều cán bộ, đoàn viên công đoàn của các đơn vị trong tỉnh về dự và chia vui cùng công nhân lao động.\nCùng dự hội nghị có các đồng chí lãnh đạo Liên đoàn Lao động tỉnh và đại diện các công đoàn cơ sở.", "hội nghị"},
		{"a control commission is no inspection", "Ủy ban Kiểm tra Huyện ủy tổng kết năm\n05/12/2023 09:00\nNgày 4/12, Ủy ban Kiểm tra Huyện ủy tổ chức tổng kết công tác năm 2023.", "hội nghị"},
		{"a review told by its verb is a meeting", "Hội Khuyến học huyện tổng kết năm\n05/12/2023 09:00\nChiều 4/12, Hội Khuyến học huyện tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.", "hội nghị"},
		{"an event named only as such", "Kết nối khởi nghiệp sáng tạo\n05/12/2023 09:00\nNgày 4/12, tại Hà Nội, Sở Khoa học và Công nghệ đã tổ chức sự kiện kết nối doanh nghiệp khởi nghiệp.", "sự kiện"},
		{"an anniversary held with no event noun is a ceremony", "Trường Tiểu học Hòa Bình 30 năm xây dựng và phát triển\n05/12/2023 09:00\nNgày 4/12, Trường Tiểu học Hòa Bình tổ chức kỷ niệm 30 năm thành lập trường và đón nhận Bằng khen của Thủ tướng Chính phủ.", "lễ"},
		{"opening a training course is a ceremony", "Khai giảng lớp bồi dưỡng đảng viên mới\n05/12/2023 09:00\nNgày 4/12, Trung tâm Chính trị huyện tổ chức khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới.", "lễ"},
		{"a body meets for its numbered session", "Đề nghị kỷ luật một cán bộ\n05/12/2023 09:00\nTrong hai ngày 3 và 4/12, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 21. Đồng chí Chủ nhiệm chủ trì cuộc họp.", "kỳ họp"},
		{"a voter meeting written with buổi", "Đại biểu Quốc hội tiếp xúc cử tri\n05/12/2023 09:00\nChiều 4/12, Tổ đại biểu Quốc hội số 2 tiếp xúc cử tri xã Yên Lạc. Dự buổi tiếp xúc cử tri có lãnh đạo huyện.", "buổi tiếp xúc cử tri"},
		{"an interview reports no meeting", "Giám đốc Sở Nội vụ Trần Văn Bình: “Cải cách hành chính phải đến từng người dân”\nMINH HÀ (thực hiện)\nNhân dịp tổng kết năm, Sở Nội vụ tổ chức hội nghị cải cách hành chính ngày 4/12.\nThưa ông, kết quả cải cách hành chính năm nay ra sao?\nÔng Trần Văn Bình: Năm nay tỉnh đã giảm một nửa thời gian giải quyết hồ sơ.", ""},
		{"a concluding speech at a conference is no cited document", "Bài phát biểu\nPhát biểu kết luận của đồng chí Bí thư Huyện ủy tại Hội nghị sơ kết công tác cán bộ quý I, ngày 05/4/2024.", "hội nghị"},
		{"the bare event as the subject of what was done", "Tăng cường công tác tuyên truyền\nHội nghị đã nghe báo cáo tình hình công tác tuyên truyền quý I.\nCác đại biểu thống nhất với báo cáo.", "hội nghị"},
		{"a named plenum as subject in an essay is no event", "Xây dựng Đảng trong sạch\nHội nghị Trung ương 4 khóa XII đã chỉ rõ những biểu hiện suy thoái.\nMỗi đảng viên cần tự soi, tự sửa.", ""},
		{"an organizing committee's meeting is not its ceremony", "Họp Ban Tổ chức Lễ kỷ niệm 50 năm thành lập huyện\n05/12/2023 09:00\nNgày 4/12, Ban Tổ chức họp để rà soát công tác chuẩn bị.", "cuộc họp"},
		{"congresses at all levels are a topic, not the event", "Lãnh đạo tốt đại hội đảng bộ các cấp nhiệm kỳ mới\n05/12/2023 09:00\nNgày 4/12, Ban Thường vụ Huyện ủy tổ chức hội nghị rút kinh nghiệm đại hội điểm.", "hội nghị"},
		{"a supervision team working with a unit holds a working session", "Sở Y tế trả lời kiến nghị cử tri\n20/09/2022 08:30\nNgày 19/9/2022, Đoàn giám sát của Hội đồng nhân dân tỉnh về việc trả lời kiến nghị của cử tri gửi đến kỳ họp thứ 4 đã đến làm việc tại Sở Y tế.", "buổi làm việc"},
		{"a session voters write to is not the event", "Tiếp thu ý kiến cử tri\n20/09/2022 08:30\nNgày 19/9/2022, Sở Tài nguyên và Môi trường tổ chức hội nghị trả lời kiến nghị của cử tri gửi tới kỳ họp thứ 6.", "hội nghị"},
		{"a body issuing a document is a notice", "Tăng cường phòng chống cháy rừng mùa khô\n05/12/2023 09:00\nNgày 4/12, Ban Thường vụ Huyện ủy ban hành Kết luận về tăng cường công tác phòng cháy, chữa cháy rừng. Theo đó, giao Ban Dân vận Huyện ủy chỉ đạo tuyên truyền.", ""},
		{"a plan for a congress issued is no congress", "Tiến tới Đại hội Hội Nông dân huyện lần thứ IX\n05/12/2023 09:00\nHội Nông dân huyện vừa ban hành Kế hoạch số 12-KH/HND về việc chuẩn bị Đại hội đại biểu Hội lần thứ IX.", ""},
		{"a meeting that issues a resolution is a meeting", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\n05/12/2023 09:00\nNgày 4/12, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 12 và ban hành Nghị quyết về nhiệm vụ năm 2024.", "hội nghị"},
		{"'Giao Ban ...' assigns a task to a body: no briefing", "Tăng cường quản lý đất công\n05/12/2023 09:00\nUBND huyện yêu cầu các xã rà soát quỹ đất công. Giao Ban Quản lý dự án huyện chủ trì, làm việc với các xã.", ""},
		{"who attended names the event when the lead has no event noun", "Huyện tôn vinh nông dân sản xuất giỏi\nNgày 4.12, UBND huyện Yên Lạc tổ chức biểu dương, tôn vinh 120 nông dân sản xuất, kinh doanh giỏi.\nTham dự Hội nghị có lãnh đạo huyện và đại diện các xã.", "hội nghị"},
		{"a venue named after meetings is not the event", "Bầu Ban Chấp hành Hội Kỹ sư tỉnh khóa mới\n05/12/2023 09:00\nNgày 4/12, tại Trung tâm Hội nghị tỉnh đã diễn ra Đại hội đại biểu Hội Kỹ sư tỉnh lần thứ III.", "đại hội"},
		{"a venue of fairs and exhibitions is not the event", "Đưa cà phê tỉnh nhà đến gần người tiêu dùng\n05/12/2023 09:00\nSáng 4/12, tại Trung tâm Hội chợ và Triển lãm tỉnh, Sở Công Thương tổ chức lễ khai mạc Tuần lễ cà phê.", "lễ"},
		{"a dialogue with businesses", "Gỡ khó cho doanh nghiệp nhỏ\n05/12/2023 09:00\nNgày 4/12, hơn 100 doanh nghiệp dự buổi đối thoại do Phó Chủ tịch UBND tỉnh Lê Văn An chủ trì.", "buổi đối thoại"},
		{"a reception of a visitor, named at its setting", "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Nhật Bản\nSáng 4/12, Tổng Lãnh sự Nhật Bản đến thăm và chào xã giao lãnh đạo tỉnh.\nTại buổi đón tiếp, Chủ tịch UBND tỉnh Trần Văn Bình giới thiệu tình hình kinh tế của tỉnh.", "buổi đón tiếp"},
		{"a visit and working session is a working session", "Bí thư Tỉnh ủy làm việc tại huyện Yên Định\n05/12/2023 09:00\nSáng 4/12, đồng chí Lê Văn An, Bí thư Tỉnh ủy, đã có chuyến thăm và làm việc tại huyện Yên Định.", "buổi làm việc"},
		{"a supervision held as a working session a caption names", "Giám sát việc thực hiện quy chế dân chủ\nToàn cảnh buổi làm việc\nĐoàn giám sát của Ban Thường vụ Huyện ủy giám sát việc thực hiện quy chế dân chủ ở cơ sở đối với Đảng ủy xã Định Hòa.", "buổi làm việc"},
		{"the preparatory session of a congress is the congress", "Khai mạc phiên trù bị Đại hội Hội Liên hiệp Phụ nữ huyện lần thứ X\n05/12/2023 09:00\nChiều 4/12, Đại hội đại biểu Hội Liên hiệp Phụ nữ huyện lần thứ X khai mạc phiên trù bị.", "đại hội"},
		{"a document cited in an adverbial before the meeting is no notice", "Hội nghị triển khai quy chế làm việc\n05/12/2023 09:00\nThực hiện Quyết định số 45/QĐ-UBND của UBND huyện ban hành Quy chế làm việc, ngày 4/12, Văn phòng HĐND và UBND huyện tổ chức hội nghị triển khai.", "hội nghị"},
		{"a gathering the headline names wins over the body's noun", "Hội Phụ nữ xã tổ chức họp mặt kỷ niệm Ngày Phụ nữ Việt Nam\n05/12/2023 09:00\nSáng 20/10, Hội Phụ nữ xã tổ chức họp mặt kỷ niệm 93 năm Ngày thành lập Hội.\nTại hội nghị, Hội đã phát động phong trào thi đua.", "họp mặt"},
		{"a tally of congresses held is no meeting", "Trên 85% Hội Nông dân cơ sở hoàn thành đại hội\n05/12/2023 09:00\nTính đến ngày 30-11, 18/21 cơ sở Hội trong huyện đã tiến hành xong đại hội. Huyện Hội sẽ tiến hành đại hội điểm trong tháng 12 tới.", ""},
		{"a day and month before the event noun is no tally", "Khánh thành cầu bê tông thôn Bình Tây\n05/12/2023 09:00\nSau hai tháng thi công, ngày 30/5 Huyện đoàn đã tổ chức lễ khánh thành cây cầu bê tông ở thôn Bình Tây.", "lễ"},
		{"an event the headline says is to come is not the lead's meeting", "Kỳ họp thứ 12 HĐND huyện dự kiến diễn ra giữa tháng 12\n05/12/2023 09:00\nSáng 4/12, Thường trực HĐND huyện chủ trì hội nghị liên tịch bàn chương trình kỳ họp thứ 12.", "hội nghị"},
		{"an undated page that tells the closing speech of its conference", "Đảng ủy Biên phòng ra nghị quyết năm 2025\nPhát biểu kết luận hội nghị, Chỉ huy trưởng khen ngợi các đồn và giao nhiệm vụ năm tới.", "hội nghị"},
		{"a span of work is no working visit", "Hoàn thành chương trình đề ra\n05/12/2023 09:00\nSau một buổi làm việc khẩn trương, Kỳ họp thứ hai, Hội đồng nhân dân huyện khóa XX đã hoàn thành chương trình đề ra.", "kỳ họp"},
		{"a voter contact written with its classifier is no reception", "Tiếp xúc cử tri sau kỳ họp\n05/12/2023 09:00\nNgày 4/12, Đoàn đại biểu Quốc hội tỉnh đã có buổi tiếp xúc cử tri xã Tân Lập.", "buổi tiếp xúc cử tri"},
		{"a decision issued and handed over at a ceremony", "Công bố quyết định thành lập Ban Quản lý khu du lịch\n05/12/2023 09:00\nNgày 4/12, UBND huyện ban hành Quyết định số 210/QĐ-UBND về việc thành lập Ban Quản lý khu du lịch và tổ chức công bố quyết định.", "lễ"},
		{"a unit's study gathering", "Sinh hoạt pháp luật nhân Ngày Pháp luật\n05/12/2023 09:00\nNgày 4/12, Phòng Tư pháp huyện tổ chức buổi sinh hoạt pháp luật cho cán bộ các xã.", "buổi sinh hoạt"},
		{"a courtesy reception told by its verb", "Chủ tịch tỉnh tiếp Đại sứ Canada\n05/12/2023 09:00\nChiều 4/12, Chủ tịch UBND tỉnh Lê Văn An tiếp xã giao Đại sứ Canada tại Việt Nam.", "buổi tiếp"},
		{"a sector's festival day", "Sôi nổi ngày hội sáng tạo trẻ\n05/12/2023 09:00\nSáng 4/12, Huyện đoàn tổ chức Ngày hội Sáng tạo trẻ năm 2023 với sự tham gia của 300 đoàn viên.", "ngày hội"},
		{"one rhetorical question does not make an interview", "Hội nghị tổng kết công tác dân vận\n05/12/2023 09:00\nNgày 4/12, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết.\nVậy làm thế nào để dân tin, thưa các đồng chí?", "hội nghị"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := meetingOf(t, tt.text).Type; string(got) != tt.want {
				t.Errorf("type = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMeetingOnline checks which online words make the meeting online.
func TestMeetingOnline(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a news site's name is not online", "(Nghệ An Online) – Ngày 4/12, Sở Tư pháp tổ chức hội nghị tổng kết công tác năm 2023.\nHội nghị diễn ra tại hội trường Sở.", false},
		{"a meeting held online", "Họp online bàn giải pháp\n05/12/2023 09:00\nNgày 4/12, Sở Công Thương tổ chức hội nghị theo hình thức online với các doanh nghiệp.", true},
		{"teaching online is no online meeting", "Tổng kết năm học\n05/12/2023 09:00\nNgày 4/12, Phòng Giáo dục huyện tổ chức hội nghị tổng kết việc dạy và học trực tuyến trong năm học.", false},
		{"a conference linked to connection points", "Hội nghị sơ kết\n05/12/2023 09:00\nNgày 4/12, UBND tỉnh tổ chức hội nghị trực tuyến đến 12 điểm cầu cấp huyện.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := meetingOf(t, tt.text).Online; got != tt.want {
				t.Errorf("online = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMeetingLocation checks where a place named after "tại" ends.
func TestMeetingLocation(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"và inside a body's name", "Hội nghị tổng kết\n05/12/2023 09:00\nNgày 4/12, tại Sở Lao động và Xã hội, Công đoàn ngành tổ chức hội nghị tổng kết năm 2023.", "Sở Lao động và Xã hội"},
		{"the office the Front shares with the mass organizations", "Hội nghị Ủy ban MTTQ huyện\n05/12/2023 09:00\nNgày 4/12, tại trụ sở Ủy ban MTTQ Việt Nam và các đoàn thể huyện, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Krông Pắc tổ chức hội nghị lần thứ 8.", "trụ sở Ủy ban MTTQ Việt Nam và các đoàn thể huyện"},
		{"và before another clause", "Hội nghị tổng kết\n05/12/2023 09:00\nNgày 4/12, Công đoàn ngành tổ chức hội nghị tổng kết tại Hà Tĩnh và trao thưởng cho các đoàn viên.", "Hà Tĩnh"},
		{"with no venue, the local connection point", "Hội nghị báo cáo viên\n05/12/2023 09:00\nSáng 4/12, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên trực tuyến. Đồng chí Phó Bí thư Huyện ủy chủ trì hội nghị tại điểm cầu huyện Mường Chà.", "điểm cầu huyện Mường Chà"},
		{"a venue wins over the connection point", "Hội nghị báo cáo viên\n05/12/2023 09:00\nSáng 4/12, tại Hội trường Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên, kết nối tới các điểm cầu. Đồng chí Phó Bí thư Huyện ủy chủ trì tại điểm cầu huyện Mường Chà.", "Hội trường Tỉnh ủy"},
		{"where people under discipline work is no venue", "Kỳ họp thứ 12\n05/12/2023 09:00\nNgày 4/12, Ủy ban Kiểm tra Huyện ủy tổ chức kỳ họp thứ 12 xem xét thi hành kỷ luật đối với hai đảng viên tại Ban Quản lý dự án huyện.", ""},
		{"a person named after a fronted place is no part of it", "Lễ tốt nghiệp\n05/12/2023 09:00\nSáng 4/12, Trường Đại học Bách khoa tổ chức lễ tốt nghiệp. Tại Úc, Phạm Minh Khôi cho biết buổi lễ diễn ra trang trọng.", "Úc"},
		{"a kind of place is no place", "Giao ban quý IV\n05/12/2023 09:00\nNgày 4/12, Đảng ủy xã tổ chức giao ban quý IV.\nCác bí thư chi bộ phản ánh tình hình tại khu dân cư.", ""},
		{"a diplomat's term of office 'tại' a country is no venue", "Tiếp Đại sứ Hàn Quốc chào từ biệt\n05/12/2023 09:00\nChiều 4/12, Phó Chủ tịch UBND tỉnh Trần Văn Bình tiếp ông Kim Min-su đến chào từ biệt trước khi ông kết thúc nhiệm kỳ công tác tại Việt Nam.", ""},
		{"a place only the headline names", "Chủ tịch tỉnh dự lễ giao nhận quân tại huyện Tiên Phước\n05/12/2023 09:00\nSáng 4/12, 180 thanh niên của huyện lên đường nhập ngũ. Dự lễ có đồng chí Lê Văn An, Chủ tịch UBND tỉnh.", "huyện Tiên Phước"},
		{"a party organisation in the headline is where members belong", "Lễ trao Huy hiệu 30 năm tuổi Đảng cho đảng viên tại Đảng bộ xã Hòa Bình\n05/12/2023 09:00\nSáng 4/12, Đảng bộ xã Hòa Bình tổ chức lễ trao Huy hiệu Đảng.", ""},
		{"tại closing a branch's name is no venue", "Khai giảng lớp bồi dưỡng\n05/12/2023 09:00\nNgày 4/12, Phân hiệu Trường Đại học Nông Lâm tại tỉnh Gia Lai đã tổ chức khai giảng lớp bồi dưỡng kỹ năng.", ""},
		{"a branch's name, then the venue", "Khai giảng lớp bồi dưỡng\n05/12/2023 09:00\nNgày 4/12, Chi nhánh Ngân hàng Phát triển tại Cà Mau tổ chức hội nghị khách hàng tại Khách sạn Phương Nam.", "Khách sạn Phương Nam"},
		{"a count of connection points is no venue", "Hội nghị triển khai thông tư\n05/12/2023 09:00\nĐó là chỉ đạo của Thứ trưởng Lê Văn Hòa tại Hội nghị triển khai Thông tư 15 tại 9 đầu cầu trực tuyến trong cả nước sáng ngày 4/12.", ""},
		{"an address number is a venue", "Hội nghị khách hàng\n05/12/2023 09:00\nNgày 4/12, Công ty Điện lực tỉnh tổ chức hội nghị khách hàng tại 27 Lê Lợi, thành phố Pleiku.", "27 Lê Lợi, thành phố Pleiku"},
		{"a local point of an online meeting is no venue", "Họp trực tuyến về phòng, chống thiên tai\n05/12/2023 09:00\nSáng 4/12, Phó Thủ tướng chủ trì cuộc họp trực tuyến với các tỉnh miền Trung. Tại huyện Sơn Hà, tham dự cuộc họp có Chủ tịch UBND huyện Đinh Văn Lộc.", ""},
		{"an undated lead, then a day of another event in a list", "Hội nghị báo cáo viên tháng 10\nBan Tuyên giáo Huyện ủy vừa tổ chức hội nghị báo cáo viên tháng 10-2019.\nĐồng chí Trưởng ban chủ trì hội nghị.\nCác báo cáo viên được thông tin về tình hình thời sự; Lễ hội Đền Hùng diễn ra từ ngày 8 đến 10-4-2019 tại Phú Thọ.", ""},
		{"an article of a law is no venue", "Hội nghị tiếp xúc cử tri\n05/12/2023 09:00\nNgày 4/12, Đoàn đại biểu Quốc hội tỉnh tổ chức tiếp xúc cử tri theo hướng dẫn tại Điều 12 quy định về hoạt động của đại biểu.", ""},
		{"a time after the place ends it", "Hội nghị giao ban\n05/12/2023 09:00\nHội nghị giao ban công tác khối nội chính được tổ chức tại TP Vinh vào chiều 4-12.", "TP Vinh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := meetingOf(t, tt.text).Location; string(got) != tt.want {
				t.Errorf("location = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWordMatchersAgreeWithRegexps checks the word tests that replaced
// regexps against those regexps, at every word start (prefix tests) and
// word end (suffix tests) of every sentence of the corpus pages and of some
// edge cases.
func TestWordMatchersAgreeWithRegexps(t *testing.T) {
	var (
		eventVerbRe      = regexp.MustCompile(`(?:^|[^\p{L}])(?:đã\s+|vừa\s+)?(tổ chức|có buổi làm việc|khai mạc|diễn ra|tiến hành|chủ trì|họp)(?:[^\p{L}]|$)`)
		nounBeforeHop    = regexp.MustCompile(`(?:phiên|cuộc|kỳ|buổi|dự|tại|các|cho|đến|vào)\s+$`)
		nounBeforeToChuc = regexp.MustCompile(`(?:công tác|cơ quan,?|các|ban|một|những|và các|cán bộ|kết quả|việc)\s+$`)
		placeNotRe       = regexp.MustCompile(`^(?:đây|đó|buổi|phiên|kỳ|hội nghị|hội thảo|lễ|điểm cầu|đại hội|cuộc|tọa đàm|diễn đàn|chương trình|nghị quyết|quyết định|chỉ thị|thông báo|kết luận|kế hoạch|văn bản|các|nhiều|một|những|địa phương|cơ sở|đơn vị|thời điểm|điều|khoản|mục|phụ lục|công văn|tờ trình|thông tư|nghị định|luật)(?:[^\p{L}]|$)`)
		placePartRe      = regexp.MustCompile(`^(?:số|\d|tầng|phòng|nhà|tòa|trụ sở|trung tâm|đường|phố|phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tp|tỉnh|hà nội|trường|hội trường|khu|cơ sở)(?:[^\p{L}]|$)`)
		officeStartRe    = regexp.MustCompile(`^(?:ủy viên|bí thư|phó|chủ tịch|thủ tướng|bộ trưởng|giám đốc|trưởng|đồng chí|ông|bà|tổng|thứ trưởng)`)
	)
	texts := []string{
		"", "họp", "tổ chức", "xhọp", "họpx", "họp1", "1họp", "đã tổ chức", "(họp)", "tổ chứcs họp", "ahọp họp",
		"phiên ", "phiên", "các  \t", "cơ quan, ", "cơ quan,", "cơ quan ,  ", "kỳ\n", "việc\r",
		"đây", "đâyx", "đây, tại", "1", "1a", "12", "1 ", "tp.", "tpx", "số", "sốa", "ông", "ôngx", "trưởng ban",
		"hội nghịá", "hội nghị\u00e0", "điểm cầu-", "ở họp\u0300", "\u0300họp",
	}
	for _, d := range corpusDocuments(t) {
		for _, s := range d.sents {
			f := d.folded[s.start:s.end]
			texts = append(texts, f)
			texts = append(texts, strings.Split(f, ",")...)
		}
	}
	n := 0
	for _, f := range texts {
		if got, want := eventVerbIn(f), eventVerbRe.MatchString(f); got != want {
			t.Errorf("eventVerbIn(%q) = %v, regexp %v", f, got, want)
		}
		for k := 0; k <= len(f); k++ {
			if k < len(f) && !utf8.RuneStart(f[k]) {
				continue
			}
			before, after := f[max(0, k-wordWindow):k], f[k:]
			for len(before) > 0 && !utf8.RuneStart(before[0]) {
				before = before[1:]
			}
			n++
			if got, want := endsWithWord(before, nounsBeforeHop), nounBeforeHop.MatchString(before); got != want {
				t.Errorf("endsWithWord(%q, nounsBeforeHop) = %v, regexp %v", before, got, want)
			}
			if got, want := endsWithWord(before, nounsBeforeToChuc), nounBeforeToChuc.MatchString(before); got != want {
				t.Errorf("endsWithWord(%q, nounsBeforeToChuc) = %v, regexp %v", before, got, want)
			}
			if k > 0 && f[k-1] != ' ' && f[k-1] != ',' {
				continue // the prefix tests run on word starts
			}
			if got, want := opensWithWord(placeNotWords, after), placeNotRe.MatchString(after); got != want {
				t.Errorf("opensWithWord(placeNotWords, %q) = %v, regexp %v", after, got, want)
			}
			if got, want := isPlacePart(after), placePartRe.MatchString(after); got != want {
				t.Errorf("isPlacePart(%q) = %v, regexp %v", after, got, want)
			}
			if got, want := startsWithAny(after, officeStarts), officeStartRe.MatchString(after); got != want {
				t.Errorf("startsWithAny(%q, officeStarts) = %v, regexp %v", after, got, want)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d positions tested", n)
	}
}

// TestRareByteWordIndex checks rareByteWord.index against strings.Index
// from every offset of the corpus text and on edge cases.
func TestRareByteWordIndex(t *testing.T) {
	texts := []string{"", "e", "online", "xonline", "onlin", "trực", "trực t", "ự trực tuyến", "điểm cầu", "điểm cầ", "ểể điểm cầu"}
	for _, d := range corpusDocuments(t) {
		texts = append(texts, d.folded)
	}
	for _, w := range append(onlineWords, onlineParts...) {
		for _, s := range texts {
			for off := 0; off <= len(s); off += 1 + off/64 {
				if got, want := w.index(s[off:]), strings.Index(s[off:], w.word); got != want {
					t.Fatalf("index(%q) in %.40q = %d, want %d", w.word, s[off:], got, want)
				}
			}
		}
	}
}

// TestFutureMarkersHoldTheirKeys keeps tellsFuture's two-word test in step
// with futureMarkers.
func TestFutureMarkersHoldTheirKeys(t *testing.T) {
	for _, w := range futureMarkers {
		if !strings.Contains(w, "sẽ") && !strings.Contains(w, "dự kiến") {
			t.Errorf("future marker %q holds neither sẽ nor dự kiến", w)
		}
	}
}
