package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/meetx/meetx/crawler"
	"github.com/meetx/meetx/crawler/crawlertest"
	"github.com/meetx/meetx/extractor"
	"github.com/meetx/meetx/schema"
)

// writeCrawlConfig writes a config for the fixture site on 127.0.0.1:
// fast politeness, home and category pages as seeds, articles at depth 1.
func writeCrawlConfig(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "crawl.json")
	cfg := `{"min_delay": "5ms", "retry_backoff": "10ms", "max_depth": 1, "max_body_bytes": 1048576,
		"allow_private": ["127.0.0.1"], "concurrency": 4, "max_per_host": 2}`
	if err := os.WriteFile(p, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// reportLines maps each report line's URL to the line.
func reportLines(t *testing.T, b []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var r struct{ URL string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
		}
		if _, dup := out[r.URL]; dup {
			t.Errorf("report for %s written twice", r.URL)
		}
		out[r.URL] = sc.Text()
	}
	return out
}

func TestCrawlCommandMatchesExtract(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10})
	dir := t.TempDir()
	outPath, statePath, archiveDir := filepath.Join(dir, "reports.jsonl"), filepath.Join(dir, "state.jsonl"), filepath.Join(dir, "archive")
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	args := []string{"crawl", "--seed", site.URL + "/", "--seed", site.URL + "/tin-tuc", "--config", writeCrawlConfig(t),
		"--out", outPath, "--state", statePath, "--archive", archiveDir}

	var stdout, stderr bytes.Buffer
	if code := runMain(ctx, args, &stdout, &stderr); code != 0 {
		t.Fatalf("meetx crawl exited %d:\n%s", code, stderr.String())
	}
	out, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	crawled := reportLines(t, out)
	urls := site.ArticleURLs()
	if got := slices.Sorted(maps.Keys(crawled)); !slices.Equal(got, urls) {
		t.Fatalf("crawl reported %v\nwant %v\nstderr:\n%s", got, urls, stderr.String())
	}

	// The same pages through `meetx extract` give the same bytes.
	var extOut, extErr bytes.Buffer
	if code := runMain(ctx, append([]string{"extract", "--source", "127.0.0.1"}, urls...), &extOut, &extErr); code != 0 {
		t.Fatalf("meetx extract exited %d:\n%s", code, extErr.String())
	}
	extracted := reportLines(t, extOut.Bytes())
	for _, u := range urls {
		if crawled[u] != extracted[u] {
			t.Errorf("%s: crawl and extract differ:\ncrawl:   %.300s\nextract: %.300s", u, crawled[u], extracted[u])
		}
	}

	// The archive holds the raw pages; re-extracting them gives the same
	// reports without crawling again.
	files, _ := filepath.Glob(filepath.Join(archiveDir, "*.jsonl.gz"))
	if len(files) != 1 {
		t.Fatalf("archive files: %v", files)
	}
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	err = crawler.ReadArchive(f, func(p schema.Page) error {
		n++
		r, err := extractor.Extract(p)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.Encode(r)
		if got := strings.TrimSuffix(buf.String(), "\n"); got != crawled[p.URL] {
			t.Errorf("%s: re-extraction from the archive differs", p.URL)
		}
		return nil
	})
	if err != nil || n != len(urls) {
		t.Errorf("archive: %d pages, err %v; want %d", n, err, len(urls))
	}

	// Re-crawl with the state: nothing new, nothing written.
	stderr.Reset()
	if code := runMain(ctx, args, &stdout, &stderr); code != 0 {
		t.Fatalf("re-crawl exited %d:\n%s", code, stderr.String())
	}
	again, _ := os.ReadFile(outPath)
	if !bytes.Equal(again, out) {
		t.Errorf("re-crawl of an unchanged site wrote %d more bytes", len(again)-len(out))
	}
	if !strings.Contains(stderr.String(), "0 reports written") {
		t.Errorf("re-crawl summary: %s", stderr.String())
	}
}

func TestCrawlCommandInterrupted(t *testing.T) {
	site := crawlertest.NewSite(t, crawlertest.Options{BombBytes: 1 << 10})
	dir := t.TempDir()
	statePath := filepath.Join(dir, "state.jsonl")
	cfgPath := filepath.Join(dir, "slow.json")
	os.WriteFile(cfgPath, []byte(`{"min_delay": "100ms", "max_depth": 1, "allow_private": ["127.0.0.1"]}`), 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	code := runMain(ctx, []string{"crawl", "--seed", site.URL + "/tin-tuc", "--config", cfgPath, "--state", statePath}, &stdout, &stderr)
	if code == 0 {
		t.Fatalf("interrupted crawl exited 0:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), "state saved in "+statePath) {
		t.Errorf("no resume hint on stderr:\n%s", stderr.String())
	}
	first := reportLines(t, stdout.Bytes())
	if len(first) == 0 || len(first) >= len(site.ArticleURLs()) {
		t.Fatalf("interrupted crawl wrote %d reports", len(first))
	}

	// Resuming writes the rest, never a report twice.
	stdout.Reset()
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel2()
	if code := runMain(ctx2, []string{"crawl", "--seed", site.URL + "/tin-tuc", "--seed", site.URL + "/", "--config", cfgPath, "--state", statePath}, &stdout, &stderr); code != 0 {
		t.Fatalf("resumed crawl exited %d:\n%s", code, stderr.String())
	}
	rest := reportLines(t, stdout.Bytes())
	for u := range rest {
		if _, dup := first[u]; dup {
			t.Errorf("%s reported again after resume", u)
		}
	}
	if got := len(first) + len(rest); got != len(site.ArticleURLs()) {
		t.Errorf("interrupted + resumed crawl wrote %d reports, want %d", got, len(site.ArticleURLs()))
	}
}

func TestCrawlCommandUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"min_dealy": "1s"}`), 0o644)
	badDur := filepath.Join(dir, "baddur.json")
	os.WriteFile(badDur, []byte(`{"min_delay": "soon"}`), 0o644)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no seed", []string{"crawl"}, 2, "at least one --seed"},
		{"stray argument", []string{"crawl", "--seed", "https://x.vn/", "extra"}, 2, "no other arguments"},
		{"unknown config key", []string{"crawl", "--seed", "https://x.vn/", "--config", bad}, 2, "min_dealy"},
		{"bad duration", []string{"crawl", "--seed", "https://x.vn/", "--config", badDur}, 2, "soon"},
		{"missing config", []string{"crawl", "--seed", "https://x.vn/", "--config", filepath.Join(dir, "none.json")}, 2, "none.json"},
		{"bad seed", []string{"crawl", "--seed", "ftp://x.vn/"}, 1, "not http"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runMain(context.Background(), tt.args, &stdout, &stderr)
			if code != tt.wantCode || !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr.String(), tt.wantCode, tt.wantErr)
			}
		})
	}
}
