package extractor

// fullDateFind is fullDateMatch(s) (fullDateRe.FindStringSubmatchIndex),
// less the allocation fullDateAt makes at each digit it tries: paragraphs
// hold many numbers, and a digit run that none of fullDateRe's forms can go
// on from is passed over first.
func fullDateFind(s string) []int {
	for i := 0; i < len(s); i++ {
		// every form opens with \b and a digit
		if !isDigitByte(s[i]) || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		if mayOpenFullDate(s, i) {
			if m := fullDateAt(s, i); m != nil {
				return m
			}
		}
	}
	return nil
}

// mayOpenFullDate reports whether the digits at s[i] go on as one of
// fullDateRe's forms begins: one or two digits and a date mark ("15/"),
// or spaces and "tháng" (its first letter, in either case); four digits
// and a hyphen ("2021-").
func mayOpenFullDate(s string, i int) bool {
	d := digitRun(s, i)
	switch {
	case d <= 2:
		if j := optRESpace(s, i+d); j < len(s) && isDateMark(s[j]) {
			return true
		}
		j := reSpacesEnd(s, i+d)
		return j > i+d && j < len(s) && s[j]|0x20 == 't'
	case d == 4:
		return i+4 < len(s) && s[i+4] == '-'
	}
	return false
}
