package extractor

// headIndex finds the places of a list of phrases, each at least four bytes
// long, by their first four bytes (their head). At each place of a text the
// four bytes there are hashed to a bit of a small set; only where the bit
// is set are the phrases of that head compared. Few places of a text hash
// to a set bit, so a scan costs one well-predicted branch per byte, where a
// table by first byte stops at every space or common letter and the branch
// taken there is hard to predict.
type headIndex struct {
	bits   [1 << headSlotBits / 64]uint64 // the slots of the heads
	slot   [1 << headSlotBits]uint8       // 1 + the first group of a slot, 0: none
	groups []headGroup
}

// headGroup lists the phrases of one head.
type headGroup struct {
	head    uint32  // the first four bytes, little-endian
	next    uint8   // 1 + the next group of the same slot, 0: none
	phrases []uint8 // indexes into the phrase list, in its order
}

const headSlotBits = 12

// headSlot hashes a head to a slot by Fibonacci hashing.
func headSlot(h uint32) uint32 { return h * 0x9e3779b1 >> (32 - headSlotBits) }

// head4 reads the first four bytes of s, little-endian.
func head4(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func newHeadIndex(phrases []string) *headIndex {
	if len(phrases) > 255 {
		panic("extractor: too many phrases for a headIndex")
	}
	x := &headIndex{}
	for i, p := range phrases {
		if len(p) < 4 {
			panic("extractor: a headIndex phrase is shorter than four bytes: " + p)
		}
		h := head4(p)
		k := headSlot(h)
		g := x.lookup(h, k)
		if g == nil {
			x.groups = append(x.groups, headGroup{head: h, next: x.slot[k]})
			x.slot[k] = uint8(len(x.groups))
			x.bits[k>>6] |= 1 << (k & 63)
			g = &x.groups[len(x.groups)-1]
		}
		g.phrases = append(g.phrases, uint8(i))
	}
	return x
}

// mayOpen reports whether some phrase may have head h: false for most
// places of a text, which a scan then passes at once. A scan reads
//
//	for i := 0; i+4 <= len(s); i++ {
//		h := head4(s[i : i+4])
//		if !x.mayOpen(h) {
//			continue
//		}
//		for _, j := range x.phrasesOf(h) {
//			... compare phrase j with s[i:]
//		}
//	}
func (x *headIndex) mayOpen(h uint32) bool {
	k := headSlot(h)
	return x.bits[k>>6]&(1<<(k&63)) != 0
}

// phrasesOf returns the indexes of the phrases of head h, in list order.
func (x *headIndex) phrasesOf(h uint32) []uint8 {
	if g := x.lookup(h, headSlot(h)); g != nil {
		return g.phrases
	}
	return nil
}

// lookup returns the group of head h, whose slot is k, or nil.
func (x *headIndex) lookup(h, k uint32) *headGroup {
	for g := x.slot[k]; g != 0; {
		grp := &x.groups[g-1]
		if grp.head == h {
			return grp
		}
		g = grp.next
	}
	return nil
}
