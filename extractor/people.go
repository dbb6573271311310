package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/meetx/meetx/schema"
)

// mention is one place where a person is named, with what surrounds the
// name: honorifics and offices before it, offices after it.
type mention struct {
	nameStart, nameEnd int // tokens of the name, [start, end)
	prefixStart        int // first token of the honorifics and office before the name
	suffixEnd          int // first token after the offices written after the name
	name               string
	honorifics         []string
	positions          []positionSpan
	short              bool // a given-name reference ("ông Kiên", "đồng chí Thu Hà")
	genitive           bool // "của X": named, not acting
	speechGenitive     bool // "diễn văn của X": the genitive names a speaker
	chairGenitive      bool // "dưới sự chủ trì của X": the genitive names the chair
	chairNoted         bool // "X – Chủ trì Hội nghị – Chủ tịch ...": the chair's part written among the offices
	requestGenitive    bool // "yêu cầu của X, ..., tại phiên họp": X spoke there (roles only, no agenda item)
	sharedOffice       bool // "các Phó Thủ tướng A, B": the office before applies to the list
	weak               bool // too little context to stand alone as a new person
	listOpen           int  // 1 + the token of "các" opening the colon list the mention is in, or 0
	person             int  // index into the analysis' people
}

// positionSpan is one office as written, with its head length in tokens.
type positionSpan struct {
	start, end int // tokens [start, end)
	head       int // tokens of the office head
}

// personAcc accumulates one person over all mentions.
type personAcc struct {
	name       string
	key        string
	nameToks   []token // the tokens of the name as first written, for given-name references
	honorifics []string
	positions  []schema.Position
	mentions   []schema.Evidence
	// roles is nil until setRole: many people get none. It is one of the
	// shared, read-only roleSets, so that giving a role allocates nothing;
	// roleMask holds the same roles as bits, for the tests made here.
	roles      map[string]bool
	roleMask   uint8
	ownRoles   bool // roles is a map of this person's own (a role outside roleNames)
	weakSpeech bool
	directs    bool // "X đề nghị / yêu cầu ...": instructions given at the meeting are speech, whatever else X did
	acting     bool // named at least once other than in a genitive
	first      int  // token index of the first mention
}

// setRole records a role. A person's roles are one of few sets, shared
// by all people rather than a map made for each.
func (p *personAcc) setRole(role string) {
	if p.roles[role] {
		return
	}
	i := roleIndex(role)
	if i >= 0 {
		p.roleMask |= 1 << i
		if !p.ownRoles {
			p.roles = roleSets[p.roleMask]
			return
		}
	}
	own := make(map[string]bool, len(p.roles)+1)
	for r := range p.roles {
		own[r] = true
	}
	own[role] = true
	p.roles, p.ownRoles = own, true
}

// roleNames are the roles that setRole gives from roleSets, by bit of
// personAcc.roleMask.
var roleNames = [...]string{schema.RoleChair, schema.RoleSpeaker, schema.RolePresenter, schema.RoleAttendee}

// Bits of personAcc.roleMask.
const (
	roleChairBit uint8 = 1 << iota
	roleSpeakerBit
	rolePresenterBit
)

// strongRoles are the roles that make a meeting of an article.
const strongRoles = roleChairBit | roleSpeakerBit | rolePresenterBit

// roleSets holds, for every set of roleNames by bits, a read-only map of
// those roles.
var roleSets = func() (t [1 << len(roleNames)]map[string]bool) {
	for mask := range t {
		m := map[string]bool{}
		for i, r := range roleNames {
			if mask&(1<<i) != 0 {
				m[r] = true
			}
		}
		t[mask] = m
	}
	return t
}()

// roleIndex returns the bit number of role in roleNames, or -1.
func roleIndex(role string) int {
	for i, r := range roleNames {
		if r == role {
			return i
		}
	}
	return -1
}

// peopleAnalysis is what the people extractor finds; the agenda extractor
// reuses it to resolve presenters.
type peopleAnalysis struct {
	toks     []token
	mentions []mention // in document order
	people   []*personAcc
	// mentionStarts marks the first token of every mention, by token
	// (read it with startsMention).
	mentionStarts []bool
	// bySent lists the mentions of each sentence, by sentence (agenda
	// only; read it with sentMentions).
	bySent [][]int
	// sentStart is the first token of each sentence.
	sentStart []int
	// cueSents caches whether a sentence holds a role cue.
	cueSents map[int]bool
	// claimed is the first token after the offices written after the
	// latest name: an office before the next name may not start before it.
	claimed int
	// lastName is the first token after the latest name: an office before
	// the next name never reaches back over it.
	lastName int
	// present is set when someone is said to attend ("Cùng dự ... có A")
	// or to hold an event ("A có buổi làm việc với ..."): the page reports
	// a meeting even if its type was not recognised.
	present bool
	// refs are "đồng chí <office>" references to a person named elsewhere
	// (officeReferences), read for roles only.
	refs []mention
	// evidence is the block that position takes its evidence from.
	evidence []schema.Evidence
	// spans is the block that newSpans takes the mentions' offices from.
	spans []positionSpan
	// marked lists the capitalised tokens and those of "chí", in order
	// (tokenizeMarked).
	marked []int32
	// sentFlags is what assignRoles reads of the sentence of each mention.
	sentFlags []sentenceFlags
	// accs holds the persons that people points to, and byKey indexes
	// them by folded name (mergeMentions).
	accs  []personAcc
	byKey map[string]int
}

// newSpans returns an empty list of offices with room for n, taken from a
// block shared by the mentions of the page rather than allocated alone.
// Its capacity is n: an append beyond it copies the list, never writing
// over another mention's.
func (a *peopleAnalysis) newSpans(n int) []positionSpan {
	if cap(a.spans)-len(a.spans) < n {
		a.spans = make([]positionSpan, 0, max(n, 32))
	}
	k := len(a.spans)
	a.spans = a.spans[:k+n]
	return a.spans[k : k : k+n]
}

// newEvidence returns a pointer to a copy of e. The copies are allocated
// in blocks, one per office of a page, not one by one.
func (a *peopleAnalysis) newEvidence(e schema.Evidence) *schema.Evidence {
	if len(a.evidence) == cap(a.evidence) {
		a.evidence = make([]schema.Evidence, 0, 8)
	}
	a.evidence = append(a.evidence, e)
	return &a.evidence[len(a.evidence)-1]
}

// extractPeople lists every person named in the article, with honorifics,
// offices and roles, then adds the byline people from r.Credits.
func extractPeople(d *document, r *schema.Report) {
	a := d.peopleAnalysis()
	meeting := (r.Meeting.Type != "" || a.hasStrongRole() || a.present) && !isInterview(d) &&
		!(r.Meeting.Type == "" && d.isInterview(d.titleFolded())) // a question-and-answer page: everyone is mentioned
	// byKey holds indices, not pointers: appending to r.People may move it.
	byKey := map[string]int{}
	// The bylines are read first (they touch only r.Credits) so r.People
	// is sized once; an empty list stays nil, as before. blocks holds the
	// authors signed in a heading block, by folded name, with their titles.
	blocks := addPageBylines(d, a, r)
	if r.People == nil && len(a.people) > 0 {
		r.People = make([]schema.Person, 0, len(a.people)+len(r.Credits.Author)+len(r.Credits.Photographer))
	}
	won := a.wonOffices(d)
	for i, p := range a.people {
		positions := keepLongestPositions(d, p.positions)
		if len(won) > 0 {
			positions = withoutWonOffices(positions, won[i])
		}
		sp := schema.Person{
			Name:       p.name,
			Honorifics: withoutSpelledTwins(append([]string{}, p.honorifics...)),
			Positions:  positions,
			Roles:      p.finalRoles(meeting),
			Mentions:   p.mentions,
		}
		r.People = append(r.People, sp)
		byKey[p.key] = len(r.People) - 1
	}
	addCredit := func(name, role string) {
		k := fold(name)
		if i, ok := byKey[k]; ok {
			p := &r.People[i]
			// A byline name found in the text as well ("Hà Minh Châu
			// (Phòng Quản lý khoa học)") is the writer, not a participant,
			// unless the text gives them an office or a part.
			if _, block := blocks[k]; len(p.Positions) == 0 && (len(p.Honorifics) == 0 || block) && onlyPresence(p.Roles) {
				p.Roles = []string{}
			}
			p.Roles = appendRole(p.Roles, role)
			return
		}
		r.People = append(r.People, schema.Person{Name: name, Honorifics: append([]string{}, blocks[k]...), Positions: []schema.Position{}, Roles: []string{role}})
		byKey[k] = len(r.People) - 1
	}
	for _, n := range r.Credits.Author {
		addCredit(n, schema.RoleAuthor)
	}
	for _, n := range r.Credits.Photographer {
		addCredit(n, schema.RolePhotographer)
	}
}

func appendRole(roles []string, role string) []string {
	for _, r := range roles {
		if r == role {
			return roles
		}
	}
	return append(roles, role)
}

// hasStrongRole reports whether anyone chaired, spoke or presented: the
// article reports a meeting even if its type was not recognised.
func (a *peopleAnalysis) hasStrongRole() bool {
	for _, p := range a.people {
		if p.roleMask&strongRoles != 0 {
			return true
		}
	}
	return false
}

// finalRoles orders and completes a person's roles: anyone who acts at the
// meeting attends it; weak speech verbs (cho biết, nhấn mạnh) make a
// speaker of anyone but a presenter, whose report they describe ("Báo cáo
// tại hội nghị, bà X cho biết"); a chair who stresses a point spoke; people
// only cited are "mentioned".
func (p *personAcc) finalRoles(meeting bool) []string {
	if !meeting {
		return []string{schema.RoleMentioned}
	}
	strong := p.roleMask&strongRoles != 0
	if !p.acting && !strong {
		return []string{schema.RoleMentioned}
	}
	roles := make([]string, 0, 4) // room for every role appended below
	if p.roleMask&roleChairBit != 0 {
		roles = append(roles, schema.RoleChair)
	}
	roles = append(roles, schema.RoleAttendee)
	if p.roleMask&roleSpeakerBit != 0 || (p.weakSpeech && p.roleMask&rolePresenterBit == 0) || p.directs {
		roles = append(roles, schema.RoleSpeaker)
	}
	if p.roleMask&rolePresenterBit != 0 {
		roles = append(roles, schema.RolePresenter)
	}
	return roles
}

