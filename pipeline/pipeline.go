package pipeline

import (
	"context"
	"time"

	"github.com/meetx/meetx/schema"
)

// ExtractFunc turns one fetched page into a report. It must be pure: the same
// page always gives the same report. extractor.Extract is an ExtractFunc.
type ExtractFunc func(schema.Page) (*schema.Report, error)

// FetchFunc fetches the URL of one crawl job. It returns a nil Page when the
// page has not changed since it was last fetched (so nothing downstream needs
// to run), and the links worth crawling next.
type FetchFunc func(ctx context.Context, job schema.CrawlJob) (*Fetched, error)

// Fetched is the outcome of one crawl job.
type Fetched struct {
	// Page is the fetched page; nil when it is unchanged since the last fetch.
	Page *schema.Page
	// Links are absolute URLs found on the page that should be crawled at
	// job depth + 1.
	Links []string
	// Next are the next-page links of a listing (older articles). They are
	// crawled at the job's own depth, as pagination is no distance from the
	// seed, and after the page's Links, so a crawl reads newest first.
	Next []string
	// Commit, when set, is called once the page and links are published;
	// it records what was fetched (crawl state). Recording it earlier could
	// lose a page: a retried job would find its content "unchanged" and
	// never publish it.
	Commit func(ctx context.Context) error
}

// Sink stores batches of extracted reports. Write must be idempotent (a batch
// may be written again after a crash between the write and the ack) and
// atomic per batch: when it returns nil everything is durable, when it
// returns an error nothing of the batch is. It returns the number of rows it
// wrote, for metrics.
type Sink interface {
	Write(ctx context.Context, batch []Extracted) (rows int64, err error)
}

// SinkFunc adapts a function to the Sink interface.
type SinkFunc func(ctx context.Context, batch []Extracted) (int64, error)

// Write calls f.
func (f SinkFunc) Write(ctx context.Context, batch []Extracted) (int64, error) { return f(ctx, batch) }

// PageMeta is a page without its body: what the report event carries about
// the fetch, and what the pages table stores.
type PageMeta struct {
	URL         string            `json:"url"`
	FinalURL    string            `json:"final_url,omitempty"`
	Source      string            `json:"source,omitempty"`
	Status      int               `json:"status,omitempty"`
	ContentType string            `json:"content_type,omitempty"`
	Header      map[string]string `json:"header,omitempty"`
	FetchedAt   time.Time         `json:"fetched_at,omitzero"`
	ContentHash string            `json:"content_hash,omitempty"`
	Depth       int               `json:"depth,omitempty"`
	// Size is the length of the body in bytes.
	Size int64 `json:"size"`
	// BodyRef tells where the raw body is kept (for example
	// "nats:MEETX_PAGES/42"), empty if it was not kept.
	BodyRef string `json:"body_ref,omitempty"`
}

// MetaOf returns the metadata of p.
func MetaOf(p schema.Page) PageMeta {
	return PageMeta{
		URL:         p.URL,
		FinalURL:    p.FinalURL,
		Source:      p.Source,
		Status:      p.Status,
		ContentType: p.ContentType,
		Header:      p.Header,
		FetchedAt:   p.FetchedAt,
		ContentHash: p.ContentHash,
		Depth:       p.Depth,
		Size:        int64(len(p.Body)),
	}
}

// Extracted is a report event: one extracted report with the metadata of the
// page it came from. It is what downstream subscribers read from the report
// subject and what a [Sink] stores.
type Extracted struct {
	Page   PageMeta      `json:"page"`
	Report schema.Report `json:"report"`
}

// EventID is the deduplication key of a report event: the same page content
// extracted by the same extractor version is the same event.
func (e Extracted) EventID() string {
	return e.Report.URL + "|" + e.Report.ContentHash + "|" + e.Report.ExtractorVersion
}
