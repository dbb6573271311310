package extractor

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNameClauseStartAgrees checks nameClauseStart and nameStartAfterDo,
// which search back from the last mark only, against the searches of the
// whole text they replace, on every prefix of the corpus paragraphs that
// ends at a word and on random texts of marks, quotes, broken UTF-8 and
// the words searched for.
func TestNameClauseStartAgrees(t *testing.T) {
	plainClause := func(b string) int {
		return max(strings.LastIndexAny(b, ",;:.()\n\"“”'")+1, lastWordIndex(b, " của ")+len(" của "))
	}
	plainFrom := func(b string) int {
		return max(plainClause(b), lastWordIndex(b, " do ")+len(" do "))
	}
	var texts []string
	for _, d := range corpusDocuments(t) {
		for _, p := range d.paras {
			f := d.folded[p.start:p.end]
			for i := 0; i <= len(f); i++ {
				if i == len(f) || f[i] == ' ' {
					texts = append(texts, f[:i])
				}
			}
		}
	}
	parts := []string{" ", "a", "của", " của ", " do ", "do", ",", ".", "“", "”", "\xe2\x80", "\x9c", "\xe2", "'", "\n", "ủ", "x"}
	rng := rand.New(rand.NewSource(5))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, b := range texts {
		if got, want := nameClauseStart(b), plainClause(b); got != want {
			t.Fatalf("nameClauseStart(%q) = %d, want %d", b, got, want)
		}
		if got, want := nameStartAfterDo(b), plainFrom(b); got != want {
			t.Fatalf("nameStartAfterDo(%q) = %d, want %d", b, got, want)
		}
	}
}
