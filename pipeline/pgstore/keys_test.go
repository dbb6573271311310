package pgstore

import (
	"testing"
	"unicode/utf8"
)

func TestNameKey(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"tone placement oa", "Nguyễn Thị Hoà", "Nguyễn Thị Hòa", true},
		{"tone placement uy", "Lê Thanh Thuỷ", "Lê Thanh Thủy", true},
		{"tone placement oe", "Trần Văn Khoẻ", "Trần Văn Khỏe", true},
		{"case and spaces", "  PHẠM   minh Tuấn ", "Phạm Minh Tuấn", true},
		{"decomposed input", "Nguye\u0302\u0303n Văn A", "Nguyễn Văn A", true},
		{"tone is meaningful", "Nguyễn Văn Hòa", "Nguyễn Văn Hóa", false},
		{"inner cluster kept", "Hoàng Văn Hoàn", "Hòang Văn Hòan", false},
		{"d and đ differ", "Đức", "Dức", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := NameKey(tt.a), NameKey(tt.b)
			if (ka == kb) != tt.same {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
			}
		})
	}
}

func TestDocKey(t *testing.T) {
	tests := []struct {
		name                          string
		docType, number, issuer, subj string
		want                          string
	}{
		{"symbol upper-cased, spaces removed", "Chỉ thị", "16/CT-TTg", "", "", "16/CT-TTG"},
		{"spaces inside symbol", "Thông báo", "172 - TB/TW", "Bộ Chính trị", "", "172-TB/TW"},
		{"kind does not matter with a symbol", "Quyết định", "16/CT-TTg", "", "", "16/CT-TTG"},
		{"no symbol", "Nghị quyết", "", "Đại hội XIII", "", "~nghị quyết|đại hội xiii|"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DocKey(tt.docType, tt.number, tt.issuer, tt.subj); got != tt.want {
				t.Errorf("DocKey = %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzNameKey checks that keys are stable (a key is its own key) and valid
// UTF-8, whatever the input.
func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"Nguyễn Thị Hoà", "Lê Thanh Thuỷ", "a . b", "  PHẠM   minh ", "\xff\x00", "oà", "Nguye\u0302\u0303n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := NameKey(s)
		if again := NameKey(k); again != k {
			t.Errorf("NameKey(%q) = %q, but NameKey of that = %q", s, k, again)
		}
		if utf8.ValidString(s) && !utf8.ValidString(k) {
			t.Errorf("NameKey(%q) = %q is not valid UTF-8", s, k)
		}
	})
}
