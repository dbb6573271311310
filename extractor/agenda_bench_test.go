package extractor

import (
	"testing"

	"github.com/meetx/meetx/schema"
)

// BenchmarkAgenda is extractAgenda alone over the corpus pages: the
// documents, their people analysis and the fields the agenda reads are
// built once, outside the loop.
func BenchmarkAgenda(b *testing.B) {
	docs, total := benchDocuments(b)
	reports := make([]*schema.Report, len(docs))
	for i, d := range docs {
		r := &schema.Report{People: []schema.Person{}, Directives: []schema.Directive{}, Agenda: []schema.AgendaItem{}}
		for _, step := range steps[:len(steps)-1] {
			step(d, r)
		}
		reports[i] = r
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			r := *reports[i]
			r.Agenda = nil
			extractAgenda(d, &r)
		}
	}
}
