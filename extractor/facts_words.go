package extractor

// cutWordPrefix is strings.CutPrefix(s, w+" ") without building w+" " on
// every call.
func cutWordPrefix(s, w string) (string, bool) {
	if len(s) > len(w) && s[len(w)] == ' ' && s[:len(w)] == w {
		return s[len(w)+1:], true
	}
	return s, false
}
