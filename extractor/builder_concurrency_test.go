package extractor

import (
	"reflect"
	"sync"
	"testing"

	"github.com/meetx/meetx/schema"
)

// TestBuilderPoolsConcurrent runs newDocument on the corpus pages from
// several goroutines at once and checks each document against one built
// alone: the builder's pooled scorers and arenas are shared by all calls.
func TestBuilderPoolsConcurrent(t *testing.T) {
	pages, _ := benchPages(t)
	want := make([]*document, len(pages))
	for i, body := range pages {
		d, err := newDocument(schema.Page{URL: "x", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = d
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(pages) {
				i := (k + g*5) % len(pages)
				d, err := newDocument(schema.Page{URL: "x", Body: pages[i]})
				if err != nil {
					t.Error(err)
					return
				}
				if d.text != want[i].text || d.folded != want[i].folded || d.title != want[i].title ||
					!reflect.DeepEqual(d.paras, want[i].paras) || !reflect.DeepEqual(d.sents, want[i].sents) {
					t.Errorf("page %d built differently alongside other pages", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
