package extractor

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/meetx/meetx/extractor/internal/vntext"
	"github.com/meetx/meetx/schema"
)

// newDocument reduces a page to its article. It rejects pages that are too
// large, binary or empty; every other input, however broken, gives a
// document.
func newDocument(p schema.Page) (*document, error) {
	if len(p.Body) > MaxInputBytes {
		return nil, ErrTooLarge
	}
	if len(bytes.TrimSpace(p.Body)) == 0 {
		return nil, ErrEmpty
	}
	if looksBinary(p.Body) {
		return nil, ErrBinary
	}
	src := decode(p.Body, p.ContentType)
	d := &document{}
	var blocks []block
	var metaPublished string
	if looksLikeHTML(src, p.ContentType) {
		pg := readHTML(src)
		blocks, metaPublished = pg.blocks, pg.published
		d.title = pg.title
		d.buildFrom(pg)
		defer releaseBlocks(blocks)
	} else {
		blocks = readText(string(src))
		d.title = textTitle(blocks)
		d.build(blocks)
	}
	if len(d.paras) == 0 {
		d.recycle(nil)
		return nil, ErrEmpty
	}
	d.setPublished(metaPublished, blocks)
	d.takeFoldedTitle()
	return d, nil
}

// takeFoldedTitle sets foldedTitle, fold(title), from folded when the
// title is the text of a headline paragraph, as it mostly is: fold works
// within a syllable, and a paragraph's ends end one, so the fold of the
// paragraph is its part of folded (TestFoldedTitleAgrees).
func (d *document) takeFoldedTitle() {
	for _, p := range d.paras {
		if p.kind == paraTitle && d.text[p.start:p.end] == d.title && d.title != "" {
			d.foldedTitle = d.folded[p.start:p.end]
			return
		}
	}
}

// build joins the blocks into text and fills paras, folded and sents.
func (d *document) build(blocks []block) {
	var b strings.Builder
	size := 0
	for _, bl := range blocks {
		size += len(bl.text) + 1
	}
	b.Grow(size)
	releaseSpans(d.paras) // buildFrom's, when it fell back on build
	d.paras = newSpans(len(blocks))
	for _, bl := range blocks {
		if bl.text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(bl.text)
		d.paras = append(d.paras, span{start: start, end: b.Len(), kind: bl.kind})
	}
	d.text = b.String()
	// The fold of the joined text is the blocks' folds joined the same
	// way, as the HTML reader writes them: fold works within a syllable,
	// and a line break ends one. One fold spares a string per block.
	d.releaseFolded() // buildFrom's, when it fell back on build
	d.foldArena = vntext.AppendFold(newArena(len(d.text)), d.text)
	d.folded = arenaString(d.foldArena)
	d.splitSentences()
}

// buildFrom is build for the blocks of an HTML page, whose text and folded
// text the reader has joined already: the paragraphs are where the reader
// wrote them. A page whose blocks are not laid out so (the text the reader
// falls back on for a page the parser gives up on) is joined by build.
func (d *document) buildFrom(pg *page) {
	d.foldArena = pg.foldArena
	d.paras = newSpans(len(pg.blocks))
	next := 0 // where the next paragraph starts in the joined text
	for _, bl := range pg.blocks {
		if int(bl.start) != next || int(bl.end) > len(pg.text) || int(bl.end-bl.start) != len(bl.text) || bl.text == "" {
			d.build(pg.blocks)
			return
		}
		d.paras = append(d.paras, span{start: int(bl.start), end: int(bl.end), kind: bl.kind})
		next = int(bl.end) + 1
	}
	end := max(next-1, 0) // markByline may have dropped the last paragraphs
	d.text, d.folded = pg.text[:end], pg.folded[:end]
	d.splitSentences()
}

// splitSentences fills sents from paras.
func (d *document) splitSentences() {
	// about a sentence per paragraph and one more per 256 bytes of text
	d.sents = newSpans(len(d.paras) + len(d.text)/256)
	for _, p := range d.paras {
		d.sents = appendSentences(d.sents, d.text, p)
	}
}

