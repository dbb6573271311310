package extractor

import (
	"os"
	"strings"
	"testing"

	"github.com/meetx/meetx/schema"
)

// TestActionVerbHeadsAgree checks that actionVerbAt, which tries only the
// words of actionVerbHeads, reads every act actionVerbRead reads, at every
// token of the agenda battery's sentences.
func TestActionVerbHeadsAgree(t *testing.T) {
	data, err := os.ReadFile("testdata/agenda_battery.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			sentence, _, _ := strings.Cut(line, "\t")
			text.WriteString(sentence + "\n\n")
		}
	}
	d, err := newDocument(schema.Page{URL: "test", Body: []byte(text.String())})
	if err != nil {
		t.Fatal(err)
	}
	toks := tokenize(d)
	read := 0
	for k := range toks {
		te := k + 1
		for te < len(toks) && toks[te].sent == toks[k].sent {
			te++
		}
		if k+1 >= te {
			continue
		}
		n, kind := actionVerbRead(toks, k, te)
		if n > 0 {
			read++
		}
		if n2, kind2 := actionVerbAt(toks, k, te); n2 != n || kind2 != kind {
			t.Errorf("at %q: actionVerbAt = %d %q, actionVerbRead = %d %q", toks[k].text, n2, kind2, n, kind)
		}
	}
	if read < 50 {
		t.Errorf("only %d acts read: the battery no longer tests actionVerbAt", read)
	}
}
