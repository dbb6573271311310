package extractor

import (
	"errors"
	"fmt"
	"time"

	"github.com/meetx/meetx/schema"
)

// Version identifies the extraction rules; stored with every report so that a
// newer extractor's output can replace an older one's.
const Version = "0.1.0"

// MaxInputBytes is the largest page Extract accepts.
const MaxInputBytes = 8 << 20

// Errors returned by Extract; check them with errors.Is.
var (
	// ErrEmpty: the page has no text to extract from.
	ErrEmpty = errors.New("extractor: empty document")
	// ErrBinary: the bytes are not text (an image, a PDF, a zip ...).
	ErrBinary = errors.New("extractor: not a text document")
	// ErrTooLarge: the page exceeds MaxInputBytes.
	ErrTooLarge = errors.New("extractor: document too large")
)

// Extract builds the report of one page. A page that is readable but not
// about a meeting gives a report whose Meeting.Type is empty, not an error.
func Extract(p schema.Page) (*schema.Report, error) {
	d, err := newDocument(p)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", p.URL, err)
	}
	r := extractFields(d, p)
	d.recycle(r)
	return r, nil
}

// extractFields runs the field extractors on d, the document of p, and
// releases what d holds for them.
func extractFields(d *document, p schema.Page) *schema.Report {
	r := &schema.Report{
		URL:              p.URL,
		Source:           p.Source,
		ExtractorVersion: Version,
		ContentHash:      p.ContentHash,
		People:           []schema.Person{},
		Directives:       []schema.Directive{},
		Agenda:           []schema.AgendaItem{},
		Credits:          schema.Credits{Author: []string{}, Photographer: []string{}},
	}
	for _, step := range steps {
		step(d, r)
	}
	d.release()
	return r
}

// steps run in order; later steps may read what earlier ones wrote (agenda
// presenters refer to people, roles refer to agenda items).
var steps = []func(*document, *schema.Report){
	extractTitleAndText,
	extractPublished,
	extractMeeting,
	extractDirectives,
	extractCredits,
	extractPeople,
	extractAgenda,
}

// document is a page reduced to its article: the common input of every field
// extractor. Offsets are byte offsets into text (and into folded, which has
// the same length).
type document struct {
	title     string    // headline
	published time.Time // publication time from meta tags or the date line; zero if unknown
	hasTime   bool      // published carries a time of day, not only a date
	text      string    // article text, NFC; paragraphs separated by "\n"
	folded    string    // fold(text)
	paras     []span    // paragraphs of text, in order, each with its kind
	sents     []span    // sentences of text, in order

	people *peopleAnalysis // names found by extractPeople, reused by extractAgenda

	foldedTitle string // fold(title) once asked for (titleFolded)

	// foldArena holds folded, which no report refers to: it goes back to
	// the pool when Extract is done (recycle).
	foldArena []byte
}

// span is a part of document.text.
type span struct {
	start, end int
	kind       paraKind
}

// paraKind tells what part of the article a paragraph is.
type paraKind uint8

const (
	paraBody paraKind = iota
	paraTitle
	paraDateline
	paraLead
	paraCaption
	paraByline
)