// keepLongestPositions drops an office that is a shorter form of another
// one of the same person ("Phó Thủ tướng" beside "Phó Thủ tướng Thường trực
// Chính phủ") and exact repeats.
func keepLongestPositions(d *document, ps []schema.Position) []schema.Position {
	out := make([]schema.Position, 0, len(ps))
	keys := make([]string, len(ps))
	for i, p := range ps {
		if e := p.Evidence; e != nil && e.End-e.Start == len(p.Text) && e.End <= len(d.folded) {
			keys[i] = d.folded[e.Start:e.End] // fold keeps byte offsets
		} else {
			keys[i] = fold(p.Text)
		}
	}
	if len(ps) > 64 {
		// Pathological input: keep each written form once, no prefix check.
		seen := map[string]bool{}
		for i, p := range ps {
			if !seen[keys[i]] {
				seen[keys[i]] = true
				out = append(out, p)
			}
		}
		return out
	}
	// spelledOut reports whether office short, which holds an acronym
	// ("Phó Chủ tịch Hội NDVN"), is long with the acronym spelled out
	// ("Phó Chủ tịch Hội Nông dân Việt Nam"): Vietnamese acronyms take the
	// first letter of every syllable, so both give the same initials. Each
	// office's acronym test and initials are read once for all pairs.
	spellings := make([]spelling, len(ps))
	spelledOut := func(short, long int) bool {
		s := spellings[short].of(ps[short].Text)
		if !s.acronym {
			return false
		}
		a, b := s.initialsOf(ps[short].Text), spellings[long].initialsOf(ps[long].Text)
		return len(a) >= 5 && a == b
	}
	for i, p := range ps {
		drop := false
		for j := range ps {
			if i == j {
				continue
			}
			longer := len(keys[j]) > len(keys[i]) && strings.HasPrefix(keys[j], keys[i]) &&
				(keys[j][len(keys[i])] == ' ' || keys[j][len(keys[i])] == ',') // "..., Trường X" beside "..., Trường X, Đại học Y"
			if !longer && len(ps[j].Text) > len(ps[i].Text) && spelledOut(i, j) {
				longer = true // "Hội NDVN" beside "Hội Nông dân Việt Nam": keep the spelled-out form
			}
			if longer || (keys[j] == keys[i] && j < i) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, p)
		}
	}
	return out
}

// peopleAnalysis returns the people found in the document, analysing it on
// first use.
func (d *document) peopleAnalysis() *peopleAnalysis {
	if d.people == nil {
		d.people = analyzePeople(d)
	}
	return d.people
}

// release recycles the people analysis once the report is built: nothing in
// the report refers to its tokens.
func (d *document) release() {
	if d.people != nil {
		d.people.recycle()
		d.people = nil
	}
}

// spelledTitles maps the spelled-out academic titles (folded) to their
// abbreviations.
var spelledTitles = map[string]string{
	"giáo sư": "GS", "phó giáo sư": "PGS", "tiến sĩ": "TS", "tiến sỹ": "TS", "thạc sĩ": "ThS", "thạc sỹ": "ThS",
	"tiến sĩ khoa học": "TSKH", "tiến sỹ khoa học": "TSKH", "bác sĩ": "BS", "bác sỹ": "BS",
}

