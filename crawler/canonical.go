package crawler

import (
	"fmt"
	"net"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// sessionParams are query parameters that identify a visitor, not a page.
var sessionParams = map[string]bool{
	"phpsessid": true, "sid": true, "jsessionid": true, "sessionid": true, "session_id": true,
	"aspsessionid": true, "cfid": true, "cftoken": true, "fbclid": true, "gclid": true, "msclkid": true,
}

// Canonicalize returns the form of an absolute http(s) URL under which the
// crawler stores and dedupes it: lower-case scheme and host, no default port,
// no fragment, dot segments removed, no utm_* / click-id / session
// parameters (also ";jsessionid=" path parameters), and the remaining query
// parameters sorted by name.
func Canonicalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	if err := canonicalizeURL(u); err != nil {
		return "", err
	}
	return u.String(), nil
}

func canonicalizeURL(u *url.URL) error {
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q is not http(s)", ErrBadURL, u.String())
	}
	if u.Host == "" || u.Opaque != "" {
		return fmt.Errorf("%w: %q has no host", ErrBadURL, u.String())
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	host, port := u.Hostname(), u.Port()
	host = strings.TrimRight(strings.ToLower(host), ".")
	if host == "" {
		return fmt.Errorf("%w: %q has no host", ErrBadURL, u.String())
	}
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		u.Host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		u.Host = "[" + host + "]"
	} else {
		u.Host = host
	}

	p := u.EscapedPath()
	if i := strings.Index(strings.ToLower(p), ";jsessionid="); i >= 0 {
		p = p[:i]
	}
	if p == "" {
		p = "/"
	}
	if strings.Contains(p, "/.") || strings.Contains(p, "//") {
		trailing := strings.HasSuffix(p, "/")
		p = path.Clean(p)
		if trailing && p != "/" {
			p += "/"
		}
	}
	if err := setEscapedPath(u, p); err != nil {
		return err
	}

	if u.RawQuery != "" || u.ForceQuery {
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			// Keep a query we cannot parse as it is: it still names the page.
			q = nil
		}
		if q != nil {
			for k := range q {
				lk := strings.ToLower(k)
				if strings.HasPrefix(lk, "utm_") || sessionParams[lk] || strings.HasPrefix(lk, "aspsessionid") {
					delete(q, k)
				}
			}
			u.RawQuery = q.Encode() // sorted by key
		}
		u.ForceQuery = false
	}
	return nil
}

func setEscapedPath(u *url.URL, escaped string) error {
	unescaped, err := url.PathUnescape(escaped)
	if err != nil {
		return fmt.Errorf("%w: path %q: %v", ErrBadURL, escaped, err)
	}
	u.Path, u.RawPath = unescaped, ""
	if u.EscapedPath() != escaped {
		u.RawPath = escaped
	}
	return nil
}

// scope decides which URLs a crawl follows.
type scope struct {
	hosts    []string // exact hosts, or "*.example.vn" suffixes
	patterns []*regexp.Regexp
}

func newScope(hosts, patterns []string) (*scope, error) {
	s := &scope{}
	for _, h := range hosts {
		s.hosts = append(s.hosts, strings.ToLower(h))
	}
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("%w: url pattern %q: %v", ErrInvalidConfig, p, err)
		}
		s.patterns = append(s.patterns, re)
	}
	return s, nil
}

// hostAllowed reports whether u's host is in scope. An empty host list
// allows only fallback (the page's own host) when fallback is set.
func (s *scope) hostAllowed(u *url.URL, fallback string) bool {
	h := u.Hostname()
	if len(s.hosts) == 0 {
		return fallback != "" && h == fallback
	}
	return matchHost(s.hosts, h)
}

// follows reports whether a discovered link is in scope: allowed host and,
// when patterns are configured, matching one of them.
func (s *scope) follows(u *url.URL, fallback string) bool {
	if !s.hostAllowed(u, fallback) {
		return false
	}
	if len(s.patterns) == 0 {
		return true
	}
	str := u.String()
	for _, re := range s.patterns {
		if re.MatchString(str) {
			return true
		}
	}
	return false
}

// matchHost reports whether host matches one entry of list: an exact name,
// "*" or a "*.suffix" pattern (which also matches the bare suffix).
func matchHost(list []string, host string) bool {
	host = strings.ToLower(host)
	for _, h := range list {
		switch {
		case h == "*" || h == host:
			return true
		case strings.HasPrefix(h, "*.") && (host == h[2:] || strings.HasSuffix(host, h[1:])):
			return true
		}
	}
	return false
}
