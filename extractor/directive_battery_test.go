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
	{"Lệnh", "07/2023/L-CTN", 3, 7, 2023, "Chủ tịch nước", "về việc đặc xá năm 2023", false},
	// The office inside this body's name hides it as an issuer written
	// before the document ("Văn phòng Chủ tịch nước đã ký ban hành ..."):
	// not read yet.
	{"Thông cáo", "03/TC-VPCTN", 18, 3, 2024, "Văn phòng Chủ tịch nước", "về việc đặc xá năm 2024", false},
	// state: local
	{"Quyết định", "1234/QĐ-UBND", 12, 5, 2021, "Ủy ban nhân dân tỉnh Quảng Nam", "về việc phê duyệt Đề án phát triển du lịch cộng đồng", true},
	{"Công văn", "123/UBND-VX", 20, 4, 2022, "UBND tỉnh", "về việc tăng cường phòng, chống dịch sốt xuất huyết", true},
	{"Chương trình", "09/CTr-UBND", 14, 2, 2023, "UBND thành phố", "về chuyển đổi số năm 2023", true},
	{"Phương án", "56/PA-UBND", 21, 4, 2022, "UBND huyện", "về ứng phó với thiên tai và tìm kiếm cứu nạn", true},
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
		// the year of issue after the issuer is no part of its name
		add("issuer-year", b, fmt.Sprintf("Hội nghị quán triệt %s số %s của %s năm %d.", b.typ, b.num, b.issuer, b.y), schema.Directive{Type: b.typ, Number: schema.Text(b.num), Issuer: schema.Text(b.issuer)})
		add("issuer-year-subject", b, fmt.Sprintf("Hội nghị quán triệt %s số %s của %s năm %d%s.", b.typ, b.num, b.issuer, b.y, sp(b.subject)), schema.Directive{Type: b.typ, Number: schema.Text(b.num), Issuer: schema.Text(b.issuer), Subject: schema.Text(b.subject)})
		if b.subject != "" {
			add("subject-only", b, fmt.Sprintf("Hội nghị triển khai %s số %s %s.", b.typ, b.num, b.subject), schema.Directive{Type: b.typ, Number: schema.Text(b.num), Subject: schema.Text(b.subject)})
		}
		add("re-mention", b, fmt.Sprintf("Sau 3 năm thực hiện %s số %s ngày %d/%d/%d của %s%s, Đảng ủy xã đã đạt nhiều kết quả. Việc thực hiện %s %s đã tạo chuyển biến rõ nét.", b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject), b.typ, b.short()), full)
		if b.subject != "" {
			quoted := full
			quoted.Subject = schema.Text(strings.Replace(b.subject, "về ", "về “", 1) + "”")
			add("quoted-subject", b, fmt.Sprintf("Thực hiện %s số %s ngày %d/%d/%d của %s %s, các cấp ủy đã quán triệt.", b.typ, b.num, b.d, b.m, b.y, b.issuer, quoted.Subject), quoted)
			add("short-name-note", b, fmt.Sprintf("Thực hiện %s số %s ngày %d/%d/%d của %s %s (sau đây gọi tắt là %s %s), các cấp ủy đã quán triệt.", b.typ, b.num, b.d, b.m, b.y, b.issuer, b.subject, b.typ, b.short()), full)
		}
		add("semicolon-list", b, fmt.Sprintf("Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ %s số %s ngày %d/%d/%d của %s%s; Ủy ban nhân dân tỉnh quyết định.", b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject)), full, schema.Directive{Type: "Luật"})
		if b.bodyBefore {
			add("signs-with-date", b, fmt.Sprintf("Ngày %d tháng %d năm %d, %s đã ký ban hành %s số %s%s.", b.d, b.m, b.y, b.issuer, b.typ, b.num, sp(b.subject)), full)
			add("issuer-before-date", b, fmt.Sprintf("Ngày %d/%d/%d, %s đã ban hành %s số %s%s.", b.d, b.m, b.y, b.issuer, b.typ, b.num, sp(b.subject)), full)
			add("issuer-before", b, fmt.Sprintf("Vừa qua, %s ban hành %s số %s%s.", b.issuer, b.typ, b.num, sp(b.subject)), noDate)
			add("issuer-tai", b, fmt.Sprintf("Thực hiện chỉ đạo của %s tại %s số %s ngày %d/%d/%d%s, Sở đã hướng dẫn các đơn vị.", b.issuer, b.typ, b.num, b.d, b.m, b.y, sp(b.subject)), full)
		}
	}
	// two documents of one issuer cited together: the issuer and subject
	// after the second belong to both; a date after the second only is
	// shared too
	for i := 0; i+1 < len(batteryDocs); i++ {
		a, b := batteryDocs[i], batteryDocs[i+1]
		if a.issuer != b.issuer || !sameIssuerCode(a.num, b.num) || a.short() == b.short() || nestedDocs(a.subject+b.subject) != nil {
			continue
		}
		wa, wb := a.full(), b.full()
		wa.Issuer, wa.Subject = wb.Issuer, wb.Subject
		add("pair-dates", a, fmt.Sprintf("Quán triệt %s số %s ngày %d/%d/%d và %s số %s ngày %d/%d/%d của %s%s.", a.typ, a.num, a.d, a.m, a.y, b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject)), wa, wb)
		wa.Date = wb.Date
		add("pair-one-date", a, fmt.Sprintf("Quán triệt %s số %s và %s số %s ngày %d/%d/%d của %s%s.", a.typ, a.num, b.typ, b.num, b.d, b.m, b.y, b.issuer, sp(b.subject)), wa, wb)
	}
	for _, c := range directiveBatteryFixed {
		cs = append(cs, c)
	}
	return cs
}