// withoutSpelledTwins drops a spelled-out title from hons when its
// abbreviation is there too: a person written "GS.TS X" once and "Giáo
// sư X" later holds one title, not two.
func withoutSpelledTwins(hons []string) []string {
	if len(hons) < 2 {
		return hons
	}
	out := hons[:0]
	for _, h := range hons {
		if abbr, ok := spelledTitles[fold(h)]; ok && slices.Contains(hons, abbr) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// analyzePeople finds the mentions of people in the article and merges
// them into persons.
func analyzePeople(d *document) *peopleAnalysis {
	a := newPeopleAnalysis()
	a.toks, a.sentStart, a.marked = tokenizeMarkedInto(d, a.sentStart, a.marked)
	toks := a.toks
	// About one mention in fifty tokens on the corpus: sized once, the
	// list rarely grows.
	a.mentions = emptyWithRoom(a.mentions, len(toks)/48+2)
	covered := 0                         // tokens up to here belong to a mention and its offices, or to the latest name
	foreignRuns := make([][2]int, 0, 16) // capitalised runs that were not read as names
	// A name starts with a capitalised syllable: only the marked tokens
	// are visited.
	for _, mi := range a.marked {
		i := int(mi)
		if i < covered || !toks[i].syllable {
			continue
		}
		if k := d.paras[toks[i].para].kind; k == paraByline || k == paraDateline {
			continue
		}
		if i > 0 && toks[i-1].spaceAfter && isNameSyllable(&toks[i-1]) {
			continue // inside a run already handled
		}
		end := i
		for end < len(toks) && isNameSyllable(&toks[end]) && (end == i || toks[end-1].spaceAfter) {
			end++
			if middleInitialAt(toks, i, end) {
				end += 2 // "Marc E. Knapper": a Western middle initial and its dot
			}
		}
		if (end-i == 2 || end-i == 3) && lowerCaseMiddleSyllable(toks, i, end) {
			end += 2 // "Tôn Nữ hồng Châu": a typo, not two people
		}
		if e := foreignParticlesAt(toks, i, end); e > end {
			end, covered = e, e // the words after the particles are this run's, read or not
		}
		if end == i+1 && lowerCaseHoChiMinh(toks, i) {
			end = i + 3 // "Chủ tịch Hồ chí Minh", written with a lower-case middle syllable
		}
		if m, ok := a.nameIn(d, i, end); !ok {
			if end-i >= 2 && end-i <= 4 {
				foreignRuns = append(foreignRuns, [2]int{i, end})
			}
		} else {
			a.mentions = append(a.mentions, m)
			covered = max(m.suffixEnd, m.nameEnd)
			if m.suffixEnd > m.nameEnd {
				a.claimed = m.suffixEnd
			}
			if !m.short || m.prefixStart < m.nameStart && andOfficeAt(toks, m.nameEnd) {
				// A given-name reference may yet be a word of an office;
				// two syllables between an office and "và <office>" are
				// a person's ("Tổng Bí thư Tô Lâm và Tổng thống X Y": Y's
				// office starts after them).
				a.lastName = m.nameEnd
			}
		}
	}
	a.addForeignNames(d, foreignRuns)
	a.signatureOffices(d)
	a.mergeMentions(d)
	a.officeReferences(d)
	a.applyLists(d)
	a.assignRoles(d)
	return a
}

// middleInitialAt reports a Western middle initial closing the run
// toks[i:end]: one capital letter after a foreign syllable, glued to its
// dot, then a space and a capitalised word ("Marc E. Knapper", "Derek J.
// Whitman"). The run then goes on after the dot.
func middleInitialAt(toks []token, i, end int) bool {
	if end-i < 2 || end+1 >= len(toks) {
		return false
	}
	t := &toks[end-1]
	if len(t.text) != 1 || t.text[0] < 'A' || t.text[0] > 'Z' || t.spaceAfter || toks[end].text != "." || !toks[end].spaceAfter || !toks[end+1].capital {
		return false
	}
	for k := i; k < end-1; k++ {
		if foreignSyllable(toks[k].fold) {
			return true
		}
	}
	return foreignSyllable(toks[end+1].fold)
}

// syllablesIn counts the words of a name run toks[s:e], the dots of its
// middle initials aside ("Marc E. Knapper": three).
func syllablesIn(toks []token, s, e int) int {
	n := e - s
	for k := s; k < e; k++ {
		if toks[k].text == "." {
			n--
		}
	}
	return n
}

// andOfficeAt reports "và" and an office's head at token k.
func andOfficeAt(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].fold == "và" && toks[k+1].capital && headAt(toks, k+1) > 0
}

// penName reports the folded pen name of a leader, the words a and b, that
// the rules for names would read as something else: "Trường" opens a
// school's name.
func penName(a, b string) bool {
	return foldPairIs(a, b, "trường chinh")
}

// cityName reports the folded name of a centrally governed city, the words
// a and b, which ends organisations' names and is never a person's given
// name. (The words are compared in place: the pair is asked of many
// names, and joining it cost an allocation each time.)
func cityName(a, b string) bool {
	return foldPairIs(a, b, "hà nội", "đà nẵng", "hải phòng", "cần thơ", "sài gòn")
}

// foreignParticlesAt extends a run of capitalised words toks[i:end] that
// holds a syllable Vietnamese does not have over the lower-case particles
// of a Western name and the capitalised words after them ("Ursula von der
// Leyen", "Jaime de Jesus Santos"); it returns the run's new end.
func foreignParticlesAt(toks []token, i, end int) int {
	k := end
	for k < len(toks) && k-end < 2 && toks[k].lower && toks[k].spaceAfter && toks[k-1].spaceAfter && nameParticle(toks[k].fold) {
		k++
	}
	if k == end || k >= len(toks) || !isNameSyllable(&toks[k]) {
		return end
	}
	foreign := false
	for j := i; j < end && !foreign; j++ {
		foreign = foreignSyllable(toks[j].fold)
	}
	if !foreign {
		return end
	}
	for k < len(toks) && isNameSyllable(&toks[k]) && toks[k-1].spaceAfter && k-i < 6 {
		k++
	}
	return k
}

// nameParticle reports the lower-case particles of Western personal names.
func nameParticle(w string) bool {
	switch w {
	case "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al":
		return true
	}
	return false
}

// isNameSyllable reports a capitalised word that can be part of a name.
// The test is made once per token, by tokenize.
func isNameSyllable(t *token) bool {
	return t.syllable
}

// nameIn picks the person's name inside a run of capitalised words
// toks[start:end] and reads what surrounds it.
func (a *peopleAnalysis) nameIn(d *document, start, end int) (mention, bool) {
	toks := a.toks
	if addressPlace(toks, start, end) {
		return mention{}, false // "tỉnh Bà Rịa-Vũng Tàu", "núi Bà Đen": a place, no one addressed as bà
	}
	if end-start >= 3 && end < len(toks) && toks[end-1].fold == "trường" && isAcronym(toks[end].text) {
		end-- // "... Cộng sản Hồ Chí Minh Trường THCS X": the school's name opens at "Trường"
	}
	hyphenated := 0
	for k := start; k < end; k++ {
		if strings.IndexByte(toks[k].text, '-') > 0 {
			hyphenated++
		}
	}
	for k := start; k < end && hyphenated < 2; k++ {
		// (two hyphenated words make a Lao name, "Sẻng-Phết
		// Hùng-Buôn-Nhuông"; a province has one)
		if hyphenatedPlace(&toks[k]) {
			return mention{}, false // "Đoàn Bà Rịa-Vũng Tàu": a delegation from a province
		}
	}
	if hyphenated >= 2 && end-start >= 3 && oneWordCountries[toks[start].fold] && strings.IndexByte(toks[start].text, '-') < 0 {
		start++ // "Bộ trưởng Bộ Y tế Lào Bun-khăm Phôm-ma-vông": the office's country, then the Lao name
	}
	// "Ông", "Bà" opening a sentence and "Ngài" anywhere are address
	// words, not surnames; a capitalised word before "Ngài" opens the
	// sentence ("Tiếp Ngài X, ...").
	for k := start + 1; k < end-1; k++ {
		if toks[k].text == "Ngài" {
			start = k
			break
		}
	}
	for start < end {
		if f := toks[start].fold; f != "ông" && f != "bà" && f != "ngài" {
			break
		}
		if honorificLen(toks, start) != 1 {
			break
		}
		start++
	}
	if start > 0 && start+1 < end && toks[start-1].fold == "châu" && toks[start-1].lower {
		start++ // "Ủy ban châu Âu Ursula ...": the continent's name, then the person's
	}
	// "Chính phủ", "Chính quyền": a one-syllable run that opens the name
	// of a body written on in lower case is no given name; nor is a run
	// that opens with a body's head of two words or more ("Văn Phòng Trung
	// ương Đảng", capitalised throughout).
	if n, _ := vocab.orgHeads.matchAt(toks, start); n >= 2 && (end-start == 1 || toks[start+1].capital) {
		return mention{}, false
	}
	// "Tân Kỹ sư", "Tân Cử nhân": a degree whose first word closes the
	// run is no part of a name.
	if end-start >= 2 && end < len(toks) && toks[end].lower && honorificLen(toks, end-1) >= 2 &&
		!(end+1 < len(toks) && toks[end+1].fold == "dịp") { // ("ông Lê Văn Cử nhân dịp ...": the given name, then "on the occasion")
		end--
	}
	// An office head inside the run ends the name before it
	// ("Nguyễn Văn A Phó Giám đốc"); one at the start is no name at all.
	for k := start; k < end; k++ {
		if headAt(toks, k) > 0 {
			end = k
			break
		}
	}
	if end <= start {
		return mention{}, false
	}
	placeSplit := false // the run opened with the office's place: the rest is the person
	// "Chủ tịch UBND tỉnh Kiên Giang Trần Văn An": two syllables after
	// an administrative unit name the place and belong to the office; the
	// person starts at the surname after them.
	if start > 0 && end-start >= 4 && (isAdminUnit(toks, start-1) || toks[start-1].fold == "xã" || toks[start-1].fold == "phường") &&
		(vocab.is(&toks[start+2], kindSurname) || spanIsPlace(toks, start, start+2)) && toks[start+1].spaceAfter {
		// (a known province ends the place whatever follows: "tỉnh An
		// Giang <Khmer name>")
		start += 2
		placeSplit = true
	} else if start > 0 && territorialCommittee(toks, start-1) && (end-start >= 5 || end-start == 4 && (!vocab.is(&toks[start], kindSurname) || spanIsPlace(toks, start, start+2))) &&
		vocab.is(&toks[start+2], kindSurname) && toks[start+1].spaceAfter {
		// "Bí thư Huyện ủy Tri Tôn Cao Quang Liêm": the committee's
		// territory comes first. Four syllables opening with a surname
		// are more likely one full name ("Huyện ủy Nguyễn Thị Hà Thu"),
		// unless the first two name a known province ("Tỉnh ủy Hà Tĩnh").
		start += 2
		placeSplit = true
	}
	if !placeSplit && start > 0 && (end-start >= 5 || end-start == 4 && toks[start-1].word && honorificLen(toks, start-1) == 0 && !spanIsPlace(toks, start+2, end)) &&
		spanIsPlace(toks, start, start+2) && vocab.is(&toks[start+2], kindSurname) && toks[start+1].spaceAfter {
		// "Giám đốc Cảng vụ Hàng hải Quảng Ninh Đinh Xuân Phúc": a body's
		// province, then the person's full name; after a body's word, a
		// name of two syllables too ("Đại học Quốc gia Hà Nội Đỗ Vân").
		start += 2
		placeSplit = true
	}
	if start >= 1 && end-start >= 4 && toks[start].fold == "đoàn" && (start >= 2 && foldPairIs(toks[start-2].fold, toks[start-1].fold, "trung ương") || centralAbbrevAt(toks, start-1)) && toks[start].spaceAfter && vocab.is(&toks[start+1], kindSurname) {
		// "Bí thư thứ nhất Trung ương Đoàn Lê Thanh Hải": the Youth
		// Union's central committee, then the person's full name.
		start++
		placeSplit = true
	}
	hons, chainStart := a.honorificsBefore(start)
	if end-start == 1 && len(hons) == 0 && mayBeInitialled(toks[start].text) && initialledName(toks[start].text) && !orgPrefixBefore(toks, start) {
		// "C.Mác", "Ph.Ăng-ghen", "V.I.Lênin": a foreign name written with
		// its initials, as works and quotations cite their authors.
		m := mention{nameStart: start, nameEnd: end, prefixStart: start, name: toks[start].text}
		a.positionsBefore(d, &m, false)
		a.positionsAfter(&m, false)
		if m.prefixStart > 0 && toks[m.prefixStart-1].fold == "của" {
			m.readGenitive(toks, m.prefixStart-1)
		} else if n := len(a.mentions); n > 0 && m.prefixStart > 0 && a.mentions[n-1].genitive && a.mentions[n-1].suffixEnd == m.prefixStart-1 &&
			(toks[m.prefixStart-1].text == "," || toks[m.prefixStart-1].fold == "và") {
			m.genitive = true // "các tác phẩm của C.Mác, Ph.Ăng-ghen"
		}
		return m, true
	}
	envoy := false // a foreign name read after a diplomatic seat: a full name of two words
	if len(hons) > 0 && chainStart > 0 && pluralBefore(toks, chainStart-1, chainStart) && a.placeRun(d, start, end) {
		return mention{}, false // "các nhà thơ Hà Nội": a group named by its place
	}
	if len(hons) == 0 && a.placeRun(d, start, end) {
		k := foreignNameAfterSeat(d, toks, start, end)
		if k < 0 {
			k = foreignNameAfterCountry(toks, start, end)
		}
		if k < 0 {
			return mention{}, false
		}
		start, chainStart = k, k // "Đại sứ Nhật Bản tại Việt Nam Yamada Takio": the place ends, the envoy follows
		envoy = true
	} else if len(hons) == 0 {
		if k := foreignNameAfterCountry(toks, start, end); k >= 0 {
			start, chainStart = k, k // "Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan"
			envoy = true
		}
	}
	ns := start
	// A Lao name, written in hyphenated syllables ("Cay-xỏn Phom-vi-hản",
	// "Hoàng thân Xu-pha-nu-vông"), opens with no Vietnamese surname.
	wholeName := hyphenated >= 2 || end-start == 1 && len(hons) > 0 && strings.Count(toks[start].text, "-") >= 2
	// A leader known by a pen name that opens like a body's name ("Tổng
	// Bí thư Trường Chinh") is a whole name too.
	// ("đường Trường Chinh" stays a street: orgPrefixBefore, below)
	wholeName = wholeName || end-start == 2 && penName(toks[start].fold, toks[start+1].fold)
	if !wholeName && (len(hons) == 0 || vocab.is(&toks[start], kindNotName) && !surnameAfterTitle(toks, hons, start, end)) {
		// Without an honorific the name starts at a surname: the earliest
		// one that leaves 3-4 syllables, else 2 ("Việt Nam Kiều Thị Thanh
		// Nhàn" after an office gives "Kiều Thị Thanh Nhàn").
		ns = -1
		if edeFullName(toks, start, end) {
			ns = start
		}
		for k := start; ns < 0 && k <= end-2; k++ {
			if (vocab.is(&toks[k], kindSurname) && !vocab.is(&toks[k], kindNotName) || edeNameMarker(toks, k)) && end-k <= 4 && end-k >= 3 {
				ns = k
				break
			}
		}
		if ns > start && end-ns == 4 && vocab.is(&toks[ns+1], kindSurname) && !vocab.is(&toks[ns+1], kindNotName) && genderedMiddle(toks[ns+2].fold) {
			// "Bệnh viện Bạch Mai Nông Thị Sen", "Trường Tiểu học Kim Đồng
			// Lương Văn Tư": the body's name ends in a surname-like syllable;
			// "Văn"/"Thị" second marks the three-syllable name after it.
			ns++
		} else if ns > start && end-ns == 4 && vocab.commonSurnames[toks[ns+1].fold] && !vocab.commonSurnames[toks[ns].fold] {
			// "Trường THPT Lê Quý Đôn Đinh Xuân Phúc": a rarer
			// surname-like syllable ends the body's name (a scholar's), and
			// one of the common surnames opens the person's.
			ns++
		}
		if ns < 0 && end-start >= 2 {
			// "Tổng Bí thư Lê Khải": two syllables after a surname. Longer
			// runs with no fitting surname are names of things ("Văn Miếu
			// Quốc Tử Giám").
			if k := end - 2; vocab.is(&toks[k], kindSurname) && !vocab.is(&toks[k], kindNotName) || edeNameMarker(toks, k) {
				ns = k
			}
		}
		if ns < 0 {
			// (after an office's province, split off above, the rest is the
			// person whatever its first syllable: "tỉnh An Giang Néang Sóc Kha")
			if (end-start > 2 && !(placeSplit && end-start <= 4) && !envoy) || vocab.is(&toks[start], kindNotName) {
				return mention{}, false
			}
			ns = start // given-name reference after an office ("Thủ tướng Phúc")
		}
		if ns != start {
			hons, chainStart = nil, ns
			if h, cs := a.honorificsBefore(ns); len(h) > 0 && cs <= start {
				// "Đại Tá Nguyễn Văn A", "Thượng Tọa Thích Minh B": an
				// honorific written in title case opens the run.
				hons, chainStart = h, cs
			} else if ns == start+1 && (end-ns == 3 || end-ns == 4) && addressWord(toks[start].fold) && a.opensClause(start) {
				// "Anh Nguyễn Văn A - Bí thư Tỉnh đoàn ...", "Thầy Lê Văn
				// B – Hiệu trưởng ...", "Cô Trần Thị Thu Hà - Hiệu
				// trưởng ...": the address word opening the sentence is
				// capitalised into the name's run.
				hons, chainStart = []string{toks[start].fold}, start
			} else if ns > start && end-ns >= 3 && (toks[ns-1].fold == "ông" || toks[ns-1].fold == "bà") && toks[ns-1].spaceAfter {
				// "Giám đốc Sở Xây dựng Long An Ông Trần Văn Bảy":
				// a capitalised address word between the office's place
				// and the full name is the name's honorific.
				hons, chainStart = []string{toks[ns-1].fold}, ns-1
			}
		}
	}
	if end-ns >= 3 && spanIsPlace(toks, ns, end) {
		return mention{}, false // "Thái Bình Dương": a place whose first syllable is a surname
	}
	if orgWordAcross(toks, end) {
		// "Chủ nhiệm Văn Phòng Quốc hội Nguyễn Hạnh Phúc": the capitals
		// run on into a body's name whose last word is in lower case.
		return mention{}, false
	}
	if youthUnionAt(toks, ns, end) {
		// "Đoàn Khối Cơ quan tỉnh", "Bí thư Đoàn Viện Hàn lâm ...": the
		// Youth Union of a bloc of offices or of a body, whose capitals
		// run on like a name.
		return mention{}, false
	}
	if end-ns > 4 && !(len(hons) > 0 && baptismalName(toks, ns, end)) && !edeFullName(toks, ns, end) {
		end = ns + 4
	}
	if quotedTitleAt(d, toks, ns) {
		return mention{}, false // "sinh hoạt chuyên đề “... Di chúc của Chủ tịch Hồ Chí Minh”": a title, not a person
	}
	m := mention{nameStart: ns, nameEnd: end, prefixStart: chainStart, honorifics: hons}
	m.name = d.text[toks[ns].start:toks[end-1].end]
	if d.folded[toks[ns].start:toks[end-1].end] == "hồ chí minh" {
		// "trường mang tên Chủ tịch Hồ Chí Minh", "Đền thờ Chủ tịch Hồ Chí
		// Minh", "Quảng trường Chủ tịch ...": a place named after him.
		// "làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh":
		// the campaign's name, not the President.
		president := ns >= 2 && toks[ns-2].fold == "chủ" && toks[ns-1].fold == "tịch" && !orgPrefixBefore(toks, ns-2) && !campaignWordBefore(toks, ns-2)
		if !president && !(ns >= 1 && toks[ns-1].fold == "bác") {
			return mention{}, false // the city, the academy, the ideology
		}
		m.genitive = true // the late President is cited, never present
	}
	if memorialBefore(toks, ns) {
		return mention{}, false // "Khu lưu niệm Chủ tịch Tôn Đức Thắng": a place named after him
	}
	before := a.positionsBefore(d, &m, len(hons) > 0)
	after := a.positionsAfter(&m, len(hons) > 0)
	if a.appointedOffice(&m) {
		after = true
	}
	length := end - ns
	surname := vocab.is(&toks[ns], kindSurname)
	// A name right after "đường", "Trường", "tỉnh" ... is a street, school
	// or place, unless an office ends there ("Chủ tịch UBND tỉnh X"); the
	// President's name there is always the body's ("Phó Bí thư Đoàn
	// TNCS Hồ Chí Minh Quận": the Youth Union, not a person).
	if len(hons) == 0 && (!before || leaderNameAt(toks, ns)) && orgPrefixBefore(toks, ns) {
		return mention{}, false
	}
	// "Trường Cao đẳng Công nghệ Cao Hà Nội": a surname-like word before a
	// great city's name ends an organisation's name; no one is given a
	// city's name.
	if len(hons) == 0 && length == 3 && cityName(toks[ns+1].fold, toks[ns+2].fold) {
		return mention{}, false
	}
	context := len(hons) > 0 || before || after
	listed := length == 2 && surname && a.listedAfterFullName(ns) && !spanIsPlace(toks, ns, end)
	switch {
	case length >= 3 && (surname || len(hons) > 0):
	case context, listed:
	default:
		return mention{}, false
	}
	// Two syllables after an office alone are as often a place ("Huyện
	// ủy Sơn Tịnh") as a person; they count only as a given-name reference.
	// A highland clan name opens a full name of two syllables ("Siu
	// Hương") and never a place's.
	m.weak = length <= 2 && len(hons) == 0 && !after && !placeSplit && !wholeName && !listed && !(before && bareHeadBefore(m) && !committeePlace(d, toks, m)) && !envoy &&
		!(before && nationalBodyBefore(toks, m)) &&
		!highlandClans[toks[ns].fold]
	// Two syllables or fewer may be a given-name reference to someone
	// named in full elsewhere; mergeMentions decides.
	m.short = length <= 2 && !envoy && !placeSplit && !wholeName && !listed // (after the office's place, split off above, a full name)
	// "đồng chí Bí thư Tỉnh ủy X": an address word before the office.
	// ("doanh nhân, Thủ tướng X": a word before a comma is the clause
	// before's, not an address.)
	if before && len(m.honorifics) == 0 && !(m.prefixStart > 0 && toks[m.prefixStart-1].text == ",") {
		if hons, start := a.honorificsBefore(m.prefixStart); len(hons) > 0 {
			m.honorifics, m.prefixStart = hons, start
			if start > 0 && toks[start-1].fold == "các" && toks[start-1].lower && !m.sharedOffice {
				// "các đồng chí Phó Chánh án A, B": the office is the list's,
				// as after "các Phó Chánh án"
				m.sharedOffice = true
				m.prefixStart = start - 1
			}
		}
	}
	if m.prefixStart > 0 && toks[m.prefixStart-1].fold == "của" && !m.genitive {
		m.readGenitive(toks, m.prefixStart-1)
	}
	if commemoratedBefore(toks, m.prefixStart) {
		m.genitive = true // "liệt sĩ X", "cố Thủ tướng X", "Ngày sinh Đại tướng X": honoured, not present
	}
	if m.prefixStart >= 2 && foldPairIs(toks[m.prefixStart-2].fold, toks[m.prefixStart-1].fold, "thay mặt") {
		m.genitive = true // "thay mặt Tổng Bí thư X, Thủ tướng Y gửi ...": X is spoken for, not there
	}
	return m, true
}

// youthUnionAt reports "Đoàn" at token k opening the capitalised run
// toks[k:end] as the Youth Union of a body, not a surname: before "Khối",
// a body's head of two words ("Học viện", "Ủy ban") or one of the heads
// never given as names ("Viện", "Bộ", "Sở", "Cục"); or, after a
// secretary's title, before a run that ends in a known place ("Phó Bí thư
// Đoàn Than Quảng Ninh"). "Trường", "Khoa" and "Hội" are given names too
// ("Đoàn Trường Sơn"), and a secretary surnamed Đoàn has a given name
// after it ("Bí thư Đoàn Văn Hải"): both are left to the name rules.
func youthUnionAt(toks []token, k, end int) bool {
	if end-k < 2 || toks[k].fold != "đoàn" {
		return false
	}
	switch toks[k+1].fold {
	case "khối", "viện", "bộ", "sở", "cục":
		return true
	}
	if n, _ := vocab.orgHeads.matchAt(toks, k+1); n >= 2 {
		return true
	}
	return k > 0 && toks[k-1].fold == "thư" && end-k >= 3 && !genderedMiddle(toks[k+1].fold) && spanIsPlace(toks, end-2, end)
}

// commemoratedBefore reports words before a mention starting at token k
// that name the dead or an anniversary of them ("liệt sĩ", "cố" (the
// late), "Ngày sinh", "ngày mất", "mặc niệm") or quote the person ("dẫn
// lời"): cited, not present.
func commemoratedBefore(toks []token, k int) bool {
	if k < 1 || !toks[k-1].word && toks[k].fold != "cố" {
		return false
	}
	if toks[k-1].fold == "cố" && toks[k-1].lower || toks[k].fold == "cố" && toks[k].lower {
		return true // "cố" before the office, or kept in it as "nguyên" is ("cố Thủ tướng")
	}
	if k < 2 || !toks[k-2].word {
		return false
	}
	a, b := toks[k-2].fold, toks[k-1].fold
	return foldPairIs(a, b, "liệt sĩ", "liệt sỹ", "ngày sinh", "năm sinh", "ngày mất", "ngày giỗ", "tưởng niệm", "tưởng nhớ", "mặc niệm", "truy điệu") ||
		foldPairIs(a, b, "dẫn lời", "trích lời") // "dẫn lời Tổng Bí thư X": quoted, not present
}

// surnameAfterTitle reports a full name right after an academic title whose
// surname is also a common word ("GS.TS Trình Quang Phú", "TS Đoàn Minh
// Khoa"): three or four syllables, none of the others a word that never
// names.
func surnameAfterTitle(toks []token, hons []string, start, end int) bool {
	if end-start < 3 || end-start > 4 || !vocab.is(&toks[start], kindSurname) {
		return false
	}
	academic := false
	for _, h := range hons {
		switch h {
		case "GS", "PGS", "TS", "TSKH", "ThS", "BS", "KS", "CN", "NCS", "NGND", "NGƯT",
			"Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Tiến sỹ", "Tiến sĩ khoa học", "Thạc sĩ", "Thạc sỹ", "Bác sĩ", "Kỹ sư": // (spelled out, kept as written)
			academic = true
		}
	}
	if !academic {
		return false
	}
	for k := start + 1; k < end; k++ {
		if vocab.is(&toks[k], kindNotName) {
			return false
		}
	}
	return true
}

// readGenitive marks a mention named after "của" at token of: cited, not
// acting, unless the noun before "của" says what the person did there.
func (m *mention) readGenitive(toks []token, of int) {
	m.genitive = true
	if of < 2 {
		return
	}
	switch toks[of-2].fold + " " + toks[of-1].fold {
	case "diễn văn", "phát biểu", "bài phát", "tham luận", "kết luận", "chào mừng":
		// A speech conveyed or studied ("quán triệt, triển khai bài
		// phát biểu của X") was given elsewhere: X is cited.
		m.speechGenitive = !conveysSpeech(toks, of-2)
	case "chủ trì", "điều hành", "chủ tọa":
		m.chairGenitive = true
	case "khai mạc", "bế mạc":
		// "phát biểu khai mạc của X", "diễn văn bế mạc của X"
		if of >= 4 && foldPairIs(toks[of-4].fold, toks[of-3].fold, "phát biểu", "diễn văn") {
			m.speechGenitive = !conveysSpeech(toks, of-4)
		}
	case "yêu cầu", "chỉ đạo", "ý kiến", "khẳng định", "nhấn mạnh", "chia sẻ", "nhận định":
		if of >= 4 && toks[of-2].fold == "chỉ" && foldPairIs(toks[of-4].fold, toks[of-3].fold, "phát biểu") {
			// "sau khi nghe ... phát biểu chỉ đạo của Phó Thủ tướng X": a
			// speech given at the meeting, as "phát biểu của X" is
			m.speechGenitive = !conveysSpeech(toks, of-4)
			break
		}
		// "Đó là yêu cầu của đồng chí X, Chủ tịch UBND tỉnh, tại phiên họp
		// ...", "Đó là khẳng định của X tại Lễ ...": X spoke at the meeting
		// the page reports.
		m.requestGenitive = cleftRequest(toks, of-2) && atMeeting(toks, m.suffixEnd)
	case "tham gia", "tham dự", "có mặt", "góp mặt", "hiện diện", "chứng kiến":
		m.genitive = false // "với sự tham gia của ông X", "dưới sự chứng kiến của X": X was there
	}
}

// cleftRequest reports an instruction noun at token i that closes a cleft
// sentence, "Đó là (ý kiến) yêu cầu / chỉ đạo của X": the request just
// reported is X's. Elsewhere ("bám sát tinh thần chỉ đạo của X", "theo
// chỉ đạo của X") the instructions are cited from another occasion.
func cleftRequest(toks []token, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].fold == "kiến" && toks[k-1].fold == "ý" {
		k -= 2
	}
	if k >= 1 && toks[k].fold == "biểu" && toks[k-1].fold == "phát" {
		k -= 2 // "Đó là (bài) phát biểu chỉ đạo của X tại Hội nghị ..."
		if k >= 0 && toks[k].fold == "bài" {
			k--
		}
	}
	return k >= 0 && toks[k].fold == "là"
}

