package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/meetx/meetx/schema"
)

// TestLegacyEncodedPages reads one report three ways it is found broken on
// old sites: TCVN3 bytes served as windows-1252, the same text re-saved as
// UTF-8, and UTF-8 decoded as windows-1252 once too often. The broken pages
// were made by tools independent of this code (glibc iconv's TCVN5712-1 and
// Python's cp1252 codec); each must come out as the Unicode text.
func TestLegacyEncodedPages(t *testing.T) {
	want, err := os.ReadFile("testdata/legacy/want.txt")
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("testdata/legacy/*.html")
	if len(paths) != 3 {
		t.Fatalf("%d legacy pages, want 3", len(paths))
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := newDocument(schema.Page{URL: "https://example.vn/" + filepath.Base(p), Body: body})
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
				if line != "" && !strings.Contains(d.text, line) {
					t.Errorf("text lacks %q; it reads:\n%s", line, d.text)
				}
			}
			r, err := Extract(schema.Page{URL: "https://example.vn/x", Body: body})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.People) == 0 || r.People[0].Name != "Nguyễn Văn An" {
				t.Errorf("people = %+v, want Nguyễn Văn An", r.People)
			}
			if len(r.Directives) != 1 || r.Directives[0].Number != "05-CT/TW" {
				t.Errorf("directives = %+v, want 05-CT/TW", r.Directives)
			}
		})
	}
}

// The VNI examples are those of the domain notes (shared/domain/DOMAIN.md).
func TestReadVNI(t *testing.T) {
	for _, c := range []struct{ vni, want string }{
		{"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"Ñaûng", "Đảng"},
	} {
		if got, _ := readVNI(c.vni); got != c.want {
			t.Errorf("readVNI(%q) = %q, want %q", c.vni, got, c.want)
		}
	}
	page := strings.Repeat("<p>Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñaûng.</p>\n", 3)
	got, changed := repairLegacy([]byte(page))
	if !changed || !strings.Contains(string(got), "<p>Cộng hòa xã hội chủ nghĩa Việt Nam. Đảng.</p>") {
		t.Errorf("repairLegacy(VNI page) = %q, %v", got, changed)
	}
}

// Unicode pages stay as they are, whatever Latin-1 they hold: a foreign
// name, a degree sign, quotes, a copyright line.
func TestRepairLegacyLeavesUnicodeAlone(t *testing.T) {
	for _, page := range []string{
		"<p>Hội nghị có sự tham dự của ông Müller, Đại sứ Đức.</p><p>Nhiệt độ 30°C. © 2024 Báo Nhân dân</p>",
		"<p>Ông Jürgen Müller (Straße Gößweinstein) phát biểu; đoàn Åland và Øresund dự.</p>" +
			"<p>Herr Müller über Größe, Söhne, Äpfel</p>" +
			strings.Repeat("<p>Đồng chí Nguyễn Văn An phát biểu chỉ đạo, đề nghị các đơn vị tiếp tục thực hiện tốt nhiệm vụ.</p>", 3),
		strings.Repeat("<p>Đồng chí Nguyễn Văn An «phát biểu» tại hội nghị.</p>", 10),
	} {
		if got, changed := repairLegacy([]byte(page)); changed {
			t.Errorf("repairLegacy changed a Unicode page:\n%s\n->\n%s", page, got)
		}
	}
}

func TestCountForeign(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"Hội nghị bàn về công tác", 0},
		{"Héi nghÞ tæng kÕt c«ng t¸c", 4}, // Þ æ « ¸; é and Õ are Vietnamese letters too
		{"ß", 1},
		{"«x» ° ©", 2},
	} {
		if got := countForeign([]byte(c.s), 100); got != c.want {
			t.Errorf("countForeign(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	if got := countForeign([]byte(strings.Repeat("ß", 50)), minForeign); got != minForeign {
		t.Errorf("countForeign stops at %d, want the limit %d", got, minForeign)
	}
}
