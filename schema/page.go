package schema

import "time"

// Page is one fetched document: what the crawler produces and the extractor
// consumes. Body holds the raw bytes as served (any charset); ContentType and
// the charset it names are kept so the extractor can decode them.
type Page struct {
	// URL is the canonical URL of the page (or a file path for local input).
	URL string `json:"url"`
	// FinalURL is where redirects ended, when different from URL.
	FinalURL string `json:"final_url,omitempty"`
	// Source names the crawl source (site) the page belongs to.
	Source string `json:"source,omitempty"`
	// Status is the HTTP status code (0 for local files).
	Status int `json:"status,omitempty"`
	// ContentType is the Content-Type header as served.
	ContentType string `json:"content_type,omitempty"`
	// Header holds the response headers worth keeping (ETag, Last-Modified ...).
	Header map[string]string `json:"header,omitempty"`
	// FetchedAt is when the page was fetched.
	FetchedAt time.Time `json:"fetched_at,omitzero"`
	// ContentHash is the hex SHA-256 of Body.
	ContentHash string `json:"content_hash,omitempty"`
	// Depth is the link distance from the crawl seed.
	Depth int `json:"depth,omitempty"`
	// Body is the raw response body.
	Body []byte `json:"body,omitempty"`
}

// CrawlJob asks a crawl worker to fetch one URL.
type CrawlJob struct {
	URL    string `json:"url"`
	Source string `json:"source"`
	Depth  int    `json:"depth"`
}
