package extractor

import "strings"

// The hint lists the block writer tests each element's attrs against, as
// the bits of a hintMask's answer.
const (
	hintNegative uint8 = 1 << iota
	hintCaption
	hintByline
	hintLead
	hintDateline
)

// writerHints tests the block writer's hint lists in one pass over an
// element's attrs instead of one pass per list.
var writerHints = newHintMask(map[uint8][]string{
	hintNegative: negativeHints,
	hintCaption:  captionHints,
	hintByline:   bylineHints,
	hintLead:     leadHints,
	hintDateline: datelineHints,
})

// hintMask is a hintSet over several lists, each named by a bit.
type hintMask struct {
	byFirst [256][]maskedHint
	pairs   [1024 / 64]uint64
}

type maskedHint struct {
	text string
	bit  uint8
}

func newHintMask(lists map[uint8][]string) *hintMask {
	var m hintMask
	for bit, hints := range lists {
		for _, h := range hints {
			m.byFirst[h[0]] = append(m.byFirst[h[0]], maskedHint{h, bit})
			p := hintPair(h[0], h[1])
			m.pairs[p/64] |= 1 << (p % 64)
		}
	}
	return &m
}

// in returns the bits of the lists that have a hint in s: bit b is set
// exactly when hasHint(s, set of list b) holds.
func (m *hintMask) in(s string) uint8 {
	var found uint8
	for i := 0; i+1 < len(s); i++ {
		if p := hintPair(s[i], s[i+1]); m.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		for _, h := range m.byFirst[s[i]] {
			if found&h.bit == 0 && strings.HasPrefix(s[i:], h.text) {
				found |= h.bit
			}
		}
	}
	return found
}
