package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// maxSitemapURLs caps the URLs read from one sitemap (the protocol's limit).
const maxSitemapURLs = 50000

// sitemapEntry is one <url> or <sitemap> element.
type sitemapEntry struct {
	Loc     string
	LastMod time.Time
	Index   bool // a <sitemap> of a sitemap index
}

// parseSitemap reads a sitemap or sitemap index (optionally gzipped) with a
// streaming decoder; body is already capped by the fetcher, and a gzipped one
// is capped again after decompression at limit.
func parseSitemap(body []byte, limit int64) ([]sitemapEntry, error) {
	var r io.Reader = bytes.NewReader(body)
	if len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("sitemap: %w", err)
		}
		defer zr.Close()
		r = &capReader{r: zr, left: limit}
	}
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var out []sitemapEntry
	var cur *sitemapEntry
	var field string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("sitemap: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "url", "sitemap":
				cur = &sitemapEntry{Index: t.Name.Local == "sitemap"}
			case "loc", "lastmod":
				field = t.Name.Local
			}
		case xml.CharData:
			if cur == nil {
				continue
			}
			s := strings.TrimSpace(string(t))
			switch field {
			case "loc":
				cur.Loc += s
			case "lastmod":
				cur.LastMod = parseW3CDate(s)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "url", "sitemap":
				if cur != nil && cur.Loc != "" {
					out = append(out, *cur)
					if len(out) >= maxSitemapURLs {
						return out, nil
					}
				}
				cur = nil
			case "loc", "lastmod":
				field = ""
			}
		}
	}
}

// parseW3CDate reads the date formats sitemaps use; zero when unreadable.
func parseW3CDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// capReader fails with ErrTooLarge after left bytes: a gzip bomb posing as a
// sitemap stops there.
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// pushSitemaps queues the sitemaps of the seeds' hosts: those named in
// robots.txt, else /sitemap.xml.
func (r *run) pushSitemaps(ctx context.Context, seeds []job) {
	done := map[string]bool{}
	for _, s := range seeds {
		u, _ := url.Parse(s.url)
		if done[u.Host] {
			continue
		}
		done[u.Host] = true
		maps := r.fetcher.Sitemaps(ctx, u)
		if len(maps) == 0 {
			maps = []string{(&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/sitemap.xml"}).String()}
		}
		for _, m := range maps {
			if c, err := Canonicalize(m); err == nil {
				r.push(job{url: c, source: s.source, sitemap: true})
			}
		}
	}
}

// processSitemap fetches a sitemap and queues its in-scope URLs; a URL whose
// lastmod is not newer than our last visit is marked seen without a fetch.
func (r *run) processSitemap(ctx context.Context, j job) {
	log := r.cfg.Logger.With("sitemap", j.url)
	u, _ := url.Parse(j.url)
	res, err := r.fetcher.fetch(ctx, u, Validators{}, r.scope)
	if err != nil {
		var se *StatusError
		if errors.As(err, &se) && se.Code == 404 {
			log.Debug("no sitemap")
		} else if ctx.Err() == nil {
			log.Warn("sitemap fetch failed", "err", err)
		}
		return
	}
	entries, err := parseSitemap(res.Page.Body, r.cfg.MaxBodyBytes)
	if err != nil {
		log.Warn("sitemap unreadable", "err", err, "entries", len(entries))
	}
	for _, e := range entries {
		lu, err := u.Parse(e.Loc)
		if err != nil || canonicalizeURL(lu) != nil || !r.scope.hostAllowed(lu, "") {
			continue
		}
		if e.Index {
			if j.depth < 2 { // an index of indexes at most
				r.push(job{url: lu.String(), depth: j.depth + 1, source: j.source, sitemap: true})
			}
			continue
		}
		if !r.scope.follows(lu, "") {
			continue
		}
		if !e.LastMod.IsZero() {
			if st, ok, err := r.store.Get(ctx, lu.String()); err == nil && ok && !st.LastSeen.Before(e.LastMod) {
				if r.markSeen(lu.String()) {
					r.stats.skipped.Add(1)
				}
				continue
			}
		}
		r.push(job{url: lu.String(), depth: 1, source: j.source})
	}
}
