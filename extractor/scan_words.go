package extractor

import "math/bits"

// cutWordPrefix is strings.CutPrefix(s, w+" ") without building w+" " on
// every call.
func cutWordPrefix(s, w string) (string, bool) {
	if len(s) > len(w) && s[len(w)] == ' ' && s[:len(w)] == w {
		return s[len(w)+1:], true
	}
	return s, false
}

// indexDigit returns the index of the first ASCII digit of s at or after
// i, or len(s). Eight bytes are tested at a time: a byte is a digit when,
// xor '0', it is below 10, and (w-10*lowBits)&^w&highBits is not zero
// exactly when some byte of w is below 10. A borrow runs only up from a
// byte below 10, so the lowest bit set marks the first digit, and no byte
// loop (whose end mispredicts) is needed to find it.
func indexDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i:i+8]) ^ '0'*lowBits
		if m := (w - 10*lowBits) &^ w & highBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !isDigitByte(s[i]) {
		i++
	}
	return i
}