// atMeeting reports ", tại phiên họp / hội nghị / buổi làm việc ..." at
// token k, right after a person's name and offices.
func atMeeting(toks []token, k int) bool {
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].fold != "tại" {
		return false
	}
	switch toks[k+1].fold {
	case "phiên", "hội", "buổi", "kỳ", "cuộc", "lễ":
		return true
	}
	return false
}

// placeRun reports a capitalised run that names a place: a known province
// or city, or any name right after "tại" or "ở" ("tại Hà Nội, Tổng Bí thư
// ...").
func (a *peopleAnalysis) placeRun(d *document, start, end int) bool {
	toks := a.toks
	if start > 0 && (toks[start-1].fold == "tại" || toks[start-1].fold == "ở") {
		return true
	}
	if envoyTitleBefore(toks, start) && end-start >= 4 && vocab.isPlace(d.folded[toks[start].start:toks[start+1].end]) {
		return true // "Đại sứ Nhật Bản Yamada Takio": the envoy's country opens the run
	}
	return vocab.isPlace(d.folded[toks[start].start:toks[end-1].end])
}

// envoyTitleBefore reports a diplomat's title ending right before token
// start: "Đại sứ", "Công sứ", "(Tổng) Lãnh sự".
func envoyTitleBefore(toks []token, start int) bool {
	if start < 2 || !toks[start-1].lower {
		return false
	}
	return foldPairIs(toks[start-2].fold, toks[start-1].fold, "đại sứ", "công sứ", "lãnh sự")
}

