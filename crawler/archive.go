package crawler

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/meetx/meetx/schema"
)

// archiveRotateBytes starts a new archive file after this many uncompressed
// bytes, keeping files a handy size to copy and re-read.
const archiveRotateBytes = 512 << 20

// Archive keeps raw pages, each a JSON-encoded schema.Page (URL, status,
// headers, fetch time, body) on its own line, in gzip files named
// pages-<UTC time>.jsonl.gz in one directory. Every page is flushed to the
// file as it is written, so a killed crawl keeps what it archived. Read the
// files back with ReadArchive.
//
// Gzip'd JSON Lines was chosen over WARC because it needs only the standard
// library, maps one-to-one onto schema.Page (re-extraction is Unmarshal then
// extractor.Extract) and is readable with zcat and jq.
type Archive struct {
	dir string

	mu      sync.Mutex
	f       *os.File
	zw      *gzip.Writer
	bw      *bufio.Writer
	written int64
	now     func() time.Time
}

// OpenArchive creates dir if needed and returns an Archive writing into it.
// The first file is created on the first write.
func OpenArchive(dir string) (*Archive, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("crawler: archive dir: %w", err)
	}
	return &Archive{dir: dir, now: time.Now}, nil
}

// Write appends one page. Local file writes cannot be cancelled, so it takes
// no context; it is safe for concurrent use.
func (a *Archive) Write(p schema.Page) error {
	line, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("crawler: archive %s: %w", p.URL, err)
	}
	line = append(line, '\n')
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f != nil && a.written >= archiveRotateBytes {
		if err := a.closeFile(); err != nil {
			return err
		}
	}
	if a.f == nil {
		if err := a.openFile(); err != nil {
			return err
		}
	}
	if _, err := a.bw.Write(line); err != nil {
		return fmt.Errorf("crawler: archive write: %w", err)
	}
	if err := a.bw.Flush(); err != nil {
		return fmt.Errorf("crawler: archive write: %w", err)
	}
	if err := a.zw.Flush(); err != nil {
		return fmt.Errorf("crawler: archive write: %w", err)
	}
	a.written += int64(len(line))
	return nil
}

func (a *Archive) openFile() error {
	name := filepath.Join(a.dir, "pages-"+a.now().UTC().Format("20060102T150405.000000000Z")+".jsonl.gz")
	f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("crawler: archive file: %w", err)
	}
	a.f, a.zw, a.written = f, gzip.NewWriter(f), 0
	a.bw = bufio.NewWriterSize(a.zw, 64<<10)
	return nil
}

func (a *Archive) closeFile() error {
	err := a.bw.Flush()
	if cerr := a.zw.Close(); err == nil {
		err = cerr
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	a.f, a.zw, a.bw = nil, nil, nil
	if err != nil {
		return fmt.Errorf("crawler: archive close: %w", err)
	}
	return nil
}

// Close finishes the current file.
func (a *Archive) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f == nil {
		return nil
	}
	return a.closeFile()
}

// ReadArchive calls fn for each page of one archive file's contents. A file
// cut short by a crash yields every complete page before the cut and then
// an error wrapping io.ErrUnexpectedEOF.
func ReadArchive(r io.Reader, fn func(schema.Page) error) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return fmt.Errorf("crawler: read archive: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<20)
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			var p schema.Page
			if jerr := json.Unmarshal(line, &p); jerr != nil {
				return fmt.Errorf("crawler: read archive: %w", jerr)
			}
			if ferr := fn(p); ferr != nil {
				return ferr
			}
		}
		switch {
		case err == nil:
		case errors.Is(err, io.EOF) && len(line) == 0:
			return nil
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return fmt.Errorf("crawler: read archive: %w", io.ErrUnexpectedEOF)
		default:
			return fmt.Errorf("crawler: read archive: %w", err)
		}
	}
}
