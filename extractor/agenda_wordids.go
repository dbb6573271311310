package extractor

import (
	"maps"
	"slices"
)

// agendaWordSet is a set of words that the agenda's token scans test on
// every token. Its words are numbered among the vocabulary words
// (numberWords numbers agendaVocabWords after the people's own, which keep
// their ids), so whether a token holds one is a bit of
// agendaWordBits at its token.wordID: no text is read, and the test is
// exact where a wordHeads filter only rules most words out.
type agendaWordSet uint16

const (
	actionVerbSet     agendaWordSet = 1 << iota // the words an act can start with (actionVerbRead)
	actionPairSet                               // the first words of actionPairs and leadingActionPairs
	bodyVerbStopSet                             // the words bodyActionVerb's scan looks closer at
	requestHeadSet                              // the first words of the requests requestVerbAt reads
	decisionVerbSet                             // the words isDecision's switch reads
	electionSet                                 // the words isElection's switch reads
	discussionVerbSet                           // the first words of discussionVerbs
)

// agendaSetWords lists the words of each agendaWordSet.
func agendaSetWords() map[agendaWordSet][]string {
	var pairFirsts []string
	for _, p := range actionPairs {
		pairFirsts = append(pairFirsts, p.first)
	}
	for _, p := range leadingActionPairs {
		pairFirsts = append(pairFirsts, p.first)
	}
	return map[agendaWordSet][]string{
		actionVerbSet: append(slices.Clone(actionVerbFirsts), pairFirsts...),
		actionPairSet: pairFirsts,
		bodyVerbStopSet: {"định", "thường", "hằng", "hàng", "sẽ", "được", "kiến", "nếu", "cần", "phải", "không", "chưa",
			"để", "yêu", "đề", "mong", "giao", "chỉ", "cấp", "tổ", "họp", "khai", "trung"},
		requestHeadSet:    {"yêu", "đề", "lưu"},
		decisionVerbSet:   {"bầu", "biểu", "đắc", "thông"},
		electionSet:       {"bầu", "đắc", "hiệp", "tái", "trúng"},
		discussionVerbSet: slices.Collect(maps.Keys(discussionVerbs)),
	}
}

// agendaVocabWords is every word of the agenda's word sets, sorted, for
// the vocabulary to number (in this order, so that ids do not depend on
// map order).
func agendaVocabWords() []string {
	var all []string
	for _, words := range agendaSetWords() {
		all = append(all, words...)
	}
	slices.Sort(all)
	return slices.Compact(all)
}

// agendaWordBits holds, by vocabulary word id, the agendaWordSets the word
// is in.
var agendaWordBits = func() []agendaWordSet {
	bits := make([]agendaWordSet, len(vocab.words))
	for set, words := range agendaSetWords() {
		for _, w := range words {
			id := vocab.wordID(w)
			if id == 0 {
				panic("agenda word sets: no id for " + w)
			}
			bits[id] |= set
		}
	}
	return bits
}()

// has reports whether the word of token t is in the set.
func (s agendaWordSet) has(t *token) bool {
	return agendaWordBits[t.wordID]&s != 0
}