// directiveBatteryFixed are forms that do not cross with every document:
// documents cited without a number, lower-case types, joint issuers, and
// what is no cited document.
var directiveBatteryFixed = []batteryCase{
	// cited without a number
	{"unnumbered: congress resolution", "Ngành Tuyên giáo tổ chức học tập Nghị quyết Đại hội XIII của Đảng.", []schema.Directive{{Type: "Nghị quyết", Issuer: "Đại hội XIII của Đảng"}}},
	{"unnumbered: provincial congress", "Các chi bộ học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.", []schema.Directive{{Type: "Nghị quyết", Issuer: "Đại hội Đảng bộ tỉnh lần thứ XX"}}},
	{"unnumbered: congress of delegates with its term", "Các chi bộ học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025.", []schema.Directive{{Type: "Nghị quyết", Issuer: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"}}},
	{"unnumbered: law by name and year", "Hội nghị tuyên truyền Luật Đất đai năm 2024 tới nhân dân.", []schema.Directive{{Type: "Luật"}}},
	{"unnumbered: constitution", "Hội nghị tuyên truyền Hiến pháp năm 2013 tới nhân dân.", []schema.Directive{{Type: "Hiến pháp"}}},
	{"unnumbered: code", "Các đơn vị thực hiện Bộ luật Hình sự năm 2015.", []schema.Directive{{Type: "Bộ luật"}}},
	{"unnumbered: law with a comma in its name", "Việc thi hành Luật Thi đua, khen thưởng năm 2022 được chú trọng.", []schema.Directive{{Type: "Luật"}}},
	{"unnumbered: law on its day", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", []schema.Directive{{Type: "Luật"}}},
	{"short number with issuer", "Đảng bộ tiếp tục thực hiện Chỉ thị 05 của Bộ Chính trị.", []schema.Directive{{Type: "Chỉ thị", Number: "05", Issuer: "Bộ Chính trị"}}},
	{"issuer with its term", "Đảng bộ tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị khóa XII.", []schema.Directive{{Type: "Chỉ thị", Number: "05-CT/TW", Issuer: "Bộ Chính trị khóa XII"}}},
	{"issuer with its term in brackets", "Thực hiện Quy định số 08-QĐi/TW, ngày 25-10-2018 của Ban Chấp hành Trung ương Đảng (khóa XII) về trách nhiệm nêu gương, Đảng ủy đã triển khai.", []schema.Directive{{Type: "Quy định", Number: "08-QĐi/TW", Date: "2018-10-25", Issuer: "Ban Chấp hành Trung ương Đảng (khóa XII)", Subject: "về trách nhiệm nêu gương"}}},
	// lower-case types and văn bản
	{"lower-case type", "Theo công văn số 123/UBND-VX ngày 20/4/2022 của UBND tỉnh về việc phòng, chống dịch, các xã lập tổ công tác.", []schema.Directive{{Type: "công văn", Number: "123/UBND-VX", Date: "2022-04-20", Issuer: "UBND tỉnh", Subject: "về việc phòng, chống dịch"}}},
	{"văn bản with recipients", "Ngày 3/4, UBND tỉnh có văn bản số 815/UBND-VP gửi các sở về việc chuẩn bị hội nghị.", []schema.Directive{{Type: "văn bản", Number: "815/UBND-VP", Issuer: "UBND tỉnh", Subject: "về việc chuẩn bị hội nghị"}}},
	// lists
	{"two documents of one issuer, each dated", "Chỉ thị số 05-CT/TW ngày 15/5/2016 và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.", []schema.Directive{
		{Type: "Chỉ thị", Number: "05-CT/TW", Date: "2016-05-15", Issuer: "Bộ Chính trị"},
		{Type: "Kết luận", Number: "01-KL/TW", Date: "2021-05-18", Issuer: "Bộ Chính trị"}}},
	{"documents of two systems keep their issuers apart", "Thực hiện Nghị quyết số 01/NQ-CP ngày 1/1/2021 và Nghị quyết số 15-NQ/TU ngày 5/3/2021 của Tỉnh ủy.", []schema.Directive{
		{Type: "Nghị quyết", Number: "01/NQ-CP", Date: "2021-01-01"},
		{Type: "Nghị quyết", Number: "15-NQ/TU", Date: "2021-03-05", Issuer: "Tỉnh ủy"}}},
	{"a lower-case main clause after the shared subject", "Thực hiện Chỉ thị số 16/CT-TTg và Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ về phòng, chống dịch COVID-19, huyện đã lập chốt.", []schema.Directive{
		{Type: "Chỉ thị", Number: "16/CT-TTg", Issuer: "Thủ tướng Chính phủ", Subject: "về phòng, chống dịch COVID-19"},
		{Type: "Chỉ thị", Number: "19/CT-TTg", Issuer: "Thủ tướng Chính phủ", Subject: "về phòng, chống dịch COVID-19"}}},
	{"a comma list of two typed documents", "Nghị quyết số 01/NQ-CP, Nghị quyết số 02/NQ-CP ngày 01/01/2021 của Chính phủ.", []schema.Directive{
		{Type: "Nghị quyết", Number: "01/NQ-CP", Date: "2021-01-01", Issuer: "Chính phủ"},
		{Type: "Nghị quyết", Number: "02/NQ-CP", Date: "2021-01-01", Issuer: "Chính phủ"}}},
	{"an issuer before a list", "Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 12-CT/TU, Kế hoạch số 45-KH/TU về phòng, chống tham nhũng.", []schema.Directive{
		{Type: "Chỉ thị", Number: "12-CT/TU", Issuer: "Ban Thường vụ Tỉnh ủy", Subject: "về phòng, chống tham nhũng"},
		{Type: "Kế hoạch", Number: "45-KH/TU", Issuer: "Ban Thường vụ Tỉnh ủy", Subject: "về phòng, chống tham nhũng"}}},
	{"a list of preambles", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ;", []schema.Directive{
		{Type: "Nghị định", Number: "30/2020/NĐ-CP", Date: "2020-03-05", Issuer: "Chính phủ", Subject: "về công tác văn thư"},
		{Type: "Thông tư", Number: "01/2011/TT-BNV", Date: "2011-01-19", Issuer: "Bộ Nội vụ"}}},
	// joint and coordination documents
	{"a joint plan", "Thực hiện Kế hoạch liên tịch số 12/KHLT-UBND-MTTQ ngày 5/3/2021 về giám sát, các huyện đã triển khai.", []schema.Directive{{Type: "Kế hoạch liên tịch", Number: "12/KHLT-UBND-MTTQ", Date: "2021-03-05", Subject: "về giám sát"}}},
	{"a coordination programme", "Thực hiện Chương trình phối hợp số 01/CTrPH-MTTQ-CA ngày 5/3/2021 về an ninh trật tự, các xã đã triển khai.", []schema.Directive{{Type: "Chương trình phối hợp", Number: "01/CTrPH-MTTQ-CA", Date: "2021-03-05", Subject: "về an ninh trật tự"}}},
	{"an inter-agency guidance", "Thực hiện Hướng dẫn liên ngành số 01/HDLN-SNV-STC ngày 5/3/2021, các huyện đã triển khai.", []schema.Directive{{Type: "Hướng dẫn liên ngành", Number: "01/HDLN-SNV-STC", Date: "2021-03-05"}}},
	{"a joint decision", "Thực hiện Quyết định liên tịch số 01/2005/QĐLT ngày 5/3/2005, các huyện đã triển khai.", []schema.Directive{{Type: "Quyết định liên tịch", Number: "01/2005/QĐLT", Date: "2005-03-05"}}},
	{"an issuer set off by a dash from what follows", "Chi bộ học tập Nghị quyết Đại hội lần thứ XIV của Đảng - ghi nhận của phóng viên.", []schema.Directive{{Type: "Nghị quyết", Issuer: "Đại hội lần thứ XIV của Đảng"}}},
	{"the issuer of a list of documents before its opener", "Huyện ủy quán triệt các Chỉ thị của Ban Bí thư gồm: Chỉ thị số 51-CT/TW về công tác dân vận; Chỉ thị số 52-CT/TW về công tác thanh niên.", []schema.Directive{{Type: "Chỉ thị", Number: "51-CT/TW", Issuer: "Ban Bí thư", Subject: "về công tác dân vận"}, {Type: "Chỉ thị", Number: "52-CT/TW", Issuer: "Ban Bí thư", Subject: "về công tác thanh niên"}}},
	{"a joint resolution whose issuers are joined by slashes and dashes", "Theo Nghị quyết liên tịch số 41/2026/NQLT/UBTVQH16-CP-ĐCTUBTWMTTQVN ngày 3/2/2026 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, huyện đã hướng dẫn các xã.", []schema.Directive{{Type: "Nghị quyết liên tịch", Number: "41/2026/NQLT/UBTVQH16-CP-ĐCTUBTWMTTQVN", Date: "2026-02-03", Issuer: "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"}}},
	{"a joint resolution of the government and the front", "Thực hiện Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN ngày 17/4/2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, các xã đã triển khai.", []schema.Directive{{Type: "Nghị quyết liên tịch", Number: "09/2008/NQLT-CP-UBTƯMTTQVN", Date: "2008-04-17", Issuer: "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}}},
	{"an urgent telegram", "Thực hiện Công điện khẩn số 05/CĐ-UBND ngày 5/9/2022 của UBND tỉnh, các huyện đã sơ tán dân.", []schema.Directive{{Type: "Công điện", Number: "05/CĐ-UBND", Date: "2022-09-05", Issuer: "UBND tỉnh"}}},
	{"a military party committee", "Thực hiện Nghị quyết số 09-NQ/ĐUQSTW ngày 12/1/2021 của Đảng ủy Quân sự Trung ương, các đơn vị đã triển khai.", []schema.Directive{{Type: "Nghị quyết", Number: "09-NQ/ĐUQSTW", Date: "2021-01-12", Issuer: "Đảng ủy Quân sự Trung ương"}}},
	// dates written otherwise
	{"issued on", "Chỉ thị số 05-CT/TW được ban hành ngày 15/5/2016 đã đi vào cuộc sống.", []schema.Directive{{Type: "Chỉ thị", Number: "05-CT/TW", Date: "2016-05-15"}}},
	{"signed on, then the issuer", "Các đơn vị thực hiện Quyết định số 1234/QĐ-UBND, ký ngày 12/5/2021 của UBND tỉnh.", []schema.Directive{{Type: "Quyết định", Number: "1234/QĐ-UBND", Date: "2021-05-12", Issuer: "UBND tỉnh"}}},
	{"a date in brackets", "Thực hiện Chỉ thị số 16/CT-TTg (ngày 31/3/2020) của Thủ tướng Chính phủ, tỉnh đã giãn cách xã hội.", []schema.Directive{{Type: "Chỉ thị", Number: "16/CT-TTg", Date: "2020-03-31", Issuer: "Thủ tướng Chính phủ"}}},
	{"commas around the date", "Thực hiện Kế hoạch số 12-KH/HU, ngày 03/4/2021, của Ban Thường vụ Huyện ủy, các chi bộ tổ chức học tập.", []schema.Directive{{Type: "Kế hoạch", Number: "12-KH/HU", Date: "2021-04-03", Issuer: "Ban Thường vụ Huyện ủy"}}},
	{"a padded date in words", "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ;", []schema.Directive{{Type: "Nghị định", Number: "15/2020/NĐ-CP", Date: "2020-02-03", Issuer: "Chính phủ"}}},
	// terms and sessions after the issuer
	{"the term after the issuer", "Thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020 - 2025 về chuyển đổi số, các huyện đã triển khai.", []schema.Directive{{Type: "Nghị quyết", Number: "05-NQ/TU", Issuer: "Ban Chấp hành Đảng bộ tỉnh khóa XVII", Subject: "về chuyển đổi số"}}},
	{"the session after the council", "Thực hiện Nghị quyết số 01/2021/NQ-HĐND ngày 26/3/2021 của HĐND tỉnh khóa X, kỳ họp thứ 2 về mức chi hỗ trợ, các xã đã chi trả.", []schema.Directive{{Type: "Nghị quyết", Number: "01/2021/NQ-HĐND", Date: "2021-03-26", Issuer: "HĐND tỉnh khóa X", Subject: "về mức chi hỗ trợ"}}},
	{"the plenum with its term in brackets", "Nghị quyết số 20-NQ/TW của Hội nghị Trung ương 6 (khóa XII) về tăng cường công tác bảo vệ sức khỏe nhân dân.", []schema.Directive{{Type: "Nghị quyết", Number: "20-NQ/TW", Issuer: "Hội nghị Trung ương 6 (khóa XII)", Subject: "về tăng cường công tác bảo vệ sức khỏe nhân dân"}}},
	{"an abbreviated issuer", "Hội nghị triển khai Thông tư 08/2022/TT-BGDĐT của Bộ GD&ĐT về quy chế tuyển sinh.", []schema.Directive{{Type: "Thông tư", Number: "08/2022/TT-BGDĐT", Issuer: "Bộ GD&ĐT", Subject: "về quy chế tuyển sinh"}}},
	// joint issuers
	{"joint ministries", "Thực hiện Thông tư liên tịch số 05/2015/TTLT-BNV-BTC ngày 25/5/2015 của Bộ Nội vụ, Bộ Tài chính về phụ cấp, Sở đã hướng dẫn.", []schema.Directive{{Type: "Thông tư liên tịch", Number: "05/2015/TTLT-BNV-BTC", Date: "2015-05-25", Issuer: "Bộ Nội vụ, Bộ Tài chính", Subject: "về phụ cấp"}}},
	{"a ministry and a new clause", "Thực hiện Công văn số 2345/BNV-CQĐP của Bộ Nội vụ, Bộ Tư pháp đã hướng dẫn các địa phương.", []schema.Directive{{Type: "Công văn", Number: "2345/BNV-CQĐP", Issuer: "Bộ Nội vụ"}}},
	{"the plenum before the issuer", "Quán triệt Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp.", []schema.Directive{{Type: "Nghị quyết", Number: "19-NQ/TW", Date: "2022-06-16", Issuer: "Ban Chấp hành Trung ương Đảng khóa XIII", Subject: "về nông nghiệp"}}},
	{"a nested document in the subject", "Bộ Chính trị ban hành Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW.", []schema.Directive{
		{Type: "Kết luận", Number: "01-KL/TW", Issuer: "Bộ Chính trị", Subject: "về tiếp tục thực hiện Chỉ thị số 05-CT/TW"},
		{Type: "Chỉ thị", Number: "05-CT/TW"}}},
	{"an official who signs after a comma", "Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh đã ký ban hành Quyết định số 1234/QĐ-UBND về việc thành lập Ban Chỉ đạo.", []schema.Directive{{Type: "Quyết định", Number: "1234/QĐ-UBND", Subject: "về việc thành lập Ban Chỉ đạo"}}},
	{"a body told by another is no issuer", "UBND tỉnh giao Sở Tài chính tại Công văn số 123/UBND-KT rà soát nguồn vốn.", []schema.Directive{{Type: "Công văn", Number: "123/UBND-KT"}}},
	{"a body that asks others is no issuer", "Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tại Kế hoạch số 45-KH/TU tổ chức quán triệt.", []schema.Directive{{Type: "Kế hoạch", Number: "45-KH/TU"}}},
	{"a body with a verb-like word in its name", "Ngày 5/3/2023, Bộ Ngoại giao ban hành Thông tư số 01/2023/TT-BNG về lãnh sự.", []schema.Directive{{Type: "Thông tư", Number: "01/2023/TT-BNG", Date: "2023-03-05", Issuer: "Bộ Ngoại giao", Subject: "về lãnh sự"}}},
	{"a steering committee issues", "Ban Chỉ đạo phòng, chống dịch tỉnh đã ban hành Kế hoạch số 88/KH-BCĐ về tiêm chủng.", []schema.Directive{{Type: "Kế hoạch", Number: "88/KH-BCĐ", Issuer: "Ban Chỉ đạo phòng, chống dịch tỉnh", Subject: "về tiêm chủng"}}},
	{"the bodies told after a comma are no part of the issuer", "Thực hiện chỉ đạo của Tỉnh ủy, các cấp ủy tại Kế hoạch số 45-KH/TU đã tổ chức quán triệt.", []schema.Directive{{Type: "Kế hoạch", Number: "45-KH/TU"}}},
	{"a department alone names no issuer", "Trên cơ sở đó, Sở đã xây dựng Kế hoạch số 12/KH-SNV về cải cách hành chính.", []schema.Directive{{Type: "Kế hoạch", Number: "12/KH-SNV", Subject: "về cải cách hành chính"}}},
	// no document
	{"decoy: concluded about party members", "Ủy ban Kiểm tra Huyện ủy đã kết luận 25 đảng viên có dấu hiệu vi phạm.", nil},
	{"decoy: decided on cases", "Ban Thường vụ Đảng ủy quyết định 3 trường hợp kỷ luật cảnh cáo.", nil},
	{"decoy: resolutions of committees", "Các chi bộ quán triệt nghị quyết của các cấp ủy.", nil},
	{"decoy: generic plural list", "Các chi bộ quán triệt các nghị quyết, chỉ thị của Trung ương, của Tỉnh ủy.", nil},
	{"decoy: draft resolution", "Đại biểu thảo luận, cho ý kiến vào dự thảo Nghị quyết Đại hội.", nil},
	{"decoy: draft law", "Các đại biểu nghe báo cáo tóm tắt dự thảo Luật Đất đai (sửa đổi).", nil},
	{"decoy: draft plan", "Hội nghị thông qua dự thảo Kế hoạch tổ chức Tháng Thanh niên.", nil},
	{"decoy: report presented", "Hội nghị đã nghe đồng chí Phó Chủ tịch UBND huyện trình bày Báo cáo số 125/BC-UBND về tình hình kinh tế - xã hội.", nil},
	{"decoy: submission presented", "Đồng chí Trưởng ban trình bày Tờ trình số 45/TTr-BTC về dự toán.", nil},
	{"decoy: resolutions counted", "Kỳ họp thông qua 12 nghị quyết quan trọng.", nil},
	{"decoy: documents counted", "Sở đã tham mưu ban hành 15 quyết định và 3 chỉ thị.", nil},
	{"decoy: văn bản in general", "UBND huyện đã ban hành nhiều văn bản chỉ đạo.", nil},
	{"decoy: a verb opening the sentence with a count", "Hướng dẫn 14 xã hoàn thiện hồ sơ công nhận nông thôn mới.", nil},
	{"decoy: a decision on cases opening the sentence", "Quyết định 3 trường hợp kỷ luật bằng hình thức khiển trách.", nil},
	{"a short mention opening the sentence is still one", "Chỉ thị 05 đề ra nhiều giải pháp. Đảng bộ thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", []schema.Directive{{Type: "Chỉ thị", Number: "05-CT/TW", Issuer: "Bộ Chính trị"}}},
	{"decoy: congress adopts its resolution", "Đại hội biểu quyết thông qua Nghị quyết Đại hội với 100% đại biểu tán thành.", nil},
}

// nestedDocs are the documents a subject in text cites, as the extractor
// lists them after the one whose subject they are in.
func nestedDocs(text string) []schema.Directive {
	if strings.Contains(text, "thực hiện Nghị quyết Đại hội XIII của Đảng") || strings.Contains(text, "quán triệt Nghị quyết Đại hội XIII của Đảng") {
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