// setPublished takes the publication time from meta tags (JSON-LD,
// article:published_time), which sites fill from their database, and
// otherwise from the visible date line of the article.
func (d *document) setPublished(meta string, blocks []block) {
	if meta != "" {
		if t, hasTime, ok := parseMetaTime(meta); ok {
			d.published, d.hasTime = t, hasTime
			return
		}
	}
	if t, hasTime, ok := d.datelinePublished(); ok {
		d.published, d.hasTime = t, hasTime
		return
	}
	// No date line was recognised: a short line above the lead that
	// starts with a date ("15/07/2021 17:40 | Lượt xem: 12 | In bài").
	for i, p := range d.paras {
		if i > 4 || p.kind == paraLead || p.kind == paraBody {
			break
		}
		line := d.text[p.start:p.end]
		if p.kind == paraTitle || len(line) > 200 {
			continue
		}
		if !mayHoldFullDate(line) {
			continue
		}
		if loc := fullDateMatch(line); loc != nil && loc[0] < 60 {
			if t, hasTime, ok := parseDateLine(line); ok {
				d.published, d.hasTime = t, hasTime
				return
			}
		}
	}
	// A line that is only a day with a two-digit year ("17/10/21"), under
	// the headline.
	for i, p := range d.paras {
		if i > 3 || p.kind == paraLead || p.kind == paraBody {
			break
		}
		if t, hasTime, ok := shortYearDateLine(d.text[p.start:p.end]); ok {
			d.published, d.hasTime = t, hasTime
			return
		}
	}
	// The page store's own "date 2023-12(-18)" prefix.
	for _, p := range d.paras {
		if p.kind != paraDateline {
			continue
		}
		if iso, ok := strings.CutPrefix(d.text[p.start:p.end], storeDatePrefix); ok {
			if t, ok := parseStoreDate(iso); ok {
				d.published = t
				return
			}
		}
	}
	// A line of only a year and a month among the first ("2023-09"): the
	// month the page was stored or published in, as the store's own
	// prefix gives it.
	if t, ok := d.monthStamp(); ok {
		d.published = t
		return
	}
	// A closing signature that dates the article ("(Minh Châu, Phòng Lễ
	// tân, ngày 30-8-2006)").
	for _, p := range d.paras[max(len(d.paras)-2, 0):] {
		if line := d.text[p.start:p.end]; p.kind == paraByline && mayHoldFullDate(line) && bracketedSignature(line) != nil {
			if t, hasTime, ok := parseDateLine(line); ok {
				d.published, d.hasTime = t, hasTime
				return
			}
		}
	}
	// Still no date: a news agency's dateline opening the lead.
	for i, p := range d.paras {
		if i > 6 {
			break
		}
		if p.kind == paraLead || p.kind == paraBody {
			if t, hasTime, ok := leadDateline(d.text[p.start:p.end]); ok {
				d.published, d.hasTime = t, hasTime
			}
			return
		}
	}
}

// datelinePublished reads the article's date line. A date line under the
// headline is the article's own; one above it may be the site's clock
// ("Thứ Hai, ngày 14 tháng 10 năm 2019, 17:03:55", telling the time to
// the second), taken only when nothing else is found. The page store's prefix
// is left to the caller.
func (d *document) datelinePublished() (t time.Time, hasTime, ok bool) {
	const (
		under = iota // under the headline
		above        // above it, to the minute or the day
		clock        // above it, to the second
		ranks
	)
	var best [ranks]struct {
		t       time.Time
		hasTime bool
		ok      bool
		update  bool // the line dates an update ("Cập nhật: ...", "Ngày sửa: ...")
	}
	seenTitle := false
	for _, p := range d.paras {
		if p.kind == paraTitle {
			seenTitle = true
		}
		if p.kind != paraDateline {
			continue
		}
		line := d.text[p.start:p.end]
		if strings.HasPrefix(line, storeDatePrefix) {
			continue
		}
		pt, pHasTime, pOK := parseDateLine(line)
		if !pOK {
			continue
		}
		rank := under
		if !seenTitle {
			rank = above
			if secondsRe.MatchString(line) {
				rank = clock
			}
		}
		// An update's date line yields to a later one of the same rank
		// that is no update: the publication's.
		update := datesUpdate(line)
		if !best[rank].ok || best[rank].update && !update {
			best[rank].t, best[rank].hasTime, best[rank].ok, best[rank].update = pt, pHasTime, true, update
		}
	}
	for _, b := range best {
		if b.ok {
			return b.t, b.hasTime, true
		}
	}
	return time.Time{}, false, false
}

