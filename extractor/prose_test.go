package extractor

import (
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/meetx/meetx/schema"
)

// The design card names github.com/jdkato/prose/v2. These benchmarks and
// the test below are the measurements behind not using it at run time: its
// tokenizer is slower than the extractor's own on the same text, its
// sentence splitter (trained on English) breaks after the honorifics that
// open most officials' names, and its tagger and entity models are English.

func seedDocument(tb testing.TB) *document {
	tb.Helper()
	body, err := os.ReadFile("testdata/pages/seed.txt")
	if err != nil {
		tb.Fatal(err)
	}
	d, err := newDocument(schema.Page{URL: "seed.txt", Body: body})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestProseSentencesBreakAfterHonorifics(t *testing.T) {
	const text = "Dự Hội nghị có PGS, TS. Phạm Minh Tuấn - Giám đốc Học viện. TS. Nguyễn Tấn Vinh phát biểu khai mạc."
	doc, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	proseSplits := len(doc.Sentences())

	d, err := newDocument(schema.Page{URL: "t.txt", ContentType: "text/plain", Body: []byte("Tiêu đề\n" + text)})
	if err != nil {
		t.Fatal(err)
	}
	var ours []string
	for _, s := range d.sents {
		if txt := d.text[s.start:s.end]; strings.Contains(txt, "Phạm Minh Tuấn") || strings.Contains(txt, "Nguyễn Tấn Vinh") {
			ours = append(ours, txt)
		}
	}
	if len(ours) != 2 {
		t.Errorf("extractor splits the two sentences into %d: %q", len(ours), ours)
	}
	t.Logf("prose: %d sentences, extractor: %d (want 2)", proseSplits, len(ours))
}

// BenchmarkTokenizeProse is prose's tokenizer alone on the seed's text.
func BenchmarkTokenizeProse(b *testing.B) {
	d := seedDocument(b)
	b.SetBytes(int64(len(d.text)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := prose.NewDocument(d.text, prose.WithTagging(false), prose.WithExtraction(false), prose.WithSegmentation(false))
		if err != nil {
			b.Fatal(err)
		}
		_ = doc.Tokens()
	}
}

// BenchmarkTokenizeOwn is the extractor's tokenizer on the same text.
func BenchmarkTokenizeOwn(b *testing.B) {
	d := seedDocument(b)
	b.SetBytes(int64(len(d.text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = tokenize(d)
	}
}
