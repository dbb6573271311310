package extractor

import (
	"slices"
	"testing"

	"github.com/meetx/meetx/schema"
)

// TestAgendaWordSetsAgreeWithWords checks the agenda's word sets, read by
// word id, against their words compared as text on every token of the
// corpus pages, and that actionVerbRead reads no act from a word outside
// actionVerbSet (which actionVerbAt no longer passes to it).
func TestAgendaWordSetsAgreeWithWords(t *testing.T) {
	sets := agendaSetWords()
	for set, words := range sets {
		for _, w := range words {
			if fold(w) != w {
				t.Errorf("set %b: %q is not folded", set, w)
			}
		}
	}
	pages, _ := benchPages(t)
	pages = append(pages, []byte("Hội nghị đã thảo luận, BIỂU QUYẾT thông qua Nghị quyết; Bầu Ban Chấp hành. Đề nghị các đơn vị lưu ý."))
	for _, body := range pages {
		d, err := newDocument(schema.Page{URL: "test", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		toks := tokenize(d)
		for k := range toks {
			tok := &toks[k]
			for set, words := range sets {
				if want := tok.word && slices.Contains(words, tok.fold); set.has(tok) != want {
					t.Errorf("token %q: in set %b = %v, want %v", tok.text, set, set.has(tok), want)
				}
			}
			if k+1 < len(toks) && !actionVerbSet.has(tok) {
				if n, kind := actionVerbRead(toks, k, len(toks)); n != 0 || kind != "" {
					t.Errorf("actionVerbRead reads %q at %q, outside actionVerbSet", kind, tok.text)
				}
			}
		}
	}
}
