package extractor

import (
	"strings"
	"testing"
	"time"
)

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		line     string
		want     string
		wantTime bool
	}{
		{"13/07/2020 07:15 PM", "2020-07-13T19:15:00+07:00", true},
		{"Thứ Năm, 15/07/2021 - 17:40", "2021-07-15T17:40:00+07:00", true},
		{"Cập nhật: 22/04/2021 10:25 | Lượt xem: 1.284", "2021-04-22T10:25:00+07:00", true},
		{"Cập nhật lúc 18:30 ngày 08/06/2022", "2022-06-08T18:30:00+07:00", true},
		{"16/03/2022 08:30 AM", "2022-03-16T08:30:00+07:00", true},
		{"12/05/2022 12:10 AM", "2022-05-12T00:10:00+07:00", true},
		{"Ngày đăng: 30/07/2021", "2021-07-30", false},
		{"Thứ tư, 14 Tháng 3 2019 09:40", "2019-03-14T09:40:00+07:00", true},
		{"14 Tháng 3 2019", "2019-03-14", false},
		{"2019.04.12 - 875 lượt xem", "2019-04-12", false},
		{"Cập nhật: 15/03/2024 10:00 | Ngày đăng: 12/03/2024 08:00", "2024-03-12T08:00:00+07:00", true},
		{"Ngày sửa: 15/03/2024 - Đăng lúc 08:00 ngày 12/03/2024", "2024-03-12T08:00:00+07:00", true},
		{"16/12/2021 | 10:22", "2021-12-16T10:22:00+07:00", true},
		{"Ngày cập nhật: 3/28/2021 9:05:41 AM", "2021-03-28T09:05:00+07:00", true}, // month first, told by a day past 12
		{"Cập nhật lúc: 17h40, 15/7/2021", "2021-07-15T17:40:00+07:00", true},
		{"2021-07-15 17:40", "2021-07-15T17:40:00+07:00", true},
		{"Thứ Năm, ngày 15 tháng 7 năm 2021", "2021-07-15", false},
		{"(09/10/2015 15:34:31)", "2015-10-09T15:34:00+07:00", true},
		{"11/02/2015 04:51 GMT+7", "2015-02-11T04:51:00+07:00", true},
		{"Cập nhật lúc09:07, Thứ Hai, 03/10/2022 (GMT+7)", "2022-10-03T09:07:00+07:00", true},
		{"17:05 02/09/2016", "2016-09-02T17:05:00+07:00", true},
		{"Thứ Ba,  12/01/2021", "2021-01-12", false},
		{"Thứ Sáu, 12/06/2020, 14:05 [GMT+7]", "2020-06-12T14:05:00+07:00", true},
		{"TTXVN - 09:05, 18/03/2023", "2023-03-18T09:05:00+07:00", true},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, hasTime, ok := parseDateLine(tt.line)
			if !ok {
				t.Fatalf("parseDateLine(%q) found no date", tt.line)
			}
			if s := formatPublished(got, hasTime); s != tt.want || hasTime != tt.wantTime {
				t.Errorf("parseDateLine(%q) = %s (time %v), want %s", tt.line, s, hasTime, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "Lượt xem: 1.284", "31/02/2021 10:00", "quý I/2022"} {
		if _, _, ok := parseDateLine(bad); ok {
			t.Errorf("parseDateLine(%q) found a date", bad)
		}
	}
}

func TestParseMetaTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2021-07-15T17:40:00+07:00", "2021-07-15T17:40:00+07:00"},
		{"2021-07-15T10:40:00Z", "2021-07-15T17:40:00+07:00"},
		{"2021-07-15 17:40:00", "2021-07-15T17:40:00+07:00"},
		{"2021-07-15", "2021-07-15"},
	}
	for _, tt := range tests {
		got, hasTime, ok := parseMetaTime(tt.in)
		if !ok || formatPublished(got, hasTime) != tt.want {
			t.Errorf("parseMetaTime(%q) = %s, want %s", tt.in, formatPublished(got, hasTime), tt.want)
		}
	}
}

