package extractor

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/meetx/meetx/schema"
	"golang.org/x/net/html"
)

// TestReportKeepsNoRecycledMemory extracts each page twice: once as
// Extract runs, and once with every buffer Extract recycles overwritten
// before the pool takes it. A report that referred to recycled memory would
// read differently the second time. The pages are read as HTML, and their
// article texts as plain text (which build joins).
func TestReportKeepsNoRecycledMemory(t *testing.T) {
	var pages []schema.Page
	bodies := pagesAndLayouts(t)
	legacy, _ := filepath.Glob("testdata/legacy/*.html")
	for _, p := range legacy {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, body)
	}
	for _, body := range bodies {
		pages = append(pages, schema.Page{URL: "x", Body: body})
		if d, err := newDocument(schema.Page{URL: "x", Body: body}); err == nil {
			pages = append(pages, schema.Page{URL: "x", Body: []byte(d.text), ContentType: "text/plain"})
		}
	}
	extract := func(p schema.Page) string {
		r, err := Extract(p)
		if err != nil {
			return err.Error()
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	t.Cleanup(func() { recycleHook = nil })
	for i, p := range pages {
		recycleHook = nil
		want := extract(p)
		recycleHook = func(buf []byte) {
			buf = buf[:cap(buf)]
			for k := range buf {
				buf[k] = 0xff
			}
		}
		if got := extract(p); got != want {
			t.Errorf("input %d: the report changes when recycled memory does:\n got %s\nwant %s", i, got, want)
		}
	}
}

// TestDetachReportReachesEveryString fills every string of a report (one
// element in each slice and map) with memory of an arena and checks that
// detachReport copies them all out: a field added to the report must be
// added there too.
func TestDetachReportReachesEveryString(t *testing.T) {
	arena := []byte("in the arena")
	inArena := arenaString(arena)
	var r schema.Report
	fillStrings(reflect.ValueOf(&r).Elem(), inArena)
	detachReport(&r, arenaSpan{arena})
	base := uintptr(unsafe.Pointer(&arena[0]))
	visitStrings(reflect.ValueOf(r), func(path, s string) {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= base && p < base+uintptr(cap(arena)) {
			t.Errorf("%s still lies in the arena", path)
		}
	})
}

// fillStrings sets every string reachable from v to s, making one element
// of each slice and map and a value for each pointer.
func fillStrings(v reflect.Value, s string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Struct:
		for i := range v.NumField() {
			fillStrings(v.Field(i), s)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillStrings(v.Elem(), s)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillStrings(v.Index(0), s)
	case reflect.Map:
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillStrings(k, s)
		fillStrings(e, s)
		v.Set(reflect.MakeMap(v.Type()))
		v.SetMapIndex(k, e)
	}
}

// visitStrings calls f with every non-empty string reachable from v and
// its path.
func visitStrings(v reflect.Value, f func(path, s string)) {
	var visit func(v reflect.Value, path string)
	visit = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.String:
			if v.Len() > 0 {
				f(path, v.String())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				visit(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		case reflect.Pointer:
			if !v.IsNil() {
				visit(v.Elem(), path)
			}
		case reflect.Slice:
			for i := range v.Len() {
				visit(v.Index(i), path+"[]")
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				visit(it.Key(), path+" key")
				visit(it.Value(), path+"[]")
			}
		}
	}
	visit(v, "Report")
}

// TestElementTextsAgree checks, for every element of the corpus pages and
// layouts, the texts read into a scratch buffer against textOf, and
// firstField against strings.Fields.
func TestElementTextsAgree(t *testing.T) {
	var scratch textScratch
	for _, body := range pagesAndLayouts(t) {
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node, depth int)
		walk = func(n *html.Node, depth int) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				raw := textOf(c, depth)
				if got := scratch.rawText(c); depth == 0 && got != raw {
					t.Fatalf("rawText %q, textOf %q", got, raw)
				}
				want := collapseSpace(raw)
				if got := scratch.collapsedText(c, depth); got != want {
					t.Fatalf("collapsedText %q, want %q", got, want)
				}
				if got := scratch.folded(want); got != fold(want) {
					t.Fatalf("folded %q, want %q", got, fold(want))
				}
				if got := dateLineIn(c, depth); got != oldDateLineIn(c, depth) {
					t.Fatalf("dateLineIn %q, want %q", got, oldDateLineIn(c, depth))
				}
				for _, a := range c.Attr {
					f := strings.Fields(a.Val)
					if want := ""; len(f) > 0 && firstField(a.Val) != f[0] || len(f) == 0 && firstField(a.Val) != want {
						t.Fatalf("firstField(%q) = %q, Fields %q", a.Val, firstField(a.Val), f)
					}
				}
				walk(c, depth+1)
			}
		}
		walk(doc, 0)
	}
	for _, s := range []string{"", " ", "a", " a b", "\u00a0x\u2003y", "\xffa b", "a\u0085b"} {
		f := strings.Fields(s)
		if len(f) > 0 && firstField(s) != f[0] || len(f) == 0 && firstField(s) != "" {
			t.Errorf("firstField(%q) = %q, Fields %q", s, firstField(s), f)
		}
	}
}

// oldDateLineIn is dateLineIn as it was, with a new text per element.
func oldDateLineIn(n *html.Node, depth int) string {
	t := collapseSpace(textOf(n, depth))
	if len(t) < 120 && isDateLine(t) {
		return t
	}
	if len(t) > 400 || depth > maxDepth {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !isDropTag(c.DataAtom) {
			if t := oldDateLineIn(c, depth+1); t != "" {
				return t
			}
		}
	}
	return ""
}

// TestCommonAncestorAgrees checks commonAncestor against the ancestors of
// one node marked in a set, for pairs of elements of a layout page.
func TestCommonAncestorAgrees(t *testing.T) {
	for _, nodes := range pageNodes(t)[:25] {
		for i := 0; i < len(nodes); i += 7 {
			for j := 0; j < len(nodes); j += 13 {
				a, b := nodes[i], nodes[j]
				seen := map[*html.Node]bool{}
				for n := a; n != nil; n = n.Parent {
					seen[n] = true
				}
				var want *html.Node
				for n := b; n != nil && want == nil; n = n.Parent {
					if seen[n] {
						want = n
					}
				}
				if got := commonAncestor(a, b); got != want {
					t.Fatalf("commonAncestor differs for nodes %d and %d", i, j)
				}
			}
		}
	}
}

// TestExtractPoolsConcurrent runs Extract on the corpus pages from several
// goroutines at once and checks each report against one made alone: the
// buffers recycled across pages (the document's arenas and lists, the people
// analyses, the agenda's buffers) are shared by all calls.
func TestExtractPoolsConcurrent(t *testing.T) {
	pages, _ := benchPages(t)
	report := func(body []byte) string {
		r, err := Extract(schema.Page{URL: "x", Body: body})
		if err != nil {
			return err.Error()
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Error(err)
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
				i := (k + g*5) % len(pages)
				if got := report(pages[i]); got != want[i] {
					t.Errorf("page %d extracted differently alongside other pages", i)
					return
				}
			}
		})
	}
	wg.Wait()
}
