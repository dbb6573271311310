package extractor

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/meetx/meetx/schema"
)

// TestRecycledTokensDoNotLeak extracts every page twice in one process, the
// second time in reverse order, so that each page reuses token slices left
// by other, larger or smaller pages: the reports must not change.
func TestRecycledTokensDoNotLeak(t *testing.T) {
	paths, err := filepath.Glob("testdata/pages/*")
	if err != nil || len(paths) < 2 {
		t.Fatalf("need pages: %v", err)
	}
	extract := func(path string) string {
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Extract(schema.Page{URL: path, Body: body})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	first := map[string]string{}
	for _, p := range paths {
		first[p] = extract(p)
	}
	for _, p := range slices.Backward(paths) {
		if got := extract(p); got != first[p] {
			t.Errorf("%s: report changed when extracted after other pages", p)
		}
	}
}