// secondsRe finds a clock time to the second, as a site's clock shows it.
var secondsRe = regexp.MustCompile(`\b\d{1,2}:\d{2}:\d{2}\b`)

// textTitle is the headline of a plain-text page; a page that opens with its
// lead has none, and the lead's first sentence stands for it.
func textTitle(blocks []block) string {
	for _, b := range blocks {
		switch b.kind {
		case paraTitle:
			return b.text
		case paraLead, paraBody:
			sents := appendSentences(nil, b.text, span{start: 0, end: len(b.text)})
			if len(sents) == 0 {
				return b.text
			}
			return b.text[sents[0].start:sents[0].end]
		}
	}
	return ""
}

// abbreviations end with a dot inside a sentence: academic titles before
// names, and common shortenings.
var abbreviations = map[string]bool{
	"ts": true, "pgs": true, "gs": true, "ths": true, "th.s": true, "bs": true, "cn": true, "ks": true,
	"ngnd": true, "ngưt": true, "ngut": true, "tp": true, "tt": true, "st": true, "mr": true, "ms": true,
	"dr": true, "prof": true, "bsck": true, "bscki": true, "bsckii": true, "ds": true, "ls": true,
	"tskh": true, "v.v": true, "vv": true, "tr": true, "q": true, "p": true, "nxb": true, "đ/c": true,
	"đc": true, "ttg": true, "kts": true, "nsnd": true, "nsưt": true, "gs.ts": true, "pgs.ts": true,
	"số": true, "no": true, "gvc": true, "gvcc": true, "tx": true,
}

// titleCompounds open a stack of titles joined by dots ("ThS.GVC.",
// "TS.BS.", "PGS.TS.BSCKII."), which ends no sentence either.
var titleCompounds = map[string]bool{
	"ths": true, "ts": true, "pgs": true, "gs": true, "bs": true, "tskh": true, "ks": true,
	"ds": true, "ngnd": true, "ngưt": true, "nsnd": true, "nsưt": true,
}

// appendSentences splits one paragraph into sentences. A sentence ends at
// . ! ? or … followed by a space and a capital letter, digit, quote or
// bracket, except after an abbreviation (TS., PGS., ThS.) or an initial;
// dots inside tokens (16/CT-TTg, 21.3.2020, K71.B08) never split because no
// space follows them.
//
// The splitter is rule-based on purpose: prose/v2's sentence splitter is
// trained on English, breaks after "TS." and "PGS." (which open most
// officials' names in this genre) and takes about 10 ms on the 9 KB seed
// (measured in issue 2). The extractor does not use prose.
func appendSentences(out []span, text string, p span) []span {
	start := p.start
	para := text[p.start:p.end]
	for i := 0; i < len(para); {
		// The marks are ASCII except "…" (E2 80 A6); every other byte,
		// multi-byte runes included, is stepped over without decoding.
		if i = nextMarkByte(para, i); i == len(para) {
			break
		}
		var r rune
		end := i + 1
		switch c := para[i]; {
		case c == '.' || c == '!' || c == '?':
			r = rune(c)
		case c == 0xe2 && strings.HasPrefix(para[i:], "…"):
			r, end = '…', i+len("…")
		default:
			i++
			continue
		}
		// absorb closing quotes, brackets and repeated marks ("./." too)
		for end < len(para) && strings.ContainsRune(`.!?…"”’)»/`, rune(para[end])) {
			end++
		}
		if end >= len(para) || para[end] != ' ' {
			i = end
			continue
		}
		next, _ := utf8.DecodeRuneInString(para[end+1:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`"“‘(«[-–`, next)) {
			i = end
			continue
		}
		if r == '.' && isAbbreviation(para[:i]) {
			i = end
			continue
		}
		out = append(out, span{start: start, end: p.start + end, kind: p.kind})
		start = p.start + end + 1
		i = end + 1
	}
	if start < p.end {
		out = append(out, span{start: start, end: p.end, kind: p.kind})
	}
	return out
}

