package extractor

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ a, b string }{
		{"hoà", "hòa"},
		{"Uỷ ban", "ủy ban"},
		{"THUỶ", "thủy"},
		{"Khoẻ", "khỏe"},
		{"hoàng", "hoàng"},
		{"quý", "quý"},
		{"Hoà Bình", "hòa bình"},
		{"Đảng", "đảng"},
	}
	for _, tt := range tests {
		if got, want := fold(tt.a), fold(tt.b); got != want {
			t.Errorf("fold(%q) = %q, fold(%q) = %q; want equal", tt.a, got, tt.b, want)
		}
		if len(fold(tt.a)) != len(tt.a) {
			t.Errorf("fold(%q) changed byte length", tt.a)
		}
	}
	if fold("quý") != "quý" {
		t.Errorf("fold moved the tone of quý: %q", fold("quý"))
	}
	if fold("hoàng") != "hoàng" {
		t.Errorf("fold moved the tone of a closed syllable: %q", fold("hoàng"))
	}
}
