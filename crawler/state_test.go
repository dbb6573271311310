package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/meetx/meetx/schema"
)

func TestFileStoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.jsonl")
	s, err := OpenFileStore(path)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)
	want := URLState{URL: "https://x.vn/a.html", ETag: `"abc"`, LastModified: "Fri, 01 Mar 2024 08:00:00 GMT",
		ContentHash: "00ff", FetchedAt: at, LastSeen: at, Kind: KindArticle}
	for _, st := range []URLState{{URL: want.URL, Kind: KindListing}, want, {URL: "https://x.vn/", Kind: KindListing, Complete: true}} {
		if err := s.Put(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	// Reopen without Close: a killed process keeps every Put.
	s2, err := OpenFileStore(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok, _ := s2.Get(ctx, want.URL); !ok || got != want {
		t.Errorf("after reopen: %+v, %v; want %+v", got, ok, want)
	}
	if got, _, _ := s2.Get(ctx, "https://x.vn/"); !got.Complete || got.Kind != KindListing {
		t.Errorf("seed state lost its fields: %+v", got)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2.Close()
	b, _ := os.ReadFile(path)
	if n := bytes.Count(b, []byte("\n")); n != 2 {
		t.Errorf("compacted file has %d lines, want 2:\n%s", n, b)
	}
	if err := s.Put(ctx, want); !errors.Is(err, os.ErrClosed) {
		t.Errorf("Put after Close: %v", err)
	}
}

// A torn last line (crash mid-write) and garbage are skipped, not fatal.
func TestFileStoreSkipsBadLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.jsonl")
	content := `{"url":"https://x.vn/a","kind":"article","content_hash":"1"}
not json
{"kind":"article"}
{"url":"https://x.vn/b","kind":"listing"}
{"url":"https://x.vn/c","ki`
	os.WriteFile(path, []byte(content), 0o644)
	s, err := OpenFileStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Len() != 2 || s.Skipped() != 3 {
		t.Errorf("Len = %d, Skipped = %d; want 2, 3", s.Len(), s.Skipped())
	}
	if st, ok, _ := s.Get(context.Background(), "https://x.vn/b"); !ok || st.Kind != KindListing {
		t.Errorf("b = %+v, %v", st, ok)
	}
}

func TestArchiveRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a, err := OpenArchive(dir)
	if err != nil {
		t.Fatal(err)
	}
	pages := []schema.Page{
		{URL: "https://x.vn/a.html", Status: 200, ContentType: "text/html; charset=utf-8",
			Header: map[string]string{"ETag": `"1"`}, FetchedAt: time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC),
			ContentHash: "ab", Body: []byte("<html><p>Hội nghị tổng kết</p></html>")},
		{URL: "https://x.vn/b.html", Status: 200, Body: []byte{0xff, 0xfe, 0x00, 'x'}}, // bytes, not text: kept exactly
	}
	for _, p := range pages {
		if err := a.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "pages-*.jsonl.gz"))
	if len(files) != 1 {
		t.Fatalf("files = %v", files)
	}
	// Readable before Close: every page is flushed as written.
	raw, _ := os.ReadFile(files[0])
	var got []schema.Page
	err = ReadArchive(bytes.NewReader(raw), func(p schema.Page) error { got = append(got, p); return nil })
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("unclosed archive: err = %v, want ErrUnexpectedEOF after the pages", err)
	}
	if len(got) != 2 {
		t.Fatalf("read %d pages before Close", len(got))
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(files[0])
	defer f.Close()
	got = nil
	if err := ReadArchive(f, func(p schema.Page) error { got = append(got, p); return nil }); err != nil {
		t.Fatal(err)
	}
	for i := range pages {
		if got[i].URL != pages[i].URL || !bytes.Equal(got[i].Body, pages[i].Body) || !got[i].FetchedAt.Equal(pages[i].FetchedAt) ||
			got[i].Header["ETag"] != pages[i].Header["ETag"] {
			t.Errorf("page %d = %+v, want %+v", i, got[i], pages[i])
		}
	}
}

func TestParseSitemap(t *testing.T) {
	urlset := `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://x.vn/a.html</loc><lastmod>2024-03-01</lastmod></url>
  <url><loc> https://x.vn/b.html </loc><lastmod>2024-03-02T10:00:00+07:00</lastmod></url>
  <url><loc>https://x.vn/c.html</loc></url>
</urlset>`
	index := `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://x.vn/sitemap-1.xml.gz</loc></sitemap></sitemapindex>`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(urlset))
	zw.Close()
	bomb := bytes.Buffer{}
	zw = gzip.NewWriter(&bomb)
	zw.Write([]byte(`<urlset><url><loc>https://x.vn/` + strings.Repeat("a", 4<<20) + `</loc></url></urlset>`))
	zw.Close()

	tests := []struct {
		name    string
		body    []byte
		want    []string
		index   bool
		wantErr error
	}{
		{"urlset", []byte(urlset), []string{"https://x.vn/a.html", "https://x.vn/b.html", "https://x.vn/c.html"}, false, nil},
		{"gzipped", gz.Bytes(), []string{"https://x.vn/a.html", "https://x.vn/b.html", "https://x.vn/c.html"}, false, nil},
		{"index", []byte(index), []string{"https://x.vn/sitemap-1.xml.gz"}, true, nil},
		{"gzip over the cap", bomb.Bytes(), nil, false, ErrTooLarge},
		{"not xml", []byte("<html><body>404</body></html>"), nil, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseSitemap(tt.body, 1<<20)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			var locs []string
			for _, e := range got {
				locs = append(locs, e.Loc)
				if e.Index != tt.index {
					t.Errorf("%s: Index = %v", e.Loc, e.Index)
				}
			}
			if strings.Join(locs, " ") != strings.Join(tt.want, " ") {
				t.Errorf("locs = %v, want %v", locs, tt.want)
			}
		})
	}
	got, _ := parseSitemap([]byte(urlset), 1<<20)
	if want := time.Date(2024, 3, 2, 3, 0, 0, 0, time.UTC); !got[1].LastMod.Equal(want) {
		t.Errorf("lastmod = %v, want %v", got[1].LastMod, want)
	}
}
