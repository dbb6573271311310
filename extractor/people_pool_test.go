package extractor

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/meetx/meetx/schema"
)

// TestRecycledAnalysesConcurrent extracts the corpus pages from several
// goroutines at once, so that each reuses people analyses recycled by
// other pages and other goroutines: every report must equal the one made
// alone.
func TestRecycledAnalysesConcurrent(t *testing.T) {
	pages, _ := benchPages(t)
	report := func(body []byte) string {
		r, err := Extract(schema.Page{URL: "x", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	want := make([]string, len(pages))
	for i, body := range pages {
		want[i] = report(body)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 3 * len(pages) {
				i := (k*7 + g*5) % len(pages)
				if got := report(pages[i]); got != want[i] {
					t.Errorf("page %d: report changed alongside other pages", i)
					return
				}
			}
		})
	}
	wg.Wait()
}