// highlandClans are the clan names of the Central Highlands peoples (Jrai,
// Êđê, Bahnar ...), which open a person's name and never a place's.
var highlandClans = map[string]bool{
	"siu": true, "ksor": true, "rơ": true, "rah": true, "nay": true, "kpă": true, "puih": true, "rmah": true,
	"ayun": true, "kpuih": true, "byă": true, "niê": true, "nie": true, "mlô": true, "êban": true, "hđơk": true,
	"mdrang": true, "adrơng": true, "bdap": true, "kbuôr": true, "alê": true, "êñuôl": true,
}

// honorificsBefore reads the chain of honorifics that ends right before
// token i ("đồng chí PGS.TS", "NGƯT, TS.", "Thượng tá"); it returns them in
// text order and the first token of the chain.
func (a *peopleAnalysis) honorificsBefore(i int) (hons []string, chainStart int) {
	toks := a.toks
	chainStart = i
	j := i - 1
	if j >= 0 && toks[j].lower && youngAddress(toks, j) {
		// "anh Nguyễn Quốc B", "chị Lê Thị C": the youth union's address
		// words, read only before a full name since they are common words.
		hons, chainStart = []string{toks[j].fold}, j
		j--
	}
	for j >= 0 && toks[j].para == toks[i].para {
		t := &toks[j]
		if !t.word {
			if (t.text == "." || t.text == "," || t.text == "-") && j > 0 {
				if n := a.honorificEndingAt(j - 1); n > 0 {
					j--
					continue
				}
				if t.text == "," && j > 1 && toks[j-1].text == "." && a.honorificEndingAt(j-2) > 0 {
					j -= 2 // "GS., TS. X": the first title's dot, then the comma
					continue
				}
			}
			break
		}
		n, h := a.honorificEnding(j)
		if n == 0 {
			break
		}
		canon := honorificCanon(toks, j-n+1, h)
		if hons == nil && len(canon) > 0 {
			// The vocabulary's own slice, capped so that an append copies
			// it: mentions never change their honorifics in place.
			hons = canon[:len(canon):len(canon)]
		} else {
			hons = append(append([]string{}, canon...), hons...)
		}
		j -= n
		chainStart = j + 1
	}
	return hons, chainStart
}

// addressWord reports the familiar address words read only before a full
// name, being common words elsewhere: "anh", "chị" (youth and women's
// unions), "thầy", "cô" (schools).
func addressWord(w string) bool {
	switch w {
	case "anh", "chị", "thầy", "cô":
		return true
	}
	return false
}

// opensClause reports a token that opens a sentence or follows a comma,
// semicolon, colon or dash, where an address word may be capitalised.
func (a *peopleAnalysis) opensClause(i int) bool {
	toks := a.toks
	if i == a.sentStart[toks[i].sent] {
		return true
	}
	if i == 0 || toks[i-1].para != toks[i].para {
		return true
	}
	t := toks[i-1].text
	return t == "," || t == ";" || t == ":" || isDash(t)
}

// youngAddress reports a lower-case "anh", "chị", "thầy" or "cô" at token
// j right before a full name: a surname and two more capitalised syllables.
func youngAddress(toks []token, j int) bool {
	t := &toks[j]
	if !t.word || !t.lower || !t.spaceAfter || !addressWord(t.fold) || j+3 >= len(toks) {
		return false
	}
	n := toks[j+1 : j+4]
	return vocab.is(&n[0], kindSurname) && n[0].spaceAfter && isNameSyllable(&n[1]) && n[1].spaceAfter && isNameSyllable(&n[2])
}

// honorificEndingAt returns the length of an honorific that ends at token
// j, or 0.
func (a *peopleAnalysis) honorificEndingAt(j int) int {
	n, _ := a.honorificEnding(j)
	return n
}

// honorificEnding is honorificEndingAt with the index honorificMatch gives
// the honorific.
func (a *peopleAnalysis) honorificEnding(j int) (n, h int) {
	if j < 0 || !a.toks[j].word {
		return 0, 0
	}
	if t := &a.toks[j]; !vocab.is(t, kindHonLast) {
		if _, ok := vocab.abbrev(t.text); !ok && indexByteSet(t.text, stackSeparators) < 0 {
			return 0, 0 // no honorific ends with this word
		}
	}
	for n := 4; n >= 2; n-- {
		// Only a phrase of honPhrases spans two words or more.
		if s := j - n + 1; s >= 0 && a.toks[s].starts&startsHonorific != 0 {
			if m, h := honorificMatch(a.toks, s); m == n {
				if memberNounOfBody(a.toks, s) {
					return 0, 0 // "Hội Nhà báo": the members of a body
				}
				return n, h
			}
		}
	}
	if m, h := honorificMatch(a.toks, j); m == 1 {
		if memberNounOfBody(a.toks, j) {
			return 0, 0
		}
		return 1, h
	}
	return 0, 0
}

// memberNounOfBody reports an occupation at token s that names the members
// of the association or council written right before it ("Hội Nhà báo",
// "Hội Nhà văn", "Hội Luật gia", "Hội đồng Giáo sư nhà nước", "Đoàn Luật
// sư"): part of the body's name, no one's honorific.
func memberNounOfBody(toks []token, s int) bool {
	if s == 0 || !toks[s].capital || !toks[s-1].spaceAfter {
		return false
	}
	switch toks[s-1].fold {
	case "hội", "đoàn":
		return toks[s-1].capital
	case "đồng":
		return s >= 2 && toks[s-2].fold == "hội" && toks[s-2].capital
	}
	return false
}

// edeNameMarker reports the "Y" that opens an Ede or M'nông man's name in
// place of a surname ("Y Biêr Niê"), the clan name coming last.
func edeNameMarker(toks []token, k int) bool {
	return toks[k].text == "Y" && k+1 < len(toks) && toks[k].spaceAfter && toks[k+1].capital && !isAcronym(toks[k+1].text)
}

// edeFullName reports a highland name of five or six syllables in
// toks[start:end]: the man's marker "Y", given names, then a clan name of
// one or two syllables ("Y Minh Lâm Niê Kdam"). Shorter ones need no
// exception to the four-syllable limit of other names.
func edeFullName(toks []token, start, end int) bool {
	if n := end - start; n < 5 || n > 6 || !edeNameMarker(toks, start) {
		return false
	}
	return highlandClans[toks[end-1].fold] || highlandClans[toks[end-2].fold]
}

