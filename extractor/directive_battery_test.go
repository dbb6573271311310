package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/meetx/meetx/schema"
)

// batteryDoc is one document as reports cite it: its type word, symbol,
// issue date, issuer and "về ..." subject ("" when it has none), and
// whether its issuer is a body that may be written before it ("Bộ Chính
// trị ban hành ...").
type batteryDoc struct {
	typ, num   string
	d, m, y    int
	issuer     string
	subject    string
	bodyBefore bool
}

// batteryDocs are documents of the state, party, army, police and mass
// organisations, in the symbol forms of Nghị định 30/2020/NĐ-CP and Hướng
// dẫn 36-HD/VPTW.
var batteryDocs = []batteryDoc{
	// state: central
	{"Nghị định", "15/2020/NĐ-CP", 3, 2, 2020, "Chính phủ", "về xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông", true},
	{"Nghị định", "30/2020/NĐ-CP", 5, 3, 2020, "Chính phủ", "về công tác văn thư", true},
	{"Nghị định", "168/2018/NĐ-CP", 28, 12, 2018, "Chính phủ", "về công tác quốc phòng ở bộ, ngành trung ương, địa phương", true},
	{"Nghị quyết", "128/NQ-CP", 11, 10, 2021, "Chính phủ", "về việc ban hành Quy định tạm thời thích ứng an toàn, linh hoạt", true},
	{"Chỉ thị", "16/CT-TTg", 31, 3, 2020, "Thủ tướng Chính phủ", "về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19", true},
	{"Quyết định", "977/QĐ-TTg", 11, 8, 2022, "Thủ tướng Chính phủ", "về việc phê duyệt Đề án nâng cao chất lượng nguồn nhân lực", true},
	{"Quyết định", "18/2020/QĐ-TTg", 10, 7, 2020, "Thủ tướng Chính phủ", "về thi đua, khen thưởng", true},
	{"Công điện", "12/CĐ-TTg", 5, 9, 2022, "Thủ tướng Chính phủ", "về việc tập trung ứng phó với bão số 3", true},
	{"Thông báo", "45/TB-VPCP", 8, 2, 2022, "Văn phòng Chính phủ", "về kết luận của Phó Thủ tướng Chính phủ tại cuộc họp trực tuyến", true},
	{"Công văn", "1234/VPCP-KGVX", 22, 2, 2022, "Văn phòng Chính phủ", "về việc tổ chức Ngày Sách và Văn hóa đọc Việt Nam", true},
	{"Luật", "59/2020/QH14", 17, 6, 2020, "Quốc hội", "", true},
	{"Nghị quyết", "43/2022/QH15", 11, 1, 2022, "Quốc hội", "về chính sách tài khóa, tiền tệ hỗ trợ Chương trình phục hồi và phát triển kinh tế - xã hội", true},
	{"Nghị quyết", "45/NQ-UBTVQH15", 20, 4, 2022, "Ủy ban Thường vụ Quốc hội", "về hoạt động giám sát năm 2023", true},
	{"Thông tư", "01/2021/TT-BNV", 11, 1, 2021, "Bộ Nội vụ", "về hướng dẫn chế độ báo cáo thống kê ngành Nội vụ", true},
	{"Thông tư liên tịch", "05/2015/TTLT-BNV-BTC", 25, 5, 2015, "Bộ Nội vụ và Bộ Tài chính", "về hướng dẫn thực hiện chế độ phụ cấp", false},
	{"Thông tư", "39/2016/TT-NHNN", 30, 12, 2016, "Ngân hàng Nhà nước Việt Nam", "về hoạt động cho vay của tổ chức tín dụng", true},
	{"Thông tư", "08/2022/TT-BGDĐT", 6, 6, 2022, "Bộ Giáo dục và Đào tạo", "về ban hành Quy chế tuyển sinh đại học", true},
	{"Thông tư", "10/2023/TT-BQP", 9, 2, 2023, "Bộ Quốc phòng", "về quy định chế độ trực sẵn sàng chiến đấu", true},
	{"Thông tư", "40/2019/TT-BCA", 1, 10, 2019, "Bộ Công an", "về công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", true},
	{"Quyết định", "255/QĐ-BYT", 29, 1, 2021, "Bộ Y tế", "về việc ban hành hướng dẫn phòng, chống dịch", true},
	{"Công văn", "2345/BNV-CQĐP", 14, 5, 2024, "Bộ Nội vụ", "về việc sắp xếp đơn vị hành chính cấp xã", true},
	{"Quyết định", "2046/QĐ-BTTTT", 14, 12, 2021, "Bộ trưởng Bộ Thông tin và Truyền thông", "về việc phê duyệt Kế hoạch thanh tra năm 2022", false},
	{"Thông tư", "23/2021/TT-BGDĐT", 30, 8, 2021, "Bộ trưởng Bộ Giáo dục và Đào tạo", "", false},
	{"Quyết định", "2000/QĐ-BQP", 4, 6, 2021, "Bộ trưởng Bộ Quốc phòng", "về việc ban hành Kế hoạch huấn luyện", false},
	{"Hướng dẫn", "1234/HD-TLĐ", 3, 8, 2021, "Tổng Liên đoàn Lao động Việt Nam", "về tổ chức đại hội công đoàn các cấp", true},
	{"Kế hoạch", "35/KH-TWĐTN-BTG", 2, 3, 2023, "Ban Bí thư Trung ương Đoàn", "về tổ chức Tháng Thanh niên năm 2023", true},
	{"Quyết định", "99/QĐ-ĐHQGHN", 12, 1, 2022, "Giám đốc Đại học Quốc gia Hà Nội", "về việc ban hành Quy chế đào tạo", false},
	{"Pháp lệnh", "02/2020/UBTVQH14", 9, 12, 2020, "Ủy ban Thường vụ Quốc hội", "", true},
	// state: local
	{"Quyết định", "1234/QĐ-UBND", 12, 5, 2021, "Ủy ban nhân dân tỉnh Quảng Nam", "về việc phê duyệt Đề án phát triển du lịch cộng đồng", true},
	{"Công văn", "123/UBND-VX", 20, 4, 2022, "UBND tỉnh", "về việc tăng cường phòng, chống dịch sốt xuất huyết", true},
	{"Chương trình", "09/CTr-UBND", 14, 2, 2023, "UBND thành phố", "về chuyển đổi số năm 2023", true},
	{"Chương trình", "09/Ctr-UBND", 14, 2, 2023, "UBND thành phố", "về chuyển đổi số năm 2023", true},
	{"Nghị quyết", "01/2021/NQ-HĐND", 26, 3, 2021, "Hội đồng nhân dân tỉnh", "về quy định mức chi hỗ trợ công tác phổ biến pháp luật", true},
	{"Kế hoạch", "57/KH-UBND", 10, 3, 2022, "UBND huyện Tân Phú", "về triển khai công tác cải cách hành chính năm 2022", true},
	{"Hướng dẫn", "12/HD-SGDĐT", 15, 8, 2022, "Sở Giáo dục và Đào tạo", "về thực hiện nhiệm vụ năm học 2022 - 2023", true},
	{"Công văn", "815/SGDĐT-GDTrH", 6, 9, 2023, "Sở Giáo dục và Đào tạo", "về việc tổ chức thi chọn học sinh giỏi", true},
	{"Quyết định", "16/2024/QĐ-UBND", 2, 4, 2024, "UBND tỉnh Bình Định", "về ban hành Quy định phân cấp quản lý", true},
	{"Thông báo", "12/TB-UBND", 9, 1, 2023, "UBND huyện", "về kết luận của Chủ tịch UBND huyện tại buổi làm việc", true},
	{"Kế hoạch", "14/KH-HĐND", 3, 4, 2021, "Thường trực Hội đồng nhân dân tỉnh", "về giám sát việc sắp xếp trường lớp", true},
	{"Quyết định", "318/QĐ-UBND", 8, 3, 2022, "Chủ tịch UBND tỉnh", "về việc công bố thủ tục hành chính", false},
	// party: central
	{"Chỉ thị", "05-CT/TW", 15, 5, 2016, "Bộ Chính trị", "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", true},
	{"Thông báo", "172-TB/TW", 21, 3, 2020, "Bộ Chính trị", "về công tác phòng, chống dịch bệnh COVID-19", true},
	{"Quy định", "08-QĐi/TW", 25, 10, 2018, "Ban Chấp hành Trung ương", "về trách nhiệm nêu gương của cán bộ, đảng viên", true},
	{"Hướng dẫn", "36-HD/BTGTW", 20, 8, 2021, "Ban Tuyên giáo Trung ương", "về học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", true},
	{"Quy định", "124-QĐ/TƯ", 2, 2, 2018, "Ban Bí thư", "về giám sát của Mặt trận Tổ quốc Việt Nam", true},
	{"Nghị quyết", "35-NQ/TW", 22, 10, 2018, "Bộ Chính trị", "về tăng cường bảo vệ nền tảng tư tưởng của Đảng", true},
	{"Quyết định", "31-QĐ/TW", 1, 10, 1997, "Bộ Chính trị", "về công tác bảo vệ chính trị nội bộ", true},
	{"Thông tri", "12-TT/TW", 10, 6, 2019, "Ban Bí thư", "về lãnh đạo đại hội Mặt trận Tổ quốc các cấp", true},
	{"Quy định", "37-QĐ/TW", 25, 10, 2021, "Ban Chấp hành Trung ương", "về những điều đảng viên không được làm", true},
	{"Nghị quyết", "21-NQ/TW", 16, 6, 2022, "Ban Chấp hành Trung ương Đảng khóa XIII", "về tăng cường củng cố, xây dựng tổ chức cơ sở đảng", true},
	{"Kết luận", "21-KL/TW", 25, 10, 2021, "Ban Chấp hành Trung ương Đảng khóa XIII", "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", true},
	{"Chỉ thị", "23-CT/TW", 9, 2, 2018, "Ban Bí thư", "về đẩy mạnh công tác nghiên cứu, học tập chủ nghĩa Mác - Lênin", true},
	{"Hướng dẫn", "01-HD/UBKTTW", 8, 4, 2022, "Ủy ban Kiểm tra Trung ương", "về thực hiện công tác kiểm tra, giám sát", true},
	{"Chỉ thị", "35-CT/TW", 14, 6, 2024, "Bộ Chính trị", "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", true},
	{"Kết luận", "150-KL/TW", 10, 3, 2025, "Bộ Chính trị, Ban Bí thư", "về việc sắp xếp đơn vị hành chính", true},
	{"Nghị quyết", "57-NQ/TW", 22, 12, 2024, "Bộ Chính trị", "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", true},
	{"Chỉ thị", "42-CT/TW", 24, 3, 2020, "Ban Bí thư", "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó thiên tai", true},
	{"Hướng dẫn", "25-HD/BTCTW", 3, 5, 2022, "Ban Tổ chức Trung ương", "về công tác đảng viên", true},
	{"Quy định", "22-QĐ/TW", 28, 7, 2021, "Ban Chấp hành Trung ương Đảng khóa XIII", "về công tác kiểm tra, giám sát và kỷ luật của Đảng", true},
	{"Nghị quyết", "847-NQ/QUTW", 28, 12, 2021, "Quân ủy Trung ương", "về phát huy phẩm chất Bộ đội Cụ Hồ", true},
	{"Chỉ thị", "05-CT/BCA", 7, 7, 2021, "Bộ trưởng Bộ Công an", "về tiếp tục đẩy mạnh học tập", false},
	{"Kết luận", "01-KL/TW", 18, 5, 2021, "Bộ Chính trị khóa XIII", "", true},
	// party: local and mass organisations
	{"Nghị quyết", "15-NQ/TU", 10, 3, 2021, "Tỉnh ủy", "về phát triển nông nghiệp công nghệ cao", true},
	{"Nghị quyết", "05-NQ/TU", 12, 11, 2021, "Ban Chấp hành Đảng bộ tỉnh khóa XVII", "về chuyển đổi số tỉnh đến năm 2025", true},
	{"Kế hoạch", "12-KH/HU", 3, 4, 2021, "Ban Thường vụ Huyện ủy", "về tổ chức học tập chuyên đề năm 2021", true},
	{"Kết luận", "03-KL/ĐU", 5, 1, 2023, "Đảng ủy xã", "về công tác dân vận", true},
	{"Chương trình hành động", "09-CTr/TU", 4, 6, 2021, "Tỉnh ủy", "về thực hiện Nghị quyết Đại hội XIII của Đảng", true},
	{"Hướng dẫn", "05-HD/BTGTU", 6, 3, 2023, "Ban Tuyên giáo Tỉnh ủy", "về tổ chức tuần lễ sách", true},
	{"Kế hoạch", "03-KH/BDVTU", 17, 2, 2022, "Ban Dân vận Tỉnh ủy", "về thực hiện công tác dân vận năm 2022", true},
	{"Nghị quyết", "04-NQ/ĐU", 20, 1, 2022, "Đảng ủy Quân sự tỉnh", "về lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2022", true},
	{"Công văn", "45-CV/HU", 2, 8, 2022, "Huyện ủy", "về việc tổ chức hội nghị sơ kết công tác dân vận", true},
	{"Thông báo kết luận", "12-TB/TU", 15, 9, 2022, "Ban Thường vụ Tỉnh ủy", "về tình hình kinh tế - xã hội 9 tháng năm 2022", true},
	{"Kế hoạch", "21-KH/ĐUK", 2, 3, 2023, "Ban Thường vụ Đảng ủy Khối", "về tổ chức kỷ niệm ngày thành lập Đảng", true},
	{"Quyết định", "1845-QĐ/ĐUK", 15, 11, 2021, "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "", true},
	{"Kế hoạch", "47-KH/TĐTN-TG", 7, 3, 2022, "Ban Thường vụ Tỉnh đoàn", "về tổ chức các hoạt động Tháng Thanh niên", true},
	{"Nghị quyết", "12-NQ/ĐUCA", 19, 3, 2022, "Đảng ủy Công an Trung ương", "về xây dựng lực lượng Công an nhân dân", true},
	{"Kết luận", "07-KL/TU", 3, 5, 2019, "Ban Thường vụ Tỉnh ủy", "về đẩy mạnh cải cách hành chính", true},
	{"Kế hoạch", "41-KH/HU", 3, 4, 2024, "Ban Thường vụ Huyện ủy Tân Phú", "về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024", true},
}

type batteryCase struct {
	name string
	text string
	want []schema.Directive
}

// short is how a report re-mentions a document: "Chỉ thị 05", "Nghị định 15".
func (b batteryDoc) short() string {
	n := b.num
	if k := strings.IndexAny(n, "/-"); k > 0 {
		n = n[:k]
	}
	return n
}

func (b batteryDoc) iso() string { return fmt.Sprintf("%04d-%02d-%02d", b.y, b.m, b.d) }

func (b batteryDoc) full() schema.Directive {
	return schema.Directive{Type: b.typ, Number: schema.Text(b.num), Date: schema.Text(b.iso()), Issuer: schema.Text(b.issuer), Subject: schema.Text(b.subject)}
}

func sp(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}

// directiveBatteryCases crosses every document with the sentence forms
// real reports cite documents in.
func directiveBatteryCases() []batteryCase {
	var cs []batteryCase
	add := func(form string, b batteryDoc, text string, want ...schema.Directive) {
		cs = append(cs, batteryCase{form + " " + b.num, text, append(want, nestedDocs(text)...)})
	}
	for _, b := range batteryDocs {
		full := b.full()
		noDate := full
		noDate.Date = ""
		add("slash-date", b, fmt.Sprintf("Thực hiện %s số %s ngày %d/%d/%d của %s%s, các đơn vị đã triển khai nhiều giải pháp.", b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject)), full)
		add("padded-date", b, fmt.Sprintf("Căn cứ %s số %s ngày %02d/%02d/%d của %s%s;", b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject)), full)
		add("no-so-words-date", b, fmt.Sprintf("Căn cứ %s %s ngày %d tháng %d năm %d của %s%s; Ủy ban nhân dân huyện chỉ đạo các xã.", b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject)), full)
		add("comma-dash-date", b, fmt.Sprintf("Hội nghị đã quán triệt %s số %s, ngày %d-%d-%d của %s%s.", b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject)), full)
		add("so-colon", b, fmt.Sprintf("Theo %s số: %s ngày %d/%d/%d của %s%s, các địa phương hoàn thành trong quý III.", b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject)), full)
		add("issuer-only", b, fmt.Sprintf("Đơn vị đã thực hiện nghiêm túc %s số %s của %s.", b.typ, b.num, b.issuer), schema.Directive{Type: b.typ, Number: schema.Text(b.num), Issuer: schema.Text(b.issuer)})
		if b.subject != "" {
			add("subject-only", b, fmt.Sprintf("Hội nghị triển khai %s số %s %s.", b.typ, b.num, b.subject), schema.Directive{Type: b.typ, Number: schema.Text(b.num), Subject: schema.Text(b.subject)})
		}
		add("re-mention", b, fmt.Sprintf("Sau 3 năm thực hiện %s số %s ngày %d/%d/%d của %s%s, Đảng ủy xã đã đạt nhiều kết quả. Việc thực hiện %s %s đã tạo chuyển biến rõ nét.", b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject), b.typ, b.short()), full)
		if b.bodyBefore {
			add("issuer-before-date", b, fmt.Sprintf("Ngày %d/%d/%d, %s đã ban hành %s số %s%s.", b.d, b.m, b.y, b.issuer, b.typ, b.num, sp(b.subject)), full)
			add("issuer-before", b, fmt.Sprintf("Vừa qua, %s ban hành %s số %s%s.", b.issuer, b.typ, b.num, sp(b.subject)), noDate)
			add("issuer-tai", b, fmt.Sprintf("Thực hiện chỉ đạo của %s tại %s số %s ngày %d/%d/%d%s, Sở đã hướng dẫn các đơn vị.", b.issuer, b.typ, b.num, b.d, b.m, b.y, sp(b.subject)), full)
		}
	}
	return cs
}

