package extractor

import "strings"

// Words of the facts fields searched for in every lead sentence, citation
// or the whole text by their rarest byte (see rareByteWord): "t" of "tại"
// is about one byte in 25 of Vietnamese text, its "ạ" (0xA1) one in 70; a
// phrase that opens with a space stops strings.Index at every word.
var (
	taiWord    = newRarestByteWord("tại ")
	bridgeWord = newRarestByteWord("tại điểm cầu ")
	// partnerWords end the organizer before a partner ("A phối hợp với B
	// tổ chức"), in the order they cut.
	partnerWords = rarestByteWords([]string{" phối kết hợp ", " phối hợp với ", " phối hợp cùng ", " kết hợp với ", " kết hợp cùng ", " cùng với "})
	// subjectVerbStop's whole-clause tests and its phrases
	ganVoiWord         = newRarestByteWord(" gắn với ")
	toChucWord         = newRarestByteWord(" tổ chức ")
	linkedDocLeadWords = rarestByteWords(linkedDocLeads)
	heldVerbWords      = rarestByteWords(heldVerbs)
	vaWord             = newRarestByteWord(" và ")       // andDoc
	banHanhWord        = newRarestByteWord(" ban hành ") // leadIssuesDocument
	seWord             = newRarestByteWord("sẽ")         // tellsFuture
	duKienWord         = newRarestByteWord("dự kiến")    // tellsFuture
	eventVerbWords     = rarestByteWords(eventVerbs)     // eventVerbIn, in step with eventVerbs
)

// commonBytes lists the bytes of folded Vietnamese news text from the most
// frequent on (counted on the corpus pages: the space is one byte in 6,
// 0xE1 one in 13, "t" one in 23, 0xA1 one in 68); a byte not listed is
// rarer than all of them.
const commonBytes = " \xe1nh\xbbt\xc3cig\xba\x91u\xc4a\xa1op\xcc2rbvm\xc6y\xa0\xa3,0kls\xb0\xad\xa71\x99\x87\x8bd/\x83.\x81\xbfq\x89\x9b\xb4\xaa\xa5\xb1\xa9\x82-\xb3\x8de\xa2:\x9d\x803x\x95;\x93\x9f\xac5\xaf48()"

// byteRarity ranks a byte by commonBytes: the higher, the rarer.
var byteRarity = func() (r [256]int) {
	for i := range r {
		r[i] = len(commonBytes)
	}
	for i := len(commonBytes) - 1; i >= 0; i-- {
		r[commonBytes[i]] = i
	}
	return r
}()

// newRarestByteWord is newRareByteWord with the rarest byte of w.
func newRarestByteWord(w string) rareByteWord {
	best := 0
	for i := 1; i < len(w); i++ {
		if byteRarity[w[i]] > byteRarity[w[best]] {
			best = i
		}
	}
	return newRareByteWord(w, w[best])
}

// rarestByteWords makes a rareByteWord of each of words, in order.
func rarestByteWords(words []string) []rareByteWord {
	out := make([]rareByteWord, len(words))
	for i, w := range words {
		out[i] = newRarestByteWord(w)
	}
	return out
}

// branchRareWords are branchWords searched by a rare byte (branchBeforeTai),
// in step with them.
var branchRareWords = rarestByteWords(branchWords)

// lastIndexIfAny is strings.LastIndex(s, w.word), which reads s backwards
// byte by byte: the rare-byte search first tells when w is not there at all.
func lastIndexIfAny(s string, w rareByteWord) int {
	if w.index(s) < 0 {
		return -1
	}
	return strings.LastIndex(s, w.word)
}

// More phrases searched by a rare byte, each where its comment says.
var (
	organizerCutRareWords = rarestByteWords(organizerCutWords) // organizerCut, in step
	placeStopWords        = rarestByteWords(placeStops)        // location, in step
	bracketWord           = newRarestByteWord(" (")            // bracketedMention
	soWord                = newRarestByteWord(" số ")          // directivesIn
	duocWord              = newRarestByteWord(" được ")        // subjectClause
	sessionWord           = newRarestByteWord("họp kỳ ")       // sessionVerbAt
	workingDayWord        = newRarestByteWord("ngày làm việc thứ ")
	daysWorkedWord        = newRarestByteWord(" ngày làm việc") // daysClosedAfter
	closingRareWords      = rarestByteWords(closingWords)       // daysClosedAfter, in step
)

// Words of the date checks searched by a rare byte, in step with their
// lists.
var (
	citedDocNounWords    = rarestByteWords(citedDocNouns)      // citedDocumentBefore
	celebrationRareWords = rarestByteWords(celebrationWords)   // celebratedDayBefore
	partBeforeRareWords  = rarestByteWords(partBeforeWords[:]) // partBefore
)

// containsAnyRare reports whether s holds one of words (hasAny by rare
// bytes).
func containsAnyRare(s string, words []rareByteWord) bool {
	for _, w := range words {
		if w.index(s) >= 0 {
			return true
		}
	}
	return false
}

// agentMarks introduce the agent of a passive "tổ chức" (organizer); with
// peopleInSubject they are searched for by a rare byte, in step.
var (
	agentMarks           = []string{" do ", " được "}
	agentMarkWords       = rarestByteWords(agentMarks)
	peopleInSubjectWords = rarestByteWords(peopleInSubject)
)
