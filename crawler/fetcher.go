package crawler

import (
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/meetx/meetx/schema"
)

// maxRobotsBytes caps robots.txt (Google reads 500 KiB).
const maxRobotsBytes = 512 << 10

// keptHeaders are the response headers copied into schema.Page.Header.
var keptHeaders = []string{"Content-Type", "ETag", "Last-Modified", "Content-Language", "Date", "Cache-Control", "Expires"}

// Result is one fetched page and what the fetcher learned from it.
type Result struct {
	// Page is the page as served: Body holds the bytes after
	// Content-Encoding decoding (any charset), ContentHash and FetchedAt are
	// set, Header has ETag/Last-Modified/Content-Type when served. Page.URL
	// is Canonical; Page.FinalURL is where redirects ended when rel=canonical
	// named another URL.
	Page schema.Page
	// NotModified is set when a conditional GET got 304; Page.Body is empty.
	NotModified bool
	// Kind is the page's classification (KindUnknown for non-HTML).
	Kind PageKind
	// Canonical is the page's canonical URL: rel=canonical when in scope,
	// else Canonicalize(final URL).
	Canonical string
	// Links are the canonical absolute in-scope links found on the page
	// (articles, listings, next pages), deduplicated, in document order.
	Links []string
	// Next are the links among Links that lead to the next (older) page of
	// a listing; a crawl that stops early skips them.
	Next []string
	// Fingerprint is a hash of the page's visible text (scripts, styles,
	// comments, hidden form state and markup left out), empty for non-HTML.
	// Compare it rather than Page.ContentHash to tell a changed article
	// from one whose bytes differ on every request (view counters in
	// scripts, ASP.NET __VIEWSTATE, cache-busting query strings).
	Fingerprint string
}

// Fetcher fetches single URLs politely and safely. It is safe for
// concurrent use; create one per process and share it.
type Fetcher struct {
	cfg    Config
	client *http.Client
	scope  *scope
	dialer *safeDialer
	links  *linkCache // resolved site-wide links, shared by all pages

	mu    sync.Mutex
	hosts map[string]*host
}

// NewFetcher checks cfg, applies defaults and builds a Fetcher.
func NewFetcher(cfg Config) (*Fetcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.setDefaults()
	sc, err := newScope(cfg.AllowedHosts, cfg.URLPatterns)
	if err != nil {
		return nil, err
	}
	dialer := newSafeDialer(cfg.ConnectTimeout, cfg.AllowPrivate)
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would hide the dialed address from the private-address check
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   max(cfg.MaxPerHost, 2),
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.Timeout,
		DisableCompression:    true, // we decode gzip/deflate ourselves, with a size cap
	}
	client := &http.Client{
		Transport: transport,
		// Redirects are followed by hand so that each hop passes robots.txt
		// and the per-host politeness.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return &Fetcher{cfg: cfg, client: client, scope: sc, dialer: dialer, hosts: make(map[string]*host),
		links: newLinkCache()}, nil
}

// Close releases idle connections.
func (f *Fetcher) Close() { f.client.CloseIdleConnections() }

func (f *Fetcher) host(hostport string) *host {
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[hostport]
	if !ok {
		h = newHost(&f.cfg)
		f.hosts[hostport] = h
	}
	return h
}

// Fetch fetches one URL: robots.txt is obeyed (cached per host), the
// per-host delay and concurrency limits are kept, private addresses are
// refused after DNS resolution (also on redirects), bodies are capped,
// timeouts, 429 and 5xx are retried with backoff (honouring Retry-After),
// and prev makes it a conditional GET. Waiting for politeness ends when ctx
// is done, but a request already sent is finished (within Config.Timeout)
// so that its answer is not lost; no retry starts after ctx is done.
//
// Errors wrap ErrBadURL, ErrOutOfScope (a host outside a configured
// AllowedHosts), ErrDisallowed, ErrPrivateAddress, ErrTooLarge,
// ErrTooManyRedirects, or are a *StatusError for a final non-2xx answer.
// Redirects may leave the scope: the site moved the page there.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, prev Validators) (*Result, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w: %v", rawURL, ErrBadURL, err)
	}
	if err := canonicalizeURL(u); err != nil {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	if len(f.scope.hosts) > 0 && !f.scope.hostAllowed(u, "") {
		return nil, fmt.Errorf("fetch %s: %w: host not in allowed_hosts", u, ErrOutOfScope)
	}
	return f.fetch(ctx, u, prev, f.scope)
}

