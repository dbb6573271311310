package extractor

import (
	"regexp"
	"slices"
	"testing"
)

// TestOpeningsRegexpAgrees checks that each openingsRegexp finds what its
// unanchored regexp finds, on random texts of the words the regexps read
// and on the windows of the corpus the citation reader gives them.
func TestOpeningsRegexpAgrees(t *testing.T) {
	finders := []struct {
		name string
		o    *openingsRegexp
		re   *regexp.Regexp
	}{
		{"issuerBefore", issuerBeforeFinder, issuerBeforeRe},
		{"committeeIssuerBefore", committeeIssuerBeforeFinder, committeeIssuerBeforeRe},
	}
	alphabet := []string{" ", "  ", "ban ", "bộ ", "chính trị ", "bí thư ", "chấp hành ", "trung ương ", "đảng ", "thủ tướng ", "chính phủ ",
		"quốc hội ", "ủy ban ", "ủy ", "thường vụ ", "ubnd ", "tỉnh ", "nhân dân ", "hđnd ", "tỉnh ủy ", "thành ủy ", "huyện ", "quận ",
		"thị ", "thành phố ", "cán sự ", "đoàn ", "đảng bộ ", "xã ", "lạng sơn ", "đã ", "vừa ", "mới ", "ban hành ", "tại ", "ký ", "có ",
		"hội đồng ", "thường trực ", "của ", ",", "xban ", "y tế "}
	texts := randomTexts(7, alphabet)[:4000] // a sample: the full set takes a minute
	for _, d := range corpusDocuments(t) {
		for i := 0; i < len(d.folded); i++ {
			if d.folded[i] == ' ' && issuerVerbBefore(d.folded[max(0, i-80):i+1]) {
				texts = append(texts, []byte(d.folded[max(0, i-80):i+1]))
			}
		}
	}
	for _, f := range finders {
		forEachSuffix(texts, func(b []byte) {
			s := string(b)
			want := f.re.FindStringSubmatchIndex(s)
			if got := f.o.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%s(%q) = %v, want %v", f.name, s, got, want)
			}
		})
	}
}
