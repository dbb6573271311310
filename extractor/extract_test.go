package extractor

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/meetx/meetx/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenView is the part of a report the document, date, meeting,
// directive and credit extractors produce; people and agenda have their own
// tests.
type goldenView struct {
	Title       string             `json:"title"`
	PublishedAt schema.Text        `json:"published_at"`
	Meeting     schema.Meeting     `json:"meeting"`
	Directives  []schema.Directive `json:"directives"`
	Credits     schema.Credits     `json:"credits"`
	Paragraphs  []string           `json:"paragraphs"`
}

func viewOf(t *testing.T, body []byte, name string) goldenView {
	t.Helper()
	r, err := Extract(schema.Page{URL: name, Body: body})
	if err != nil {
		t.Fatalf("Extract(%s): %v", name, err)
	}
	d, err := newDocument(schema.Page{URL: name, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	v := goldenView{Title: r.Title, PublishedAt: r.PublishedAt, Meeting: r.Meeting, Directives: r.Directives, Credits: r.Credits}
	v.Meeting.Evidence = nil
	for i := range v.Directives {
		v.Directives[i].Evidence = nil
	}
	kinds := []string{"body", "title", "dateline", "lead", "caption", "byline"}
	for _, p := range d.paras {
		v.Paragraphs = append(v.Paragraphs, kinds[p.kind]+": "+d.text[p.start:p.end])
	}
	return v
}

// TestGolden runs the extractor over the seed and the dev corpus pages and
// compares its output with testdata/golden (regenerate with -update).
func TestGolden(t *testing.T) {
	goldenEachPage(t, "golden", func(t *testing.T, name string, body []byte) any {
		return viewOf(t, body, name)
	})
}

// goldenEachPage runs view over every corpus page under testdata/pages and
// compares its indented JSON with testdata/<dir>/<page>.golden.json, or
// rewrites that file under -update.
func goldenEachPage(t *testing.T, dir string, view func(t *testing.T, name string, body []byte) any) {
	t.Helper()
	pages, err := filepath.Glob("testdata/pages/*")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, page := range pages {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(view(t, name, body)); err != nil {
				t.Fatal(err)
			}
			got := bytes.TrimSpace(buf.Bytes())
			golden := filepath.Join("testdata", dir, strings.TrimSuffix(name, filepath.Ext(name))+".golden.json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extractor -run %s -update)", err, t.Name())
			}
			if !bytes.Equal(got, bytes.TrimSpace(want)) {
				t.Errorf("%s differs from %s (check, then rerun with -update):\n%s", name, golden, firstDiff(string(want), string(got)))
			}
		})
	}
}

// TestDecoysDoNotLeak checks that names, dates and directive symbols that
// only occur in menus, sidebars and related-news lists stay out.
func TestDecoysDoNotLeak(t *testing.T) {
	tests := []struct {
		page    string
		mustNot []string
	}{
		{"a01.html", []string{"Đinh Văn Thuận", "12-HD/BTGTU", "03-CT/TW", "Tổng lượt truy cập", "Đang truy cập"}},
		{"b01.html", []string{"24/2022/NĐ-CP", "Lã Hoàng Sơn", "Tiếp Đại sứ", "21-KL/TW", "Ý kiến bạn đọc"}},
		{"a06.html", []string{"45-KH/ĐU", "Huỳnh Văn Tư", "CÁC TIN ĐÃ ĐƯA"}},
		{"seed.txt", []string{"Đang truy cập", "Tổng lượt truy cập", "Năm phát hành"}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata/pages", tt.page))
			if err != nil {
				t.Fatal(err)
			}
			r, err := Extract(schema.Page{URL: tt.page, Body: body})
			if err != nil {
				t.Fatal(err)
			}
			out, _ := json.Marshal(r)
			for _, s := range tt.mustNot {
				if bytes.Contains(out, []byte(s)) {
					t.Errorf("%s leaked into the report", s)
				}
			}
		})
	}
}

func TestNewDocumentErrors(t *testing.T) {
	tests := []struct {
		name    string
		body    []byte
		wantErr error
	}{
		{"empty", nil, ErrEmpty},
		{"only spaces", []byte(" \n\t \n"), ErrEmpty},
		{"empty html", []byte("<html><body><script>var a=1</script></body></html>"), ErrEmpty},
		{"pdf", []byte("%PDF-1.7\n1 0 obj"), ErrBinary},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), ErrBinary},
		{"zip", []byte("PK\x03\x04\x14\x00"), ErrBinary},
		{"nul bytes", []byte("abc\x00def"), ErrBinary},
		{"too large", bytes.Repeat([]byte("a"), MaxInputBytes+1), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(schema.Page{URL: tt.name, Body: tt.body})
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Extract error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// firstDiff shows the first line where two golden texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d\n want: %s\n  got: %s", i+1, w, g)
		}
	}
	return "(whitespace only)"
}