// fetch is Fetch for a canonical u, with the scope used to filter links.
func (f *Fetcher) fetch(ctx context.Context, u *url.URL, prev Validators, sc *scope) (*Result, error) {
	resp, final, err := f.follow(ctx, u, prev)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	res := &Result{
		Canonical: final.String(),
		Page: schema.Page{
			URL:         final.String(),
			Source:      u.Hostname(),
			Status:      resp.status,
			ContentType: resp.header.Get("Content-Type"),
			Header:      keepHeaders(resp.header),
			FetchedAt:   resp.at,
		},
	}
	if resp.status == http.StatusNotModified {
		res.NotModified = true
		return res, nil
	}
	res.Page.Body = resp.body
	sum := sha256.Sum256(resp.body)
	res.Page.ContentHash = hex.EncodeToString(sum[:])
	if isHTML(res.Page.ContentType, resp.body) {
		f.analyze(res, final, sc)
	}
	return res, nil
}

// analyze runs analyzeHTML, turning a panic (a bug meeting an odd page)
// into a logged page with no links: one page must not end a crawl.
func (f *Fetcher) analyze(res *Result, final *url.URL, sc *scope) {
	defer func() {
		if v := recover(); v != nil {
			f.cfg.Logger.Error("page analysis failed; keeping the page without links", "url", final.String(), "panic", v)
			res.Kind, res.Links, res.Next = KindUnknown, nil, nil
		}
	}()
	analyzeHTML(res, final, sc, f.cfg.hintsFor(final), f.links)
}

// response is one answer with its body read.
type response struct {
	status int
	header http.Header
	body   []byte
	at     time.Time
}

