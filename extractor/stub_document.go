package extractor

// Temporary stand-ins owned by the document/fields work; delete each as the
// real one lands.

import (
	"strings"

	"github.com/meetx/meetx/schema"
)

// newDocument (stand-in) treats the body as plain UTF-8 text: first line is
// the title, non-empty lines are paragraphs, sentences end at ". ".
func newDocument(p schema.Page) (*document, error) {
	if len(p.Body) > MaxInputBytes {
		return nil, ErrTooLarge
	}
	var b strings.Builder
	d := &document{}
	for _, line := range strings.Split(string(p.Body), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if d.title == "" {
			d.title = line
		}
		start := b.Len()
		b.WriteString(line)
		d.paras = append(d.paras, span{start: start, end: b.Len()})
		b.WriteByte('\n')
	}
	if b.Len() == 0 {
		return nil, ErrEmpty
	}
	d.text = b.String()
	d.folded = fold(d.text)
	for _, pr := range d.paras {
		s := pr.start
		for i := pr.start; i < pr.end-1; i++ {
			if d.text[i] == '.' && d.text[i+1] == ' ' {
				d.sents = append(d.sents, span{start: s, end: i + 1})
				s = i + 2
			}
		}
		d.sents = append(d.sents, span{start: s, end: pr.end})
	}
	return d, nil
}

func extractTitleAndText(d *document, r *schema.Report) {
	r.Title = d.title
	r.Meeting.Title = d.title
	r.Text = d.text
}
func extractPublished(d *document, r *schema.Report)  {}
func extractMeeting(d *document, r *schema.Report)    {}
func extractDirectives(d *document, r *schema.Report) {}
func extractCredits(d *document, r *schema.Report)    {}
