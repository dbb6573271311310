package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/meetx/meetx/extractor/internal/vntext"
	"github.com/meetx/meetx/schema"
)

// Gold is one annotated document: the expected report plus the annotation's
// id. Report.Source names the document file, relative to the gold folder.
type Gold struct {
	ID string `json:"id"`
	schema.Report
}

// LoadGold reads every *.json file of dir as a Gold annotation, sorted by name.
func LoadGold(dir string) ([]Gold, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: list gold: %w", err)
	}
	sort.Strings(paths)
	golds := make([]Gold, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("eval: parse %s: %w", p, err)
		}
		if g.Source == "" {
			return nil, fmt.Errorf("eval: %s names no source document", p)
		}
		if g.ID == "" {
			g.ID = strings.TrimSuffix(filepath.Base(p), ".json")
		}
		golds = append(golds, g)
	}
	return golds, nil
}

// Counts are matched (TP), extra (FP) and missed (FN) items.
type Counts struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), 1 when nothing was predicted nor expected.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 1 when nothing was expected.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Accuracy counts correct answers out of N.
type Accuracy struct{ Correct, N int }

// Value is Correct/N, 1 when N is 0.
func (a Accuracy) Value() float64 { return ratio(a.Correct, a.N) }

func (a *Accuracy) add(ok bool) {
	a.N++
	if ok {
		a.Correct++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Line is one row of the score table: either P/R/F1 counts or an accuracy.
type Line struct {
	Field  string
	Counts *Counts   // set for P/R/F1 lines
	Acc    *Accuracy // set for accuracy lines
	Scored bool      // part of the overall score
}

// Score is F1 for counted lines, the accuracy otherwise.
func (l Line) Score() float64 {
	if l.Counts != nil {
		return l.Counts.F1()
	}
	return l.Acc.Value()
}

// Result is the score of a corpus.
type Result struct {
	Lines []Line
	// Misses lists, per document id, what did not match (for -v output).
	Misses map[string][]string
}

// Support is the number of gold items (or judged values) behind the line.
func (l Line) Support() int {
	if l.Counts != nil {
		return l.Counts.TP + l.Counts.FN
	}
	return l.Acc.N
}

// Overall is the unweighted mean of the scored lines that have support.
func (r *Result) Overall() float64 {
	var sum float64
	n := 0
	for _, l := range r.Lines {
		if l.Scored && l.Support() > 0 {
			sum += l.Score()
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// Line returns the line named field, or false.
func (r *Result) Line(field string) (Line, bool) {
	for _, l := range r.Lines {
		if l.Field == field {
			return l, true
		}
	}
	return Line{}, false
}

// Pair is a gold annotation and what the extractor produced for it; Got is
// nil when extraction failed (every expected item then counts as missed).
type Pair struct {
	Gold Gold
	Got  *schema.Report
}

// Score compares every pair and returns the corpus score.
func Score(pairs []Pair) *Result {
	s := newScorer()
	for _, p := range pairs {
		got := p.Got
		if got == nil {
			got = &schema.Report{}
		}
		s.doc(p.Gold.ID, &p.Gold.Report, got)
	}
	return s.result()
}

// field names, in table order.
const (
	fName       = "people.name"
	fPosition   = "people.position"
	fHonorific  = "people.honorific"
	fRole       = "people.role"
	fDirective  = "directives.number"
	fDirType    = "directives.type"
	fDirDate    = "directives.date"
	fDirIssuer  = "directives.issuer"
	fDirSubject = "directives.subject"
	fPublished  = "published_at"
	fDate       = "meeting.date"
	fAgenda     = "agenda"
	fType       = "meeting.type"
	fEndDate    = "meeting.end_date"
	fPart       = "meeting.part_of_day"
	fLocation   = "meeting.location"
	fOnline     = "meeting.online"
	fOrganizer  = "meeting.organizer"
	fAuthor     = "credits"
)

var (
	countFields = []string{fName, fPosition, fHonorific, fRole, fDirective, fAgenda, fAuthor}
	accFields   = []string{fDirType, fDirDate, fDirIssuer, fDirSubject, fPublished, fDate, fType, fEndDate, fPart, fLocation, fOnline, fOrganizer}
	tableOrder  = []string{fName, fPosition, fHonorific, fRole, fDirective, fDirType, fDirDate, fDirIssuer, fDirSubject,
		fPublished, fDate, fType, fEndDate, fPart, fLocation, fOnline, fOrganizer, fAgenda, fAuthor}
	// scored are the lines GOLD-SCHEMA.md's scoring section defines.
	scored = map[string]bool{fName: true, fPosition: true, fHonorific: true, fRole: true, fDirective: true,
		fDirType: true, fDirDate: true, fDirIssuer: true, fPublished: true, fDate: true, fAgenda: true}
)

type scorer struct {
	counts map[string]*Counts
	acc    map[string]*Accuracy
	misses map[string][]string
}

func newScorer() *scorer {
	s := &scorer{counts: map[string]*Counts{}, acc: map[string]*Accuracy{}, misses: map[string][]string{}}
	for _, f := range countFields {
		s.counts[f] = &Counts{}
	}
	for _, f := range accFields {
		s.acc[f] = &Accuracy{}
	}
	return s
}

func (s *scorer) result() *Result {
	r := &Result{Misses: s.misses}
	for _, f := range tableOrder {
		l := Line{Field: f, Counts: s.counts[f], Acc: s.acc[f], Scored: scored[f]}
		r.Lines = append(r.Lines, l)
	}
	return r
}

func (s *scorer) miss(id, format string, args ...any) {
	s.misses[id] = append(s.misses[id], fmt.Sprintf(format, args...))
}

// sets compares two sets of keys, recording misses under field.
func (s *scorer) sets(id, field string, gold, got map[string]bool) {
	var c Counts
	for k := range gold {
		if got[k] {
			c.TP++
		} else {
			c.FN++
			s.miss(id, "%s missed: %s", field, k)
		}
	}
	for k := range got {
		if !gold[k] {
			c.FP++
			s.miss(id, "%s extra: %s", field, k)
		}
	}
	s.counts[field].add(c)
}

func (s *scorer) accuracy(id, field string, ok bool, gold, got any) {
	s.acc[field].add(ok)
	if !ok {
		s.miss(id, "%s: want %v, got %v", field, show(gold), show(got))
	}
}

func show(v any) string {
	if t, ok := v.(schema.Text); ok && t == "" {
		return "null"
	}
	return fmt.Sprintf("%q", v)
}

func (s *scorer) doc(id string, gold, got *schema.Report) {
	s.people(id, gold, got)
	s.directives(id, gold, got)
	s.agenda(id, gold, got)

	s.accuracy(id, fPublished, samePublished(gold.PublishedAt, got.PublishedAt), gold.PublishedAt, got.PublishedAt)
	gm, pm := gold.Meeting, got.Meeting
	for _, f := range []struct {
		name      string
		gold, got schema.Text
	}{
		{fDate, gm.Date, pm.Date},
		{fType, gm.Type, pm.Type},
		{fEndDate, gm.EndDate, pm.EndDate},
		{fPart, gm.PartOfDay, pm.PartOfDay},
		{fLocation, gm.Location, pm.Location},
		{fOrganizer, gm.Organizer, pm.Organizer},
	} {
		s.accuracy(id, f.name, vntext.Key(string(f.gold)) == vntext.Key(string(f.got)), f.gold, f.got)
	}
	s.accuracy(id, fOnline, gm.Online == pm.Online, gm.Online, pm.Online)

	credit := func(r *schema.Report) map[string]bool {
		m := map[string]bool{}
		for _, a := range r.Credits.Author {
			m["author|"+vntext.Key(a)] = true
		}
		for _, a := range r.Credits.Photographer {
			m["photographer|"+vntext.Key(a)] = true
		}
		return m
	}
	s.sets(id, fAuthor, credit(gold), credit(got))
}

// presence roles imply attendance when scored.
var impliesAttendee = map[string]bool{schema.RoleChair: true, schema.RoleSpeaker: true, schema.RolePresenter: true}

func (s *scorer) people(id string, gold, got *schema.Report) {
	type sets struct{ names, positions, honorifics, roles map[string]bool }
	collect := func(r *schema.Report) sets {
		st := sets{map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}}
		for _, p := range r.People {
			n := vntext.Key(p.Name)
			if n == "" {
				continue
			}
			st.names[n] = true
			for _, pos := range p.Positions {
				st.positions[n+" | "+vntext.Key(pos.Text)] = true
			}
			for _, h := range p.Honorifics {
				st.honorifics[n+" | "+vntext.Key(h)] = true
			}
			for _, role := range p.Roles {
				st.roles[n+" | "+role] = true
				if impliesAttendee[role] {
					st.roles[n+" | "+schema.RoleAttendee] = true
				}
			}
		}
		return st
	}
	g, p := collect(gold), collect(got)
	s.sets(id, fName, g.names, p.names)
	s.sets(id, fPosition, g.positions, p.positions)
	s.sets(id, fHonorific, g.honorifics, p.honorifics)
	s.sets(id, fRole, g.roles, p.roles)
}

// directiveKey is the number key: upper case, spaces removed; Đ and D stay
// distinct.
func directiveKey(n schema.Text) string {
	return strings.ToUpper(strings.Join(strings.Fields(string(n)), ""))
}

func (s *scorer) directives(id string, gold, got *schema.Report) {
	index := func(r *schema.Report) map[string]schema.Directive {
		m := map[string]schema.Directive{}
		for _, d := range r.Directives {
			if k := directiveKey(d.Number); k != "" {
				if _, dup := m[k]; !dup {
					m[k] = d
				}
			}
		}
		return m
	}
	g, p := index(gold), index(got)
	gk, pk := map[string]bool{}, map[string]bool{}
	for k := range g {
		gk[k] = true
	}
	for k := range p {
		pk[k] = true
	}
	s.sets(id, fDirective, gk, pk)
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		gd := g[k]
		pd, ok := p[k]
		if !ok {
			continue
		}
		s.accuracy(id, fDirType, vntext.Key(gd.Type) == vntext.Key(pd.Type), k+" "+gd.Type, pd.Type)
		s.accuracy(id, fDirDate, gd.Date == pd.Date, gd.Date, pd.Date)
		s.accuracy(id, fDirIssuer, vntext.Key(string(gd.Issuer)) == vntext.Key(string(pd.Issuer)), gd.Issuer, pd.Issuer)
		s.accuracy(id, fDirSubject, vntext.Key(string(gd.Subject)) == vntext.Key(string(pd.Subject)), gd.Subject, pd.Subject)
	}
}

// AgendaThreshold is the word-set Jaccard at which two agenda texts match.
const AgendaThreshold = 0.5

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func (s *scorer) agenda(id string, gold, got *schema.Report) {
	type cand struct {
		g, p int
		j    float64
	}
	gw := make([]map[string]bool, len(gold.Agenda))
	for i, a := range gold.Agenda {
		gw[i] = vntext.Words(a.Text)
	}
	var cands []cand
	for j, a := range got.Agenda {
		pw := vntext.Words(a.Text)
		for i, ga := range gold.Agenda {
			if ga.Kind != a.Kind {
				continue
			}
			if v := jaccard(gw[i], pw); v >= AgendaThreshold {
				cands = append(cands, cand{i, j, v})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].j > cands[b].j })
	gUsed, pUsed := map[int]bool{}, map[int]bool{}
	var c Counts
	for _, cd := range cands {
		if gUsed[cd.g] || pUsed[cd.p] {
			continue
		}
		gUsed[cd.g], pUsed[cd.p] = true, true
		c.TP++
	}
	for i, a := range gold.Agenda {
		if !gUsed[i] {
			c.FN++
			s.miss(id, "agenda missed: %s: %s", a.Kind, a.Text)
		}
	}
	for j, a := range got.Agenda {
		if !pUsed[j] {
			c.FP++
			s.miss(id, "agenda extra: %s: %s", a.Kind, a.Text)
		}
	}
	s.counts[fAgenda].add(c)
}

// samePublished compares publication times to the minute when gold has a
// time, by date when gold has only a date.
func samePublished(gold, got schema.Text) bool {
	if gold == "" || got == "" {
		return gold == got
	}
	gt, gErr := time.Parse(time.RFC3339, string(gold))
	if gErr != nil {
		// A date ("2020-07-13") matches any time on that day; a coarser
		// ISO 8601 value ("2020-07", a page that shows only the month)
		// matches only itself.
		if len(gold) == len("2006-01-02") && len(got) >= len(gold) {
			return string(got)[:len(gold)] == string(gold)
		}
		return got == gold
	}
	pt, err := time.Parse(time.RFC3339, string(got))
	if err != nil {
		return false
	}
	return gt.Truncate(time.Minute).Equal(pt.Truncate(time.Minute))
}