// follow fetches u and follows redirects by hand, each hop checked against
// robots.txt and paced by its host.
func (f *Fetcher) follow(ctx context.Context, u *url.URL, prev Validators) (*response, *url.URL, error) {
	cur := u
	for hop := 0; ; hop++ {
		if err := f.checkRobots(ctx, cur); err != nil {
			return nil, nil, err
		}
		resp, err := f.getWithRetries(ctx, cur, prev)
		if err != nil {
			return nil, nil, err
		}
		if !isRedirect(resp.status) {
			if resp.status == http.StatusNotModified || (resp.status >= 200 && resp.status < 300) {
				return resp, cur, nil
			}
			return nil, nil, &StatusError{Code: resp.status, URL: cur.String()}
		}
		loc := resp.header.Get("Location")
		if loc == "" {
			return nil, nil, &StatusError{Code: resp.status, URL: cur.String()}
		}
		if hop >= f.cfg.MaxRedirects {
			return nil, nil, fmt.Errorf("%w (%d)", ErrTooManyRedirects, f.cfg.MaxRedirects)
		}
		next, err := cur.Parse(loc)
		if err != nil {
			return nil, nil, fmt.Errorf("redirect to %q: %w: %v", loc, ErrBadURL, err)
		}
		if err := canonicalizeURL(next); err != nil {
			return nil, nil, fmt.Errorf("redirect to %q: %w", loc, err)
		}
		f.cfg.Logger.Debug("redirect", "from", cur.String(), "to", next.String(), "status", resp.status)
		cur = next
		// Validators belong to the URL they came from, not to where it moved.
		prev = Validators{}
	}
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// getWithRetries sends one GET (one hop), retrying timeouts, 429 and 5xx.
func (f *Fetcher) getWithRetries(ctx context.Context, u *url.URL, prev Validators) (*response, error) {
	h := f.host(u.Host)
	for attempt := 0; ; attempt++ {
		if err := h.acquire(ctx); err != nil {
			return nil, err
		}
		resp, err := f.get(ctx, u, prev)
		h.release()

		wait, retry := f.retryDelay(resp, err, attempt)
		if !retry || attempt >= f.cfg.MaxRetries || ctx.Err() != nil {
			if err != nil {
				return nil, err
			}
			return resp, nil
		}
		if resp != nil && resp.header.Get("Retry-After") != "" {
			h.pause(time.Now().Add(wait))
		}
		f.cfg.Logger.Debug("retry", "url", u.String(), "attempt", attempt+1, "wait", wait, "err", err,
			"status", statusOf(resp))
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

func statusOf(r *response) int {
	if r == nil {
		return 0
	}
	return r.status
}

// retryDelay decides whether an answer is worth another attempt and after
// how long: Retry-After when the server says so (too long means give up),
// else exponential backoff with full jitter.
func (f *Fetcher) retryDelay(resp *response, err error, attempt int) (time.Duration, bool) {
	switch {
	case err != nil:
		if !isTransient(err) {
			return 0, false
		}
	case resp.status == http.StatusTooManyRequests, resp.status >= 500 && resp.status != http.StatusNotImplemented:
		if ra, ok := parseRetryAfter(resp.header.Get("Retry-After"), time.Now()); ok {
			if ra > f.cfg.MaxRetryAfter {
				return 0, false
			}
			return ra, true
		}
	default:
		return 0, false
	}
	backoff := f.cfg.RetryBackoff << min(attempt, 16)
	return backoff/2 + rand.N(backoff/2+1), true
}

// isTransient reports errors a later attempt may not hit: timeouts and
// connections dropped mid-answer. Refusals by policy are never transient.
func isTransient(err error) bool {
	if errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrTooLarge) || errors.Is(err, context.Canceled) {
		return false
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET)
}

// parseRetryAfter reads delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.Atoi(v); err == nil {
		if secs < 0 {
			return 0, false
		}
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// get sends one request and reads the body within the caps. The request
// runs to its own timeout even if ctx is cancelled meanwhile: it is in
// flight, and its answer is worth keeping.
func (f *Fetcher) get(ctx context.Context, u *url.URL, prev Validators) (*response, error) {
	reqCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(reqCtx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	req.Header.Set("Accept-Language", "vi,en;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := &response{status: resp.StatusCode, header: resp.Header, at: time.Now().UTC()}
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		// Error and redirect bodies are not kept; read a little so the
		// connection can be reused.
		_, _ = io.CopyN(io.Discard, resp.Body, 64<<10)
		return out, nil
	}
	out.body, err = readBody(resp, f.cfg.MaxBodyBytes)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// readBody reads and decodes the body, failing with ErrTooLarge as soon as
// more than limit bytes arrive, before or after decompression: memory stays
// bounded by the limit whatever the server sends.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, resp.ContentLength, limit)
	}
	raw := io.LimitReader(resp.Body, limit+1)
	var r io.Reader = raw
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(raw)
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		defer zr.Close()
		r = zr
	case "deflate":
		// "deflate" is zlib-wrapped by the RFC but raw deflate in the wild.
		br := newPeekReader(raw)
		if br.looksZlib() {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate body: %w", err)
			}
			defer zr.Close()
			r = zr
		} else {
			fr := flate.NewReader(br)
			defer fr.Close()
			r = fr
		}
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	initial := int64(32 << 10)
	if resp.ContentLength > 0 && r == raw {
		initial = resp.ContentLength + 1 // +1 to see EOF without growing
	}
	return readCapped(r, limit, initial)
}

// readCapped reads r to EOF into a buffer that grows geometrically but
// never beyond limit+1 bytes, so reading costs at most about twice the
// limit in allocations whatever r yields; more than limit bytes is
// ErrTooLarge.
func readCapped(r io.Reader, limit, initial int64) ([]byte, error) {
	buf := make([]byte, 0, min(initial, limit+1))
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) > limit {
				return nil, fmt.Errorf("%w: body over %d bytes", ErrTooLarge, limit)
			}
			grown := make([]byte, len(buf), min(max(2*int64(cap(buf)), 4096), limit+1))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, fmt.Errorf("%w: body over %d bytes", ErrTooLarge, limit)
		}
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read body: %w", err)
		}
	}
}

