package extractor

import "testing"

// BenchmarkTokenize is tokenizeSentences alone over the corpus documents,
// built once outside the timer.
func BenchmarkTokenize(b *testing.B) {
	docs, total := benchDocuments(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			toks, _ := tokenizeSentences(d)
			releaseTokens(toks)
		}
	}
}

// BenchmarkAnalyzePeople is analyzePeople alone over the corpus documents,
// built once outside the timer.
func BenchmarkAnalyzePeople(b *testing.B) {
	docs, total := benchDocuments(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a := analyzePeople(d)
			a.recycle()
		}
	}
}