// genderedMiddle reports the middle names "Văn" and "Thị", which stand
// second in most three-syllable names and rarely second in a four-syllable
// one after a double surname.
func genderedMiddle(w string) bool { return w == "văn" || w == "thị" }

// memorialBefore reports a leader's title right before the name at token
// ns that itself follows the word of a place or memorial ("Khu lưu niệm
// Chủ tịch Tôn Đức Thắng", "Khu di tích Chủ tịch ...", "Đền thờ Đại tướng
// ..."): the title is part of the place's name, not an office.
func memorialBefore(toks []token, ns int) bool {
	if ns < 2 || !toks[ns-2].capital || !toks[ns-2].spaceAfter {
		return false
	}
	return foldPairIs(toks[ns-2].fold, toks[ns-1].fold, "chủ tịch", "đại tướng") && orgPrefixBefore(toks, ns-2)
}

// onlyPresence reports roles that say no more than "was there".
func onlyPresence(roles []string) bool {
	for _, r := range roles {
		if r != schema.RoleAttendee && r != schema.RoleMentioned {
			return false
		}
	}
	return true
}

// signatureOffices reads the office of a signature block, where the name
// stands alone under the signer's office in capitals and "(Đã ký)":
// "PHÓ HIỆU TRƯỞNG / (Đã ký) / PGS.TS. Trần Đình Luân".
func (a *peopleAnalysis) signatureOffices(d *document) {
	toks := a.toks
	for i := range a.mentions {
		m := &a.mentions[i]
		pi := int(toks[m.nameStart].para)
		p := d.paras[pi]
		if len(m.positions) > 0 || int(toks[m.prefixStart].start) != p.start || int(toks[m.nameEnd-1].end) != p.end {
			continue
		}
		for q := pi - 1; q >= 0 && q >= pi-3; q-- {
			line := strings.TrimSpace(d.folded[d.paras[q].start:d.paras[q].end])
			if strings.Trim(line, "()") == "đã ký" {
				continue
			}
			text := d.text[d.paras[q].start:d.paras[q].end]
			if strings.ToUpper(text) != text {
				break
			}
			ts, te := a.tokenRange(d.paras[q])
			if ts < te && headAt(toks, ts) > 0 {
				m.positions = append(m.positions, positionSpan{start: ts, end: te, head: headAt(toks, ts)})
			}
			break
		}
	}
}

// bareHeadBefore reports an office before the name that is only a head
// ("Tổng Bí thư Lê Khải"), after which two syllables are a person, unlike
// an office ending in a place ("Huyện ủy Sơn Tịnh").
func bareHeadBefore(m mention) bool {
	if len(m.positions) == 0 {
		return false
	}
	p := m.positions[len(m.positions)-1]
	return p.end == m.nameStart && p.end-p.start == p.head
}

// nationalBodyBefore reports two syllables, a surname first, right after
// an office in a ministry, department or board whose name ends in a word
// written in lower case ("Thứ trưởng Bộ Tư pháp Hoàng Minh", "Giám đốc Sở
// Y tế Lê Hải"): such bodies are not named after a person or a place, and a
// territory after them is a known province ("Sở Y tế Hà Nam") or follows a
// unit word. Schools, hospitals and border posts, often named after
// people and places, are left out.
func nationalBodyBefore(toks []token, m mention) bool {
	if len(m.positions) == 0 || m.nameEnd-m.nameStart != 2 {
		return false
	}
	p := m.positions[len(m.positions)-1]
	return p.end == m.nameStart && nationalBodyName(toks, p.start+p.head, m.nameStart)
}

// nationalBodyName reports a body's name toks[org:name] of the kind
// nationalBodyBefore describes, followed by a two-syllable name there.
func nationalBodyName(toks []token, org, name int) bool {
	last := name - 1
	if org < 1 || org >= last || name+2 > len(toks) || !toks[last].lower || !toks[last].word {
		return false
	}
	// the body's word opens its name, or ends the head ("Giám đốc Sở")
	if !nationalBodyWord(toks[org].fold) && !nationalBodyWord(toks[org-1].fold) {
		return false
	}
	if territoryWordAt(toks, last) && !(toks[last].fold == "thôn" && toks[last-1].fold == "nông") {
		return false // "Ban Dân vận huyện Lê Thủy"; but "Bộ Nông nghiệp và Phát triển nông thôn"
	}
	return vocab.is(&toks[name], kindSurname) && !vocab.is(&toks[name], kindNotName) && !spanIsPlace(toks, name, name+2)
}

// nationalBodyWord reports the word that opens the name of a ministry,
// department or board (see nationalBodyBefore).
func nationalBodyWord(fold string) bool {
	switch fold {
	case "bộ", "sở", "cục", "vụ", "ban":
		return true
	}
	return false
}

// committeePlace reports two syllables right after a territorial party
// committee that name its territory ("Bí thư Huyện ủy Hà Trung"), not a
// person ("Bí thư Huyện ủy Lê Khải"): they do not open with a surname, or
// the text names the same place after a unit word ("huyện Hà Trung").
func committeePlace(d *document, toks []token, m mention) bool {
	if len(m.positions) == 0 || m.nameEnd-m.nameStart != 2 {
		return false
	}
	p := m.positions[len(m.positions)-1]
	if p.end != m.nameStart || !territorialCommittee(toks, p.end-1) {
		return false
	}
	if !vocab.is(&toks[m.nameStart], kindSurname) {
		return true
	}
	name := d.folded[toks[m.nameStart].start:toks[m.nameEnd-1].end]
	for _, unit := range [...]string{"huyện ", "tỉnh ", "thành phố ", "quận ", "thị xã ", "xã "} {
		for off := 0; ; {
			k := strings.Index(d.folded[off:], unit+name)
			if k < 0 {
				break
			}
			off += k + len(unit)
			if e := off + len(name); e == len(d.folded) || !wordByteAt(d.folded, e) {
				return true
			}
		}
	}
	return false
}

// wordByteAt reports whether s[i] continues a word: an ASCII letter or
// digit, or any byte of a multi-byte rune (Vietnamese letters).
func wordByteAt(s string, i int) bool {
	c := s[i]
	return c >= utf8.RuneSelf || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// territorialCommittee reports a party committee of a territory ending at
// token i ("Tỉnh ủy", "Huyện ủy", "Thành ủy", "Quận ủy", "Thị ủy"): the
// name of the territory may follow it ("Bí thư Huyện ủy Hà Trung"), so two
// syllables after it are as often a place as a person.
func territorialCommittee(toks []token, i int) bool {
	if i < 1 || toks[i].fold != "ủy" && toks[i].fold != "uỷ" {
		return false
	}
	switch toks[i-1].fold {
	case "tỉnh", "huyện", "thành", "quận", "thị":
		return true
	}
	return false
}

// baptismalName reports a name run toks[ns:end] longer than four syllables
// that is a baptismal or religious name before a Vietnamese full name
// ("Linh mục Giuse Maria Trần Văn A"): a surname starts its last three or
// four syllables.
func baptismalName(toks []token, ns, end int) bool {
	if end-ns > 8 {
		return false
	}
	for k := end - 4; k <= end-3; k++ {
		if k > ns && vocab.is(&toks[k], kindSurname) {
			return true
		}
	}
	return false
}

// conveysSpeech reports a speech noun at token i that is the object of a
// verb passing it on ("quán triệt, triển khai bài phát biểu", "học tập
// diễn văn"), so the speech was not given at this meeting.
func conveysSpeech(toks []token, i int) bool {
	if i > 0 && toks[i].fold == "phát" && toks[i-1].fold == "bài" {
		i--
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k].fold {
		case "triệt", "khai", "tập", "hiện", "đạt", "thông":
			// quán triệt, triển khai, học tập, thực hiện, truyền đạt, thông
			// tin: only as the second syllable of those verbs.
			if k > 0 {
				switch toks[k-1].fold + " " + toks[k].fold {
				case "quán triệt", "triển khai", "học tập", "thực hiện", "truyền đạt":
					return true
				}
			}
		}
	}
	return false
}

// campaignWordBefore reports the words of the campaign to follow the
// President's example ("tư tưởng, đạo đức, phong cách", "tấm gương")
// right before token i.
func campaignWordBefore(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	switch toks[i-2].fold + " " + toks[i-1].fold {
	case "phong cách", "đạo đức", "tư tưởng", "tấm gương":
		return true
	}
	return false
}

// lowerCaseHoChiMinh reports "Hồ chí Minh" at token i, a common misspelling
// of the President's name that breaks the run of capitalised syllables.
func lowerCaseHoChiMinh(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].fold == "hồ" && toks[i].spaceAfter && toks[i+1].text == "chí" &&
		toks[i+1].spaceAfter && toks[i+2].fold == "minh" && toks[i+2].capital
}