// peekReader lets readBody look at the first two bytes of a deflate body.
type peekReader struct {
	head []byte
	r    io.Reader
}

func newPeekReader(r io.Reader) *peekReader {
	head := make([]byte, 2)
	n, _ := io.ReadFull(r, head)
	return &peekReader{head: head[:n], r: r}
}

// looksZlib checks the zlib header: CM=8 and a multiple-of-31 check value.
func (p *peekReader) looksZlib() bool {
	return len(p.head) == 2 && p.head[0]&0x0f == 8 && (uint16(p.head[0])<<8|uint16(p.head[1]))%31 == 0
}

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.head) > 0 {
		n := copy(b, p.head)
		p.head = p.head[n:]
		return n, nil
	}
	return p.r.Read(b)
}

func keepHeaders(h http.Header) map[string]string {
	out := make(map[string]string, 4)
	for _, k := range keptHeaders {
		if v := h.Get(k); v != "" {
			out[k] = v
		}
	}
	return out
}

// checkRobots fails with ErrDisallowed when robots.txt of u's host forbids u.
func (f *Fetcher) checkRobots(ctx context.Context, u *url.URL) error {
	if f.cfg.IgnoreRobots {
		return nil
	}
	rd, err := f.robots(ctx, u)
	if err != nil {
		return err
	}
	if !rd.TestAgent(pathAndQuery(u), productToken(f.cfg.UserAgent)) {
		return fmt.Errorf("%w: %s", ErrDisallowed, u)
	}
	return nil
}

func pathAndQuery(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// robots returns the parsed robots.txt of u's host, fetching it at most once
// per robotsTTL; a Crawl-delay slows the host down from then on.
func (f *Fetcher) robots(ctx context.Context, u *url.URL) (*robotstxt.RobotsData, error) {
	h := f.host(u.Host)
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	if (h.robots != nil || h.robotsErr != nil) && time.Now().Before(h.robotsExpires) {
		return h.robots, h.robotsErr
	}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	if err := h.acquire(ctx); err != nil {
		return nil, err // not cached: the caller gave up, not the server
	}
	resp, err := f.get(ctx, ru, Validators{})
	h.release()
	var rd *robotstxt.RobotsData
	ttl := robotsTTL
	switch {
	case err != nil && (errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrBadURL)):
		// A refused host stays refused; do not ask again.
	case err != nil:
		// Unreachable robots.txt: allow, like a 404, but log it.
		f.cfg.Logger.Warn("robots.txt unreachable; crawling as allowed", "host", u.Host, "err", err)
		ttl = robotsRetryTTL
		rd, err = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	case resp.status >= 300 && resp.status < 400:
		// Robots redirects are rare; treat as missing rather than follow.
		rd, err = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	default:
		body := resp.body
		if len(body) > maxRobotsBytes {
			body = body[:maxRobotsBytes]
		}
		if resp.status >= 500 {
			ttl = robotsRetryTTL // RFC 9309: full disallow, but only for a while
		}
		rd, err = robotstxt.FromStatusAndBytes(resp.status, body)
	}
	if err != nil {
		err = fmt.Errorf("robots.txt of %s: %w", u.Host, err)
	}
	h.robots, h.robotsErr, h.robotsExpires = rd, err, time.Now().Add(ttl)
	if rd != nil {
		if g := rd.FindGroup(productToken(f.cfg.UserAgent)); g != nil && g.CrawlDelay > 0 {
			h.raiseDelay(g.CrawlDelay)
			f.cfg.Logger.Info("robots.txt crawl-delay", slog.String("host", u.Host), slog.Duration("delay", g.CrawlDelay))
		}
	}
	return rd, err
}

// Sitemaps returns the Sitemap: URLs of the robots.txt of u's host (none
// when robots are ignored or unreadable).
func (f *Fetcher) Sitemaps(ctx context.Context, u *url.URL) []string {
	if f.cfg.IgnoreRobots {
		return nil
	}
	rd, err := f.robots(ctx, u)
	if err != nil || rd == nil {
		return nil
	}
	return rd.Sitemaps
}
