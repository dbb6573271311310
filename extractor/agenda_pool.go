package extractor

import "sync"

// agendaBuffers are the arrays extractAgenda fills for one page and drops
// once its report is written: kept in a pool and reused from page to page
// rather than allocated (and grown) for each.
type agendaBuffers struct {
	items   []agendaItem // every item found, before dedupeAgenda
	kept    []agendaItem // dedupeAgenda's items kept
	scratch []agendaItem // agendaState.scratch
	// mentionEnds and mentionIDs back mentionsBySentence's lists, and
	// bySent is the list of lists.
	mentionEnds, mentionIDs []int
	bySent                  [][]int
}

var agendaPool = sync.Pool{New: func() any { return new(agendaBuffers) }}

// release clears the arrays (their items hold the page's strings) and
// puts b back in the pool. Items and kept are filled by appends only, so
// past their length they hold nothing; the sentences' scratch is cleared
// whole.
func (b *agendaBuffers) release() {
	clear(b.items)
	clear(b.kept)
	clear(b.scratch[:cap(b.scratch)])
	b.items, b.kept, b.scratch = b.items[:0], b.kept[:0], b.scratch[:0]
	agendaPool.Put(b)
}