// TestFindDateMentions uses phrases from real reports; published is the
// publication date the missing years come from.
func TestFindDateMentions(t *testing.T) {
	pub := time.Date(2021, 12, 16, 10, 22, 0, 0, vnZone)
	tests := []struct {
		phrase   string
		from, to string
		part     string
	}{
		{"Chiều ngày 09/7/2020, Học viện Chính trị khu vực II đã tổ chức Hội nghị", "2020-07-09", "", "chiều"},
		{"Sáng 15/7, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị", "2021-07-15", "", "sáng"},
		{"Ngày 15-3-2022, Chi bộ tổ chức Đại hội", "2022-03-15", "", ""},
		{"ngày 9 tháng 7 năm 2020", "2020-07-09", "", ""},
		{"Trong hai ngày 14 và 15/12/2021, Ban Dân vận Tỉnh ủy tổ chức", "2021-12-14", "2021-12-15", ""},
		{"Trong hai ngày 20 và 21/4, Trường Đại học Hồng Đức tổ chức", "2021-04-20", "2021-04-21", ""},
		{"Từ ngày 09 - 10/3/2022, Đảng bộ tổ chức Đại hội", "2022-03-09", "2022-03-10", ""},
		{"từ ngày 18-20/4/2022", "2022-04-18", "2022-04-20", ""},
		{"từ ngày 14/12 đến ngày 15/12/2021", "2021-12-14", "2021-12-15", ""},
		{"Sáng nay (14/12), tại TP Nha Trang", "2021-12-14", "", "sáng"},
		{"Chiều nay, Ban Chỉ đạo họp", "2021-12-16", "", "chiều"},
		{"sáng thứ Ba, ngày 14/12", "2021-12-14", "", "sáng"},
		{"Chiều qua, Ban Thường vụ Tỉnh ủy họp", "2021-12-15", "", "chiều"},
		{"Tại Hà Nội, chiều hôm qua, Ban Chỉ đạo họp phiên thứ nhất", "2021-12-15", "", "chiều"},
		{"Ban Chỉ đạo đã họp vào sáng nay tại trụ sở", "2021-12-16", "", "sáng"},
		{"Hôm qua, Quốc hội khai mạc kỳ họp", "2021-12-15", "", ""},
		// December report of a January meeting: the year is not the
		// publication year plus.
		{"Sáng 20/12, hội nghị khai mạc", "2021-12-20", "", "sáng"},
		{"Ngày 17 – 9, HĐND thành phố họp phiên chuyên đề", "2021-09-17", "", ""},
		{"Hôm nay, ngày 3 tháng 11 năm 2021 tại Huế, đã diễn ra Lễ khánh thành", "2021-11-03", "", ""},
		{"phiên giải trình được tổ chức (từ chiều 8/11 đến hết ngày 10/11/2021)", "2021-11-08", "2021-11-10", "chiều"},
		{"Trong ngày 22 và 23 tháng 10 năm 2021, Trường Đại học Vinh tổ chức Hội thảo", "2021-10-22", "2021-10-23", ""},
		{"Chiều ngày 15-12, Sở Tài chính tổ chức Hội nghị", "2021-12-15", "", "chiều"},
		{"Trong 2 ngày 08, 09/12, Hội Nông dân huyện tổ chức Đại hội", "2021-12-08", "2021-12-09", ""},
		{"Chiều ngày 20 và sáng ngày 21 tháng 12 năm 2021, Đảng ủy xã tổ chức học tập", "2021-12-20", "2021-12-21", "chiều"},
		// a comma between numbers not after "ngày" starts no range
		{"Các thôn 3, 4/12 đăng ký", "2021-12-04", "", ""},
		// A clock time stands for the part of day when no word gives it.
		{"Hội thảo khai mạc vào lúc 07h30 ngày 10/12/2021 tại hội trường", "2021-12-10", "", "sáng"},
		{"Ngày 10/12, lúc 14 giờ, Ban Chỉ đạo họp", "2021-12-10", "", "chiều"},
		{"Vào 19h00 ngày 11/12, đêm giao lưu diễn ra", "2021-12-11", "", "tối"},
		{"Tối ngày 11/12, lúc 8 giờ, Hội diễn khai mạc", "2021-12-11", "", "tối"}, // the word wins
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			ms := findDateMentions(fold(tt.phrase), pub)
			if len(ms) == 0 {
				t.Fatalf("no date found")
			}
			m := ms[0]
			if isoDate(m.from) != tt.from || m.part != tt.part {
				t.Errorf("got %s part %q, want %s part %q", isoDate(m.from), m.part, tt.from, tt.part)
			}
			to := ""
			if !m.to.IsZero() {
				to = isoDate(m.to)
			}
			if to != tt.to {
				t.Errorf("end = %q, want %q", to, tt.to)
			}
		})
	}
}

// TestFindDateMentionsIgnoresNonMeetingDates: periods, deadlines and
// document dates are not meeting dates.
func TestFindDateMentionsIgnoresNonMeetingDates(t *testing.T) {
	pub := time.Date(2020, 7, 13, 0, 0, 0, 0, vnZone)
	for _, phrase := range []string{
		"6 tháng đầu năm 2020",
		"năm học 2019 - 2020",
		"giai đoạn 2021-2025",
		"quý I/2022",
		"nhiệm kỳ 2020 - 2025",
		"Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ",
		"Thông báo số 172-TB/TW ngày 21/3/2020",
		"trình Thủ tướng Chính phủ trước ngày 15/3/2022",
		"từ ngày 17/7 đến nay",
		"27/28 đảng viên của Chi bộ",
		"năm 2019",
		"Hội nghị đã thông qua nghị quyết",
		"kế hoạch năm nay",
		"từ 10 – 12 giờ trưa",
		// the start of an anniversary's span, with no publication date to
		// rule it out
		"kỷ niệm 60 năm thành lập ngành (15/3/1960-15/3/2020)",
		"kỷ niệm 75 năm Ngày truyền thống (2/9/1945 – 2/9/2020)",
		// the day a holiday falls on
		"nhân dịp kỷ niệm 73 năm Ngày Thương binh - Liệt sĩ 27/7",
		"chào mừng Ngày Nhà giáo Việt Nam (20/11/2020)",
		// a numbered document cited with its issuer before "ngày"
		"triển khai kết luận số 05 của Ban Thường vụ ngày 2/6/2020",
		"thực hiện Nghị quyết 12 của Huyện ủy ngày 14/5/2020",
	} {
		if ms := findDateMentions(fold(phrase), pub); len(ms) > 0 {
			t.Errorf("%q: found meeting date %s", phrase, isoDate(ms[0].from))
		}
	}
}

