package extractor

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestDecodeCharsetRules(t *testing.T) {
	vietnamese := "Hội nghị tổng kết công tác năm 2021 của Ủy ban nhân dân tỉnh"
	asciiHead := "<html><head><title>x</title></head><body>" + strings.Repeat("<p>plain ascii menu</p>", 80)
	legacy, err := charmap.Windows1252.NewEncoder().String("Café à la carte")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body, contentType, want string
	}{
		// charset.DetermineEncoding alone would call this windows-1252,
		// since its first kilobyte is plain ASCII.
		{"unlabelled UTF-8 after a long ASCII head", asciiHead + vietnamese, "", vietnamese},
		{"unlabelled UTF-8", vietnamese, "", vietnamese},
		{"byte order mark dropped", "\xef\xbb\xbf" + vietnamese, "", vietnamese},
		{"declared in the header", legacy, "text/html; charset=windows-1252", "Café à la carte"},
		{"declared in a meta tag", `<meta charset="windows-1252">` + legacy, "", "Café à la carte"},
		{"unlabelled bytes that are not UTF-8", legacy, "", "Café à la carte"},
		{"no-break spaces cleaned", "Ủy\u00a0ban", "", "Ủy ban"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(decode([]byte(tt.body), tt.contentType))
			if !strings.Contains(got, tt.want) {
				t.Errorf("decode lost %q: got %q", tt.want, got[max(0, len(got)-120):])
			}
			if strings.HasPrefix(got, "\ufeff") {
				t.Error("byte order mark kept")
			}
		})
	}
}
