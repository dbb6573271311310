package extractor

// Words of the meeting fields searched for in every lead sentence (or the
// whole text) by a byte rarer than their first: "t" of "tại" is about one
// byte in 25 of Vietnamese text, its "ạ" (0xA1) one in 70; a phrase that
// opens with a space stops strings.Index at every word.
var (
	taiWord    = newRareByteWord("tại ", 0xa1)
	bridgeWord = newRareByteWord("tại điểm cầu ", 0x83) // "ể"
	// partnerWords end the organizer before a partner ("A phối hợp với B
	// tổ chức"), in the order they cut.
	partnerWords = []rareByteWord{
		newRareByteWord(" phối kết hợp ", 0xa3), newRareByteWord(" phối hợp với ", 0xa3), newRareByteWord(" phối hợp cùng ", 0xb9),
		newRareByteWord(" kết hợp với ", 0xa3), newRareByteWord(" kết hợp cùng ", 0xb9), newRareByteWord(" cùng với ", 0xb9),
	}
)
