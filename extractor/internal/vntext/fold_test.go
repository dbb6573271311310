package vntext

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
		if got, want := Fold(tt.a), Fold(tt.b); got != want {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", tt.a, got, tt.b, want)
		}
		if len(Fold(tt.a)) != len(tt.a) {
			t.Errorf("Fold(%q) changed byte length", tt.a)
		}
	}
	if Fold("quý") != "quý" {
		t.Errorf("fold moved the tone of quý: %q", Fold("quý"))
	}
	if Fold("hoàng") != "hoàng" {
		t.Errorf("fold moved the tone of a closed syllable: %q", Fold("hoàng"))
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Ủy ban   nhân dân tỉnh. ", "ủy ban nhân dân tỉnh"},
		{"\u0055\u0309y ban", "ủy ban"}, // NFD input
		{"(Hoà Bình)", "hòa bình"},
		{"“Đoàn kết - Dân chủ”", "đoàn kết - dân chủ"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
