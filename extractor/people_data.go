package extractor

import (
	"embed"
	"fmt"
	"maps"
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

// phraseSet matches multi-word phrases on folded word sequences. Every
// word of a phrase has an id among the vocabulary words (token.wordID), and
// the phrases are kept as a trie of ids, so matching at a token follows the
// tokens once however many phrases share their first words ("Phó Chủ tịch
// ...", "Phó Giám đốc ...").
type phraseSet struct {
	byFirst map[string][]phrase // first folded word -> phrases, longest first
	bit     uint8               // marks tokens that may start one of the phrases (token.starts)
	// nodes is the trie; nodes[0] is its root, whose children are found
	// by first word in rootByID.
	nodes    []phraseNode
	rootByID []int32 // first word id -> node, 0 for none
}

type phrase struct {
	words []string
	value int // index into the caller's table
}

// phraseNode is a word sequence that starts one or more phrases.
type phraseNode struct {
	ends  bool // the sequence is a phrase of its own
	value int  // its value, when it ends
	next  []phraseEdge
}

// phraseEdge leads to the node of the sequence one word longer.
type phraseEdge struct {
	id   uint16 // the next word's id
	node int32
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
	node := &s.nodes[s.rootByID[toks[i].wordID]]
	for j := i + 1; ; j++ {
		if node.ends {
			n, v = j-i, node.value
		}
		if len(node.next) == 0 || j >= len(toks) || !toks[j-1].spaceAfter || !toks[j].word {
			return n, v
		}
		child, id := int32(0), toks[j].wordID
		for _, e := range node.next {
			if e.id == id {
				child = e.node
				break
			}
		}
		if child == 0 {
			return n, v
		}
		node = &s.nodes[child]
	}
}

// insert adds the phrase of the given word ids to the trie, unless an equal
// one is there already.
func (s *phraseSet) insert(ids []uint16, value int) {
	if s.nodes == nil {
		s.nodes = []phraseNode{{}} // the root
	}
	node := int32(0)
	for k, id := range ids {
		var child int32
		if k == 0 {
			child = s.rootByID[id]
		} else {
			for _, e := range s.nodes[node].next {
				if e.id == id {
					child = e.node
					break
				}
			}
		}
		if child == 0 {
			s.nodes = append(s.nodes, phraseNode{})
			child = int32(len(s.nodes) - 1)
			if k == 0 {
				s.rootByID[id] = child
			} else {
				s.nodes[node].next = append(s.nodes[node].next, phraseEdge{id: id, node: child})
			}
		}
		node = child
	}
	if n := &s.nodes[node]; !n.ends {
		n.ends, n.value = true, value
	}
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
	surnames       map[string]bool // folded single-syllable surnames
	commonSurnames map[string]bool // the thirty-odd commonest of them (ranked, or "common", in the table)
	honorifics     []honorific     // indexed by the phrase sets below
	abbrevs        map[string]int  // exact abbreviation (no dot) -> honorific index
	honPhrases     *phraseSet      // folded multi-word honorifics (đồng chí, Thượng tướng)
	honLast        map[string]bool // last folded word of every honorific phrase
	heads          *phraseSet      // folded position heads
	headPrefix     map[string]bool // modifiers allowed before a head (phó, nguyên ...)
	stops          *phraseSet      // lower-case words that end an office
	orgPrefixes    *phraseSet      // words that make a following name a place or organisation
	orgPrefixed    map[string]bool // the same, folded, for text read as strings
	orgHeads       *phraseSet      // head nouns of organisations (Học viện, Bộ, Tỉnh ủy ...)
	cues           []roleCue       // indexed by cuePhrases values
	cuePhrases     *phraseSet      // folded cue phrases
	notNames       map[string]bool // folded capitalised words never part of a name
	places         map[string]bool // folded names of provinces and cities, never people
	addrPlaces     map[string]bool // folded "bà rịa", "ông ích": places opened by an address word
	// words and wordIDs number every folded word of the phrase sets and
	// of the one-word sets above (surnames, notNames, headPrefix, honLast),
	// so that a token looks its word up once (token.wordID) and every rule
	// reads the sets it belongs to from words.
	words   []vocabWord // by id; id 0 is no vocabulary word
	wordIDs wordTable   // folded word -> id
	// placeIDs is places for the lookups by name (any id marks a place).
	placeIDs wordTable
	// abbrevIDs is abbrevs for the lookups by token, with 1 + the
	// honorific index as id; abbrevFilter turns most words down before it.
	abbrevIDs    wordTable
	abbrevFilter wordFilter
	// chiID is the id of "chí", whose tokens the tokenizer lists for
	// officeReferences ("đồng chí <office>").
	chiID uint16
}

// vocabWord is what the vocabularies know of one folded word.
type vocabWord struct {
	starts uint8 // starts* bits: the phrase sets with a phrase that opens with the word
	kinds  uint8 // kind* bits: the one-word sets that hold the word
}

// Bits of vocabWord.kinds.
const (
	kindSurname    uint8 = 1 << iota // vocab.surnames
	kindNotName                      // vocab.notNames
	kindHeadPrefix                   // vocab.headPrefix
	kindHonLast                      // vocab.honLast
)

// wordID returns the id of a folded word, 0 when no vocabulary holds it.
func (v *peopleVocab) wordID(w string) uint16 {
	return v.wordIDs.get(w)
}

// isPlace reports whether folded text w names a province or city
// (v.places).
func (v *peopleVocab) isPlace(w string) bool {
	return v.placeIDs.get(w) != 0
}

// is reports whether the word of token t is in the one-word sets of kind.
func (v *peopleVocab) is(t *token, kind uint8) bool {
	return v.words[t.wordID].kinds&kind != 0
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
	if id := v.abbrevIDs.get(w); id > 0 {
		return int(id) - 1, true
	}
	return 0, false
}

// wordTable is a read-only map of words to ids, for the lookups made once
// per token: open addressing over a hash of the word's first eight bytes
// and length, which also settle most comparisons, so a lookup reads a
// Vietnamese syllable (rarely longer than eight bytes) once and calls no
// string comparison, cheaper than a Go map for a few thousand short keys.
type wordTable struct {
	slots []wordSlot
	tails []string // by slot: the bytes of a key after its first eight
	shift uint8    // 64 - log2(len(slots))
	mask  uint64   // len(slots) - 1
}

type wordSlot struct {
	head   uint64 // the key's first eight bytes, little-endian, zero-padded
	n      uint32 // len(key); 0 marks an empty slot
	id     uint16
	starts uint8 // vocab.words[id].starts in vocab.wordIDs, read with the id (0 in an empty slot)
}

// newWordTable copies m into a table with at least spread slots per key
// (2 or more), so a probe for an absent word meets an empty slot within a
// few steps.
func newWordTable(m map[string]uint16, spread int) wordTable {
	size, bits := 16, uint8(4)
	for size < spread*len(m) {
		size, bits = size*2, bits+1
	}
	t := wordTable{slots: make([]wordSlot, size), tails: make([]string, size), shift: 64 - bits}
	mask := uint64(size - 1)
	t.mask = mask
	for w, id := range m {
		if w == "" || len(w) >= 1<<32 {
			continue // never looked up
		}
		head := wordHead(w)
		i := t.slot(head, len(w))
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{head: head, n: uint32(len(w)), id: id}
		if len(w) > 8 {
			t.tails[i] = w[8:]
		}
	}
	return t
}

// wordHead packs the first eight bytes of w into a number, little-endian:
// the bytes are read in at most two loads that the compiler merges, the
// second overlapping the first for words of fewer than eight bytes.
func wordHead(w string) uint64 {
	switch n := len(w); {
	case n >= 8:
		return le32(w) | le32(w[4:])<<32
	case n >= 4:
		return le32(w) | le32(w[n-4:])<<(8*(n-4))
	case n >= 2:
		return le16(w) | le16(w[n-2:])<<(8*(n-2))
	case n == 1:
		return uint64(w[0])
	}
	return 0
}

// headMask keeps the bytes of the head of an n-byte word (0 < n) read
// from the eight bytes at its start: le64(text[start:]) & headMask(n) is
// wordHead(word) in one load, with no branch on the word's length.
func headMask(n int) uint64 {
	return ^uint64(0) >> (64 - 8*min(n, 8))
}

func le64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

func le32(w string) uint64 {
	_ = w[3]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}

func le16(w string) uint64 {
	_ = w[1]
	return uint64(w[0]) | uint64(w[1])<<8
}

// slot is where the probe for a word starts: a multiplicative hash of its
// head and length.
func (t *wordTable) slot(head uint64, n int) uint64 {
	return ((head ^ uint64(n)<<58) * 0x9E3779B97F4A7C15) >> t.shift
}

// get returns the id of w, or 0 when w is not in the table.
func (t *wordTable) get(w string) uint16 {
	if w == "" {
		return 0
	}
	return t.find(wordHead(w), w)
}

// find returns the id of w, a word of head wordHead(w), or 0 (the id of
// an empty slot). It is kept within the inlining budget: the tokenizer
// calls it for every word.
func (t *wordTable) find(head uint64, w string) uint16 {
	return t.findSlot(head, w).id
}

// findSlot is find that returns the slot of w, or an empty one.
func (t *wordTable) findSlot(head uint64, w string) *wordSlot {
	n := uint32(len(w))
	for i := t.slot(head, int(n)); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.head == head && s.n == n && (n <= 8 || t.tails[i] == w[8:]) || s.n == 0 {
			return s
		}
	}
}

