package extractor

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// vnZone is Vietnam's time zone (UTC+7, no daylight saving). Published
// times are written with it.
var vnZone = time.FixedZone("ICT", 7*3600)

// isoDate formats a day as the contract's date form.
func isoDate(t time.Time) string { return t.Format("2006-01-02") }

// validDay builds a date, rejecting impossible ones (31/2, month 13).
func validDay(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, vnZone)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

var (
	// visible date line: date, and a time before or after it.
	lineDateRe = regexp.MustCompile(`(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})`)
	lineTimeRe = regexp.MustCompile(`(?i)\b(\d{1,2})\s?(?::|h|giờ)\s?(\d{2})(?::\d{2})?\s*(am|pm|sa|ch)?\b`)
)

// parseDateLine reads the publication time from a visible date line such as
// "Thứ Năm, 15/07/2021 - 17:40", "13/07/2020 07:15 PM" or "Cập nhật lúc
// 18:30 ngày 08/06/2022".
func parseDateLine(s string) (t time.Time, hasTime, ok bool) {
	loc := lineDateRe.FindStringSubmatchIndex(s)
	if loc == nil {
		return time.Time{}, false, false
	}
	d, _ := strconv.Atoi(s[loc[2]:loc[3]])
	m, _ := strconv.Atoi(s[loc[4]:loc[5]])
	y, _ := strconv.Atoi(s[loc[6]:loc[7]])
	day, ok := validDay(y, m, d)
	if !ok {
		return time.Time{}, false, false
	}
	rest := s[:loc[0]] + " " + s[loc[1]:]
	if tm := lineTimeRe.FindStringSubmatch(rest); tm != nil {
		h, _ := strconv.Atoi(tm[1])
		mi, _ := strconv.Atoi(tm[2])
		switch strings.ToLower(tm[3]) {
		case "pm", "ch":
			if h < 12 {
				h += 12
			}
		case "am", "sa":
			if h == 12 {
				h = 0
			}
		}
		if h < 24 && mi < 60 {
			return day.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute), true, true
		}
	}
	return day, false, true
}

// parseMetaTime reads a machine-readable time from meta tags or JSON-LD.
func parseMetaTime(s string) (t time.Time, hasTime, ok bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.In(vnZone), true, true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, vnZone); err == nil {
			return t, true, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.ParseInLocation("2006-01-02", s[:10], vnZone); err == nil {
			return t, false, true
		}
	}
	return parseDateLine(s)
}

// formatPublished renders a publication time as the contract wants it.
func formatPublished(t time.Time, hasTime bool) string {
	if t.IsZero() {
		return ""
	}
	if hasTime {
		return t.In(vnZone).Format(time.RFC3339)
	}
	return isoDate(t)
}
