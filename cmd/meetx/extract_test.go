package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/meetx/meetx/extractor"
	"github.com/meetx/meetx/schema"
)

const seedPath = "../../extractor/testdata/pages/seed.txt"

// TestExtractCommand runs `meetx extract` over a file, a URL served by a
// real HTTP server, a missing file, a binary file and an oversized page: the
// good inputs give one JSON line each, every bad one a message on stderr,
// and the exit code says that something failed.
func TestExtractCommand(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		switch r.URL.Path {
		case "/tin/hoi-nghi":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(seed)
		case "/big":
			w.Write(bytes.Repeat([]byte("a"), extractor.MaxInputBytes+10))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	binPath := filepath.Join(dir, "scan.pdf")
	if err := os.WriteFile(binPath, []byte("%PDF-1.7\n\x00\x01\x02"), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	args := []string{"extract", "--source", "test", seedPath, srv.URL + "/tin/hoi-nghi", filepath.Join(dir, "missing.html"), binPath, srv.URL + "/big", srv.URL + "/404"}
	if code := runMain(ctx, args, &stdout, &stderr); code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}

	var reports []schema.Report
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r schema.Report
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("stdout line is not JSON: %v", err)
		}
		reports = append(reports, r)
	}
	if len(reports) != 2 {
		t.Fatalf("got %d reports, want 2 (file and URL)", len(reports))
	}
	for _, r := range reports {
		if r.Meeting.Date != "2020-07-09" || r.Source != "test" || len(r.ContentHash) != 64 {
			t.Errorf("report %s: date %q source %q hash %q", r.URL, r.Meeting.Date, r.Source, r.ContentHash)
		}
	}
	if reports[0].ContentHash != reports[1].ContentHash {
		t.Error("the same bytes from a file and a URL gave different content hashes")
	}
	if !strings.HasPrefix(gotUA, "meetx/"+extractor.Version) {
		t.Errorf("User-Agent = %q", gotUA)
	}
	msgs := stderr.String()
	for _, want := range []string{"missing.html: open", "scan.pdf: extract", "not a text document", "/big: extract", "too large", "/404: fetch: 404", "4 of 6 inputs failed"} {
		if !strings.Contains(msgs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, msgs)
		}
	}
}

func TestExtractCommandUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := runMain(context.Background(), []string{"extract"}, &stdout, &stderr); code != 2 {
		t.Errorf("no input: exit code = %d, want 2", code)
	}
	if code := runMain(context.Background(), []string{"extract", "--nope", seedPath}, &stdout, &stderr); code != 2 {
		t.Errorf("bad flag: exit code = %d, want 2", code)
	}
}

func TestExtractCommandPretty(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := runMain(context.Background(), []string{"extract", "--pretty", seedPath}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit code = %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "\n  \"title\": ") {
		t.Errorf("--pretty output is not indented:\n%.200s", stdout.String())
	}
}
