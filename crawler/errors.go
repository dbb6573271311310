package crawler

import (
	"errors"
	"fmt"
	"net/http"
)

// Errors returned by [Fetcher.Fetch] and [Crawler.Run]; check them with
// errors.Is.
var (
	// ErrDisallowed: robots.txt forbids the URL for our user agent.
	ErrDisallowed = errors.New("crawler: disallowed by robots.txt")
	// ErrPrivateAddress: the host resolved to a private, loopback or
	// link-local address and is not in Config.AllowPrivate.
	ErrPrivateAddress = errors.New("crawler: refusing private address")
	// ErrTooLarge: the body (after decompression) exceeds Config.MaxBodyBytes.
	ErrTooLarge = errors.New("crawler: response too large")
	// ErrOutOfScope: the URL is outside the crawl scope (host or pattern).
	ErrOutOfScope = errors.New("crawler: out of scope")
	// ErrTooManyRedirects: the redirect chain is longer than Config.MaxRedirects.
	ErrTooManyRedirects = errors.New("crawler: too many redirects")
	// ErrBadURL: the URL cannot be parsed or is not http(s).
	ErrBadURL = errors.New("crawler: bad URL")
	// ErrInvalidConfig: Config.Validate found a bad setting.
	ErrInvalidConfig = errors.New("crawler: invalid config")
)

// StatusError is a final HTTP answer that is not a success (after retries).
type StatusError struct {
	Code int
	URL  string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("crawler: %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Temporary reports whether a later attempt may succeed (429 and 5xx).
func (e *StatusError) Temporary() bool {
	return e.Code == http.StatusTooManyRequests || e.Code >= 500
}