// addForeignNames reads Western names ("Paul Mercier", "Anna Whitfield")
// that have no Vietnamese surname to anchor them: a run of two to four
// capitalised words, at least one of which cannot be a Vietnamese
// syllable, standing alone as an item of a list in a sentence that names
// at least two other people. Mentions stay in document order.
func (a *peopleAnalysis) addForeignNames(d *document, runs [][2]int) {
	if len(runs) == 0 || len(a.mentions) < 2 {
		return
	}
	toks := a.toks
	perSent := map[int]int{}
	for _, m := range a.mentions {
		perSent[int(toks[m.nameStart].sent)]++
	}
	listEdge := func(k int, right bool) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		switch toks[k].fold {
		case ",", ";", ".", "và", "hay", "hoặc", "của", "tuổi", "như":
			return true
		case "trong", "ở", "tại", "thuộc": // "..., Anna Whitfield ở các trường Âu - Mỹ"
			return right
		}
		return false
	}
	var added []mention
	for _, r := range runs {
		s, e := r[0], r[1]
		if perSent[int(toks[s].sent)] < 2 || toks[s].sent != toks[e-1].sent || !listEdge(s-1, false) || !listEdge(e, true) {
			continue
		}
		if e-s == 2 && a.shortNameInList(s, e, added) {
			// "các ông Thạch Sô Phách, Danh Út, Kim Văn Sơn": a two-syllable
			// full name between bare names of a list.
			added = append(added, mention{nameStart: s, nameEnd: e, prefixStart: s, suffixEnd: e, name: d.text[toks[s].start:toks[e-1].end]})
			continue
		}
		if a.inProfessionList(s) {
			// "nhà báo A, Bửu Đình, C": a pen name without a surname in
			// a bare list that a profession word opens.
			added = append(added, mention{nameStart: s, nameEnd: e, prefixStart: s, suffixEnd: e, name: d.text[toks[s].start:toks[e-1].end]})
			continue
		}
		foreign := false
		for k := s; k < e; k++ {
			if vocab.is(&toks[k], kindNotName) || headAt(toks, k) > 0 {
				foreign = false
				break
			}
			if k < e-1 && !toks[k].spaceAfter && toks[k+1].text != "’" {
				foreign = false
				break
			}
			if westernOrgWord(toks[k].fold) {
				foreign = false
				break
			}
			foreign = foreign || foreignSyllable(toks[k].fold)
		}
		if !foreign {
			continue
		}
		added = append(added, mention{nameStart: s, nameEnd: e, prefixStart: s, suffixEnd: e, name: d.text[toks[s].start:toks[e-1].end]})
	}
	if len(added) == 0 {
		return
	}
	merged := make([]mention, 0, len(a.mentions)+len(added))
	i, j := 0, 0
	for i < len(a.mentions) || j < len(added) {
		if j == len(added) || i < len(a.mentions) && a.mentions[i].nameStart < added[j].nameStart {
			merged = append(merged, a.mentions[i])
			i++
		} else {
			merged = append(merged, added[j])
			j++
		}
	}
	a.mentions = merged
}

// shortNameInList reports a run toks[s:e] of a surname and one more
// syllable that follows a bare name of a list (one with no office after
// it), joined by "," or "và" only, in the same sentence: a full name of two
// syllables, as Khmer and Central Highlands names often are.
func (a *peopleAnalysis) shortNameInList(s, e int, added []mention) bool {
	toks := a.toks
	if s < 2 || !vocab.is(&toks[s], kindSurname) || vocab.is(&toks[s], kindNotName) || vocab.is(&toks[s+1], kindNotName) ||
		spanIsPlace(toks, s, e) || headAt(toks, s+1) > 0 || !toks[s].spaceAfter {
		return false
	}
	if sep := &toks[s-1]; sep.text != "," && sep.fold != "và" {
		return false
	}
	bare := func(m mention) bool {
		return m.suffixEnd == s-1 && m.suffixEnd == m.nameEnd && !m.genitive && toks[m.nameStart].sent == toks[s].sent
	}
	if n := len(added); n > 0 && bare(added[n-1]) {
		return true
	}
	for i := len(a.mentions) - 1; i >= 0 && a.mentions[i].suffixEnd >= s-1; i-- {
		if bare(a.mentions[i]) && !a.mentions[i].short {
			return true
		}
	}
	return false
}

// inProfessionList reports whether token s stands in a bare list of names
// opened by a person with a profession word and no office ("nhà báo A, B,
// C"): only commas and capitalised words lie between that person and s.
func (a *peopleAnalysis) inProfessionList(s int) bool {
	toks := a.toks
	for i := len(a.mentions) - 1; i >= 0; i-- {
		m := &a.mentions[i]
		if m.nameStart >= s {
			continue
		}
		if toks[m.nameStart].sent != toks[s].sent || s-m.suffixEnd > 60 {
			return false
		}
		if len(m.positions) > 0 {
			return false
		}
		if professionWord(m.honorifics) != "" {
			return onlyNamesAndCommas(toks, m.suffixEnd, s)
		}
	}
	return false
}

// onlyNamesAndCommas reports whether tokens [s, e) are commas and
// capitalised words only.
func onlyNamesAndCommas(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].text != "," && !(toks[k].word && toks[k].capital) {
			return false
		}
	}
	return toks[s].text == "," && toks[e-1].text == ","
}

// foreignSyllable reports a folded word that cannot be one Vietnamese
// syllable: it has a letter Vietnamese does not use (f, j, w, z), two vowel
// groups ("cameron", "tana"), or a final other than c, ch, m, n, ng, nh,
// p, t ("leonard", "weller").
func foreignSyllable(w string) bool {
	groups, inVowel := 0, false
	last := rune(0)
	for _, r := range w {
		if r > unicode.MaxASCII {
			return false // tone and vowel marks: Vietnamese
		}
		switch r {
		case 'f', 'j', 'w', 'z':
			return true
		}
		v := strings.ContainsRune("aeiouy", r)
		if v && !inVowel {
			groups++
		}
		inVowel = v
		last = r
	}
	if groups != 1 {
		return groups > 1
	}
	if inVowel {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "ng"), strings.HasSuffix(w, "nh"):
		return false
	}
	return !strings.ContainsRune("cmnpt", last)
}

// westernOrgWord reports English words that make a capitalised run the
// name of a company or an institution, not of a person.
func westernOrgWord(w string) bool {
	switch w {
	case "corporation", "corp", "company", "group", "university", "college", "foundation", "bank",
		"institute", "inc", "ltd", "association", "center", "centre", "international", "global",
		"holdings", "school", "academy", "fund", "agency", "council", "press", "times", "news",
		"media", "airlines", "motors", "technologies", "technology", "solutions", "systems",
		"partners", "capital", "energy", "studio", "club", "union", "network", "labs", "software":
		return true
	}
	return false
}

// centralAbbrevAt reports "Trung ương" abbreviated at token k: "T.Ư",
// "TƯ", "TW" ("Bí thư T.Ư Đoàn X").
func centralAbbrevAt(toks []token, k int) bool {
	switch toks[k].text {
	case "T.Ư", "TƯ", "TW", "T.W":
		return true
	}
	return false
}

// lowerCaseMiddleSyllable reports a name run toks[start:end] of a surname
// and one more syllable that goes on through a lower-case syllable into one
// last capitalised syllable ("Tôn Nữ hồng Châu"). The lower-case word is a
// typo inside the name when it is no verb, function word or office word and
// the name closes right after the capitalised syllable.
func lowerCaseMiddleSyllable(toks []token, start, end int) bool {
	if f := toks[start].fold; (f == "ông" || f == "bà") && end-start == 3 {
		start++ // "Bà Tôn Nữ hồng Châu" opening a sentence
	}
	if end-start != 2 || end+1 >= len(toks) || !vocab.is(&toks[start], kindSurname) || !toks[end-1].spaceAfter {
		return false
	}
	low, last := &toks[end], &toks[end+1]
	if !low.lower || !low.spaceAfter || !last.syllable || strings.ContainsAny(low.text, "0123456789") {
		return false
	}
	if vocab.is(&toks[start+1], kindNotName) {
		return false // "Đoàn Chủ tọa Hội thảo", "Ban Tổ chức": a body, not a typo inside a name
	}
	if foldPairIs(toks[start+1].fold, low.fold, "thanh niên", "thư ký", "công an") {
		return false // "Đoàn Thanh niên Cộng sản", "Đoàn Thư ký Đại hội": bodies
	}
	if n, _ := vocab.orgHeads.matchAt(toks, start+1); n == 2 {
		return false // "Phó Văn phòng I": an office of a body's head noun
	}
	if low.starts&(startsStop|startsCue|startsHead|startsOrg|startsOrgHead) != 0 {
		return false // a word some vocabulary starts with: a verb, a cue, an office
	}
	if end+2 < len(toks) && last.spaceAfter && toks[end+2].syllable {
		return false
	}
	switch low.fold {
	case "và", "của", "cùng", "với", "ở", "đi", "là", "hay", "hoặc", "thì", "mà", "nhé", "ạ":
		return false
	}
	return true
}

// holdsAcronym reports whether a word of office holds an acronym.
func holdsAcronym(office string) bool {
	for _, w := range strings.Fields(office) {
		if isAcronym(strings.Trim(w, ",.;()")) {
			return true
		}
	}
	return false
}

// spelling caches what keepLongestPositions compares of one office: whether it
// holds an acronym and its initials, each found on first use.
type spelling struct {
	tested, acronym, spelled bool
	initials                 string
}

// of returns s with the acronym test done for office.
func (s *spelling) of(office string) *spelling {
	if !s.tested {
		s.tested, s.acronym = true, holdsAcronym(office)
	}
	return s
}

// initialsOf returns initials(office), computed once.
func (s *spelling) initialsOf(office string) string {
	if !s.spelled {
		s.spelled, s.initials = true, initials(office)
	}
	return s.initials
}

// initials gives the base letter (no tone or vowel marks, đ as d) of every
// syllable, and every letter of an acronym.
func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		bracketed := strings.HasPrefix(w, "(")
		w = strings.Trim(w, ",.;()–-")
		if w == "" || bracketed && isAcronym(w) {
			continue // "Ủy ban Dân tộc (UBDT)": the acronym repeats the words before it
		}
		if isAcronym(w) {
			for _, r := range w {
				switch {
				case unicode.IsLetter(r):
					b.WriteRune(baseLetter(r))
				case r == '&':
					b.WriteRune('v') // "GD&ĐT": the ampersand stands for "và"
				}
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			b.WriteRune(baseLetter(r))
		}
	}
	return b.String()
}

// baseLetter lower-cases r and strips its marks: "Ủ" gives "u", "Đ" "d".
func baseLetter(r rune) rune {
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf {
		return r // ASCII has no marks to strip
	}
	if r == 'đ' {
		return 'd'
	}
	if d := norm.NFD.String(string(r)); d != "" {
		r, _ = utf8.DecodeRuneInString(d)
	}
	return r
}

// mayBeInitialled is the test of initialledName that turns down most words
// without a call: an initial opens the word, its dot at byte 1 or 2.
func mayBeInitialled(w string) bool {
	return len(w) > 2 && w[0] >= 'A' && w[0] <= 'Z' && (w[1] == '.' || w[2] == '.')
}

