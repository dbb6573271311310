package extractor

import (
	"strings"
	"sync"
	"unsafe"

	"github.com/meetx/meetx/schema"
)

// The buffers a document reads from while Extract runs, and that the report
// it returns never refers to, are reused by the next Extract
// (TestReportKeepsNoRecycledMemory checks that no report refers to them).

// arenaString is b as a string that shares b's memory: b must not change
// while the string is in use.
func arenaString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// recycle hands the document's reusable buffers back for the next
// document; d must not be read after it. Strings of r cut from them (a
// field extractor may take a word from the folded text, as it is already
// lower-cased) are copied out first.
func (d *document) recycle(r *schema.Report) {
	if r != nil && d.foldArena != nil {
		detachReport(r, arenaSpan{d.foldArena})
	}
	d.releaseFolded()
	releaseSpans(d.paras)
	releaseSpans(d.sents)
	d.paras, d.sents = nil, nil
}

// spanPool recycles the paragraph and sentence lists of documents.
var spanPool sync.Pool // of *[]span

// newSpans returns an empty span list with room for n spans at least.
func newSpans(n int) []span {
	if p, ok := spanPool.Get().(*[]span); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]span, 0, n)
}

func releaseSpans(list []span) {
	if cap(list) == 0 {
		return
	}
	list = list[:0]
	spanPool.Put(&list)
}

// blockPool recycles the block lists of the HTML reader, which are garbage
// once newDocument has built the document from them.
var blockPool sync.Pool // of *[]block

// newBlocks returns an empty block list.
func newBlocks() []block {
	if p, ok := blockPool.Get().(*[]block); ok {
		return (*p)[:0]
	}
	return make([]block, 0, 64)
}

// releaseBlocks hands list back, dropping its references to the text.
func releaseBlocks(list []block) {
	if cap(list) == 0 {
		return
	}
	list = list[:cap(list)]
	clear(list)
	list = list[:0]
	blockPool.Put(&list)
}

// arenaSpan tells whether a string lies in an arena's memory.
type arenaSpan struct{ buf []byte }

// holds reports whether s lies in the arena.
func (a arenaSpan) holds(s string) bool {
	if len(s) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	base := uintptr(unsafe.Pointer(unsafe.SliceData(a.buf)))
	return p >= base && p < base+uintptr(cap(a.buf))
}

// detach returns s, or a copy of s when s lies in the arena.
func (a arenaSpan) detach(s string) string {
	if a.holds(s) {
		return strings.Clone(s)
	}
	return s
}

func (a arenaSpan) detachText(t *schema.Text) { *t = schema.Text(a.detach(string(*t))) }

func (a arenaSpan) detachAll(list []string) {
	for i := range list {
		list[i] = a.detach(list[i])
	}
}

func (a arenaSpan) detachEvidence(e *schema.Evidence) {
	if e != nil {
		e.Quote = a.detach(e.Quote)
	}
}

// detachReport copies out every string of r that lies in the arena.
func detachReport(r *schema.Report, a arenaSpan) {
	r.URL, r.Source, r.Title = a.detach(r.URL), a.detach(r.Source), a.detach(r.Title)
	r.ExtractorVersion, r.ContentHash, r.Text = a.detach(r.ExtractorVersion), a.detach(r.ContentHash), a.detach(r.Text)
	a.detachText(&r.PublishedAt)
	m := &r.Meeting
	m.Title = a.detach(m.Title)
	for _, t := range []*schema.Text{&m.Type, &m.Date, &m.EndDate, &m.PartOfDay, &m.Location, &m.Organizer} {
		a.detachText(t)
	}
	for k, e := range m.Evidence {
		if a.holds(k) || a.holds(e.Quote) {
			delete(m.Evidence, k)
			e.Quote = a.detach(e.Quote)
			m.Evidence[strings.Clone(k)] = e
		}
	}
	for i := range r.People {
		p := &r.People[i]
		p.Name = a.detach(p.Name)
		a.detachAll(p.Honorifics)
		a.detachAll(p.Roles)
		for j := range p.Positions {
			pos := &p.Positions[j]
			pos.Text, pos.Title, pos.Organization = a.detach(pos.Text), a.detach(pos.Title), a.detach(pos.Organization)
			a.detachEvidence(pos.Evidence)
		}
		for j := range p.Mentions {
			a.detachEvidence(&p.Mentions[j])
		}
	}
	for i := range r.Directives {
		dv := &r.Directives[i]
		dv.Type = a.detach(dv.Type)
		for _, t := range []*schema.Text{&dv.Number, &dv.Date, &dv.Issuer, &dv.Subject} {
			a.detachText(t)
		}
		a.detachEvidence(dv.Evidence)
	}
	for i := range r.Agenda {
		it := &r.Agenda[i]
		it.Kind, it.Text = a.detach(it.Kind), a.detach(it.Text)
		a.detachText(&it.Presenter)
		a.detachEvidence(it.Evidence)
	}
	a.detachAll(r.Credits.Author)
	a.detachAll(r.Credits.Photographer)
}

// releaseFolded hands back the arena of d.folded, if d has one.
func (d *document) releaseFolded() {
	if d.foldArena == nil {
		return
	}
	if recycleHook != nil {
		recycleHook(d.foldArena)
	}
	releaseArena(d.foldArena)
	d.foldArena, d.folded = nil, ""
}

// recycleHook, when set (by tests), sees each buffer recycled before the
// pool takes it.
var recycleHook func(buf []byte)
