package extractor

import "github.com/meetx/meetx/extractor/internal/vntext"

// fold is the tone-placement-insensitive lowercase form of s with the same
// byte length (see [vntext.Fold]); vocabulary is matched against it.
func fold(s string) string { return vntext.Fold(s) }
