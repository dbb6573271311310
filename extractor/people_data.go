package extractor

import (
	"embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The vocabularies of the people and agenda extractors live in
// data/people/*.tsv (UTF-8, NFC, tab-separated, one header line, "#"
// comments) so that linguists can extend them without touching code.
//
//go:embed data/people/*.tsv
var peopleFiles embed.FS

// phraseSet matches multi-word phrases on folded word sequences. Lookups
// go through the first word, so matching at a token costs one map access.
type phraseSet struct {
	byFirst map[string][]phrase // first folded word -> phrases, longest first
	bit     uint8               // marks tokens that may start one of the phrases (token.starts)
	// byID is byFirst indexed by the first word's id (token.firstID), so
	// matching at a token needs no hashing.
	byID [][]phrase
}

type phrase struct {
	words []string
	value int // index into the caller's table
}

func newPhraseSet(bit uint8) *phraseSet {
	return &phraseSet{byFirst: map[string][]phrase{}, bit: bit}
}

// Bits of token.starts: which vocabularies have a phrase that starts with
// the token's word, read once per token so that most lookups skip the maps.
const (
	startsHonorific uint8 = 1 << iota
	startsHead
	startsStop
	startsOrg
	startsCue
	startsOrgHead
)

func (s *phraseSet) add(text string, v int) {
	words := strings.Fields(fold(text))
	if len(words) == 0 {
		return
	}
	list := s.byFirst[words[0]]
	for _, p := range list {
		if slices.Equal(p.words, words) {
			return
		}
	}
	list = append(list, phrase{words: words, value: v})
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	s.byFirst[words[0]] = list
}

// matchAt returns the length in tokens and the value of the longest phrase
// that starts at toks[i]; its words must be linked by single spaces. It does
// not allocate.
func (s *phraseSet) matchAt(toks []token, i int) (n, v int) {
	if i < 0 || i >= len(toks) || !toks[i].word || toks[i].starts&s.bit == 0 {
		return 0, 0
	}
	for _, p := range s.byID[toks[i].firstID] {
		ok := true
		for k := 1; k < len(p.words); k++ {
			j := i + k
			if j >= len(toks) || !toks[j-1].spaceAfter || !toks[j].word || toks[j].fold != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return len(p.words), p.value
		}
	}
	return 0, 0
}

// honorific is one row of honorifics.tsv.
type honorific struct {
	canonical []string // "PGS.TS" -> ["PGS", "TS"]
	abbrev    bool     // written in capitals (TS, ThS): matched case-exactly
}

// roleCue is one row of role_cues.tsv.
type roleCue struct {
	phrase string
	role   string // chair, attendee, speaker, presenter
	agenda string // agenda kind the cue opens, "" for none
	strong bool
}

// peopleVocab holds every vocabulary the people and agenda extractors use.
type peopleVocab struct {
	surnames    map[string]bool          // folded single-syllable surnames
	honorifics  []honorific              // indexed by the phrase sets below
	abbrevs     map[string]int           // exact abbreviation (no dot) -> honorific index
	honPhrases  *phraseSet               // folded multi-word honorifics (đồng chí, Thượng tướng)
	honLast     map[string]bool          // last folded word of every honorific phrase
	heads       *phraseSet               // folded position heads
	headPrefix  map[string]bool          // modifiers allowed before a head (phó, nguyên ...)
	stops       *phraseSet               // lower-case words that end an office
	orgPrefixes *phraseSet               // words that make a following name a place or organisation
	orgHeads    *phraseSet               // head nouns of organisations (Học viện, Bộ, Tỉnh ủy ...)
	cues        []roleCue                // indexed by cuePhrases values
	cuePhrases  *phraseSet               // folded cue phrases
	notNames    map[string]bool          // folded capitalised words never part of a name
	places      map[string]bool          // folded names of provinces and cities, never people
	addrPlaces  map[string]bool          // folded "bà rịa", "ông ích": places opened by an address word
	firstWord   map[string]firstWordInfo // folded word -> starts* bits and id
	firstWords  wordTable[firstWordInfo] // firstWord for lookups by token, built once loaded
	// Filters that turn most words down before these maps hash them.
	firstWordFilter, abbrevFilter, honLastFilter wordFilter
}

// wordFilter is a necessary condition for a word to be in a set: its
// first two bytes (the first and 0 for a one-byte word) and a bound on its
// length. Most words of a text fail it, which is cheaper than a map miss.
type wordFilter struct {
	pairs  [256][4]uint64
	maxLen int
}

func (f *wordFilter) add(w string) {
	if w == "" {
		return
	}
	second := byte(0)
	if len(w) >= 2 {
		second = w[1]
	}
	f.pairs[w[0]][second>>6] |= 1 << (second & 63)
	f.maxLen = max(f.maxLen, len(w))
}

// may reports whether w can be in the set.
func (f *wordFilter) may(w string) bool {
	if w == "" || len(w) > f.maxLen {
		return false
	}
	second := byte(0)
	if len(w) >= 2 {
		second = w[1]
	}
	return f.pairs[w[0]][second>>6]&(1<<(second&63)) != 0
}

// abbrev looks up an abbreviation written exactly as w.
func (v *peopleVocab) abbrev(w string) (int, bool) {
	if !v.abbrevFilter.may(w) {
		return 0, false
	}
	h, ok := v.abbrevs[w]
	return h, ok
}

// endsHonorific reports whether folded word w is the last word of a
// spelled-out honorific.
func (v *peopleVocab) endsHonorific(w string) bool {
	return v.honLastFilter.may(w) && v.honLast[w]
}

// firstWordInfo is what the vocabularies know of a word that starts
// phrases: which sets have one (starts* bits) and its index into
// phraseSet.byID (0 for none).
type firstWordInfo struct {
	bits uint8
	id   uint16
}

// firstWordBits returns the starts* bits and id of a folded word.
func (v *peopleVocab) firstWordBits(w string) firstWordInfo {
	if !v.firstWordFilter.may(w) {
		return firstWordInfo{}
	}
	return v.firstWords.get(w)
}

// wordTable is a read-only set of words with a value each, for the lookups
// made once per token: open addressing over an FNV-1a hash of the word,
// cheaper than a Go map for a few hundred short keys.
type wordTable[V any] struct {
	keys []string // "" marks an empty slot
	vals []V
	mask uint32
}

// newWordTable copies m into a table at most a quarter full, so a probe
// for an absent word meets an empty slot within a few steps.
func newWordTable[V any](m map[string]V) wordTable[V] {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := wordTable[V]{keys: make([]string, size), vals: make([]V, size), mask: uint32(size - 1)}
	for w, v := range m {
		i := wordHash(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

// get returns the value of w, or the zero value when w is not in the table.
func (t *wordTable[V]) get(w string) V {
	for i := wordHash(w) & t.mask; t.keys[i] != ""; i = (i + 1) & t.mask {
		if t.keys[i] == w {
			return t.vals[i]
		}
	}
	var zero V
	return zero
}

// wordHash is FNV-1a over the bytes of w.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// vocab is loaded once; the files are embedded, so a failure is a build
// defect and panics at start-up rather than on some input.
var vocab = mustLoadPeopleVocab()

func mustLoadPeopleVocab() *peopleVocab {
	v, err := loadPeopleVocab()
	if err != nil {
		panic(err)
	}
	return v
}

func loadPeopleVocab() (*peopleVocab, error) {
	v := &peopleVocab{
		surnames:    map[string]bool{},
		abbrevs:     map[string]int{},
		honPhrases:  newPhraseSet(startsHonorific),
		honLast:     map[string]bool{},
		heads:       newPhraseSet(startsHead),
		orgHeads:    newPhraseSet(startsOrgHead),
		headPrefix:  map[string]bool{"phó": true, "nguyên": true, "quyền": true, "tân": true, "cố": true},
		stops:       newPhraseSet(startsStop),
		orgPrefixes: newPhraseSet(startsOrg),
		cuePhrases:  newPhraseSet(startsCue),
		notNames:    map[string]bool{},
		places:      map[string]bool{},
		addrPlaces:  map[string]bool{},
	}
	rows, err := readTSV("surnames.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		for _, w := range strings.Fields(r[0]) {
			v.surnames[fold(w)] = true
		}
	}
	if rows, err = readTSV("honorifics.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r) < 3 || skipHonorificCategory(r[0], r[2]) {
			continue
		}
		form := strings.TrimSuffix(r[0], ".")
		h := honorific{abbrev: isAbbrev(form)}
		for _, c := range strings.Split(r[1], ",") {
			if c = strings.TrimSpace(c); c != "" {
				h.canonical = append(h.canonical, c)
			}
		}
		v.honorifics = append(v.honorifics, h)
		idx := len(v.honorifics) - 1
		if h.abbrev {
			if !strings.ContainsAny(form, ". ") {
				v.abbrevs[form] = idx
			}
			continue
		}
		v.honPhrases.add(form, idx)
		words := strings.Fields(fold(form))
		v.honLast[words[len(words)-1]] = true
	}
	// Spelling variants seen in real text that the table lists only in notes.
	for form, canon := range map[string]string{"NGUT": "NGƯT", "Th.S": "ThS", "T.S": "TS", "G.S": "GS", "BSCK1": "BSCKI", "BSCK2": "BSCKII", "BS.CKI": "BSCKI", "BS.CKII": "BSCKII", "THS": "ThS", "Ths": "ThS", "PGs": "PGS"} {
		v.honorifics = append(v.honorifics, honorific{canonical: []string{canon}, abbrev: true})
		v.abbrevs[form] = len(v.honorifics) - 1
	}
	v.honorifics = append(v.honorifics, honorific{canonical: []string{"đồng chí"}})
	v.honPhrases.add("đ/c", len(v.honorifics)-1)
	v.honLast["đ/c"] = true

	if rows, err = readTSV("position_heads.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if v.headPrefix[fold(r[0])] || isModifierRow(r[0]) {
			continue
		}
		v.heads.add(r[0], 0)
	}
	if rows, err = readTSV("stop_words.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		v.stops.add(r[0], 0)
	}
	if rows, err = readTSV("org_prefixes.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		v.orgPrefixes.add(r[0], 0)
	}
	if rows, err = readTSV("places.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		v.places[fold(r[0])] = true
		if len(r) > 1 && strings.HasPrefix(r[1], "prefix") {
			v.addrPlaces[fold(r[0])] = true
		}
	}
	if rows, err = readTSV("org_heads.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		v.orgHeads.add(r[0], 0)
	}
	if rows, err = readTSV("role_cues.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r) < 4 {
			return nil, fmt.Errorf("people data: role_cues.tsv: short row %q", r)
		}
		c := roleCue{phrase: r[0], role: r[1], strong: r[3] == "strong"}
		if r[2] != "-" {
			c.agenda = r[2]
		}
		v.cues = append(v.cues, c)
		v.cuePhrases.add(r[0], len(v.cues)-1)
	}
	v.firstWord = map[string]firstWordInfo{}
	sets := []*phraseSet{v.honPhrases, v.heads, v.stops, v.orgPrefixes, v.cuePhrases, v.orgHeads}
	var words []string // by id; id 0 is no word
	for _, s := range sets {
		for w := range s.byFirst {
			fw, ok := v.firstWord[w]
			if !ok {
				words = append(words, w)
				fw.id = uint16(len(words))
			}
			fw.bits |= s.bit
			v.firstWord[w] = fw
			v.firstWordFilter.add(w)
		}
	}
	v.firstWords = newWordTable(v.firstWord)
	for w := range v.abbrevs {
		v.abbrevFilter.add(w)
	}
	for w := range v.honLast {
		v.honLastFilter.add(w)
	}
	if len(words) >= 1<<16 {
		return nil, fmt.Errorf("people data: %d phrase-starting words overflow their ids", len(words))
	}
	for _, s := range sets {
		s.byID = make([][]phrase, len(words)+1)
		for w, list := range s.byFirst {
			s.byID[v.firstWord[w].id] = list
		}
	}
	// Capitalised words that start sentences or offices but never names.
	for _, w := range []string{"ông", "bà", "chủ", "phó", "bộ", "sở", "ban", "cục", "vụ", "viện",
		"hội", "đảng", "trường", "khoa", "phòng", "công", "tỉnh", "thành", "huyện", "quận", "xã", "trung",
		"ủy", "ủy ban", "đại", "tại", "theo", "trong", "sáng", "chiều", "tối", "trưa", "ngày",
		"thứ", "bí", "giám", "tổng", "thủ", "ngài", "nhà", "các", "về", "dự", "cùng", "tham", "kết",
		"phát", "báo", "trình", "thay", "hiệu", "chánh", "thống", "tư", "chỉ", "uỷ", "việt", "nam"} {
		v.notNames[w] = true
	}
	return v, nil
}