// TestFindDateMentionsAfterCitationsAndTerms: the meeting day that follows a
// cited document or a term is still read; the document's date is not.
func TestFindDateMentionsAfterCitationsAndTerms(t *testing.T) {
	pub := time.Date(2020, 7, 13, 0, 0, 0, 0, vnZone)
	tests := []struct{ phrase, want string }{
		{"tại hội nghị sơ kết công tác cán bộ, nhiệm kỳ 2020-2025, ngày 9-7-2020.", "2020-07-09"},
		{"theo thông báo số 02 của Tỉnh ủy ngày 1/7/2020, sáng 10/7 Ban Tổ chức họp", "2020-07-10"},
		{"Trong hai ngày 8- 9/7, Hội đồng nhân dân huyện họp kỳ thứ 14", "2020-07-08/2020-07-09"},
	}
	for _, tt := range tests {
		ms := findDateMentions(fold(tt.phrase), pub)
		if len(ms) != 1 {
			t.Errorf("%q: got %d mentions, want 1 (%+v)", tt.phrase, len(ms), ms)
			continue
		}
		got := isoDate(ms[0].from)
		if !ms[0].to.IsZero() {
			got += "/" + isoDate(ms[0].to)
		}
		if got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.phrase, got, tt.want)
		}
	}
}

// TestMonthOnlyPublication: the page store's "date 2021-10" gives the year
// of a day written without one, and no day to "hôm nay".
func TestMonthOnlyPublication(t *testing.T) {
	pub, ok := parseStoreDate("2021-10")
	if !ok || formatPublished(pub, false) != "2021-10" {
		t.Fatalf("parseStoreDate(2021-10) = %v %v", pub, ok)
	}
	if ms := findDateMentions(fold("Ngày 28-9, Ban Chấp hành Đảng bộ tỉnh họp"), pub); len(ms) != 1 || isoDate(ms[0].from) != "2021-09-28" {
		t.Errorf("ngày 28-9: got %+v, want 2021-09-28", ms)
	}
	if ms := findDateMentions(fold("Ngày 20/10, Ban Chấp hành Đảng bộ tỉnh họp"), pub); len(ms) != 1 || isoDate(ms[0].from) != "2021-10-20" {
		t.Errorf("ngày 20/10: got %+v, want 2021-10-20", ms)
	}
	if ms := findDateMentions(fold("Hôm nay, kỳ họp khai mạc"), pub); len(ms) != 1 || !ms[0].undated {
		t.Errorf("hôm nay: got %+v, want an undated mention", ms)
	}
	for _, bad := range []string{"2021-13", "2021", "21-10", "1890-05"} {
		if _, ok := parseStoreDate(bad); ok {
			t.Errorf("parseStoreDate(%q) accepted", bad)
		}
	}
}

func TestDayWithYear(t *testing.T) {
	pub := time.Date(2022, 1, 5, 9, 0, 0, 0, vnZone)
	if got, _ := dayWithYear(0, 12, 28, pub); isoDate(got) != "2021-12-28" {
		t.Errorf("28/12 published 5/1/2022 = %s, want 2021-12-28", isoDate(got))
	}
	if got, _ := dayWithYear(0, 1, 4, pub); isoDate(got) != "2022-01-04" {
		t.Errorf("4/1 published 5/1/2022 = %s, want 2022-01-04", isoDate(got))
	}
	if _, ok := dayWithYear(0, 1, 4, time.Time{}); ok {
		t.Error("a date without year and without publication date must not be guessed")
	}
}

// TestFindDateMentionsUndated: without a publication date a day without
// its year cannot be dated, but it is still a day of the event and keeps
// its part of day.
func TestFindDateMentionsUndated(t *testing.T) {
	tests := []struct {
		phrase string
		part   string
	}{
		{"Sáng 7/3, Bộ Tư pháp tổ chức hội nghị", "sáng"},
		{"Ban Chỉ đạo chiều ngày 24/11 tổ chức hội nghị", "chiều"},
		{"Sáng nay, Quốc hội khai mạc kỳ họp", "sáng"},
		{"Tối qua, Ban Thường vụ họp", "tối"},
		{"Ngày 12-5, UBND huyện họp", ""},
		{"Trong hai ngày 3 và 4/4, Hội thảo diễn ra", ""}, // several days: no part of day
		{"Chiều 29/2, hội nghị bế mạc", "chiều"},          // a leap day may be valid
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			ms := findDateMentions(fold(tt.phrase), time.Time{})
			if len(ms) != 1 {
				t.Fatalf("got %d mentions, want 1", len(ms))
			}
			if !ms[0].undated || !ms[0].from.IsZero() || ms[0].part != tt.part {
				t.Errorf("got undated=%v from=%v part %q, want undated, no date, part %q", ms[0].undated, ms[0].from, ms[0].part, tt.part)
			}
		})
	}
	if ms := findDateMentions(fold("Chiều 31/2, hội nghị"), time.Time{}); len(ms) != 0 {
		t.Errorf("31/2 is no day: got %+v", ms)
	}
}

