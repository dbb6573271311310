package extractor

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/meetx/meetx/schema"
)

// roleBatteryPerson is one named person as reports introduce them: the full
// first mention (address word or rank, name, office), the bare name with its
// office for "các đồng chí:" lists, and the office alone for later references.
type roleBatteryPerson struct {
	full, bare, name, office string
}

// roleBatteryCast are triples of people who meet; each template is filled
// with every triple, so each sentence form is tried with several kinds of
// introduction (đồng chí, ông/bà, rank, degree, office before the name).
var roleBatteryCast = [][3]roleBatteryPerson{
	{
		{"đồng chí Lương Văn Tư, Bí thư Tỉnh ủy", "Lương Văn Tư, Bí thư Tỉnh ủy", "Lương Văn Tư", "Bí thư Tỉnh ủy"},
		{"đồng chí Hoàng Thị Minh Nguyệt, Chủ tịch UBND tỉnh", "Hoàng Thị Minh Nguyệt, Chủ tịch UBND tỉnh", "Hoàng Thị Minh Nguyệt", "Chủ tịch UBND tỉnh"},
		{"đồng chí Đinh Xuân Phúc, Trưởng Ban Tổ chức Tỉnh ủy", "Đinh Xuân Phúc, Trưởng Ban Tổ chức Tỉnh ủy", "Đinh Xuân Phúc", "Trưởng Ban Tổ chức Tỉnh ủy"},
	},
	{
		{"ông Vũ Quốc Bảo - Giám đốc Sở Tài chính", "Vũ Quốc Bảo - Giám đốc Sở Tài chính", "Vũ Quốc Bảo", "Giám đốc Sở Tài chính"},
		{"bà Nông Thị Sen - Phó Chủ tịch UBND huyện", "Nông Thị Sen - Phó Chủ tịch UBND huyện", "Nông Thị Sen", "Phó Chủ tịch UBND huyện"},
		{"ông Hà Văn Khiêm - Chánh Văn phòng UBND tỉnh", "Hà Văn Khiêm - Chánh Văn phòng UBND tỉnh", "Hà Văn Khiêm", "Chánh Văn phòng UBND tỉnh"},
	},
	{
		{"Thứ trưởng Bộ Nội vụ Trần Anh Tuấn", "Trần Anh Tuấn, Thứ trưởng Bộ Nội vụ", "Trần Anh Tuấn", "Thứ trưởng Bộ Nội vụ"},
		{"Phó Chủ tịch HĐND tỉnh Lê Thị Hằng", "Lê Thị Hằng, Phó Chủ tịch HĐND tỉnh", "Lê Thị Hằng", "Phó Chủ tịch HĐND tỉnh"},
		{"Giám đốc Sở Y tế Phạm Đức Long", "Phạm Đức Long, Giám đốc Sở Y tế", "Phạm Đức Long", "Giám đốc Sở Y tế"},
	},
	{
		{"Thiếu tướng Nguyễn Văn Cường, Giám đốc Công an tỉnh", "Thiếu tướng Nguyễn Văn Cường, Giám đốc Công an tỉnh", "Nguyễn Văn Cường", "Giám đốc Công an tỉnh"},
		{"Đại tá Đỗ Minh Quang, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Đại tá Đỗ Minh Quang, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Đỗ Minh Quang", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"},
		{"ông Bùi Thanh Sơn, Chủ tịch Hội Nông dân tỉnh", "Bùi Thanh Sơn, Chủ tịch Hội Nông dân tỉnh", "Bùi Thanh Sơn", "Chủ tịch Hội Nông dân tỉnh"},
	},
	{
		{"PGS.TS Trịnh Văn Hùng, Hiệu trưởng Nhà trường", "PGS.TS Trịnh Văn Hùng, Hiệu trưởng Nhà trường", "Trịnh Văn Hùng", "Hiệu trưởng Nhà trường"},
		{"TS. Mai Thị Thu Trang, Phó Hiệu trưởng Nhà trường", "TS. Mai Thị Thu Trang, Phó Hiệu trưởng Nhà trường", "Mai Thị Thu Trang", "Phó Hiệu trưởng Nhà trường"},
		{"ThS. Lò Văn Dũng, Trưởng phòng Đào tạo", "ThS. Lò Văn Dũng, Trưởng phòng Đào tạo", "Lò Văn Dũng", "Trưởng phòng Đào tạo"},
	},
	{
		{"đồng chí Tạ Quang Vinh, Ủy viên Trung ương Đảng, Bí thư Thành ủy", "Tạ Quang Vinh, Ủy viên Trung ương Đảng, Bí thư Thành ủy", "Tạ Quang Vinh", "Bí thư Thành ủy"},
		{"đồng chí Kiều Thị Lan Anh, Phó Bí thư Thường trực Thành ủy", "Kiều Thị Lan Anh, Phó Bí thư Thường trực Thành ủy", "Kiều Thị Lan Anh", "Phó Bí thư Thường trực Thành ủy"},
		{"đồng chí Châu Văn Lộc, Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Châu Văn Lộc, Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Châu Văn Lộc", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"},
	},
}

// roleBatteryTemplates are the sentence forms of real reports. {A} {B} {C}
// are full first mentions, {A.bare} a list member after "các đồng chí:",
// {A.name} the name alone, {A.office} the office alone; M names someone
// who is not at the meeting. want gives each person's roles; chair,
// speaker and presenter imply attendee (GOLD-SCHEMA's scoring).
var roleBatteryTemplates = []struct {
	category, text string
	want           map[string]string
}{
	// chairs
	{"chair", "{A} chủ trì hội nghị.", map[string]string{"A": "chair"}},
	{"chair", "Sáng 12/3, {A} chủ trì hội nghị sơ kết công tác quý I.", map[string]string{"A": "chair"}},
	{"chair", "{A} và {B} đồng chủ trì hội nghị.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Chủ trì hội nghị có {A}.", map[string]string{"A": "chair"}},
	{"chair", "Chủ trì hội nghị có {A}; {B}.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Đồng chủ trì hội nghị có {A} và {B}.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Hội nghị do {A} chủ trì.", map[string]string{"A": "chair"}},
	{"chair", "Dưới sự chủ trì của {A}, hội nghị đã thảo luận nhiều nội dung quan trọng.", map[string]string{"A": "chair"}},
	{"chair", "Hội nghị diễn ra dưới sự chủ trì của {A}.", map[string]string{"A": "chair"}},
	{"chair", "Hội nghị diễn ra dưới sự chủ trì của {A}, {B} và lãnh đạo các sở, ngành.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Hội nghị diễn ra dưới sự chủ trì của Bộ trưởng Phạm Minh Hoàng, Thứ trưởng Trần Thanh Tâm cùng các đại biểu.", map[string]string{"Phạm Minh Hoàng": "chair", "Trần Thanh Tâm": "chair"}},
	{"chair", "{A} chủ tọa kỳ họp.", map[string]string{"A": "chair"}},
	{"chair", "Đoàn Chủ tịch Đại hội gồm các đồng chí: {A.bare}; {B.bare}; {C.bare}.", map[string]string{"A": "chair", "B": "chair", "C": "chair"}},
	{"chair", "Chủ tọa kỳ họp gồm các đồng chí: {A.bare}; {B.bare}.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "{A} chủ trì hội nghị; {B} đồng chủ trì.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "{A} chủ trì, {B} và {C} đồng chủ trì hội nghị.", map[string]string{"A": "chair", "B": "chair", "C": "chair"}},
	{"chair", "{A} chủ trì hội nghị. Cùng chủ trì có {B}.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "{A} đã chủ trì cuộc họp với các sở, ngành.", map[string]string{"A": "chair"}},
	{"chair", "{A} chủ trì buổi làm việc. Cùng dự có {B}.", map[string]string{"A": "chair", "B": "attendee"}},
	{"chair", "Tới dự và chủ trì hội nghị có {A}; {B}.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Tham dự, chủ trì và chỉ đạo buổi làm việc có {A}.", map[string]string{"A": "chair speaker"}},
	{"chair", "Tại điểm cầu huyện Bình Sơn dự và chủ trì hội nghị có {A}; {B}.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Tại điểm cầu Sở Y tế, chủ trì hội nghị có {A}.", map[string]string{"A": "chair"}},
	{"chair", "Sáng 5/7, {A} dự, chủ trì và có bài phát biểu tổng kết đợt thi đua.", map[string]string{"A": "chair speaker"}},
	{"chair", "{A} chủ trì và có bài phát biểu chỉ đạo hội nghị.", map[string]string{"A": "chair speaker"}},
	{"chair", "Chủ trì hội thảo gồm {A}; {B}; {C}.", map[string]string{"A": "chair", "B": "chair", "C": "chair"}},
	{"chair", "{A} cùng {B} chủ trì hội nghị.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Sáng 5/7, {A} cùng {B} chủ trì hội nghị.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Sáng 5/7, Sở Xây dựng tổ chức hội nghị giao ban quý III, {A} cùng các đồng chí Phó Giám đốc Sở Đoàn Minh Lộc, Hà Thị Yến chủ trì hội nghị.", map[string]string{"A": "chair", "Đoàn Minh Lộc": "chair", "Hà Thị Yến": "chair"}},
	{"chair", "Tại hội trường tỉnh, {A}, {B} đồng chủ trì hội nghị.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "{A} cùng các đồng chí Phó Giám đốc Sở Đoàn Minh Lộc, Hà Thị Yến chủ trì hội nghị.", map[string]string{"A": "chair", "Đoàn Minh Lộc": "chair", "Hà Thị Yến": "chair"}},
	// attendees
	{"attendee", "Dự hội nghị có {A}.", map[string]string{"A": "attendee"}},
	{"attendee", "Dự hội nghị có {A}; {B}; {C}.", map[string]string{"A": "attendee", "B": "attendee", "C": "attendee"}},
	{"attendee", "Tham dự hội nghị có các đồng chí: {A.bare}; {B.bare}; {C.bare}.", map[string]string{"A": "attendee", "B": "attendee", "C": "attendee"}},
	{"attendee", "Tham dự có các đồng chí: {A.bare}; {B.bare}.", map[string]string{"A": "attendee", "B": "attendee"}},
	{"attendee", "Cùng dự có {A}.", map[string]string{"A": "attendee"}},
	{"attendee", "{A} về dự hội nghị.", map[string]string{"A": "attendee"}},
	{"attendee", "{A} tới dự buổi lễ.", map[string]string{"A": "attendee"}},
	{"attendee", "{A} đến dự và chung vui cùng nhà trường.", map[string]string{"A": "attendee"}},
	{"attendee", "{A}; {B} cùng dự hội nghị.", map[string]string{"A": "attendee", "B": "attendee"}},
	{"attendee", "{A} tham dự hội nghị tại điểm cầu tỉnh.", map[string]string{"A": "attendee"}},
	{"attendee", "Hội nghị có sự tham dự của {A}.", map[string]string{"A": "attendee"}},
	{"attendee", "Về dự hội nghị có {A}; {B}.", map[string]string{"A": "attendee", "B": "attendee"}},
	{"attendee", "Tới dự buổi lễ có {A}.", map[string]string{"A": "attendee"}},
	// speakers
	{"speaker", "Phát biểu tại hội nghị, {A} nhấn mạnh vai trò của công tác cán bộ.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} phát biểu chỉ đạo hội nghị.", map[string]string{"A": "speaker"}},
	{"speaker", "Phát biểu chỉ đạo, {A} đề nghị các cấp ủy tập trung lãnh đạo thực hiện.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} cho biết, năm 2024 toàn tỉnh đạt nhiều kết quả quan trọng.", map[string]string{"A": "speaker"}},
	{"speaker", "Kết luận hội nghị, {A} yêu cầu các sở, ngành khẩn trương triển khai.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} phát biểu kết luận hội nghị.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} phát biểu chúc mừng những kết quả đạt được.", map[string]string{"A": "speaker"}},
	{"speaker", "Thay mặt lãnh đạo tỉnh, {A} chúc mừng những thành tích của ngành.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} tiếp thu ý kiến của các đại biểu và giải trình thêm một số nội dung.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} phát biểu khai mạc hội nghị.", map[string]string{"A": "speaker"}},
	{"speaker", "Phát biểu khai mạc, {A} cho biết hội nghị có ý nghĩa quan trọng.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} phát biểu bế mạc kỳ họp.", map[string]string{"A": "speaker"}},
	{"speaker", "Tại hội nghị, {A} đã đề nghị các địa phương quan tâm hơn nữa.", map[string]string{"A": "speaker"}},
	{"speaker", "Theo {A}, thời gian tới cần tập trung tháo gỡ khó khăn.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} nhấn mạnh, đây là nhiệm vụ trọng tâm của năm.", map[string]string{"A": "speaker"}},
	{"speaker", "Phát biểu chúc mừng, {A} ghi nhận những nỗ lực của tập thể.", map[string]string{"A": "speaker"}},
	{"speaker", "Tiếp thu ý kiến đại biểu, {A} khẳng định sẽ chỉ đạo giải quyết dứt điểm.", map[string]string{"A": "speaker"}},
	{"speaker", "Chỉ đạo tại hội nghị, {A} yêu cầu các đơn vị nâng cao chất lượng.", map[string]string{"A": "speaker"}},
	{"speaker", "Kết luận buổi làm việc, {A} đánh giá cao sự chuẩn bị của đơn vị.", map[string]string{"A": "speaker"}},
	{"speaker", "Đánh giá cao kết quả đạt được, {A} đề nghị thời gian tới cần đẩy mạnh chuyển đổi số.", map[string]string{"A": "speaker"}},
	// presenters
	{"presenter", "{A} trình bày báo cáo tổng kết công tác năm 2024.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} truyền đạt các nội dung cơ bản của Nghị quyết.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} thông qua dự thảo Nghị quyết Đại hội.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} công bố Quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ.", map[string]string{"A": "presenter"}},
	{"presenter", "Tại hội nghị, {A} đã trình bày Tờ trình về dự thảo kế hoạch năm 2025.", map[string]string{"A": "presenter"}},
	{"presenter", "Báo cáo tại hội nghị, {A} cho biết toàn ngành đã hoàn thành kế hoạch.", map[string]string{"A": "presenter"}},
	{"presenter", "Theo báo cáo do {A} trình bày, năm qua tỉnh đạt nhiều kết quả.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} đọc Quyết định công nhận kết quả bầu cử.", map[string]string{"A": "presenter"}},
	{"presenter", "Thừa ủy quyền, {A} công bố Quyết định bổ nhiệm cán bộ.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} trình bày dự thảo Báo cáo chính trị trình Đại hội.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} báo cáo tóm tắt tình hình kinh tế - xã hội tháng 10.", map[string]string{"A": "presenter"}},
	{"presenter", "Hội nghị nghe {A} giới thiệu tổng quan về quy hoạch vùng Đồng bằng sông Cửu Long.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} giới thiệu những điểm mới của Luật Đất đai.", map[string]string{"A": "presenter"}},
	// mentioned
	{"mentioned", "Hội nghị triển khai Kết luận của Tổng Bí thư Lê Văn Định tại hội nghị toàn quốc. {A} chủ trì hội nghị.", map[string]string{"A": "chair", "Lê Văn Định": "mentioned"}},
	{"mentioned", "Thực hiện chỉ đạo của Thủ tướng Chính phủ Nguyễn Hữu Trí, {A} chủ trì cuộc họp.", map[string]string{"A": "chair", "Nguyễn Hữu Trí": "mentioned"}},
	{"mentioned", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. {A} phát biểu.", map[string]string{"A": "speaker"}},
	{"mentioned", "Làm theo lời dạy của Chủ tịch Hồ Chí Minh, {A} đề nghị cán bộ gần dân.", map[string]string{"A": "speaker", "Hồ Chí Minh": "mentioned"}},
	{"mentioned", "Phó Thủ tướng Đặng Quốc Khánh đã ký Quyết định số 25/QĐ-TTg phê duyệt đề án. {A} chủ trì hội nghị.", map[string]string{"A": "chair", "Đặng Quốc Khánh": "mentioned"}},
	{"mentioned", "Như Tổng Bí thư Lê Văn Định từng nhấn mạnh, cán bộ là gốc của mọi công việc. {A} phát biểu tại hội nghị.", map[string]string{"A": "speaker", "Lê Văn Định": "mentioned"}},
	{"mentioned", "{A} truyền đạt ý kiến chỉ đạo của Phó Thủ tướng Lâm Quang Điền tại cuộc họp trực tuyến ngày 10/9.", map[string]string{"A": "presenter", "Lâm Quang Điền": "mentioned"}},
	{"mentioned", "Chủ tịch nước Võ Minh Tâm gửi thư chúc mừng hội nghị. {A} phát biểu khai mạc.", map[string]string{"A": "speaker", "Võ Minh Tâm": "mentioned"}},
	{"mentioned", "Các đơn vị triển khai theo chỉ đạo của Thủ tướng Chính phủ Nguyễn Hữu Trí. {A} phát biểu.", map[string]string{"A": "speaker", "Nguyễn Hữu Trí": "mentioned"}},
	// mixtures
	{"mixture", "Dự và chỉ đạo hội nghị có {A}.", map[string]string{"A": "speaker"}},
	{"mixture", "{A} dự và chỉ đạo hội nghị.", map[string]string{"A": "speaker"}},
	{"mixture", "{A} dự và phát biểu chỉ đạo hội nghị. Cùng dự có {B}.", map[string]string{"A": "speaker", "B": "attendee"}},
	{"mixture", "{A} chủ trì và phát biểu kết luận hội nghị.", map[string]string{"A": "chair speaker"}},
	{"mixture", "Dự hội nghị có {A}; {B}; {C}. Phát biểu tại hội nghị, đồng chí {B.name} đề nghị các đơn vị phối hợp chặt chẽ.", map[string]string{"A": "attendee", "B": "speaker", "C": "attendee"}},
	{"mixture", "Dự hội nghị có {A}; {B}. Phát biểu kết luận, đồng chí {A.office} yêu cầu các đơn vị khắc phục hạn chế.", map[string]string{"A": "speaker", "B": "attendee"}},
	{"mixture", "{A} chủ trì hội nghị. Phát biểu kết luận, đồng chí {A.office} yêu cầu các đơn vị khắc phục hạn chế.", map[string]string{"A": "chair speaker"}},
	{"mixture", "{A} chủ trì hội nghị. {B} trình bày báo cáo tổng kết. Phát biểu kết luận, {A.name} biểu dương các đơn vị.", map[string]string{"A": "chair speaker", "B": "presenter"}},
	{"mixture", "{A} chủ trì hội nghị. Cùng dự có {B}; {C}. Tại hội nghị, {C.name} báo cáo kết quả công tác quý III.", map[string]string{"A": "chair", "B": "attendee", "C": "presenter"}},
	{"mixture", "Hội nghị do {A} chủ trì. {B} trình bày báo cáo; {C} phát biểu tham luận.", map[string]string{"A": "chair", "B": "presenter", "C": "speaker"}},
	{"mixture", "Tham dự có các đồng chí: {A.bare}; {B.bare}. Đồng chí {A.name} phát biểu chỉ đạo hội nghị.", map[string]string{"A": "speaker", "B": "attendee"}},
	{"mixture", "{A} trình bày báo cáo chính trị. Sau đó, {B} phát biểu chỉ đạo đại hội.", map[string]string{"A": "presenter", "B": "speaker"}},
	{"mixture", "{A} chủ trì hội nghị trực tuyến tại điểm cầu Trung ương; {B} chủ trì tại điểm cầu tỉnh.", map[string]string{"A": "chair", "B": "chair"}},
	{"mixture", "Tại điểm cầu tỉnh, {A} chủ trì; cùng dự có {B}.", map[string]string{"A": "chair", "B": "attendee"}},
	{"mixture", "{A} chủ trì và kết luận hội nghị.", map[string]string{"A": "chair speaker"}},
	{"mixture", "{A} phát biểu khai mạc và điều hành hội nghị.", map[string]string{"A": "chair speaker"}},
	{"mixture", "Thư chúc mừng của Chủ tịch nước Võ Minh Tâm được {A} đọc tại buổi lễ.", map[string]string{"A": "presenter", "Võ Minh Tâm": "mentioned"}},
	{"mixture", "{A} chủ trì hội nghị. Dự hội nghị có {B}. Tại hội nghị, {B.name} đã phát biểu chúc mừng.", map[string]string{"A": "chair", "B": "speaker"}},
	{"mixture", "{A} chủ trì hội nghị. Phát biểu tại hội nghị, {A.office} biểu dương những kết quả đạt được.", map[string]string{"A": "chair speaker"}},
	{"mixture", "Hội nghị được chủ trì bởi {A}.", map[string]string{"A": "chair"}},
	{"mixture", "Dự hội nghị, về phía Trung ương có {A}; về phía tỉnh có {B}.", map[string]string{"A": "attendee", "B": "attendee"}},
	{"mixture", "Về phía tỉnh có {A}.", map[string]string{"A": "attendee"}},
	{"mixture", "Thảo luận tại hội nghị, {A} đề xuất một số giải pháp.", map[string]string{"A": "speaker"}},
	{"mixture", "Về phía đơn vị, {A} cho biết sẽ tiếp thu đầy đủ.", map[string]string{"A": "speaker"}},
	{"mixture", "{A} phát biểu giao nhiệm vụ cho các đơn vị.", map[string]string{"A": "speaker"}},
	{"mixture", "Tại buổi tiếp, {A} bày tỏ vui mừng được gặp gỡ đoàn.", map[string]string{"A": "speaker"}},
	{"mixture", "Chủ trì hội nghị có các đồng chí: {A.bare}; {B.bare}.", map[string]string{"A": "chair", "B": "chair"}},
	{"mixture", "Chủ trì hội nghị là {A}.", map[string]string{"A": "chair"}},
	{"mixture", "Trong phần thảo luận, {A} đã nêu nhiều ý kiến tâm huyết.", map[string]string{"A": "speaker"}},
	{"mixture", "Tiếp đó, {A} đã quán triệt những nội dung cơ bản của Chỉ thị số 35-CT/TW.", map[string]string{"A": "presenter"}},
	{"mixture", "{A} đọc diễn văn khai mạc đại hội.", map[string]string{"A": "speaker"}},
	{"mixture", "Thay mặt Ban Chấp hành, {A} trình bày Báo cáo chính trị.", map[string]string{"A": "presenter"}},
	{"mixture", "{A} thông qua Chương trình hành động thực hiện Nghị quyết.", map[string]string{"A": "presenter"}},
	{"mixture", "Dịp này, {A} được tặng Bằng khen của Chủ tịch UBND tỉnh.", map[string]string{"A": "attendee"}},
	{"mixture", "Kỷ niệm 110 năm Ngày sinh Đại tướng Võ Nguyên Giáp, {A} phát biểu tại lễ.", map[string]string{"A": "speaker", "Võ Nguyên Giáp": "mentioned"}},
	{"mixture", "Nhà nước truy tặng danh hiệu Anh hùng cho liệt sĩ Phan Văn Đạt. {A} trao danh hiệu cho thân nhân.", map[string]string{"Phan Văn Đạt": "mentioned"}},
	{"mixture", "Quyết định số 12/QĐ-UBND do Chủ tịch UBND tỉnh Trương Công Hậu ký ngày 3/5. {A} chủ trì hội nghị.", map[string]string{"A": "chair", "Trương Công Hậu": "mentioned"}},
	{"mixture", "Phát biểu tại hội nghị, {A} gửi lời chúc của Tổng Bí thư Lê Văn Định tới các đại biểu.", map[string]string{"A": "speaker", "Lê Văn Định": "mentioned"}},
	{"mixture", "Nhiều đại biểu, trong đó có {A}, cho rằng cần sớm hoàn thiện thể chế.", map[string]string{"A": "speaker"}},
	{"mixture", "Phát biểu tham luận, {A} chia sẻ kinh nghiệm của địa phương.", map[string]string{"A": "speaker"}},
	{"mixture", "Đại biểu {A.name} phát biểu tại hội nghị.", map[string]string{"A": "speaker"}},
	{"mixture", "{A} chủ trì hội nghị. Đồng chí {A.office} đề nghị các đơn vị rà soát lại kế hoạch.", map[string]string{"A": "chair speaker"}},
	{"mixture", "{A}, người chủ trì hội nghị, cho biết sẽ tổng hợp ý kiến.", map[string]string{"A": "chair speaker"}},
	{"mixture", "Đến dự có {A}; {B} cùng lãnh đạo các sở, ngành, địa phương.", map[string]string{"A": "attendee", "B": "attendee"}},
	// second round: lists, captions, re-mentions, visits, awards
	{"attendee", "Dự hội nghị có các đồng chí {A.name}, {B.name}, {C.name}.", map[string]string{"A": "attendee", "B": "attendee", "C": "attendee"}},
	{"attendee", "Cùng dự có các đồng chí: {A.name}, {B.name}; lãnh đạo các sở, ngành.", map[string]string{"A": "attendee", "B": "attendee"}},
	{"attendee", "Đến dự hội nghị còn có {A}.", map[string]string{"A": "attendee"}},
	{"attendee", "Ngoài ra, hội nghị còn có sự tham dự của {A}.", map[string]string{"A": "attendee"}},
	{"attendee", "Tham dự hội nghị tại điểm cầu tỉnh có {A}.", map[string]string{"A": "attendee"}},
	{"attendee", "Dự buổi làm việc có {A} cùng đại diện lãnh đạo các sở, ngành.", map[string]string{"A": "attendee"}},
	{"attendee", "Cùng đi với đoàn có {A}.", map[string]string{"A": "attendee"}},
	{"attendee", "Tiếp và làm việc với đoàn có {A}; {B}.", map[string]string{"A": "attendee", "B": "attendee"}},
	{"attendee", "{A} cùng đoàn công tác đã đến thăm, làm việc tại huyện.", map[string]string{"A": "attendee"}},
	{"attendee", "{A} trao Bằng khen cho {B}.", map[string]string{"A": "attendee", "B": "attendee"}},
	{"attendee", "Thay mặt lãnh đạo tỉnh, {A} trao Huân chương Lao động hạng Nhì cho tập thể nhà trường.", map[string]string{"A": "attendee"}},
	{"chair", "Đồng chủ trì hội nghị có các đồng chí: {A.bare}; {B.bare}.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "{A}; {B} cùng chủ trì hội nghị.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Chủ trì phiên họp, {A} đề nghị các đại biểu tập trung thảo luận.", map[string]string{"A": "chair speaker"}},
	{"chair", "Hội nghị do {A} và {B} đồng chủ trì.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Hội nghị do {A} chủ trì, với sự tham dự của {B}.", map[string]string{"A": "chair", "B": "attendee"}},
	{"speaker", "Phát biểu ý kiến tại hội nghị, {A} bày tỏ sự đồng tình cao.", map[string]string{"A": "speaker"}},
	{"speaker", "Tham luận tại hội nghị, {A} chia sẻ kinh nghiệm trong công tác dân vận.", map[string]string{"A": "speaker"}},
	{"speaker", "Tại phiên thảo luận, {A} chất vấn về tiến độ giải ngân vốn đầu tư công.", map[string]string{"A": "speaker"}},
	{"speaker", "Trả lời chất vấn, {A} cho biết sẽ chỉ đạo khắc phục.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} giải trình, làm rõ các ý kiến của đại biểu.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} đã có bài phát biểu quan trọng tại hội nghị.", map[string]string{"A": "speaker"}},
	{"speaker", "Trong bài phát biểu chỉ đạo, {A} nhấn mạnh yêu cầu đổi mới.", map[string]string{"A": "speaker"}},
	{"speaker", "Tại buổi làm việc, {A} đề nghị Bộ quan tâm hỗ trợ tỉnh.", map[string]string{"A": "speaker"}},
	{"speaker", "Ghi nhận, biểu dương kết quả đạt được, {A} yêu cầu các đơn vị khắc phục hạn chế.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} phát biểu tại buổi lễ.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} phát biểu tại hội nghị. Ảnh: Minh Anh", map[string]string{"A": "speaker"}},
	{"speaker", "{A} có bài tham luận về công tác xây dựng Đảng.", map[string]string{"A": "speaker"}},
	{"speaker", "Phát biểu nhận nhiệm vụ, {A} cảm ơn sự tin tưởng của cấp trên.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} phát biểu ý kiến.", map[string]string{"A": "speaker"}},
	{"presenter", "{A} trình bày Tờ trình về dự thảo Nghị quyết.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} thông qua Nghị quyết hội nghị.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} công bố và trao Quyết định bổ nhiệm cán bộ.", map[string]string{"A": "presenter"}},
	{"presenter", "{A} trình bày báo cáo thẩm tra của Ban Kinh tế - Ngân sách.", map[string]string{"A": "presenter"}},
	{"presenter", "Trình bày báo cáo tại hội nghị, {A} cho biết toàn ngành đạt nhiều kết quả.", map[string]string{"A": "presenter"}},
	{"presenter", "Quán triệt Nghị quyết, {A} nêu rõ những điểm mới.", map[string]string{"A": "presenter"}},
	{"presenter", "Tại hội nghị, {A} đã truyền đạt chuyên đề về chuyển đổi số.", map[string]string{"A": "presenter"}},
	{"mentioned", "Theo Quyết định số 123/QĐ-TTg của Thủ tướng Chính phủ Nguyễn Hữu Trí, tỉnh được giao chỉ tiêu. {A} chủ trì hội nghị.", map[string]string{"A": "chair", "Nguyễn Hữu Trí": "mentioned"}},
	{"mentioned", "Chủ tịch nước Võ Minh Tâm đã ký Quyết định tặng thưởng Huân chương Lao động. {A} trao Huân chương cho nhà trường.", map[string]string{"A": "attendee", "Võ Minh Tâm": "mentioned"}},
	{"mentioned", "Hội thảo khoa học về cố Thủ tướng Phạm Văn Hòa. {A} phát biểu khai mạc.", map[string]string{"A": "speaker", "Phạm Văn Hòa": "mentioned"}},
	{"mentioned", "Đại tướng Hoàng Minh Thảo từng căn dặn cán bộ phải gần dân. {A} phát biểu.", map[string]string{"A": "speaker", "Hoàng Minh Thảo": "mentioned"}},
	{"mentioned", "Tại lễ tưởng niệm Anh hùng liệt sĩ Nguyễn Văn Trỗi, {A} phát biểu ôn lại truyền thống.", map[string]string{"A": "speaker", "Nguyễn Văn Trỗi": "mentioned"}},
	{"mentioned", "Dịp này, {A} đến thắp hương tưởng nhớ Đại tướng Võ Nguyên Giáp.", map[string]string{"A": "attendee", "Võ Nguyên Giáp": "mentioned"}},
	{"mixture", "{A} dự, phát biểu chỉ đạo hội nghị.", map[string]string{"A": "speaker"}},
	{"mixture", "{A} và {B} dự và chỉ đạo hội nghị.", map[string]string{"A": "speaker", "B": "speaker"}},
	{"mixture", "{A} cùng dự và phát biểu tại hội nghị.", map[string]string{"A": "speaker"}},
	{"mixture", "Dự hội nghị có {A}. Theo đồng chí {A.name}, cần tập trung cải cách hành chính.", map[string]string{"A": "speaker"}},
	{"mixture", "Dự hội nghị có {A}. Đồng chí {A.office} đánh giá cao kết quả đạt được.", map[string]string{"A": "speaker"}},
	{"mixture", "{A} chủ trì hội nghị; dự hội nghị có {B}. Phát biểu chỉ đạo, {B.office} đề nghị tỉnh quyết liệt hơn.", map[string]string{"A": "chair", "B": "speaker"}},
	{"mixture", "Ảnh: {A} phát biểu tại hội nghị.", map[string]string{"A": "speaker"}},
	{"mixture", "{A} (bên phải) trao quyết định cho cán bộ.", map[string]string{"A": "presenter"}},
	{"mixture", "{A} chủ trì hội nghị. Cùng dự có {B}. {B.name} trình bày báo cáo kết quả kiểm tra.", map[string]string{"A": "chair", "B": "presenter"}},
	{"chair", "{A} chủ trì hội nghị. Đồng chí {A.name} nhấn mạnh, cần tập trung cải cách hành chính.", map[string]string{"A": "chair speaker"}},
	{"chair", "{A} chủ trì hội nghị. {A.name} biểu dương các đơn vị đạt thành tích.", map[string]string{"A": "chair speaker"}},
	{"chair", "{A} chủ trì buổi làm việc. Tại buổi làm việc, {A.name} cho biết tỉnh sẽ hỗ trợ.", map[string]string{"A": "chair speaker"}},
	{"presenter", "Báo cáo tại hội nghị, {A} cho biết toàn ngành hoàn thành kế hoạch. {A.name} nhấn mạnh cần tiếp tục cố gắng.", map[string]string{"A": "presenter"}},
	{"given", "Dự hội nghị có {A}. Tại hội nghị, đồng chí {A.given} cho biết tỉnh sẽ hỗ trợ.", map[string]string{"A": "speaker"}},
	{"given", "{A} chủ trì hội nghị. Kết luận hội nghị, đồng chí {A.given} yêu cầu các đơn vị khẩn trương thực hiện.", map[string]string{"A": "chair speaker"}},
	{"chair", "Chủ trì hội nghị có {A}; cùng dự có {B}.", map[string]string{"A": "chair", "B": "attendee"}},
	{"chair", "Chủ trì hội nghị có {A}; tham dự có {B}; {C}.", map[string]string{"A": "chair", "B": "attendee", "C": "attendee"}},
	{"chair", "{A} chủ trì hội nghị, {B} đồng chủ trì.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "{A} và {B} cùng chủ trì, điều hành hội nghị.", map[string]string{"A": "chair", "B": "chair"}},
	{"chair", "Thay mặt Đoàn Chủ tịch, {A} điều hành đại hội.", map[string]string{"A": "chair"}},
	{"speaker", "Mở đầu hội nghị, {A} phát biểu.", map[string]string{"A": "speaker"}},
	{"speaker", "{A} dự, phát biểu chỉ đạo và trao giải cho các tập thể.", map[string]string{"A": "speaker"}},
	{"presenter", "Tại hội nghị, các đại biểu đã nghe {A} báo cáo.", map[string]string{"A": "presenter"}},
	{"presenter", "Thay mặt Ban Chấp hành, {A} trình bày và thông qua báo cáo.", map[string]string{"A": "presenter"}},
	{"attendee", "Dự hội nghị có {A} cùng các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.", map[string]string{"A": "attendee"}},
	{"attendee", "Dự và trao quà có {A}.", map[string]string{"A": "attendee"}},
	{"reference", "{A} làm việc với tỉnh. Phát biểu tại buổi làm việc, {A.title} đề nghị tỉnh quyết liệt hơn.", map[string]string{"A": "speaker"}},
	{"reference", "{A} chủ trì hội nghị. Kết luận hội nghị, {A.title} yêu cầu các đơn vị thực hiện nghiêm.", map[string]string{"A": "chair speaker"}},
	{"reference", "{A} chủ trì hội nghị. {A.title} nhấn mạnh yêu cầu cải cách.", map[string]string{"A": "chair speaker"}},
	{"mentioned", "{A} chủ trì hội nghị. Đồng chí {A.name} dẫn lời Tổng Bí thư Lê Văn Định: “Cán bộ là gốc”.", map[string]string{"A": "chair", "Lê Văn Định": "mentioned"}},
	{"mentioned", "{A} chủ trì hội nghị. Hội nghị dành một phút mặc niệm đồng chí Nguyễn Văn Sáng, nguyên Bí thư Tỉnh ủy.", map[string]string{"A": "chair", "Nguyễn Văn Sáng": "mentioned"}},
	{"mentioned", "{A} chủ trì hội nghị. Nguyên Chủ tịch nước Trần Đức Lương đã từng về thăm xã.", map[string]string{"A": "chair", "Trần Đức Lương": "mentioned"}},
	{"mentioned", "{A} chủ trì hội nghị. Thực hiện ý kiến kết luận của Phó Thủ tướng Trần Lưu Quang, tỉnh đã triển khai.", map[string]string{"A": "chair", "Trần Lưu Quang": "mentioned"}},
	{"mentioned", "{A} chủ trì hội nghị. Chủ tịch nước Trần Lưu Quang đã gửi Thư khen.", map[string]string{"A": "chair", "Trần Lưu Quang": "mentioned"}},
	{"mentioned", "{A} đọc Thư của Chủ tịch nước Trần Lưu Quang gửi hội nghị.", map[string]string{"A": "presenter", "Trần Lưu Quang": "mentioned"}},
	{"mentioned", "Đồng chí Trần Lưu Quang, nguyên Bí thư Tỉnh ủy đã từ trần. {A} chủ trì lễ truy điệu.", map[string]string{"A": "chair", "Trần Lưu Quang": "mentioned"}},
	{"mentioned", "Thực hiện Công điện số 5/CĐ-TTg ngày 3/2 của Thủ tướng Chính phủ Trần Lưu Quang, {A} chủ trì cuộc họp.", map[string]string{"A": "chair", "Trần Lưu Quang": "mentioned"}},
	{"mentioned", "Văn bản số 123/UBND-KT do Phó Chủ tịch UBND tỉnh Trần Lưu Quang ký gửi các sở. {A} chủ trì cuộc họp.", map[string]string{"A": "chair", "Trần Lưu Quang": "mentioned"}},
	{"mentioned", "Thừa lệnh Chủ tịch UBND tỉnh, Chánh Văn phòng Trần Lưu Quang đã ký Thông báo số 15/TB-UBND. {A} chủ trì cuộc họp.", map[string]string{"A": "chair", "Trần Lưu Quang": "mentioned"}},
	{"grassroots", "{A} chủ trì buổi tiếp xúc cử tri. Cử tri Lê Văn Hải, thôn 2, xã Bình Minh kiến nghị về tiến độ dự án.", map[string]string{"A": "chair", "Lê Văn Hải": "speaker"}},
	{"grassroots", "{A} dự buổi giao lưu. Ông Lê Văn Hải, trú tại xã Bình Minh, chia sẻ kinh nghiệm nuôi tôm.", map[string]string{"A": "attendee", "Lê Văn Hải": "speaker"}},
	{"grassroots", "{A} chủ trì hội nghị. Cô Nông Thị Mai, giáo viên Trường Tiểu học Kim Đồng phát biểu tham luận.", map[string]string{"A": "chair", "Nông Thị Mai": "speaker"}},
	{"grassroots", "{A} dự hội nghị. Chị Nông Thị Mai, hội viên Chi hội phụ nữ thôn 5 phát biểu.", map[string]string{"A": "attendee", "Nông Thị Mai": "speaker"}},
	{"grassroots", "{A} chủ trì hội nghị. Theo ông Lê Văn Hải, người dân cần chủ động phòng dịch.", map[string]string{"A": "chair", "Lê Văn Hải": "speaker"}},
	// third round: captions, elections, appointments, links, greetings
	{"caption", "{A} phát biểu chỉ đạo tại hội nghị\nHội nghị đã thảo luận nhiều nội dung.", map[string]string{"A": "speaker"}},
	{"caption", "Quang cảnh hội nghị\n{A} trình bày báo cáo tại hội nghị\nCác đại biểu thảo luận.", map[string]string{"A": "presenter"}},
	{"caption", "{A} chủ trì hội nghị. (Ảnh: Minh Anh)", map[string]string{"A": "chair"}},
	{"election", "Đại hội đã bầu đồng chí {A.name} giữ chức Bí thư Chi bộ. {B} phát biểu chỉ đạo.", map[string]string{"A": "attendee", "B": "speaker"}},
	{"election", "Tại phiên họp thứ nhất, đồng chí {A.name} tái đắc cử Bí thư. {B} phát biểu.", map[string]string{"A": "attendee", "B": "speaker"}},
	{"appointment", "{A} trao Quyết định và tặng hoa chúc mừng ông Lý Văn Hải.", map[string]string{"Lý Văn Hải": "attendee"}},
	{"appointment", "Phát biểu nhận nhiệm vụ, ông Lý Văn Hải cảm ơn sự tin tưởng của lãnh đạo tỉnh. {A} chủ trì.", map[string]string{"A": "chair", "Lý Văn Hải": "speaker"}},
	{"link", "Tại điểm cầu Trung ương, {A} chủ trì; tại điểm cầu tỉnh, {B} chủ trì.", map[string]string{"A": "chair", "B": "chair"}},
	{"link", "Dự hội nghị tại điểm cầu tỉnh có {A}.", map[string]string{"A": "attendee"}},
	{"link", "Chủ trì tại điểm cầu tỉnh có {A}.", map[string]string{"A": "chair"}},
	{"chair", "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Lê Minh Khôi chủ trì hội nghị. {A} phát biểu.", map[string]string{"Lê Minh Khôi": "chair", "A": "speaker"}},
	{"mentioned", "Thừa ủy quyền của Chủ tịch nước Võ Minh Tâm, {A} trao Huân chương Lao động cho nhà trường.", map[string]string{"A": "attendee", "Võ Minh Tâm": "mentioned"}},
	{"mentioned", "Nghị quyết số 57-NQ/TW do Tổng Bí thư Lê Văn Định ký ban hành. {A} quán triệt Nghị quyết.", map[string]string{"A": "presenter", "Lê Văn Định": "mentioned"}},
	{"mentioned", "Thủ tướng Nguyễn Hữu Trí vừa ký ban hành Chỉ thị số 10/CT-TTg. {A} chủ trì hội nghị.", map[string]string{"A": "chair", "Nguyễn Hữu Trí": "mentioned"}},
	{"visit", "Nhân dịp này, {A} tặng quà cho các gia đình chính sách.", map[string]string{"A": "attendee"}},
	{"visit", "{A} đến thăm, tặng quà các gia đình chính sách.", map[string]string{"A": "attendee"}},
	{"visit", "Tiếp đoàn, {A} cảm ơn sự quan tâm của Bộ.", map[string]string{"A": "speaker"}},
	{"visit", "Tại buổi tiếp, {A} đề nghị hai bên tăng cường hợp tác.", map[string]string{"A": "speaker"}},
	{"mixture", "{A} chủ trì; cùng dự có {B}.", map[string]string{"A": "chair", "B": "attendee"}},
	{"mixture", "Dự hội nghị có {A}; {B}. Đồng chí {A.name} đề nghị các đơn vị tập trung thực hiện.", map[string]string{"A": "speaker", "B": "attendee"}},
	{"mixture", "Hội nghị do {A} chủ trì. Tham dự có {B}; {C}. Phát biểu chỉ đạo, đồng chí {B.name} yêu cầu các ngành vào cuộc. {C.name} báo cáo tại hội nghị.", map[string]string{"A": "chair", "B": "speaker", "C": "presenter"}},
}

// roleBatteryLeftOut are cases that still fail ("template @cast"),
// each with why it was left; ROLES_BATTERY_ALL=1 runs them too.
var roleBatteryLeftOut = map[string]string{}

func init() {
	// "X, người chủ trì hội nghị, cho biết": an apposition naming the
	// chair is rare in reports and "người" clauses usually describe a past.
	for c := range roleBatteryCast {
		roleBatteryLeftOut[fmt.Sprintf("{A}, người chủ trì hội nghị, cho biết sẽ tổng hợp ý kiến. @%d", c)] = "chair named in an apposition with người"
	}
	// "Nhiều đại biểu, trong đó có X, cho rằng": the verb after the
	// bracketing clause belongs to the group; reading it as X's would also
	// misread "trong đó có X" lists of attendees.
	roleBatteryLeftOut["Nhiều đại biểu, trong đó có {A}, cho rằng cần sớm hoàn thiện thể chế. @2"] = "verb of a group that includes the person"
	// "đồng chí Tư": the given name "Tư" is also a common word (tư pháp,
	// tư nhân) and a one-syllable reference to it is not read as a name;
	// that belongs to the name reader.
	roleBatteryLeftOut["Dự hội nghị có {A}. Tại hội nghị, đồng chí {A.given} cho biết tỉnh sẽ hỗ trợ. @0"] = "one-syllable reference by a given name that is also a word"
	roleBatteryLeftOut["{A} chủ trì hội nghị. Kết luận hội nghị, đồng chí {A.given} yêu cầu các đơn vị khẩn trương thực hiện. @0"] = "one-syllable reference by a given name that is also a word"
	// "Ảnh: X phát biểu ...": a line opened by "Ảnh:" is read as a photo
	// credit (credits.go), whose names are photographers, not people in
	// the caption; telling the two apart belongs to the credits reader.
	for c := range roleBatteryCast {
		roleBatteryLeftOut[fmt.Sprintf("Ảnh: {A} phát biểu tại hội nghị. @%d", c)] = "caption opened by Ảnh: is read as a credit"
	}
}

// roleBatteryWant expands a template's roles: the implied attendee is added
// and the order made canonical so sets compare.
func roleBatteryWant(spec string) []string {
	roles := strings.Fields(spec)
	for _, r := range roles {
		if r == "chair" || r == "speaker" || r == "presenter" {
			roles = append(roles, "attendee")
			break
		}
	}
	slices.Sort(roles)
	return slices.Compact(roles)
}

func roleBatteryFill(text string, cast [3]roleBatteryPerson) string {
	for i, key := range []string{"A", "B", "C"} {
		p := cast[i]
		given := p.name[strings.LastIndexByte(p.name, ' ')+1:]
		text = strings.NewReplacer("{"+key+".title}", roleBatteryTitles[p.office], "{"+key+".given}", given, "{"+key+"}", p.full, "{"+key+".bare}", p.bare, "{"+key+".name}", p.name, "{"+key+".office}", p.office).Replace(text)
	}
	return capitalizeSentences(text)
}

// capitalizeSentences upper-cases the first letter of each sentence, as a
// report writes "Đồng chí ..." where a filled template put "đồng chí ...".
func capitalizeSentences(text string) string {
	rs := []rune(text)
	start := true
	for i, r := range rs {
		switch {
		case start && unicode.IsLetter(r):
			rs[i] = unicode.ToUpper(r)
			start = false
		case r == '.' && (i+1 == len(rs) || rs[i+1] == ' '):
			start = true
		case !unicode.IsSpace(r):
			start = false
		}
	}
	return string(rs)
}

// roleBatteryVerbs are the verbs of taking part, each with a natural
// object, and the roles they give on their own.
var roleBatteryVerbs = []struct{ verb, want string }{
	{"chủ trì hội nghị", "chair"},
	{"đồng chủ trì buổi làm việc", "chair"},
	{"chủ tọa phiên họp", "chair"},
	{"điều hành phiên thảo luận", "chair"},
	{"tham dự hội nghị", "attendee"},
	{"về dự buổi lễ", "attendee"},
	{"tới dự và chung vui", "attendee"},
	{"phát biểu tại hội nghị", "speaker"},
	{"phát biểu chỉ đạo", "speaker"},
	{"phát biểu khai mạc hội nghị", "speaker"},
	{"phát biểu bế mạc kỳ họp", "speaker"},
	{"phát biểu kết luận hội nghị", "speaker"},
	{"phát biểu chào mừng đại hội", "speaker"},
	{"khai mạc hội nghị", "speaker"},
	{"kết luận hội nghị", "speaker"},
	{"chỉ đạo hội nghị", "speaker"},
	{"chúc mừng những kết quả đạt được", "speaker"},
	{"cho biết, tỉnh đã hoàn thành kế hoạch", "speaker"},
	{"nhấn mạnh vai trò của người đứng đầu", "speaker"},
	{"đề nghị các đơn vị phối hợp", "speaker"},
	{"yêu cầu các đơn vị khắc phục hạn chế", "speaker"},
	{"khẳng định: “Tỉnh sẽ hỗ trợ”", "speaker"},
	{"nói: “Đây là nhiệm vụ quan trọng”", "speaker"},
	{"chia sẻ kinh nghiệm", "speaker"},
	{"bày tỏ vui mừng", "speaker"},
	{"tiếp thu các ý kiến của đại biểu", "speaker"},
	{"tiếp thu ý kiến và kết luận hội nghị", "speaker"},
	{"giải trình, làm rõ các ý kiến", "speaker"},
	{"trả lời chất vấn của đại biểu", "speaker"},
	{"đánh giá cao sự chuẩn bị", "speaker"},
	{"biểu dương các đơn vị", "speaker"},
	{"ghi nhận những nỗ lực của tập thể", "speaker"},
	{"lưu ý các đơn vị", "speaker"},
	{"kiến nghị Bộ sớm ban hành hướng dẫn", "speaker"},
	{"đề xuất một số giải pháp", "speaker"},
	{"phân tích nguyên nhân", "speaker"},
	{"cảm ơn các đại biểu", "speaker"},
	{"chúc các đại biểu sức khỏe", "speaker"},
	{"giao nhiệm vụ cho các đơn vị", "speaker"},
	{"chỉ rõ những hạn chế", "speaker"},
	{"chỉ ra những tồn tại", "speaker"},
	{"gợi mở nhiều vấn đề", "speaker"},
	{"điểm lại những kết quả nổi bật", "speaker"},
	{"động viên cán bộ, chiến sĩ", "speaker"},
	{"khen ngợi tinh thần của lực lượng", "speaker"},
	{"hoan nghênh các đơn vị", "speaker"},
	{"định hướng nhiệm vụ thời gian tới", "speaker"},
	{"đặt vấn đề về chuyển đổi số", "speaker"},
	{"phát động phong trào thi đua", "speaker"},
	{"phát biểu tham luận", "speaker"},
	{"trình bày tham luận về kinh nghiệm", "speaker presenter"},
	{"trình bày báo cáo tổng kết", "presenter"},
	{"báo cáo kết quả công tác", "presenter"},
	{"quán triệt Nghị quyết số 57-NQ/TW", "presenter"},
	{"truyền đạt chuyên đề", "presenter"},
	{"thông qua dự thảo Nghị quyết", "presenter"},
	{"công bố Quyết định bổ nhiệm cán bộ", "presenter"},
	{"đọc Quyết định thành lập", "presenter"},
	{"trình các dự thảo nghị quyết", "presenter"},
	{"thuyết trình về mô hình", "presenter"},
	{"phổ biến Luật Đất đai năm 2024", "presenter"},
	{"thông báo kết quả kiểm phiếu", "speaker presenter"},
}

// roleBatteryVerbForms put a person before a verb: with an address word,
// with the office before the name, with the office after it.
var roleBatteryVerbForms = []string{"Đồng chí {A.name} {V}.", "{A.office} {A.name} {V}.", "{A} {V}."}

// roleBatteryTitles are the titles the cast's offices begin with, written
// alone to refer back to their holder ("Thứ trưởng đề nghị ...").
var roleBatteryTitles = map[string]string{
	"Bí thư Tỉnh ủy": "Bí thư", "Giám đốc Sở Tài chính": "Giám đốc", "Thứ trưởng Bộ Nội vụ": "Thứ trưởng",
	"Giám đốc Công an tỉnh": "Giám đốc", "Hiệu trưởng Nhà trường": "Hiệu trưởng", "Bí thư Thành ủy": "Bí thư",
}

func TestRolesBatteryVerbs(t *testing.T) {
	runAll := os.Getenv("ROLES_BATTERY_ALL") != ""
	var fails []string
	total := 0
	for _, v := range roleBatteryVerbs {
		for fi, form := range roleBatteryVerbForms {
			for ci, cast := range roleBatteryCast {
				id := fmt.Sprintf("verb %q @%d.%d", v.verb, fi, ci)
				if _, left := roleBatteryLeftOut[id]; left && !runAll {
					continue
				}
				total++
				text := roleBatteryFill(strings.ReplaceAll(form, "{V}", v.verb), cast)
				want := roleBatteryWant(v.want)
				p, ok := personNamed(peopleOf(t, text), cast[0].name)
				if !ok {
					fails = append(fails, fmt.Sprintf("%s %q\n    %s not found", id, text, cast[0].name))
					continue
				}
				got := slices.Clone(p.Roles)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					fails = append(fails, fmt.Sprintf("%s %q\n    roles %q, want %q", id, text, got, want))
				}
			}
		}
	}
	if len(fails) > 0 {
		t.Errorf("%d of %d verb cases fail:\n%s", len(fails), total, strings.Join(fails, "\n"))
	}
}

func TestRolesBattery(t *testing.T) {
	runAll := os.Getenv("ROLES_BATTERY_ALL") != ""
	var fails []string
	total := 0
	for _, tpl := range roleBatteryTemplates {
		for ci, cast := range roleBatteryCast {
			id := fmt.Sprintf("%s @%d", tpl.text, ci)
			if _, left := roleBatteryLeftOut[id]; left && !runAll {
				continue
			}
			total++
			text := roleBatteryFill(tpl.text, cast)
			ps := peopleOf(t, text)
			for key, spec := range tpl.want {
				name := key
				if i := strings.Index("ABC", key); len(key) == 1 && i >= 0 {
					name = cast[i].name
				}
				want := roleBatteryWant(spec)
				p, ok := personNamed(ps, name)
				if !ok {
					fails = append(fails, fmt.Sprintf("%s %q\n    %s not found (people %q)", id, text, name, names(ps)))
					continue
				}
				got := slices.Clone(p.Roles)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					fails = append(fails, fmt.Sprintf("%s %q\n    %s roles %q, want %q", id, text, name, got, want))
				}
			}
		}
	}
	if len(fails) > 0 {
		t.Errorf("%d of %d role cases fail:\n%s", len(fails), total, strings.Join(fails, "\n"))
	}
}

// TestRolesBatteryBylines runs whole pages: byline and photo-credit people
// are authors and photographers, nothing else, beside the meeting's people.
func TestRolesBatteryBylines(t *testing.T) {
	const page = "Hội nghị tổng kết công tác năm 2024\nSáng 12/1, đồng chí Vũ Quốc Bảo, Bí thư Tỉnh ủy chủ trì hội nghị tổng kết công tác năm 2024.\nĐồng chí Vũ Quốc Bảo phát biểu kết luận hội nghị.\n"
	tests := []struct {
		byline string
		want   map[string]string
	}{
		{"Tin, ảnh: Thu Hà", map[string]string{"Thu Hà": "author photographer"}},
		{"Minh Anh", map[string]string{"Minh Anh": "author"}},
		{"Bài và ảnh: Lê Hoàng Yến", map[string]string{"Lê Hoàng Yến": "author photographer"}},
		{"Tin: Khắc Hiếu; ảnh: Hoài Thương", map[string]string{"Khắc Hiếu": "author", "Hoài Thương": "photographer"}},
		{"Thu Hiền - Phòng PBGDPL", map[string]string{"Thu Hiền": "author"}},
		{"Ảnh: Văn Điệp/TTXVN", map[string]string{"Văn Điệp": "photographer"}},
		{"Ngọc Mai (TTXVN)", map[string]string{"Ngọc Mai": "author"}},
	}
	for _, tt := range tests {
		r, err := Extract(schema.Page{URL: "test", ContentType: "text/plain; charset=utf-8", Body: []byte(page + tt.byline)})
		if err != nil {
			t.Fatal(err)
		}
		tt.want["Vũ Quốc Bảo"] = "chair speaker"
		if len(r.People) != len(tt.want) {
			t.Errorf("%q: people %q, want %d", tt.byline, names(r.People), len(tt.want))
		}
		for name, spec := range tt.want {
			p, ok := personNamed(r.People, name)
			got := slices.Clone(p.Roles)
			slices.Sort(got)
			want := strings.Fields(spec)
			if name == "Vũ Quốc Bảo" {
				want = roleBatteryWant(spec)
			}
			slices.Sort(want)
			if !ok || !slices.Equal(got, want) {
				t.Errorf("%q: %s roles %q, want %q", tt.byline, name, got, want)
			}
		}
	}
}

// roleBatterySubjects are people as grassroots, religious, foreign and
// professional reports introduce them, each with the name to find.
var roleBatterySubjects = [][2]string{
	{"Đ/c Vũ Quốc Bảo, Bí thư Đảng ủy xã", "Vũ Quốc Bảo"},
	{"Chị Nông Thị Sen, Bí thư Đoàn xã", "Nông Thị Sen"},
	{"Anh Vũ Quốc Bảo - Bí thư Chi đoàn", "Vũ Quốc Bảo"},
	{"Thượng tọa Thích Minh Tuệ, Phó Trưởng ban Trị sự", "Thích Minh Tuệ"},
	{"Linh mục Giuse Nguyễn Văn Hùng", "Giuse Nguyễn Văn Hùng"},
	{"Nhà giáo Ưu tú Vũ Quốc Bảo, Hiệu trưởng Nhà trường", "Vũ Quốc Bảo"},
	{"Ngài John Smith, Đại sứ Hoa Kỳ tại Việt Nam", "John Smith"},
	{"Bà Nông Thị Sen - Chủ tịch Hội LHPN tỉnh", "Nông Thị Sen"},
	{"Luật sư Vũ Quốc Bảo", "Vũ Quốc Bảo"},
	{"Thầy Vũ Quốc Bảo", "Vũ Quốc Bảo"},
	{"Bác sĩ Nông Thị Sen, Giám đốc Bệnh viện", "Nông Thị Sen"},
	{"NSND Nông Thị Sen", "Nông Thị Sen"},
	{"Đại úy Vũ Quốc Bảo, Trưởng Công an xã", "Vũ Quốc Bảo"},
}

func TestRolesBatterySubjects(t *testing.T) {
	verbs := []struct{ verb, want string }{
		{"chủ trì hội nghị", "chair"},
		{"phát biểu tại hội nghị", "speaker"},
		{"trình bày báo cáo", "presenter"},
		{"cho biết, xã đã hoàn thành kế hoạch", "speaker"},
		{"tham dự hội nghị", "attendee"},
	}
	for _, s := range roleBatterySubjects {
		for _, v := range verbs {
			text := s[0] + " " + v.verb + "."
			p, ok := personNamed(peopleOf(t, text), s[1])
			got := slices.Clone(p.Roles)
			slices.Sort(got)
			if want := roleBatteryWant(v.want); !ok || !slices.Equal(got, want) {
				t.Errorf("%q: %s roles %q, want %q", text, s[1], got, want)
			}
		}
	}
}