// nestedDocs are the documents a subject in text cites, as the extractor
// lists them after the one whose subject they are in.
func nestedDocs(text string) []schema.Directive {
	if strings.Contains(text, "về thực hiện Nghị quyết Đại hội XIII của Đảng") || strings.Contains(text, "quán triệt Nghị quyết Đại hội XIII của Đảng") {
		return []schema.Directive{{Type: "Nghị quyết", Issuer: "Đại hội XIII của Đảng"}}
	}
	return nil
}

func directiveDiff(got, want []schema.Directive) string {
	var b strings.Builder
	if len(got) != len(want) {
		fmt.Fprintf(&b, "count %d want %d; ", len(got), len(want))
	}
	for i := 0; i < min(len(got), len(want)); i++ {
		g, w := got[i], want[i]
		if g.Type != w.Type {
			fmt.Fprintf(&b, "type %q want %q; ", g.Type, w.Type)
		}
		if g.Number != w.Number {
			fmt.Fprintf(&b, "number %q want %q; ", g.Number, w.Number)
		}
		if g.Date != w.Date {
			fmt.Fprintf(&b, "date %q want %q; ", g.Date, w.Date)
		}
		if g.Issuer != w.Issuer {
			fmt.Fprintf(&b, "issuer %q want %q; ", g.Issuer, w.Issuer)
		}
		if g.Subject != w.Subject {
			fmt.Fprintf(&b, "subject %q want %q; ", g.Subject, w.Subject)
		}
	}
	for i := len(want); i < len(got); i++ {
		fmt.Fprintf(&b, "extra %+v; ", got[i])
	}
	return b.String()
}

func TestDirectiveBattery(t *testing.T) {
	cases := directiveBatteryCases()
	fails := 0
	for _, c := range cases {
		got := directivesOf(t, c.text)
		if diff := directiveDiff(got, c.want); diff != "" {
			fails++
			t.Errorf("%s\n  %s\n  %s", c.name, c.text, diff)
		}
	}
	t.Logf("%d cases, %d fail", len(cases), fails)
}
