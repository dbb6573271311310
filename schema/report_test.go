package schema

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

func TestTextRoundTrip(t *testing.T) {
	tests := []struct {
		in   Text
		json string
	}{
		{"", "null"},
		{"sáng", `"sáng"`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.json {
			t.Errorf("Marshal(%q) = %s, want %s", tt.in, b, tt.json)
		}
		var back Text
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back != tt.in {
			t.Errorf("round trip of %q gave %q", tt.in, back)
		}
	}
	var bad Text
	if err := json.Unmarshal([]byte(`42`), &bad); err == nil {
		t.Error("Unmarshal of a number into Text: want an error")
	}
}

// TestGoldFileRoundTrip reads a gold annotation (positions as strings, nulls)
// and checks that writing and reading the Report again loses nothing.
func TestGoldFileRoundTrip(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.json")
	if err != nil {
		t.Fatal(err)
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	if got := r.People[0].Positions[1].Text; got != "Giám đốc Học viện Chính trị khu vực II" {
		t.Errorf("position read from a string = %q", got)
	}
	if r.Meeting.Location != "" || r.Meeting.EndDate != "" {
		t.Errorf("null fields read as %q, %q; want empty", r.Meeting.Location, r.Meeting.EndDate)
	}
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var again Report
	if err := json.Unmarshal(out, &again); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r, again) {
		t.Errorf("round trip changed the report:\n%+v\n%+v", r, again)
	}
}
