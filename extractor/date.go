package extractor

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// vnZone is Vietnam's time zone (UTC+7, no daylight saving). Published
// times are written with it.
var vnZone = time.FixedZone("ICT", 7*3600)

// vnMonthZone is vnZone for a publication known to the month only (the page
// store's "date 2023-10"): the first of that month in this zone, so that
// formatPublished writes "2023-10" and relative days ("hôm nay") give no
// date. A zone, not a flag, keeps the precision with the time it belongs to.
var vnMonthZone = time.FixedZone("ICT", 7*3600)

// monthOnly reports whether a publication time is known to the month only.
func monthOnly(t time.Time) bool { return t.Location() == vnMonthZone }

// parseStoreDate reads the page store's "2023-12-18" or "2023-12".
func parseStoreDate(s string) (time.Time, bool) {
	if t, err := time.ParseInLocation("2006-01-02", s, vnZone); err == nil {
		return t, true
	}
	if t, err := time.ParseInLocation("2006-01", s, vnMonthZone); err == nil && t.Year() >= 1990 {
		return t, true
	}
	return time.Time{}, false
}

// isoDate formats a day as the contract's date form, t.Format("2006-01-02")
// written out: Format parses its layout on every call.
func isoDate(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-',
		byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:])
}

// sameDay is isoDate(a) == isoDate(b) without building the strings.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

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

// mayHoldFullDate reports whether s may hold a match of fullDateRe: each of
// its forms has a year of four digits in a row. Most paragraphs have none,
// and this test spares the matcher, which tries every byte, there.
func mayHoldFullDate(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			run = 0
		} else if run++; run == 4 {
			return true
		}
	}
	return false
}

var (
	// fullDateRe finds a full date on a visible date line: 15/07/2021,
	// 15-7-2021, 15.07.2021, 2021-07-15, 2021.07.15, "15 tháng 7 năm 2021"
	// or "15 Tháng 7 2021".
	fullDateRe = regexp.MustCompile(`(?i)\b(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})\b|\b(\d{4})[-.](\d{2})[-.](\d{2})\b|\b(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:,|năm)\s*|\s+)(\d{4})\b`)
	// "lúc15:39": some sites glue the time to "lúc".
	lineTimeRe = regexp.MustCompile(`(?i)(?:\b|lúc)(\d{1,2})\s?(?::|h|giờ)\s?(\d{2})(?::\d{2})?\s*(am|pm|sa|ch)?\b`)
)

