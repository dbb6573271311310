package extractor

import "sync"

// analysisPool recycles people analyses between documents, with their
// buffers: the mentions, a flag per token, the sentence starts and the
// marked tokens were otherwise allocated (and cleared) anew for every page,
// and the report refers to none of them.
var analysisPool sync.Pool // of *peopleAnalysis

// newPeopleAnalysis returns an empty analysis, holding the buffers of a
// recycled one when there is one.
func newPeopleAnalysis() *peopleAnalysis {
	if a, ok := analysisPool.Get().(*peopleAnalysis); ok {
		return a
	}
	return &peopleAnalysis{}
}

// recycle hands a and its tokens back for reuse; the caller must not touch
// them again. What the report shares (the evidence block, the persons'
// lists) is dropped, not kept.
func (a *peopleAnalysis) recycle() {
	releaseTokens(a.toks)
	clear(a.byKey) // its keys are the page's text
	*a = peopleAnalysis{
		mentions:      a.mentions[:0],
		mentionStarts: a.mentionStarts[:0],
		sentStart:     a.sentStart[:0],
		marked:        a.marked[:0],
		sentFlags:     a.sentFlags[:0],
		people:        a.people[:0],
		spans:         a.spans[:0],
		refs:          a.refs[:0],
		accs:          a.accs[:0],
		byKey:         a.byKey,
	}
	analysisPool.Put(a)
}

// zeroedTo returns buf with length n and every element zero, reusing its
// array when it has room.
func zeroedTo[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// emptyWithRoom returns buf emptied if it has room for n elements, else a
// new empty slice with that room.
func emptyWithRoom[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, 0, n)
	}
	return buf[:0]
}
