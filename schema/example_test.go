package schema_test

import (
	"encoding/json"
	"fmt"

	"github.com/meetx/meetx/schema"
)

// A Text that is empty is written as JSON null, so "not stated" needs no
// pointer in Go code.
func ExampleText() {
	m := schema.Meeting{Title: "Hội nghị sơ kết", Type: "hội nghị", Date: "2020-07-09"}
	b, _ := json.Marshal(struct {
		Type     schema.Text `json:"type"`
		Date     schema.Text `json:"date"`
		Location schema.Text `json:"location"`
	}{m.Type, m.Date, m.Location})
	fmt.Println(string(b))
	// Output: {"type":"hội nghị","date":"2020-07-09","location":null}
}

// Gold annotations write positions as plain strings; reports write objects.
// Both read into a Position.
func ExamplePosition_UnmarshalJSON() {
	var ps []schema.Position
	_ = json.Unmarshal([]byte(`["Giám đốc Học viện", {"text": "Phó Bí thư Đảng ủy", "title": "Phó Bí thư"}]`), &ps)
	for _, p := range ps {
		fmt.Printf("%q %q\n", p.Text, p.Title)
	}
	// Output:
	// "Giám đốc Học viện" ""
	// "Phó Bí thư Đảng ủy" "Phó Bí thư"
}