// initialledName reports a word made of one or two initials and a
// capitalised name, joined by dots: "C.Mác", "Ph.Ăng-ghen", "V.I.Lênin".
// An initial is a capital, or a capital and "h" or "r" (Ph, Th, Ch, Tr);
// "Tp.Huế" and "TP.HCM" are no names.
func initialledName(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot == len(w)-1 {
		return false // most words: no dot, no allocation
	}
	last := w[dot+1:]
	r, n := utf8.DecodeRuneInString(last)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(last) < 3 || isAcronym(last) {
		return false
	}
	for _, c := range last[n:] {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	initials := 0
	for rest := w[:dot]; rest != ""; initials++ {
		p := rest
		if i := strings.IndexByte(rest, '.'); i >= 0 {
			p, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		switch {
		case len(p) == 1 && p[0] >= 'A' && p[0] <= 'Z':
		case len(p) == 2 && p[0] >= 'A' && p[0] <= 'Z' && (p[1] == 'h' || p[1] == 'r'):
		default:
			return false
		}
	}
	return initials <= 2
}

// listedAfterFullName reports a name at token ns that follows, after a
// comma or "và", a full name of three syllables or more with nothing of its
// own after it ("các Phó Viện trưởng Nguyễn Văn Lâm, Lê Tài"): a
// list of names, where two syllables are a full name too.
func (a *peopleAnalysis) listedAfterFullName(ns int) bool {
	toks := a.toks
	n := len(a.mentions)
	if ns < 2 || n == 0 || toks[ns-1].text != "," && toks[ns-1].fold != "và" {
		return false
	}
	m := &a.mentions[n-1]
	return m.suffixEnd == ns-1 && m.suffixEnd == m.nameEnd && m.nameEnd-m.nameStart >= 3 && toks[m.nameStart].sent == toks[ns].sent
}

// foreignNameAfterCountry finds a foreign official's name after an office
// and the official's country, in one capitalised run toks[start:end]
// ("Bộ trưởng Ngoại giao Ấn Độ Subrahmanyam Jaishankar", "Ngoại trưởng
// Hoa Kỳ Michael Richard Pompeo", "... Singapore Vivian Balakrishnan"): the
// run opens with a known country of two words, a one-syllable country
// name, or a foreign word, and two or three words follow, one of them no
// Vietnamese syllable. It returns where the name starts, else -1.
func foreignNameAfterCountry(toks []token, start, end int) int {
	if end-start < 3 {
		return -1
	}
	// (the foreign word first: most runs, Vietnamese names, fail there
	// before any office or place is looked up)
	foreign := false
	for k := start + 1; k < end && !foreign; k++ {
		foreign = foreignSyllable(toks[k].fold)
	}
	if !foreign || !officeJustBefore(toks, start) {
		return -1
	}
	n := 0
	switch {
	case end-start >= 4 && spanIsPlace(toks, start, start+2) && toks[start].spaceAfter:
		n = 2
	case oneWordCountries[toks[start].fold] || foreignSyllable(toks[start].fold) && !westernOrgWord(toks[start].fold):
		n = 1
	default:
		return -1
	}
	name := start + n
	if end-name < 2 || syllablesIn(toks, name, end) > 3 || vocab.is(&toks[name], kindSurname) {
		return -1
	}
	for k := name; k < end; k++ {
		if foreignSyllable(toks[k].fold) {
			return name // (one of the name's own words, not only the country's)
		}
	}
	return -1
}

// oneWordCountries are the countries Vietnamese names with one syllable.
var oneWordCountries = map[string]bool{"lào": true, "nga": true, "pháp": true, "mỹ": true, "úc": true, "bỉ": true, "ý": true, "séc": true, "anh": true, "đức": true, "cuba": true}

// officeJustBefore reports an office head among the few words right before
// token start, with no mark between ("Bộ trưởng Ngoại giao <run>").
func officeJustBefore(toks []token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-6; k-- {
		if !toks[k].word {
			return false
		}
		if headAt(toks, k) > 0 {
			return true
		}
	}
	return false
}

// foreignNameAfterSeat returns the first token of a foreign name that
// follows the host country of a diplomatic office in one capitalised run
// ("Đại sứ Nhật Bản tại Việt Nam Yamada Takio"), or the envoy's own country
// ("Đại sứ Nhật Bản Yamada Takio"): the run opens with a known place after
// "tại" or the envoy's title, and the two or three words after it include
// one that cannot be a Vietnamese syllable. Else -1.
func foreignNameAfterSeat(d *document, toks []token, start, end int) int {
	if start == 0 || end-start < 3 || syllablesIn(toks, start, end) > 6 {
		return -1
	}
	// "Đại sứ Nhật Bản Yamada Takio": the envoy's own country, then the
	// name, written without the seat.
	if !envoyTitleBefore(toks, start) && (toks[start-1].fold != "tại" || !diplomaticSeat(toks, start-1)) {
		return -1
	}
	if toks[start].spaceAfter && (oneWordCountries[toks[start].fold] || foreignSyllable(toks[start].fold)) && vocab.is(&toks[start+1], kindSurname) {
		return start + 1 // "Đại sứ Việt Nam tại Lào Trần Văn Bình": a one-word host country, then our own envoy
	}
	if end-start < 4 {
		return -1
	}
	if !vocab.isPlace(d.folded[toks[start].start:toks[start+1].end]) {
		return -1
	}
	if vocab.is(&toks[start+2], kindSurname) && toks[start+2].spaceAfter {
		return start + 2 // "Đại sứ Việt Nam tại Nhật Bản Hoàng Thị Minh Nguyệt": our own envoy
	}
	if syllablesIn(toks, start, end) > 5 {
		return -1
	}
	for k := start + 2; k < end; k++ {
		if foreignSyllable(toks[k].fold) {
			return start + 2
		}
	}
	return -1
}

// addressPlace reports a capitalised run toks[start:end] that opens with
// "Bà" or "Ông" as part of a place name: a known place ("Bà Rịa-Vũng Tàu",
// "Bà Chiểu", "Ông Ích Khiêm"), or a run after a place word ("phường", "núi",
// "đường") whose next syllable is no surname ("chợ Bà Hoa"). Only such runs
// pay for the lookup.
func addressPlace(toks []token, start, end int) bool {
	if end-start < 2 {
		return false
	}
	f := toks[start].fold
	if f != "bà" && f != "ông" {
		return false
	}
	next := toks[start+1].fold
	if i := strings.IndexAny(next, "-–"); i > 0 {
		next = next[:i] // "Rịa-Vũng": a hyphen joins the two place names
	}
	if vocab.addrPlaces[f+" "+next] {
		return true
	}
	return orgPrefixBefore(toks, start) && !vocab.surnames[next]
}

// hyphenatedPlace reports a word of two capitalised Vietnamese syllables
// joined by a hyphen ("Rịa-Vũng", "Rang-Tháp"): merged province and city
// names are written so, Vietnamese personal names never are. Foreign
// names keep theirs ("Jean-Pierre", "Young-sam").
func hyphenatedPlace(t *token) bool {
	if !t.capital {
		return false
	}
	p := strings.IndexByte(t.text, '-')
	if p <= 0 || p+1 >= len(t.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text[p+1:])
	if !unicode.IsUpper(r) {
		return false
	}
	left, right := t.fold[:p], t.fold[p+1:]
	return !foreignSyllable(left) && !foreignSyllable(right) && strings.IndexByte(right, '-') < 0
}

// quotedTitleAt reports a name at token i inside the quoted title of a
// campaign, a topic or a work: “...” opened after a title noun
// ("chuyên đề “Học theo lời dạy của Chủ tịch X”", "cuộc thi
// “Tìm hiểu về cuộc đời X”"). A quote after a verb of saying is speech,
// and the people it names are read as usual.
func quotedTitleAt(d *document, toks []token, i int) bool {
	// Most names have no opening quote within the words the scan reads.
	if lo := max(1, i-30); lo >= i || !strings.Contains(d.text[toks[lo].start:toks[i].start], "“") {
		return false
	}
	sent := int(toks[i].sent)
	for k := i - 1; k >= 1 && i-k <= 30 && int(toks[k].sent) == sent; k-- {
		switch toks[k].text {
		case "”":
			return false // a quote closed before the name
		case "“":
			j := k - 1
			switch toks[j].fold {
			case "đề", "động", "trào", "phẩm", "sách", "thi", "hiệu", "tài":
				// chuyên đề, chủ đề, cuộc vận động, phong trào, tác
				// phẩm, cuốn sách, cuộc thi, khẩu hiệu, đề tài
				return j >= 1 && titleNoun(toks[j-1].fold+" "+toks[j].fold)
			}
			return false
		}
	}
	return false
}

func titleNoun(w string) bool {
	switch w {
	case "chuyên đề", "chủ đề", "vận động", "phong trào", "tác phẩm", "cuốn sách", "cuộc thi", "khẩu hiệu", "đề tài":
		return true
	}
	return false
}

// orgWordAcross reports whether the last syllable of a capitalised run
// ending before token end and the lower-case word at end form the name of a
// state body ("Quốc hội", "Cơ quan", "Chính phủ"), the word after them not
// making a verb of the pair ("Quốc hội kiến", "Cơ quan tâm").
func orgWordAcross(toks []token, end int) bool {
	if end < 1 || end >= len(toks) || !toks[end].lower || !toks[end-1].spaceAfter {
		return false
	}
	next := ""
	if end+1 < len(toks) && toks[end].spaceAfter {
		next = toks[end+1].fold
	}
	a, b := toks[end-1].fold, toks[end].fold
	switch {
	case foldPairIs(a, b, "quốc hội"):
		return next != "kiến" && next != "đàm" && next != "ý" && next != "thảo"
	case foldPairIs(a, b, "cơ quan"):
		return next != "tâm" && next != "sát" && next != "hệ" && next != "trọng" && next != "điểm" && next != "niệm" && next != "ngại"
	}
	if end >= 2 && toks[end-2].fold == "ban" && foldPairIs(a, b, "tôn giáo", "dân tộc", "dân vận", "tuyên giáo", "tổ chức", "nội chính",
		"kinh tế", "chỉ đạo", "quản lý", "thi đua", "tuyên huấn") {
		return true // "Đoàn Ban Tôn giáo Chính phủ": a committee named by its field
	}
	return foldPairIs(a, b, "chính phủ")
}

// leaderNameAt reports "Hồ Chí Minh" at token i: the name that schools,
// unions and cities are named after.
func leaderNameAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].fold == "hồ" && toks[i+1].fold == "chí" && toks[i+2].fold == "minh"
}
