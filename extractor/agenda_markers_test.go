package extractor

import (
	"slices"
	"testing"

	"github.com/meetx/meetx/schema"
)

// TestListMarkersAgreesWithScan checks listMarkers, which passes over the
// paragraphs whose text rules out a marker and finds their ends by a
// search, against the scan of every token of every paragraph, on the
// corpus pages and on texts built around the markers.
func TestListMarkersAgreesWithScan(t *testing.T) {
	pages, _ := benchPages(t)
	for _, s := range []string{
		"Hội nghị thống nhất:\n\nThứ nhất, tăng cường công tác. Thứ hai, đẩy mạnh.\n\nMột là, rà soát; hai là , kiểm tra (1) báo cáo (2) kết luận.",
		"Đề nghị các đơn vị:\n\nhai là\n\n, tiếp tục (12) nội dung\n\nba\n\nlà, (3)",
		"Thứ\n\nba, năm là\u00a0, bảy là,tám là;",
		"Nội dung: thứ\u00a0hai , thứ\u3000mười,\u00a0thứ  bảy\t,",
		"Gồm: ( 2 ) nội dung (\u00a03) kết luận (ảnh) (a) (4 ) xong; hai là,",
	} {
		pages = append(pages, []byte(s))
	}
	found := 0
	for _, body := range pages {
		d, err := newDocument(schema.Page{URL: "test", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		a := d.peopleAnalysis()
		next := 0
		for pi, p := range d.paras {
			got, after := a.listMarkers(d, pi, next)
			lo := a.firstTokenFrom(p.start, next)
			hi := lo
			for hi < len(a.toks) && int(a.toks[hi].start) < p.end {
				hi++
			}
			want := a.scanListMarkers(p, lo)
			if !slices.Equal(got, want) || after != hi {
				t.Errorf("paragraph %q: listMarkers = %v, %d; the scan gives %v, %d", d.text[p.start:p.end], got, after, want, hi)
			}
			next, found = after, found+len(got)
		}
	}
	if found < 6 {
		t.Errorf("%d markers found, want at least the 6 of the built texts", found)
	}
}

// TestOrdinalSuffixAgreesWithOrdinals checks the switch of ordinalSuffix
// against the ordinals of listMarkers.
func TestOrdinalSuffixAgreesWithOrdinals(t *testing.T) {
	for w := range ordinals {
		for _, s := range []string{w, "thứ " + w} {
			if got := ordinalSuffix(s); got != len(w) {
				t.Errorf("ordinalSuffix(%q) = %d, want %d", s, got, len(w))
			}
		}
	}
	for _, s := range []string{"", "a", "thứ", "là", "nhấ"} {
		if got := ordinalSuffix(s); got != 0 {
			t.Errorf("ordinalSuffix(%q) = %d, want 0", s, got)
		}
	}
}