// parseDateLine reads the publication time from a visible date line such as
// "Thứ Năm, 15/07/2021 - 17:40", "13/07/2020 07:15 PM" or "Cập nhật lúc
// 18:30 ngày 08/06/2022".
func parseDateLine(s string) (t time.Time, hasTime, ok bool) {
	// "Cập nhật: 15/03/2024 10:00 | Ngày đăng: 12/03/2024 08:00": the
	// publication's own label wins over an update's written before it.
	if k := publicationLabelAt(s); k > 0 {
		if t, hasTime, ok := parseDateLine(s[k:]); ok {
			return t, hasTime, ok
		}
	}
	loc := fullDateMatch(s) // fullDateRe.FindStringSubmatchIndex(s)
	if loc == nil {
		return time.Time{}, false, false
	}
	g := func(k int) int {
		n, _ := strconv.Atoi(s[loc[2*k]:loc[2*k+1]])
		return n
	}
	var d, m, y int
	switch {
	case loc[2] >= 0:
		d, m, y = g(1), g(2), g(3)
	case loc[8] >= 0:
		y, m, d = g(4), g(5), g(6)
	default:
		d, m, y = g(7), g(8), g(9)
	}
	day, ok := validDay(y, m, d)
	if !ok && loc[2] >= 0 && m > 12 && d <= 12 {
		// "3/28/2021 9:05:41 AM": a site printing the date month first,
		// as its software's default; told only where the day exceeds 12.
		day, ok = validDay(y, d, m)
	}
	if !ok {
		return time.Time{}, false, false
	}
	rest := s[:loc[0]] + " " + s[loc[1]:]
	if hs, ms, ampm, ok := lineTimeMatch(rest); ok { // lineTimeRe.FindStringSubmatch(rest)
		h, _ := strconv.Atoi(hs)
		mi, _ := strconv.Atoi(ms)
		switch strings.ToLower(ampm) {
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

// publicationLabels name the date of publication on a date line that
// also gives the date of an update.
var publicationLabels = []string{"ngày đăng", "đăng ngày", "đăng lúc", "ngày xuất bản", "xuất bản"}

// publicationLabelAt returns where a publication label starts in a date
// line, or -1. Only a line that holds an update's label too is searched:
// a bare label changes nothing.
func publicationLabelAt(s string) int {
	if !mentionsUpdate(s) {
		return -1
	}
	f := fold(s)
	if len(f) != len(s) {
		return -1 // folding changed the offsets (old tone marks): leave the line as it is
	}
	for _, l := range publicationLabels {
		if k := strings.Index(f, l); k >= 0 {
			return k
		}
	}
	return -1
}

// updateLabels open a date line that dates an update of the page.
var updateLabels = []string{"cập nhật", "ngày sửa", "sửa lần cuối", "chỉnh sửa"}

// datesUpdate reports whether a date line opens with an update's label.
func datesUpdate(line string) bool {
	if !mentionsUpdate(line) {
		return false
	}
	f := fold(strings.TrimSpace(line))
	for _, l := range updateLabels {
		if strings.HasPrefix(f, l) {
			return true
		}
	}
	return false
}

// mentionsUpdate is the cheap test before the labels of an update are
// looked for: "cập nhật" in either case, or "sửa".
func mentionsUpdate(s string) bool {
	return strings.Contains(s, "ập nhật") || strings.Contains(s, "sửa")
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
	if monthOnly(t) {
		return t.Format("2006-01")
	}
	if hasTime {
		return t.In(vnZone).Format(time.RFC3339)
	}
	return isoDate(t)
}

// dateMention is a meeting-date expression found in text.
type dateMention struct {
	start, end int       // byte span in the searched text
	from, to   time.Time // to is zero unless a range
	part       string    // sáng, trưa, chiều, tối or ""
	// undated marks a day whose year cannot be worked out (no year written
	// and no publication date): it still ties the sentence to the event and
	// carries its part of day, but gives no date.
	undated bool
	// day and month of the first (and last) day, kept so that an undated
	// mention can be given a year inferred from the text.
	fromDay, fromMonth, toDay, toMonth int
}

var (
	// mentionRes match, at the first digit of a date in folded text: "14/12
	// đến ngày 15/12/2021", "18-20/4/2022" or "14 và 15/12", "9/7/2020" or
	// "15-3-2022", and "(ngày) 9 tháng 7 năm 2020". Each is tried on its
	// own; the longest valid match at a position wins.
	mentionRes = []*regexp.Regexp{
		regexp.MustCompile(`^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*(?:-|–|đến|tới|và)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`),
		regexp.MustCompile(`^(\d{1,2})\s*(?:-|–|và|đến)\s*(?:hết\s+)?(?:(?:sáng|chiều)\s+)?(?:ngày\s+)?(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:(?:\s*[/.-]\s*|\s+năm\s+)(\d{4}))?`),
		regexp.MustCompile(`^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`),
		regexp.MustCompile(`^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`),
		// "ngày 17 – 9": an en dash between day and month, taken only
		// after "ngày" since it more often joins two numbers (10 – 12 giờ).
		regexp.MustCompile(`^(\d{1,2})\s*–\s*(\d{1,2})(?:\s*–\s*(\d{4}))?`),
		// "(trong 2) ngày 06, 07/6", "các ngày 11, 12 tháng 01 năm 2010":
		// consecutive days listed with a comma, taken only after "ngày"
		// since a comma more often lists numbers.
		regexp.MustCompile(`^(\d{1,2})\s*,\s*(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:(?:\s*[/.-]\s*|\s+năm\s+)(\d{4}))?`),
	}
	// mentionRe finds a day/month anywhere.
	mentionRe = regexp.MustCompile(`(\d{1,2})\s*[/.-]\s*(\d{1,2})`)
	// partBeforeRe finds the part of day written just before a date:
	// "chiều ngày 09/7", "sáng thứ Ba, ngày 15/7", "sáng nay (14/12)".
	partBeforeRe = regexp.MustCompile(`(sáng|trưa|chiều|tối)\s*(?:hôm\s+)?(?:nay\s*)?(?:,?\s*(?:ngày\s+)?(?:thứ\s+\p{L}+|chủ nhật)\s*)?,?\s*\(?\s*(?:ngày\s*)?$`)
	// notMeetingBeforeRe marks dates of other things: deadlines ("trước
	// ngày 30/6"), starts of periods ("từ ngày 17/7 đến nay") and document
	// dates ("số 16/CT-TTg ngày 31/3/2020"); a symbol has a slash or a
	// letter, a term "nhiệm kỳ 2015-2020, ngày ..." has neither.
	notMeetingBeforeRe = regexp.MustCompile(`(?:trước|hạn|sau|kể từ|từ|đến|tới|hết)\s+(?:ngày\s*)?$|\d[\p{L}\d]*(?:/[\p{L}\d/.-]*|-[\d.-]*\p{L}[\p{L}\d/.-]*)\s*[,(]?\s*(?:(?:được\s+)?(?:ký\s+)?ban hành\s+|ký\s+)?(?:ngày\s*)?$|(?:năm|quý|tháng)\s*$`)
	// relativeBeforeRe is what precedes "nay"/"qua" in "sáng nay", "chiều
	// hôm qua", "hôm nay".
	relativeBeforeRe = regexp.MustCompile(`(?:(sáng|trưa|chiều|tối)\s+(?:hôm\s+)?|hôm\s+)$`)
)

// findDateMentions lists the meeting-date expressions in one folded
// sentence. Years left out ("sáng 15/7") come from the publication date,
// or the year before when that would put the meeting more than two months
// after publication. Without a publication date such dates are skipped.
func findDateMentions(folded string, published time.Time) []dateMention {
	var out []dateMention
	var mbuf [maxMentionSubmatch]int // the match of mentionAt
	for i := 0; i < len(folded); i++ {
		if i = indexDigit(folded, i); i == len(folded) {
			break
		}
		if i > 0 && (isDigitByte(folded[i-1]) || folded[i-1] == '/') || !mayStartDate(folded, i) {
			i = digitRunEnd(folded, i) - 1 // the run's other digits follow a digit
			continue
		}
		var best dateMention
		found := false
		next, spaced := afterFirstNumber(folded, i)
		for ri, re := range mentionRes {
			if !mentionMayMatch(ri, next, spaced) {
				continue
			}
			m := mentionAt(mbuf[:0], ri, re, folded[i:])
			if m == nil {
				continue
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			if dm, ok := dateMentionAt(folded, ri, m, published); ok && (!found || dm.end > best.end) {
				best, found = dm, true
			}
		}
		if found {
			out = append(out, best)
			i = best.end - 1
		} else {
			i = digitRunEnd(folded, i) - 1
		}
	}
	out = append(out, relativeDays(folded, published)...)
	slices.SortStableFunc(out, func(a, b dateMention) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end) // the longer first
	})
	kept := out[:0]
	for _, dm := range out {
		if len(kept) > 0 && dm.start < kept[len(kept)-1].end {
			continue
		}
		kept = append(kept, dm)
	}
	return datelineDay(folded, kept)
}

// digitRunEnd returns the end of the run of digits that starts at s[i].
func digitRunEnd(s string, i int) int {
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	return i
}

// datelineDay reads a bracketed dateline opening a lead, "(BVBNĐ-29/12/2017)
// Sáng nay, ...": it is the day the news was filed, so a "sáng nay" or
// "hôm nay" after it is that day and takes its place. Without such a
// relative day the dateline stays the only date.
func datelineDay(folded string, dms []dateMention) []dateMention {
	const datelineWindow = 30 // bytes from the bracket to the date
	if len(dms) < 2 || dms[0].undated || !dms[0].to.IsZero() || dms[0].start > datelineWindow {
		return dms
	}
	line := dms[0]
	if !strings.HasPrefix(folded, "(") || strings.IndexByte(folded[:line.start], ')') >= 0 ||
		!strings.HasPrefix(strings.TrimLeft(folded[line.end:], " "), ")") {
		return dms
	}
	rel := dms[1]
	if rel.fromMonth != 0 || !strings.HasSuffix(folded[rel.start:rel.end], "nay") {
		return dms
	}
	rel.from, rel.undated = line.from, false
	return append(dms[:0], append([]dateMention{rel}, dms[2:]...)...)
}

// leadDateline reads the date of a bracketed dateline opening a lead,
// "(BVBNĐ-29/12/2017) Sáng nay, ...", the same form datelineDay reads: the
// agency filed the news that day, so a page with no other date line was
// published then.
//
// A scraped page may also glue the site's clock line to the lead,
// "09:12 03/05/2022 Chiều 2-5, ...": a time and a full date with nothing
// before them are the publication stamp, never the meeting.
func leadDateline(lead string) (t time.Time, hasTime, ok bool) {
	const datelineWindow = 40 // bytes from the bracket to its close
	if lead != "" && isDigitByte(lead[0]) {
		if m := leadStampRe.FindString(lead); m != "" {
			return parseDateLine(m)
		}
		return time.Time{}, false, false
	}
	if !strings.HasPrefix(lead, "(") {
		return time.Time{}, false, false
	}
	end := strings.IndexByte(lead, ')')
	if end < 0 || end > datelineWindow {
		return time.Time{}, false, false
	}
	t, _, ok = parseDateLine(lead[1:end])
	return t, false, ok
}

// leadStampRe is a clock stamp opening a lead: "HH:MM DD/MM/YYYY " or the
// reverse order; a space must follow so a range or list is not taken.
var leadStampRe = regexp.MustCompile(`^(?:\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2})\s`)

// commaDaysMention is the index in mentionRes of the "06, 07/6" form; its
// days may be at most commaDaysSpan apart.
const (
	commaDaysMention = 5
	commaDaysSpan    = 3
)

// enDashMention is the index in mentionRes of the en-dash day–month form.
const enDashMention = 4

// mentionAt is mentionRes[ri].FindStringSubmatchIndex(s). The forms most
// dates take, a range of days, a day with its month (and year), days
// before one month and a month written as a word, are read byte by byte
// (rangeMention, dayMention, daysMention, monthWordMention): the regexp's
// setup costs more than the match.
//
// The byte readers build the match in dst's array when it has room
// (maxMentionSubmatch), so that a caller may keep it on its stack.
func mentionAt(dst []int, ri int, re *regexp.Regexp, s string) []int {
	switch ri {
	case rangeMention:
		return rangeMentionAt(dst, s)
	case dayMention:
		return dayMentionAt(dst, s)
	case daysMention:
		return daysMentionAt(dst, s)
	case monthWordMention:
		return monthWordMentionAt(dst, s)
	case enDashDayMention:
		return enDashMentionAt(dst, s)
	case commaDayMention:
		return commaDayMentionAt(dst, s)
	}
	return re.FindStringSubmatchIndex(s)
}

// maxMentionSubmatch is the length of the longest submatch index slice
// of mentionRes (rangeMention's: six groups).
const maxMentionSubmatch = 14

// rangeMention and dayMention are the indexes in mentionRes of "14/12
// đến ngày 15/12/2021" and "9/7/2020".
const (
	rangeMention = 0
	dayMention   = 2
)

// dayMentionAt matches mentionRes[dayMention],
// `^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`, at the start of s.
// Each step can go on in one way only: a space or mark cannot be a digit,
// so the regexp's first way is the match.
func dayMentionAt(dst []int, s string) []int {
	m, ok := dayMonthYearAt(s, 0)
	if !ok {
		return nil
	}
	return append(dst[:0], 0, m[7], m[0], m[1], m[2], m[3], m[4], m[5])
}

// dayMonthYearAt reads `(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`
// at s[i:]: the spans of day, month and year (-1, -1 when no year), then
// where the year is tried and where the match ends; ok false if none.
func dayMonthYearAt(s string, i int) (m [8]int, ok bool) {
	d := i
	for d < len(s) && d-i < 3 && isDigitByte(s[d]) {
		d++
	}
	if d == i || d-i == 3 {
		return m, false // no day, or a number of three digits or more
	}
	j := skipRESpaces(s, d)
	if j >= len(s) || !isDateMark(s[j]) {
		return m, false
	}
	mo := skipRESpaces(s, j+1)
	me := twoDigitsEnd(s, mo)
	if me == mo {
		return m, false
	}
	y := yearAfter(s, me)
	if y < 0 {
		return [8]int{i, d, mo, me, -1, -1, me, me}, true
	}
	return [8]int{i, d, mo, me, y, y + 4, me, y + 4}, true
}

// yearAfter matches `\s*[/.-]\s*(\d{4})` at s[i:] and returns where the
// year starts, or -1.
func yearAfter(s string, i int) int {
	j := skipRESpaces(s, i)
	if j >= len(s) || !isDateMark(s[j]) {
		return -1
	}
	j = skipRESpaces(s, j+1)
	if j+4 > len(s) || !isDigitByte(s[j]) || !isDigitByte(s[j+1]) || !isDigitByte(s[j+2]) || !isDigitByte(s[j+3]) {
		return -1
	}
	return j
}

// rangeMentionAt matches mentionRes[rangeMention] at the start of s: a
// day as dayMentionAt reads it, `\s*(?:-|–|đến|tới|và)\s*(?:hết\s+)?(?:ngày\s+)?`,
// and a second day so read. The first day's year is the one choice: the
// regexp tries the range after it, then without it.
func rangeMentionAt(dst []int, s string) []int {
	first, ok := dayMonthYearAt(s, 0)
	if !ok {
		return nil
	}
	ends := []int{first[7], first[6]} // with the year, then without
	if first[4] < 0 {
		ends = ends[1:]
	}
	for _, e := range ends {
		second, ok := rangeTailAt(s, e)
		if !ok {
			continue
		}
		m := append(dst[:0], 0, second[7], first[0], first[1], first[2], first[3], -1, -1)
		if e == first[7] {
			m[6], m[7] = first[4], first[5]
		}
		return append(m, second[0], second[1], second[2], second[3], second[4], second[5])
	}
	return nil
}

// rangeTailAt reads what follows the first day of a range from s[i:],
// `\s*(?:-|–|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?` and a day, and returns the
// day's dayMonthYearAt.
func rangeTailAt(s string, i int) ([8]int, bool) {
	j := skipRESpaces(s, i)
	switch {
	case strings.HasPrefix(s[j:], "-"):
		j++
	case strings.HasPrefix(s[j:], "–"):
		j += len("–")
	case strings.HasPrefix(s[j:], "đến"):
		j += len("đến")
	case strings.HasPrefix(s[j:], "tới"):
		j += len("tới")
	case strings.HasPrefix(s[j:], "và"):
		j += len("và")
	default:
		return [8]int{}, false
	}
	j = skipRESpaces(s, j)
	for _, w := range []string{"hết", "ngày"} {
		if k := j + len(w); strings.HasPrefix(s[j:], w) && k < len(s) && isRESpace(s[k]) {
			j = skipRESpaces(s, k)
		}
	}
	return dayMonthYearAt(s, j)
}

// skipRESpaces steps over the bytes \s matches from s[i:].
func skipRESpaces(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// isDateMark reports a byte of [/.-].
func isDateMark(c byte) bool { return c == '/' || c == '.' || c == '-' }

// dateMentionAt checks one regexp match (of mentionRes[ri]) and builds its
// mention.
func dateMentionAt(folded string, ri int, m []int, published time.Time) (dateMention, bool) {
	g := func(k int) int {
		if m[2*k] < 0 {
			return 0
		}
		return atoi(folded[m[2*k]:m[2*k+1]])
	}
	start, end := m[0], m[1]
	if start > 0 && (isDigitByte(folded[start-1]) || folded[start-1] == '/') {
		return dateMention{}, false
	}
	if end < len(folded) && (isDigitByte(folded[end]) || folded[end] == '/') {
		return dateMention{}, false
	}
	var fd, fm, fy, td, tm, ty int
	switch ri {
	case 0:
		fd, fm, fy, td, tm, ty = g(1), g(2), g(3), g(4), g(5), g(6)
		if fy == 0 {
			fy = ty
		}
	case 1, commaDaysMention:
		fd, td, tm, ty = g(1), g(2), g(3), g(4)
		fm, fy = tm, ty
	default:
		fd, fm, fy = g(1), g(2), g(3)
	}
	before := folded[max(0, start-40):start]
	trimmed := strings.TrimSpace(before)
	if ri == enDashMention && !strings.HasSuffix(trimmed, "ngày") {
		return dateMention{}, false
	}
	if ri == commaDaysMention && (!strings.HasSuffix(trimmed, "ngày") || td <= fd || td-fd > commaDaysSpan) {
		return dateMention{}, false
	}
	if secondOfRange(trimmed) {
		// "(6-11-2000 – 6-11-2025)": the end of a span too long to be a
		// meeting, such as an anniversary, is not a meeting day either.
		return dateMention{}, false
	}
	if firstOfLongSpan(folded[end:]) {
		// "(28/8/1945 - 28/8/2015)": the start of an anniversary's span
		return dateMention{}, false
	}
	if strings.HasSuffix(trimmed, "ngày") && citedDocumentBefore(folded[max(0, start-citationWindow):start]) {
		return dateMention{}, false
	}
	if namedDayBefore(strings.TrimSpace(folded[max(0, start-namedDayWindow):start])) || celebratedDayBefore(folded[max(0, start-namedDayWindow):start]) {
		// "dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7": the day a
		// holiday falls on, not the meeting's.
		return dateMention{}, false
	}
	rangeStart := td > 0 && (strings.HasSuffix(trimmed, "từ ngày") || strings.HasSuffix(trimmed, "từ"))
	if !rangeStart && notMeetingBefore(before) {
		return dateMention{}, false
	}
	part := ""
	if hasAny(before, "sáng", "trưa", "chiều", "tối") {
		part = partBefore(before)
	}
	if part == "" {
		part = clockPart(before, folded[end:min(len(folded), end+timeTailWindow)])
	}
	if fy == 0 && published.IsZero() {
		// "Sáng 7/3" on a page without a publication date: the day is real
		// (a leap year accepts 29/2) but its year is unknown.
		if _, ok := validDay(2000, fm, fd); !ok {
			return dateMention{}, false
		}
		if td > 0 {
			part = "" // several days have no part of day
		}
		return dateMention{start: start, end: end, part: part, undated: true, fromDay: fd, fromMonth: fm, toDay: td, toMonth: tm}, true
	}
	from, ok := dayWithYear(fy, fm, fd, published)
	if !ok {
		return dateMention{}, false
	}
	dm := dateMention{start: start, end: end, from: from, part: part, fromDay: fd, fromMonth: fm, toDay: td, toMonth: tm}
	if td > 0 {
		to, ok := dayWithYear(ty, tm, td, published)
		if !ok || !to.After(from) || to.Sub(from) > 31*24*time.Hour {
			return dateMention{}, false
		}
		if ri == 0 && strings.Contains(folded[start:end], " và ") && to.Sub(from) > 24*time.Hour {
			// "ngày 5/6 và 20/6": two days apart, no span; "hai ngày
			// 30/6 và 1/7" is one.
			return dateMention{}, false
		}
		dm.to = to
	}
	return dm, true
}

// dayWithYear completes a date whose year may be missing.
func dayWithYear(y, m, d int, published time.Time) (time.Time, bool) {
	if y != 0 {
		return validDay(y, m, d)
	}
	if published.IsZero() {
		return time.Time{}, false
	}
	pub := published.In(vnZone)
	if monthOnly(published) {
		pub = pub.AddDate(0, 1, -1) // "date 2023-10": up to the month's last day
	}
	t, ok := validDay(pub.Year(), m, d)
	if ok && t.After(pub.AddDate(0, 2, 0)) {
		t, ok = validDay(pub.Year()-1, m, d)
	}
	return t, ok
}

// mayStartDate is a cheap test run before the mention regexps: a date's
// first number (one or two digits) is followed, after spaces, by a
// separator or by "tháng", "và", "đến" or a dash.
func mayStartDate(folded string, i int) bool {
	j := i + 1
	if j < len(folded) && isDigitByte(folded[j]) {
		j++
	}
	for j < len(folded) && folded[j] == ' ' {
		j++
	}
	if j >= len(folded) {
		return false
	}
	switch c := folded[j]; c {
	case '/', '.', '-', 't', 'v', ',':
		return true
	case 0xc4, 0xe2: // "đ" of "đến", an en dash
		return true
	}
	return false
}

// notMeetingWords end the text before a date in notMeetingBeforeRe's
// first and last alternatives.
var notMeetingWords = []string{"trước", "hạn", "sau", "kể từ", "từ", "đến", "tới", "hết", "năm", "quý", "tháng"}

// mayNotBeMeeting is a necessary condition for notMeetingBeforeRe: the text
// ends with one of its words (maybe followed by "ngày"), or holds a symbol's
// slash or dash.
func mayNotBeMeeting(before string) bool {
	if strings.ContainsAny(before, "/-") {
		return true
	}
	u := trimRESpacesRight(before)
	if w, ok := strings.CutSuffix(u, "ngày"); ok && endsWithAny(trimRESpacesRight(w), notMeetingWords) {
		return true
	}
	return endsWithAny(u, notMeetingWords)
}

func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// afterFirstNumber returns what follows the one or two digits at folded[i]
// and the spaces after them, and whether there were such spaces.
func afterFirstNumber(folded string, i int) (string, bool) {
	j := i + 1
	if j < len(folded) && isDigitByte(folded[j]) {
		j++
	}
	rest := trimRESpacesLeft(folded[j:])
	return rest, len(rest) < len(folded)-j
}

// mentionMayMatch tells from what follows a date's first number whether
// mentionRes[ri] can match there at all; it spares most regexp runs.
func mentionMayMatch(ri int, next string, spaced bool) bool {
	if next == "" {
		return false
	}
	switch ri {
	case 0, 2: // 14/12 ..., 9.7.2020
		return next[0] == '/' || next[0] == '.' || next[0] == '-'
	case 1: // 14 và 15/12, 18-20/4
		return next[0] == '-' || strings.HasPrefix(next, "–") || strings.HasPrefix(next, "và") || strings.HasPrefix(next, "đến")
	case 3: // 9 tháng 7
		return spaced && strings.HasPrefix(next, "tháng")
	case enDashMention:
		return strings.HasPrefix(next, "–")
	case commaDaysMention:
		return next[0] == ','
	}
	return true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// mayEndRelative reports whether relativeBeforeRe may match s: every match
// is "hôm" or a part of day, then spaces, at the end. "nay" and "qua"
// follow other words far more often ("thông qua", "hiện nay"), and this
// test spares the matcher there.
func mayEndRelative(s string) bool {
	t := trimRESpacesRight(s)
	if len(t) == len(s) {
		return false
	}
	return strings.HasSuffix(t, "hôm") || strings.HasSuffix(t, "sáng") || strings.HasSuffix(t, "trưa") ||
		strings.HasSuffix(t, "chiều") || strings.HasSuffix(t, "tối")
}

// relativeWords are the words relativeDays looks for, in order: "nay" by
// its "y", far rarer than its "n" (see rareByteWord).
var relativeWords = []rareByteWord{newRareByteWord("nay", 'y'), newRareByteWord("qua", 'q')}

// relativeDays finds "sáng nay", "hôm nay" (the publication day) and
// "chiều qua", "hôm qua" (the day before) in folded text. "sáng nay
// (14/12)" is left to the written date. Without a publication date the
// day is undated but the part of day is kept.
func relativeDays(folded string, published time.Time) []dateMention {
	var out []dateMention
	for _, rw := range relativeWords {
		word := rw.word
		for off := 0; ; {
			k := rw.index(folded[off:])
			if k < 0 {
				break
			}
			k += off
			off = k + len(word)
			if !wordBoundary(folded, k, k+len(word)) {
				continue
			}
			window := folded[max(0, k-20):k]
			if !mayEndRelative(window) {
				continue
			}
			m := relativeBeforeRe.FindStringSubmatchIndex(window)
			if m == nil {
				continue
			}
			base := max(0, k-20)
			if r, _ := utf8.DecodeLastRuneInString(folded[:base+m[0]]); unicode.IsLetter(r) {
				continue // "khoảng sáng nay" is fine, "trưasáng nay" is not a word start
			}
			// "sáng nay (14/12)" and "hôm nay, ngày 26 tháng 9" are left
			// to the written date.
			rest := strings.TrimLeft(folded[k+len(word):], " ")
			if strings.HasPrefix(rest, "(") && mentionRe.MatchString(rest[:min(len(rest), 14)]) {
				continue
			}
			// "hôm nay, vào lúc 16h, ngày 05 tháng 01 năm 2016": the clock
			// time of minutes-style openings may come between.
			if r, ok := strings.CutPrefix(skipClockTime(strings.TrimLeft(rest, ", ")), "ngày "); ok && r != "" && isDigitByte(r[0]) {
				continue
			}
			// "hôm nay 15/7", "sáng nay, 15/7": the day written out
			if r := strings.TrimLeft(rest, ", "); r != "" && isDigitByte(r[0]) {
				if loc := mentionRe.FindStringIndex(r[:min(len(r), 8)]); loc != nil && loc[0] == 0 {
					continue
				}
			}
			// a month-precision publication ("date 2023-10") gives no day
			dm := dateMention{start: base + m[0], end: k + len(word), undated: published.IsZero() || monthOnly(published)}
			if !dm.undated {
				dm.from = published
				if word == "qua" {
					dm.from = published.AddDate(0, 0, -1)
				}
			}
			if m[2] >= 0 {
				dm.part = folded[base+m[2] : base+m[3]]
			}
			out = append(out, dm)
		}
	}
	return out
}

// skipClockTime skips a clock time opening s ("vào lúc 16h", "lúc 8 giờ 30
// phút", "hồi 14h00") and the commas and spaces after it; s is returned
// unchanged when it opens with none.
func skipClockTime(s string) string {
	a := strings.TrimPrefix(s, "vào ")
	a, ok := strings.CutPrefix(a, "lúc ")
	if !ok {
		if a, ok = strings.CutPrefix(a, "hồi "); !ok {
			return s
		}
	}
	k := twoDigitsEnd(a, 0)
	if k == 0 {
		return s
	}
	a = strings.TrimLeft(a[k:], " ")
	if a, ok = strings.CutPrefix(a, "giờ"); !ok {
		if a, ok = strings.CutPrefix(a, "h"); !ok {
			return s
		}
	}
	a = strings.TrimLeft(strings.TrimLeft(a, " "), "0123456789")
	a = strings.TrimPrefix(strings.TrimLeft(a, " "), "phút")
	return strings.TrimLeft(a, ", ")
}

// firstOfLongSpan reports whether the text after a date is a dash and a
// second date with its year ("28/8/1945 - 28/8/2015"): a span of more than a
// month (a shorter one matches as a range first), such as an anniversary's,
// whose start is no meeting day.
func firstOfLongSpan(after string) bool {
	a := strings.TrimLeft(after, " ")
	if r, ok := strings.CutPrefix(a, "–"); ok {
		a = r
	} else if r, ok := strings.CutPrefix(a, "-"); ok {
		a = r
	} else {
		return false
	}
	a = strings.TrimLeft(a, " ")
	loc := fullDateRe.FindStringIndex(a[:min(len(a), 12)])
	return loc != nil && loc[0] == 0
}

// citationWindow is how far (bytes) before "ngày" a cited document's name
// may start: "kết luận số 07 của Ban Bí thư ngày".
const citationWindow = 100

// citedDocNouns name documents; a clause that names one with its number
// before "ngày" cites it.
var citedDocNouns = []string{
	"nghị quyết", "quyết định", "chỉ thị", "thông báo", "kết luận", "kế hoạch", "công văn", "thông tư",
	"nghị định", "quy định", "hướng dẫn", "chương trình", "đề án", "công điện", "tờ trình", "quy chế",
}

// citedDocumentBefore reports whether the clause before "ngày" of a date
// (folded) cites a numbered document, "thông báo số 07 của Ban Bí thư
// ngày", "Nghị quyết 765 của Quân ủy Trung ương ngày": the date is the
// document's, not the meeting's. A symbol ("số 16/CT-TTg ngày") is caught
// by notMeetingBeforeRe.
func citedDocumentBefore(before string) bool {
	clause := before
	k := strings.LastIndexAny(clause, ",;:(.")
	if k >= 0 && clause[k] == ',' && strings.TrimSpace(clause[k+1:]) == "ngày" {
		// "Nghị quyết số 72/2025/NQLT/…, ngày 20.2.2025": the document's
		// date set off by a comma; the citation is the clause before it.
		clause = clause[:k]
		k = strings.LastIndexAny(clause, ",;:(.")
	}
	if k >= 0 {
		clause = clause[k+1:]
	}
	for i, n := range citedDocNouns {
		k := citedDocNounWords[i].index(clause)
		if k < 0 || !wordStartAt(clause, k) {
			continue
		}
		rest := strings.TrimLeft(clause[k+len(n):], " ")
		for _, w := range []string{"liên tịch ", "kết luận ", "số ", "số: "} {
			rest = strings.TrimLeft(strings.TrimPrefix(rest, w), " ")
		}
		if rest != "" && isDigitByte(rest[0]) {
			return true
		}
	}
	return false
}

// secondOfRange reports whether trimmed text before a date ends with a
// date and a range dash ("6-11-2000 –"), making the date a range's end.
func secondOfRange(trimmed string) bool {
	// (" / " parts the two days of an anniversary as a dash does:
	// "(21-6-1925 / 21-6-2025)")
	for _, dash := range []string{"–", "-", " /"} {
		if b, ok := strings.CutSuffix(trimmed, dash); ok {
			b = strings.TrimRight(b, " ")
			return b != "" && isDigitByte(b[len(b)-1])
		}
	}
	return false
}

// clockPart gives the part of day of a clock time written next to a date
// with no part-of-day word: "lúc 08h00 ngày 7/5" or "ngày 7/5, lúc 14 giờ".
// Noon itself is left without a part.
func clockPart(before, after string) string {
	h, ok := clockBefore(before)
	if !ok {
		h, ok = clockAfter(after)
	}
	switch {
	case !ok || h > 23:
		return ""
	case h < 12:
		return "sáng"
	case h == 12:
		return ""
	case h < 18:
		return "chiều"
	default:
		return "tối"
	}
}

// clockBefore reads the hour of "08h00 (ngày)", "8 giờ 30 (,) (ngày)" at the
// end of before.
func clockBefore(before string) (int, bool) {
	b := strings.TrimRight(before, " ,")
	b = strings.TrimSuffix(b, "ngày")
	b = strings.TrimRight(b, " ,")
	// drop the minutes: "08h00", "8 giờ 30 (phút)", "8h"
	b = strings.TrimRight(strings.TrimSuffix(b, "phút"), " ")
	b = strings.TrimRight(b, "0123456789")
	b = strings.TrimRight(b, " ")
	if u, ok := strings.CutSuffix(b, "giờ"); ok {
		b = u
	} else if u, ok := strings.CutSuffix(b, "h"); ok {
		b = u
	} else {
		return 0, false
	}
	b = strings.TrimRight(b, " ")
	return trailingHour(b)
}

// trailingHour reads one or two digits ending s that open a word.
func trailingHour(s string) (int, bool) {
	n := len(s)
	k := n
	for k > 0 && n-k < 2 && isDigitByte(s[k-1]) {
		k--
	}
	if k == n || (k > 0 && (isDigitByte(s[k-1]) || s[k-1] == '/' || s[k-1] == '.')) {
		return 0, false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:k]); k > 0 && unicode.IsLetter(r) {
		return 0, false
	}
	return atoi(s[k:]), true
}

// clockAfter reads the hour of ", lúc 8 giờ" or " vào lúc 14h00" opening
// after.
func clockAfter(after string) (int, bool) {
	a := strings.TrimLeft(after, " ,")
	a = strings.TrimPrefix(a, "vào ")
	a, ok := strings.CutPrefix(a, "lúc ")
	if !ok {
		return 0, false
	}
	a = strings.TrimLeft(a, " ")
	k := twoDigitsEnd(a, 0)
	if k == 0 {
		return 0, false
	}
	rest := strings.TrimLeft(a[k:], " ")
	if !strings.HasPrefix(rest, "h") && !strings.HasPrefix(rest, "giờ") {
		return 0, false
	}
	return atoi(a[:k]), true
}

// yearKind tells what period a year named in the lead is.
type yearKind int

const (
	yearPlain       yearKind = iota // "năm 2022"
	yearSchool                      // "năm học 2022-2023"
	yearAnniversary                 // "kỷ niệm 50 năm Ngày ... (30/4/1975 - 30/4/2025)"
	yearReviewed                    // "tổng kết công tác năm 2023"
	yearPart                        // "sơ kết 6 tháng đầu năm 2023", "quý II năm 2023"
	yearPlan                        // "triển khai nhiệm vụ năm 2024"
	yearKinds
)

// reviewWords open the period a meeting looks back on; planWords the year
// it prepares.
var (
	reviewWords = []string{"tổng kết", "sơ kết", "đánh giá"}
	planWords   = []string{"triển khai", "phương hướng", "dự kiến", "ra nghị quyết"}
)

// inferYear works out the year of a meeting day written without one
// ("Sáng 9/1") on a page without a publication date, from the periods the
// lead names (folded text), and only when they settle it: the meeting's own
// month with its year ("tháng 7/2024") settles it first; a review of "năm
// N" held in months 1-3 is held in N+1 and in November or December in N
// (in between it is no year-end review, so no year is given); a review of
// part of a year ("6 tháng đầu năm N", "quý II năm N"), or the plan for
// its last months ("6 tháng cuối năm N"), is held in N from the month
// before the part ends (or, for a plan, starts) on; a school year "năm
// học N-M" is in N from August and in M before; the year a meeting
// prepares ("triển khai nhiệm vụ năm N") is N-1 from October and N before;
// else the latest year written as "năm N".
// An anniversary the event marks, "kỷ niệm 50 năm Ngày Giải phóng
// (30/4/1975 - 30/4/2025)", is kept in its last year; it comes after a
// school year but before a plain year, which may be a target or a plan.
// Targets, deadlines and starts ("đến năm 2030", "vào năm 2030", "trước
// năm 2030", "từ năm 2015") are skipped. A
// congress's term ("nhiệm kỳ 2025-2030") is no help: it may meet the year
// before its term starts.
func inferYear(folded string, month int) (int, bool) {
	_, best := yearsIn(folded, month)
	best[yearAnniversary] = anniversaryYear(folded)
	if y := ownMonthYear(folded, month); y > 0 {
		return y, true
	}
	for _, kind := range []yearKind{yearReviewed, yearPart, yearSchool} {
		if best[kind] > 0 {
			return meetingYear(kind, best[kind], month)
		}
	}
	switch {
	case best[yearAnniversary] > 0:
		return best[yearAnniversary], true
	case best[yearPlan] > 0 && best[yearPlan] >= best[yearPlain]:
		return meetingYear(yearPlan, best[yearPlan], month)
	case best[yearPlain] > 0:
		return best[yearPlain], true
	}
	return 0, false
}

// inferYearFromText works out the year of a meeting day written without
// one from the whole text of a page (folded) when its headline and event
// sentence settle nothing (see inferYear): only from periods a meeting in
// that month can fall in one year of, a year-end review, part of a year or
// a school year ("bồi dưỡng chính trị hè" on 20/8 whose talks cover "6
// tháng đầu năm 2018" and "năm học 2018-2019"), and only when all of them
// give the same year. Plain years, plans and anniversaries in the body may
// be other events' and are not read.
func inferYearFromText(folded string, month int) (int, bool) {
	lo, hi := yearsIn(folded, month)
	year := 0
	for _, kind := range []yearKind{yearReviewed, yearPart, yearSchool} {
		if hi[kind] == 0 {
			continue
		}
		if lo[kind] != hi[kind] {
			return 0, false
		}
		y, ok := meetingYear(kind, hi[kind], month)
		if !ok || (year != 0 && y != year) {
			return 0, false
		}
		year = y
	}
	return year, year > 0
}

// yearsIn lists the years written as "năm N" or "năm học N-M" in folded
// text by the kind of period they name: the least and the greatest of each
// kind. A part of a year not yet (nearly) over in month is left out, and so
// are targets, deadlines and starts ("đến năm 2030", "vào năm 2030", "từ
// năm 2015").
func yearsIn(folded string, month int) (lo, hi [yearKinds]int) {
	for off := 0; ; {
		k := strings.Index(folded[off:], "năm ")
		if k < 0 {
			break
		}
		k += off
		off = k + len("năm ")
		kind := yearPlain
		at := off
		if rest, ok := strings.CutPrefix(folded[off:], "học "); ok {
			kind, at = yearSchool, len(folded)-len(rest)
		}
		if !wordStartAt(folded, k) || at+4 > len(folded) || !allDigits(folded[at:at+4]) ||
			(at+4 < len(folded) && isDigitByte(folded[at+4])) {
			continue
		}
		y := atoi(folded[at : at+4])
		if y < 1990 || y > 2100 {
			continue
		}
		before := strings.TrimRight(folded[max(0, k-12):k], " ")
		if strings.HasSuffix(before, "đến") || strings.HasSuffix(before, "tới") || strings.HasSuffix(before, "từ") ||
			strings.HasSuffix(before, "vào") || strings.HasSuffix(before, "trước") {
			continue // (and deadlines: "loại bỏ ... vào năm 2030", "trước năm 2030")
		}
		if kind == yearPlain {
			if from := partFromMonth(folded[:k]); from > 0 {
				kind = yearPart
				if month < from {
					continue // too early in the year to review the part
				}
			} else {
				kind = clauseYearKind(folded[max(0, k-80):k])
			}
		}
		widenYears(&lo, &hi, kind, y)
	}
	// "quý I/2018": a quarter written with its year after a slash
	for off := 0; ; {
		k := strings.Index(folded[off:], "quý ")
		if k < 0 {
			break
		}
		k += off
		off = k + len("quý ")
		slash := strings.IndexByte(folded[off:min(len(folded), off+5)], '/')
		if slash < 0 {
			continue
		}
		at := off + slash + 1
		if at+4 > len(folded) || !allDigits(folded[at:at+4]) || at+4 < len(folded) && isDigitByte(folded[at+4]) {
			continue
		}
		from := partFromMonth(folded[:off+slash])
		if y := atoi(folded[at : at+4]); from > 0 && month >= from && y >= 1990 && y <= 2100 {
			widenYears(&lo, &hi, yearPart, y)
		}
	}
	// "kết quả tháng 1/2018" at a meeting on 7/2: the month just gone or
	// the meeting's own, written with its year
	for at := range wordLeadEnds(folded, "tháng ") {
		if m, y, ok := monthYearAt(folded[at:]); ok && (m == month || m == month-1) {
			widenYears(&lo, &hi, yearPart, y)
		}
	}
	return lo, hi
}

// widenYears counts year y in the least (lo) and greatest (hi) years of
// its kind.
func widenYears(lo, hi *[yearKinds]int, kind yearKind, y int) {
	if lo[kind] == 0 || y < lo[kind] {
		lo[kind] = y
	}
	hi[kind] = max(hi[kind], y)
}

// meetingYear is the year of a meeting held in month that names year y as
// a period of kind (see inferYear); ok is false when the month leaves it
// open.
func meetingYear(kind yearKind, y, month int) (int, bool) {
	switch kind {
	case yearReviewed:
		if month <= 3 {
			return y + 1, true
		}
		if month >= 11 {
			return y, true
		}
		return 0, false
	case yearSchool:
		if month >= 8 {
			return y, true
		}
		return y + 1, true
	case yearPlan:
		if month >= 10 {
			return y - 1, true
		}
	}
	return y, true
}

// clauseYearKind tells from the clause before a year ("... năm 2023")
// whether the year is one a review looks back on ("tổng kết công tác y tế
// năm 2023") or one a meeting prepares ("..., triển khai nhiệm vụ năm 2024",
// "tổng kết năm 2023 và phương hướng nhiệm vụ năm 2024"): the nearest of
// these words in the clause decides.
func clauseYearKind(before string) yearKind {
	if c := strings.LastIndexAny(before, ",;.:"); c >= 0 {
		before = before[c:]
	}
	kind, at := yearPlain, -1
	for _, w := range reviewWords {
		if k := strings.LastIndex(before, w); k > at {
			kind, at = yearReviewed, k
		}
	}
	for _, w := range planWords {
		if k := strings.LastIndex(before, w); k > at {
			kind, at = yearPlan, k
		}
	}
	return kind
}

// partFromMonth reads the part of a year written just before its "năm"
// (folded text): "6 tháng đầu", "9 tháng", "quý ii", "6 tháng cuối". It
// returns the month from which a meeting about the part is held in that
// year: the one before the part ends (its review), or for the last months,
// the one before they start (their plan); 0 when before ends with no part.
func partFromMonth(before string) int {
	b := strings.TrimRight(before, " ")
	if q, ok := cutLastWord(b, "quý"); ok {
		switch strings.TrimSpace(q) {
		case "i", "1":
			return 2
		case "ii", "2":
			return 5
		case "iii", "3":
			return 8
		case "iv", "4":
			return 11
		}
		return 0
	}
	last := false
	if u, ok := strings.CutSuffix(b, " đầu"); ok {
		b = u
	} else if u, ok := strings.CutSuffix(b, " cuối"); ok {
		b, last = u, true
	}
	b, ok := strings.CutSuffix(b, " tháng")
	if !ok {
		return 0
	}
	k := len(b)
	for k > 0 && isDigitByte(b[k-1]) {
		k--
	}
	n := 0
	switch {
	case k < len(b) && len(b)-k <= 2 && (k == 0 || b[k-1] == ' '):
		n = atoi(b[k:])
	case strings.HasSuffix(b, " ba"):
		n = 3
	case strings.HasSuffix(b, " sáu"):
		n = 6
	case strings.HasSuffix(b, " chín"):
		n = 9
	}
	if n < 1 || n > 11 {
		return 0
	}
	if last {
		return max(1, 12-n-1)
	}
	return max(1, n-1)
}

// cutLastWord reports whether the last word but one of s is w, and returns
// the last word: "sơ kết quý ii" with "quý" gives "ii".
func cutLastWord(s, w string) (string, bool) {
	k := strings.LastIndexByte(s, ' ')
	if k < 0 {
		return "", false
	}
	head := s[:k]
	if !strings.HasSuffix(head, w) || (len(head) > len(w) && head[len(head)-len(w)-1] != ' ') {
		return "", false
	}
	return s[k+1:], true
}

// ownMonthYear finds the year of the meeting's own month written as a
// period, "phiên họp thường kỳ tháng 7/2024" (or "tháng 7-2024") for a
// meeting on 26/7; 0 when
// the lead (folded text) names no such month. A monthly meeting is held in
// the month it is named for, so that year is the meeting's; a regular
// session may also meet early the next month ("phiên họp Chính phủ thường
// kỳ tháng 11/2021" on 2/12), which the words "thường kỳ" or "giao ban"
// before the month allow.
func ownMonthYear(folded string, month int) int {
	for off := 0; ; {
		k := strings.Index(folded[off:], "tháng ")
		if k < 0 {
			return 0
		}
		at := off + k + len("tháng ")
		off = at
		if !wordStartAt(folded, off-len("tháng ")) {
			continue
		}
		n := 0
		for n < 2 && at+n < len(folded) && isDigitByte(folded[at+n]) {
			n++
		}
		if n == 0 || at+n+5 > len(folded) || folded[at+n] != '/' && folded[at+n] != '-' {
			continue // "tháng 5/2020", "tháng 5-2020"
		}
		named := atoi(folded[at : at+n])
		next := named%12+1 == month && endsWithWholeWord(strings.TrimRight(folded[:off-len("tháng ")], " "), regularSessionWords)
		if named != month && !next {
			continue
		}
		y := folded[at+n+1 : at+n+5]
		if !allDigits(y) || (at+n+5 < len(folded) && isDigitByte(folded[at+n+5])) {
			continue
		}
		if v := atoi(y); v >= 1990 && v <= 2100 {
			if next && named == 12 {
				v++ // the session for December, held in January
			}
			return v
		}
	}
}

// regularSessionWords before "tháng M/Y" name a regular monthly session.
var regularSessionWords = []string{"thường kỳ", "giao ban"}

// anniversaryYear finds the latest year an anniversary is kept in (folded
// text): the end of the bracketed span after "kỷ niệm", "(1945-2025)" or
// "(30/4/1975 - 30/4/2025)". A bracket more than a short title away from
// "kỷ niệm" belongs to something else.
func anniversaryYear(folded string) int {
	const (
		titleWindow = 120 // bytes from "kỷ niệm" to the bracket
		spanWindow  = 40  // bytes inside the bracket
	)
	best := 0
	for off := 0; ; {
		k := strings.Index(folded[off:], "kỷ niệm")
		if k < 0 {
			break
		}
		k += off
		off = k + len("kỷ niệm")
		if y := knownAnniversaryYear(folded[off:]); y > best {
			best = y
		}
		open := strings.IndexByte(folded[off:min(len(folded), off+titleWindow)], '(')
		if open < 0 {
			continue
		}
		inner := folded[off+open+1 : min(len(folded), off+open+1+spanWindow)]
		closing := strings.IndexByte(inner, ')')
		if closing < 0 {
			continue
		}
		if y := spanEndYear(inner[:closing]); y > best {
			best = y
		}
	}
	return best
}

// knownAnniversaries are the events whose anniversaries every province
// celebrates, folded, with the year each happened: "kỷ niệm 80 năm Cách
// mạng Tháng Tám" is held in 2025 though no year is written.
var knownAnniversaries = []struct {
	event string
	year  int
}{
	{"cách mạng tháng tám", 1945}, {"quốc khánh", 1945}, {"ngày thành lập đảng", 1930}, // (and "... Cộng sản Việt Nam")
	{"chiến thắng điện biên phủ", 1954}, {"giải phóng miền nam", 1975},
	{"ngày sinh chủ tịch hồ chí minh", 1890}, {"ngày sinh bác hồ", 1890}, {"ngày thương binh", 1947},
	{"ngày thành lập quân đội nhân dân việt nam", 1944}, {"ngày hội quốc phòng toàn dân", 1989},
	{"ngày nhà giáo việt nam", 1982}, {"ngày báo chí cách mạng việt nam", 1925},
	{"ngày truyền thống công an nhân dân", 1945}, {"ngày thành lập công an nhân dân", 1945},
	{"ngày thành lập đoàn thanh niên cộng sản hồ chí minh", 1931}, {"ngày thành lập hội liên hiệp phụ nữ việt nam", 1930},
	{"ngày truyền thống mặt trận tổ quốc việt nam", 1930}, {"ngày thành lập mặt trận dân tộc thống nhất việt nam", 1930},
	{"ngày thành lập hội nông dân việt nam", 1930}, {"ngày thành lập hội cựu chiến binh việt nam", 1989},
	{"ngày giải phóng thủ đô", 1954}, {"ngày chủ tịch hồ chí minh ra lời kêu gọi thi đua ái quốc", 1948},
	{"ngày toàn quốc kháng chiến", 1946}, {"ngày truyền thống bộ đội biên phòng", 1959},
	{"ngày thành lập công đoàn việt nam", 1929},
}

// knownAnniversaryYear reads "N năm <event>" at the start of folded text
// (what follows "kỷ niệm") for one of knownAnniversaries: the year of the
// N-th anniversary, or zero.
func knownAnniversaryYear(folded string) int {
	rest := strings.TrimLeft(folded, " ")
	n := 0
	for n < len(rest) && n < 3 && isDigitByte(rest[n]) {
		n++
	}
	if n == 0 {
		return 0
	}
	after, ok := strings.CutPrefix(rest[n:], " năm ")
	if !ok {
		return 0
	}
	for _, a := range knownAnniversaries {
		if strings.HasPrefix(after, a.event) {
			return a.year + atoi(rest[:n])
		}
	}
	return 0
}

// spanEndYear reads the second year of a span of years or dates, "1945-2025"
// or "30/4/1975 – 30/4/2025"; zero when span is not such a span.
func spanEndYear(span string) int {
	var years []int
	for i := 0; i+4 <= len(span); i++ {
		if (i > 0 && isDigitByte(span[i-1])) || !allDigits(span[i:i+4]) || (i+4 < len(span) && isDigitByte(span[i+4])) {
			continue
		}
		years = append(years, atoi(span[i:i+4]))
		i += 3
	}
	if len(years) != 2 || years[0] >= years[1] || years[0] < 1800 || years[1] > 2100 ||
		!strings.ContainsAny(span, "-–") {
		return 0
	}
	return years[1]
}

// allDigits reports whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// termsIn lists the terms of office written in folded text, "nhiệm kỳ
// 2021 – 2026", as their first and last years.
func termsIn(folded string) [][2]int {
	var out [][2]int
	for off := 0; ; {
		k := strings.Index(folded[off:], "nhiệm kỳ ")
		if k < 0 {
			return out
		}
		at := off + k + len("nhiệm kỳ ")
		off = at
		at += numberedTermAt(folded[at:])
		if from, to, ok := yearSpanAt(folded[at:]); ok {
			out = append(out, [2]int{from, to})
		}
	}
}

// numberedTermAt returns the length of a term's number and the bracket
// before its years, "II (" in "nhiệm kỳ II (2013 – 2018)" or "thứ III (",
// that opens s, or 0.
func numberedTermAt(s string) int {
	i := 0
	if strings.HasPrefix(s, "thứ ") {
		i = len("thứ ")
	}
	j := i
	for j < len(s) && (s[j] == 'i' || s[j] == 'v' || s[j] == 'x') {
		j++
	}
	if j == i || !strings.HasPrefix(s[j:], " (") {
		return 0
	}
	return j + len(" (")
}

// yearSpanAt reads "2021 – 2026" or "2019-2021" opening s: two years a
// dash joins, the second from one to ten years after the first.
func yearSpanAt(s string) (from, to int, ok bool) {
	if len(s) < 9 || !allDigits(s[:4]) || (len(s) > 4 && isDigitByte(s[4])) {
		return 0, 0, false
	}
	rest := strings.TrimLeft(s[4:], " ")
	switch {
	case strings.HasPrefix(rest, "-"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "–"):
		rest = rest[len("–"):]
	default:
		return 0, 0, false
	}
	rest = strings.TrimLeft(rest, " ")
	if len(rest) < 4 || !allDigits(rest[:4]) || (len(rest) > 4 && isDigitByte(rest[4])) {
		return 0, 0, false
	}
	from, to = atoi(s[:4]), atoi(rest[:4])
	if from < 1990 || to-from < 1 || to-from > 10 {
		return 0, 0, false
	}
	return from, to, true
}

// yearFromEvent works out the year of a meeting day written without one
// (day/month) from what the headline and event sentence (folded) say the
// event is, where the genre leaves one year only; 0 when nothing settles
// it or the cues disagree:
//   - a congress (typ "đại hội") opens the term it elects: held by
//     September, or a province's or the nation's at any time, it is in the
//     term's first year ("Đại hội ... nhiệm kỳ 2020 - 2025"); a grassroots
//     one later in the year may come the year before;
//   - a council's first session ("kỳ họp thứ nhất ... nhiệm kỳ 2021 -
//     2026") follows the election in the term's first year;
//   - 29 February falls in one leap year of a term at most;
//   - a course "khóa học 2022 - 2023" opens (khai giảng) in its first year
//     and closes (bế giảng) in its last;
//   - a review of "02 năm thực hiện Nghị quyết số ... ngày 10/3/2021" is held
//     that many years after the document, once its day has come round;
//   - a meeting that passes on dated documents follows them within the
//     year (yearAfterDocument);
//   - a term is reviewed in its last year ("tổng kết nhiệm kỳ 2016-2021").
func yearFromEvent(folded string, day, month int, typ string) int {
	var years []int
	terms := termsIn(folded)
	if len(terms) > 0 {
		first := 0
		for _, t := range terms {
			first = max(first, t[0])
		}
		if typ == "đại hội" && (month <= 9 || upperCongress(folded)) {
			years = append(years, first)
		}
		if y := termReviewYear(folded); y > 0 {
			years = append(years, y)
		}
		if strings.Contains(folded, "kỳ họp thứ nhất") && sameTerm(terms) {
			years = append(years, terms[0][0])
		}
		if day == 29 && month == 2 {
			if y := onlyLeapYear(terms); y > 0 {
				years = append(years, y)
			}
		}
	}
	if y := electionYear(folded); y > 0 && month <= 7 {
		years = append(years, y)
	}
	if typ == "đại hội" {
		if y := emulationPeriodYear(folded); y > 0 {
			years = append(years, y)
		}
	}
	if y := courseYear(folded); y > 0 {
		years = append(years, y)
	}
	if y := namedEditionYear(folded); y > 0 {
		years = append(years, y)
	}
	if t := lunarNewYear(folded); t > 0 {
		// the Tết of year T is prepared from November and greeted until
		// March
		switch {
		case month <= 3:
			years = append(years, t)
		case month >= 11:
			years = append(years, t-1)
		}
	}
	if y := yearsSinceDocument(folded, day, month); y > 0 {
		years = append(years, y)
	} else if y := yearAfterDocument(folded, day, month); y > 0 {
		years = append(years, y)
	}
	for _, y := range years[min(1, len(years)):] {
		if y != years[0] {
			return 0
		}
	}
	if len(years) == 0 {
		return 0
	}
	return years[0]
}

// upperCongress reports a congress of a province or a nation ("Đại hội đại
// biểu Phụ nữ tỉnh X", "Đại hội ... toàn quốc"): the first level word after
// "đại hội" in folded text names one. The grassroots congresses come first
// and may meet late in the year before their term; the upper ones follow
// them, within the term's first year.
func upperCongress(folded string) bool {
	k := strings.Index(folded, "đại hội ")
	if k < 0 {
		return false
	}
	words := strings.Fields(folded[k+len("đại hội ") : min(len(folded), k+len("đại hội ")+120)])
	for i, w := range words {
		bare := strings.TrimRight(w, ",.;:")
		next := ""
		if i+1 < len(words) {
			next = strings.TrimRight(words[i+1], ",.;:")
		}
		switch {
		case bare == "toàn": // "toàn quốc", or a plenary ("toàn thể") of any level
			return next == "quốc"
		case bare == "tỉnh", bare == "thành" && next == "phố":
			return true
		case lowerLevels[bare], bare != w:
			return false // a lower level, or the end of the name at its first punctuation
		}
	}
	return false
}

// lowerLevels are the words that name a congress below a province's: a
// commune, a district, a grassroots unit, a party cell, a school.
var lowerLevels = map[string]bool{"xã": true, "phường": true, "huyện": true, "quận": true, "thị": true, "cơ": true,
	"chi": true, "khu": true, "thôn": true, "trường": true, "khoa": true}

// electionYear reads the year of the deputies' election a page is about,
// "bầu cử đại biểu HĐND tỉnh ... nhiệm kỳ 2021 - 2026", in folded text:
// the first year of the term elected, when every
// such election named agrees. The work of an election (the councils'
// sessions, the candidates' meetings with voters, the vote, its review)
// falls in that year up to July; preparing it starts the autumn before.
func electionYear(folded string) int {
	const cue = "bầu cử đại biểu "
	year := 0
	for off := 0; ; {
		k := strings.Index(folded[off:], cue)
		if k < 0 {
			return year
		}
		off += k + len(cue)
		rest := folded[off:min(len(folded), off+140)]
		t := strings.Index(rest, "nhiệm kỳ ")
		if t < 0 || strings.ContainsAny(rest[:t], ".;") {
			continue
		}
		from, _, ok := yearSpanAt(rest[t+len("nhiệm kỳ "):])
		if !ok {
			continue
		}
		if year != 0 && from != year {
			return 0
		}
		year = from
	}
}

// emulationPeriodYear reads the period of an emulation congress, "Đại hội
// thi đua quyết thắng giai đoạn 2019-2024", in folded text: such a congress
// reviews the period in its last year.
func emulationPeriodYear(folded string) int {
	k := strings.Index(folded, "đại hội thi đua")
	if k < 0 {
		return 0
	}
	rest := folded[k:min(len(folded), k+160)]
	g := strings.Index(rest, "giai đoạn ")
	if g < 0 {
		return 0
	}
	at := g + len("giai đoạn ")
	at += numberedTermAt(rest[at:])
	if _, to, ok := yearSpanAt(rest[at:]); ok {
		return to
	}
	return 0
}

// termReviewYear reads "tổng kết nhiệm kỳ 2016-2021" in folded text: a
// term is reviewed in its last year, before the congress that opens the
// next.
func termReviewYear(folded string) int {
	const cue = "tổng kết nhiệm kỳ "
	k := strings.Index(folded, cue)
	if k < 0 {
		return 0
	}
	if _, to, ok := yearSpanAt(folded[k+len(cue):]); ok {
		return to
	}
	return 0
}

// yearAfterDocument dates a meeting held to pass on documents ("Hội nghị
// triển khai ..., phổ biến Nghị định số 15/2024/NĐ-CP ngày 5/12/2024 ...",
// "quán triệt Nghị quyết số ... ngày ...") to the first day/month after the
// latest of their dates: such meetings follow the documents within the
// year. A review of what was done under a document ("sơ kết 3 năm triển
// khai ...") may come years later and settles nothing.
func yearAfterDocument(folded string, day, month int) int {
	k := -1
	for _, v := range [...]string{"triển khai ", "phổ biến ", "quán triệt "} {
		if j := strings.Index(folded, v); j >= 0 && (k < 0 || j < k) {
			k = j
		}
	}
	if k < 0 {
		return 0
	}
	if hasAny(folded, reviewWords...) || hasAny(folded, "năm thực hiện", "năm triển khai") {
		return 0
	}
	var latest time.Time
	for _, fd := range fullDatesIn(folded[k:]) {
		if strings.HasSuffix(strings.TrimRight(folded[k:k+fd.start], " "), "ngày") && fd.t.After(latest) {
			latest = fd.t
		}
	}
	if latest.IsZero() {
		return 0
	}
	if month > int(latest.Month()) || month == int(latest.Month()) && day >= latest.Day() {
		return latest.Year()
	}
	return latest.Year() + 1
}

// sameTerm reports whether all the terms written are one.
func sameTerm(terms [][2]int) bool {
	for _, t := range terms[1:] {
		if t != terms[0] {
			return false
		}
	}
	return true
}

// onlyLeapYear is the one leap year all the terms share, or 0.
func onlyLeapYear(terms [][2]int) int {
	found := 0
	for y := terms[0][0]; y <= terms[0][1]; y++ {
		if _, ok := validDay(y, 2, 29); !ok {
			continue
		}
		for _, t := range terms[1:] {
			if y < t[0] || y > t[1] {
				return 0
			}
		}
		if found > 0 {
			return 0
		}
		found = y
	}
	return found
}

// courseYear reads "khóa học 2022 - 2023" with the opening or the closing
// of the course: its first or its last year.
func courseYear(folded string) int {
	k := strings.Index(folded, "khóa học ")
	if k < 0 {
		return 0
	}
	from, to, ok := yearSpanAt(folded[k+len("khóa học "):])
	if !ok {
		return 0
	}
	opens, closes := strings.Contains(folded, "khai giảng"), strings.Contains(folded, "bế giảng")
	switch {
	case opens && !closes:
		return from
	case closes && !opens:
		return to
	}
	return 0
}

// editionNouns open the name of an event held once a year under a name
// that carries its year: "Diễn đàn Doanh nghiệp trẻ 2024", "Hội chợ
// Nông sản 2024", "Tọa đàm quốc tế Công nghệ cầu đường 2023". ("Hội nghị
// tổng kết 2023" is held the year after: no meeting noun of reviews is
// one.)
var editionNouns = []string{"diễn đàn ", "hội chợ ", "triển lãm ", "liên hoan ", "festival ", "tuần lễ ", "tọa đàm ", "hội thảo "}

// editionWindow is how far (bytes) after its noun an event's name may
// reach its year (some fifteen words).
const editionWindow = 100

// editionBreaks are words and marks that end an event's name before a
// year that is no part of it: a target ("đến 2030"), a period ("giai đoạn
// 2021-2025"), a term.
var editionBreaks = []string{",", ".", ";", " năm ", " đến ", " tới ", " từ ", " giai đoạn ", " tầm nhìn ", " nhiệm kỳ ", " khóa ", " chiến lược ", " kế hoạch "}

// namedEditionYear reads the year an annual event's name carries (see
// editionNouns), or 0. A span of years ("2021-2025") is no edition.
func namedEditionYear(folded string) int {
	for _, n := range editionNouns {
		for k := range wordLeadEnds(folded, n) {
			if y := editionYearIn(folded[k-1 : min(len(folded), k-len(n)+editionWindow)]); y > 0 {
				return y
			}
		}
	}
	return 0
}

// editionYearIn reads the year an event's name carries in name, the text
// from the space after its noun.
func editionYearIn(name string) int {
	for _, b := range editionBreaks {
		if j := strings.Index(name, b); j >= 0 {
			name = name[:j]
		}
	}
	for i := 1; i+4 <= len(name); i++ {
		if name[i-1] != ' ' || !allDigits(name[i:i+4]) {
			continue
		}
		if i+4 < len(name) && (isDigitByte(name[i+4]) || name[i+4] == '-' || strings.HasPrefix(name[i+4:], " -") || strings.HasPrefix(name[i+4:], " –") || strings.HasPrefix(name[i+4:], "–")) {
			continue
		}
		if y := atoi(name[i : i+4]); y >= 1990 && y <= 2100 {
			return y
		}
	}
	return 0
}

// heavenlyStems and earthlyBranches name a lunar year ("Giáp Thìn"): a
// stem repeats every 10 years from Canh (year mod 10 = 0), a branch every
// 12 from Thân (year mod 12 = 0).
var (
	heavenlyStems   = []string{"canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ"}
	earthlyBranches = [][]string{{"thân"}, {"dậu"}, {"tuất"}, {"hợi"}, {"tý"}, {"sửu"}, {"dần"}, {"mão", "mẹo"}, {"thìn"}, {"tỵ", "tị"}, {"ngọ"}, {"mùi"}}
)

// lunarNewYear reads the year of the Tết a page names (folded): "Tết
// Nguyên đán (năm) 2024", "Tết Nguyên đán Giáp Thìn", "Xuân Ất Tỵ 2025".
// A named lunar year is read in the cycle 1984-2043; a year written with
// it must agree. 0 when none is named or they disagree.
func lunarNewYear(folded string) int {
	year := 0
	for _, lead := range []string{"tết nguyên đán ", "xuân ", "tết "} {
		for at := range wordLeadEnds(folded, lead) {
			rest := strings.TrimPrefix(folded[at:], "năm ")
			y := 0
			if ly, n := lunarYearName(rest); ly > 0 {
				y = ly
				rest = strings.TrimPrefix(strings.TrimLeft(rest[n:], " "), "năm ")
			}
			if len(rest) >= 4 && allDigits(rest[:4]) && (len(rest) == 4 || !isDigitByte(rest[4])) {
				if w := atoi(rest[:4]); y == 0 || w == y {
					y = w
				} else {
					return 0
				}
			}
			if !agreeYear(&year, y) {
				return 0
			}
		}
	}
	return year
}

// agreeYear adds y, a year one cue gives (0: none), to *year, the year
// every cue so far gave; it reports false when they disagree.
func agreeYear(year *int, y int) bool {
	if y == 0 {
		return true
	}
	if *year != 0 && y != *year {
		return false
	}
	*year = y
	return true
}

// lunarYearName reads a stem and a branch opening s ("giáp thìn") and
// returns the year they name in 1984-2043 and their length, or 0.
func lunarYearName(s string) (int, int) {
	stem, n := -1, 0
	for i, w := range heavenlyStems {
		if strings.HasPrefix(s, w+" ") {
			stem, n = i, len(w)+1
			break
		}
	}
	if stem < 0 {
		return 0, 0
	}
	for b, names := range earthlyBranches {
		for _, w := range names {
			if !strings.HasPrefix(s[n:], w) || letterAt(s, n+len(w)) {
				continue
			}
			for y := 1984; y < 2044; y++ {
				if y%10 == stem && y%12 == b {
					return y, n + len(w)
				}
			}
			return 0, 0
		}
	}
	return 0, 0
}

// docDateWindow is how far (bytes) after "N năm thực hiện" the date of the
// document reviewed may come.
const docDateWindow = 120

// yearsSinceDocument reads "(sơ kết) 02 năm thực hiện Nghị quyết số 15-NQ/TU
// ngày 10/3/2021": the review is held in 2021+2 when the meeting's day is
// on or after the document's day of the year; 0 when it is not so.
func yearsSinceDocument(folded string, day, month int) int {
	k := strings.Index(folded, " năm thực hiện ")
	if k < 0 {
		return 0
	}
	j := k
	for j > 0 && k-j < 2 && isDigitByte(folded[j-1]) {
		j--
	}
	if j == k || (j > 0 && folded[j-1] != ' ') {
		return 0
	}
	n := atoi(folded[j:k])
	rest := folded[k+len(" năm thực hiện "):]
	rest = rest[:min(len(rest), docDateWindow)]
	if c := strings.IndexAny(rest, ";."); c >= 0 && !(c > 0 && isDigitByte(rest[c-1])) {
		rest = rest[:c]
	}
	d, ok := firstFullDate(rest)
	if n < 1 || n > 50 || !ok {
		return 0
	}
	if month < int(d.Month()) || (month == int(d.Month()) && day < d.Day()) {
		return 0
	}
	return d.Year() + n
}

// firstFullDate reads the first date with day, month and year written
// "d/m/yyyy" (or with dashes or dots) in folded text.
func firstFullDate(folded string) (time.Time, bool) {
	if fds := fullDatesIn(folded); len(fds) > 0 {
		return fds[0].t, true
	}
	return time.Time{}, false
}

// fullDate is a date written with its year, at byte start of a text.
type fullDate struct {
	t     time.Time
	start int
}

// fullDatesIn lists the dates "d/m/yyyy", "d-m-yyyy" and "d.m.yyyy" in
// folded text, found from their four-digit years by bytes.
func fullDatesIn(folded string) []fullDate {
	var out []fullDate
	for i := 0; i+4 <= len(folded); i++ {
		if !allDigits(folded[i:i+4]) || (i+4 < len(folded) && isDigitByte(folded[i+4])) || i < 4 {
			continue
		}
		sep := folded[i-1]
		if sep != '/' && sep != '-' && sep != '.' {
			i += 3
			continue
		}
		j := i - 1
		m := j
		for m > 0 && j-m < 2 && isDigitByte(folded[m-1]) {
			m--
		}
		if m == j || m == 0 || folded[m-1] != sep {
			i += 3
			continue
		}
		dd := m - 1
		for dd > 0 && m-1-dd < 2 && isDigitByte(folded[dd-1]) {
			dd--
		}
		if dd == m-1 || (dd > 0 && (isDigitByte(folded[dd-1]) || folded[dd-1] == '/')) {
			i += 3
			continue
		}
		if t, ok := validDay(atoi(folded[i:i+4]), atoi(folded[m:j]), atoi(folded[dd:m-1])); ok && t.Year() >= 1990 {
			out = append(out, fullDate{t: t, start: dd})
		}
		i += 3
	}
	return out
}

// deadlineWords end the text before a full date that closes a period or
// sets a deadline: a day the meeting comes shortly before.
var deadlineWords = []string{"đến", "tới", "trước", "hết", "hạn"}

// periodStartWords end the text before the start of a period ("từ ngày
// 1/4/2020 đến nay"), often the same day of an earlier year.
var periodStartWords = []string{"từ", "kể từ", "sau", "từ sau"}

// deadlineWindow is how long before a deadline date a meeting that sets it
// or works towards it may be held.
const deadlineWindow = 62 * 24 * time.Hour

// yearFromLaterDate works out the year of a meeting day written without
// one (day/month) from full dates elsewhere in the page (folded): the same
// day written with its year ("Chiều 14/11, ... Tính đến ngày 14/11/2023"),
// or a deadline or end a short time after it ("Sáng 5-7, ... hoàn thành
// trước ngày 20-7-2024"). Documents' dates and starts of periods are not
// read; the dates read must all give one year, else 0.
func yearFromLaterDate(folded string, day, month int) int {
	if !mayHoldFullDate(folded) {
		return 0
	}
	year := deadlineMonthYear(folded, day, month)
	if year < 0 {
		return 0
	}
	for _, fd := range fullDatesIn(folded) {
		before := strings.TrimRight(folded[max(0, fd.start-32):fd.start], " ,")
		before = strings.TrimRight(strings.TrimSuffix(before, "ngày"), " ,")
		if documentDateBefore(before) || citedDocumentBefore(folded[max(0, fd.start-citationWindow):fd.start]) || endsWithWholeWord(before, periodStartWords) {
			continue
		}
		y := 0
		switch {
		case int(fd.t.Month()) == month && fd.t.Day() == day:
			y = fd.t.Year()
		case endsWithWholeWord(before, deadlineWords):
			for _, cand := range []int{fd.t.Year(), fd.t.Year() - 1} {
				if t, ok := validDay(cand, month, day); ok && !t.After(fd.t) && fd.t.Sub(t) <= deadlineWindow {
					y = cand
					break
				}
			}
		case strings.HasSuffix(before, "trước đó"):
			// "Chiều 26/8, ... Trước đó, ngày 25/8/2025, ...": what led up
			// to the meeting, a short time before it
			for _, cand := range []int{fd.t.Year(), fd.t.Year() + 1} {
				if t, ok := validDay(cand, month, day); ok && t.After(fd.t) && t.Sub(fd.t) <= deadlineWindow {
					y = cand
					break
				}
			}
		}
		if !agreeYear(&year, y) {
			return 0
		}
	}
	return year
}

// deadlineMonthLeads open a deadline given as a month: "(hoàn thành)
// trước tháng 10/2021", "hoàn thành trong tháng 9 năm 2021". A bare "trong
// tháng" may look back, so it counts only after "hoàn thành".
var deadlineMonthLeads = []string{"hoàn thành trong tháng ", "trước tháng ", "đến hết tháng ", "chậm nhất trong tháng "}

// deadlineMonthYear gives the year a meeting day (day/month) has when it
// sets work due by a month written with its year, or prepares an event
// planned for one ("sẽ diễn ra vào giữa tháng 12/2022"), no more than
// deadlineWindow before that month; 0 when no such deadline is written, -1
// when deadlines give different years.
func deadlineMonthYear(folded string, day, month int) int {
	year := 0
	for _, lead := range append(deadlineMonthLeads, "tháng ") {
		for off := 0; ; {
			k := strings.Index(folded[off:], lead)
			if k < 0 {
				break
			}
			at := off + k + len(lead)
			off = at
			if lead == "tháng " && !futureMonth(folded[max(0, at-len(lead)-futureWindow):at-len(lead)]) {
				continue
			}
			m, y, ok := monthYearAt(folded[at:])
			if !ok {
				continue
			}
			end, _ := validDay(y, m, 1)
			end = end.AddDate(0, 1, -1)
			for _, cand := range []int{y, y - 1} {
				if t, ok := validDay(cand, month, day); ok && !t.After(end) && end.Sub(t) <= deadlineWindow+31*24*time.Hour {
					if year != 0 && year != cand {
						return -1
					}
					year = cand
					break
				}
			}
		}
	}
	return year
}

// futureWindow is how far (bytes) before a month a marker of the future
// may stand: "sẽ diễn ra vào giữa tháng 12/2022".
const futureWindow = 40

// futureMonth reports whether the clause before "tháng" (folded) tells of
// an event to come in that month: it holds "dự kiến" or "sẽ".
func futureMonth(before string) bool {
	clause := before[strings.LastIndexAny(before, ",;.")+1:]
	k := strings.Index(clause, "sẽ ")
	return strings.Contains(clause, "dự kiến") || (k >= 0 && wordStartAt(clause, k))
}

// monthYearAt reads "4 năm 2015" or "5/2015" opening s (after "tháng").
func monthYearAt(s string) (month, year int, ok bool) {
	n := twoDigitsEnd(s, 0)
	if n == 0 {
		return 0, 0, false
	}
	month = atoi(s[:n])
	rest := s[n:]
	switch {
	case strings.HasPrefix(rest, " năm "):
		rest = rest[len(" năm "):]
	case strings.HasPrefix(rest, "/"), strings.HasPrefix(rest, "-"):
		rest = rest[1:]
	default:
		return 0, 0, false
	}
	if len(rest) < 4 || !allDigits(rest[:4]) || (len(rest) > 4 && isDigitByte(rest[4])) {
		return 0, 0, false
	}
	year = atoi(rest[:4])
	return month, year, month >= 1 && month <= 12 && year >= 1990 && year <= 2100
}

// endsWithWholeWord reports whether s ends with one of words as a whole
// word.
func endsWithWholeWord(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) && wordStartAt(s, len(s)-len(w)) {
			return true
		}
	}
	return false
}

// documentDateBefore reports whether the text before a date (folded,
// without "ngày") ends with a document's symbol or "ban hành": the date is
// the document's ("Quyết định số 31-QĐ/TU ngày 04/8/2023").
func documentDateBefore(before string) bool {
	if strings.HasSuffix(before, "ban hành") {
		return true
	}
	last := before[strings.LastIndexByte(before, ' ')+1:]
	return strings.ContainsAny(last, "/-") && strings.IndexFunc(last, unicode.IsLetter) >= 0
}

// namedDayBefore reports whether folded text before a date ends with a
// named day ("ngày thương binh liệt sỹ", "ngày nhà giáo việt nam (", "ngày
// quốc khánh"): "ngày" and at least two words that are no weekday, part of
// day or relative day.
func namedDayBefore(trimmed string) bool {
	t := strings.TrimRight(trimmed, " (")
	k := strings.LastIndex(t, "ngày ")
	if k < 0 || k > 0 && t[k-1] != ' ' && t[k-1] != '(' {
		return false
	}
	var buf [9]string
	words := fieldsUpTo(buf[:0], t[k+len("ngày "):], 8)
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		switch w {
		case "thứ", "chủ", "nhật", "mai", "hôm", "nay", "qua", "sáng", "trưa", "chiều", "tối", "đêm", "làm", "việc", "họp", "cuối", "đầu", "của", "và", "từ", "đến", ",":
			return false
		}
		if strings.ContainsAny(w, "0123456789,") { // a number or a comma ends the name
			return false
		}
	}
	return true
}

