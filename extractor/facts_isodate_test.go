package extractor

import (
	"math/rand"
	"testing"
	"time"
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
