package extractor

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/meetx/meetx/schema"
)

// peopleOf runs the people step on plain text (first line is the headline)
// as if the page reported a meeting.
func peopleOf(t testing.TB, text string) []schema.Person {
	t.Helper()
	d, err := newDocument(schema.Page{URL: "test", Body: []byte("Tin hội nghị\n" + text)})
	if err != nil {
		t.Fatalf("newDocument: %v", err)
	}
	r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference}}
	extractPeople(d, r)
	return r.People
}

func personNamed(ps []schema.Person, name string) (schema.Person, bool) {
	for _, p := range ps {
		if p.Name == name {
			return p, true
		}
	}
	return schema.Person{}, false
}

func names(ps []schema.Person) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestPeopleNames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a capitalised 'Bà' inside a place's name is no address word",
			"Hội thảo về rừng phòng hộ Núi Bà, Lâm Đồng có sự tham dự của ông Lê Văn Tâm.",
			[]string{"Lê Văn Tâm"}},
		{"a name right after 'Bà Rịa – Vũng Tàu' is a person, no ship's name",
			"Dự có ông Lê Văn Tâm, Giám đốc Sở Y tế, Bí thư Tỉnh ủy Bà Rịa – Vũng Tàu Đỗ Văn Hòa và lãnh đạo các sở.",
			[]string{"Lê Văn Tâm", "Đỗ Văn Hòa"}},
		{"a given name that reads as 'acting' before Ủy viên", "Cùng dự có đ/c Vi Văn Quyền Uỷ viên Ban Thường vụ Đảng ủy và đ/c Lê Văn Tâm.",
			[]string{"Vi Văn Quyền", "Lê Văn Tâm"}},
		{"the Youth Union's name after its officers' offices, then the level in capitals, is no person",
			"Mời dự có Bí thư Đoàn TNCS Hồ Chí Minh Huyện; Chủ tịch Hội Nông dân Huyện Lê Thị Hoa.",
			[]string{"Lê Thị Hoa"}},
		{"an agency glued to a photographer's name by a slash is no part of it",
			"Sinh viên tham quan bảo tàng cùng ông Lê Văn Tâm. (Ảnh: Đỗ Thu Hằng/TTXVN)",
			[]string{"Lê Văn Tâm", "Đỗ Thu Hằng"}},
		{"a memorial site named after the President is no mention of him",
			"Đoàn đã thăm khu di tích lưu niệm Chủ tịch Hồ Chí Minh ở quê nội; ông Lê Văn Tâm, Giám đốc Sở dẫn đoàn.",
			[]string{"Lê Văn Tâm"}},
		{"a group named by its place after a plural and an occupation is no person",
			"Trại sáng tác quy tụ các nhà văn Hải Phòng, những nhạc sĩ Tây Nguyên cùng nhà thơ Lò Văn Cầm.",
			[]string{"Lò Văn Cầm"}},
		{"a body of a city glued to its abbreviation is no person",
			"Dự có đại diện Thành đoàn, Đoàn TP.Hồ Chí Minh và anh Lưu Quang Tú.",
			[]string{"Lưu Quang Tú"}},
		{"Western names with a middle initial, after an address word and after an envoy's country and seat",
			"Chủ tịch UBND tỉnh tiếp ông Derek J. Whitman, Tổng Lãnh sự Canada, và Đại sứ Úc tại Việt Nam Fiona K. Barlowe. Ông Lê Văn Tâm cảm ơn.",
			[]string{"Derek J. Whitman", "Fiona K. Barlowe", "Lê Văn Tâm"}},
		{"a delegation of a committee named by its field is no person", "Sáng 20/1, Đoàn Ban Tôn giáo Chính phủ do ông Lê Văn Tâm làm trưởng đoàn đến thăm.",
			[]string{"Lê Văn Tâm"}},
		{"a deputy head of an office numbered in capitals is no person", "Tiếp đoàn có ông Lê Văn Tâm – Ủy viên Hội đồng, Phó Văn phòng I TƯ GHPGVN, cùng các chức sắc.",
			[]string{"Lê Văn Tâm"}},
		{"a school named after the Youth Union's namesake is no person", "Tại buổi lễ, Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường THPT Bến Hải đã phát biểu hưởng ứng; ông Lê Văn Tâm chúc mừng.",
			[]string{"Lê Văn Tâm"}},
		{"the second syllable of a compound surname is a given name", "Dự có Phó Chủ tịch HĐND tỉnh Lê Thị Nữ Hoa và Giám đốc Sở Tư pháp Tôn Nữ Thị Lan.",
			[]string{"Lê Thị Nữ Hoa", "Tôn Nữ Thị Lan"}},
		{"a rare surname", "Dự có Phó Chủ nhiệm Ủy ban Đối ngoại Đôn Thanh Hải và ông Lê Văn Tâm.",
			[]string{"Đôn Thanh Hải", "Lê Văn Tâm"}},
		{"a rare surname in a list of names", "Các Phó Chủ tịch gồm các đồng chí: Lê Văn Tâm, Ngọ Văn Khiêm.",
			[]string{"Lê Văn Tâm", "Ngọ Văn Khiêm"}},
		{"an honorific glued to the name", "TS.Võ Văn Vinh trình bày tại Hội thảo. PGS.TS.Nguyễn Văn An phát biểu.",
			[]string{"Võ Văn Vinh", "Nguyễn Văn An"}},
		{"Western names in a list of people", "Hội thảo quy tụ nhiều nhà nghiên cứu, như Paul Mercier, Claire Dubois của giới khảo cổ học Pháp, Đào Duy Khánh, Phan Huy Lâm, hay Robert James Hale, Anna Whitfield trong giới nghiên cứu Bắc Mỹ.",
			[]string{"Paul Mercier", "Claire Dubois", "Đào Duy Khánh", "Phan Huy Lâm", "Robert James Hale", "Anna Whitfield"}},
		{"Western names with lower-case particles", "Buổi tiếp có bà Greta van den Broek, Đại sứ Hà Lan, và ông João da Silva Ramos, Tham tán. Thủ tướng Lê Minh Tâm cảm ơn bà Greta van den Broek.",
			[]string{"Greta van den Broek", "João da Silva Ramos", "Lê Minh Tâm"}},
		{"a continent's name before a person's", "Chiều 2/5, Phó Thủ tướng Lê Minh Tâm tiếp Cao ủy Liên minh châu Âu Ursula Fenwick von Hale. Bà Ursula Fenwick von Hale cảm ơn Phó Thủ tướng.",
			[]string{"Lê Minh Tâm", "Ursula Fenwick von Hale"}},
		{"a leader's pen name that opens like a school's; the street named after him",
			"Hội thảo kỷ niệm ngày sinh đồng chí Trường Chinh, nguyên Tổng Bí thư của Đảng, được tổ chức tại Trường Đại học Vinh. Đoàn đến thăm đường Trường Chinh.",
			[]string{"Trường Chinh"}},
		{"a surname-like word before a city ends a school's name, no person",
			"Hội nghị diễn ra tại Trường Cao đẳng Kỹ thuật Cao Đà Nẵng với sự tham dự của ông Trần Xuân Hòa.",
			[]string{"Trần Xuân Hòa"}},
		{"the Youth Union of a body is no person named Đoàn; a full name with Trường as its middle is",
			"Bí thư Đoàn Viện Nghiên cứu Biển Lê Văn Hùng chủ trì; dự có ông Đoàn Trường Giang, Bí thư Đoàn Bộ Xây dựng.",
			[]string{"Lê Văn Hùng", "Đoàn Trường Giang"}},
		{"a highland name of five syllables, the man's marker first and the clan last",
			"Dự có Chủ tịch Hội đồng Dân tộc Y Thanh Ly Niê Kdam và ông Lê Văn Tâm.",
			[]string{"Y Thanh Ly Niê Kdam", "Lê Văn Tâm"}},
		{"the office's country before a Lao name in hyphenated syllables is no part of it",
			"Dự lễ có Bộ trưởng Bộ Tư pháp Lào Xu-li-vông Phăn-đa-la và ông Lê Văn Tâm.",
			[]string{"Xu-li-vông Phăn-đa-la", "Lê Văn Tâm"}},
		{"di and la stay Vietnamese words after a Vietnamese name", "Ông Lê Văn Hùng di dời nhà và bà Trần Thị La la lên.",
			[]string{"Lê Văn Hùng", "Trần Thị La"}},
		{"a school named after a leader, and a city before a two-syllable name after a body", "Dự có Phó Giám đốc Đại học Quốc gia Hà Nội Đỗ Vân; Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ Đào Minh Hải.",
			[]string{"Đỗ Vân", "Đào Minh Hải"}},
		{"a two-syllable city name after an honorific is the person's", "Dự có ông Hà Nam Lê, chuyên gia.",
			[]string{"Hà Nam Lê"}},
		{"rare surnames after an office", "Dự có Phó Chủ tịch UBND tỉnh Ao Văn Thành và Trưởng ban Dân tộc tỉnh Đèo Văn Hùng.",
			[]string{"Ao Văn Thành", "Đèo Văn Hùng"}},
		{"a two-syllable name after a country that ends in Quốc", "Bộ trưởng Lê Minh Tâm hội đàm trực tuyến với Ủy viên Quốc vụ kiêm Bộ trưởng Ngoại giao Trung Quốc Vương Cường.",
			[]string{"Lê Minh Tâm", "Vương Cường"}},
		{"foreign officials after an office and their country", "Bộ trưởng Lê Minh Tâm đã hội đàm trực tuyến với Bộ trưởng Ngoại giao Ấn Độ Ravindra Jaishankar, Bộ trưởng Ngoại giao Singapore Vivian Tanwood và Ngoại trưởng Hoa Kỳ Michael Roger Pell.",
			[]string{"Lê Minh Tâm", "Ravindra Jaishankar", "Vivian Tanwood", "Michael Roger Pell"}},
		{"new graduates named by their degree are no people", "Buổi lễ vinh danh các Tân Kỹ sư, Tân Thạc sĩ, Tân Cử nhân của khoa. PGS, TS Lê Văn Tài phát biểu.",
			[]string{"Lê Văn Tài"}},
		{"a given name before 'nhân dịp' stays the name's", "Ông Lê Văn Cử nhân dịp đầu xuân thăm các hộ nghèo.",
			[]string{"Lê Văn Cử"}},
		{"Lao names in hyphenated syllables", "Tiếp đoàn do đồng chí Bun-Thăn Xay-Nha-Vông, Đại sứ Lào dẫn đầu, có Chủ tịch Thoong-xỉn Phăn-xa-vẳn. Ông nhắc đến Hoàng thân Xu-pha-nu-vông. Đồng chí Lê Văn An phát biểu. Đoàn Bà Rịa-Vũng Tàu dự.",
			[]string{"Bun-Thăn Xay-Nha-Vông", "Thoong-xỉn Phăn-xa-vẳn", "Xu-pha-nu-vông", "Lê Văn An"}},
		{"monks named by the dharma surname, with or without their rank", "Đoàn do TT. Thích Minh Hải làm trưởng đoàn. Thích Minh Hải cảm ơn tỉnh. Đoàn đến TT. Phong Điền.",
			[]string{"Thích Minh Hải"}},
		{"a two-syllable name listed after a full name under a shared office; a province after a name is none", "Dự có các Phó Viện trưởng Nguyễn Văn Lâm, Lê Tài cùng đại diện các phòng. Ông Trần Văn Bình, Hà Tĩnh phát biểu.",
			[]string{"Nguyễn Văn Lâm", "Lê Tài", "Trần Văn Bình"}},
		{"a body's name capitalised throughout is no person", "Cùng dự có đại diện Văn Phòng Trung ương Đảng, các ban của Tỉnh ủy và đồng chí Lê Văn An.",
			[]string{"Lê Văn An"}},
		{"a Western company in a list is no person", "Hội thảo có đại diện Google, Microsoft Corporation, ông Lê Văn Tâm và ông Trần Văn Bình.",
			[]string{"Lê Văn Tâm", "Trần Văn Bình"}},
		{"a place after an administrative unit belongs to the office", "Tiếp đoàn có Chủ tịch UBND tỉnh Kiên Giang Trần Minh Đức và các sở, ngành.",
			[]string{"Trần Minh Đức"}},
		{"a place after tại is no person", "Sáng 3/4, tại Hà Nam, Thủ tướng Lê Quang Vinh chủ trì hội nghị.",
			[]string{"Lê Quang Vinh"}},
		{"a known province is no person", "Đoàn công tác tỉnh Bắc Ninh do ông Đỗ Văn Toàn dẫn đầu. Hà Tĩnh, Quảng Bình cùng tham dự.",
			[]string{"Đỗ Văn Toàn"}},
		{"places named after people are no people", "Các đại biểu dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh, viếng Khu di tích Nguyễn Sinh Sắc và thăm Quảng trường Lê Văn Tám, trường mang tên Võ Thị Sáu. Đồng chí Lê Văn Hưng phát biểu.",
			[]string{"Lê Văn Hưng"}},
		{"a rare surname", "Các đồng chí: Chẩu Văn Tính, Bí thư Tỉnh ủy; Lê Thị Hạnh, Phó Bí thư Tỉnh ủy chủ trì hội nghị.",
			[]string{"Chẩu Văn Tính", "Lê Thị Hạnh"}},
		{"a baptismal name before the full name", "Tại hội nghị, Linh mục Phêrô Maria Trần Văn Khiết, Phó Chủ tịch Ủy ban phát biểu.",
			[]string{"Phêrô Maria Trần Văn Khiết"}},
		{"the President's name with a lower-case syllable", "Sinh viên nghe chia sẻ về Sự lãnh đạo của Đảng và Chủ tịch Hồ chí Minh trong kháng chiến. Thăm Bảo tàng Hồ chí Minh.",
			[]string{"Hồ chí Minh"}},
		{"a school named after the President", "Tại ngôi trường vùng cao mang tên Chủ tịch Hồ Chí Minh, đồng chí Lê Văn Tâm phát biểu.",
			[]string{"Lê Văn Tâm"}},
		{"honorific and dash office", "Dự Hội nghị có PGS, TS. Phạm Minh Tuấn - Ủy viên Ban Thường vụ Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh, Giám đốc Học viện Chính trị khu vực II.",
			[]string{"Phạm Minh Tuấn"}},
		{"offices before names, shared list", "Dự phiên họp có Phó Thủ tướng Thường trực Chính phủ Nguyễn Hữu Lâm; các Phó Thủ tướng Đỗ Minh Tuệ, Hà Thị Bích Liên; Phó Chủ tịch Quốc hội Vũ Đình Toại.",
			[]string{"Nguyễn Hữu Lâm", "Đỗ Minh Tuệ", "Hà Thị Bích Liên", "Vũ Đình Toại"}},
		{"name after an organisation in capitals", "Thống đốc Ngân hàng Nhà nước Việt Nam Kiều Thị Thanh Nhàn cho biết, ngành ngân hàng đang hoàn thiện cơ chế.",
			[]string{"Kiều Thị Thanh Nhàn"}},
		{"minority names without a listed surname", "Bế mạc Hội nghị, đồng chí Y Thuận Êban đề nghị các học viên vận dụng kiến thức. ThS. H'Ruê Ayŭn - Phó Hiệu trưởng Trường Chính trị tỉnh trình bày.",
			[]string{"Y Thuận Êban", "H'Ruê Ayŭn"}},
		{"address word opening a sentence", "Ông Vũ Đức Kiên, Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Thanh Hóa trình bày tham luận.",
			[]string{"Vũ Đức Kiên"}},
		{"a surname that is also a verb, after an academic title", "Tham dự có TS Trình Hữu Nghĩa, Trưởng khoa Luật; ThS Đoàn Minh Hải, giảng viên.",
			[]string{"Trình Hữu Nghĩa", "Đoàn Minh Hải"}},
		{"a presidium caption is no person", "Đoàn Chủ tọa Hội nghị\nBan Tổ chức Hội thảo và Đoàn Thanh niên Cộng sản tỉnh trao hoa cho ông Lê Văn Tâm.",
			[]string{"Lê Văn Tâm"}},
		{"an envoy named after the host country", "Dự lễ có Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam và ông Lê Văn Tâm, Giám đốc Sở Ngoại vụ.",
			[]string{"Choi Young-sam", "Lê Văn Tâm"}},
		{"authors cited by their initials", "Học viên nghiên cứu các tác phẩm của K.Marx, Ph.Ăng-ghen và V.I.Lênin theo chủ nghĩa C.Mác-Lênin; TP.Huế, Tp.Vinh đăng cai.",
			[]string{"K.Marx", "Ph.Ăng-ghen", "V.I.Lênin"}},
		{"a rare Hmong surname inside a shared-office list", "Cùng dự có các đại biểu Hội đồng nhân dân tỉnh: Lò Văn Sơn, Khang A Tủa, Hà Thị Lan.",
			[]string{"Lò Văn Sơn", "Khang A Tủa", "Hà Thị Lan"}},
		{"given-name references merge", "Đồng chí Lê Thị Thu Hà chủ trì Hội nghị. Phát biểu kết luận Hội nghị, đồng chí Thu Hà yêu cầu các đơn vị khẩn trương triển khai. Theo bà Hà, kết quả rất tốt.",
			[]string{"Lê Thị Thu Hà"}},
		{"organisations, schools, streets and places are not people", "Hội nghị diễn ra tại trụ sở Bộ, số 18 Nguyễn Du, Hà Nội, còn Học viện Chính trị quốc gia Hồ Chí Minh phối hợp với Trường Đại học Tôn Đức Thắng học tập tư tưởng Hồ Chí Minh tại Thành phố Hồ Chí Minh và tỉnh Quảng Ngãi.",
			[]string{}},
		{"a place after an office is not a person", "Đồng chí Nguyễn Thị Mỹ Lệ, Phó Bí thư Thường trực Huyện ủy Sơn Tịnh trình bày tham luận.",
			[]string{"Nguyễn Thị Mỹ Lệ"}},
		{"office words in capitals are not names", "Phó Giám đốc phụ trách và Ban Thường vụ Tỉnh ủy dự hội nghị; Chủ tịch UBND tỉnh cũng giao nhiệm vụ.",
			[]string{}},
		{"two syllables after a bare office", "Tổng Bí thư Lê Khải phát biểu chỉ đạo hội nghị.",
			[]string{"Lê Khải"}},
		{"a territory after a district party committee is no person", "Đại hội Đảng bộ huyện Phan Hòa khai mạc. Đồng chí Đặng Văn Lộc tái đắc cử Bí thư Huyện ủy Phan Hòa. Bí thư Huyện ủy Long Khánh phát biểu chào mừng.",
			[]string{"Đặng Văn Lộc"}},
		{"a surname after a district party committee names a person", "Hội nghị do Bí thư Huyện ủy Lê Khải chủ trì.",
			[]string{"Lê Khải"}},
		{"a known province after a provincial party committee before a short name", "Bí thư Tỉnh ủy Hà Tĩnh Lê Khải phát biểu chỉ đạo hội nghị.",
			[]string{"Lê Khải"}},
		{"the committee's territory written before the name", "Sáng 3/5, Bí thư Huyện ủy Kim Sơn Phạm Thị Ngân đến thăm đồn biên phòng.",
			[]string{"Phạm Thị Ngân"}},
		{"names of places and monuments", "Đoàn đến thăm Văn Miếu Quốc Tử Giám và Khu di tích Kim Liên, rồi làm việc với UBND tỉnh Hà Tĩnh.",
			[]string{}},
		{"Hồ Chí Minh as the President", "Học tập và làm theo lời dạy của Chủ tịch Hồ Chí Minh.",
			[]string{"Hồ Chí Minh"}},
		{"the campaign to follow the President's example names no person", "Chi bộ tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.",
			[]string{}},
		{"a lower-case middle syllable does not split the name", "Dự buổi làm việc có bà Lê Thị Mai, Bí thư Đảng ủy xã. Bà Tôn Nữ thu Hằng – Chủ tịch UBND xã báo cáo tình hình.",
			[]string{"Lê Thị Mai", "Tôn Nữ thu Hằng"}},
		{"foreign names after Ngài, one glued to it", "Chủ tịch UBND tỉnh Lê Văn Tâm tiếp NgàiTa-ka-shi Yamada, Đại sứ Nhật Bản tại Việt Nam và Ngài Bolor Ganbat, Đại sứ Mông Cổ tại Việt Nam.",
			[]string{"Lê Văn Tâm", "Ta-ka-shi Yamada", "Bolor Ganbat"}},
		{"a lower-case verb after a name is no syllable of it", "Ông Trần Văn Bình thăm Hà Nội và ông Lê Văn Hùng phát biểu.",
			[]string{"Trần Văn Bình", "Lê Văn Hùng"}},
		{"names inside quoted titles of topics and contests are no people", "Chi bộ tổ chức sinh hoạt chuyên đề “Học phong cách làm việc của Chủ tịch Hồ Chí Minh” và cuộc thi “Tìm hiểu cuộc đời đồng chí Lê Hồng Phong”. Đồng chí Trần Văn Bình phát biểu.",
			[]string{"Trần Văn Bình"}},
		{"a delegation named by a hyphenated province is no person", "Đoàn Bà Rịa-Vũng Tàu dự lễ. Ông Jean-Pierre Martin, Đại sứ Pháp phát biểu.",
			[]string{"Jean-Pierre Martin"}},
		{"two-syllable full names between bare names of a list", "Dự lễ có các ông Thạch Văn Sô, Danh Út, Kim Văn Sơn và Siu Hương. Đoàn thăm Hà Nội, Hải Phòng.",
			[]string{"Thạch Văn Sô", "Danh Út", "Kim Văn Sơn", "Siu Hương"}},
		{"hyphenated places and names stay whole", "Đại biểu tỉnh Bà Rịa-Vũng Tàu dự lễ kỷ niệm hữu nghị Việt-Trung. Ông Choi Young-sam phát biểu về kinh tế-xã hội.",
			[]string{"Choi Young-sam"}},
		{"two syllables after an office in a ministry or department are a person, a province is not", "Thứ trưởng Bộ Tư pháp Hoàng Minh, Giám đốc Sở Y tế Lê Hải dự. Giám đốc Sở Tài chính Hà Nam cũng dự. Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Đàm Trung chủ trì.",
			[]string{"Hoàng Minh", "Lê Hải", "Đàm Trung"}},
		{"a known province after an office ends the place before a name with no Vietnamese surname", "Trưởng ban Dân tộc tỉnh An Giang Néang Sóc Kha chủ trì hội thảo. Phó Trưởng ban Dân tộc tỉnh An Giang Chau Sóc dự.",
			[]string{"Néang Sóc Kha", "Chau Sóc"}},
		{"a school named after a person, its designation in quotes, is no person", "Đảng ủy chọn chi bộ trường Tiểu học “B” Trần Quốc Toản làm đại hội điểm. Đồng chí Lê Văn Hưng phát biểu.",
			[]string{"Lê Văn Hưng"}},
		{"places opened by Bà or Ông are no people", "Ngày 4/5, UBND tỉnh Bà Rịa-Vũng Tàu tổ chức công bố quyết định. Đoàn viếng núi Bà Đen, đi qua đường Ông Ích Khiêm và chợ Bà Chiểu. Ông Lê Văn Hùng phát biểu.",
			[]string{"Lê Văn Hùng"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(peopleOf(t, tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("names = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHonorifics(t *testing.T) {
	tests := []struct {
		text, person string
		want         []string
	}{
		{"Dự có PGS, TS. Phạm Minh Tuấn, Giám đốc Học viện.", "Phạm Minh Tuấn", []string{"PGS", "TS"}},
		{"Phát biểu khai mạc, BS CKII. Hoàng Văn Trường, Giám đốc Bệnh viện nhấn mạnh nhiệm vụ năm tới.", "Hoàng Văn Trường", []string{"BSCKII"}},
		{"Dự có BS CKI Lê Thị Hoa, Trưởng khoa Nội.", "Lê Thị Hoa", []string{"BSCKI"}},
		{"Phát biểu có GS.TS Lò Văn Khánh, Hiệu trưởng. Giáo sư TS. Lò Văn Khánh cũng quán triệt chủ đề năm học.", "Lò Văn Khánh", []string{"GS", "TS"}},
		{"Ngày 5/9, Phó Thủ tướng Chính phủ, GS., TS. Cầm Văn Dũng đã dự lễ khai giảng.", "Cầm Văn Dũng", []string{"GS", "TS"}},
		{"Các đồng chí dự hội nghị gồm: Ông Lê Văn Sử - Bí thư Đảng ủy xã, ông Đinh Quang Vĩnh - Chủ tịch UBND xã.", "Đinh Quang Vĩnh", []string{"ông"}},
		{"Tham dự có Đức ông Miroslaw Wachowski, Thứ trưởng Ngoại giao Tòa thánh Vatican.", "Miroslaw Wachowski", []string{"Đức ông"}},
		{"Tham dự có Đức Tổng Giám mục Marek Zalewski và ông Lê Văn Tâm.", "Marek Zalewski", []string{"Đức Tổng Giám mục"}},
		{"Cô Đào Thị Minh Ngọc - Hiệu trưởng nhà trường điểm lại kết quả năm học.", "Đào Thị Minh Ngọc", []string{"cô"}},
		{"Dự hội nghị có các đ/c: Trần Văn Nam - Phó Bí thư Tỉnh ủy; Lê Văn Hòa - Phó Chủ tịch UBND tỉnh.", "Lê Văn Hòa", []string{"đồng chí"}},
		{"Phát biểu có PGS.TSLương Văn Khải, Hiệu trưởng nhà trường.", "Lương Văn Khải", []string{"PGS", "TS"}},
		{"Dự có Bs.CKII Đinh Văn Thuận - Giám đốc Sở Y tế.", "Đinh Văn Thuận", []string{"BSCKII"}},
		{"Dự có Đại Tá Đinh Văn Thuận, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.", "Đinh Văn Thuận", []string{"Đại tá"}},
		{"Hòa Thượng Thích Minh Tâm tặng quà cho lãnh đạo tỉnh.", "Thích Minh Tâm", []string{"Hòa thượng"}},
		{"Tiếp đoàn có T.s Đinh Văn Thuận - Phó Giám đốc Sở Y tế.", "Đinh Văn Thuận", []string{"TS"}},
		{"Đoàn chủ tịch gồm: nhà giáo Lý Thu Hằng - Hiệu trưởng nhà trường.", "Lý Thu Hằng", []string{"nhà giáo"}},
		{"Tại lễ khai giảng, cô giáo Lý Thu Hằng đọc thư của Chủ tịch nước; thầy giáo Đàm Văn Cường đánh trống.", "Đàm Văn Cường", []string{"thầy giáo"}},
		{"Chủ trì có ThSĐào Thị Ngân, Trưởng khoa.", "Đào Thị Ngân", []string{"ThS"}},
		{"Báo cáo có TSKH Lương Văn Khải, Viện trưởng.", "Lương Văn Khải", []string{"TSKH"}},
		{"Đoàn do TT. Thích Minh Hải, Phó Ban Trị sự tỉnh làm trưởng đoàn đến thăm TT. Phong Điền.", "Thích Minh Hải", []string{"TT"}},
		{"Hội nghị tôn vinh đội ngũ doanh nhân, Thủ tướng Lê Minh Tâm gửi lời chúc mừng.", "Lê Minh Tâm", []string{}},
		{"Về dự có Phó Giáo sư, Tiến sĩ Bùi Văn Sơn, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội.", "Bùi Văn Sơn", []string{"Phó Giáo sư", "Tiến sĩ"}},
		{"Cùng dự có Giáo sư, Tiến sĩ khoa học Vũ Minh Giao.", "Vũ Minh Giao", []string{"Giáo sư", "Tiến sĩ khoa học"}},
		{"Chủ trì hội thảo có Giáo sư, Tiến sĩ Trình Văn Hậu, Viện trưởng Viện Nghiên cứu.", "Trình Văn Hậu", []string{"Giáo sư", "Tiến sĩ"}},
		{"Trình bày báo cáo đề dẫn, GS.TS. Mai Thế Vĩnh phân tích bối cảnh.", "Mai Thế Vĩnh", []string{"GS", "TS"}},
		{"Đồng chí PGS.TS Đặng Thanh Hải, Phó Bí thư Đảng ủy dự và chỉ đạo Đại hội.", "Đặng Thanh Hải", []string{"đồng chí", "PGS", "TS"}},
		{"NGƯT, TS. Lê Đình Thuận, nguyên Trưởng khoa tham luận về đổi mới phương pháp giảng dạy.", "Lê Đình Thuận", []string{"NGƯT", "TS"}},
		{"Báo cáo tại buổi làm việc, TS.BS Huỳnh Thị Thu Cúc cho biết tình hình.", "Huỳnh Thị Thu Cúc", []string{"TS", "BS"}},
		{"Cùng dự có Đại tá Lê Hoà Bình - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.", "Lê Hoà Bình", []string{"Đại tá"}},
		{"Nhà báo Phạm Đức Long - Chủ tịch Hội Nhà báo tỉnh chủ trì tọa đàm.", "Phạm Đức Long", []string{"nhà báo"}},
		{"Chủ tịch tỉnh tiếp Ngài Bolor Ganbat, Đại sứ Mông Cổ tại Việt Nam.", "Bolor Ganbat", []string{"ngài"}},
		{"Dự có T.S Lê Văn Hưng, Phó Trưởng Ban Khoa học.", "Lê Văn Hưng", []string{"TS"}},
		{"Tọa đàm nhắc lại các tác phẩm của nhà thơ Lê Minh Quang, Tố Hải, Trịnh Bảo Ngọc, Đặng Văn Khôi.", "Trịnh Bảo Ngọc", []string{"nhà thơ"}},
		{"Tọa đàm nhắc lại các tác phẩm của nhà thơ Lê Minh Quang, Tố Hải, Trịnh Bảo Ngọc, Đặng Văn Khôi.", "Đặng Văn Khôi", []string{"nhà thơ"}},
		{"Tọa đàm nhắc lại các tác phẩm của nhà thơ Lê Minh Quang, Tố Hải, Trịnh Bảo Ngọc, Đặng Văn Khôi.", "Tố Hải", []string{"nhà thơ"}},
		{"Dự có luật sư Hồ Văn Tám, Trưởng văn phòng luật, Đỗ Thị Vân, Phó Chủ tịch Hội.", "Đỗ Thị Vân", nil},
		{"Tới dự có Giáo sư, Viện sỹ, Tiến sỹ khoa học Lâm Đình Kha.", "Lâm Đình Kha", []string{"Giáo sư", "Viện sỹ", "Tiến sỹ khoa học"}},
		{"Giao lưu có nhạc sỹ Hà Quang Lộc và họa sỹ Đinh Thu Vân.", "Hà Quang Lộc", []string{"nhạc sỹ"}},
		{"Giao lưu có nhạc sỹ Hà Quang Lộc và họa sỹ Đinh Thu Vân.", "Đinh Thu Vân", []string{"họa sỹ"}},
		{"Giải đấu có sự tham gia của Đại võ sư Tôn Thất Hòa và võ sư Phan Văn Bảy.", "Tôn Thất Hòa", []string{"đại võ sư"}},
		{"Giải đấu có sự tham gia của Đại võ sư Tôn Thất Hòa và võ sư Phan Văn Bảy.", "Phan Văn Bảy", []string{"võ sư"}},
		{"Cùng dự có GS, TS Ir. Bambang Setiadi Wijaya, Hiệu trưởng Trường Đại học Surabaya.", "Bambang Setiadi Wijaya", []string{"GS", "TS", "Ir"}},
		{"Phát biểu chào mừng có Prof. Dr. Maria Hoffmann, Phó Hiệu trưởng Đại học Leipzig.", "Maria Hoffmann", []string{"Prof", "Dr"}},
		{"Đại sứ tiếp ÔngJohn Miller, Giám đốc quỹ.", "John Miller", []string{"ông"}},
		{"Các đồng chí Lê Văn Khang - Bí thư Huyện ủy; Phan Thị Ngọc - Giám đốc Sở Tư pháp và đồng chí Đỗ Minh Trí - Chủ tịch UBND huyện được khen thưởng.", "Phan Thị Ngọc", []string{"đồng chí"}},
		{"Thay mặt Ban Chấp hành, anh Đỗ Minh Khang, Bí thư Huyện Đoàn đọc diễn văn khai mạc.", "Đỗ Minh Khang", []string{"anh"}},
		{"Chị Lê Thu Hà và anh hùng lao động Vũ Đình Thắng cùng dự.", "Vũ Đình Thắng", []string{}},
		{"Bà Nguyễn Thị Kim Liên, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh chủ trì tọa đàm.", "Nguyễn Thị Kim Liên", []string{"bà"}},
		{"Cùng dự có các đồng chí: Phạm Văn Khải, Phó Trưởng Ban Tuyên giáo Tỉnh ủy; Huỳnh Thị Ngọc Yến, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.", "Huỳnh Thị Ngọc Yến", []string{"đồng chí"}},
		{"Tiếp đoàn tại trụ sở có các ông: Lê Văn Khang, Giám đốc Sở Xây dựng; Phan Minh Ngọc, Phó Giám đốc Sở Tài chính.", "Phan Minh Ngọc", []string{"ông"}},
		{"Về dự buổi lễ có các bà: Lê Thu Hà, Chủ tịch Hội Phụ nữ tỉnh; Phan Thị Ngọc, Phó Chủ tịch.", "Phan Thị Ngọc", []string{"bà"}},
		{"Về dự và chỉ đạo Hội nghị chi bộ có đồng chí: Lê Văn Khang - Phó Bí thư Đảng ủy Khối.", "Lê Văn Khang", []string{"đồng chí"}},
		{"Dự buổi làm việc có đồng chí Lê Văn Khang, Phó Chủ tịch UBND tỉnh; Phan Thị Ngọc, Giám đốc Sở Tư pháp.", "Phan Thị Ngọc", []string{"đồng chí"}},
		{"Đồng chí Lê Văn Khang, Giám đốc Sở cùng các đồng chí Phó Giám đốc Sở Phan Thị Ngọc, Đỗ Minh Trí chủ trì hội nghị.", "Đỗ Minh Trí", []string{"đồng chí"}},
		{"Dự buổi làm việc có đồng chí Lê Văn Khang, Phó Chủ tịch UBND tỉnh; Giám đốc Sở Tư pháp Phan Thị Ngọc.", "Phan Thị Ngọc", []string{}},
		{"Đây là ý kiến kết luận của đồng chí Bí thư Thành ủy Trần Văn Hòa tại buổi làm việc.", "Trần Văn Hòa", []string{"đồng chí"}},
		{"Sau phần chào mừng của GS,TS. Olena Marchenko, Trưởng Khoa Kinh tế quốc tế, bốn tham luận đã được trình bày.", "Olena Marchenko", []string{"GS", "TS"}},
		{"TSKH Nghiêm Xuân Hòa, nguyên Phó Viện trưởng Viện Khoa học xã hội vùng Trung Bộ dự hội thảo.", "Nghiêm Xuân Hòa", []string{"TSKH"}},
		{"Chủ trì tọa đàm có GSTS Hà Minh Tuấn, Giám đốc Đại học Vinh.", "Hà Minh Tuấn", []string{"GS", "TS"}},
		{"NGƯT, ThS.BS Đinh Thị Mai, Hiệu trưởng Trường Cao đẳng Y tế tham luận.", "Đinh Thị Mai", []string{"NGƯT", "ThS", "BS"}},
		{"Tham luận của luật sư Phạm Quốc Dũng, Phó Chủ tịch Đoàn Luật sư tỉnh.", "Phạm Quốc Dũng", []string{"luật sư"}},
		{"Đ/c Vương Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.", "Vương Thị Lan", []string{"đồng chí"}},
		{"Thầy thuốc Nhân dân, PGS.TS Vương Thị Lan, Giám đốc Bệnh viện tỉnh phát biểu.", "Vương Thị Lan", []string{"TTND", "PGS", "TS"}},
		{"Tham luận của PGSTS Lý Thu Hằng được đánh giá cao.", "Lý Thu Hằng", []string{"PGS", "TS"}},
		{"Báo cáo đề dẫn do GS.TSKH Bạch Văn Lộc trình bày.", "Bạch Văn Lộc", []string{"GS", "TSKH"}},
		{"GSTS Trình Văn Khải, Viện trưởng Viện Kinh tế biển phát biểu.", "Trình Văn Khải", []string{"GS", "TS"}},
		{"Các đồng chí Lê Văn Hòa và Đỗ Minh Trí được bầu làm Phó Bí thư Huyện ủy.", "Đỗ Minh Trí", []string{"đồng chí"}},
		{"Dự lễ có Thiếu tưởng Lê Văn Tám, Phó Tư lệnh Quân khu.", "Lê Văn Tám", []string{"Thiếu tưởng"}},
		{"Đoàn Chủ tịch Đại hội gồm 3 đồng chí: Lê Văn Tâm, Trần Thị Hoa và Đỗ Minh Trí.", "Đỗ Minh Trí", []string{"đồng chí"}},
		{"Dự có các đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy; Đại tá Đỗ Minh Trí, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.", "Đỗ Minh Trí", []string{"Đại tá", "đồng chí"}},
		{"Dự có đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy; GS.TS Đỗ Minh Trí, Viện trưởng.", "Đỗ Minh Trí", []string{"GS", "TS"}},
		{"Tổ đại biểu gồm các ông Lê Văn Khải, Phó Ban Tổ chức Tỉnh ủy; Đỗ Minh Trí, Chánh Thanh tra tỉnh.", "Đỗ Minh Trí", []string{"ông"}},
		{"Dự có các bà Lê Thị Hoa, Trần Thị Mơ và Phan Thị Ngọc.", "Phan Thị Ngọc", []string{"bà"}},
		{"Anh Trần Quốc Huy - Bí thư Tỉnh đoàn phát biểu tại đại hội.", "Trần Quốc Huy", []string{"anh"}},
		{"Thầy Lê Văn Khoa – Hiệu trưởng nhà trường phát biểu khai giảng.", "Lê Văn Khoa", []string{"thầy"}},
		{"Dự lễ có cô Trần Thị Mơ, Phó Hiệu trưởng.", "Trần Thị Mơ", []string{"cô"}},
		{"Tới dự có đ/c Lê Văn Hòa - Bí thư Huyện ủy, Đỗ Minh Trí – Phó Bí thư Thường trực, Phan Thị Ngọc – Chủ tịch UBND huyện.", "Phan Thị Ngọc", []string{"đồng chí"}},
		{"Các đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Đỗ Minh Trí, Chủ tịch UBND tỉnh dự.", "Đỗ Minh Trí", []string{"đồng chí"}},
	}
	for _, tt := range tests {
		t.Run(tt.person, func(t *testing.T) {
			p, ok := personNamed(peopleOf(t, tt.text), tt.person)
			if !ok {
				t.Fatalf("%s not found", tt.person)
			}
			if !slices.Equal(p.Honorifics, tt.want) {
				t.Errorf("honorifics = %q, want %q", p.Honorifics, tt.want)
			}
		})
	}
}

func TestPositions(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               []string
	}{
		{"offices abbreviated in one word, as district sites write them",
			"Dự có đồng chí Lò Văn Kim, UVBTVHU, Trưởng Ban Dân vận HU; đồng chí Lê Văn Hùng, PCTUBND huyện.",
			"Lò Văn Kim", []string{"UVBTVHU", "Trưởng Ban Dân vận HU"}},
		{"an office whose body holds a comma, then a name, is the next person's",
			"Dự có Thứ trưởng Bộ Công an Đặng Văn Hòa, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lâm Thị Thu Hà và các đại biểu.",
			"Đặng Văn Hòa", []string{"Thứ trưởng Bộ Công an"}},
		{"so is one whose body holds a dashed place name",
			"Dự có Thứ trưởng Bộ Công an Đặng Văn Hòa, Bí thư Tỉnh ủy Thừa Thiên – Huế Lâm Văn Tuấn và các đại biểu.",
			"Lâm Văn Tuấn", []string{"Bí thư Tỉnh ủy Thừa Thiên – Huế"}},
		{"but a title after the comma opens the next person, and the office before it stays",
			"Dự có Tiến sỹ Đặng Văn Hòa- Phó viện trưởng Viện Cây trồng miền núi, Thạc sỹ Lâm Văn Tuấn- Trưởng phòng Kế hoạch.",
			"Đặng Văn Hòa", []string{"Phó viện trưởng Viện Cây trồng miền núi"}},
		{"a hyphen with no spaces after a Party committee or a territory joins two offices",
			"Dự có ông Trần Văn Bảo, Ủy viên Ban Thường vụ Huyện ủy-Phó Chủ tịch UBND huyện-Trưởng Ban Chỉ đạo giảm nghèo của huyện.",
			"Trần Văn Bảo", []string{"Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo giảm nghèo của huyện"}},
		{"a stack of offices after the chair's genitive is the chair's from its first office",
			"Phiên họp diễn ra dưới sự chủ tọa của Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng thủ dân sự tỉnh Lò Văn Khánh.",
			"Lò Văn Khánh", []string{"Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo phòng thủ dân sự tỉnh"}},
		{"so is one after 'do'", "Đoàn công tác do Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Cầm Văn Dũng làm trưởng đoàn.",
			"Cầm Văn Dũng", []string{"Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"}},
		{"but an office after the genitive of an assignment is the assigner's", "Được sự phân công của Hiệu trưởng, TS Lê Thị Hoa, Trưởng khoa Luật dự hội nghị.",
			"Lê Thị Hoa", []string{"Trưởng khoa Luật"}},
		{"the comma of 'Phát thanh, truyền hình' stays inside the body's name", "Dự có đồng chí Lò Văn Khánh - Tỉnh ủy viên, Giám đốc Báo và Phát thanh, truyền hình Lai Châu; các phó giám đốc.",
			"Lò Văn Khánh", []string{"Tỉnh ủy viên", "Giám đốc Báo và Phát thanh, truyền hình Lai Châu"}},
		{"a board of an economic zone 'và các Khu công nghiệp' is one body", "Ông Lò Văn Khánh, Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh chia sẻ kinh nghiệm.",
			"Lò Văn Khánh", []string{"Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh"}},
		{"the head of an emulation cluster is an office of its own", "Tại buổi làm việc, ông Lò Văn Khánh - Chủ tịch Liên minh hợp tác xã tỉnh – Cụm trưởng Cụm thi đua số 3 đã thông qua dự thảo báo cáo.",
			"Lò Văn Khánh", []string{"Chủ tịch Liên minh hợp tác xã tỉnh", "Cụm trưởng Cụm thi đua số 3"}},
		{"acting on another's authority ends the office, after the body it belongs to", "Ông Lò Văn Khánh, Giám đốc Trung tâm Lưu trữ quốc gia, Bộ Nội vụ thừa ủy quyền của Bộ trưởng trao bằng khen cho nhà trường.",
			"Lò Văn Khánh", []string{"Giám đốc Trung tâm Lưu trữ quốc gia, Bộ Nội vụ"}},
		{"'nông thôn' before a name is no hamlet: the name is the next person's", "Bộ trưởng Bộ Công Thương Lò Văn Khánh, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Cầm Văn Dũng đồng chủ trì hội nghị.",
			"Lò Văn Khánh", []string{"Bộ trưởng Bộ Công Thương"}},
		{"a branch's seat after a body whose name holds an abbreviation's dot", "Dự có ông Lò Văn Khánh, Giám đốc Phân hiệu Trường Đại học Y TP. Hồ Chí Minh tại Kon Tum; bà Lê Thị Hoa, Giám đốc Sở.",
			"Lò Văn Khánh", []string{"Giám đốc Phân hiệu Trường Đại học Y TP. Hồ Chí Minh tại Kon Tum"}},
		{"offices stacked before titles written with dot and comma", "Ngày 5/9, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Giáo dục và Đào tạo, GS., TS. Cầm Văn Dũng đã dự lễ khai giảng.",
			"Cầm Văn Dũng", []string{"Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Giáo dục và Đào tạo"}},
		{"a welcome ends the office", "GS.TS Cầm Văn Dũng - Hiệu trưởng chào đón các tân sinh viên.",
			"Cầm Văn Dũng", []string{"Hiệu trưởng"}},
		{"gladness ends the office", "GS.TS Cầm Văn Dũng, Chủ tịch Hội đồng trường vui mừng chào đón các tân sinh viên.",
			"Cầm Văn Dũng", []string{"Chủ tịch Hội đồng trường"}},
		{"a call on others ends the office", "Ông Lò Văn Khánh, Chủ tịch UBND tỉnh kêu gọi các doanh nghiệp tham gia.",
			"Lò Văn Khánh", []string{"Chủ tịch UBND tỉnh"}},
		{"a tour ends the office", "Bà Lê Thị Hoa, Chủ tịch HĐND tỉnh tham quan khu trưng bày sản phẩm OCOP.",
			"Lê Thị Hoa", []string{"Chủ tịch HĐND tỉnh"}},
		{"an adverb of sequence ends the office", "Ông Cầm Văn Dũng, Bí thư Tỉnh đoàn lần lượt trao quà cho các em.",
			"Cầm Văn Dũng", []string{"Bí thư Tỉnh đoàn"}},
		{"a declaration ends the office", "TS. Lê Thị Hoa, Phó Trưởng khoa Khoa Quản lý nhà nước tuyên bố lý do, giới thiệu đại biểu.",
			"Lê Thị Hoa", []string{"Phó Trưởng khoa Khoa Quản lý nhà nước"}},
		{"after a dash, split at the comma before an office",
			"Dự Hội nghị có PGS, TS. Phạm Minh Tuấn - Ủy viên Ban Thường vụ Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh, Giám đốc Học viện Chính trị khu vực II; TS. Nguyễn Tấn Vinh - Phó Bí thư Đảng ủy, Phó Giám đốc Học viện Chính trị khu vực II.",
			"Phạm Minh Tuấn", []string{"Ủy viên Ban Thường vụ Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh", "Giám đốc Học viện Chính trị khu vực II"}},
		{"a two-syllable name between an office and 'và <office>' ends the window of the next office",
			"Chủ tịch nước Lò Mạnh và Tổng thống Cộng hòa Séc Pavel Novák đã hội đàm.",
			"Pavel Novák", []string{"Tổng thống Cộng hòa Séc"}},
		{"after a ';', an office of one's own written first is past the list that shares an office",
			"Dự có các Phó Chủ tịch UBND huyện: Lò Văn Khánh, Tòng Thị Mai; Trưởng ban Dân vận Huyện ủy Cầm Văn Dũng và đại diện các xã.",
			"Cầm Văn Dũng", []string{"Trưởng ban Dân vận Huyện ủy"}},
		{"the Youth Union's central committee abbreviated before the name",
			"Dự có Bí thư thường trực BCH T.Ư Đoàn Lê Văn Tâm và các đại biểu.",
			"Lê Văn Tâm", []string{"Bí thư thường trực BCH T.Ư Đoàn"}},
		{"a department of culture and information, written with 'thông tin' in lower case",
			"Dự có ông Lê Văn Tâm, Trưởng phòng Văn hoá thông tin, UBND thành phố; bà Lê Thị Hoa, Phó trưởng phòng Quản lý Du lịch.",
			"Lê Văn Tâm", []string{"Trưởng phòng Văn hoá thông tin, UBND thành phố"}},
		{"a coordinating office named by its remit after 'về'",
			"Dự có ông Lê Văn Tâm, Chánh Văn phòng điều phối về biến đổi khí hậu tỉnh và các đại biểu.",
			"Lê Văn Tâm", []string{"Chánh Văn phòng điều phối về biến đổi khí hậu tỉnh"}},
		{"a caption's verb in capitals ends the office",
			"Ông Lê Văn Tâm – Phó Chánh Văn phòng Điều phối nông thôn mới Trung ương Phát biểu tại hội thảo",
			"Lê Văn Tâm", []string{"Phó Chánh Văn phòng Điều phối nông thôn mới Trung ương"}},
		{"a side's opening in capitals where a full stop is missing ends the office",
			"Dự có ông Lê Văn Tâm - Phó Chủ tịch UBND tỉnh Về phía Bộ Công Thương có ông Trần Văn Cần.",
			"Lê Văn Tâm", []string{"Phó Chủ tịch UBND tỉnh"}},
		{"a steering board's remit listed with commas may end in a sector's name in capitals",
			"Sáng 9/5, Phó Chủ tịch UBND tỉnh Lê Văn Tâm, Trưởng Ban Chỉ đạo các dự án, công trình trọng điểm ngành Giao thông chủ trì phiên họp.",
			"Lê Văn Tâm", []string{"Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo các dự án, công trình trọng điểm ngành Giao thông"}},
		{"the short name of the office's own body in brackets is no part of it",
			"Sáng 9/5, ông Lê Văn Tâm, Trưởng Ban Quản lý dự án đầu tư xây dựng tỉnh (Ban Quản lý) chủ trì cuộc họp.",
			"Lê Văn Tâm", []string{"Trưởng Ban Quản lý dự án đầu tư xây dựng tỉnh"}},
		{"one acronym in brackets after the body is its short name, written with the office",
			"Dự có ông Lê Văn Ba, Giám đốc Quỹ Phát triển nông nghiệp (IFAD); ông Trần Văn Hai, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh (CDC) phát biểu.",
			"Trần Văn Hai", []string{"Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh (CDC)"}},
		{"the parent body in brackets may hold commas and dashes",
			"Dự có bà Lê Thị Hoa, Phó Cục trưởng Cục Di sản (Bộ Văn hóa, Thể thao và Du lịch); ông Lê Văn Ba, Trưởng khoa Toán (Đại học Sư phạm - Đại học Huế).",
			"Lê Thị Hoa", []string{"Phó Cục trưởng Cục Di sản (Bộ Văn hóa, Thể thao và Du lịch)"}},
		{"a caption's photo ends the office",
			"Ông Lê Văn Châu, Chủ tịch Hội Cựu chiến binh tỉnh chụp ảnh lưu niệm với các hội viên.",
			"Lê Văn Châu", []string{"Chủ tịch Hội Cựu chiến binh tỉnh"}},
		{"a committee of the National Assembly is named by its remit after 'về'",
			"Ông Lê Văn Tấn - Phó Chủ nhiệm Ủy ban về người Việt Nam ở nước ngoài cho biết thêm.",
			"Lê Văn Tấn", []string{"Phó Chủ nhiệm Ủy ban về người Việt Nam ở nước ngoài"}},
		{"the occasion of an act ends the office",
			"Đồng chí Trần Văn Tú, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhân kỷ niệm 60 năm Ngày truyền thống ngành Kiểm tra Đảng đã gửi thư chúc mừng.",
			"Trần Văn Tú", []string{"Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"}},
		{"a body alone after the office stays with it before 'và' and the next person",
			"Bà Lê Thị Hoa, Trưởng khoa, Khoa Luật và ông Lê Văn Giang, Viện trưởng Viện Chiến lược đồng chủ trì Hội thảo.",
			"Lê Thị Hoa", []string{"Trưởng khoa, Khoa Luật"}},
		{"an expert's standing is the office, and the chair's verb follows it",
			"Tọa đàm do TS. Lê Văn Tâm, Chuyên gia - Viện Kinh tế Việt Nam chủ trì.",
			"Lê Văn Tâm", []string{"Chuyên gia - Viện Kinh tế Việt Nam"}},
		{"a stack of offices before the second of two people joined by 'và'",
			"Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc Lê Thị Hoa và Thứ trưởng, Phó Chủ nhiệm UBDT Trần Văn Tơr đồng chủ trì phiên họp.",
			"Trần Văn Tơr", []string{"Thứ trưởng", "Phó Chủ nhiệm UBDT"}},
		{"the head of a body named by its acronym opens an office of its own",
			"Dự giải có ông Lê Văn Út - Chủ tịch UBND xã - Trưởng BCĐ phòng chống ma túy xã; đồng chí Lê Văn Kích - Nguyên Giám đốc Sở Nội vụ, Nguyên Trưởng THADS huyện.",
			"Lê Văn Kích", []string{"Nguyên Giám đốc Sở Nội vụ", "Nguyên Trưởng THADS huyện"}},
		{"a body's short name in brackets inside an office written before the name",
			"Chủ tịch Liên đoàn Lao động (LĐLĐ) tỉnh Lê Phúc Linh cùng lãnh đạo các sở dự lễ.",
			"Lê Phúc Linh", []string{"Chủ tịch Liên đoàn Lao động (LĐLĐ) tỉnh"}},
		{"a body's short name in brackets, then its level",
			"Sáng 5/1, bà Lê Thị Hoa, Trưởng Công an huyện, Phó Chủ tịch Hội đồng Nghĩa vụ quân sự (HĐNVQS) huyện chủ trì phiên giao ban quý I.",
			"Lê Thị Hoa", []string{"Trưởng Công an huyện", "Phó Chủ tịch Hội đồng Nghĩa vụ quân sự (HĐNVQS) huyện"}},
		{"the office held, then 'của' and the person",
			"Kỳ họp bãi nhiệm chức Chủ tịch HĐND thành phố của ông Lê Văn Hòa.",
			"Lê Văn Hòa", []string{"Chủ tịch HĐND thành phố"}},
		{"an adverb opening the predicate after an office",
			"Buổi lễ có đồng chí Lê Văn Hòa, Phó Thủ tướng Chính phủ trực tiếp tham dự và trao quà.",
			"Lê Văn Hòa", []string{"Phó Thủ tướng Chính phủ"}},
		{"a consul's seat in a city written as an acronym",
			"Lãnh đạo tỉnh tiếp ông Châu Kiến Bình, Tổng Lãnh sự Trung Quốc tại TPHCM.",
			"Châu Kiến Bình", []string{"Tổng Lãnh sự Trung Quốc tại TPHCM"}},
		{"an adverb before the verb of agreement ends the office; a body's 'xây dựng cơ bản' does not",
			"Phát biểu kết luận, đồng chí Lò Văn Hải, Chủ tịch UBND huyện cơ bản nhất trí với dự thảo quy chế phối hợp. Ông Vi Văn Tâm, Trưởng Ban Quản lý dự án đầu tư xây dựng cơ bản huyện dự.",
			"Lò Văn Hải", []string{"Chủ tịch UBND huyện"}},
		{"an adverb before the verb of agreement ends the office; a body's 'xây dựng cơ bản' does not",
			"Phát biểu kết luận, đồng chí Lò Văn Hải, Chủ tịch UBND huyện cơ bản nhất trí với dự thảo quy chế phối hợp. Ông Vi Văn Tâm, Trưởng Ban Quản lý dự án đầu tư xây dựng cơ bản huyện dự.",
			"Vi Văn Tâm", []string{"Trưởng Ban Quản lý dự án đầu tư xây dựng cơ bản huyện"}},
		{"a list opened by the members' office, 'gồm' and their address words",
			"Các đại biểu Quốc hội tỉnh gồm các ông, bà: Lường Văn Đông, Hà Thị Mây đã tiếp xúc cử tri xã.",
			"Hà Thị Mây", []string{"đại biểu Quốc hội tỉnh"}},
		{"a list opened by the members' office and 'gồm:'",
			"Các đại biểu Quốc hội tỉnh gồm: Lường Văn Đông, Hà Thị Mây đã tiếp xúc cử tri xã.",
			"Lường Văn Đông", []string{"đại biểu Quốc hội tỉnh"}},
		{"a city abbreviated before its acronym, 'TP. HCM', stays in the office",
			"Dự có ông Vương Đình Khải, Phó Chủ tịch Hội Luật gia TP. HCM, và bà Lê Thị Hoa.",
			"Vương Đình Khải", []string{"Phó Chủ tịch Hội Luật gia TP. HCM"}},
		{"two offices glued by a hyphen after an office's last syllable; a body's name keeps its hyphen",
			"Dự có ông Trần Văn Bảo, Phó Giám đốc-Phó Tổng Biên tập Đài Phát thanh tỉnh, và bà Lê Thị Hoa, Giám đốc Sở Tài chính-Kế hoạch.",
			"Trần Văn Bảo", []string{"Phó Giám đốc", "Phó Tổng Biên tập Đài Phát thanh tỉnh"}},
		{"the chair's part after the office, between dashes, is no office",
			"Về phía Viện có TS. Lưu Đức Hạnh - Viện trưởng - Chủ trì tọa đàm; TS. Mạc Văn Thuận - Phó Viện trưởng.",
			"Lưu Đức Hạnh", []string{"Viện trưởng"}},
		{"a steering board's remit listed with commas in lower case, up to the verb",
			"Sáng 3/4, đồng chí Hà Minh Tuệ, Trưởng Ban Chỉ đạo sắp xếp, đổi mới doanh nghiệp nhà nước, cổ phần hóa đã chủ trì phiên họp.",
			"Hà Minh Tuệ", []string{"Trưởng Ban Chỉ đạo sắp xếp, đổi mới doanh nghiệp nhà nước, cổ phần hóa"}},
		{"a representative office and its seat, after a ministry's hyphenated acronym",
			"Dự có ông Đỗ Hữu Lộc, Phó Giám đốc cơ quan đại diện Bộ LĐ-TBXH tại Đà Nẵng và bà Trần Thị Hòa.",
			"Đỗ Hữu Lộc", []string{"Phó Giám đốc cơ quan đại diện Bộ LĐ-TBXH tại Đà Nẵng"}},
		{"a national steering board's remit after 'về', listed with commas, ending in 'và chuyển đổi số'",
			"Dự có đồng chí Lương Tam Quang, Phó Trưởng Ban Chỉ đạo Trung ương về hoàn thiện thể chế, cải cách hành chính, phát triển chính quyền điện tử và chuyển đổi số quốc gia phát biểu chỉ đạo.",
			"Lương Tam Quang", []string{"Phó Trưởng Ban Chỉ đạo Trung ương về hoàn thiện thể chế, cải cách hành chính, phát triển chính quyền điện tử và chuyển đổi số quốc gia"}},
		{"the union of science and technology associations, its fields in lower case",
			"Ông Đặng Quốc Việt, Ủy viên Ban Thường vụ Liên hiệp các hội khoa học và kỹ thuật thành phố phát biểu khai mạc.",
			"Đặng Quốc Việt", []string{"Ủy viên Ban Thường vụ Liên hiệp các hội khoa học và kỹ thuật thành phố"}},
		{"a search-and-rescue board's name after 'và'",
			"Đồng chí Mai Văn Thành, Đội trưởng Đội xung kích phòng, chống thiên tai và tìm kiếm cứu nạn xã chủ trì buổi diễn tập.",
			"Mai Văn Thành", []string{"Đội trưởng Đội xung kích phòng, chống thiên tai và tìm kiếm cứu nạn xã"}},
		{"the chair's part between dashes is no office; the offices after it are",
			"Cuối buổi, đồng chí Hà Văn Quý – Chủ trì hội nghị – Chủ tịch UBND xã đã kết luận.",
			"Hà Văn Quý", []string{"Chủ tịch UBND xã"}},
		{"after a semicolon, offices parted by a comma that end in a name are the next person's",
			"Dự có Bí thư Trung ương Đảng Đỗ Văn Chinh - Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; Nguyên Phó Chủ tịch Quốc hội, nguyên Trưởng Ban Kinh tế Trung ương Hà Thị Khuê; lãnh đạo các bộ.",
			"Đỗ Văn Chinh", []string{"Bí thư Trung ương Đảng", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"}},
		{"a steering board named after evils listed with commas, in lower case",
			"Dự có đồng chí Đặng Văn Phú - Phó Bí thư Huyện ủy, Phó Trưởng Ban Chỉ đạo huyện về phòng, chống tham nhũng, lãng phí; ông Lê Văn Hải.",
			"Đặng Văn Phú", []string{"Phó Bí thư Huyện ủy", "Phó Trưởng Ban Chỉ đạo huyện về phòng, chống tham nhũng, lãng phí"}},
		{"a board's territory after 'trên địa bàn' and its second field after 'và' are the office's",
			"Bà Lò Thị Hạnh, Trưởng Ban Chỉ đạo chống buôn lậu, gian lận thương mại trên địa bàn huyện chủ trì. Ông Vi Văn Tám, Phó Trưởng Ban Chỉ đạo kiểm kê dân số và nhà ở huyện dự.",
			"Lò Thị Hạnh", []string{"Trưởng Ban Chỉ đạo chống buôn lậu, gian lận thương mại trên địa bàn huyện"}},
		{"a census board's name with 'và nhà ở'",
			"Bà Lò Thị Hạnh, Trưởng Ban Chỉ đạo chống buôn lậu, gian lận thương mại trên địa bàn huyện chủ trì. Ông Vi Văn Tám, Phó Trưởng Ban Chỉ đạo kiểm kê dân số và nhà ở huyện dự.",
			"Vi Văn Tám", []string{"Phó Trưởng Ban Chỉ đạo kiểm kê dân số và nhà ở huyện"}},
		{"a lower-case clause after the office's comma is no topic of a board",
			"Bà Trần Thị Lan, Phó Chủ tịch UBND huyện, tìm kiếm giải pháp. Đồng chí Lò Văn Sơn, Chủ tịch HĐND huyện điểm qua kết quả năm 2023.",
			"Trần Thị Lan", []string{"Phó Chủ tịch UBND huyện"}},
		{"a verb of going over results ends the office",
			"Bà Trần Thị Lan, Phó Chủ tịch UBND huyện, tìm kiếm giải pháp. Đồng chí Lò Văn Sơn, Chủ tịch HĐND huyện điểm qua kết quả năm 2023.",
			"Lò Văn Sơn", []string{"Chủ tịch HĐND huyện"}},
		{"a capitalised address word between the office's place and the name",
			"Tại điểm cầu tỉnh có Giám đốc Sở Xây dựng Long An Ông Lò Văn Sơn, cùng các phòng chuyên môn.",
			"Lò Văn Sơn", []string{"Giám đốc Sở Xây dựng Long An"}},
		{"an office won in the election is no position in the mentions after it",
			"Đại hội đã bầu Ban Chấp hành khóa mới. Đại tá Lò Văn Sơn, Chính ủy Sư đoàn được bầu giữ chức Bí thư Đảng ủy Sư đoàn. Phát biểu bế mạc, Đại tá Lò Văn Sơn, Bí thư Đảng ủy, Chính ủy Sư đoàn cảm ơn đại biểu.",
			"Lò Văn Sơn", []string{"Chính ủy Sư đoàn"}},
		{"an office held before and won again stays",
			"Dự có ông Lê Văn Hòa, Phó Bí thư Chi bộ. Tại phiên họp thứ nhất, ông Lê Văn Hòa được bầu giữ chức Phó Bí thư Chi bộ.",
			"Lê Văn Hòa", []string{"Phó Bí thư Chi bộ"}},
		{"a list opener's offices parted by a comma are two offices of each member",
			"Dự có các đồng chí Huyện ủy viên, Phó Chủ tịch UBND huyện: Lê Minh Tâm, Trưởng ban Chỉ đạo chuyển đổi số; Hà Văn Lực, Trưởng ban An toàn giao thông.",
			"Hà Văn Lực", []string{"Trưởng ban An toàn giao thông", "Huyện ủy viên", "Phó Chủ tịch UBND huyện"}},
		{"recalling history ends the office",
			"Tại buổi lễ, ông Lê Minh Tâm, Phó Trưởng Ban Dân vận Huyện ủy ôn lại truyền thống của huyện.",
			"Lê Minh Tâm", []string{"Phó Trưởng Ban Dân vận Huyện ủy"}},
		{"the Youth Union of a place's body after a secretary's title is the office's, no person",
			"Dự có anh Lò Văn Sơn, Phó Bí thư Đoàn Than Quảng Ninh; ông Hà Văn Lực, Bí thư Đoàn Văn Hải nói.",
			"Lò Văn Sơn", []string{"Phó Bí thư Đoàn Than Quảng Ninh"}},
		{"offices written short: UV, TGĐ",
			"Dự có ông Lò Văn Sơn – UV Ban Chấp hành Công đoàn ngành Dệt May, Phó TGĐ Tập đoàn Dệt May.",
			"Lò Văn Sơn", []string{"UV Ban Chấp hành Công đoàn ngành Dệt May", "Phó TGĐ Tập đoàn Dệt May"}},
		{"a body's name with a hyphen stays one office",
			"Dự có ông Trần Văn Bảo, Phó Giám đốc-Phó Tổng Biên tập Đài Phát thanh tỉnh, và bà Lê Thị Hoa, Giám đốc Sở Tài chính-Kế hoạch.",
			"Lê Thị Hoa", []string{"Giám đốc Sở Tài chính-Kế hoạch"}},
		{"a titled speaker's body after a comma stands for the office",
			"Tại hội thảo, PGS.TS Đinh Thu Hà, Viện Khoa học Thủy lợi trình bày những thách thức trong quản lý nước.",
			"Đinh Thu Hà", []string{"Viện Khoa học Thủy lợi"}},
		{"a list of titled members with their bodies after commas",
			"Dự hội thảo có TS Lê Văn An, Bộ Tài nguyên và Môi trường; ThS Trần Thị Bích, Sở Khoa học và Công nghệ tỉnh.",
			"Trần Thị Bích", []string{"Sở Khoa học và Công nghệ tỉnh"}},
		{"representing a body after a comma is the position, with its host country",
			"Dự hội thảo có bà Helga Brandt, đại diện UNICEF tại Việt Nam; ông Lê Văn Tuấn, đại diện Sở Xây dựng.",
			"Helga Brandt", []string{"đại diện UNICEF tại Việt Nam"}},
		{"an organisation named by its acronym after 'tổ chức' is the office's",
			"Dự hội thảo có TS. Văn Ngọc Lâm – Giám đốc tổ chức CARE Việt Nam.",
			"Văn Ngọc Lâm", []string{"Giám đốc tổ chức CARE Việt Nam"}},
		{"a stack of offices before the name, after an address word",
			"Hội nghị có sự tham dự của đồng chí Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nông Văn Thạch.",
			"Nông Văn Thạch", []string{"Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"}},
		{"a stack of offices before the name, after an abbreviated address word",
			"Dự hội nghị có đ/c Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nông Văn Thạch.",
			"Nông Văn Thạch", []string{"Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"}},
		{"the body one is in charge of, after a comma, is an office of its own",
			"Dự có ông Kha Văn Tùng, Phó Chủ tịch Thường trực, phụ trách Hội Nông dân huyện.",
			"Kha Văn Tùng", []string{"Phó Chủ tịch Thường trực", "phụ trách Hội Nông dân huyện"}},
		{"beating the opening drum ends the office",
			"Tại buổi lễ, ông Hà Văn Lực, Bí thư Huyện ủy đánh trống khai giảng năm học mới.",
			"Hà Văn Lực", []string{"Bí thư Huyện ủy"}},
		{"an executive board is a body, not the verb of chairing",
			"Phát biểu có TS. Kha Minh Đức, Trưởng Ban điều hành, Mạng lưới Giảng viên trẻ.",
			"Kha Minh Đức", []string{"Trưởng Ban điều hành, Mạng lưới Giảng viên trẻ"}},
		{"a region's name ending in Á ends the sentence, not an abbreviation",
			"Dự có TS. Kha Minh Đức - Phó Trưởng phòng Đào tạo, Trường Đại học Đông Á. Về phía Đại học Huế có TS. Lê Văn Nam.",
			"Kha Minh Đức", []string{"Phó Trưởng phòng Đào tạo, Trường Đại học Đông Á"}},
		{"an affiliation then a group lead after dashes: two positions",
			"Trình bày tham luận có PGS.TS Lạc Văn Hiền - Viện Cơ học - Viện Hàn lâm KHCN Việt Nam - Trưởng nhóm nghiên cứu.",
			"Lạc Văn Hiền", []string{"Viện Cơ học - Viện Hàn lâm KHCN Việt Nam", "Trưởng nhóm nghiên cứu"}},
		{"abbreviated party offices after the name",
			"Dự đại hội có đồng chí Kha Văn Tùng, UVBCS Đảng bộ Bộ Xây dựng, ĐUV, Chủ tịch Công đoàn ngành.",
			"Kha Văn Tùng", []string{"UVBCS Đảng bộ Bộ Xây dựng", "ĐUV", "Chủ tịch Công đoàn ngành"}},
		{"an agreement verb ends the office after the name",
			"Ông Lục Văn Khải, Giám đốc Sở Xây dựng tỉnh nhất trí tiếp thu ý kiến; bà Phí Thị Lan, Trưởng phòng Quản lý đô thị huyện đồng ý với đề xuất.",
			"Lục Văn Khải", []string{"Giám đốc Sở Xây dựng tỉnh"}},
		{"an agreement verb ends the office after the name, đồng ý",
			"Ông Lục Văn Khải, Giám đốc Sở Xây dựng tỉnh nhất trí tiếp thu ý kiến; bà Phí Thị Lan, Trưởng phòng Quản lý đô thị huyện đồng ý với đề xuất.",
			"Phí Thị Lan", []string{"Trưởng phòng Quản lý đô thị huyện"}},
		{"our envoy after a one-word host country",
			"Buổi gặp có Đại sứ Việt Nam tại Pháp Đoàn Minh Khôi và Đại sứ Việt Nam tại Singapore Lê Hạnh.",
			"Đoàn Minh Khôi", []string{"Đại sứ Việt Nam tại Pháp"}},
		{"our envoy after a one-word host country, a two-word name",
			"Buổi gặp có Đại sứ Việt Nam tại Pháp Đoàn Minh Khôi và Đại sứ Việt Nam tại Singapore Lê Hạnh.",
			"Lê Hạnh", []string{"Đại sứ Việt Nam tại Singapore"}},
		{"a body of the diaspora keeps its country",
			"Gặp mặt có ông Vi Quốc Trung, Chủ tịch Hội người Việt Nam tại Ba Lan, và bà Tạ Thu Hà, Phó Chủ tịch Hội người Việt tại Séc.",
			"Tạ Thu Hà", []string{"Phó Chủ tịch Hội người Việt tại Séc"}},
		{"an envoy named after his own country, with no seat",
			"Dự buổi tiếp có Đại sứ Nhật Bản Suzuki Haruto và các thành viên Đại sứ quán.",
			"Suzuki Haruto", []string{"Đại sứ Nhật Bản"}},
		{"a consul general named after his country, the country's first syllable a surname",
			"Tổng Lãnh sự Hàn Quốc Kim Dong-hyun phát biểu tại buổi gặp.",
			"Kim Dong-hyun", []string{"Tổng Lãnh sự Hàn Quốc"}},
		{"commending (khen tặng) ends an office",
			"TS Lê Văn Nam, Hiệu trưởng Trường Đại học Tây Nguyên, khen tặng các tân kỹ sư xuất sắc.",
			"Lê Văn Nam", []string{"Hiệu trưởng Trường Đại học Tây Nguyên"}},
		{"a working group meeting to hear a report ends an office",
			"Đồng chí Trần Văn Đông, Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác tỉnh họp nghe báo cáo tiến độ dự án.",
			"Trần Văn Đông", []string{"Chủ tịch UBND tỉnh", "Tổ trưởng Tổ công tác tỉnh"}},
		{"a re-election and a verb of dialogue end an office",
			"Ông Đào Văn Hùng, Chủ tịch Hội Cựu chiến binh thị trấn nhiệm kỳ 2017 – 2022 tái cử. Ông Hồ Văn Thiệu, Chủ tịch UBND tỉnh đối thoại với doanh nghiệp.",
			"Hồ Văn Thiệu", []string{"Chủ tịch UBND tỉnh"}},
		{"a highland clan name after an office written before it opens a two-syllable name, not a place",
			"Tham dự có Phó Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh Ksor Hà, Phó Chủ tịch UBND tỉnh Phạm Thị Lan.",
			"Ksor Hà", []string{"Phó Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh"}},
		{"... and the office before it is not the next person's",
			"Tham dự có Phó Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh Ksor Hà, Phó Chủ tịch UBND tỉnh Phạm Thị Lan.",
			"Phạm Thị Lan", []string{"Phó Chủ tịch UBND tỉnh"}},
		{"an office set off from the name after it by a dash",
			"Dự hội nghị có Phó Chủ tịch UBND tỉnh - Phạm Văn Hòa, Hiệu trưởng Trường Đại học Y - Ngô Thị Lan.",
			"Phạm Văn Hòa", []string{"Phó Chủ tịch UBND tỉnh"}},
		{"... and the second office is the second name's",
			"Dự hội nghị có Phó Chủ tịch UBND tỉnh - Phạm Văn Hòa, Hiệu trưởng Trường Đại học Y - Ngô Thị Lan.",
			"Ngô Thị Lan", []string{"Hiệu trưởng Trường Đại học Y"}},
		{"a firm's partner and an adviser are offices",
			"Tham dự có ông Lê Minh Tâm, Đối tác – Giám đốc điều hành Tập đoàn Alpha; bà Trần Thu Hà, Cố vấn cao cấp – Giám đốc Công ty Beta.",
			"Lê Minh Tâm", []string{"Đối tác", "Giám đốc điều hành Tập đoàn Alpha"}},
		{"a capitalised act after the offices ends them",
			"Đồng chí Lò Văn Sinh - Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra, Báo cáo kết quả thẩm tra các tờ trình.",
			"Lò Văn Sinh", []string{"Ủy viên Ban Thường vụ Đảng ủy", "Chủ nhiệm Ủy ban Kiểm tra"}},
		{"in a list written office before name, the offices between two names are the second's",
			"Dự hội nghị có Phó Bí thư Tỉnh ủy Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Giám đốc Sở Y tế Trần Văn Bình.",
			"Trần Văn Bình", []string{"Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế"}},
		{"... and not the first's",
			"Dự hội nghị có Phó Bí thư Tỉnh ủy Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Giám đốc Sở Y tế Trần Văn Bình.",
			"Nguyễn Văn An", []string{"Phó Bí thư Tỉnh ủy"}},
		{"offices after a name written without offices before it stay its own",
			"Dự hội nghị có đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy; Giám đốc Sở Y tế Trần Văn Bình.",
			"Nguyễn Văn An", []string{"Phó Bí thư Tỉnh ủy"}},
		{"offices before the name joined by a comma",
			"Sáng 5/3, tại trụ sở Chính phủ, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Trịnh Quốc Khải chủ trì phiên họp. Kết luận phiên họp, Thủ tướng Trịnh Quốc Khải yêu cầu các bộ triển khai.",
			"Trịnh Quốc Khải", []string{"Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"}},
		{"abbreviated membership offices open the stack",
			"UVTW Đảng, Bí thư Thành ủy, Trưởng đoàn ĐBQH thành phố Hồ Minh Khoa chủ trì phiên làm việc buổi chiều.",
			"Hồ Minh Khoa", []string{"UVTW Đảng", "Bí thư Thành ủy", "Trưởng đoàn ĐBQH thành phố"}},
		{"a membership office after a verb still opens the stack",
			"Hội nghị đã nghe UV BTV Thành ủy, Trưởng ban Dân vận Thành ủy Trịnh Thu Lan báo cáo tóm tắt dự thảo.",
			"Trịnh Thu Lan", []string{"UV BTV Thành ủy", "Trưởng ban Dân vận Thành ủy"}},
		{"a membership office after của opens the stack",
			"Đây là lời nhắn nhủ của Ủy viên Bộ Chính trị, Trưởng ban Kinh tế Trung ương Đặng Quốc Tuấn tại buổi lễ trao giải.",
			"Đặng Quốc Tuấn", []string{"Ủy viên Bộ Chính trị", "Trưởng ban Kinh tế Trung ương"}},
		{"the seat of a branch stays in the office",
			"Dự lễ có TS. Lê Minh Khoa, Giám đốc Phân hiệu Trường Đại học Lâm nghiệp tại Đồng Nai; ThS. Hồ Thị Lan, Trưởng phòng Đào tạo.",
			"Lê Minh Khoa", []string{"Giám đốc Phân hiệu Trường Đại học Lâm nghiệp tại Đồng Nai"}},
		{"a former office, then a lecturer's title",
			"Đồng chí Vũ Văn Hải, nguyên Phó Trưởng ban Dân vận Thành ủy, Báo cáo viên Trung ương, trình bày chuyên đề về biển đảo.",
			"Vũ Văn Hải", []string{"nguyên Phó Trưởng ban Dân vận Thành ủy", "Báo cáo viên Trung ương"}},
		{"an organisation segment before an appointment stays attached",
			"Chủ tịch UBND tỉnh bổ nhiệm bà Đặng Thu Hà, Trưởng phòng Kế hoạch, Sở Giáo dục và Đào tạo giữ chức vụ Phó Giám đốc Sở Giáo dục và Đào tạo.",
			"Đặng Thu Hà", []string{"Trưởng phòng Kế hoạch, Sở Giáo dục và Đào tạo", "Phó Giám đốc Sở Giáo dục và Đào tạo"}},
		{"an acronym in brackets closes an office, and the spelled-out form is kept",
			"Phát biểu tại lễ, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ (VPCP) Hầu A Lềnh chúc mừng các em. Bộ trưởng, Chủ nhiệm VPCP Hầu A Lềnh trao bằng khen.",
			"Hầu A Lềnh", []string{"Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ (VPCP)"}},
		{"a capitalised act right after the office ends it",
			"Thiếu tướng Hà Minh Tâm, Phó Chủ tịch Hội Cựu chiến binh tỉnh Báo cáo tổng kết đã nêu rõ những kết quả nổi bật.",
			"Hà Minh Tâm", []string{"Phó Chủ tịch Hội Cựu chiến binh tỉnh"}},
		{"a foreign official named after the office ends the office before",
			"Dự có ông Trần Quốc Hưng, Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao, Đại sứ Philippines Maria Teodora Santos.",
			"Trần Quốc Hưng", []string{"Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao"}},
		{"an honorary chair stays one office",
			"Dự có ông Trần Quốc Hưng, Chủ tịch danh dự Hội Doanh nhân trẻ tỉnh.",
			"Trần Quốc Hưng", []string{"Chủ tịch danh dự Hội Doanh nhân trẻ tỉnh"}},
		{"'đưa ra' ends an office",
			"PGS, TS Đỗ Văn Hùng, Viện trưởng Viện Thổ nhưỡng đưa ra một số định hướng cho năm tới.",
			"Đỗ Văn Hùng", []string{"Viện trưởng Viện Thổ nhưỡng"}},
		{"a lower-case field after a comma stays in a department's name",
			"Báo cáo viên là ông Đinh Quang Hưng, Phó Cục trưởng Cục Bảo trợ, trợ giúp xã hội, Bộ Lao động; bà Mai Thu, Vụ trưởng Vụ Tổ chức.",
			"Đinh Quang Hưng", []string{"Phó Cục trưởng Cục Bảo trợ, trợ giúp xã hội, Bộ Lao động"}},
		{"a lower-case clause after an office is not a field of its body",
			"Theo ông Đinh Quang Hưng, Phó Cục trưởng Cục Bảo trợ, thời gian tới sẽ mở rộng đối tượng, Bộ sẽ trình Chính phủ.",
			"Đinh Quang Hưng", []string{"Phó Cục trưởng Cục Bảo trợ"}},
		{"the comma of 'phòng, chống' inside a board before the name",
			"Tại điểm cầu huyện, tham dự có Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo phòng, chống thiên tai huyện Đoàn Minh Quân và các xã.",
			"Đoàn Minh Quân", []string{"Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo phòng, chống thiên tai huyện"}},
		{"the verb trình ends an office before the name",
			"Tiếp đó, Phó Chủ tịch UBND huyện Lò Văn Sinh trình các tờ trình về điều chỉnh kế hoạch vốn.",
			"Lò Văn Sinh", []string{"Phó Chủ tịch UBND huyện"}},
		{"the verb trình ends an office after the name",
			"Ông Cao Minh Đạt, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện trình các đề án nhân sự của Ủy ban.",
			"Cao Minh Đạt", []string{"Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"}},
		{"công trình inside a board's name does not end it",
			"Dự họp có ông Đào Quốc Phong, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh.",
			"Đào Quốc Phong", []string{"Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh"}},
		{"a steering board's remit after về stays in the office",
			"Dự họp có ông Lương Văn Khải, Phó Trưởng ban Chỉ đạo Tỉnh ủy về phòng, chống tham nhũng, Chánh Văn phòng Tỉnh ủy.",
			"Lương Văn Khải", []string{"Phó Trưởng ban Chỉ đạo Tỉnh ủy về phòng, chống tham nhũng", "Chánh Văn phòng Tỉnh ủy"}},
		{"về after another office still ends it",
			"Ông Lương Văn Khải, Giám đốc Sở Tài chính về dự và phát biểu.",
			"Lương Văn Khải", []string{"Giám đốc Sở Tài chính"}},
		{"a country after the organisation stays in the office",
			"Dự hội thảo có GS. TS Jan Willem Bakker – Đại học Công nghệ Delft, Hà Lan; PGS. TS Lê Thu Trang, Trưởng khoa Kinh tế.",
			"Jan Willem Bakker", []string{"Đại học Công nghệ Delft, Hà Lan"}},
		{"a country in brackets closes the office",
			"Dự hội thảo có TS Lim Boon Keat - Giám đốc Đào tạo, Đại học Công nghệ Penang (Malaysia); TS Đỗ Văn Khải, Trưởng khoa.",
			"Lim Boon Keat", []string{"Giám đốc Đào tạo, Đại học Công nghệ Penang (Malaysia)"}},
		{"sub-department and team heads before an appointment",
			"Sở Tài chính bổ nhiệm ông Lê Quang Vinh, Phó chi cục trưởng phụ trách Chi cục Thuế, giữ chức Chi cục trưởng. Ông Đinh Văn Phú, Đội trưởng Đội Kiểm tra số 2, giữ chức Phó Chi cục trưởng.",
			"Đinh Văn Phú", []string{"Đội trưởng Đội Kiểm tra số 2"}},
		{"an office after a bracketed abbreviation",
			"Dự có bà Lý Thị Sen - Ủy viên Ban Thường vụ Huyện ủy (UVTV HU), Trưởng Ban Dân vận Huyện ủy; ông Hà Văn Cường.",
			"Lý Thị Sen", []string{"Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"}},
		{"a province after a bare office is no next person",
			"Cùng dự có ông Lê Văn Hòa, Phó Trưởng ban Kinh tế Trung ương, Bí thư Tỉnh ủy Đồng Tháp, nguyên Chủ tịch UBND tỉnh Kon Tum; bà Trần Thị Mai, Phó Chủ tịch.",
			"Lê Văn Hòa", []string{"Phó Trưởng ban Kinh tế Trung ương", "Bí thư Tỉnh ủy Đồng Tháp", "nguyên Chủ tịch UBND tỉnh Kon Tum"}},
		{"offices before the name joined by a dash",
			"Chiều 12-3, Ủy viên Trung ương Đảng - Bí thư Thành ủy Mai Quốc Hưng chủ trì buổi làm việc với các sở, ngành.",
			"Mai Quốc Hưng", []string{"Ủy viên Trung ương Đảng", "Bí thư Thành ủy"}},
		{"a dash after another person's name does not lend an office",
			"Dự có ông Phan Văn Lực - Giám đốc Sở Tài chính Lý Thu Hằng cùng lãnh đạo các phòng.",
			"Lý Thu Hằng", []string{"Giám đốc Sở Tài chính"}},
		{"organisation-only segment stays attached",
			"Tọa đàm có sự tham gia của ông Phạm Chí Tâm - Trưởng Ban Quan hệ lao động, Liên đoàn Lao động Thành phố Hồ Chí Minh; cùng đại diện các doanh nghiệp.",
			"Phạm Chí Tâm", []string{"Trưởng Ban Quan hệ lao động, Liên đoàn Lao động Thành phố Hồ Chí Minh"}},
		{"comma inside an office name stays",
			"Đồng chí Trương Văn Nghĩa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh đồng chủ trì buổi làm việc.",
			"Trương Văn Nghĩa", []string{"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"}},
		{"each office before its own short name",
			"Cùng dự có Chủ tịch nước Võ Thành, Thủ tướng Đinh Quốc Bảo và lãnh đạo các bộ, ngành.",
			"Đinh Quốc Bảo", []string{"Thủ tướng"}},
		{"a deputy written Phó Ban after another office and name",
			"Dự buổi lễ có Giám đốc Sở Y tế Trần Văn Khải, Phó Ban công tác nữ công Lê Thị Mai Hoa cùng đại diện các khoa.",
			"Lê Thị Mai Hoa", []string{"Phó Ban công tác nữ công"}},
		{"Phó Ban with a party committee",
			"Đồng chí Đỗ Minh Trí, Phó Ban Tuyên giáo Huyện ủy phát biểu tại hội nghị.",
			"Đỗ Minh Trí", []string{"Phó Ban Tuyên giáo Huyện ủy"}},
		{"the place after the administrative unit stays in the office",
			"Chủ tịch UBND tỉnh Kiên Giang Trần Minh Đức chủ trì buổi làm việc.",
			"Trần Minh Đức", []string{"Chủ tịch UBND tỉnh Kiên Giang"}},
		{"a dotted abbreviation inside an office",
			"Phát biểu bế mạc, anh Trần Quốc Dũng – Ủy viên Ban Thường vụ T. Ư Đoàn, Phó Bí thư Thành Đoàn khóa X, nhiệm kỳ 2022 – 2027 đề nghị các cơ sở hành động.",
			"Trần Quốc Dũng", []string{"Ủy viên Ban Thường vụ T. Ư Đoàn", "Phó Bí thư Thành Đoàn khóa X, nhiệm kỳ 2022 – 2027"}},
		{"a city written TP. inside an office",
			"Dự hội thảo có TS Vũ Minh Tiến, Hiệu trưởng Trường Đại học Y TP. Hồ Chí Minh cùng các giảng viên.",
			"Vũ Minh Tiến", []string{"Hiệu trưởng Trường Đại học Y TP. Hồ Chí Minh"}},
		{"a sentence ending in a ministry is no abbreviation",
			"Ông Lý Văn Hòa, Chánh Văn phòng Bộ. Tham dự hội nghị còn có đại diện các vụ.",
			"Lý Văn Hòa", []string{"Chánh Văn phòng Bộ"}},
		{"a short office form",
			"Tại điểm cầu tỉnh, PCT UBND tỉnh Lâm Hữu Phước cùng lãnh đạo các sở dự hội nghị.",
			"Lâm Hữu Phước", []string{"PCT UBND tỉnh"}},
		{"offices in brackets",
			"Cùng dự có ông Võ Minh Luân (Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Ba Tri) cùng đại diện các sở, ngành liên quan.",
			"Võ Minh Luân", []string{"Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Ba Tri"}},
		{"affiliation in brackets stands for the office",
			"Trình bày tham luận chính, TS. Đoàn Minh Khang (Học viện Báo chí và Tuyên truyền) phân tích xu hướng báo chí đa nền tảng.",
			"Đoàn Minh Khang", []string{"Học viện Báo chí và Tuyên truyền"}},
		{"former office keeps nguyên",
			"TSKH Nghiêm Xuân Hòa, nguyên Phó Viện trưởng Viện Khoa học xã hội vùng Trung Bộ dự hội thảo.",
			"Nghiêm Xuân Hòa", []string{"nguyên Phó Viện trưởng Viện Khoa học xã hội vùng Trung Bộ"}},
		{"office shared by a list",
			"Dự phiên họp có các Phó Thủ tướng Đỗ Minh Tuệ, Hà Thị Bích Liên; các Bộ trưởng.",
			"Hà Thị Bích Liên", []string{"Phó Thủ tướng"}},
		{"the longest written form is kept once",
			"Phó Chủ tịch Thường trực UBND tỉnh Hoàng Thị Nhung dự họp. Phó Chủ tịch Thường trực UBND tỉnh Hoàng Thị Nhung lưu ý việc rà soát. Phó Chủ tịch Hoàng Thị Nhung cho biết thêm.",
			"Hoàng Thị Nhung", []string{"Phó Chủ tịch Thường trực UBND tỉnh"}},
		{"offices won in an election are not positions",
			"Tại phiên họp thứ nhất, đồng chí Trần Thị Ngọc Hân tái đắc cử Bí thư Chi bộ, đồng chí Nguyễn Văn Thịnh tiếp tục được bầu giữ chức Phó Bí thư Chi bộ.",
			"Nguyễn Văn Thịnh", []string{}},
		{"the office ends at the verb",
			"Thứ trưởng Bộ Thông tin và Truyền thông Đỗ Quang Trí dự và chỉ đạo Hội nghị.",
			"Đỗ Quang Trí", []string{"Thứ trưởng Bộ Thông tin và Truyền thông"}},
		{"a lower-case organisation after và stays",
			"Dự Đại hội có đồng chí Lê Thị Phương Thảo - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh; đồng chí Nguyễn Minh Đức.",
			"Lê Thị Phương Thảo", []string{"Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"}},
		{"a clause subject after the offices is not an organisation",
			"Sáng 3/6, dưới sự chủ trì của đồng chí Lê Quốc Bảo, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, UBND tỉnh đã tổ chức phiên họp.",
			"Lê Quốc Bảo", []string{"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"}},
		{"a clause subject after the offices, then its verb, is not an organisation",
			"Sáng 14/6, dưới sự điều hành của đồng chí Hoàng Văn Mạnh - Bí thư Huyện ủy, Chủ tịch HĐND huyện, HĐND huyện tiến hành chất vấn các trưởng phòng.",
			"Hoàng Văn Mạnh", []string{"Bí thư Huyện ủy", "Chủ tịch HĐND huyện"}},
		{"a national committee is named by its remit",
			"Chiều 2/3, Phó Thủ tướng Lê Văn Khang, Chủ tịch Hội đồng Quốc gia về giáo dục và phát triển nhân lực, chủ trì phiên họp.",
			"Lê Văn Khang", []string{"Phó Thủ tướng", "Chủ tịch Hội đồng Quốc gia về giáo dục và phát triển nhân lực"}},
		{"the head of a representative office, and a reporting verb after an office",
			"Tham dự có ông Lý Thành Trung, Trưởng cơ quan đại diện Báo Nhân Dân tại Cần Thơ; PGS.TS Trần Văn Thịnh, Hiệu trưởng Trường ĐH Cần Thơ nhìn nhận nguồn nhân lực của vùng còn thiếu.",
			"Lý Thành Trung", []string{"Trưởng cơ quan đại diện Báo Nhân Dân tại Cần Thơ"}},
		{"a reporting verb after an office ends it",
			"PGS.TS Trần Văn Thịnh, Hiệu trưởng Trường ĐH Cần Thơ nhìn nhận nguồn nhân lực của vùng còn thiếu.",
			"Trần Văn Thịnh", []string{"Hiệu trưởng Trường ĐH Cần Thơ"}},
		{"a surname-like word before a city ends the organisation's name",
			"Cùng dự có TS Phạm Văn Khải - Hiệu trưởng Trường Cao đẳng Kỹ thuật Cao Đà Nẵng; TS Trần Xuân Hòa.",
			"Phạm Văn Khải", []string{"Hiệu trưởng Trường Cao đẳng Kỹ thuật Cao Đà Nẵng"}},
		{"a description after a dash is no part of the office",
			"Theo ông Nguyễn Hữu Tài, Chủ tịch HĐQT kiêm Giám đốc Công ty Sao Mai – một trong những doanh nghiệp đi đầu về logistics, doanh nghiệp cần thay đổi.",
			"Nguyễn Hữu Tài", []string{"Chủ tịch HĐQT kiêm Giám đốc Công ty Sao Mai"}},
		{"contact details are not offices",
			"Người liên hệ: ThS. Nguyễn Thị Hồng Nhung - Chuyên viên Phòng Đào tạo Sau đại học, điện thoại: 0234.3 822 415.",
			"Nguyễn Thị Hồng Nhung", []string{"Chuyên viên Phòng Đào tạo Sau đại học"}},
		{"a stop word inside the head is the head's",
			"Tham dự có TS. Ingrid Holm, Trưởng đại diện Văn phòng Quỹ Dân số Liên hợp quốc tại Việt Nam; ông Lê Văn Hùng.",
			"Ingrid Holm", []string{"Trưởng đại diện Văn phòng Quỹ Dân số Liên hợp quốc tại Việt Nam"}},
		{"a body in brackets after the office stays with it",
			"Buổi tập huấn có đồng chí Đỗ Minh Tiến, Phó Vụ trưởng Vụ Pháp chế (Bộ Tư pháp); lãnh đạo các sở, ban, ngành.",
			"Đỗ Minh Tiến", []string{"Phó Vụ trưởng Vụ Pháp chế (Bộ Tư pháp)"}},
		{"a body's short name in brackets is no part of the office",
			"Dự có Phó Thủ tướng Trần Lưu Quân, Phó Chủ tịch Ủy ban Quốc gia về người cao tuổi (Ủy ban); lãnh đạo các bộ, ngành.",
			"Trần Lưu Quân", []string{"Phó Thủ tướng", "Phó Chủ tịch Ủy ban Quốc gia về người cao tuổi"}},
		{"an ampersand between acronyms is the organisation's",
			"Chủ trì hội thảo gồm có: Bà Vũ Thị Lan - PGĐ Sở VHTT & DL TP; ông Lê Văn Hùng.",
			"Vũ Thị Lan", []string{"PGĐ Sở VHTT & DL TP"}},
		{"office shared by a colon list",
			"Buổi tiếp xúc còn có các đồng chí Phó Giám đốc Sở Tài chính: Nguyễn Văn An, Trần Thị Bình.",
			"Trần Thị Bình", []string{"Phó Giám đốc Sở Tài chính"}},
		{"và before another person ends the office",
			"Đồng chí Lê Văn Cường - Bí thư Huyện ủy, Chủ tịch HĐND huyện và đồng chí Phạm Văn Dũng - Chủ tịch UBND tỉnh đồng chủ trì hội nghị.",
			"Lê Văn Cường", []string{"Bí thư Huyện ủy", "Chủ tịch HĐND huyện"}},
		{"affiliation after a dash",
			"Đại biểu quốc tế có GS. TS Harry Futselaar – Đại học Khoa học Ứng dụng Saxion; ông Peter Brown.",
			"Harry Futselaar", []string{"Đại học Khoa học Ứng dụng Saxion"}},
		{"a number after a comma ends the office",
			"Sau phần chào mừng của GS,TS. Olena Marchenko, Trưởng Khoa Kinh tế quốc tế, bốn tham luận đã được trình bày.",
			"Olena Marchenko", []string{"Trưởng Khoa Kinh tế quốc tế"}},
		{"a count after và ends the office",
			"Cùng dự có đồng chí ThS. Lương Thị Hồng Vân, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Tổ chức Đảng ủy Trường và 27/28 đảng viên của Chi bộ.",
			"Lương Thị Hồng Vân", []string{"Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Tổ chức Đảng ủy Trường"}},
		{"a dash list does not lend one person's office to the next",
			"Đến dự có PGS.TS Hoàng Văn Sơn – Phó Viện trưởng Viện Nghiên cứu Nam Á, TS. Đặng Thị Hoa – Viện trưởng Viện Sử học.",
			"Đặng Thị Hoa", []string{"Viện trưởng Viện Sử học"}},
		{"a crowd after the offices ends the list",
			"Hội thảo có TS Phan Văn Lộc – Trưởng Khoa Lịch sử, hơn 40 giảng viên, nhà nghiên cứu đến từ nhiều trường.",
			"Phan Văn Lộc", []string{"Trưởng Khoa Lịch sử"}},
		{"each office written before its own name",
			"Cùng dự có Chủ tịch nước Trần Văn Bình, Thủ tướng Chính phủ Lê Minh Khang, Thường trực Ban Bí thư Đỗ Văn Quý.",
			"Lê Minh Khang", []string{"Thủ tướng Chính phủ"}},
		{"the first office before a list of names",
			"Cùng dự có Chủ tịch nước Trần Văn Bình, Thủ tướng Chính phủ Lê Minh Khang.",
			"Trần Văn Bình", []string{"Chủ tịch nước"}},
		{"standing member without Ban is its own office",
			"Thượng tướng Lê Văn Tám - Tư lệnh Quân khu 3, Ủy viên Thường vụ Quân ủy Trung ương, Bí thư Đảng ủy Quân khu phát biểu.",
			"Lê Văn Tám", []string{"Tư lệnh Quân khu 3", "Ủy viên Thường vụ Quân ủy Trung ương", "Bí thư Đảng ủy Quân khu"}},
		{"a lower-case steering board name is one office",
			"Thượng tướng Lê Văn Tám - Thứ trưởng Bộ Công an, Trưởng Ban chỉ đạo chủ trì buổi tổng kết.",
			"Lê Văn Tám", []string{"Thứ trưởng Bộ Công an", "Trưởng Ban chỉ đạo"}},
		{"an opener's office reaches members with their own",
			"Buổi diễn tập còn có các đồng chí Phó Tư lệnh Quân khu: Trung tướng Hồ Văn Lâm - Bí thư Đảng ủy Quân khu; Thiếu tướng Nguyễn Văn Bảy.",
			"Hồ Văn Lâm", []string{"Bí thư Đảng ủy Quân khu", "Phó Tư lệnh Quân khu"}},
		{"an appointer's office is not the appointee's; giữ chức gives the new one",
			"Thủ tướng Chính phủ vừa bổ nhiệm ông Lê Văn Tuấn, Vụ trưởng Vụ Pháp chế - Thanh tra, Bộ Xây dựng, giữ chức Thứ trưởng Bộ Xây dựng.",
			"Lê Văn Tuấn", []string{"Vụ trưởng Vụ Pháp chế - Thanh tra, Bộ Xây dựng", "Thứ trưởng Bộ Xây dựng"}},
		{"Thư ký is one word of the office",
			"Linh mục Giuse Trần Văn Khiết, Phó Chủ tịch - Tổng Thư ký Ủy ban Đoàn kết dự hội nghị.",
			"Giuse Trần Văn Khiết", []string{"Phó Chủ tịch", "Tổng Thư ký Ủy ban Đoàn kết"}},
		{"an office after a semicolon with no name is the same person's",
			"Các đồng chí: Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh; Đặng Thu Hà, Phó trưởng Đoàn ĐBQH tỉnh dự.",
			"Lê Thị Hoa", []string{"Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"}},
		{"an office after a semicolon with its own name is the next person's",
			"Dự có đồng chí Lê Văn An, Giám đốc Sở Y tế; Phó Chủ tịch UBND tỉnh Trần Văn Bình; các thành viên UBND tỉnh.",
			"Lê Văn An", []string{"Giám đốc Sở Y tế"}},
		{"a sub-committee head",
			"Đồng chí Tổng Bí thư Trịnh Văn Quang, Trưởng Tiểu ban nhân sự Đại hội XIV phát biểu.",
			"Trịnh Văn Quang", []string{"Tổng Bí thư", "Trưởng Tiểu ban nhân sự Đại hội XIV"}},
		{"an office does not cross a paragraph break",
			"Buổi tọa đàm có nhiều học viên, giảng viên Học viện Ngân hàng\nTS. Võ Văn Vinh trình bày tại tọa đàm.",
			"Võ Văn Vinh", []string{}},
		{"a ministry name with a comma and & before the name",
			"Chiều qua, Bộ trưởng Bộ Khoa học & Công nghệ Hoàng Tuấn Minh đã làm việc tại tỉnh.",
			"Hoàng Tuấn Minh", []string{"Bộ trưởng Bộ Khoa học & Công nghệ"}},
		{"a ministry name with a comma and & after the name",
			"Ông Lê Văn Tâm, Thứ trưởng Bộ Văn hóa, Thể thao & Du lịch phát biểu.",
			"Lê Văn Tâm", []string{"Thứ trưởng Bộ Văn hóa, Thể thao & Du lịch"}},
		{"a school named after a person stays in the office",
			"Ông Lê Văn Tâm, Hiệu trưởng Trường THPT Chu Văn An, phát biểu.",
			"Lê Văn Tâm", []string{"Hiệu trưởng Trường THPT Chu Văn An"}},
		{"a ward named after a person stays in the office",
			"Ông Đỗ Văn Quý, Chủ tịch UBND phường Trần Hưng Đạo, dự hội nghị.",
			"Đỗ Văn Quý", []string{"Chủ tịch UBND phường Trần Hưng Đạo"}},
		{"a verb ends an office written after the name",
			"Kết luận buổi làm việc, ông Lê Văn Tường - Phó Chủ tịch UBND huyện thống nhất với đề xuất của xã.",
			"Lê Văn Tường", []string{"Phó Chủ tịch UBND huyện"}},
		{"triển khai ends an office",
			"Tại buổi họp, bà Đỗ Thị Hạnh - Phó Chủ tịch UBND xã triển khai nhiệm vụ năm tới.",
			"Đỗ Thị Hạnh", []string{"Phó Chủ tịch UBND xã"}},
		{"the host city completes a consular office",
			"Hội thảo có sự tham dự của ông Kim Min Soo - Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng.",
			"Kim Min Soo", []string{"Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng"}},
		{"the host country completes an ambassador's office",
			"Tiếp Đoàn có ông Lê Quốc Hưng, Đại sứ Việt Nam tại Nhật Bản.",
			"Lê Quốc Hưng", []string{"Đại sứ Việt Nam tại Nhật Bản"}},
		{"tại after an ordinary office is where the person spoke",
			"Ông Vũ Văn Nam - Giám đốc Sở Tài chính tại hội nghị cho biết.",
			"Vũ Văn Nam", []string{"Giám đốc Sở Tài chính"}},
		{"the spouse is not part of the office",
			"Tham gia Đoàn có Ngài Bolor Ganbat, Đại sứ Mông Cổ tại Việt Nam và phu nhân.",
			"Bolor Ganbat", []string{"Đại sứ Mông Cổ tại Việt Nam"}},
		{"a deputy governor named by the bare title",
			"Phó Thống đốc Nguyễn Quang Hải phát biểu chỉ đạo Hội nghị.",
			"Nguyễn Quang Hải", []string{"Phó Thống đốc"}},
		{"an office cut short in a second mention is dropped",
			"Dự có PGS.TS Nguyễn Quang Hải, Phó Hiệu trưởng, Trường ĐH Sư phạm, ĐH Đà Nẵng. Mở đầu tọa đàm, PGS.TS Nguyễn Quang Hải, Phó Hiệu trưởng, Trường ĐH Sư phạm chào mừng các đại biểu.",
			"Nguyễn Quang Hải", []string{"Phó Hiệu trưởng, Trường ĐH Sư phạm, ĐH Đà Nẵng"}},
		{"an office with an acronym beside its spelled-out form is kept once",
			"Dự có bà Lê Thị Hoa – Ủy viên Ban Thường vụ Trung ương Hội LHPNVN. Bà Lê Thị Hoa, Ủy viên Ban Thường vụ Trung ương Hội Liên hiệp Phụ nữ Việt Nam trao quà.",
			"Lê Thị Hoa", []string{"Ủy viên Ban Thường vụ Trung ương Hội Liên hiệp Phụ nữ Việt Nam"}},
		{"an ampersand in the acronym stands for và",
			"Dự có bà Lê Thị Hoa, Thứ trưởng Bộ GD&ĐT. Bà Lê Thị Hoa, Thứ trưởng Bộ Giáo dục và Đào tạo phát biểu chúc mừng.",
			"Lê Thị Hoa", []string{"Thứ trưởng Bộ Giáo dục và Đào tạo"}},
		{"offices of different bodies stay apart",
			"Dự có ông Lê Văn Hưng – Chủ tịch Hội ND tỉnh, Phó Chủ tịch Hội Nhà báo tỉnh.",
			"Lê Văn Hưng", []string{"Chủ tịch Hội ND tỉnh", "Phó Chủ tịch Hội Nhà báo tỉnh"}},
		{"điều hành qualifying an office stays",
			"Hội thảo do TS. Trần Minh Khoa - Phó Viện trưởng điều hành Viện Nghiên cứu Văn hóa chủ trì.",
			"Trần Minh Khoa", []string{"Phó Viện trưởng điều hành Viện Nghiên cứu Văn hóa"}},
		{"điều hành a meeting is chairing it",
			"Ông Trần Minh Khoa - Phó Viện trưởng điều hành Hội thảo.",
			"Trần Minh Khoa", []string{"Phó Viện trưởng"}},
		{"an office pair joined by a slash is two offices",
			"Dự có bà Ngô Thị Lan – Phó Bí thư / Chủ tịch UBND phường, bà Đinh Thị Thu – Đảng ủy viên / Phó Chủ tịch UBND phường.",
			"Ngô Thị Lan", []string{"Phó Bí thư", "Chủ tịch UBND phường"}},
		{"the second office pair belongs to the second person",
			"Dự có bà Ngô Thị Lan – Phó Bí thư / Chủ tịch UBND phường, bà Đinh Thị Thu – Đảng ủy viên / Phó Chủ tịch UBND phường.",
			"Đinh Thị Thu", []string{"Đảng ủy viên", "Phó Chủ tịch UBND phường"}},
		{"a group of organisations stays inside the office",
			"Ông Lâm Văn Đạt, Phó Bí thư Đảng ủy MTTQ, các đoàn thể tỉnh dự buổi lễ.",
			"Lâm Văn Đạt", []string{"Phó Bí thư Đảng ủy MTTQ, các đoàn thể tỉnh"}},
		{"a following group of comrades ends the office",
			"Dự hội nghị có Đặng Thu Hà, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, các đồng chí Ủy viên Ban Thường vụ Huyện ủy và lãnh đạo các xã.",
			"Đặng Thu Hà", []string{"Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"}},
		{"a meeting verb ends the office in a headline",
			"Đồng chí Hoàng Văn Thắng, Bí thư Huyện ủy gặp mặt cựu thanh niên xung phong, hội viên tiêu biểu nhân dịp Tết.",
			"Hoàng Văn Thắng", []string{"Bí thư Huyện ủy"}},
		{"a meeting verb gặp gỡ ends the office",
			"Ông Trần Đức Minh, Giám đốc Sở Giáo dục gặp gỡ giáo viên trẻ đầu năm học.",
			"Trần Đức Minh", []string{"Giám đốc Sở Giáo dục"}},
		{"làm + office is the part played, not the office",
			"Đoàn công tác do PGS.TS Lê Hữu Phước - Phó Bí thư Đảng ủy, Giám đốc Học viện làm Trưởng đoàn đã đến thăm tỉnh.",
			"Lê Hữu Phước", []string{"Phó Bí thư Đảng ủy", "Giám đốc Học viện"}},
		{"thôi after a comma leaves an office",
			"Bộ Chính trị điều động đồng chí Hà Thị Nga, Ủy viên Trung ương Đảng, thôi giữ chức Bí thư Tỉnh ủy.",
			"Hà Thị Nga", []string{"Ủy viên Trung ương Đảng"}},
		{"đại biểu after a comma are other people",
			"Đại tá Trần Văn Lực, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh, đại biểu các cơ quan chức năng cùng dự buổi lễ.",
			"Trần Văn Lực", []string{"Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"}},
		{"a photo credit after a dash is no office",
			"Bộ trưởng Lê Văn Khang trao quyết định cho đồng chí Phan Thị Ngọc - Ảnh:TTXVN/Hồng Sơn",
			"Phan Thị Ngọc", []string{}},
		{"an acronym in brackets inside an office",
			"Dự lễ có đồng chí Lê Văn Khang, Chủ tịch nước Cộng hòa dân chủ nhân dân (CHDCND) Lào.",
			"Lê Văn Khang", []string{"Chủ tịch nước Cộng hòa dân chủ nhân dân (CHDCND) Lào"}},
		{"abbreviated standing committee member",
			"Dự họp có đồng chí Mai Văn Lợi, UV BTV Thị ủy, Phó Chủ tịch HĐND thị xã; đồng chí Lò Văn Tâm, TUV, Bí thư Huyện ủy.",
			"Mai Văn Lợi", []string{"UV BTV Thị ủy", "Phó Chủ tịch HĐND thị xã"}},
		{"an ellipsis glued to the next sentence ends the office",
			"Về phía huyện có đồng chí Hà Văn Lực, Phó Bí thư Huyện ủy, Trưởng ban Dân vận Huyện ủy…Sau đó, hội nghị đã nghe các báo cáo chuyên đề.",
			"Hà Văn Lực", []string{"Phó Bí thư Huyện ủy", "Trưởng ban Dân vận Huyện ủy"}},
		{"an office before a name stops at the name before it",
			"Chủ tịch nước Lê Văn Khang và Chủ tịch Quốc hội Phan Văn Ngọc đã gửi lẵng hoa chúc mừng.",
			"Phan Văn Ngọc", []string{"Chủ tịch Quốc hội"}},
		{"các inside an organisation's name before the person",
			"Phát biểu khai mạc, Chủ tịch Liên hiệp các Hội Văn học nghệ thuật tỉnh Lê Văn Khang điểm lại kết quả.",
			"Lê Văn Khang", []string{"Chủ tịch Liên hiệp các Hội Văn học nghệ thuật tỉnh"}},
		{"an election board keeps its name",
			"Bà Hà Thị Lan – Phó Chủ tịch Ủy ban bầu cử tỉnh chủ trì hội nghị.",
			"Hà Thị Lan", []string{"Phó Chủ tịch Ủy ban bầu cử tỉnh"}},
		{"three dots glued to the next sentence end the office",
			"Về phía tỉnh có đồng chí Hà Văn Lực, Chủ tịch Hội Nông dân tỉnh...Trong buổi làm việc, hai bên đã trao đổi.",
			"Hà Văn Lực", []string{"Chủ tịch Hội Nông dân tỉnh"}},
		{"a ministry after a department head stays attached in a genitive list",
			"Tọa đàm có sự tham dự của TS Lê Thị Hòa, Vụ trưởng Vụ Pháp chế, Bộ Nội vụ cùng đại diện các sở, ngành.",
			"Lê Thị Hòa", []string{"Vụ trưởng Vụ Pháp chế, Bộ Nội vụ"}},
		{"a bare unit word after the office opens the quoted clause",
			"Theo đồng chí Lê Văn Hòa, Trưởng phòng Kinh tế, huyện cần ưu tiên vốn cho giao thông.",
			"Lê Văn Hòa", []string{"Trưởng phòng Kinh tế"}},
		{"thông qua after the office ends it",
			"Hội nghị đã nghe ông Lê Văn Tâm, Chánh Văn phòng UBND tỉnh thông qua dự thảo báo cáo năm.",
			"Lê Văn Tâm", []string{"Chánh Văn phòng UBND tỉnh"}},
		{"name, office and verb joined by bare hyphens",
			"Bà Nguyễn Thị Hạnh-Chủ tịch Hội LHPN tỉnh-cho biết, năm qua hội kết nạp thêm hội viên.",
			"Nguyễn Thị Hạnh", []string{"Chủ tịch Hội LHPN tỉnh"}},
		{"an event noun after the office opens the main clause",
			"Dưới sự chủ trì của đồng chí Lê Văn Khang, Bí thư Huyện ủy, hội nghị đã thảo luận sôi nổi.",
			"Lê Văn Khang", []string{"Bí thư Huyện ủy"}},
		{"heads of commune police, border posts and hamlets",
			"Dự buổi làm việc có ông Lê Văn Tâm, Đồn trưởng Đồn Biên phòng Tân Lập; ông Đỗ Minh Trí, Trưởng Công an xã; ông Phan Văn Hòa, Trưởng ấp Tân Thành.",
			"Đỗ Minh Trí", []string{"Trưởng Công an xã"}},
		{"giao thông inside an office is no verb",
			"Dự buổi làm việc có ông Lê Văn Tâm, Đội trưởng Đội Cảnh sát giao thông Công an huyện.",
			"Lê Văn Tâm", []string{"Đội trưởng Đội Cảnh sát giao thông Công an huyện"}},
		{"a caption's place in the photo between the name and the office",
			"Bà Lê Thị Hoa (thứ 2 từ trái sang) - Phó Chủ tịch Hội LHPN tỉnh trao quà cho hội viên.",
			"Lê Thị Hoa", []string{"Phó Chủ tịch Hội LHPN tỉnh"}},
		{"a hyphen inside a body's name stays",
			"Trưởng phòng Tài chính-Kế hoạch huyện Lê Văn Tâm trình bày báo cáo. Trưởng Ban Kinh tế-Xã hội HĐND tỉnh Đỗ Minh Trí phát biểu.",
			"Lê Văn Tâm", []string{"Trưởng phòng Tài chính-Kế hoạch huyện"}},
		{"the clause quoted after a source's offices is no office",
			"Theo bà Lê Thị Hoa, Trưởng phòng Văn hóa - Thông tin huyện, thời gian tới huyện sẽ tổ chức lễ hội.",
			"Lê Thị Hoa", []string{"Trưởng phòng Văn hóa - Thông tin huyện"}},
		{"phòng, chống stays inside a source's office",
			"Theo ông Lê Văn Tâm, Trưởng Ban Chỉ đạo phòng, chống dịch huyện, tình hình đã ổn định.",
			"Lê Văn Tâm", []string{"Trưởng Ban Chỉ đạo phòng, chống dịch huyện"}},
		{"an apposition after the offices is no office",
			"Ông Lê Văn Tâm, Chủ tịch UBND xã, người đã gắn bó với địa phương nhiều năm, chia sẻ kinh nghiệm.",
			"Lê Văn Tâm", []string{"Chủ tịch UBND xã"}},
		{"a new clause after the offices is no office",
			"Ông Đỗ Minh Trí, Bí thư Đảng ủy xã, năm 2023 xã đạt chuẩn nông thôn mới.",
			"Đỗ Minh Trí", []string{"Bí thư Đảng ủy xã"}},
		{"offices after the name with no separator",
			"Dự buổi làm việc có đồng chí Lê Thị Hoa ủy viên ban thường vụ huyện ủy, phó chủ tịch UBND huyện.",
			"Lê Thị Hoa", []string{"ủy viên ban thường vụ huyện ủy", "phó chủ tịch UBND huyện"}},
		{"a second former office after a comma, before và and the next person",
			"Buổi giao lưu có chị Trần Thị Mai - Nguyên Chủ tịch Hội Nông dân tỉnh, nguyên Chủ tịch Hội LHPN huyện Tân Kỳ và chị Lê Thị Hoa - Chủ tịch Hội LHPN xã.",
			"Trần Thị Mai", []string{"Nguyên Chủ tịch Hội Nông dân tỉnh", "nguyên Chủ tịch Hội LHPN huyện Tân Kỳ"}},
		{"the committee's territory stays in the office",
			"Sáng 3/5, Bí thư Huyện ủy Kim Sơn Phạm Thị Ngân đến thăm đồn biên phòng.",
			"Phạm Thị Ngân", []string{"Bí thư Huyện ủy Kim Sơn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := personNamed(peopleOf(t, tt.text), tt.person)
			if !ok {
				t.Fatalf("%s not found", tt.person)
			}
			got := []string{}
			for _, pos := range p.Positions {
				got = append(got, pos.Text)
				if pos.Evidence == nil || pos.Evidence.Quote == "" {
					t.Errorf("position %q has no evidence", pos.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("positions = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSignatureBlockOffice(t *testing.T) {
	d, err := newDocument(schema.Page{Body: []byte("Thông báo tuyển sinh\nTrường thông báo tuyển sinh năm 2022.\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n(Đã ký)\nPGS.TS. Trần Đình Luân")})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{}
	extractPeople(d, r)
	p, ok := personNamed(r.People, "Trần Đình Luân")
	if !ok || len(p.Positions) != 1 || p.Positions[0].Text != "PHÓ HIỆU TRƯỞNG" || !slices.Equal(p.Honorifics, []string{"PGS", "TS"}) {
		t.Errorf("signer = %+v, want PGS TS Trần Đình Luân, PHÓ HIỆU TRƯỞNG", p)
	}
}

func TestPositionTitleAndOrganization(t *testing.T) {
	p, ok := personNamed(peopleOf(t, "Giám đốc Sở Kế hoạch và Đầu tư Trần Hữu Phước trình bày báo cáo."), "Trần Hữu Phước")
	if !ok || len(p.Positions) != 1 {
		t.Fatalf("positions = %+v", p.Positions)
	}
	if got := p.Positions[0]; got.Title == "" || !strings.HasSuffix(got.Text, got.Organization) || !strings.HasPrefix(got.Text, got.Title) {
		t.Errorf("title %q / organization %q do not split %q", got.Title, got.Organization, got.Text)
	}
}

func TestPositionTitleStopsAtTheOrganisation(t *testing.T) {
	tests := []struct{ text, person, title, org string }{
		{"Giám đốc Học viện Chính trị khu vực II Phạm Văn Tuấn phát biểu.", "Phạm Văn Tuấn", "Giám đốc", "Học viện Chính trị khu vực II"},
		{"Bí thư Tỉnh ủy Lê Văn Hòa dự hội nghị.", "Lê Văn Hòa", "Bí thư", "Tỉnh ủy"},
		{"Phó Chủ tịch Thường trực HĐND tỉnh Lê Văn Hòa dự hội nghị.", "Lê Văn Hòa", "Phó Chủ tịch Thường trực", "HĐND tỉnh"},
		{"Chủ tịch nước Trần Văn Bình dự hội nghị.", "Trần Văn Bình", "Chủ tịch nước", ""},
		{"Chủ tịch UBND tỉnh Đỗ Văn Khoa dự hội nghị.", "Đỗ Văn Khoa", "Chủ tịch", "UBND tỉnh"},
		{"Cùng dự có TS. Mary Johnson (Đại học Sydney).", "Mary Johnson", "", "Đại học Sydney"},
	}
	for _, tt := range tests {
		p, ok := personNamed(peopleOf(t, tt.text), tt.person)
		if !ok || len(p.Positions) != 1 {
			t.Errorf("%s: positions = %+v", tt.person, p.Positions)
			continue
		}
		if got := p.Positions[0]; got.Title != tt.title || got.Organization != tt.org {
			t.Errorf("%s: title %q / organization %q, want %q / %q", tt.person, got.Title, got.Organization, tt.title, tt.org)
		}
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               []string
	}{
		{"chair", "Đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy chủ trì Hội nghị.", "Lê Thị Thu Hà", []string{"chair", "attendee"}},
		{"the chair's part after the office, between dashes", "Về phía Viện có TS. Lưu Đức Hạnh - Viện trưởng - Chủ trì tọa đàm; TS. Mạc Văn Thuận - Phó Viện trưởng.", "Lưu Đức Hạnh", []string{"chair", "attendee"}},
		{"the chair's verb after a comma", "Về phía tỉnh, có Phó Chủ tịch UBND tỉnh - Đinh Quang Vũ, chủ trì cùng đại diện lãnh đạo các sở, ngành.", "Đinh Quang Vũ", []string{"chair", "attendee"}},
		{"a list right after 'Dự và chỉ đạo <event>', without 'có'", "Dự và chỉ đạo Đại hội ông Lê Văn Tâm, Chủ tịch UBND tỉnh; Đại tá Đỗ Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.", "Đỗ Văn Hải", []string{"attendee", "speaker"}},
		{"who states the occasion speaks", "TS. Lê Thị Hoa, Phó Trưởng khoa Khoa Quản lý nhà nước tuyên bố lý do, giới thiệu đại biểu.", "Lê Thị Hoa", []string{"attendee", "speaker"}},
		{"the authors of papers named as a crowd among the guests make no one listed a speaker", "Về tham dự hội thảo có ông Lê Văn Tâm – Phó Giám đốc Sở Văn hóa tỉnh; cùng các nhà quản lý, các tác giả tham luận hội thảo.", "Lê Văn Tâm", []string{"attendee"}},
		{"one spoken for is not there", "Phát biểu khai mạc, thay mặt Bí thư Tỉnh ủy Trần Văn Bình và lãnh đạo tỉnh, Chủ tịch UBND tỉnh Đào Văn Mai gửi lời chúc mừng.", "Trần Văn Bình", []string{"mentioned"}},
		{"two people joined by 'và', the second with a stack of offices, share the chair verb", "Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc Lê Thị Hoa và Thứ trưởng, Phó Chủ nhiệm UBDT Trần Văn Tơr đồng chủ trì phiên họp.", "Lê Thị Hoa", []string{"chair", "attendee"}},
		{"attends and takes part in chairing", "Đồng chí Phan Việt Cường, Phó Chủ tịch UBND thành phố đến dự và tham gia chủ trì tọa đàm.", "Phan Việt Cường", []string{"chair", "attendee"}},
		{"who will chair a meeting to come is mentioned", "Tại buổi họp báo, Sở cho biết Hội nghị sẽ diễn ra vào ngày 19/5 dưới sự chủ trì của đồng chí Trịnh Văn Lực, Chủ tịch UBND tỉnh.", "Trịnh Văn Lực", []string{"mentioned"}},
		{"a driver chairs nothing", "Tại hội nghị, Công an tỉnh thông tin vụ xe tải do tài xế Lò Văn Thịnh điều khiển va chạm với xe máy.", "Lò Văn Thịnh", []string{"attendee"}},
		{"nor does a rider", "Tại hội nghị, Công an tỉnh thông tin vụ xe tải va chạm với xe máy do anh Lò Văn Thịnh điều khiển.", "Lò Văn Thịnh", []string{"attendee"}},
		{"a session led by someone is chaired", "Phiên thảo luận thứ hai do PGS.TS Lò Văn Thịnh điều khiển.", "Lò Văn Thịnh", []string{"chair", "attendee"}},
		{"co-chairs joined by và", "Thứ trưởng Tạ Minh Hoàng và đồng chí Trương Văn Nghĩa, Chủ tịch UBND tỉnh đồng chủ trì buổi làm việc.", "Tạ Minh Hoàng", []string{"chair", "attendee"}},
		{"a co-chair joined by cùng", "Thứ trưởng Tạ Minh Hoàng, cùng ông Trương Văn Nghĩa, Phó Chủ tịch UBND tỉnh, dự và đồng chủ trì hội nghị.", "Tạ Minh Hoàng", []string{"chair", "attendee"}},
		{"a speech after cùng is the companion's", "Thứ trưởng Tạ Minh Hoàng cùng ông Trương Văn Nghĩa phát biểu tại hội nghị.", "Tạ Minh Hoàng", []string{"attendee"}},
		{"a chair whose offices are stacked before the name after 'dưới sự chủ trì của'", "Hội nghị diễn ra dưới sự chủ trì của Tổng Bí thư, Chủ tịch nước Lò Văn Khánh.", "Lò Văn Khánh", []string{"chair", "attendee"}},
		{"a chair's clause after a comma, the name right after the verb", "Sáng 11/7, Hội Nông dân tỉnh tổ chức hội nghị, chủ trì đồng chí Lò Văn Khánh, Chủ tịch Hội Nông dân tỉnh.", "Lò Văn Khánh", []string{"chair", "attendee"}},
		{"a chair's clause after the guests' semicolon", "Đến dự có ông Cầm Văn Dũng, Phó Giám đốc Sở Tài chính; chủ trì Hội nghị có Ông Lò Văn Khánh - Chủ tịch Liên minh HTX tỉnh.", "Lò Văn Khánh", []string{"chair", "attendee"}},
		{"the guest before the chair's clause is no chair", "Đến dự có ông Cầm Văn Dũng, Phó Giám đốc Sở Tài chính; chủ trì Hội nghị có Ông Lò Văn Khánh - Chủ tịch Liên minh HTX tỉnh.", "Cầm Văn Dũng", []string{"attendee"}},
		{"one joined by 'và' after a chair's clause is no chair", "Ông Cầm Văn Dũng, Phó Giám đốc Sở, chủ trì hội nghị và ông Lò Văn Khánh phát biểu.", "Lò Văn Khánh", []string{"attendee", "speaker"}},
		{"chair named after the cue", "Chủ trì Hội nghị có TS. Hà Văn Quý, Chánh Thanh tra Bộ.", "Hà Văn Quý", []string{"chair", "attendee"}},
		{"attendee", "Dự Hội nghị có TS. Nguyễn Thị Tuyết Mai - Phó Giám đốc Học viện.", "Nguyễn Thị Tuyết Mai", []string{"attendee"}},
		{"chairs after a side the sentence opens with", "Về phía Bộ dự và chủ trì Hội nghị có đồng chí Hà Văn Quý, Thứ trưởng; đồng chí Lò Văn Sơn, Vụ trưởng.", "Lò Văn Sơn", []string{"chair", "attendee"}},
		{"a chair right after the event, with no 'có'", "Chủ trì buổi họp báo bà Hà Thị Quyên, Tổng cục trưởng; tham dự có Phó Tổng cục trưởng ông Lò Văn Sơn.", "Hà Thị Quyên", []string{"chair", "attendee"}},
		{"a list after the chair's semicolon is no chair's", "Chủ trì buổi họp báo bà Hà Thị Quyên, Tổng cục trưởng; tham dự có Phó Tổng cục trưởng ông Lò Văn Sơn.", "Lò Văn Sơn", []string{"attendee"}},
		{"the chair's part written between dashes before the offices", "Cuối buổi, đồng chí Hà Văn Quý – Chủ trì hội nghị – Chủ tịch UBND xã đã kết luận.", "Hà Văn Quý", []string{"chair", "attendee", "speaker"}},
		{"speaker from the opening clause", "Phát biểu khai mạc Hội nghị, TS. Nguyễn Tấn Vinh khẳng định kết quả.", "Nguyễn Tấn Vinh", []string{"attendee", "speaker"}},
		{"attends and directs", "Đồng chí Trần Quốc Hưng, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo Hội nghị.", "Trần Quốc Hưng", []string{"attendee", "speaker"}},
		{"presenter of a report", "Báo cáo tổng kết do đồng chí Lê Thị Thuý Hoà trình bày cho biết, năm 2021 có nhiều thiên tai.", "Lê Thị Thuý Hoà", []string{"attendee", "presenter"}},
		{"reporting verbs add nothing to a presenter", "Báo cáo tại buổi làm việc, bà Lâm Ngọc Diễm cho biết, dự án có tổng công suất 50 MW.", "Lâm Ngọc Diễm", []string{"attendee", "presenter"}},
		{"submitting drafts presents them", "Bà Hà Thị Quyên, Phó Chủ tịch UBND xã trình các dự thảo nghị quyết tại kỳ họp.", "Hà Thị Quyên", []string{"attendee", "presenter"}},
		{"names after 'như:' are examples, whatever verb comes before", "Tại hội thảo, nhiều văn nghệ sĩ của tỉnh được giới thiệu lại, như: nhà thơ Lê Minh Quang, Trịnh Bảo Ngọc, Đặng Văn Khôi.", "Trịnh Bảo Ngọc", []string{"mentioned"}},
		{"names after 'như:' that take part by a verb after them", "Nhiều đại biểu đã góp ý, như: ông Lê Minh Quang, bà Trịnh Bảo Ngọc phát biểu về quy hoạch.", "Trịnh Bảo Ngọc", []string{"attendee", "speaker"}},
		{"giving views on a report is speaking", "Đồng chí Kha Minh Tiến - Phó Chủ tịch UBND xã tham gia ý kiến vào báo cáo tổng kết công tác dân vận.", "Kha Minh Tiến", []string{"attendee", "speaker"}},
		{"a caption's place in the photo before the verb", "Ông Lâm Quốc Việt, Giám đốc Sở Nội vụ (bên phải), trao quyết định cho cán bộ mới.", "Lâm Quốc Việt", []string{"attendee", "presenter"}},
		{"paper read out", "Đồng chí Nguyễn Thị Mỹ Lệ, Phó Bí thư Thường trực Huyện ủy Sơn Tịnh trình bày tham luận về kinh nghiệm.", "Nguyễn Thị Mỹ Lệ", []string{"attendee", "speaker", "presenter"}},
		{"weak speech verb alone", "Bộ trưởng Bộ Tài chính Phan Thế Bảo cho biết, chính sách giảm thuế đã được áp dụng.", "Phan Thế Bảo", []string{"attendee", "speaker"}},
		{"cited, not present", "Tập trung thực hiện quán triệt chỉ đạo của đồng chí Nguyễn Xuân Thắng - Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh tại buổi làm việc.", "Nguyễn Xuân Thắng", []string{"mentioned"}},
		{"chair named after 'Cùng điều hành ... còn có'", "Cùng điều hành kỳ họp còn có bà Lò Thị Vân – Phó Chủ tịch HĐND huyện.", "Lò Thị Vân", []string{"chair", "attendee"}},
		{"chair named after là", "Chủ trì hội nghị là đồng chí Lê Văn Khang, Phó Chủ tịch UBND huyện.", "Lê Văn Khang", []string{"chair", "attendee"}},
		{"chủ tọa opening a list", "Chủ tọa phiên họp có đồng chí Lê Văn Khang, Chủ tịch HĐND huyện; đồng chí Phan Thị Ngọc, Phó Chủ tịch HĐND huyện.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"members of the chairing panel chair", "Đoàn Chủ tọa Hội thảo gồm các đồng chí: GS.TS Lê Văn Khang, Giám đốc Đại học Huế; PGS.TS Phan Thị Ngọc, Hiệu trưởng Trường Đại học Sư phạm.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"presidium members chair", "Đoàn Chủ tịch Đại hội gồm các đồng chí: TS. Trần Thị Ngọc Hân, Bí thư Chi bộ; ThS. Nguyễn Văn Thịnh, Phó Bí thư Chi bộ.", "Nguyễn Văn Thịnh", []string{"chair", "attendee"}},
		{"chair named by a genitive", "Sáng 3/6, dưới sự chủ trì của đồng chí Lê Quốc Bảo, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, UBND tỉnh đã tổ chức phiên họp.", "Lê Quốc Bảo", []string{"chair", "attendee"}},
		{"present through sự góp mặt của", "Buổi tọa đàm có sự góp mặt của ông Vi Đức Lương, Phó Giám đốc Sở Văn hóa.", "Vi Đức Lương", []string{"attendee"}},
		{"present through sự tham gia của", "Tọa đàm diễn ra với sự tham gia của ông Lê Hoàng Phúc - Phó Giám đốc Sở Lao động - Thương binh và Xã hội.", "Lê Hoàng Phúc", []string{"attendee"}},
		{"an office word is not a chair verb", "Cùng dự có ông Martin Lefebvre, Đối tác – Giám đốc điều hành Tập đoàn Orion.", "Martin Lefebvre", []string{"attendee"}},
		{"directing speech named by a genitive", "Sau khi nghe báo cáo tổng kết và phát biểu chỉ đạo của Thứ trưởng Bộ Tư pháp Đinh Văn Lộc, hội nghị đã thảo luận.", "Đinh Văn Lộc", []string{"attendee", "speaker"}},
		{"opening speech named by a genitive", "Hội nghị đã nghe phát biểu khai mạc của ông Đinh Văn Lộc, Giám đốc Sở.", "Đinh Văn Lộc", []string{"attendee", "speaker"}},
		{"welcome speech named by a genitive", "Sau phần chào mừng của bà Natalia Kovalenko, Phó Hiệu trưởng Đại học Kharkiv, hội thảo bắt đầu.", "Natalia Kovalenko", []string{"attendee", "speaker"}},
		{"a verb after a colon list goes to every member", "Các đồng chí: Lê Văn Hòa - Bí thư Trung ương Đảng; Trần Quốc Việt - Phó Thủ tướng Chính phủ; Phạm Thị Lan - Bộ trưởng Bộ Y tế đồng chủ trì hội nghị tại điểm cầu chính.", "Lê Văn Hòa", []string{"chair", "attendee"}},
		{"a verb inside a colon list stays with its member", "Tại điểm cầu tỉnh có các đồng chí: Đỗ Văn Tuấn - Bí thư Tỉnh ủy chủ trì; Nguyễn Văn Khoa - Phó Bí thư Tỉnh ủy.", "Nguyễn Văn Khoa", []string{"attendee"}},
		{"co-chairs opened by cùng chủ trì", "Đồng chí Hà Minh Đức chủ trì hội nghị. Cùng chủ trì có các đồng chí: Lê Thanh Sơn, Bí thư Trung ương Đảng; Vũ Văn Hải, Phó Trưởng Ban Tổ chức Trung ương.", "Vũ Văn Hải", []string{"chair", "attendee"}},
		{"a list joined to the chair genitive", "Ngày 2-9, dưới sự chủ trì của đồng chí Tạ Quang Minh, Bí thư Tỉnh ủy và các đồng chí: Mai Văn Tâm, Phó Bí thư Tỉnh ủy; Đào Văn Phúc, Chủ tịch UBND tỉnh, Hội nghị Ban Chấp hành Đảng bộ tỉnh đã được tổ chức.", "Đào Văn Phúc", []string{"chair", "attendee"}},
		{"chỉ đạo inside a board name is not the verb", "Thượng tướng Lê Văn Tám - Thứ trưởng Bộ Công an, Trưởng Ban chỉ đạo chủ trì buổi tổng kết.", "Lê Văn Tám", []string{"chair", "attendee"}},
		{"the signer of a document is cited", "Thay mặt Ban Chấp hành Trung ương, Tổng Bí thư Lê Văn Định đã ký ban hành Quy định số 12-QĐ/TW về công tác cán bộ. Đồng chí Hà Văn Mạnh chủ trì hội nghị.", "Lê Văn Định", []string{"mentioned"}},
		{"a speech conveyed from another event is cited", "Đồng chí Bí thư Huyện ủy Hà Văn Mạnh truyền đạt bài phát biểu của Tổng Bí thư Trịnh Văn Quang tại buổi gặp mặt.", "Trịnh Văn Quang", []string{"mentioned"}},
		{"scholars cited as examples", "Chủ đề này đã thu hút nhiều thế hệ học giả, như các tên tuổi Đào Duy Khánh, Phan Huy Lâm của Sử học Việt Nam hiện đại, Trần Quốc Vinh. TS. Đặng Văn Bình trình bày tham luận.", "Trần Quốc Vinh", []string{"mentioned"}},
		{"a colon list opened by dự và chỉ đạo speaks", "Về dự và chỉ đạo buổi lễ có các đồng chí: Lê Văn Khang, Bí thư Huyện ủy; Phan Thị Ngọc, Chủ tịch UBND huyện; Đỗ Minh Trí, Trưởng Ban Tổ chức Huyện ủy.", "Phan Thị Ngọc", []string{"attendee", "speaker"}},
		{"people opened by dự và chỉ đạo without a colon speak", "Dự và chỉ đạo Đại hội có ông Lê Văn Khang – Bí thư Tỉnh ủy, bà Phan Thị Ngọc – Phó Chủ tịch Hội Phụ nữ Việt Nam.", "Phan Thị Ngọc", []string{"attendee", "speaker"}},
		{"directing the meeting opens the sentence", "Chỉ đạo Hội nghị có đồng chí Lê Văn Khang, Viện trưởng; các đồng chí Phó Viện trưởng: Phan Thị Ngọc, Đỗ Minh Trí.", "Đỗ Minh Trí", []string{"attendee", "speaker"}},
		{"the host of a reception attends", "Chiều 3/5, đồng chí Lê Văn Khang, Chủ tịch UBND tỉnh tiếp Đoàn công tác của Đại sứ quán Hàn Quốc.", "Lê Văn Khang", []string{"attendee"}},
		{"the host of talks attends", "Bộ trưởng Lê Văn Khang hội đàm với ông Kim Min Soo, Bộ trưởng Ngoại giao Hàn Quốc.", "Lê Văn Khang", []string{"attendee"}},
		{"a caption broken after the name speaks", "Ông Kim Min Soo - Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng\nphát biểu tại Hội thảo", "Kim Min Soo", []string{"attendee", "speaker"}},
		{"an event name before có is no verb", "Dự Lễ khai giảng có TS. Phan Thị Ngọc, Phó Giám đốc Học viện.", "Phan Thị Ngọc", []string{"attendee"}},
		{"a recipient of an award attends", "Dịp này, TS Lê Văn Khang - Giám đốc Sở Công Thương được tặng Bằng khen của Thủ tướng.", "Lê Văn Khang", []string{"attendee"}},
		{"handing over an award is no speech", "Thừa ủy quyền của Thủ tướng, đồng chí Lê Văn Khang - Chủ tịch UBND tỉnh đã trao Bằng khen cho 5 tập thể.", "Lê Văn Khang", []string{"attendee"}},
		{"present through sự hiện diện của", "Buổi bảo vệ luận án có sự hiện diện của GS.TS Lê Văn Khang - Phó Giám đốc Học viện Nông nghiệp; TS Phan Thị Ngọc - Trưởng khoa Thú y.", "Lê Văn Khang", []string{"attendee"}},
		{"a chair genitive reaches the next member of its list", "Diễn đàn được tổ chức với sự tham dự và đồng chủ trì của GS.TS Lê Văn Khang, Viện trưởng Viện Hóa học; TS Phan Thị Ngọc, Viện trưởng Viện Sinh học cùng nhiều nhà khoa học.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"a chair who listens to reports presents nothing", "Phiên làm việc diễn ra dưới sự chủ trì của ông Lê Văn Khang, Giám đốc Sở Nội vụ, để nghe báo cáo tiến độ các dự án giao thông.", "Lê Văn Khang", []string{"chair", "attendee"}},
		{"remarks on the meeting's purpose are a speech", "Sau khi đồng chí Lê Văn Khang, Bí thư Tỉnh ủy, quán triệt mục đích, yêu cầu của hội nghị, các đại biểu đã nghe báo cáo.", "Lê Văn Khang", []string{"attendee", "speaker"}},
		{"leading a delegation is no chairing", "Đoàn công tác của Bộ Tư pháp do Thứ trưởng Lê Văn Khang dẫn đầu đã đến làm việc với tỉnh.", "Lê Văn Khang", []string{"attendee"}},
		{"examples in a sentence with a verb are present", "Các đại biểu như ông Lê Văn Tâm, bà Trần Thị Hoa đã phát biểu ý kiến.", "Lê Văn Tâm", []string{"attendee"}},
		{"guests listed with như are present", "Dự hội nghị có nhiều đại biểu như đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy.", "Lê Văn Tâm", []string{"attendee"}},
		{"invited seminar speakers", "Buổi nói chuyện mời 2 diễn giả am hiểu lĩnh vực này. Đó là TS. Mary Johnson (Đại học Melbourne) và TS. Đặng Văn Bình (Khoa Ngữ văn).", "Đặng Văn Bình", []string{"attendee", "speaker"}},
		{"chairs and speaks", "Chiều 14/3, đồng chí Trần Văn Tú, Trưởng Ban Kinh tế Trung ương chủ trì và phát biểu chỉ đạo buổi làm việc.", "Trần Văn Tú", []string{"chair", "attendee", "speaker"}},
		{"speech named by a genitive", "Sáng 10/3, phiên chính thức khai mạc với diễn văn của đồng chí Trần Thị Ngọc Ánh - Phó Hiệu trưởng Nhà trường.", "Trần Thị Ngọc Ánh", []string{"attendee", "speaker"}},
		{"attending the opening ceremony is no speech", "Đồng chí Lê Văn Khang, Bí thư Tỉnh ủy dự lễ khai mạc Hội nghị.", "Lê Văn Khang", []string{"attendee"}},
		{"senders of flowers listed after của các đồng chí are cited", "Nhà trường vinh dự được đón nhận lẵng hoa của các đồng chí: Chủ tịch nước Lê Văn Khang, Thủ tướng Phan Văn Ngọc. Đồng chí Đỗ Minh Trí phát biểu.", "Phan Văn Ngọc", []string{"mentioned"}},
		{"a chair genitive opening a colon list", "Sáng 4/5, dưới sự chủ trì của các đồng chí: Lê Văn Khang, Bí thư Tỉnh ủy; Phan Thị Ngọc, Chủ tịch UBND tỉnh, hội nghị đã diễn ra.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"the signers of an agreement were there and said nothing", "Tại buổi lễ, ông Hà Văn Lợi, Giám đốc Bệnh viện tỉnh và ông Mai Đức Toàn, Giám đốc Trung tâm Y tế huyện cùng ký kết thỏa thuận hợp tác.", "Mai Đức Toàn", []string{"attendee"}},
		{"witnesses of a signing were there", "Lễ ký kết diễn ra dưới sự chứng kiến của các đồng chí: Lê Văn Khang, Bí thư Tỉnh ủy; Phan Thị Ngọc, Chủ tịch UBND tỉnh.", "Phan Thị Ngọc", []string{"attendee"}},
		{"a presence genitive opening a colon list", "Buổi gặp mặt có sự tham dự của các đồng chí: Lê Văn Khang, Bí thư Huyện ủy; Phan Thị Ngọc, Chủ tịch UBND huyện.", "Phan Thị Ngọc", []string{"attendee"}},
		{"attending and chairing opens a list", "Tham dự và chủ trì tọa đàm có sự hiện diện của TS Lê Văn Khang, Hiệu trưởng Trường Đại học Y; PGS Phan Thị Ngọc, Viện trưởng Viện Sinh học.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"a chairing body's members listed after gồm", "Phiên họp do Thường trực HĐND tỉnh chủ trì, gồm các đồng chí: Lê Văn Khang, Chủ tịch HĐND tỉnh; Phan Thị Ngọc, Phó Chủ tịch HĐND tỉnh.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"senders of flowers were not there", "Nhân dịp này, đồng chí Lê Văn Khang, Chủ tịch nước; đồng chí Phan Thị Ngọc, Phó Chủ tịch Quốc hội đã gửi lẵng hoa chúc mừng. Đồng chí Đỗ Minh Trí phát biểu.", "Phan Thị Ngọc", []string{"mentioned"}},
		{"a letter of congratulation sent", "Chủ tịch nước Lê Văn Khang gửi thư chúc mừng Hội nghị. Đồng chí Đỗ Minh Trí phát biểu.", "Lê Văn Khang", []string{"mentioned"}},
		{"Chính phủ after an office is no given name", "Thủ tướng Lê Văn Khang cảm ơn các thành viên Chính phủ đã nỗ lực.", "Lê Văn Khang", []string{"attendee", "speaker"}},
		{"a unique office referred back to after đồng chí", "Dự hội nghị có đồng chí Lê Văn Khang, Bí thư Huyện ủy; Phan Thị Ngọc, Chủ tịch UBND huyện. Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các xã tập trung thực hiện.", "Lê Văn Khang", []string{"attendee", "speaker"}},
		{"the request of X at the meeting", "Các ngành phải hoàn thành kế hoạch năm. Đó là yêu cầu của đồng chí Lê Văn Khang, Chủ tịch UBND tỉnh, tại phiên họp thường kỳ tháng 5.", "Lê Văn Khang", []string{"attendee", "speaker"}},
		{"instructions followed are cited", "Các đơn vị triển khai theo chỉ đạo của đồng chí Lê Văn Khang, Chủ tịch UBND tỉnh, tại phiên họp tháng trước. Đồng chí Đỗ Minh Trí phát biểu.", "Lê Văn Khang", []string{"mentioned"}},
		{"the spirit of instructions given at another meeting is cited", "Đồng chí Đỗ Minh Trí đề nghị các ngành bám sát tinh thần chỉ đạo của Tổng Bí thư Lê Văn Khang tại hội nghị toàn quốc về cải cách hành chính.", "Lê Văn Khang", []string{"mentioned"}},
		{"the secretary reads out the resolutions", "Bà Lê Thị Hòa, thư ký phiên họp, đã thông qua các nghị quyết chuyên đề.", "Lê Thị Hòa", []string{"attendee", "presenter"}},
		{"authors of works listed after của are cited", "Lớp học nghiên cứu các tác phẩm của K.Marx, Ph.Ăng-ghen. Đồng chí Đỗ Minh Trí phát biểu khai giảng.", "Ph.Ăng-ghen", []string{"mentioned"}},
		{"a list after 'dự và chủ trì <event>:' chairs", "Đến dự và chủ trì Hội thảo: GS.TS Lê Văn Khang, Giám đốc Đại học Vinh; PGS.TS Phan Thị Ngọc, Phó Giám đốc.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"members joined by ',' after các đồng chí share the chair verb", "Chiều 5/6, Thường trực Tỉnh ủy họp.Các đồng chí Lê Văn Khang, Phó Bí thư Thường trực Tỉnh ủy, Phan Thị Ngọc, Chủ tịch UBND tỉnh chủ trì cuộc họp.", "Lê Văn Khang", []string{"chair", "attendee"}},
		{"a list of offices and names shares đồng chủ trì", "Chủ tịch HĐND tỉnh Lê Văn Khang, các Phó Chủ tịch HĐND tỉnh Phan Thị Ngọc, Đỗ Minh Trí đồng chủ trì kỳ họp.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"a shared verb after và chị reaches the first member", "Chương trình giao lưu có chị Trần Thị Mai - nguyên Chủ tịch Hội LHPN huyện Tân Kỳ và chị Lê Thị Hoa - Chủ tịch Hội LHPN xã, chia sẻ kinh nghiệm công tác Hội.", "Trần Thị Mai", []string{"attendee", "speaker"}},
		{"co-chairs joined by ',' with cùng chủ trì", "Sáng 6/4, UBND huyện họp giao ban quý I. Ông Lê Văn Khang - Chủ tịch UBND huyện, bà Phan Thị Ngọc - Phó Chủ tịch UBND huyện cùng chủ trì cuộc họp.", "Lê Văn Khang", []string{"chair", "attendee"}},
		{"a chair with unnamed deputies", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Khang và các Phó Chủ tịch HĐND tỉnh chủ trì kỳ họp.", "Lê Văn Khang", []string{"chair", "attendee"}},
		{"an office written after the name with no comma, then the verb", "Đ/c Lê Văn Khang BT Huyện ủy – Chủ tịch HĐND huyện chủ trì, các đại biểu thảo luận sôi nổi.", "Lê Văn Khang", []string{"chair", "attendee"}},
		{"an instruction coordinated with đồng thời is speech", "Dự có đồng chí Lê Văn Khang, Chủ tịch UBND huyện chủ trì hội nghị. Đồng chí Chủ tịch UBND huyện biểu dương các phòng, đồng thời chỉ ra hạn chế và yêu cầu các xã khắc phục ngay.", "Lê Văn Khang", []string{"chair", "attendee", "speaker"}},
		{"yêu cầu as a noun after và is no instruction", "Đồng chí Lê Văn Khang, Phó Giám đốc Sở trình bày báo cáo, nêu những khó khăn và yêu cầu đặt ra trong năm tới.", "Lê Văn Khang", []string{"attendee", "presenter"}},
		{"answering delegates is speaking", "Tại kỳ họp, ông Hồ Văn Nam, Giám đốc Sở Xây dựng đã trả lời, làm rõ các ý kiến của đại biểu.", "Hồ Văn Nam", []string{"attendee", "speaker"}},
		{"a chair genitive reaches a second chair after và", "Hội nghị diễn ra dưới sự chủ trì của đồng chí Lê Văn Khang, Bí thư Huyện ủy và đồng chí Phan Thị Ngọc, Chủ tịch UBND huyện.", "Phan Thị Ngọc", []string{"chair", "attendee"}},
		{"a body represented between the name and the verb", "Cử tri được nghe ông Lê Hữu Tâm, đại diện Tổ đại biểu HĐND tỉnh báo cáo kết quả kỳ họp trước.", "Lê Hữu Tâm", []string{"attendee", "presenter"}},
		{"examples after như: joined by ';' are all cited", "Nhiều mô hình cho thu nhập cao, như: hộ ông Lê Văn Tâm với mô hình nuôi tôm; ông Đỗ Minh Trí mô hình trồng bưởi.", "Đỗ Minh Trí", []string{"mentioned"}},
		{"a list that attends and directs shares both", "Thiếu tướng Lê Văn Tài, Thứ trưởng Bộ Công an; ông Đỗ Minh Trí, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.", "Lê Văn Tài", []string{"attendee", "speaker"}},
		{"a speech verb after a list stays with its last member", "Ông Lê Văn Tâm, Giám đốc Sở; bà Trần Thị Hoa, Phó Giám đốc Sở phát biểu tại hội nghị.", "Lê Văn Tâm", []string{"attendee"}},
		{"words said on another occasion are cited", "Như Tổng Bí thư Lê Văn Định từng khẳng định, xây dựng Đảng là nhiệm vụ then chốt. Đồng chí Đỗ Minh Trí chủ trì hội nghị.", "Lê Văn Định", []string{"mentioned"}},
		{"cho hay is a weak speech verb", "Bà Lê Thị Hoa – Giám đốc Trung tâm Y tế huyện cho hay, tuần tới huyện sẽ tiêm chủng.", "Lê Thị Hoa", []string{"attendee", "speaker"}},
		{"trao đổi is speech, not an award", "Ông Lê Văn Tâm, Giám đốc Sở trao đổi với đại biểu về tiến độ dự án.", "Lê Văn Tâm", []string{"attendee", "speaker"}},
		{"an office alone before a verb refers back to its holder", "Ông Lê Văn Khang, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh biểu dương lực lượng công an.", "Lê Văn Khang", []string{"chair", "attendee", "speaker"}},
		{"an office alone before a non-speech verb adds nothing", "Ông Lê Văn Khang, Chủ tịch UBND tỉnh chủ trì hội nghị. Chủ tịch UBND tỉnh đã ban hành Quyết định số 12 về việc này.", "Lê Văn Khang", []string{"chair", "attendee"}},
		{"a cleft naming the directing speech", "“Phải hoàn thành kế hoạch năm” – đó là phát biểu chỉ đạo của đồng chí Lê Văn Khang, Bí thư Tỉnh ủy tại Hội nghị Ban Chấp hành Đảng bộ tỉnh.", "Lê Văn Khang", []string{"attendee", "speaker"}},
		{"a bracket between the name and the verb", "Tại phiên chất vấn, đại biểu Lê Văn Hải (tổ đại biểu huyện Tân Lập) chất vấn về tiến độ dự án.", "Lê Văn Hải", []string{"attendee", "speaker"}},
		{"the verb after an apposition with người", "Ông Lê Văn Tâm, Chủ tịch UBND xã, người đã gắn bó với địa phương nhiều năm, chia sẻ kinh nghiệm.", "Lê Văn Tâm", []string{"attendee", "speaker"}},
		{"dự chỉ đạo without và directs", "Dự chỉ đạo cuộc họp có đồng chí Lê Văn Khang, Phó Bí thư Huyện ủy; đ/c Phan Thị Ngọc, Phó Chủ tịch HĐND huyện.", "Phan Thị Ngọc", []string{"attendee", "speaker"}},
		{"dự khai mạc attends the opening", "Dự khai mạc tại điểm cầu chính có đồng chí Lê Văn Khang, Phó Vụ trưởng.", "Lê Văn Khang", []string{"attendee"}},
		{"reading out capitalised papers presents them", "Bà Lê Thị Hoa, thư ký đại hội, thông qua Biên bản kiểm phiếu bầu Ban Chấp hành.", "Lê Thị Hoa", []string{"attendee", "presenter"}},
		{"members joined by ';' share the chair verb", "Bí thư Huyện ủy Lê Văn Khang; Chủ tịch UBND huyện Phan Thị Ngọc điều hành phiên thảo luận buổi sáng.", "Lê Văn Khang", []string{"chair", "attendee"}},
		{"presenting on behalf of a body", "Đồng chí Lê Văn Khang thay mặt Ban Chấp hành Đảng bộ xã trình bày Báo cáo chính trị nhiệm kỳ tới.", "Lê Văn Khang", []string{"attendee", "presenter"}},
		{"reading an address is a speech", "Đồng chí Phan Thị Ngọc, Bí thư Huyện ủy đã đọc diễn văn kỷ niệm 50 năm ngày thành lập huyện.", "Phan Thị Ngọc", []string{"attendee", "speaker"}},
		{"a cleft names the speaker of the quote", "“Cơ chế phải đi vào cuộc sống”. Đó là khẳng định của Thứ trưởng Lê Văn Khang tại Hội nghị triển khai kế hoạch quý II.", "Lê Văn Khang", []string{"attendee", "speaker"}},
		{"a keynote named before its speaker", "Trong bài phát biểu đề dẫn, GS.TS Lê Văn Khang nêu ba vấn đề cần trao đổi.", "Lê Văn Khang", []string{"attendee", "speaker", "presenter"}},
		{"a keynote after the name", "TS. Phan Thị Ngọc phát biểu đề dẫn hội thảo về chuyển đổi số.", "Phan Thị Ngọc", []string{"attendee", "speaker", "presenter"}},
		{"a chair who gives instructions also speaks", "Đồng chí Lê Văn Khang, Phó Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Lê Văn Khang đề nghị, thời gian tới các chi bộ cần tăng cường sinh hoạt chuyên đề.", "Lê Văn Khang", []string{"chair", "attendee", "speaker"}},
		{"handing over an appointment decision announces it", "Bộ trưởng Lê Văn Khang trao Quyết định bổ nhiệm Thứ trưởng cho đồng chí Phan Thị Ngọc.", "Lê Văn Khang", []string{"attendee", "presenter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := personNamed(peopleOf(t, tt.text), tt.person)
			if !ok {
				t.Fatalf("%s not found", tt.person)
			}
			if !slices.Equal(p.Roles, tt.want) {
				t.Errorf("roles = %q, want %q", p.Roles, tt.want)
			}
		})
	}
}

func TestNotAMeetingGivesMentioned(t *testing.T) {
	d, err := newDocument(schema.Page{Body: []byte("Thông báo tuyển sinh\nNgười liên hệ: ThS. Nguyễn Thị Hồng Nhung - Chuyên viên Phòng Đào tạo Sau đại học, điện thoại: 0234.3 822 415.")})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{}
	extractPeople(d, r)
	p, ok := personNamed(r.People, "Nguyễn Thị Hồng Nhung")
	if !ok || !slices.Equal(p.Roles, []string{schema.RoleMentioned}) {
		t.Errorf("people = %+v, want Nguyễn Thị Hồng Nhung mentioned", r.People)
	}
}

func TestCreditsBecomePeople(t *testing.T) {
	d, err := newDocument(schema.Page{Body: []byte("Tin\nĐồng chí Lê Văn An chủ trì hội nghị.")})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{Credits: schema.Credits{Author: []string{"Khắc Hiếu", "Thanh Tâm"}, Photographer: []string{"Thanh Tâm"}}}
	extractPeople(d, r)
	for name, want := range map[string][]string{"Khắc Hiếu": {"author"}, "Thanh Tâm": {"author", "photographer"}} {
		p, ok := personNamed(r.People, name)
		if !ok || !slices.Equal(p.Roles, want) || len(p.Positions) != 0 {
			t.Errorf("%s = %+v, want roles %q and no positions", name, p, want)
		}
	}
}

// TestPeopleNeverPanic feeds truncated and odd inputs to the people and
// agenda steps.
func TestPeopleNeverPanic(t *testing.T) {
	inputs := []string{"Ông", "PGS.", "Đồng chí Nguyễn", "(1)", "các đồng chí:", "Nguyễn Văn A -", "X, Giám đốc", "Thứ nhất,", "do đồng chí", "Báo cáo do"}
	paths, _ := filepath.Glob("/work/shared/corpus/dev/000_*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err == nil {
			for i := 0; i < len(b); i += len(b) / 7 {
				inputs = append(inputs, string(b[:i]))
			}
		}
	}
	for _, in := range inputs {
		d, err := newDocument(schema.Page{Body: []byte("T\n" + in)})
		if err != nil {
			continue
		}
		r := &schema.Report{}
		extractPeople(d, r)
		extractAgenda(d, r)
	}
}

// BenchmarkPeopleAndAgenda times the people and agenda steps over the dev
// corpus documents, built once; compare with BenchmarkParseOnly.
func BenchmarkPeopleAndAgenda(b *testing.B) {
	docs, total := benchDocuments(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			d.people = nil
			r := &schema.Report{}
			extractPeople(d, r)
			extractAgenda(d, r)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// TestPeoplePathological runs the people and agenda steps on inputs that
// would expose quadratic scans: one endless sentence full of names, offices
// and list openers, and many tiny paragraphs.
func TestPeoplePathological(t *testing.T) {
	inputs := map[string]string{
		"names in one sentence":    strings.Repeat("đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh và ông Trần Văn Bình - Giám đốc Sở ", 20000),
		"list openers":             strings.Repeat("các đồng chí Phó Giám đốc: Lê Thị Cúc, Phạm Văn Dũng; ", 20000),
		"numbered items":           strings.Repeat("(1) Tăng cường kiểm tra; thứ hai, đẩy mạnh tuyên truyền; ", 20000),
		"capitalised run":          strings.Repeat("Nguyễn Văn Hội Nghị ", 50000),
		"short paragraphs":         strings.Repeat("Ông An yêu cầu các sở triển khai.\n", 20000),
		"one person, many offices": "Đồng chí Võ Văn Em" + strings.Repeat(", Phó Giám đốc Sở Y tế", 20000) + " phát biểu.",
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			d, err := newDocument(schema.Page{Body: []byte("T\n" + text)})
			if err != nil {
				t.Fatal(err)
			}
			r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference}}
			extractPeople(d, r)
			extractAgenda(d, r)
		})
	}
}

// FuzzPeopleAgenda feeds arbitrary text to the people and agenda steps
// (through the plain-text document builder); they must never panic or
// return positions outside the text.
func FuzzPeopleAgenda(f *testing.F) {
	for _, s := range []string{
		"Dự Hội nghị có PGS, TS. Phạm Minh Tuấn - Ủy viên Ban Thường vụ, Giám đốc Học viện; TS. Nguyễn Tấn Vinh báo cáo.",
		"Phát biểu kết luận, đồng chí Thu Hà yêu cầu: (1) tăng cường; (2) đẩy mạnh.",
		"các đồng chí Phó Giám đốc: Lê Thị Cúc, Phạm Văn Dũng; Thứ nhất, ... Thứ hai,",
		"Ông (Đã ký) PGS.TS. X - , ; : và đồng chí Y (Z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := newDocument(schema.Page{Body: []byte("T\n" + text)})
		if err != nil {
			return
		}
		r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference}}
		extractPeople(d, r)
		extractAgenda(d, r)
		for _, p := range r.People {
			for _, e := range p.Mentions {
				if e.Start < 0 || e.End > len(d.text) || e.Start > e.End {
					t.Fatalf("mention %+v outside the text", e)
				}
			}
		}
	})
}

func TestForeignSyllable(t *testing.T) {
	for w, want := range map[string]bool{
		"henri": true, "maspero": true, "leonard": true, "cameron": true, "tana": true, "judith": true,
		"weller": true, "nguyen": false, "quang": false, "thanh": false, "li": false, "minh": false, "hùng": false,
	} {
		if got := foreignSyllable(w); got != want {
			t.Errorf("foreignSyllable(%q) = %v, want %v", w, got, want)
		}
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// TestPresenceMakesAMeeting covers pages whose event type is not known but
// whose people are said to attend or to hold the event.
func TestPresenceMakesAMeeting(t *testing.T) {
	tests := []struct{ name, text, person string }{
		{"cùng dự ... có", "Chiều 5/6, đại biểu Quốc hội tiếp xúc với cử tri các xã. Cùng dự buổi gặp gỡ cử tri hôm đó có hai đại biểu Quốc hội: Lò Văn Sơn, Hà Thị Lan.", "Hà Thị Lan"},
		{"the subject of có cuộc tiếp xúc", "Chiều 5/6, đồng chí Lê Văn Khang, Bí thư Tỉnh ủy đã có cuộc tiếp xúc cử tri tại hai xã vùng cao.", "Lê Văn Khang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := newDocument(schema.Page{URL: "test", Body: []byte("Tin địa phương\n" + tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			r := &schema.Report{}
			extractPeople(d, r)
			if p, ok := personNamed(r.People, tt.person); !ok || !slices.Contains(p.Roles, schema.RoleAttendee) {
				t.Errorf("%s = %+v, want an attendee", tt.person, p)
			}
		})
	}
	// "Dự kiến có ..." plans; nobody attends.
	d, err := newDocument(schema.Page{URL: "test", Body: []byte("Tin địa phương\nDự kiến có ông Lê Văn Khang, Giám đốc Sở Tài chính tham gia đoàn khảo sát vào tháng sau.")})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{}
	extractPeople(d, r)
	if p, ok := personNamed(r.People, "Lê Văn Khang"); !ok || !slices.Equal(p.Roles, []string{schema.RoleMentioned}) {
		t.Errorf("planned participant = %+v, want mentioned", p)
	}
}

// TestInterviewGivesMentioned covers an interview signed "X (thực hiện)":
// the person interviewed speaks to the paper, not at a meeting.
func TestInterviewGivesMentioned(t *testing.T) {
	d, err := newDocument(schema.Page{URL: "test", Body: []byte("Giám đốc Sở Lê Văn Khang: \"Chuyển đổi số phải bắt đầu từ người dân\"\nMINH ANH (thực hiện)\nNhân dịp đầu năm, Giám đốc Sở Thông tin và Truyền thông Lê Văn Khang chia sẻ với phóng viên về kế hoạch năm nay.")})
	if err != nil {
		t.Fatal(err)
	}
	r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference}}
	extractPeople(d, r)
	if p, ok := personNamed(r.People, "Lê Văn Khang"); !ok || !slices.Equal(p.Roles, []string{schema.RoleMentioned}) {
		t.Errorf("interviewee = %+v, want mentioned", p)
	}
}

func TestGluedSentenceEnd(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"họp.Các", len("họp")},
		{"tỉnh.Đồng", len("tỉnh")},
		{"tp.Huế", 0},         // an abbreviation
		{"v.v.Các", 0},        // an abbreviation
		{"baochinhphu.vn", 0}, // a domain
		{"TP.HCM", 0},
		{"PGS.TS", 0},
	}
	for _, tt := range tests {
		if got := gluedSentenceEnd(tt.word); got != tt.want {
			t.Errorf("gluedSentenceEnd(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestGluedComma(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"Bình,Phó", len("Bình")},
		{"Hà,Ủy", len("Hà")},
		{"1,5", -1},             // a decimal
		{"tỉnh,huyện", -1},      // no capital after it
		{"COVID-19,Bộ", -1},     // a digit before it
		{",Phó", -1},            // leading punctuation, split off before
		{"vực;các", len("vực")}, // a semicolon that lost its space, before any letter
		{"A;B", 1},
		{"12;13", -1},
	}
	for _, tt := range tests {
		if got := gluedComma(tt.word); got != tt.want {
			t.Errorf("gluedComma(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
	ps := peopleOf(t, "Sáng 7/1, Ban Chỉ đạo tổ chức hội nghị. Đồng chí Trương Văn Bảo,Phó Trưởng ban Thường trực chủ trì hội nghị.")
	if p, ok := personNamed(ps, "Trương Văn Bảo"); !ok || len(p.Positions) != 1 || p.Positions[0].Text != "Phó Trưởng ban Thường trực" {
		t.Errorf("people = %+v, want Trương Văn Bảo, Phó Trưởng ban Thường trực", ps)
	}
}

// TestOfficeNamesWhole: the offices of common state, party and mass bodies
// come out whole, written before the name or after it, whatever commas,
// dashes and verbs-as-nouns their names hold ("Bộ Lao động - Thương binh và
// Xã hội", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ", "Ủy ban Kiểm tra",
// "Bộ Ngoại giao").
func TestOfficeNamesWhole(t *testing.T) {
	offices := []string{
		"Bộ trưởng Bộ Kế hoạch và Đầu tư",
		"Phó Trưởng ban Tuyên giáo Tỉnh ủy",
		"Giám đốc Sở Giáo dục và Đào tạo",
		"Thứ trưởng Bộ Lao động - Thương binh và Xã hội",
		"Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
		"Phó Tổng Thanh tra Chính phủ",
		"Chánh Thanh tra tỉnh",
		"Giám đốc Sở Tài nguyên và Môi trường",
		"Trưởng ban Dân vận Huyện ủy",
		"Trưởng ban Nội chính Tỉnh ủy",
		"Trưởng Ban Tổ chức Tỉnh ủy",
		"Trưởng ban Thi đua - Khen thưởng tỉnh",
		"Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh",
		"Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh",
		"Trưởng Ban Tiếp công dân tỉnh",
		"Giám đốc Trung tâm Phát triển quỹ đất huyện",
		"Giám đốc Sở Thông tin và Truyền thông",
		"Tổng Biên tập Báo Nhân Dân",
		"Trưởng Ban Đối ngoại Trung ương",
		"Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh",
		"Trưởng Phòng Cảnh sát phòng cháy, chữa cháy",
		"Cục trưởng Cục Thuế tỉnh",
		"Trưởng Ban Điều hành khu phố",
		"Phó Chủ nhiệm Ủy ban Giám sát tài chính quốc gia",
		"Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh",
		"Trưởng phòng Văn hóa và Thông tin huyện",
		"Chủ tịch Liên đoàn Lao động tỉnh",
		"Chủ tịch Hội Chữ thập đỏ tỉnh",
		"Giám đốc Sở Khoa học và Công nghệ",
		"Hiệu trưởng Trường Đại học Sư phạm",
		"Giám đốc Bảo hiểm xã hội tỉnh",
		"Chánh án Tòa án nhân dân tỉnh",
		"Viện trưởng Viện Kiểm sát nhân dân tỉnh",
		"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
		"Giám đốc Công an tỉnh",
		"Giám đốc Trung tâm Dịch vụ việc làm tỉnh",
		"Trưởng Ban Dân tộc tỉnh",
		"Giám đốc Sở Giao thông vận tải",
		"Trưởng phòng Tư pháp huyện",
		"Giám đốc Kho bạc Nhà nước tỉnh",
		"Giám đốc Sở Lao động - Thương binh và Xã hội",
		"Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh",
		"Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
		"Bí thư Tỉnh đoàn",
		"Trưởng phòng Giáo dục và Đào tạo huyện",
		"Phó Giám đốc Trung tâm Truyền thông tỉnh",
		"Trưởng ban Tổ chức Đại hội",
		"Giám đốc Trung tâm Bảo trợ xã hội tỉnh",
		"Cục trưởng Cục Phổ biến, giáo dục pháp luật",
		"Vụ trưởng Vụ Quản lý, giám sát bảo hiểm",
	}
	for _, office := range offices {
		for _, form := range []string{"Dự hội nghị có ông Lương Văn Tư, %s.", "%s Lương Văn Tư dự hội nghị."} {
			text := fmt.Sprintf(form, office)
			var got []string
			p, found := personNamed(peopleOf(t, text), "Lương Văn Tư")
			for _, pos := range p.Positions {
				got = append(got, pos.Text)
			}
			if !found || len(got) != 1 || got[0] != office {
				t.Errorf("%q: positions %q, want [%q] (person found: %v)", text, got, office, found)
			}
		}
	}
}

// TestSpanIsPlaceAgrees checks spanIsPlace against the place test of the
// joined folded span, on every span of two to four tokens of the corpus
// pages and on a known place.
func TestSpanIsPlaceAgrees(t *testing.T) {
	places := 0
	for _, d := range corpusDocuments(t) {
		toks := d.peopleAnalysis().toks
		for s := range toks {
			for e := s + 2; e <= min(len(toks), s+4); e++ {
				want := vocab.isPlace(foldedSpan(toks, s, e))
				if got := spanIsPlace(toks, s, e); got != want {
					t.Fatalf("spanIsPlace(%q) = %v, want %v", foldedSpan(toks, s, e), got, want)
				}
				if want {
					places++
				}
			}
		}
	}
	if places == 0 {
		t.Fatal("the corpus names no place")
	}
}

// TestQuestionAndAnswerGivesMentioned checks that the person a reporter
// questions ("Phóng viên: ...?"), on a page with no meeting, is mentioned:
// an answer is no speech at a meeting.
func TestQuestionAndAnswerGivesMentioned(t *testing.T) {
	text := "Đổi mới hoạt động Hội Nông dân\n05/12/2023 09:00\nNhân dịp đầu năm, đồng chí Lê Văn Hòa, Chủ tịch Hội Nông dân tỉnh đã có cuộc trao đổi với phóng viên về nhiệm vụ năm 2024.\nPhóng viên: Xin đồng chí cho biết những kết quả nổi bật của Hội trong năm qua?\nĐồng chí Lê Văn Hòa: Năm qua, Hội đã hỗ trợ hội viên phát triển sản xuất."
	r, err := Extract(schema.Page{URL: "test", Body: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	p, ok := personNamed(r.People, "Lê Văn Hòa")
	if r.Meeting.Type != "" || !ok || !slices.Equal(p.Roles, []string{schema.RoleMentioned}) {
		t.Errorf("type = %q, people = %+v, want no meeting and Lê Văn Hòa mentioned", r.Meeting.Type, r.People)
	}
}

// TestReporterBylineIsNoInterview checks that a byline naming the reporter
// ("Phóng viên: ...") does not make a meeting report an interview.
func TestReporterBylineIsNoInterview(t *testing.T) {
	text := "Hội nghị tổng kết công tác dân vận\n05/12/2023 09:00\nNgày 4/12, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết. Đồng chí Lê Văn Hòa, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.\nVì sao công tác dân vận năm nay đạt kết quả cao?\nPhóng viên: Thu Hà"
	r, err := Extract(schema.Page{URL: "test", Body: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	p, ok := personNamed(r.People, "Lê Văn Hòa")
	if r.Meeting.Type == "" || !ok || !slices.Contains(p.Roles, schema.RoleChair) {
		t.Errorf("type = %q, people = %+v, want a meeting chaired by Lê Văn Hòa", r.Meeting.Type, r.People)
	}
}

// TestHeadlineQuote: a headline that opens with a person and a colon
// quotes what the person said at the meeting; a name elsewhere in the
// headline says nothing of the kind.
func TestHeadlineQuote(t *testing.T) {
	const body = "\n12/03/2024 08:00\nSáng 11/3, Thành ủy tổ chức hội nghị sơ kết công tác giải phóng mặt bằng. Hội nghị đánh giá cao kết quả đạt được.\n"
	tests := []struct {
		headline, person string
		want             []string
	}{
		{"Bí thư Thành ủy Lê Văn Tâm: nhân rộng kinh nghiệm giải phóng mặt bằng", "Lê Văn Tâm", []string{"attendee", "speaker"}},
		{"Thành ủy gặp mặt đồng chí Lê Văn Tâm nhân dịp nghỉ hưu", "Lê Văn Tâm", []string{"attendee"}},
	}
	for _, tt := range tests {
		d, err := newDocument(schema.Page{URL: "test", Body: []byte(tt.headline + body)})
		if err != nil {
			t.Fatal(err)
		}
		r := &schema.Report{Meeting: schema.Meeting{Type: schema.MeetingConference}}
		extractPeople(d, r)
		p, ok := personNamed(r.People, tt.person)
		if !ok {
			t.Fatalf("%q: %s not found", tt.headline, tt.person)
		}
		if !slices.Equal(p.Roles, tt.want) {
			t.Errorf("%q: roles = %q, want %q", tt.headline, p.Roles, tt.want)
		}
	}
}
