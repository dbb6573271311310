package extractor

// trimRESpacesLeft is strings.TrimLeft(s, reSpaces) as a byte loop: the
// cutset form builds its byte set on every call, which costs more than the
// few spaces it usually steps over.
func trimRESpacesLeft(s string) string {
	i := 0
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return s[i:]
}

// trimRESpacesRight is strings.TrimRight(s, reSpaces) as a byte loop.
func trimRESpacesRight(s string) string {
	i := len(s)
	for i > 0 && isRESpace(s[i-1]) {
		i--
	}
	return s[:i]
}
