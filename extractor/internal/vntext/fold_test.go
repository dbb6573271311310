package vntext

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

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

// foldReference is the plain rune-by-rune definition of Fold (lower-case
// every rune whose lower case has the same width, then move the tones); the
// fast Fold must agree with it on valid UTF-8.
func foldReference(s string) string {
	var b strings.Builder
	for _, r := range s {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			l = r
		}
		b.WriteRune(l)
	}
	out := []byte(b.String())
	moveTones(out)
	return string(out)
}

func TestFoldMatchesReference(t *testing.T) {
	inputs := []string{
		"",
		"already lower ascii 16/ct-ttg",
		"HOÀ BÌNH, Thuỷ Lợi; KHOẺ. Uỷ ban Nhân dân TP. Hồ Chí Minh",
		"ĐẢNG CỘNG SẢN VIỆT NAM – Đồng chí Nguyễn Thị Quý, quỳ, QUỲ",
		"İstanbul ẞ K Ω ǅ ǈ", // runes whose lower case has another width, and title case
		"o\u0300a u\u0309y",  // combining marks (NFD) are left as they are
		"xoà xoè thuý hoạ hoà.", "oà", "uỷ", "o", "Oà",
		"\U0001F600 emoji and 漢字",
	}
	inputs = append(inputs, corpusLines(t)...)
	checkFoldMatchesReference(t, inputs)
}

// corpusLines returns the lines of every page of the extractor's dev
// corpus that is valid UTF-8.
func corpusLines(t *testing.T) []string {
	t.Helper()
	pages, _ := filepath.Glob("../../testdata/pages/*")
	var lines []string
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if utf8.Valid(b) {
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	return lines
}

// checkFoldMatchesReference checks that Fold folds each of inputs as
// foldReference does.
func checkFoldMatchesReference(t *testing.T, inputs []string) {
	t.Helper()
	for _, in := range inputs {
		if got, want := Fold(in), foldReference(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldKeepsLengthOfInvalidUTF8(t *testing.T) {
	for _, in := range []string{"\xff", "Hoà\xc3", "\xe1\xbaUỶ", "A\x80B"} {
		if got := Fold(in); len(got) != len(in) {
			t.Errorf("Fold(%q) = %q: length %d, want %d", in, got, len(got), len(in))
		}
	}
}

// seedText is the seed report, the text the fold benchmarks run on.
func seedText(b *testing.B) string {
	b.Helper()
	body, err := os.ReadFile("../../testdata/pages/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(body)
}

func BenchmarkFold(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
	}
}

// BenchmarkFoldReference is the rune-by-rune baseline that BenchmarkFold
// is compared with.
func BenchmarkFoldReference(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		foldReference(s)
	}
}

func TestFoldEveryRuneMatchesReference(t *testing.T) {
	var b strings.Builder
	for r := rune(0); r < 0x3000; r++ {
		if utf8.ValidRune(r) {
			b.WriteRune(r)
			b.WriteByte(' ')
		}
	}
	s := b.String()
	if got, want := Fold(s), foldReference(s); got != want {
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("Fold differs from the reference at byte %d: %q vs %q", i, got[max(0, i-8):i+8], want[max(0, i-8):i+8])
			}
		}
	}
}

// FuzzFold checks the contract on arbitrary input: the byte length never
// changes, and valid UTF-8 folds as the rune-by-rune reference does.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Hoà Bình", "UỶ BAN", "quý", "ĐẢNG", "\xff\xfe", "oà\xe1\xba"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if len(got) != len(s) {
			t.Fatalf("Fold(%q) = %q: length %d, want %d", s, got, len(got), len(s))
		}
		if utf8.ValidString(s) {
			if want := foldReference(s); got != want {
				t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
			}
		}
	})
}

// moveTones is the reference's tone rule, run over the whole lowered text:
// "oà"→"òa", "oè"→"òe", "uỷ"→"ủy" (and the other tones) when the cluster
// ends the syllable and is not "qu"+"y".
func moveTones(b []byte) {
	for i := 0; i < len(b); i++ {
		r1 := rune(b[i])
		if r1 != 'o' && r1 != 'u' {
			continue
		}
		if i+1 >= len(b) || b[i+1] < utf8.RuneSelf {
			continue
		}
		r2, n2 := utf8.DecodeRune(b[i+1:])
		t, ok := toneOf[r2]
		if !ok || !((r1 == 'o' && (t[0] == 'a' || t[0] == 'e')) || (r1 == 'u' && t[0] == 'y')) {
			continue
		}
		if next, _ := utf8.DecodeRune(b[i+1+n2:]); i+1+n2 < len(b) && unicode.IsLetter(next) {
			continue
		}
		if r1 == 'u' && i > 0 && b[i-1] == 'q' {
			continue
		}
		first := withTone[[2]rune{r1, t[1]}]
		if utf8.RuneLen(first)+1 != 1+n2 {
			continue
		}
		n := utf8.EncodeRune(b[i:], first)
		b[i+n] = byte(t[0])
		i += n
	}
}

// TestFoldFoldedPrefix checks Fold on text that starts folded, where it
// looks for the first rune to change before copying: every rune after
// folded text, after an o or u (whose tone may move onto them), and lines
// of the corpus already folded or lowered.
func TestFoldFoldedPrefix(t *testing.T) {
	var inputs []string
	for r := rune(0); r < 0x3000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, f := range []string{"%c", "hòa %c", "o%c", "u%c", "o%c n", "qu%c", "u%cn", "ư%c"} {
			inputs = append(inputs, fmt.Sprintf(f, r))
		}
	}
	for _, line := range corpusLines(t) {
		inputs = append(inputs, foldReference(line), strings.ToLower(line))
	}
	checkFoldMatchesReference(t, inputs)
}
