package eval

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/meetx/meetx/schema"
)

func loadSeed(t *testing.T) Gold {
	t.Helper()
	golds, err := LoadGold("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 1 {
		t.Fatalf("want 1 gold file in testdata, got %d", len(golds))
	}
	return golds[0]
}

// clone deep-copies a report through its JSON form.
func clone(t *testing.T, r schema.Report) *schema.Report {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var out schema.Report
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

func TestScorePerfect(t *testing.T) {
	g := loadSeed(t)
	res := Score([]Pair{{Gold: g, Got: clone(t, g.Report)}})
	for _, l := range res.Lines {
		if l.Support() > 0 && l.Score() != 1 {
			t.Errorf("%s = %.3f on the gold itself, want 1", l.Field, l.Score())
		}
	}
	if res.Overall() != 1 {
		t.Errorf("overall = %.3f, want 1", res.Overall())
	}
}

func TestScoreFailedExtraction(t *testing.T) {
	g := loadSeed(t)
	res := Score([]Pair{{Gold: g, Got: nil}})
	if l, _ := res.Line("people.name"); l.Counts.Recall() != 0 {
		t.Errorf("people.name recall = %.3f with no output, want 0", l.Counts.Recall())
	}
}

func TestScoreDifferences(t *testing.T) {
	g := loadSeed(t)
	tests := []struct {
		name   string
		change func(r *schema.Report)
		field  string
		want   float64
	}{
		{"tone placement and case do not matter", func(r *schema.Report) {
			r.People[0].Positions[0].Text = strings.ToUpper(strings.ReplaceAll(r.People[0].Positions[0].Text, "Ủy", "Uỷ"))
		}, "people.position", 1},
		{"a missed person lowers name recall", func(r *schema.Report) { r.People = r.People[1:] }, "people.name", 2 * (6.0 / 7) / (1 + 6.0/7)},
		{"speaker implies attendee", func(r *schema.Report) {
			r.People[1].Roles = []string{schema.RoleSpeaker, schema.RolePresenter}
		}, "people.role", 1},
		{"directive number spacing and case do not matter", func(r *schema.Report) { r.Directives[1].Number = "16 / ct-ttg" }, "directives.number", 1},
		{"wrong directive issuer", func(r *schema.Report) { r.Directives[0].Issuer = "Ban Bí thư" }, "directives.issuer", 0.5},
		{"published date only when gold has time", func(r *schema.Report) { r.PublishedAt = "2020-07-13" }, "published_at", 0},
		{"published seconds ignored", func(r *schema.Report) { r.PublishedAt = "2020-07-13T19:15:42+07:00" }, "published_at", 1},
		{"agenda text with half the words matches", func(r *schema.Report) { r.Agenda[1].Text = "báo cáo sơ kết công tác 6 tháng đầu năm 2020" }, "agenda", 1},
		{"agenda kind must agree", func(r *schema.Report) { r.Agenda[0].Kind = schema.AgendaClosing }, "agenda", 7.0 / 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clone(t, g.Report)
			tt.change(got)
			res := Score([]Pair{{Gold: g, Got: got}})
			l, ok := res.Line(tt.field)
			if !ok {
				t.Fatalf("no line %s", tt.field)
			}
			if d := l.Score() - tt.want; d > 1e-9 || d < -1e-9 {
				t.Errorf("%s = %.4f, want %.4f", tt.field, l.Score(), tt.want)
			}
		})
	}
}

func TestSamePublished(t *testing.T) {
	tests := []struct {
		gold, got string
		want      bool
	}{
		{"2020-07-13T19:15:00+07:00", "2020-07-13T19:15:59+07:00", true}, // to the minute
		{"2020-07-13T19:15:00+07:00", "2020-07-13T12:15:00Z", true},      // same instant
		{"2020-07-13T19:15:00+07:00", "2020-07-13", false},
		{"2020-07-13", "2020-07-13T19:15:00+07:00", true}, // a date matches any time that day
		{"2020-07-13", "2020-07-13", true},
		{"2020-07-13", "2020-07-14", false},
		{"2020-07", "2020-07", true}, // month precision matches only itself
		{"2020-07", "2020-07-13", false},
		{"2020-07", "2020-08", false},
		{"", "", true},
		{"", "2020-07-13", false},
		{"2020-07-13", "", false},
	}
	for _, tt := range tests {
		if got := samePublished(schema.Text(tt.gold), schema.Text(tt.got)); got != tt.want {
			t.Errorf("samePublished(%q, %q) = %v, want %v", tt.gold, tt.got, got, tt.want)
		}
	}
}