// skipHonorificCategory drops rows that describe a person rather than
// prefix a name (war invalid, emulation fighter) and address words that are
// common words too (anh, chị, cô, em, bác).
func skipHonorificCategory(form, category string) bool {
	switch fold(form) {
	case "anh", "chị", "cô", "thầy", "em", "cụ", "bác", "phu nhân", "thương binh", "liệt sĩ",
		"chiến sĩ thi đua toàn quốc", "chức sắc", "thượng tá công an", "đại tá công an":
		return true
	}
	return category == "honour" && strings.Contains(form, " ")
}

// isModifierRow reports position_heads.tsv rows that are modifiers, not
// offices.
func isModifierRow(head string) bool {
	switch fold(head) {
	case "kiêm", "phụ trách", "thường trực", "đảng viên", "người có uy tín", "học viên", "sinh viên":
		return true
	}
	return false
}

// isAbbrev reports whether a form is an abbreviation written in capitals
// (GS, ThS, NGƯT, HT), as opposed to a spelled-out word.
func isAbbrev(form string) bool {
	if strings.ContainsRune(form, ' ') || form == "" {
		return false
	}
	upper := 0
	for _, r := range form {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2 || (upper == 1 && utf8.RuneCountInString(form) <= 2 && form != "Ông")
}

// readTSV returns the data rows of one embedded file: header and comment
// lines skipped, fields trimmed.
func readTSV(name string) ([][]string, error) {
	b, err := peopleFiles.ReadFile("data/people/" + name)
	if err != nil {
		return nil, fmt.Errorf("people data: %w", err)
	}
	var rows [][]string
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if i == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		if f[0] == "" {
			continue
		}
		rows = append(rows, f)
	}
	return rows, nil
}