// namedDayWindow is how far (bytes) before a date the name of the day it
// marks may start: "ngày truyền thống lực lượng vũ trang tỉnh (".
const namedDayWindow = 90

// holidayNames are days marked by name without "ngày": "Quốc khánh 2/9",
// "Quốc tế Lao động 1/5", "Chiến thắng Điện Biên Phủ 7/5".
var holidayNames = []string{"quốc khánh", "quốc tế lao động", "quốc tế thiếu nhi", "tết thiếu nhi", "quốc tế phụ nữ",
	"chiến thắng điện biên phủ", "thống nhất đất nước", "giải phóng miền nam", "giải phóng hoàn toàn miền nam", "cách mạng tháng tám"}

// celebrationWords open a clause about the day an event marks.
var celebrationWords = []string{"kỷ niệm ", "chào mừng ", "nhân dịp ", "hưởng ứng ", "hướng tới "}

// dayWords may stand right before a meeting's own date.
var dayWords = map[string]bool{"ngày": true, "sáng": true, "trưa": true, "chiều": true, "tối": true, "đêm": true, "nay": true, "qua": true,
	"vào": true, "lúc": true, "hôm": true, "từ": true, "đến": true, "tới": true, "và": true, "trong": true,
	// verbs of the event's own day: "diễn ra 15/7", "khai mạc 15/7"
	"ra": true, "mạc": true, "chức": true, "hành": true, "là": true}

// celebratedDayBefore reports whether folded text before a date ends with
// the name of a day it marks: a holiday ("Quốc khánh 2/9"), or a name right
// after "kỷ niệm", "chào mừng" ... in the same clause ("kỷ niệm 91 năm
// Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3"), not a day or part-of-day
// word ("chào mừng Đại hội, sáng 15/7 ...").
func celebratedDayBefore(before string) bool {
	t := strings.TrimRight(before, " (")
	for _, h := range holidayNames {
		if strings.HasSuffix(t, h) && wordStartAt(t, len(t)-len(h)) {
			return true
		}
	}
	clause := t[strings.LastIndexAny(t, ".;:")+1:]
	if !containsAnyRare(clause, celebrationRareWords) {
		return false
	}
	last := clause[strings.LastIndexAny(clause, " ,(")+1:]
	if last == "" || isDigitByte(last[0]) || dayWords[last] || strings.HasSuffix(strings.TrimRight(clause, " "), ",") {
		return false
	}
	// the marked day follows a name, not a clause of the meeting
	for w := range strings.FieldsSeq(clause[strings.LastIndex(clause, ",")+1:]) {
		if dayWords[w] || w == "thứ" {
			return false
		}
	}
	return true
}