// nextMarkByte returns the offset of the first '.', '!', '?' or 0xE2 (which
// starts "…") in s at or after from, or len(s). Each byte is searched with
// strings.IndexByte (vectorised) only up to the nearest one found so far,
// so the scan stays linear over a paragraph.
func nextMarkByte(s string, from int) int {
	next := len(s)
	for _, c := range [...]byte{'.', 0xe2, '?', '!'} {
		if k := strings.IndexByte(s[from:next], c); k >= 0 {
			next = from + k
		}
	}
	return next
}

// isAbbreviation reports whether the word that ends before a dot is an
// abbreviation or an initial, after which the dot does not end a sentence.
func isAbbreviation(before string) bool {
	i := strings.LastIndexAny(before, " (,;:\n")
	word := before[i+1:]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	if known(abbreviations, word) {
		return true
	}
	// a stack of titles: its first part is a title
	if k := strings.IndexByte(word, '.'); k > 0 && k < len(word)-1 {
		return known(titleCompounds, word[:k])
	}
	return false
}

// known reports whether word, lowered, is in set. ASCII words are lowered
// in a stack buffer, which the map index does not copy; words with other
// letters (NGƯT., SỐ.) take strings.ToLower.
func known(set map[string]bool, word string) bool {
	var buf [16]byte
	if len(word) > len(buf) {
		return set[strings.ToLower(word)]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(word)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(word)])]
}

// sentenceAt returns the sentence that holds text offset pos (the last
// sentence if pos is past the end).
func (d *document) sentenceAt(pos int) span {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].end > pos })
	if i == len(d.sents) {
		if i == 0 {
			return span{}
		}
		i--
	}
	return d.sents[i]
}

// samePara reports whether sentences i and j lie in one paragraph.
func (d *document) samePara(i, j int) bool {
	if i < 0 || j >= len(d.sents) {
		return false
	}
	p := sort.Search(len(d.paras), func(k int) bool { return d.paras[k].end > d.sents[i].start })
	return p < len(d.paras) && d.sents[j].end <= d.paras[p].end
}

func extractTitleAndText(d *document, r *schema.Report) {
	r.Title = d.title
	r.Meeting.Title = d.title
	r.Text = d.text
}

func extractPublished(d *document, r *schema.Report) {
	r.PublishedAt = schema.Text(formatPublished(d.published, d.hasTime))
}

// shortYearRe is a line of a day written with a two-digit year, perhaps
// after a label and with a time: "17/10/21", "17/10/21 08:30", "Cập nhật
// lúc: 15/06/13 2:25 PM".
var shortYearRe = regexp.MustCompile(`(?i)^\s*(?:(?:cập nhật(?: lúc)?|ngày đăng|đăng ngày|ngày)\s*:?\s*)?(\d{1,2})/(\d{1,2})/(\d{2})(?:\s*[-|,]?\s*(\d{1,2})[:h](\d{2})\s*(am|pm)?)?\s*$`)

// shortYearDateLine reads shortYearRe's line as a day of this century.
func shortYearDateLine(line string) (time.Time, bool, bool) {
	if len(line) > 48 {
		return time.Time{}, false, false
	}
	g := shortYearRe.FindStringSubmatch(line)
	if g == nil {
		return time.Time{}, false, false
	}
	day, ok := validDay(2000+atoi(g[3]), atoi(g[2]), atoi(g[1]))
	if !ok {
		return time.Time{}, false, false
	}
	if g[4] == "" {
		return day, false, true
	}
	h, m := atoi(g[4]), atoi(g[5])
	switch strings.ToLower(g[6]) {
	case "pm":
		if h < 12 {
			h += 12
		}
	case "am":
		if h == 12 {
			h = 0
		}
	}
	if h > 23 || m > 59 {
		return day, false, true
	}
	return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute), true, true
}
