package schema

import (
	"bytes"
	"encoding/json"
)

// Text is a string whose zero value is written to JSON as null, so that the
// contract's "null if absent" fields need no pointers in Go code.
type Text string

// MarshalJSON writes "" as null.
func (t Text) MarshalJSON() ([]byte, error) {
	if t == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(t))
}

// UnmarshalJSON reads null as "".
func (t *Text) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*t = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*t = Text(s)
	return nil
}

// String returns the text.
func (t Text) String() string { return string(t) }
