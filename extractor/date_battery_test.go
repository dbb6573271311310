package extractor

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// dateBatteryCase is one phrase and the first meeting date it gives:
// from, to (for several days) and part of day; from "" wants no date.
type dateBatteryCase struct {
	phrase         string
	from, to, part string
}

// dateBatteryPub is the publication date the battery's years come from.
var dateBatteryPub = time.Date(2022, 7, 20, 10, 0, 0, 0, vnZone)

// dateBatteryCases crosses days with the forms reports give a meeting's day
// in; the year, when left out, is the publication's.
func dateBatteryCases() []dateBatteryCase {
	var cs []dateBatteryCase
	iso := func(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }
	weekdays := []string{"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"}
	parts := []string{"Sáng", "Chiều", "Tối", "Trưa"}
	days := [][2]int{{15, 7}, {9, 7}, {1, 7}, {30, 6}, {4, 5}, {28, 2}, {12, 1}}
	for k, dm := range days {
		d, m := dm[0], dm[1]
		y := 2022
		p := parts[k%len(parts)]
		lp := strings.ToLower(p)
		wd := weekdays[k%len(weekdays)]
		one := func(phrase, part string) { cs = append(cs, dateBatteryCase{phrase, iso(y, m, d), "", part}) }
		one(fmt.Sprintf("%s %d/%d, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị", p, d, m), lp)
		one(fmt.Sprintf("%s ngày %02d/%02d/%d, Học viện tổ chức hội nghị", p, d, m, y), lp)
		one(fmt.Sprintf("%s ngày %d-%d-%d, Chi bộ tổ chức đại hội", p, d, m, y), lp)
		one(fmt.Sprintf("%s %d-%d, Hội Nông dân tỉnh tổ chức hội nghị", p, d, m), lp)
		one(fmt.Sprintf("Ngày %d tháng %d năm %d, Trường tổ chức lễ khai giảng", d, m, y), "")
		one(fmt.Sprintf("Vào %s ngày %d tháng %d năm %d, Sở tổ chức hội thảo", lp, d, m, y), lp)
		one(fmt.Sprintf("%s %s (%d/%d), Ủy ban nhân dân tỉnh họp", p, wd, d, m), lp)
		one(fmt.Sprintf("%s %s, ngày %d/%d/%d, Đảng ủy tổ chức hội nghị", p, wd, d, m, y), lp)
		one(fmt.Sprintf("%s %d/%d/%d (%s), Sở Y tế tổ chức hội nghị", p, d, m, y, wd), lp)
		one(fmt.Sprintf("Ngày %d/%d vừa qua, Công đoàn tổ chức hội nghị", d, m), "")
		one(fmt.Sprintf("Ngày %d – %d, HĐND thành phố họp phiên chuyên đề", d, m), "")
		one(fmt.Sprintf("%s %d.%d, Bộ Tư pháp tổ chức hội nghị", p, d, m), lp)
		one(fmt.Sprintf("%s ngày %d.%d.%d, Bộ Tư pháp tổ chức hội nghị", p, d, m, y), lp)
		one(fmt.Sprintf("Hội nghị diễn ra vào %s ngày %d/%d/%d tại hội trường", lp, d, m, y), lp)
		one(fmt.Sprintf("Hội nghị được tổ chức vào ngày %d/%d/%d tại Hà Nội", d, m, y), "")
		one(fmt.Sprintf("%s nay (%d/%d), tại Hà Nội, Quốc hội khai mạc kỳ họp", p, d, m), lp)
		one(fmt.Sprintf("Hôm nay (%d/%d), Hội Cựu chiến binh tổ chức đại hội", d, m), "")
		// several days
		if d <= 27 {
			rng := func(phrase string) { cs = append(cs, dateBatteryCase{phrase, iso(y, m, d), iso(y, m, d+1), ""}) }
			rng(fmt.Sprintf("Ngày %d-%d/%d, Trường Đại học tổ chức hội thảo", d, d+1, m))
			rng(fmt.Sprintf("Trong hai ngày %d và %d/%d, Ban Dân vận Tỉnh ủy tổ chức", d, d+1, m))
			rng(fmt.Sprintf("Trong hai ngày %d và %d/%d/%d, Ban Dân vận Tỉnh ủy tổ chức", d, d+1, m, y))
			rng(fmt.Sprintf("Trong 2 ngày %02d, %02d/%02d, Hội tổ chức đại hội", d, d+1, m))
			rng(fmt.Sprintf("Từ ngày %d - %d/%d/%d, Đảng bộ tổ chức đại hội", d, d+1, m, y))
			rng(fmt.Sprintf("Trong hai ngày %d và %d tháng %d năm %d, Trường tổ chức hội thảo", d, d+1, m, y))
			rng(fmt.Sprintf("Từ ngày %d/%d đến ngày %d/%d/%d, lớp bồi dưỡng diễn ra", d, m, d+1, m, y))
			rng(fmt.Sprintf("Trong các ngày %d, %d/%d, Sở tổ chức tập huấn", d, d+1, m))
			rng(fmt.Sprintf("Từ ngày %d đến ngày %d/%d/%d, Trường tổ chức lớp tập huấn", d, d+1, m, y))
			rng(fmt.Sprintf("Ngày %d và %d/%d, Hội đồng nhân dân huyện họp kỳ thứ 5", d, d+1, m))
			cs = append(cs, dateBatteryCase{fmt.Sprintf("Từ ngày %d-%d/%d/%d, Học viện tổ chức lớp bồi dưỡng", d, d+2, m, y), iso(y, m, d), iso(y, m, d+2), ""})
			cs = append(cs, dateBatteryCase{fmt.Sprintf("Trong 3 ngày, từ %d đến %d/%d, Đại hội diễn ra", d, d+2, m), iso(y, m, d), iso(y, m, d+2), ""})
		}
	}
	// more forms of one day
	cs = append(cs,
		dateBatteryCase{"Sáng 15/7/2022, Ban Tổ chức Tỉnh ủy tổ chức hội nghị", "2022-07-15", "", "sáng"},
		dateBatteryCase{"Sáng 15-7-2022, Ban Tổ chức Tỉnh ủy tổ chức hội nghị", "2022-07-15", "", "sáng"},
		dateBatteryCase{"Sáng 15 tháng 7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị", "2022-07-15", "", "sáng"},
		dateBatteryCase{"Sáng ngày 15 tháng 7 năm 2022, Ban Tổ chức Tỉnh ủy tổ chức hội nghị", "2022-07-15", "", "sáng"},
		dateBatteryCase{"Sáng ngày thứ Sáu, 15/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị", "2022-07-15", "", "sáng"},
		dateBatteryCase{"Chiều thứ Năm (ngày 14/7), Ban Tổ chức Tỉnh ủy tổ chức hội nghị", "2022-07-14", "", "chiều"},
		dateBatteryCase{"Chiều 15/7 (giờ địa phương), Đoàn đại biểu làm việc với Bộ Ngoại giao", "2022-07-15", "", "chiều"},
		dateBatteryCase{"Vào lúc 8 giờ 30 phút ngày 15/7/2022, Hội nghị khai mạc", "2022-07-15", "", "sáng"},
		dateBatteryCase{"Vừa qua, ngày 15/7, Hội Khuyến học tổ chức hội nghị", "2022-07-15", "", ""},
		dateBatteryCase{"Ngày 15/7/2022, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức hội nghị", "2022-07-15", "", ""},
		dateBatteryCase{"Trong 02 ngày (14 - 15/7), Trường tổ chức hội thảo", "2022-07-14", "2022-07-15", ""},
		dateBatteryCase{"Từ ngày 14/7 - 16/7/2022, Trường tổ chức tập huấn", "2022-07-14", "2022-07-16", ""},
		dateBatteryCase{"Trong hai ngày 14 và 15 tháng 7, Trường tổ chức hội thảo", "2022-07-14", "2022-07-15", ""},
		dateBatteryCase{"Trong hai ngày 30/6 và 1/7, Trường tổ chức hội thảo", "2022-06-30", "2022-07-01", ""},
		dateBatteryCase{"Từ ngày 30/6 đến ngày 2/7/2022, Học viện tổ chức lớp", "2022-06-30", "2022-07-02", ""},
		dateBatteryCase{"Sáng 1/7 (tức ngày 3/6 âm lịch), Lễ hội khai mạc", "2022-07-01", "", "sáng"},
	)
	cs = append(cs,
		dateBatteryCase{"Lễ kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ được tổ chức sáng 25/7", "2022-07-25", "", "sáng"},
		dateBatteryCase{"Hội nghị chào mừng Đại hội Đảng bộ tỉnh diễn ra 15/7 tại hội trường", "2022-07-15", "", ""},
		dateBatteryCase{"Chào mừng Đại hội, ngày 15/7, Hội tổ chức giải bóng đá", "2022-07-15", "", ""},
		dateBatteryCase{"Nhân dịp kỷ niệm Ngày Quốc khánh, chiều 15/7, Hội tổ chức gặp mặt", "2022-07-15", "", "chiều"},
		dateBatteryCase{"Nhân kỷ niệm 97 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925-21/6/2022), ngày 18/6, Ban Tuyên giáo tổ chức hội nghị", "2022-06-18", "", ""},
	)
	// days relative to the publication
	cs = append(cs,
		dateBatteryCase{"Sáng nay, Quốc hội khai mạc kỳ họp", "2022-07-20", "", "sáng"},
		dateBatteryCase{"Sáng nay 18/7, Quốc hội khai mạc kỳ họp", "2022-07-18", "", "sáng"},
		dateBatteryCase{"Hôm nay, 18/7, Quốc hội khai mạc kỳ họp", "2022-07-18", "", ""},
		dateBatteryCase{"Hôm nay, 20 đại biểu dự hội nghị", "2022-07-20", "", ""},
		dateBatteryCase{"Chiều nay, Ban Chỉ đạo họp", "2022-07-20", "", "chiều"},
		dateBatteryCase{"Chiều qua, Ban Thường vụ Tỉnh ủy họp", "2022-07-19", "", "chiều"},
		dateBatteryCase{"Tối qua, tại Nhà hát lớn, Lễ kỷ niệm diễn ra", "2022-07-19", "", "tối"},
		dateBatteryCase{"Hôm qua, Hội đồng nhân dân tỉnh bế mạc kỳ họp", "2022-07-19", "", ""},
		dateBatteryCase{"Sáng hôm nay, Hội đồng nhân dân tỉnh khai mạc kỳ họp", "2022-07-20", "", "sáng"},
		dateBatteryCase{"Chiều hôm qua, Ban Chỉ đạo họp phiên thứ nhất", "2022-07-19", "", "chiều"},
		// a year left out before the new year is the year before
		dateBatteryCase{"Sáng 28/12, Ban Thường vụ họp tổng kết", "2021-12-28", "", "sáng"},
	)
	// not meeting dates: periods, deadlines, documents, holidays,
	// anniversaries and births
	for _, phrase := range []string{
		"6 tháng đầu năm 2020", "sáu tháng cuối năm 2022", "9 tháng năm 2022", "năm học 2019 - 2020", "năm học 2021-2022",
		"giai đoạn 2021-2025", "giai đoạn 2021 – 2025", "nhiệm kỳ 2020-2025", "nhiệm kỳ 2020 – 2025", "quý I/2022", "quý II năm 2022",
		"tháng 7/2022", "tháng 12 năm 2021", "năm 2022", "khóa học 2020 - 2022",
		"hoàn thành trước ngày 30/6", "chậm nhất trước ngày 15/8/2022", "thời hạn đến hết ngày 31/12/2022", "tính đến ngày 30/6/2022, toàn tỉnh có",
		"từ ngày 1/7/2022 đến nay", "kể từ ngày 1/1/2022", "có hiệu lực từ ngày 1/8/2022",
		"Quyết định số 1234/QĐ-UBND ngày 5/3/2022 của UBND tỉnh",
		"Nghị quyết số 21-NQ/TW, ngày 16-6-2022 của Ban Chấp hành Trung ương",
		"Kế hoạch số 12-KH/HU ngày 3 tháng 4 năm 2022 của Huyện ủy",
		"Công văn số 123/UBND-VX ngày 20/4/2022",
		"Quyết định số 1234/QĐ-UBND, ký ngày 12/5/2022 của UBND tỉnh",
		"Chỉ thị số 05-CT/TW được ban hành ngày 15/5/2022",
		"Chỉ thị số 16/CT-TTg (ngày 31/3/2022) của Thủ tướng Chính phủ",
		"thực hiện Chỉ thị 05 của Bộ Chính trị ngày 15/5/2016",
		"chào mừng Ngày Nhà giáo Việt Nam 20/11",
		"chào mừng Ngày Nhà giáo Việt Nam (20/11/2022)",
		"kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2022)",
		"kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9 (1945 - 2025)",
		"kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ 27/7",
		"nhân dịp kỷ niệm Ngày Quốc khánh 2/9",
		"hướng tới kỷ niệm Ngày Phụ nữ Việt Nam 20/10",
		"chào mừng Ngày Thầy thuốc Việt Nam 27/2",
		"nhân kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022)",
		"kỷ niệm 60 năm thành lập ngành (15/3/1962-15/3/2022)",
		"nhân dịp kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
		"chào mừng kỷ niệm 47 năm Ngày Giải phóng miền Nam, thống nhất đất nước 30/4",
		"chào mừng 47 năm Giải phóng hoàn toàn miền Nam, thống nhất đất nước 30/4",
		"chào mừng Quốc tế Lao động 1/5",
		"nhân dịp Quốc tế Thiếu nhi 1/6",
		"nhân dịp Tết Thiếu nhi 1/6",
		"kỷ niệm 68 năm Chiến thắng Điện Biên Phủ 7/5",
		"kỷ niệm 112 năm Quốc tế Phụ nữ 8/3",
		"kỷ niệm Ngày Báo chí Cách mạng Việt Nam 21/6",
		"kỷ niệm 78 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2022)",
		"hưởng ứng Ngày Pháp luật Việt Nam 9/11",
		"hưởng ứng Ngày Môi trường thế giới 5/6",
		"kỷ niệm Ngày Truyền thống lực lượng vũ trang tỉnh (15/10)",
		"kỷ niệm 91 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3",
		"kỷ niệm 92 năm Ngày truyền thống Hội Nông dân Việt Nam (14/10/1930 - 14/10/2022)",
		"27/28 đảng viên của Chi bộ",
		"từ 10 – 12 giờ trưa",
		"đạt tỷ lệ 98,5/100 điểm",
	} {
		cs = append(cs, dateBatteryCase{phrase: phrase})
	}
	return cs
}

func TestDateBattery(t *testing.T) {
	cases := dateBatteryCases()
	fails := 0
	for _, c := range cases {
		ms := findDateMentions(fold(c.phrase), dateBatteryPub)
		got := ""
		if len(ms) > 0 {
			m := ms[0]
			got = isoDate(m.from)
			if !m.to.IsZero() {
				got += "/" + isoDate(m.to)
			}
			got += " " + m.part
		}
		want := ""
		if c.from != "" {
			want = c.from
			if c.to != "" {
				want += "/" + c.to
			}
			want += " " + c.part
		}
		if got != want {
			fails++
			t.Errorf("%q: got %q, want %q", c.phrase, got, want)
		}
	}
	t.Logf("%d cases, %d fail", len(cases), fails)
}
