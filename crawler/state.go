package crawler

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// PageKind is what a page is for the crawler.
type PageKind uint8

// Page kinds.
const (
	KindUnknown PageKind = iota // not HTML, or no clear signal
	KindArticle                 // one headline and a body: a report candidate
	KindListing                 // many article links, maybe pagination
)

func (k PageKind) String() string {
	switch k {
	case KindArticle:
		return "article"
	case KindListing:
		return "listing"
	default:
		return "unknown"
	}
}

// MarshalText makes PageKind readable in JSON state files.
func (k PageKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText accepts what MarshalText writes; anything else is unknown.
func (k *PageKind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "article":
		*k = KindArticle
	case "listing":
		*k = KindListing
	default:
		*k = KindUnknown
	}
	return nil
}

// Validators are the cache validators of a previous fetch, sent back as
// If-None-Match / If-Modified-Since.
type Validators struct {
	ETag         string
	LastModified string
}

// URLState is what incremental crawling remembers about one URL.
type URLState struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	ContentHash  string    `json:"content_hash,omitempty"`
	Fingerprint  string    `json:"fingerprint,omitempty"` // Result.Fingerprint of the last 200
	FetchedAt    time.Time `json:"fetched_at,omitzero"`   // last 200 answer
	LastSeen     time.Time `json:"last_seen,omitzero"`    // last 200 or 304 answer
	Kind         PageKind  `json:"kind"`
	// Complete is set on a seed's state when a crawl from it ran to the end,
	// so a later crawl may stop at the first listing page it fully knows.
	Complete bool `json:"complete,omitempty"`
}

// SameContent reports whether res holds the content st remembers: equal
// fingerprints when both have one, else equal content hashes.
func (s URLState) SameContent(res *Result) bool {
	if s.Fingerprint != "" && res.Fingerprint != "" {
		return s.Fingerprint == res.Fingerprint
	}
	return s.ContentHash != "" && s.ContentHash == res.Page.ContentHash
}

// Validators returns the validators to send on a conditional re-fetch.
func (s URLState) Validators() Validators {
	return Validators{ETag: s.ETag, LastModified: s.LastModified}
}

// StateStore keeps URLState across runs. Implementations must be safe for
// concurrent use. The crawler ships MemoryStore and FileStore; the pipeline
// implements it on JetStream KV.
type StateStore interface {
	// Get returns the state of url (canonical form) and whether it exists.
	Get(ctx context.Context, url string) (URLState, bool, error)
	// Put stores st under st.URL, replacing what was there.
	Put(ctx context.Context, st URLState) error
}

// MemoryStore is an in-memory StateStore.
type MemoryStore struct {
	mu sync.RWMutex
	m  map[string]URLState
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{m: make(map[string]URLState)} }

// Get implements StateStore.
func (s *MemoryStore) Get(_ context.Context, url string) (URLState, bool, error) {
	s.mu.RLock()
	st, ok := s.m[url]
	s.mu.RUnlock()
	return st, ok, nil
}

// Put implements StateStore.
func (s *MemoryStore) Put(_ context.Context, st URLState) error {
	s.mu.Lock()
	s.m[st.URL] = st
	s.mu.Unlock()
	return nil
}

// Len returns the number of URLs stored.
func (s *MemoryStore) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}

// FileStore is a StateStore kept in a JSON Lines file: it loads the file
// into memory when opened, appends one line per Put (so an interrupted run
// loses at most the line being written) and rewrites the file compactly on
// Close.
type FileStore struct {
	mem     *MemoryStore
	path    string
	mu      sync.Mutex // guards f
	f       *os.File
	skipped int
}

// OpenFileStore opens (or creates) the state file at path. Lines that do
// not parse (a torn last line after a crash) are skipped and counted in
// Skipped, never fatal.
func OpenFileStore(path string) (*FileStore, error) {
	s := &FileStore{mem: NewMemoryStore(), path: path}
	if err := s.load(); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("crawler: open state: %w", err)
	}
	s.f = f
	return s, nil
}

func (s *FileStore) load() error {
	f, err := os.Open(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("crawler: open state: %w", err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var st URLState
			if jerr := json.Unmarshal(line, &st); jerr != nil || st.URL == "" {
				s.skipped++
			} else {
				s.mem.m[st.URL] = st
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("crawler: read state %s: %w", s.path, err)
		}
	}
}

// Skipped is the number of unreadable lines found when the file was opened.
func (s *FileStore) Skipped() int { return s.skipped }

// Len returns the number of URLs stored.
func (s *FileStore) Len() int { return s.mem.Len() }

// Get implements StateStore.
func (s *FileStore) Get(ctx context.Context, url string) (URLState, bool, error) {
	return s.mem.Get(ctx, url)
}

// Put implements StateStore.
func (s *FileStore) Put(ctx context.Context, st URLState) error {
	line, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("crawler: encode state: %w", err)
	}
	line = append(line, '\n')
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return fmt.Errorf("crawler: state %s: %w", s.path, os.ErrClosed)
	}
	if _, err := s.f.Write(line); err != nil {
		return fmt.Errorf("crawler: write state %s: %w", s.path, err)
	}
	return s.mem.Put(ctx, st)
}

// Close compacts the file to one line per URL and closes it.
func (s *FileStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	s.f = nil
	if err != nil {
		return fmt.Errorf("crawler: close state: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), ".state-*")
	if err != nil {
		return fmt.Errorf("crawler: compact state: %w", err)
	}
	w := bufio.NewWriter(tmp)
	enc := json.NewEncoder(w)
	s.mem.mu.RLock()
	for _, st := range s.mem.m {
		if err = enc.Encode(st); err != nil {
			break
		}
	}
	s.mem.mu.RUnlock()
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), s.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("crawler: compact state: %w", err)
	}
	return nil
}