// findShort is findSlot for a word of n bytes, at most eight, which its
// head and length settle. The word's slot and an empty one both end the
// probe and are told apart from the others by one branch (min is
// branch-free): a text's words are in the vocabulary or not about as often,
// and findSlot's branch on each case missed its guess on a third of the
// tokenizer's lookups.
func (t *wordTable) findShort(head uint64, n int) *wordSlot {
	for i := t.slot(head, n); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if min((s.head^head)|uint64(s.n^uint32(n)), uint64(s.n)) == 0 {
			return s
		}
	}
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
	v.commonSurnames = map[string]bool{}
	for _, r := range rows {
		// A compound ("Tôn Nữ", "Nguyễn Phúc") is known by its first
		// syllable; its second alone is a given name ("Nữ", "Phúc").
		if w, _, _ := strings.Cut(r[0], " "); w != "" {
			v.surnames[fold(w)] = true
		}
		if len(r) > 1 && r[1] != "" && (isDigitByte(r[1][0]) || strings.HasPrefix(r[1], "common")) {
			v.commonSurnames[fold(r[0])] = true
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
	for form, canon := range map[string]string{"NGUT": "NGƯT", "Th.S": "ThS", "T.S": "TS", "G.S": "GS", "BSCK1": "BSCKI", "BSCK2": "BSCKII", "BS.CKI": "BSCKI", "BS.CKII": "BSCKII", "THS": "ThS", "Ths": "ThS", "PGs": "PGS",
		"Bs": "BS", "Bs.CKI": "BSCKI", "Bs.CKII": "BSCKII", "T.s": "TS", "Ts": "TS"} {
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
	v.orgPrefixed = make(map[string]bool, len(rows))
	for _, r := range rows {
		v.orgPrefixes.add(r[0], 0)
		v.orgPrefixed[fold(r[0])] = true
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
	// Capitalised words that start sentences or offices but never names.
	for _, w := range []string{"ông", "bà", "chủ", "phó", "bộ", "sở", "ban", "cục", "vụ", "viện",
		"hội", "đảng", "trường", "khoa", "phòng", "công", "tỉnh", "thành", "huyện", "quận", "xã", "trung",
		"ủy", "ủy ban", "đại", "tại", "theo", "trong", "sáng", "chiều", "tối", "trưa", "ngày",
		"thứ", "bí", "giám", "tổng", "thủ", "ngài", "nhà", "các", "về", "dự", "cùng", "tham", "kết",
		"phát", "báo", "trình", "thay", "hiệu", "chánh", "thống", "tư", "chỉ", "uỷ", "việt", "nam"} {
		v.notNames[w] = true
	}
	for w := range v.abbrevs {
		v.abbrevFilter.add(w)
	}
	placeIDs := map[string]uint16{}
	for w := range v.places {
		placeIDs[w] = 1
	}
	v.placeIDs = newWordTable(placeIDs, 2)
	abbrevIDs := map[string]uint16{}
	for w, h := range v.abbrevs {
		if h+1 >= 1<<16 {
			return nil, fmt.Errorf("people data: %d honorifics overflow their ids", h+1)
		}
		abbrevIDs[w] = uint16(h + 1)
	}
	v.abbrevIDs = newWordTable(abbrevIDs, 2)
	if err := v.numberWords(); err != nil {
		return nil, err
	}
	if v.chiID = v.wordID("chí"); v.chiID == 0 {
		return nil, fmt.Errorf("people data: no vocabulary holds \"chí\"")
	}
	return v, nil
}

// numberWords gives an id to every word of the phrase sets, of the
// one-word sets and of the agenda's word sets, fills v.words and indexes
// the phrase sets by first word.
func (v *peopleVocab) numberWords() error {
	ids := map[string]uint16{}
	v.words = []vocabWord{{}} // id 0: no vocabulary word
	number := func(w string) (uint16, error) {
		if id, ok := ids[w]; ok {
			return id, nil
		}
		// tokenize looks up the words that open with a letter or a digit
		// only, whole: a word with a space or a leading mark would never
		// be found.
		r, _ := utf8.DecodeRuneInString(w)
		if classOf(r)&(runeLetter|runeDigit) == 0 || strings.ContainsAny(w, " \u00a0") {
			return 0, fmt.Errorf("people data: %q cannot be a token", w)
		}
		if len(v.words) == 1<<16 {
			return 0, fmt.Errorf("people data: %d vocabulary words overflow their ids", len(v.words))
		}
		v.words = append(v.words, vocabWord{})
		ids[w] = uint16(len(v.words) - 1)
		return ids[w], nil
	}
	sets := []*phraseSet{v.honPhrases, v.heads, v.stops, v.orgPrefixes, v.cuePhrases, v.orgHeads}
	for _, s := range sets {
		// Sorted, so that ids do not depend on map order.
		for _, first := range slices.Sorted(maps.Keys(s.byFirst)) {
			for _, p := range s.byFirst[first] {
				for _, w := range p.words {
					if _, err := number(w); err != nil {
						return err
					}
				}
			}
			v.words[ids[first]].starts |= s.bit
		}
	}
	for _, one := range []struct {
		kind uint8
		set  map[string]bool
	}{{kindSurname, v.surnames}, {kindNotName, v.notNames}, {kindHeadPrefix, v.headPrefix}, {kindHonLast, v.honLast}} {
		for _, w := range slices.Sorted(maps.Keys(one.set)) {
			if strings.Contains(w, " ") {
				continue // "ủy ban": no token holds two words
			}
			id, err := number(w)
			if err != nil {
				return err
			}
			v.words[id].kinds |= one.kind
		}
	}
	// The words the agenda's scans test on every token (agendaWordSet),
	// numbered last: the people's words keep their ids, and the agenda's
	// get no kinds and start no phrase.
	for _, w := range agendaVocabWords() {
		if _, err := number(w); err != nil {
			return err
		}
	}
	// The tokenizer looks every word up here, and about half are absent:
	// with eight slots per key, one in eight of those first lands on a
	// taken slot (a branch it cannot guess), where three in ten did with
	// two (614 words in 2048 slots). The table is 128 KB, but a text's
	// words are few and repeated, so the slots read stay in the cache.
	v.wordIDs = newWordTable(ids, 8)
	for i := range v.wordIDs.slots {
		v.wordIDs.slots[i].starts = v.words[v.wordIDs.slots[i].id].starts
	}
	for _, s := range sets {
		s.rootByID = make([]int32, len(v.words))
		for _, first := range slices.Sorted(maps.Keys(s.byFirst)) {
			for _, p := range s.byFirst[first] {
				pids := make([]uint16, len(p.words))
				for k, w := range p.words {
					pids[k] = ids[w]
				}
				s.insert(pids, p.value)
			}
		}
	}
	return nil
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
