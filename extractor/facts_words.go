package extractor

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
// exactly when some byte of w is below 10.
func indexDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i:i+8]) ^ '0'*lowBits
		if (w-10*lowBits)&^w&highBits != 0 {
			break
		}
	}
	for i < len(s) && !isDigitByte(s[i]) {
		i++
	}
	return i
}
