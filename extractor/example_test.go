package extractor_test

import (
	"fmt"

	"github.com/meetx/meetx/extractor"
	"github.com/meetx/meetx/schema"
)

func ExampleExtract() {
	page := schema.Page{
		URL:         "https://example.gov.vn/tin/hoi-nghi",
		ContentType: "text/html; charset=utf-8",
		Body: []byte(`<html><body><article>
<h1>Hội nghị sơ kết công tác 6 tháng đầu năm 2021</h1>
<div class="date">Thứ Năm, 15/07/2021 - 17:40</div>
<p>Sáng 15/7, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2021 tại Hội trường Tỉnh ủy.</p>
<p>Hội nghị quán triệt Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19.</p>
<p class="author">Tin, ảnh: Thanh Tâm</p>
</article></body></html>`),
	}
	r, err := extractor.Extract(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.PublishedAt)
	fmt.Println(r.Meeting.Type, r.Meeting.Date, r.Meeting.PartOfDay, "|", r.Meeting.Location, "|", r.Meeting.Organizer)
	for _, d := range r.Directives {
		fmt.Println(d.Type, d.Number, d.Date, d.Issuer)
	}
	fmt.Println(r.Credits.Author, r.Credits.Photographer)
	// Output:
	// 2021-07-15T17:40:00+07:00
	// hội nghị 2021-07-15 sáng | Hội trường Tỉnh ủy | Ban Tuyên giáo Tỉnh ủy
	// Chỉ thị 16/CT-TTg 2020-03-31 Thủ tướng Chính phủ
	// [Thanh Tâm] [Thanh Tâm]
}
