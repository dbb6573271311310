package crawler

import (
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
)

// DefaultUserAgent names the crawler and where to read about it.
const DefaultUserAgent = "meetx/0.1 (+https://github.com/meetx/meetx)"

// Config controls a [Fetcher] and a [Crawler]. The zero value is usable: every
// zero field gets the default written in its comment. Config can be decoded
// from JSON (durations as Go duration strings are not supported by
// encoding/json; use nanoseconds or set them in code).
type Config struct {
	// UserAgent is sent with every request and matched against robots.txt
	// groups by its first product token. Default DefaultUserAgent.
	UserAgent string `json:"user_agent,omitempty"`
	// MinDelay is the minimum delay between two requests to one host
	// (default 1s; a larger robots.txt Crawl-delay raises it). A negative
	// value turns the delay off (benchmarks).
	MinDelay time.Duration `json:"min_delay,omitempty"`
	// MaxPerHost is the maximum number of concurrent requests per host
	// (default 1).
	MaxPerHost int `json:"max_per_host,omitempty"`
	// Concurrency is the number of crawl workers (default 4).
	Concurrency int `json:"concurrency,omitempty"`
	// Timeout bounds one whole request, body included (default 30s).
	Timeout time.Duration `json:"timeout,omitempty"`
	// ConnectTimeout bounds dialing one connection (default 10s).
	ConnectTimeout time.Duration `json:"connect_timeout,omitempty"`
	// MaxBodyBytes caps a response body, also after gzip/deflate decoding
	// (default 8 MiB).
	MaxBodyBytes int64 `json:"max_body_bytes,omitempty"`
	// MaxRedirects caps one redirect chain (default 5).
	MaxRedirects int `json:"max_redirects,omitempty"`
	// MaxRetries is how often a timeout, 429 or 5xx is retried (default 3;
	// negative means no retries).
	MaxRetries int `json:"max_retries,omitempty"`
	// RetryBackoff is the first backoff; it doubles per attempt, with full
	// jitter (default 500ms).
	RetryBackoff time.Duration `json:"retry_backoff,omitempty"`
	// MaxRetryAfter is the longest Retry-After the fetcher waits for; a
	// longer one fails the fetch with its StatusError (default 2m).
	MaxRetryAfter time.Duration `json:"max_retry_after,omitempty"`
	// MaxDepth is the link distance from a seed beyond which links are not
	// followed (default 10; negative means seeds only). Next-page links of a
	// listing keep the listing's depth: page 40 of a category is as close
	// to the seed as page 1.
	MaxDepth int `json:"max_depth,omitempty"`
	// AllowedHosts is the crawl scope; empty means the hosts of the seeds
	// (for a lone Fetcher: the host of the fetched page). A leading "*."
	// matches subdomains.
	AllowedHosts []string `json:"allowed_hosts,omitempty"`
	// URLPatterns are optional regular expressions; when set, a discovered
	// URL must match one of them to be followed (seeds always are).
	URLPatterns []string `json:"url_patterns,omitempty"`
	// AllowPrivate lists hosts (or "*") that may resolve to private,
	// loopback or link-local addresses (tests, intranets).
	AllowPrivate []string `json:"allow_private,omitempty"`
	// Hints holds optional CSS selectors per host (without port).
	Hints map[string]SiteHints `json:"hints,omitempty"`
	// IgnoreRobots skips robots.txt: for tests and benchmarks only.
	IgnoreRobots bool `json:"ignore_robots,omitempty"`
	// Logger receives debug and warning messages; default discards them.
	Logger *slog.Logger `json:"-"`
}

// SiteHints are optional CSS selectors that help on one site's layout.
type SiteHints struct {
	// ArticleLinks selects the <a> elements of article links on listing
	// pages; a page where it matches at least 3 links is a listing.
	ArticleLinks string `json:"article_links,omitempty"`
	// NextPage selects the link to the next (older) listing page.
	NextPage string `json:"next_page,omitempty"`
	// ArticleBody selects the body of an article; a page where it matches
	// is an article.
	ArticleBody string `json:"article_body,omitempty"`
}

func (c *Config) setDefaults() {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.MinDelay == 0 {
		c.MinDelay = time.Second
	}
	if c.MaxPerHost == 0 {
		c.MaxPerHost = 1
	}
	if c.Concurrency == 0 {
		c.Concurrency = 4
	}
	if c.Timeout == 0 {
		c.Timeout = 30 * time.Second
	}
	if c.ConnectTimeout == 0 {
		c.ConnectTimeout = 10 * time.Second
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = 8 << 20
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = 5
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = 3
	}
	if c.RetryBackoff == 0 {
		c.RetryBackoff = 500 * time.Millisecond
	}
	if c.MaxRetryAfter == 0 {
		c.MaxRetryAfter = 2 * time.Minute
	}
	if c.MaxDepth == 0 {
		c.MaxDepth = 10
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Validate reports the first bad setting, wrapping ErrInvalidConfig. Zero
// values are valid (they mean "default").
func (c *Config) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	switch {
	case c.MaxPerHost < 0:
		return bad("max_per_host %d < 0", c.MaxPerHost)
	case c.Concurrency < 0:
		return bad("concurrency %d < 0", c.Concurrency)
	case c.Timeout < 0, c.ConnectTimeout < 0:
		return bad("negative timeout")
	case c.MaxBodyBytes < 0:
		return bad("max_body_bytes %d < 0", c.MaxBodyBytes)
	case c.MaxRedirects < 0:
		return bad("max_redirects %d < 0", c.MaxRedirects)
	case strings.ContainsAny(c.UserAgent, "\r\n"):
		return bad("user_agent contains a line break")
	}
	for _, p := range c.URLPatterns {
		if _, err := regexp.Compile(p); err != nil {
			return bad("url pattern %q: %v", p, err)
		}
	}
	for _, h := range c.AllowedHosts {
		if h == "" || strings.ContainsAny(h, "/:?#") {
			return bad("allowed host %q is not a host name", h)
		}
	}
	for host, h := range c.Hints {
		for _, sel := range []string{h.ArticleLinks, h.NextPage, h.ArticleBody} {
			if sel == "" {
				continue
			}
			if _, err := cascadia.Compile(sel); err != nil {
				return bad("hints for %s: selector %q: %v", host, sel, err)
			}
		}
	}
	return nil
}

// hintsFor returns the hints configured for u's host, if any.
func (c *Config) hintsFor(u *url.URL) SiteHints {
	if c.Hints == nil {
		return SiteHints{}
	}
	if h, ok := c.Hints[u.Hostname()]; ok {
		return h
	}
	return c.Hints[u.Host]
}

// productToken is the first token of the User-Agent ("meetx"), which is what
// robots.txt groups name.
func productToken(ua string) string {
	tok, _, _ := strings.Cut(ua, "/")
	tok, _, _ = strings.Cut(tok, " ")
	return tok
}
