package extractor

import "strings"

// wordsByFirst holds a list of words by their first byte, so that a text
// is compared only with the words that may open it (opens).
type wordsByFirst [256][]string

func newWordsByFirst(words []string) *wordsByFirst {
	var t wordsByFirst
	for _, w := range words {
		t[w[0]] = append(t[w[0]], w)
	}
	return &t
}

// opens is opensWithWord(words, s) for the words of t.
func (t *wordsByFirst) opens(s string) bool {
	if s == "" {
		return false
	}
	for _, w := range t[s[0]] {
		if strings.HasPrefix(s, w) && !letterAt(s, len(w)) {
			return true
		}
	}
	return false
}

var (
	placeNotFirst  = newWordsByFirst(placeNotWords)  // location
	placePartFirst = newWordsByFirst(placePartWords) // isPlacePart
)

// containsHeaded reports whether s holds one of words, each at least four
// bytes long, whose headIndex is x: one hash a byte, where a loop of
// strings.Contains would search s once for every word.
func containsHeaded(x *headIndex, words []string, s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		h := head4(s[i : i+4])
		if !x.mayOpen(h) {
			continue
		}
		for _, j := range x.phrasesOf(h) {
			if strings.HasPrefix(s[i:], words[j]) {
				return true
			}
		}
	}
	return false
}

var (
	officeHeads = newHeadIndex(officeWords)     // officeBeforeTai
	truyCapWord = newRarestByteWord("truy cập") // furnitureFolded: a view count
	// online, organizer, issuerPurposeVerb
	ketNoiWord   = newRarestByteWord("kết nối")
	phoiHopWord  = newRarestByteWord(" phối hợp ")
	phatBieuWord = newRarestByteWord("phát biểu")
	satWord      = newRarestByteWord("sát ")
	kiemWord     = newRarestByteWord(" kiểm ")
	doiVoiWord   = newRarestByteWord("đối với ") // objectPlace
)

// moreWordsThan is countWords(s) > n, counting no further than one word
// past n: the texts tested are often whole leads.
func moreWordsThan(s string, n int) bool { return wordsUpTo(s, n+1) > n }
