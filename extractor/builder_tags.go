package extractor

import "golang.org/x/net/html/atom"

// The kinds of element type tagFlags tells.
const (
	tagDrop uint8 = 1 << iota
	tagBlock
)

// tagEntry is an element type and its kinds.
type tagEntry struct {
	a     atom.Atom
	flags uint8
}

// tagTableSize is the size of tagTable.
const (
	tagTableBits = 8
	tagTableSize = 1 << tagTableBits
)

// tagTable holds the element types of dropTags and blockTags by a hash of
// their atom (tagSlot), which no two of them share: a switch over them
// compiles to a chain of compares that the mix of tags in a page
// mispredicts.
var tagTable = func() (t [tagTableSize]tagEntry) {
	add := func(list []atom.Atom, flag uint8) {
		for _, a := range list {
			e := &t[tagSlot(a)]
			if e.a != 0 && e.a != a {
				panic("extractor: two tags share a slot: " + a.String() + ", " + e.a.String())
			}
			e.a, e.flags = a, e.flags|flag
		}
	}
	add(dropTags, tagDrop)
	add(blockTags, tagBlock)
	return t
}()

// tagSlot is the slot of a in tagTable: the top bits of a multiplicative
// hash, its multiplier picked so that the tags of the lists do not
// collide (tagTable panics at start if they do).
func tagSlot(a atom.Atom) uint32 { return uint32(a) * 0x9e378899 >> (32 - tagTableBits) }

// tagFlags returns the kinds of element type a.
func tagFlags(a atom.Atom) uint8 {
	if e := tagTable[tagSlot(a)]; e.a == a {
		return e.flags
	}
	return 0
}
