package extractor

import (
	"slices"
	"testing"

	"github.com/meetx/meetx/schema"
)

func TestExtractCredits(t *testing.T) {
	tests := []struct {
		name                 string
		text                 string
		author, photographer []string
	}{
		{"tin and ảnh", "Tin: Khắc Hiếu; ảnh: Hoài Thương", []string{"Khắc Hiếu"}, []string{"Hoài Thương"}},
		{"bài, ảnh", "Bài, ảnh: Thanh Tâm", []string{"Thanh Tâm"}, []string{"Thanh Tâm"}},
		{"bài và ảnh", "Bài và ảnh: Hồng Sơn", []string{"Hồng Sơn"}, []string{"Hồng Sơn"}},
		{"dash between labels", "Tin: Minh Khoa - Ảnh: Đức Anh", []string{"Minh Khoa"}, []string{"Đức Anh"}},
		{"bare name with affiliation", "H'Liên (Ban Dân vận Tỉnh ủy)", []string{"H'Liên"}, []string{}},
		{"bare name with unit after dash", "Thu Hiền - Phòng PBGDPL", []string{"Thu Hiền"}, []string{}},
		{"agency suffix", "Ảnh: Văn Điệp/TTXVN", []string{}, []string{"Văn Điệp"}},
		{"reporters' group", "Nhóm PV", []string{"Nhóm PV"}, []string{}},
		{"a source is not a byline", "Nguồn: Báo Nhân Dân", []string{}, []string{}},
		{"agency in brackets", "Ngọc Mai (TTXVN)", []string{"Ngọc Mai"}, []string{}},
		{"initials", "Tin: H.L; ảnh: K.T", []string{"H.L"}, []string{"K.T"}},
		{"initial and name", "Ảnh: P.Thảo", []string{}, []string{"P.Thảo"}},
		{"a title is no initials", "PGS.TS", []string{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &document{}
			d.build([]block{{text: "Tiêu đề", kind: paraTitle}, {text: "Nội dung bài.", kind: paraBody}, {text: tt.text, kind: paraByline}})
			r := &schema.Report{}
			extractCredits(d, r)
			if !slices.Equal(r.Credits.Author, tt.author) || !slices.Equal(r.Credits.Photographer, tt.photographer) {
				t.Errorf("got author %q photographer %q, want %q %q", r.Credits.Author, r.Credits.Photographer, tt.author, tt.photographer)
			}
		})
	}
}

func TestPhotoCreditInCaption(t *testing.T) {
	d := &document{}
	d.build([]block{
		{text: "Tiêu đề", kind: paraTitle},
		{text: "Thủ tướng Chính phủ chủ trì Phiên họp. Ảnh: Đức Tâm", kind: paraCaption},
		{text: "Bà Nguyễn Thị Kim Liên phát biểu tại tọa đàm. (Ảnh: Quang Minh)", kind: paraCaption},
		{text: "Minh Khôi", kind: paraByline},
	})
	r := &schema.Report{}
	extractCredits(d, r)
	if want := []string{"Đức Tâm", "Quang Minh"}; !slices.Equal(r.Credits.Photographer, want) {
		t.Errorf("photographers = %q, want %q", r.Credits.Photographer, want)
	}
	if want := []string{"Minh Khôi"}; !slices.Equal(r.Credits.Author, want) {
		t.Errorf("authors = %q, want %q", r.Credits.Author, want)
	}
}
