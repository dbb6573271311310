package extractor

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/meetx/meetx/schema"
)

// FuzzExtract feeds arbitrary bytes and mutated corpus pages to Extract. It
// must never panic, must return one of its documented errors or a report,
// and every evidence span must point inside the report text. The seed
// corpus is testdata/fuzz/FuzzExtract plus the pages under testdata/pages.
func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob("testdata/pages/*")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte("Hội nghị\n13/07/2020 07:15 PM\nSáng 15/7, Ban tổ chức Hội nghị tại Hà Nội."), "text/plain")
	f.Add([]byte(strings.Repeat("<div>", 5000)+"Sáng 15/7"), "text/html")
	f.Add([]byte("<html><meta charset=windows-1258><body><p>Chi\xd2 thi\xf2 s\xf4\xec 32-CT/TW</p>"), "")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		r, err := Extract(schema.Page{URL: "fuzz", Body: body, ContentType: contentType})
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("undocumented error: %v", err)
			}
			return
		}
		if !utf8.ValidString(r.Text) {
			t.Fatal("report text is not UTF-8")
		}
		checkSpan := func(what string, ev schema.Evidence) {
			if ev.Start < 0 || ev.End > len(r.Text) || ev.Start > ev.End {
				t.Fatalf("%s evidence [%d,%d) outside text of %d bytes", what, ev.Start, ev.End, len(r.Text))
			}
			if !utf8.ValidString(r.Text[ev.Start:ev.End]) {
				t.Fatalf("%s evidence [%d,%d) splits a character", what, ev.Start, ev.End)
			}
		}
		for field, ev := range r.Meeting.Evidence {
			checkSpan("meeting "+field, ev)
		}
		for _, d := range r.Directives {
			if d.Evidence != nil {
				checkSpan("directive "+string(d.Number), *d.Evidence)
			}
		}
	})
}

// TestPathologicalInputs: inputs that could make a naive extractor hang or
// overflow its stack. They run as plain tests so CI catches a regression.
func TestPathologicalInputs(t *testing.T) {
	sentence := "Hội nghị ngày 15/7/2021, đồng chí Nguyễn Văn An phát biểu. "
	tests := []struct {
		name string
		body []byte
		keep string // text the report must still hold; "" if none is required
	}{
		// The sizes the extractor promises to handle in time linear in
		// the input: the largest page, very many lines, deep nesting just
		// under and far over the parser's limit of 512 open elements.
		{"8 MB of text", []byte(strings.Repeat(sentence, (MaxInputBytes-1)/len(sentence)) + "Kết thúc."), "Kết thúc."},
		{"200k short lines", []byte(strings.Repeat("Chỉ thị số 16/CT-TTg\n", 200000) + "Kết thúc."), "Kết thúc."},
		{"10k nested divs", []byte(strings.Repeat("<div>", 10000) + "Sáng 15/7, Ban tổ chức Hội nghị." + strings.Repeat("</div>", 10000)), "Ban tổ chức Hội nghị"},
		{"500 nested divs with text", []byte("<html><body>" + strings.Repeat("<div class=content><p>"+sentence+"</p>", 500)), "Nguyễn Văn An"},
		{"deeply nested divs", []byte(strings.Repeat("<div>", 200000) + "Sáng 15/7, Ban tổ chức Hội nghị." + strings.Repeat("</div>", 200000)), ""},
		{"deeply nested inline", []byte("<p>" + strings.Repeat("<b><i>", 100000) + "Hội nghị"), ""},
		{"unclosed tables", []byte(strings.Repeat("<table><tr><td>", 20000) + "Hội nghị ngày 15/7/2021"), ""},
		{"many short lines", []byte(strings.Repeat("Chỉ thị số 16/CT-TTg\n", 20000)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.body) > MaxInputBytes {
				t.Fatalf("test input %d bytes exceeds MaxInputBytes", len(tt.body))
			}
			r, err := Extract(schema.Page{URL: tt.name, Body: tt.body})
			if err != nil && !errors.Is(err, ErrEmpty) {
				t.Fatalf("Extract: %v", err)
			}
			if tt.keep != "" && (r == nil || !strings.Contains(r.Text, tt.keep)) {
				t.Errorf("the report lost %q (err %v)", tt.keep, err)
			}
		})
	}
}

// TestCutsNeverPanic runs Extract on each corpus page cut at every sentence:
// the text from that sentence on, and the sentence alone. A rule that looks
// at the token before a clause must not assume there is one; cuts put every
// kind of clause at the start of a document. (Found by FuzzExtract, then
// checked on 110k word-level cuts of the dev and private pages.)
func TestCutsNeverPanic(t *testing.T) {
	// Documents that open on the words rules look behind: each of these
	// once read the token before the first.
	for _, text := range []string{
		"Cấp ủy, chính quyền các địa phương đã ban hành nhiều văn bản hướng dẫn, tạo điều kiện cho hoạt động giám sát.",
		"bộ, ngành đã báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW.",
		"để thảo luận các nội dung của kỳ họp.",
		"chỉ đạo các đơn vị triển khai kế hoạch năm 2024.",
		"gian tới, các đại biểu sẽ được truyền đạt chuyên đề.",
	} {
		if _, err := Extract(schema.Page{URL: "cut", Body: []byte(text), ContentType: "text/plain"}); err != nil {
			t.Errorf("Extract(%q): %v", text, err)
		}
	}
	pages, _ := filepath.Glob("testdata/pages/*")
	for _, p := range pages {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := newDocument(schema.Page{URL: p, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.sents {
			for _, cut := range []string{d.text[s.start:], d.text[s.start:s.end]} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s cut at byte %d: panic: %v", p, s.start, r)
						}
					}()
					Extract(schema.Page{URL: p, Body: []byte(cut), ContentType: "text/plain"})
				}()
			}
		}
	}
}
