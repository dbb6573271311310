package extractor

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/meetx/meetx/schema"
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
