package extractor

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/meetx/meetx/schema"
)

// TestIsoDateAgreesWithFormat checks the written-out isoDate and sameDay
// against time.Format on random days, zones and years past the fast path.
func TestIsoDateAgreesWithFormat(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	zones := []*time.Location{time.UTC, vnZone, vnMonthZone, time.FixedZone("W", -11*3600)}
	years := []int{-5, 0, 1, 999, 1900, 1990, 2024, 2200, 9999, 10000}
	var prev time.Time
	for i := 0; i < 20000; i++ {
		y := 1850 + rng.Intn(400)
		if i%10 == 0 {
			y = years[rng.Intn(len(years))]
		}
		tm := time.Date(y, time.Month(1+rng.Intn(12)), 1+rng.Intn(31), rng.Intn(24), rng.Intn(60), 0, 0, zones[rng.Intn(len(zones))])
		if got, want := isoDate(tm), tm.Format("2006-01-02"); got != want {
			t.Fatalf("isoDate(%v) = %q, want %q", tm, got, want)
		}
		if got, want := sameDay(tm, prev), tm.Format("2006-01-02") == prev.Format("2006-01-02"); got != want {
			t.Fatalf("sameDay(%v, %v) = %v, want %v", tm, prev, got, want)
		}
		if i%3 == 0 {
			prev = tm
		} else if i%3 == 1 {
			prev = tm.Add(time.Duration(rng.Intn(48)-24) * time.Hour)
		}
	}
	if !sameDay(time.Time{}, time.Time{}) || isoDate(time.Time{}) != "0001-01-01" {
		t.Fatal("zero time")
	}
}

// TestIsRESpaceTable checks the table of isRESpace against the bytes RE2's
// \s matches.
func TestIsRESpaceTable(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
		if isRESpace(byte(c)) != want {
			t.Fatalf("isRESpace(%#x) = %v", c, !want)
		}
	}
}

// TestMergeDirectivesIndexAgrees checks mergeDirectives, which looks keys up
// in turn and through a map only past mergeIndexFrom, against a map from
// the start, on lists of every length around that bound.
func TestMergeDirectivesIndexAgrees(t *testing.T) {
	mapMerge := func(ms []dirMention) []schema.Directive {
		out := make([]schema.Directive, 0, len(ms))
		index := map[string]int{}
		add := func(d schema.Directive) {
			k := directiveNumberKey(string(d.Number))
			if i, ok := index[k]; ok {
				o := &out[i]
				if o.Date == "" {
					o.Date = d.Date
				}
				if o.Issuer == "" {
					o.Issuer = d.Issuer
				}
				if o.Subject == "" {
					o.Subject = d.Subject
				}
				return
			}
			index[k] = len(out)
			out = append(out, d)
		}
		for _, m := range ms {
			if !m.short && m.d.Number != "" {
				add(m.d)
			}
		}
		for _, m := range ms {
			if m.short && m.explicit && !fullCitationOf(out, m.d) {
				add(m.d)
			}
		}
		return out
	}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 3*mergeIndexFrom; n++ {
		var ms []dirMention
		for i := 0; i < n; i++ {
			m := dirMention{d: schema.Directive{Type: "Quyết định", Number: schema.Text(fmt.Sprintf("%d/qđ-ub", rng.Intn(n+1)))}}
			switch rng.Intn(4) {
			case 0:
				m.d.Date = "2024-01-02"
			case 1:
				m.d.Issuer = schema.Text(fmt.Sprint("UBND ", i))
			case 2:
				m.short, m.explicit = true, rng.Intn(2) == 0
			}
			ms = append(ms, m)
		}
		got, want := mergeDirectives(ms), mapMerge(ms)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%d mentions: mergeDirectives = %v, want %v", n, got, want)
		}
	}
}

// TestNumberKeysWithDAgree checks directiveNumberKey, which reads "Đ" and
// "đ" by bytes, against the strings functions it stands for.
func TestNumberKeysWithDAgree(t *testing.T) {
	plain := func(n string) string {
		return strings.ToUpper(strings.Join(strings.Fields(strings.ReplaceAll(n, "–", "-")), ""))
	}
	parts := []string{"1", "2/", "QĐ", "qđ", "Đ", "đ", "-", "–", " ", "\t", "ĐU", "đu", "ư", "\u00a0", "TTg", "\xc4", "\xc4\x92", "ą"}
	rng := rand.New(rand.NewSource(4))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(14) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		n := b.String()
		if got, want := directiveNumberKey(n), plain(n); got != want {
			t.Fatalf("directiveNumberKey(%q) = %q, want %q", n, got, want)
		}
	}
}

// TestBylineLabelsEndWithColon keeps true what labelledByline relies on to
// pass over a line without a colon.
func TestBylineLabelsEndWithColon(t *testing.T) {
	for _, l := range bylineLabels {
		if !strings.HasSuffix(l.label, ":") {
			t.Errorf("byline label %q does not end with a colon", l.label)
		}
	}
}
