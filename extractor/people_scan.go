package extractor

// The word scan of tokenizeMarked reads eight bytes at a time: most bytes
// of a word are letters that wordScan gives 0, and a word's end found by a
// byte loop costs one mispredicted exit per word, as words differ in
// length. scanSpecial flags, in one word of arithmetic, the bytes whose
// wordScan entry is not 0 (and a few more, which the byte step passes).

// scanSpecial flags, with their high bit, the bytes of x that the word
// scan must look at: the ASCII spaces (as all bytes up to 0x20), the marks
// ',', '-', '.', '/' and ';', and the bytes 0x9A, 0xC2, 0xE2, 0xE3 and 0xEF that may
// start or hold a multi-byte space or an ellipsis (wordScan's scanStop
// bytes). Each term flags the bytes y below a bound as (y - bound) &^ y:
// a flag can be false only above a true one (the borrow of a byte below
// the bound runs on), so the lowest flag is always a byte of the set.
// Written out, without helpers; one term over the inlining budget since
// ';' joined the marks, a call that measured at 0.1% of Extract.
func scanSpecial(x uint64) uint64 {
	a, b, c, d, e, f := x^(lowBits*0x2F), x^(lowBits*0x9A), x^(lowBits*0xC2), x^(lowBits*0xE2), x^(lowBits*0xEF), x^(lowBits*0x3B)
	return ((x-lowBits*0x21)&^x | // up to 0x20
		(a-lowBits*4)&^a | // 0x2F, 0x2E, 0x2D, 0x2C
		(f-lowBits)&^f | // ';'
		(b-lowBits)&^b |
		(c-lowBits)&^c |
		(d-lowBits*2)&^d | // 0xE2, 0xE3
		(e-lowBits)&^e) & highBits
}