// TestInferYear: without a publication date, the year of "Sáng 9/1" comes
// from the periods the headline and lead name, only when they settle it.
func TestInferYear(t *testing.T) {
	tests := []struct {
		lead   string
		month  int
		want   int
		wantOK bool
	}{
		{"Hội nghị tổng kết công tác tư pháp năm 2021, triển khai nhiệm vụ năm 2022", 1, 2022, true},
		// a quarter written with its year after a slash
		{"UBND tỉnh họp báo định kỳ quý I/2019 với các cơ quan báo chí", 4, 2019, true},
		// a well-known anniversary dates itself
		{"Xã gặp mặt cựu chiến binh nhân kỷ niệm 79 năm Cách mạng Tháng Tám", 8, 2024, true},
		{"Hội Cựu chiến binh tỉnh gặp mặt kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam", 12, 2024, true},
		// a party committee adopts its resolution for the coming year late in the year before
		{"Chi bộ Trạm Biên phòng họp ra nghị quyết lãnh đạo công tác năm 2026", 11, 2025, true},
		{"Hội nghị sơ kết công tác năm 2021; phương hướng nhiệm vụ năm 2022", 3, 2022, true},
		// a year-end review held in November or December is in its year;
		// in mid-year it is no year-end review
		{"Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022", 12, 2021, true},
		{"Hội nghị tổng kết hoạt động năm 2019 và phương hướng nhiệm vụ năm 2020", 11, 2019, true},
		{"Hội nghị tổng kết công tác năm 2021", 6, 0, false},
		// the year a meeting prepares: from October it is the next one
		{"Hội nghị triển khai nhiệm vụ kế hoạch năm 2025 của ngành thuế", 12, 2024, true},
		{"Hội nghị triển khai nhiệm vụ kế hoạch năm 2025 của ngành thuế", 1, 2025, true},
		// part of a year, reviewed once it is (almost) over
		{"Hội nghị sơ kết công tác 6 tháng đầu năm 2022, nhiệm vụ 6 tháng cuối năm", 7, 2022, true},
		{"Hội nghị sơ kết 9 tháng năm 2020 của Ban Dân vận", 10, 2020, true},
		{"Cuộc họp đánh giá tình hình kinh tế quý II năm 2023", 6, 2023, true},
		{"Hội nghị sơ kết công tác 6 tháng đầu năm 2022", 2, 0, false},
		{"Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021", 7, 2021, true},
		{"Hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2021", 3, 0, false},
		{"Phiên họp đánh giá tình hình sáu tháng đầu năm 2020", 7, 2020, true},
		{"Hội nghị bồi dưỡng hè cho giáo viên về tình hình 6 tháng đầu năm 2019 và nhiệm vụ năm học 2019 - 2020", 8, 2019, true},
		{"Hội nghị triển khai nhiệm vụ năm học 2021-2022", 9, 2021, true},
		{"Hội nghị sơ kết học kỳ I năm học 2021-2022", 1, 2022, true},
		{"Cuộc họp nghe báo cáo kế hoạch xúc tiến thương mại năm 2021 giai đoạn 2021-2025", 5, 2021, true},
		{"Đại hội Hội Nông dân xã lần thứ X, nhiệm kỳ 2023 – 2028", 4, 0, false},
		{"Hội thảo về định hướng phát triển đến năm 2030, tầm nhìn đến năm 2045", 6, 0, false},
		{"Hướng tới xóa bỏ túi ni lông khó phân hủy vào năm 2030", 3, 0, false},
		{"Phấn đấu hoàn thành chuyển đổi số trước năm 2030", 3, 0, false},
		{"Hội nghị cán bộ chủ chốt", 6, 0, false},
		// an anniversary the event marks is kept in its last year
		{"Hội tổ chức gặp mặt nhân dịp kỷ niệm 70 năm Ngày thành lập Hội (12/5/1956 - 12/5/2026)", 5, 2026, true},
		{"Lễ mít tinh kỷ niệm 95 năm thành lập Công đoàn (1929-2024) và tổng kết phong trào", 7, 2024, true},
		{"Hội nghị tổng kết năm 2023 nhân kỷ niệm 30 năm thành lập (1994 – 2024)", 2, 2024, true},
		// a monthly meeting is held in the month it is named for
		{"Ủy ban nhân dân huyện họp phiên thường kỳ tháng 7/2024 để đánh giá tình hình", 7, 2024, true},
		{"Hội nghị giao ban tháng 03/2025 của Sở Tư pháp", 3, 2025, true},
		{"Hội nghị báo cáo viên tháng 4-2025 của Ban Tuyên giáo", 4, 2025, true},
		// a regular session may meet early the next month
		{"Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 11/2021, thảo luận kế hoạch năm 2022", 12, 2021, true},
		{"Hội nghị giao ban tháng 12/2024 của Sở Tư pháp", 1, 2025, true},
		// the month just gone is reviewed in the same year; an older month
		// settles nothing
		{"Cuộc họp đánh giá kết quả tháng 11/2024", 12, 2024, true},
		{"Cuộc họp đánh giá kết quả tháng 9/2024", 12, 0, false},
		// a single year in brackets is no span
		{"Buổi gặp mặt kỷ niệm Ngày Thầy thuốc Việt Nam (27/2)", 2, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.lead, func(t *testing.T) {
			got, ok := inferYear(fold(tt.lead), tt.month)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("inferYear(month %d) = %d, %v; want %d, %v", tt.month, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestInferYearFromText(t *testing.T) {
	tests := []struct {
		text   string
		month  int
		want   int
		wantOK bool
	}{
		{"Sáng 19-8, Phòng Giáo dục huyện tổ chức lớp bồi dưỡng chính trị hè. Học viên được nghe tình hình kinh tế 6 tháng đầu năm 2021 và nhiệm vụ trọng tâm năm học 2021 - 2022.", 8, 2021, true},
		{"Chiều 14/1, hội nghị được tổ chức. Các đơn vị đã tổng kết công tác năm 2022 và bàn kế hoạch năm học 2022-2023.", 1, 2023, true},
		// periods that give different years settle nothing
		{"Sáng 19-8, lớp bồi dưỡng khai mạc. Báo cáo tình hình 6 tháng đầu năm 2020 và nhiệm vụ năm học 2021 - 2022.", 8, 0, false},
		{"Ngày 5/9, trường họp. Kết quả năm học 2020-2021 và kế hoạch năm học 2021-2022 được thông qua.", 9, 0, false},
		// plain years, plans and targets in the body are not read
		{"Ngày 5/9, Sở họp. Kế hoạch năm 2025 hướng tới mục tiêu đến năm 2030.", 9, 0, false},
		// a review of a whole year in mid-year is no year-end review
		{"Ngày 5/6, Hội họp. Nội dung tổng kết công tác năm 2022 được thông báo.", 6, 0, false},
		// the month just gone, or the meeting's own, written with its year
		{"Ngày 6.3, Đảng ủy họp. Hội nghị kiểm điểm việc thực hiện nhiệm vụ tháng 2/2019, bàn nhiệm vụ tháng 3.", 3, 2019, true},
		// an older month is another event's
		{"Ngày 6.9, Đảng ủy họp. Chi bộ được thành lập tháng 5/2015.", 9, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := inferYearFromText(fold(tt.text), tt.month)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("inferYearFromText(month %d) = %d, %v; want %d, %v", tt.month, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestFindDateMentionsSkipsAnniversaryEnd: in "(1/12/2011 – 1/12/2021)" the
// span is too long for a meeting, and its end is no meeting day either.
func TestFindDateMentionsSkipsAnniversaryEnd(t *testing.T) {
	pub := time.Date(2021, 12, 4, 9, 0, 0, 0, vnZone)
	ms := findDateMentions(fold("kỷ niệm 10 năm thành lập (1/12/2011 – 1/12/2021), sáng 3/12, Hội tổ chức gặp mặt"), pub)
	for _, m := range ms {
		if isoDate(m.from) == "2021-12-01" {
			t.Errorf("the anniversary's end was taken as a meeting day: %+v", m)
		}
	}
	if len(ms) == 0 || isoDate(ms[len(ms)-1].from) != "2021-12-03" || ms[len(ms)-1].part != "sáng" {
		t.Errorf("got %+v, want the last mention sáng 2021-12-03", ms)
	}
}

// TestFindDateMentionsDateline: a bracketed dateline opening the lead is the
// day a "sáng nay" after it refers to; it is not a date of its own.
func TestFindDateMentionsDateline(t *testing.T) {
	tests := []struct {
		phrase   string
		want     string
		part     string
		mentions int
	}{
		{"(TTXVN-14/3/2022) Chiều nay, Sở Y tế tổ chức hội nghị", "2022-03-14", "chiều", 1},
		{"(Báo Tỉnh - 05/6/2021) Hôm nay, Hội Nông dân tỉnh khai mạc đại hội", "2021-06-05", "", 1},
		// no relative day: the dateline stays the only date
		{"(TTXVN-14/3/2022) Hội nghị diễn ra tại Hà Nội", "2022-03-14", "", 1},
		// a bracket that does not open the sentence is no dateline
		{"Sáng 13/3/2022 (thứ Hai), Sở Y tế tổ chức hội nghị và sáng nay tiếp tục", "2022-03-13", "sáng", 2},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			ms := findDateMentions(fold(tt.phrase), time.Time{})
			if len(ms) != tt.mentions {
				t.Fatalf("got %d mentions %+v, want %d", len(ms), ms, tt.mentions)
			}
			if ms[0].undated || isoDate(ms[0].from) != tt.want || ms[0].part != tt.part {
				t.Errorf("got undated=%v %s part %q, want %s part %q", ms[0].undated, isoDate(ms[0].from), ms[0].part, tt.want, tt.part)
			}
		})
	}
}

func TestLeadDateline(t *testing.T) {
	tests := []struct {
		lead string
		want string // "" = no dateline
	}{
		{"(TTXVN-14/03/2019) Sáng nay, Thành ủy mở hội nghị sơ kết quý I.", "2019-03-14"},
		{"(Báo Đồng Tháp - 05/8/2020) Chiều 4/8, UBND tỉnh họp phiên thường kỳ.", "2020-08-05"},
		{"Sáng 14/03/2019, Thành ủy mở hội nghị sơ kết quý I.", ""},
		{"(Ảnh minh họa) Hội nghị diễn ra ngày 14/03/2019 tại hội trường tỉnh.", ""},
		{"(TTXVN) Sáng nay, hội nghị khai mạc.", ""},
		{"09:12 03/05/2022 Chiều 2-5, Hội Nông dân huyện tổ chức hội nghị giao ban.", "2022-05-03T09:12:00+07:00"},
		{"03/05/2022 09:12 Chiều 2-5, Hội Nông dân huyện tổ chức hội nghị giao ban.", "2022-05-03T09:12:00+07:00"},
		{"14/03/2019 Thành ủy mở hội nghị sơ kết quý I.", ""},
		{"9:00-11:00 ngày 14/03/2019, Thành ủy mở hội nghị.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lead, func(t *testing.T) {
			got, hasTime, ok := leadDateline(tt.lead)
			if tt.want == "" {
				if ok {
					t.Fatalf("leadDateline(%q) = %s, want none", tt.lead, formatPublished(got, false))
				}
				return
			}
			if !ok || formatPublished(got, hasTime) != tt.want {
				t.Errorf("leadDateline(%q) = %s %v, want %s", tt.lead, formatPublished(got, hasTime), ok, tt.want)
			}
		})
	}
}

// TestMayEndRelative checks that mayEndRelative turns down only windows
// relativeBeforeRe does not match, at every rune of the corpus text.
func TestMayEndRelative(t *testing.T) {
	texts := []string{"sáng ", "sáng hôm ", "hôm  ", "hôm", "xhôm ", "tối\t", "chiều hôm\n", ""}
	for _, d := range corpusDocuments(t) {
		texts = append(texts, d.folded)
	}
	matched := 0
	for _, s := range texts {
		for k := 0; k <= len(s); k++ {
			w := s[max(0, k-20):k]
			if relativeBeforeRe.MatchString(w) {
				matched++
				if !mayEndRelative(w) {
					t.Errorf("mayEndRelative(%q) = false, but relativeBeforeRe matches", w)
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no window matched")
	}
}

// TestMayHoldFullDate checks that mayHoldFullDate turns down only text
// fullDateRe finds no date in, on every paragraph and sentence of the
// corpus and on each form of a full date; and that folding keeps the
// colons isBylineText looks for before folding.
func TestMayHoldFullDate(t *testing.T) {
	texts := []string{"15/07/2021", "15-7-2021", "15.07.2021", "2021-07-15", "15 tháng 7 năm 2021", "15 THÁNG 7, 2021",
		"1/2/203", "ngày 5/6", "Tin: A", "TIN : B", ""}
	for _, d := range corpusDocuments(t) {
		for _, s := range append(d.paras, d.sents...) {
			texts = append(texts, d.text[s.start:s.end])
		}
	}
	found := 0
	for _, s := range texts {
		if fullDateRe.MatchString(s) {
			found++
			if !mayHoldFullDate(s) {
				t.Errorf("mayHoldFullDate(%q) = false, but fullDateRe matches", s)
			}
		}
		if strings.Contains(fold(s), ":") != strings.Contains(s, ":") {
			t.Errorf("folding %q adds or drops a colon", s)
		}
	}
	if found == 0 {
		t.Error("no full date found")
	}
}

// TestYearFromEvent: what the event is settles the year of an undated day.
func TestYearFromEvent(t *testing.T) {
	tests := []struct {
		lead       string
		day, month int
		typ        string
		want       int
	}{
		// a congress held by September opens its term
		{"Sáng 12/5, Đại hội đại biểu Hội Nông dân huyện lần thứ X, nhiệm kỳ 2023 – 2028 khai mạc", 12, 5, "đại hội", 2023},
		{"Đại hội Đoàn xã nhiệm kỳ 2022-2027 . Ngày 3/6, Đại hội Đoàn xã diễn ra", 3, 6, "đại hội", 2022},
		// the work of a deputies' election up to July falls in the first
		// year of the term elected; in the autumn it may prepare the next
		{"Sáng 12/7, Ủy ban bầu cử tỉnh họp rút kinh nghiệm cuộc bầu cử đại biểu HĐND tỉnh nhiệm kỳ 2021-2026", 12, 7, "hội nghị", 2021},
		{"Chiều 5/3, các ứng cử viên tiếp xúc cử tri, vận động bầu cử đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2026 - 2031", 5, 3, "buổi tiếp xúc", 2026},
		{"Sáng 12/10, Ủy ban MTTQ tỉnh họp bàn công tác chuẩn bị bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026-2031", 12, 10, "cuộc họp", 0},
		// an emulation congress reviews its period in the period's last year
		{"Ngày 29/5, Lữ đoàn Công binh long trọng khai mạc Đại hội thi đua quyết thắng giai đoạn 2019-2024", 29, 5, "đại hội", 2024},
		// a term written with its number and its years in brackets
		{"Ngày 9/1, Hội Làm vườn tỉnh tổ chức Đại hội tổng kết nhiệm kỳ II (2019 – 2024), đề ra phương hướng nhiệm kỳ thứ III (2024 - 2029)", 9, 1, "đại hội", 2024},
		// later in the year it may come before its term
		{"Ngày 20/11, Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028 được tổ chức", 20, 11, "đại hội", 0},
		// a province's or the nation's congress follows the grassroots ones,
		// within its term's first year
		{"Sáng 20/10, Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VIII, nhiệm kỳ 2022 – 2027 khai mạc", 20, 10, "đại hội", 2022},
		{"Ngày 5/11, Đại hội đại biểu toàn quốc Hội Chữ thập đỏ, nhiệm kỳ 2022-2027", 5, 11, "đại hội", 2022},
		{"Ngày 20/11, Đại hội Công đoàn cơ sở Sở Y tế tỉnh, nhiệm kỳ 2023-2028", 20, 11, "đại hội", 0},
		// a term is reviewed in its last year
		{"Ngày 17/12, Hội Khuyến học tỉnh họp tổng kết nhiệm kỳ 2017-2022 và bàn phương hướng giai đoạn mới", 17, 12, "hội nghị", 2022},
		// a meeting passing on dated documents follows them
		{"Sáng 2/1, Sở Y tế tổ chức hội nghị triển khai Nghị định số 12/2023/NĐ-CP ngày 14/12/2023 của Chính phủ", 2, 1, "hội nghị", 2024},
		{"Sáng 20/12, Sở Y tế tổ chức hội nghị triển khai Nghị định số 12/2023/NĐ-CP ngày 14/12/2023 của Chính phủ", 20, 12, "hội nghị", 2023},
		{"Sáng 2/6, Sở Y tế tổ chức hội nghị sơ kết 3 năm triển khai Nghị quyết số 5-NQ/TU ngày 1/6/2021", 2, 6, "hội nghị", 0},
		// a term named by a meeting that is no congress settles nothing
		{"Ngày 4/4, Ủy ban tổ chức hội nghị chuẩn bị Đại hội nhiệm kỳ 2024-2029", 4, 4, "hội nghị", 0},
		// a council's first session is in its term's first year
		{"Ngày 18/6, Thường trực HĐND thị xã họp bàn việc chuẩn bị cho kỳ họp thứ nhất, nhiệm kỳ 2021 - 2026", 18, 6, "phiên họp", 2021},
		// 29 February in a term with one leap year
		{"Sáng 29/2, Thường trực HĐND xã họp thống nhất nội dung kỳ họp thứ 9, HĐND xã khóa XV, nhiệm kỳ 2021-2026", 29, 2, "phiên họp", 2024},
		{"Sáng 29/2, Thường trực HĐND xã họp, nhiệm kỳ 2020-2025", 29, 2, "phiên họp", 0},
		// a course opens in its first year and closes in its last
		{"Khai giảng lớp Trung cấp lý luận chính trị, khóa học 2022 - 2023 . Ngày 9-10, Trường Chính trị tỉnh khai giảng lớp", 9, 10, "lễ", 2022},
		{"Ngày 15-6, Trường tổ chức bế giảng lớp Cao cấp lý luận chính trị khóa học 2021-2023", 15, 6, "lễ", 2023},
		// a review of N years since a dated document, once its day has come
		{"Sáng 22/3, Tỉnh ủy tổ chức hội nghị đánh giá 02 năm thực hiện Nghị quyết số 15-NQ/TU ngày 10/3/2021 của Tỉnh ủy", 22, 3, "hội nghị", 2023},
		{"Sáng 2/3, Tỉnh ủy tổ chức hội nghị đánh giá 02 năm thực hiện Nghị quyết số 15-NQ/TU ngày 10/3/2021 của Tỉnh ủy", 2, 3, "hội nghị", 0},
		// an annual event's name carries its year
		{"Ngày 14-9, Hội Doanh nhân tỉnh tổ chức Diễn đàn Doanh nghiệp trẻ Bình Định 2024 tại Quy Nhơn", 14, 9, "diễn đàn", 2024},
		{"Sáng 3/11, khai mạc Hội chợ Thương mại Nông sản 2023 (AgriFair 2023)", 3, 11, "lễ", 2023},
		{"Sáng 13/12, Trường Đại học Xây dựng tổ chức Tọa đàm quốc tế Công nghệ cầu đường 2023", 13, 12, "tọa đàm", 2023},
		{"Sáng 13/12, Viện tổ chức Hội thảo Kinh tế số 2024 tại Hà Nội", 13, 12, "hội thảo", 2024},
		{"Tọa đàm quốc tế chia sẻ về kỹ thuật bảo trì đường cao tốc 2023 . Sáng 13/12, Trường tổ chức tọa đàm", 13, 12, "tọa đàm", 2023},
		{"Sáng 13/12, Viện tổ chức Hội thảo định hướng phát triển đến 2030", 13, 12, "hội thảo", 0},
		// a period or a target after the name is no edition
		{"Ngày 14-9, Sở tổ chức Diễn đàn phát triển du lịch giai đoạn 2021-2025", 14, 9, "diễn đàn", 0},
		{"Ngày 14-9, Sở tổ chức Diễn đàn về kinh tế xanh đến 2030", 14, 9, "diễn đàn", 0},
		// the Tết of a year is prepared from November and greeted until March
		{"Chiều 20/12, UBND huyện họp bàn công tác chuẩn bị Tết Nguyên đán Giáp Thìn 2024", 20, 12, "cuộc họp", 2023},
		{"Sáng 5/2, Bí thư Tỉnh ủy thăm, chúc Tết các gia đình chính sách nhân dịp Xuân Ất Tỵ", 5, 2, "chuyến thăm", 2025},
		{"Ngày 10/1, Hội Nông dân gặp mặt cán bộ hưu trí nhân dịp Tết Nguyên đán năm 2022", 10, 1, "buổi gặp mặt", 2022},
		{"Ngày 10/6, Hội Nông dân tổng kết chương trình Tết Nguyên đán năm 2022", 10, 6, "hội nghị", 0},
		// a lunar name and a year that disagree settle nothing
		{"Ngày 10/1, gặp mặt nhân dịp Tết Nguyên đán Giáp Thìn 2023", 10, 1, "buổi gặp mặt", 0},
		// cues that disagree settle nothing
		{"Sáng 10/6, khai mạc Đại hội nhiệm kỳ 2022-2027; sơ kết 1 năm thực hiện Chỉ thị số 01-CT/HU ngày 2/3/2020", 10, 6, "đại hội", 0},
	}
	for _, tt := range tests {
		t.Run(tt.lead, func(t *testing.T) {
			if got := yearFromEvent(fold(tt.lead), tt.day, tt.month, tt.typ); got != tt.want {
				t.Errorf("yearFromEvent(%d/%d, %q) = %d, want %d", tt.day, tt.month, tt.typ, got, tt.want)
			}
		})
	}
}

// TestYearFromLaterDate: the same day written with its year, or a deadline
// soon after, gives the year of an undated meeting day.
func TestYearFromLaterDate(t *testing.T) {
	tests := []struct {
		text       string
		day, month int
		want       int
	}{
		{"Chiều 14/11, Sở họp giao ban. Tính đến ngày 14/11/2023, toàn tỉnh đã giải ngân 70% vốn.", 14, 11, 2023},
		// what led up to the meeting, a short time before it
		{"Chiều 26/8, Ban Chỉ đạo tỉnh họp phiên thường kỳ. Trước đó, ngày 25/8/2025, Chủ tịch UBND tỉnh ký quyết định bổ sung thành viên.", 26, 8, 2025},
		{"Chiều 26/1, Ban Chỉ đạo họp. Trước đó, ngày 28/12/2024, Ban đã ban hành kế hoạch.", 26, 1, 2025},
		{"Chiều 26/8, Ban Chỉ đạo họp. Trước đó, ngày 25/3/2025, Ban đã họp phiên thứ nhất.", 26, 8, 0},
		{"Sáng 5-7, Ban Chỉ đạo họp. Các đơn vị hoàn thành báo cáo trước ngày 20-7-2024.", 5, 7, 2024},
		// across the new year
		{"Ngày 20/12, Ủy ban họp. Hồ sơ gửi về trước ngày 10/01/2022.", 20, 12, 2021},
		// a deadline given as a month with its year
		{"Sáng ngày 28/3, Huyện ủy tổ chức hội nghị quán triệt. Các chi bộ hoàn thành trong tháng 4 năm 2016.", 28, 3, 2016},
		{"Chiều 20/11, Sở họp. Các đơn vị báo cáo trước tháng 12/2022.", 20, 11, 2022},
		// an event planned for a month with its year comes after the meeting
		{"Kỳ họp thứ 7 HĐND huyện sẽ diễn ra vào giữa tháng 12/2022 . Sáng 25/10, Thường trực HĐND huyện họp liên tịch.", 25, 10, 2022},
		// "trong tháng" alone may look back
		{"Sáng 5/3, Hội họp. Trong tháng 4 năm 2019, Hội đã kết nạp 20 hội viên.", 5, 3, 0},
		// a deadline months away says nothing
		{"Ngày 2/3, Sở họp. Công trình hoàn thành trước ngày 30/12/2024.", 2, 3, 0},
		// a document's date and the start of a period are not read
		{"Sáng 16/3, Đảng ủy họp về Nghị quyết số 15-NQ/TU ngày 16/3/2021 của Tỉnh ủy.", 16, 3, 0},
		{"Sáng 1/4, Hội họp. Từ ngày 1/4/2020 đến nay Hội kết nạp 200 hội viên.", 1, 4, 0},
		{"Sáng 16/3, Đảng ủy họp về Nghị quyết 12 của Bộ Chính trị ngày 16/3/2022.", 16, 3, 0},
		// dates that disagree settle nothing
		{"Sáng 8/5, Sở họp. Tính đến 8/5/2023 có 10 hồ sơ; đến 8/5/2022 có 6 hồ sơ.", 8, 5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := yearFromLaterDate(fold(tt.text), tt.day, tt.month); got != tt.want {
				t.Errorf("yearFromLaterDate(%d/%d) = %d, want %d", tt.day, tt.month, got, tt.want)
			}
		})
	}
}
