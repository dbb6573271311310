package extractor

import (
	"slices"
	"strings"

	"github.com/meetx/meetx/schema"
)

// maxMentions bounds the evidence kept per person; the first mentions are
// the ones an analyst checks.
const maxMentions = 16

// mergeMentions turns mentions into persons: full names first, then
// given-name references ("đồng chí Thu Hà", "ông Kiên") joined to the full
// name they end with, the most recently named one winning.
func (a *peopleAnalysis) mergeMentions(d *document) {
	toks := a.toks
	isFull := func(m *mention) bool {
		return !m.short || vocab.is(&toks[m.nameStart], kindSurname)
	}
	// Persons are allocated in one block with room for one per mention,
	// the most there can be, so the pointers into it stay valid; the block
	// and the index by name are kept for the next page.
	a.accs = emptyWithRoom(a.accs, len(a.mentions))
	accs := a.accs
	if a.byKey == nil {
		a.byKey = map[string]int{}
	}
	byKey := a.byKey
	newPerson := func(m *mention) int {
		key := d.folded[toks[m.nameStart].start:toks[m.nameEnd-1].end]
		if i, ok := byKey[key]; ok {
			return i
		}
		accs = append(accs, personAcc{name: m.name, key: key, nameToks: toks[m.nameStart:m.nameEnd], first: m.nameStart})
		a.people = append(a.people, &accs[len(accs)-1])
		byKey[key] = len(a.people) - 1
		return len(a.people) - 1
	}
	// Pass 1: full names (three syllables or more, or two with a surname
	// that no longer name matches as a suffix).
	for i := range a.mentions {
		a.mentions[i].person = -1
		if !a.mentions[i].short {
			a.mentions[i].person = newPerson(&a.mentions[i])
		}
	}
	// Pass 2: short forms, matched through the last syllable against the
	// full names of pass 1.
	full := a.people[:len(a.people):len(a.people)]
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.person >= 0 {
			continue
		}
		nt := toks[m.nameStart:m.nameEnd]
		best := -1
		for c, p := range full {
			if len(p.nameToks) <= len(nt) || !sameSuffix(p.nameToks, nt) {
				continue
			}
			// the most recently introduced of several namesakes
			if best < 0 || (p.first < m.nameStart && p.first > a.people[best].first) {
				best = c
			}
		}
		switch {
		case best >= 0:
			m.person = best
		case m.weak:
		case len(nt) >= 2 && isFull(m):
			m.person = newPerson(m)
		case len(nt) >= 2 && len(m.honorifics) > 0:
			m.person = newPerson(m) // "ThS. H'Ruê Ayŭn": names without a listed surname
		}
	}
	// Drop unresolved references; fill persons in document order.
	kept := a.mentions[:0]
	for _, m := range a.mentions {
		if m.person < 0 {
			continue
		}
		kept = append(kept, m)
	}
	a.mentions = kept
	// Size each person's offices and mentions once; a person with none
	// keeps nil lists, as appending nothing would.
	counts := make([]int, 3*len(a.people))
	nPositions, nMentions, nHonorifics := counts[:len(a.people)], counts[len(a.people):2*len(a.people)], counts[2*len(a.people):]
	allPositions, allMentions, allHonorifics := 0, 0, 0
	for _, m := range a.mentions {
		nPositions[m.person] += len(m.positions)
		allPositions += len(m.positions)
		nHonorifics[m.person] += len(m.honorifics) // at most: some repeat
		allHonorifics += len(m.honorifics)
		if nMentions[m.person] < maxMentions {
			nMentions[m.person]++
			allMentions++
		}
	}
	// The lists of all persons share three arrays, each person's capped at
	// its size, so that an office added later copies that list only.
	positions := make([]schema.Position, allPositions)
	mentions := make([]schema.Evidence, allMentions)
	honorifics := make([]string, allHonorifics)
	a.evidence = make([]schema.Evidence, 0, allPositions)
	for i, p := range a.people {
		if n := nHonorifics[i]; n > 0 && p.honorifics == nil {
			p.honorifics, honorifics = honorifics[:0:n], honorifics[n:]
		}
		if n := nPositions[i]; n > 0 && p.positions == nil {
			p.positions, positions = positions[:0:n], positions[n:]
		}
		if n := nMentions[i]; n > 0 && p.mentions == nil {
			p.mentions, mentions = mentions[:0:n], mentions[n:]
		}
	}
	for _, m := range a.mentions {
		p := a.people[m.person]
		for _, h := range m.honorifics {
			p.honorifics = appendUnique(p.honorifics, h)
		}
		for _, ps := range m.positions {
			p.positions = append(p.positions, a.position(d, ps))
		}
		if len(p.mentions) >= maxMentions {
			continue
		}
		sent := d.sents[toks[m.nameStart].sent]
		p.mentions = append(p.mentions, schema.Evidence{Start: int(toks[m.nameStart].start), End: int(toks[m.nameEnd-1].end), Quote: d.text[sent.start:sent.end]})
	}
}

// sameSuffix reports whether the words of the tokens full end with those
// of short.
func sameSuffix(full, short []token) bool {
	off := len(full) - len(short)
	for i := range short {
		if full[off+i].fold != short[i].fold {
			return false
		}
	}
	return true
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// position builds the schema value of one office span.
func (a *peopleAnalysis) position(d *document, ps positionSpan) schema.Position {
	toks := a.toks
	text := strings.TrimSpace(d.text[toks[ps.start].start:toks[ps.end-1].end])
	p := schema.Position{Text: text}
	switch {
	case ps.head > 0 && ps.head <= ps.end-ps.start:
		// The title ends where an organisation noun starts inside the head
		// ("Giám đốc | Học viện Chính trị khu vực II", "Bí thư | Tỉnh ủy").
		title := ps.head
		for k := 1; k < ps.head; k++ {
			t := &toks[ps.start+k]
			if n, _ := vocab.orgHeads.matchAt(toks, ps.start+k); n > 0 && (t.capital || isAcronym(t.text)) {
				title = k
				break
			}
		}
		// "Phó Chủ tịch Thường trực HĐND tỉnh": "Thường trực" qualifies the
		// title, not the body.
		if at := ps.start + title; title == ps.head && at+1 < ps.end-1 && toks[at].fold == "thường" && toks[at+1].fold == "trực" {
			title += 2
		}
		p.Title = d.text[toks[ps.start].start:toks[ps.start+title-1].end]
		if ps.start+title < ps.end {
			p.Organization = strings.Trim(d.text[toks[ps.start+title].start:toks[ps.end-1].end], " ,;")
		}
	case ps.head == 0:
		p.Organization = text // an affiliation given instead of an office
	}
	sent := d.sents[toks[ps.start].sent]
	p.Evidence = a.newEvidence(schema.Evidence{Start: int(toks[ps.start].start), End: int(toks[ps.end-1].end), Quote: d.text[sent.start:sent.end]})
	return p
}

// applyLists spreads what a list opener says to every member: "các đồng
// chí: A, ...; B, ..." gives "đồng chí" to each, "các Phó Thủ tướng A, B"
// gives the office to each.
func (a *peopleAnalysis) applyLists(d *document) {
	toks := a.toks
	sharedAddress := -1 // the sentence whose list opened with "các đồng chí" or "có đồng chí"
	sharedWord := ""    // the address word that list opened with
	// Without "các", only members that open with their name ("có đồng
	// chí A, ...; B, ...") take the address word; one opened by its own
	// office ("; Phó Chủ tịch UBND tỉnh C") is named another way.
	sharedPlural := false
	chainEnd := -1 // the token after the latest member that holds the shared address word
	for i := range a.mentions {
		m := &a.mentions[i]
		// "các đồng chí: A, ...; B, ..." and "các đồng chí Phó Chủ tịch UBND
		// tỉnh: A, B" earlier in the same sentence.
		sent := int(toks[m.nameStart].sent)
		for k := m.prefixStart - 1; k >= 1 && int(toks[k].sent) == sent && m.prefixStart-k < 400; k-- {
			if toks[k].text != ":" {
				continue
			}
			c := k - 1
			for c > 0 && k-c < 16 && toks[c].fold != "các" && int(toks[c].sent) == sent {
				c--
			}
			if toks[c].fold == "các" && headAt(toks, c+1) > 0 && officeBefore(m) && semicolonIn(toks, k+1, m.prefixStart) {
				// "các Phó Chủ tịch UBND tỉnh: A, B; Chủ tịch Ủy ban MTTQ
				// tỉnh C": after a ";", a member with an office of his own
				// written first is past the list that shares an office.
				break
			}
			if toks[c].fold != "các" {
				// "có đồng chí: A - ...", "gồm các ông: A, ...; B, ...": the
				// address word before the colon reaches every member.
				if w := listAddress(toks, k); w != "" {
					a.people[m.person].honorifics = appendUnique(a.people[m.person].honorifics, w)
					sharedAddress, sharedWord, sharedPlural = sent, w, false
				}
				break
			}
			if c >= 2 && toks[c-1].fold == "gồm" {
				// "Các đại biểu Quốc hội tỉnh gồm các ông, bà: A, B": the
				// office is the opener's before "gồm"; the address words
				// after it.
				for c2 := c - 2; c2 >= 1 && c-c2 < 24 && int(toks[c2].sent) == sent; c2-- {
					if toks[c2].fold == "các" && headAt(toks, c2+1) > 0 {
						a.listOffices(d, m, c2+1, c-1)
						break
					}
				}
			}
			m.listOpen = c + 1
			if c > 0 && toks[c-1].fold == "của" && !m.genitive {
				// "lẵng hoa chúc mừng của các đồng chí: A, B": every
				// member is named in the genitive, like a single name.
				m.readGenitive(toks, c-1)
			}
			p := a.people[m.person]
			o := c + 1
			// "các đồng chí: A, ...", "các đ/c: A, ...": the plural address
			// word reaches every member, but a member with one of his own
			// ("các đồng chí dự gồm: Ông A - ..., ông B - ...") keeps it alone.
			comrades := 0
			if o+1 < k && toks[o].fold == "đồng" && toks[o+1].fold == "chí" {
				comrades = 2
			} else if o+1 == k && toks[o].fold == "đ/c" {
				comrades = 1
			}
			if comrades > 0 {
				if !hasAddressWord(m.honorifics) {
					p.honorifics = appendUnique(p.honorifics, "đồng chí") // ("đ/c" written out)
				}
				o += comrades
			} else if w := listAddress(toks, k); w != "" && o+1 == k {
				p.honorifics = appendUnique(p.honorifics, w) // "các ông: A, ...; B, ..."
				o++
			}
			// The opener's office reaches members who also have their own
			// ("các đồng chí Phó Giám đốc Sở: ông A - Trưởng
			// phòng ...; ...").
			a.listOffices(d, m, o, k)
			break
		}
		// "với sự tham dự và đồng chủ trì của A, ...; B, ..." and "dưới
		// sự chủ trì của A, ... và B, ...": the chair genitive reaches the
		// members listed after it.
		// ("dưới sự chủ trì của Bộ trưởng A, Thứ trưởng B": after a comma,
		// a member whose office comes before the name is another chair.)
		// ("dưới sự chủ trì của PGS.TS A – Chủ tịch Hội X, PGS.TS B –
		// Viện Y": so is one introduced by a title as the chair was.)
		if i > 0 && !m.genitive && m.prefixStart > 0 && (toks[m.prefixStart-1].text == ";" || toks[m.prefixStart-1].fold == "và" || toks[m.prefixStart-1].text == "," && (officeBefore(m) || titledLike(m, &a.mentions[i-1]))) {
			prev := a.mentions[i-1]
			if prev.chairGenitive && prev.suffixEnd == m.prefixStart-1 && toks[prev.nameStart].sent == toks[m.nameStart].sent {
				m.chairGenitive = true
			}
		}
		// "Các đồng chí A - ...; B - ... và đồng chí C": the address word
		// opening the list reaches every member. Members joined by "," or
		// "và" ("Các đồng chí A và B", "có đ/c A - ..., B - ..., C - ...")
		// take it when they follow the previous holder with nothing
		// between and open with their name.
		// After the plural "các đồng chí", a rank or title before the name
		// ("; Đại tá B, ...") does not stop it; an address word of the
		// member's own ("; ông B") does. After the singular ("có đồng chí
		// A, ...; GS.TS B, ...") a titled member is named another way.
		if sharedAddress >= 0 && int(toks[m.nameStart].sent) == sharedAddress && !hasAddressWord(m.honorifics) && (sharedPlural || len(m.honorifics) == 0) && m.prefixStart > 0 {
			sep := &toks[m.prefixStart-1]
			byName := !officeBefore(m)
			chained := m.prefixStart-1 == chainEnd && byName && (sep.text == "," || sep.fold == "và")
			if sep.text == ";" && (sharedPlural || byName) || chained {
				a.people[m.person].honorifics = appendUnique(a.people[m.person].honorifics, sharedWord)
				chainEnd = m.suffixEnd
			}
		}
		if m.prefixStart > 0 && slices.Contains(m.honorifics, "đồng chí") {
			// "Các đồng chí A - ...; B - ...", and "Dự có đồng chí A, ...;
			// B, ..." where the plural is left out: one address word
			// for the list.
			// ("cùng các đồng chí Phó Giám đốc A, B": "các" opens the
			// mention when the office is the list's)
			plural := toks[m.prefixStart].fold == "các" && toks[m.prefixStart].lower
			if f := toks[m.prefixStart-1].fold; f == "các" || f == "có" || f == "gồm" || plural {
				sharedAddress, sharedWord, sharedPlural = int(toks[m.nameStart].sent), "đồng chí", f == "các" || plural
				chainEnd = m.suffixEnd
			}
		} else if m.prefixStart > 0 && toks[m.prefixStart-1].fold == "các" && len(m.honorifics) > 0 && (m.honorifics[0] == "ông" || m.honorifics[0] == "bà") {
			// "gồm các ông A, B, C": the plural address word is every
			// member's; the singular "ông A, B" is A's alone.
			sharedAddress, sharedWord, sharedPlural = int(toks[m.nameStart].sent), m.honorifics[0], true
			chainEnd = m.suffixEnd
		}
		// "Nhà báo A, B, C": a profession word before the first of a bare
		// list of names is every member's.
		if i > 0 && len(m.honorifics) == 0 && len(m.positions) == 0 && m.prefixStart > 0 && toks[m.prefixStart-1].text == "," {
			prev := a.mentions[i-1]
			if len(prev.positions) == 0 && bareNamesBetween(toks, prev.suffixEnd, m.prefixStart) {
				if w := professionWord(prev.honorifics); w != "" {
					m.honorifics = append(m.honorifics, w)
					a.people[m.person].honorifics = appendUnique(a.people[m.person].honorifics, w)
				}
			}
		}
		// Shared office: the previous mention opened with "các <office>" and
		// only a comma or "và" separates the two.
		if i > 0 && len(m.positions) == 0 {
			prev := a.mentions[i-1]
			if prev.sharedOffice && prev.suffixEnd < len(toks) && (toks[prev.suffixEnd].text == "," || toks[prev.suffixEnd].fold == "và") && prev.suffixEnd+1 == m.prefixStart && len(prev.positions) > 0 {
				m.sharedOffice = true
				m.positions = append(m.positions, prev.positions[len(prev.positions)-1])
				a.people[m.person].positions = append(a.people[m.person].positions, a.position(d, prev.positions[len(prev.positions)-1]))
			}
		}
	}
}

// hasAddressWord reports an address word among honorifics ("ông", "bà",
// "đồng chí", "anh", "chị" ...), which names the person its own way.
func hasAddressWord(hons []string) bool {
	for _, h := range hons {
		switch h {
		case "đồng chí", "ông", "bà", "anh", "chị", "thầy", "cô", "ngài", "em", "cụ", "bác":
			return true
		}
	}
	return false
}

// titledLike reports a mention introduced by honorifics, as prev was, with
// an office after its name, as prev had: the next member of prev's list.
func titledLike(m, prev *mention) bool {
	return len(m.honorifics) > 0 && len(prev.honorifics) > 0 && m.suffixEnd > m.nameEnd && prev.suffixEnd > prev.nameEnd
}

// officeBefore reports a mention with an office written before its name.
func officeBefore(m *mention) bool {
	for _, p := range m.positions {
		if p.end <= m.nameStart {
			return true
		}
	}
	return false
}

// listAddress returns the address word that ends right before the colon at
// token k and opens a list ("có đồng chí:", "gồm các ông:", "các bà:"), or "".
func listAddress(toks []token, k int) string {
	j := k - 1
	if j < 1 || !toks[j].word {
		return ""
	}
	w := ""
	switch {
	case toks[j].fold == "chí" && toks[j-1].fold == "đồng":
		w, j = "đồng chí", j-2
	case toks[j].fold == "ông" || toks[j].fold == "bà":
		w, j = toks[j].fold, j-1
	default:
		return ""
	}
	if j >= 1 && (startsWithDigit(&toks[j]) || numberWord(toks[j].fold)) {
		j-- // "gồm 3 đồng chí: A, B và C"
	}
	if j < 0 {
		return ""
	}
	switch toks[j].fold {
	case "có", "gồm", "các":
		return w
	}
	return ""
}

// numberWord reports a Vietnamese number word from two to ten.
func numberWord(w string) bool {
	switch w {
	case "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười":
		return true
	}
	return false
}

// sentenceFlags is what a sentence says about everyone named in it, read
// once by assignRoles.
type sentenceFlags struct {
	papers, presidium, speakers bool
	sends                       int // token of "gửi lẵng hoa / thư / điện", or -1
}

// assignRoles reads each mention's part in the meeting from the verb after
// it, the clause that opens its sentence, and list openers.
func (a *peopleAnalysis) assignRoles(d *document) {
	toks := a.toks
	a.mentionStarts = zeroedTo(a.mentionStarts, len(toks))
	for _, m := range a.mentions {
		a.mentionStarts[m.prefixStart] = true
	}
	// flags is by mention; the mentions of a sentence follow each other
	// and share one reading.
	// Greetings sent are rare: the whole text is searched for them once,
	// and only once a sentence naming someone holds the verb as a word of
	// its own, which sendsGreetings needs (sends: 1 yes, -1 no, 0 not
	// searched yet).
	sends := 0
	sendsAnywhere := func() bool {
		if sends == 0 {
			sends = -1
			if strings.Contains(d.folded, "gửi ") {
				sends = 1
			}
		}
		return sends > 0
	}
	a.sentFlags = zeroedTo(a.sentFlags, len(a.mentions))
	flags := a.sentFlags
	for i, m := range a.mentions {
		si := int(toks[m.nameStart].sent)
		if i > 0 && int(toks[a.mentions[i-1].nameStart].sent) == si {
			flags[i] = flags[i-1]
			continue
		}
		sf := d.folded[d.sents[si].start:d.sents[si].end]
		luan, tichToa, gia, gui := a.sentenceOpeners(si)
		flags[i] = sentenceFlags{
			papers:    luan && papersNamed(sf),
			presidium: tichToa && (strings.Contains(sf, "đoàn chủ tịch") || strings.Contains(sf, "đoàn chủ tọa")) && strings.Contains(sf, "gồm"),
			speakers:  a.namesSpeakers(d, si, gia),
			sends:     -1,
		}
		if gui && sendsAnywhere() {
			flags[i].sends = a.sendsGreetings(si)
		}
	}
	for i := len(a.mentions) - 1; i >= 0; i-- {
		m := &a.mentions[i]
		p := a.people[m.person]
		if m.genitive && !m.speechGenitive && !m.chairGenitive && !m.requestGenitive {
			continue
		}
		if a.signsDocument(d, m) {
			continue // "Tổng Bí thư X đã ký ban hành Quy định ...": cited, not present
		}
		if a.saidBefore(m) {
			continue // "Như Tổng Bí thư X từng khẳng định, ...": cited from another occasion
		}
		if g := flags[i].sends; g > m.nameStart && !a.cueBefore(m.suffixEnd, g) {
			continue // "A, ...; B, ... đã gửi lẵng hoa chúc mừng": they sent flowers, they were not there
		}
		if a.citedAsExample(m) {
			if _, acts := a.cueAfter(i); !acts {
				continue // "... nhiều học giả, như A, B của ..., C": named, not present
			}
		}
		if m.chairGenitive && a.futureBefore(m) {
			continue // "Hội nghị sẽ diễn ra vào ngày ... dưới sự chủ trì của X": a meeting to come
		}
		p.acting = true
		if m.speechGenitive || m.requestGenitive {
			p.setRole(schema.RoleSpeaker)
		}
		if m.chairGenitive || m.chairNoted {
			p.setRole(schema.RoleChair)
		}
		cue, ok := a.cueAfter(i)
		if m.requestGenitive {
			cue, ok = roleCue{}, false // "Đó là ý kiến của X tại Hội nghị triển khai ...": the meeting's name, not X's verb
		}
		if ok && cue.phrase == "điều khiển" && drivesVehicle(toks, m.prefixStart) {
			cue, ok = roleCue{}, false // "xe khách do tài xế X điều khiển": X drove, chaired nothing
		}
		if ok {
			if cue.phrase == "quán triệt" || cue.phrase == "thông tin" || cue.phrase == "thông báo" {
				_, v, _ := a.cueAfterAt(i)
				switch {
				case v >= 0 && cue.phrase == "quán triệt" && meetingPurposeAt(toks, v+2):
					cue = roleCue{phrase: "phát biểu", role: schema.RoleSpeaker, agenda: schema.AgendaSpeech, strong: true}
				case v >= 0 && (cue.phrase == "thông tin" || cue.phrase == "thông báo") && briefingObject(toks, v+2, len(toks)):
					// A briefing ("thông tin những nội dung ...") is a
					// talk that presents a document: see sentenceItems.
					p.setRole(schema.RoleSpeaker)
					p.setRole(schema.RolePresenter)
				}
			}
			switch cue.phrase {
			case "đọc", "thay mặt", "phát biểu":
				if v := a.cueToken(i, cue); v >= 0 {
					cue = refineCue(toks, cue, v)
				}
			}
			a.giveRole(p, cue)
			if cue.phrase == "phát biểu đề dẫn" {
				p.setRole(schema.RolePresenter)
			}
			if c, ok := a.secondCue(m); ok {
				a.giveRole(p, c)
			}
			if a.directsLater(d, m.suffixEnd) {
				p.directs = true
			}
		}
		if !ok && a.readsOutPapers(m) {
			p.setRole(schema.RolePresenter)
		}
		if c, opens := a.openingCue(m); opens && !(ok && c.phrase == "thay mặt") {
			// "Thay mặt Ban Chấp hành, X trình bày Báo cáo chính trị":
			// speaking for a body is no part of its own when X's verb
			// follows; that verb says what X did.
			a.giveRole(p, c)
		}
		if a.quotedInHeadline(d, m) {
			p.setRole(schema.RoleSpeaker) // "Bí thư Thành ủy X: nhân rộng kinh nghiệm ...": X said it
		}
		if c, ok := a.passiveAgentCue(m); ok {
			a.giveRole(p, c) // "Hội nghị được chủ trì bởi X"
		}
		if k, comma := keynoteOpener(toks, a.sentStart[toks[m.nameStart].sent], m.prefixStart); k >= 0 && comma+1 == m.prefixStart {
			// "Trong bài phát biểu đề dẫn, X ...", "Trong lời đề dẫn, X":
			// the keynote presents the topic; a speech noun makes it a
			// speech too.
			p.setRole(schema.RolePresenter)
			for j := k; j < comma; j++ {
				if toks[j].fold == "phát" && toks[j+1].fold == "biểu" {
					p.setRole(schema.RoleSpeaker)
				}
			}
		}
		for _, c := range a.introCues(m) {
			a.giveRole(p, c)
		}
		f := flags[i]
		if f.papers && (!ok || cue.role == schema.RoleAttendee || a.papersBefore(m)) {
			// The papers of a sentence naming tham luận are spoken ("nghe 3
			// tham luận: A trình bày ...; B ..."), but a member with a verb
			// of its own before the word ("A trình bày báo cáo; B phát biểu
			// tham luận") did what that verb says.
			p.setRole(schema.RoleSpeaker)
		}
		if f.presidium {
			p.setRole(schema.RoleChair)
		}
		if f.speakers {
			p.setRole(schema.RoleSpeaker)
		}
		if a.chairList(m) {
			p.setRole(schema.RoleChair)
		}
		if !ok {
			if c, shared := a.listCue(i); shared {
				a.giveRole(p, c)
			}
		}
		if !a.present && (a.attendanceList(m) || a.holdsEvent(m)) {
			a.present = true
		}
	}
	a.listRoles()
	a.refRoles(d)
}

// futureBefore reports "sẽ" (will) in the clause before mention m, in
// the same sentence and with no ";" between.
func (a *peopleAnalysis) futureBefore(m *mention) bool {
	toks := a.toks
	for k := m.prefixStart - 1; k >= 0 && toks[k].sent == toks[m.nameStart].sent; k-- {
		if toks[k].text == ";" {
			return false
		}
		if toks[k].fold == "sẽ" && toks[k].lower {
			return true
		}
	}
	return false
}

// listRoles gives every member of a colon list ("các đồng chí: A, ...; B,
// ...; C, ...") the chair the list holds as a whole: the chair verb after
// its last member ("...; C, Bộ trưởng Bộ Y đồng chủ trì") or the chair of
// the mention it is joined to ("dưới sự chủ trì của đồng chí X, ... và các đồng chí:
// A, ...; B, ...").
func (a *peopleAnalysis) listRoles() {
	toks := a.toks
	for i := 0; i < len(a.mentions); {
		open := a.mentions[i].listOpen
		j := i + 1
		for j < len(a.mentions) && open > 0 && a.mentions[j].listOpen == open {
			j++
		}
		if open == 0 || j-i < 2 {
			i = j
			continue
		}
		var shared []roleCue
		// Only chairing is shared: "...; C, Giám đốc Sở Y tế phát biểu" is
		// as often C's own speech as the list's.
		if c, ok := a.cueAfter(j - 1); ok && c.role == schema.RoleChair {
			shared = append(shared, c)
		}
		if groupChairsList(toks, open-1) {
			shared = append(shared, roleCue{phrase: "chủ trì", role: schema.RoleChair, strong: true})
		}
		if c := open - 1; c >= 1 && toks[c-1].fold == "và" {
			for k := i - 1; k >= 0 && a.mentions[k].suffixEnd >= c-1; k-- {
				if a.mentions[k].suffixEnd == c-1 && a.mentions[k].chairGenitive {
					shared = append(shared, roleCue{phrase: "chủ trì", role: schema.RoleChair, strong: true})
				}
			}
		}
		for k := i; k < j; k++ {
			for _, c := range shared {
				a.giveRole(a.people[a.mentions[k].person], c)
			}
		}
		i = j
	}
}

// listCue reads the verb a list that opens its sentence shares: a chair
// verb after its last member, or one joined to attending ("dự và chỉ
// đạo"): "A, Bí thư Tỉnh ủy; B, Phó Bí
// thư Tỉnh ủy điều hành hội nghị", "Các đồng chí A, Phó Bí thư Tỉnh ủy, B,
// Chủ tịch UBND tỉnh chủ trì", "Chủ tịch HĐND tỉnh A, các Phó Chủ tịch
// HĐND tỉnh B, C đồng chủ trì" make every member a chair. Members are
// joined by ";", "," or "và" with nothing else between them, so the verb
// is the list's. Other verbs are as often the last member's own, as in
// listRoles.
func (a *peopleAnalysis) listCue(i int) (roleCue, bool) {
	toks := a.toks
	joined := func(j int) bool { // mention j and j+1 are joined by a separator
		m, n := a.mentions[j], a.mentions[j+1]
		if m.suffixEnd >= len(toks) || n.prefixStart != m.suffixEnd+1 || toks[n.nameStart].sent != toks[m.nameStart].sent {
			return false
		}
		t := &toks[m.suffixEnd]
		// ("A, Giám đốc Sở cùng các đồng chí Phó Giám đốc B, C chủ trì":
		// the companions after "cùng" are the list's too)
		return t.text == ";" || t.text == "," || t.fold == "và" || t.fold == "cùng" && t.lower
	}
	first := i
	for first > 0 && joined(first-1) {
		first--
	}
	last := i
	for last+1 < len(a.mentions) && joined(last) {
		last++
	}
	if last == i {
		return roleCue{}, false
	}
	// "A, <offices> cùng các đồng chí B, C chủ trì hội nghị": a list whose
	// first member "cùng" joins to the rest is the subject wherever the
	// sentence started.
	companions := toks[a.mentions[first].suffixEnd].fold == "cùng"
	subject := a.opensSentence(a.mentions[first]) || a.afterOpener(first)
	if !companions && !subject {
		return roleCue{}, false
	}
	c, ok := a.cueAfter(last)
	if ok && companions && !subject && c.role != schema.RoleChair {
		return roleCue{}, false
	}
	if ok && (c.role == schema.RoleChair || a.attendsAnd(last)) {
		return c, true
	}
	return roleCue{}, false
}

// attendsAnd reports a mention followed by "dự và <verb>" ("A, ...; B,
// ... dự và chỉ đạo hội nghị"): attending is everyone's, so the verb
// joined to it is too.
func (a *peopleAnalysis) attendsAnd(i int) bool {
	toks := a.toks
	k := a.mentions[i].suffixEnd
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	n, c := cueAt(toks, k)
	return n > 0 && c.role == schema.RoleAttendee && c.phrase != "tham gia" && c.phrase != "dẫn đầu" &&
		k+n < len(toks) && toks[k+n].fold == "và"
}

// opensSentence reports a mention whose honorifics and offices open its
// sentence, or follow only the plural "các" ("Các đồng chí A, ..."). A
// full stop glued to the next word ("cuộc họp.Các đồng chí") also ends a
// sentence, though the sentence split missed it.
func (a *peopleAnalysis) opensSentence(m mention) bool {
	toks := a.toks
	k := m.prefixStart
	if k > 0 && toks[k-1].fold == "các" {
		k--
	}
	if k == a.sentStart[toks[m.nameStart].sent] {
		return true
	}
	if k < 2 || toks[k-1].text != "." || !toks[k].capital {
		return false
	}
	// "cuộc họp.Các đồng chí", "quý I. Đồng chí": the stop ends a
	// sentence after a word, a number or a Roman numeral, not after an
	// abbreviation ("TP. Hồ Chí Minh").
	w := &toks[k-2]
	return !toks[k-1].spaceAfter || w.lower || w.word && !w.capital && !isAcronym(w.text) || romanNumeral(w.text)
}

// afterOpener reports mention i right after a short clause that opens its
// sentence and names no one ("Sáng 5/7, A, ... cùng B, C chủ trì hội
// nghị"): the time or place of the sentence, not a list's start.
func (a *peopleAnalysis) afterOpener(i int) bool {
	toks := a.toks
	m := a.mentions[i]
	k := m.prefixStart
	if k > 0 && toks[k-1].fold == "các" {
		k--
	}
	f := a.sentStart[toks[m.nameStart].sent]
	if k < 2 || k-f > 10 || toks[k-1].text != "," {
		return false
	}
	for j := f; j < k-1; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	return i == 0 || a.mentions[i-1].suffixEnd <= f
}

// romanNumeral reports a Roman numeral up to XXXIX ("quý I", "khóa XIV").
func romanNumeral(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// introCues reads the part given to everyone a short opening clause
// introduces with "có": "Về dự và chỉ đạo buổi lễ có các đồng chí: A,
// ...; B, ...", "Dự và chỉ đạo có ông A, bà B" or "Chỉ đạo Hội nghị có
// ..." makes each a speaker.
// Chairing is left to chairList and attending is the default.
func (a *peopleAnalysis) introCues(m *mention) []roleCue {
	toks := a.toks
	f := a.sentStart[toks[m.nameStart].sent]
	c := -1
	for k := f; k < m.prefixStart && k-f <= 12; k++ {
		if toks[k].fold == "có" {
			c = k
			break
		}
	}
	if c < 0 && toks[f].fold == "dự" {
		// "Dự và chỉ đạo Đại hội ông A, ...; Đại tá B, ...": the list
		// follows the opener without "có".
		if i, j := a.mentionRange(int(toks[f].start), int(toks[m.nameStart].start)+1); i < j {
			if first := a.mentions[i].prefixStart; first-f <= 12 && !punctuationIn(toks, f, first) {
				c = first
			}
		}
	}
	if c < 0 {
		return nil
	}
	var cues []roleCue
	for k := f; k < c; k++ {
		n, cue := cueAt(toks, k)
		if n == 0 {
			continue
		}
		// Only a verb joined to attending counts ("dự và chỉ đạo"): in
		// "Dự Lễ khai giảng có ..." the verb names the event.
		// "Dự chỉ đạo cuộc họp có ...", "Dự, chỉ đạo và chúc mừng ..." join
		// the verb to attending without "và" as well.
		// Only directing and greeting read so: "Dự khai mạc ..." attends
		// the opening session.
		bare := cue.phrase == "chỉ đạo" || cue.phrase == "chúc mừng"
		joined := k > f && (toks[k-1].fold == "và" || bare && (k == f+1 && toks[f].fold == "dự" || k == f+2 && toks[f].fold == "dự" && toks[f+1].text == ","))
		if joined && toks[k].lower && cue.role != schema.RoleAttendee && cue.role != schema.RoleChair && cue.phrase != "theo" && cue.strong {
			cues = append(cues, cue)
		}
		// "Chỉ đạo Hội nghị có đồng chí A; các đồng chí B, C": directing
		// the meeting is itself the part played.
		if k == f && cue.phrase == "chỉ đạo" {
			cues = append(cues, cue)
		}
		k += n - 1
	}
	return cues
}

// semicolonIn reports a ";" among tokens [from, to).
func semicolonIn(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].text == ";" {
			return true
		}
	}
	return false
}

// punctuationIn reports a mark among tokens [from, to).
func punctuationIn(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if !toks[k].word {
			return true
		}
	}
	return false
}

func (a *peopleAnalysis) giveRole(p *personAcc, c roleCue) {
	switch {
	case (c.agenda == schema.AgendaAward || c.agenda == schema.AgendaSigning) && !c.strong:
		// Handing over an award ("trao tặng Huân chương") or signing an
		// agreement ("cùng ký kết Bản ghi nhớ") is no speech.
	case c.role == schema.RoleSpeaker && !c.strong:
		p.weakSpeech = true
		if c.phrase == "đề nghị" || c.phrase == "yêu cầu" {
			p.directs = true
		}
	case c.role == schema.RoleAttendee:
	case c.phrase == "trình bày tham luận":
		p.setRole(schema.RoleSpeaker)
		p.setRole(schema.RolePresenter)
	default:
		p.setRole(c.role)
	}
}

// cueAfter reads the verb after mention i, skipping adverbs ("đã", "cũng");
// a mention joined to the next by "và" shares the next one's verb
// ("Thứ trưởng A và đồng chí B đồng chủ trì").
func (a *peopleAnalysis) cueAfter(i int) (roleCue, bool) {
	toks := a.toks
	m := a.mentions[i]
	k := skipBracket(toks, skipPhotoPlace(toks, m.suffixEnd))
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	if k < len(toks) && toks[k].sent != toks[m.nameStart].sent && a.lineBrokenAfter(&m, k) {
		if n, c := cueAt(toks, k); n > 0 && c.phrase != "theo" && c.role != schema.RoleAttendee {
			return c, true
		}
	}
	if k >= len(toks) || toks[k].sent != toks[m.nameStart].sent {
		return roleCue{}, false
	}
	if toks[k].fold == "và" && i+1 < len(a.mentions) && a.mentions[i+1].prefixStart == k+1 && a.mentions[i+1].person != m.person {
		return a.cueAfter(i + 1)
	}
	// "A, cùng ông B, Phó Chủ tịch UBND tỉnh, đồng chủ trì": the companion
	// after "cùng" shares A's chairing or attending.
	j := k
	if toks[k].text == "," {
		j++
	}
	if j+1 < len(toks) && toks[j].fold == "cùng" && toks[j].lower &&
		i+1 < len(a.mentions) && a.mentions[i+1].prefixStart == j+1 && a.mentions[i+1].person != m.person {
		if c, ok := a.cueAfter(i + 1); ok && (c.role == schema.RoleChair || c.role == schema.RoleAttendee) {
			return c, true
		}
	}
	if c, ok := unnamedCoChairs(toks, k); ok {
		return c, true
	}
	if toks[k].fold == "cùng" && k+1 < len(toks) && toks[k+1].lower {
		// "A, B cùng chủ trì", "A cùng dự": "cùng" is "together" here,
		// not "with" before a companion.
		if n, c := cueAt(toks, k+1); n > 0 && c.phrase != "theo" && c.role != schema.RoleAttendee {
			return c, true
		}
	}
	if toks[k].text == "," && k+1 < len(toks) && toks[k+1].fold == "người" && toks[k+1].lower {
		// "X, Chủ tịch UBND xã, người đã gắn bó ..., chia sẻ ...": an
		// apposition describing X; the verb after it is X's.
		for j := k + 2; j < len(toks) && j-k < 24 && toks[j].sent == toks[k].sent; j++ {
			if toks[j].text == "," {
				if n, c := cueAt(toks, j+1); n > 0 && toks[j+1].lower && c.phrase != "theo" && c.role != schema.RoleAttendee {
					return c, true
				}
				break
			}
		}
	}
	if toks[k].text == "," && k+1 < len(toks) && toks[k+1].capital && m.suffixEnd > m.nameEnd && presentsAt(toks, k+1) {
		// "X - Chủ nhiệm UBKT, Báo cáo kết quả thẩm tra ...": the paper
		// presented, its verb capitalised after the offices.
		_, c := cueAt(toks, k+1)
		return c, true
	}
	if toks[k].text == "," && k+1 < len(toks) && toks[k+1].lower && describesPerson(toks, k+1) && !a.openedByTheo(&m) {
		// "Cử tri Lê Văn A, thôn 2, xã Bình Minh kiến nghị ...", "Cô X,
		// giáo viên Trường Tiểu học Y phát biểu": where the person lives
		// or works, in lower case; the verb after it is still theirs.
		if c, ok := a.cueAfterDescription(k+1, int(toks[m.nameStart].sent)); ok {
			return c, true
		}
	}
	if toks[k].text == "," && k+1 < len(toks) && toks[k+1].lower && !a.openedByTheo(&m) {
		// "..., có Phó Chủ tịch UBND tỉnh - X, chủ trì cùng ...": the chair's
		// verb after a comma is still X's
		if n, c := cueAt(toks, k+1); n > 0 && c.role == schema.RoleChair {
			return c, true
		}
	}
	if toks[k].text == "," && k+1 < len(toks) && toks[k+1].lower && !representsBody(toks, k+1) {
		return roleCue{}, false // "Theo X, ...": what follows is not X's verb
	}
	if n, c := cueAt(toks, k); n > 0 && toks[k].lower && c.phrase != "theo" && c.role != schema.RoleAttendee {
		return c, true
	}
	// "dự và chỉ đạo", "tham gia trực tuyến từ ..., chia sẻ": the part
	// played comes later in the same clause.
	for j := k; j < len(toks) && j-k < 15 && toks[j].sent == toks[m.nameStart].sent; j++ {
		if !toks[j].word {
			if t := toks[j].text; t == ";" || t == ":" || t == "." || t == "(" || t == "…" {
				break
			}
			continue
		}
		if a.startsMention(j) || toks[j].fold == "cùng" && !(j == k && k+1 < len(toks) && toks[k+1].lower) {
			break // "X cùng Y ...": a companion; but "X cùng dự và phát biểu" is together
		}
		if n, c := cueAt(toks, j); n > 0 && toks[j].lower && c.phrase != "theo" && c.role != schema.RoleAttendee {
			if toks[j-1].fold == "được" || toks[j-1].fold == "nhận" || toks[j-1].fold == "nghe" {
				// "X được trao tặng Huân chương", "X ... để nghe báo
				// cáo": X receives or listens, the verb is someone else's.
				return roleCue{}, false
			}
			// A chair verb further on must follow "và" ("dự và chủ trì")
			// or "dự," ("dự, chủ trì và phát biểu"): elsewhere it is part
			// of an office ("Giám đốc điều hành").
			if c.role == schema.RoleChair && toks[j-1].fold != "và" && !(toks[j-1].text == "," && j >= 2 && toks[j-2].fold == "dự") &&
				!(j >= 3 && toks[j-3].fold == "và" && foldPairIs(toks[j-2].fold, toks[j-1].fold, "tham gia")) {
				continue // ("dự và tham gia chủ trì hội thảo": a co-chair)
			}
			if eventNoun(toks[j-1].fold) {
				continue // "X dự lễ khai mạc": the opening is an event X attends
			}
			return c, true
		}
	}
	return roleCue{}, false
}

// listOffices gives member m the offices of a list's opener written in
// tokens [o, k): "các đồng chí Huyện ủy viên, Phó Chủ tịch UBND huyện: A,
// ..." (two offices, parted by the comma). "gồm" ends them ("Các đại biểu
// Quốc hội tỉnh gồm: A, B").
func (a *peopleAnalysis) listOffices(d *document, m *mention, o, k int) {
	toks := a.toks
	p := a.people[m.person]
	for o < k && headAt(toks, o) > 0 {
		e := o + 1
		for e < k && !(toks[e].text == "," && e+1 < k && headAt(toks, e+1) > 0) && toks[e].fold != "gồm" {
			e++
		}
		ps := positionSpan{start: o, end: e, head: headAt(toks, o)}
		m.positions = append(m.positions, ps)
		p.positions = append(p.positions, a.position(d, ps))
		o = e + 1
	}
}

// saidBefore reports a mention followed by "(đã) từng" and a verb
// ("Tổng Bí thư X từng khẳng định", "Bác Hồ đã từng căn dặn", "nguyên Chủ
// tịch nước X đã từng về thăm xã"): words or deeds of another occasion,
// not of the meeting; or by "từ trần", "qua đời", "hy sinh": the dead.
func (a *peopleAnalysis) saidBefore(m *mention) bool {
	toks := a.toks
	k := m.suffixEnd
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	if k+1 >= len(toks) || !toks[k].lower || toks[k].sent != toks[m.nameStart].sent {
		return false
	}
	if foldPairIs(toks[k].fold, toks[k+1].fold, "từ trần", "qua đời", "hy sinh", "hi sinh") {
		return true // "đồng chí X, nguyên Bí thư Tỉnh ủy đã từ trần": mourned, not present
	}
	if toks[k].fold != "từng" {
		return false
	}
	return toks[k+1].word && toks[k+1].lower && toks[k+1].fold != "bước" // "từng bước" is "step by step"
}

// describesPerson reports a lower-case word at token k that opens an
// apposition saying where a person lives or what they do, when no office
// is written: "thôn 2, xã B", "trú tại ...", "giáo viên Trường ...". ("người
// ..." appositions are read by cueAfter itself, up to their closing comma.)
func describesPerson(toks []token, k int) bool {
	switch toks[k].fold {
	case "thôn", "xóm", "ấp", "bản", "buôn", "làng", "tổ", "khu", "khối", "xã", "phường", "thị", "trú", "ở", "quê",
		"giáo", "nông", "học", "sinh", "hội", "đoàn", "đảng", "cựu", "công", "chủ", "chuyên", "kỹ", "kĩ", "nhân":
		return toks[k].word
	}
	return false
}

// openedByTheo reports a mention right after "Theo" ("Theo ông X, ..."):
// what follows the comma is the person's view, not a verb of theirs.
func (a *peopleAnalysis) openedByTheo(m *mention) bool {
	return m.prefixStart > 0 && a.toks[m.prefixStart-1].fold == "theo"
}

// cueAfterDescription reads the verb that follows a lower-case apposition
// starting at token from: the first cue within a few words, in the same
// sentence, before any other person, bracket, colon or semicolon.
func (a *peopleAnalysis) cueAfterDescription(from, sent int) (roleCue, bool) {
	toks := a.toks
	for j := from + 1; j < len(toks) && j-from < 12 && int(toks[j].sent) == sent; j++ {
		if !toks[j].word {
			if t := toks[j].text; t == ";" || t == ":" || t == "(" || t == "…" {
				break
			}
			continue
		}
		if a.startsMention(j) {
			break
		}
		if n, c := cueAt(toks, j); n > 0 && toks[j].lower {
			if c.role == schema.RoleAttendee || c.phrase == "theo" || toks[j-1].fold == "được" || toks[j-1].fold == "nghe" {
				return roleCue{}, false
			}
			return c, true
		}
	}
	return roleCue{}, false
}

// representsBody reports "đại diện <Body>" at token k, an apposition
// saying whom the person speaks for ("nghe ông X, đại diện Tổ đại biểu
// HĐND tỉnh báo cáo ..."): the verb after the body is still the person's.
func representsBody(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].fold == "đại" && toks[k+1].fold == "diện" && (toks[k+2].capital || isAcronym(toks[k+2].text))
}

// unnamedCoChairs reads "và các <office> chủ trì" at token k, after a
// person: "Chủ tịch HĐND tỉnh A và các Phó Chủ tịch HĐND tỉnh chủ trì kỳ
// họp". The person chairs with colleagues left unnamed; only the chair
// verbs count, as an office may hold other verbs' words.
func unnamedCoChairs(toks []token, k int) (roleCue, bool) {
	if k+3 >= len(toks) || toks[k].fold != "và" || toks[k+1].fold != "các" || headAt(toks, k+2) == 0 {
		return roleCue{}, false
	}
	for j := k + 2; j < len(toks) && j-k < maxOfficeTokens && toks[j].word && toks[j].sent == toks[k].sent; j++ {
		if !toks[j].lower {
			continue
		}
		if n, c := cueAt(toks, j); n > 0 {
			if c.role == schema.RoleChair && c.phrase != "điều hành" && c.phrase != "điều khiển" {
				return c, true
			}
			return roleCue{}, false
		}
	}
	return roleCue{}, false
}

// cueToken returns the token where cue c, read after mention i, starts:
// right after the name and offices (a caption line broken before the
// verb too), else where cueAfterAt finds it; -1 if not found.
func (a *peopleAnalysis) cueToken(i int, c roleCue) int {
	toks := a.toks
	k := a.mentions[i].suffixEnd
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	if n, c2 := cueAt(toks, k); n > 0 && c2.phrase == c.phrase {
		return k
	}
	_, v, _ := a.cueAfterAt(i)
	return v
}

// refineCue reads the words after the cue at token v that change the part
// it gives: "đọc diễn văn" is a speech, not a paper read out; "thay mặt
// <body> trình bày Báo cáo" presents, the body's name between; "phát biểu
// đề dẫn" is a keynote, both a speech and a report.
func refineCue(toks []token, c roleCue, v int) roleCue {
	switch c.phrase {
	case "đọc":
		if v+2 < len(toks) && toks[v+1].fold == "diễn" && toks[v+2].fold == "văn" {
			return roleCue{phrase: "đọc diễn văn", role: schema.RoleSpeaker, agenda: schema.AgendaSpeech, strong: true}
		}
	case "thay mặt":
		if c2, k := onBehalfVerb(toks, v+2, len(toks)); k >= 0 && toks[k].sent == toks[v].sent && c2.role == schema.RolePresenter {
			return c2
		}
		if passesPapers(toks, v+2) {
			// "thay mặt Đoàn Chủ tịch thông qua Nghị quyết Đại hội": reading
			// out the papers for adoption presents them.
			return roleCue{phrase: "thông qua", role: schema.RolePresenter, strong: true}
		}
	case "phát biểu":
		if v+3 < len(toks) && toks[v+2].fold == "đề" && toks[v+3].fold == "dẫn" {
			return roleCue{phrase: "phát biểu đề dẫn", role: schema.RoleSpeaker, agenda: schema.AgendaReport, strong: true}
		}
	}
	return c
}

// eventNoun reports a noun that turns the speech cue after it into the
// name of a session ("lễ khai mạc", "phiên bế mạc", "buổi tổng kết").
func eventNoun(w string) bool {
	switch w {
	case "lễ", "phiên", "buổi":
		return true
	}
	return false
}

// adverbAt reports an adverb at token k that is not the first word of a
// verb: "tiếp" is "next" in "X tiếp phát biểu" but starts "tiếp thu".
func adverbAt(toks []token, k int) bool {
	if !toks[k].word || !isAdverb(toks[k].fold) {
		return false
	}
	n, _ := cueAt(toks, k)
	return n == 0
}

// isAdverb reports adverbs that may stand between a person and the verb
// ("X đã trình bày", "X cũng phát biểu").
func isAdverb(w string) bool {
	switch w {
	case "đã", "cũng", "vừa", "sẽ", "đều", "tiếp", "thì", "lại", "còn":
		return true
	}
	return false
}

// openingCue reads the clause that opens the mention's sentence when the
// mention comes right after its comma: "Phát biểu khai mạc Hội nghị, TS. X
// ...", "Báo cáo tại buổi làm việc, bà X ...", "Theo ông X, ...".
func (a *peopleAnalysis) openingCue(m *mention) (roleCue, bool) {
	toks := a.toks
	f := a.sentStart[toks[m.nameStart].sent]
	if f >= m.prefixStart {
		return roleCue{}, false
	}
	if toks[m.prefixStart-1].text != "," {
		// "Theo ông Phúc, ..." opens with the cue right before the mention.
		if m.prefixStart-1 == f && toks[f].fold == "theo" {
			return roleCue{phrase: "theo", role: schema.RoleSpeaker}, true
		}
		return roleCue{}, false
	}
	// the comma must be the first one of the sentence
	for k := f; k < m.prefixStart-1; k++ {
		if toks[k].text == "," {
			return roleCue{}, false
		}
	}
	n, c := cueAt(toks, f)
	if n == 0 {
		return roleCue{}, false
	}
	if c.role == schema.RoleAttendee || c.phrase == "theo" {
		// "Theo đó, X ..." is a connective; "Theo ông X, ..." is read above.
		return roleCue{}, false
	}
	return c, true
}

// chairList reports a mention introduced by "Chủ trì ... có" (or "Điều
// hành ... có") or "do ... chủ trì" lists.
func (a *peopleAnalysis) chairList(m *mention) bool {
	toks := a.toks
	f := a.sentStart[toks[m.nameStart].sent]
	// "Cùng chủ trì có ...", "Dự và chủ trì tọa đàm có ...", "Tới dự và
	// chủ trì ...", "Tham dự, chủ trì và chỉ đạo ...": words of attending
	// may come before the chair verb.
	if toks[f].fold == "tại" || toks[f].fold == "về" && f+1 < len(toks) && toks[f+1].fold == "phía" {
		// "Tại điểm cầu huyện X (,) dự và chủ trì hội nghị có ...", "Về
		// phía Bộ X dự và chủ trì ...": the place or side the sentence
		// opens with comes before the verb.
		for k := f + 1; k < m.prefixStart && k-f < 12; k++ {
			if t := &toks[k]; t.text == "," || t.lower && (t.fold == "dự" || t.fold == "chủ" || t.fold == "tham") {
				f = k
				break
			}
		}
	}
	for k := 0; k < 5 && f+1 < len(toks); k++ {
		switch toks[f].fold {
		case "cùng", "về", "đến", "tới", "tham", "dự", "và", ",":
			f++
			continue
		}
		break
	}
	if !chairVerbAt(toks, f) {
		// "..., chủ trì đồng chí X", "Đến dự có A; chủ trì Hội nghị có
		// ông B": the chair's clause opens after a comma or semicolon,
		// and says no more than the event before the name.
		c := m.prefixStart - 1
		for ; c > f && c > m.prefixStart-8 && toks[c].text != "," && toks[c].text != ";"; c-- {
			if w := toks[c].fold; w == "và" || w == "cùng" {
				return false
			}
		}
		if c <= f || c == m.prefixStart-1 || !chairVerbAt(toks, c+1) {
			return false
		}
		f = c + 1
	}
	k := f
	for ; k < m.prefixStart && k-f < 30; k++ { // "Chủ trì Hội nghị có ..." is short
		if toks[k].text == ";" {
			return false // "Chủ trì ... A; tham dự có B": the chair's clause ended before
		}
		if toks[k].fold == "có" || (toks[k].fold == "là" || toks[k].fold == "gồm") && toks[k].lower || toks[k].text == ":" { // "Chủ trì hội nghị là đồng chí X", "Chủ trì hội thảo gồm ...", "Dự và chủ trì Tọa đàm: A, ...; B, ..."
			return !a.newListBetween(k+1, m.prefixStart)
		}
	}
	// "Chủ trì buổi họp báo bà X": the event, then the chair, with no
	// "có" and no punctuation between.
	return k == m.prefixStart && a.onlyWordsBetween(f, k)
}

// chairVerbAt reports a verb of chairing at token f: "chủ trì", "chủ
// tọa", "đồng chủ trì", "điều hành" ("Cùng điều hành kỳ họp còn có bà X").
func chairVerbAt(toks []token, f int) bool {
	return f+1 < len(toks) && (toks[f].fold == "chủ" && (toks[f+1].fold == "trì" || toks[f+1].fold == "tọa") ||
		toks[f].fold == "điều" && toks[f+1].fold == "hành") ||
		toks[f].fold == "đồng" && f+2 < len(toks) && toks[f+1].fold == "chủ" && toks[f+2].fold == "trì"
}

// onlyWordsBetween reports whether toks[from:to] are all words.
func (a *peopleAnalysis) onlyWordsBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if !a.toks[k].word {
			return false
		}
	}
	return true
}

// newListBetween reports a second list opened by "có" after a semicolon
// between tokens from and to: "Chủ trì hội nghị có A; cùng dự có B" ends
// the chairs at A.
func (a *peopleAnalysis) newListBetween(from, to int) bool {
	toks := a.toks
	semi := false
	for k := from; k < to; k++ {
		switch {
		case toks[k].text == ";":
			semi = true
		case semi && toks[k].fold == "có" && toks[k].lower:
			return true
		}
	}
	return false
}

// namesSpeakers reports a sentence that introduces the invited speakers of
// a seminar: it says "diễn giả" itself ("các diễn giả gồm ...") or opens
// with "Đó là" / "Gồm" right after one that does.
func (a *peopleAnalysis) namesSpeakers(d *document, si int, gia bool) bool {
	sf := d.folded[d.sents[si].start:d.sents[si].end]
	if gia && strings.Contains(sf, "diễn giả") {
		return true
	}
	if si == 0 || !(strings.HasPrefix(sf, "đó là ") || strings.HasPrefix(sf, "gồm ")) {
		return false
	}
	return strings.Contains(d.folded[d.sents[si-1].start:d.sents[si-1].end], "diễn giả")
}

// sentenceOpeners reports whether a token of sentence si opens with "luận",
// with "tịch" or "tọa", with "giả", and whether one is "gửi". A word that
// follows a space in a phrase opens a token wherever the phrase is
// written, so a sentence without it cannot hold "tham luận", "đoàn chủ
// tịch" or "đoàn chủ tọa", "diễn giả": one pass over its tokens spares most
// sentences the text searches.
func (a *peopleAnalysis) sentenceOpeners(si int) (luan, tichToa, gia, gui bool) {
	toks := a.toks
	for k := a.sentStart[si]; k < len(toks) && int(toks[k].sent) == si; k++ {
		switch f := toks[k].fold; f[0] {
		case 'l':
			luan = luan || strings.HasPrefix(f, "luận")
		case 't':
			tichToa = tichToa || strings.HasPrefix(f, "tịch") || strings.HasPrefix(f, "tọa")
		case 'g':
			gia = gia || strings.HasPrefix(f, "giả")
			gui = gui || f == "gửi"
		}
	}
	return luan, tichToa, gia, gui
}

// signsDocument reports a mention followed by "(đã) ký ban hành" or "ký"
// plus a document: the signer of a directive, not a participant.
func (a *peopleAnalysis) signsDocument(d *document, m *mention) bool {
	toks := a.toks
	k := m.suffixEnd
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	if k+2 >= len(toks) || toks[k].fold != "ký" {
		return false
	}
	if toks[k+1].fold == "ban" && toks[k+2].fold == "hành" {
		return true
	}
	if m.prefixStart > 0 && toks[m.prefixStart-1].fold == "do" {
		return true // "Quyết định số 12/QĐ-UBND do Chủ tịch UBND tỉnh X ký ngày 3/5"
	}
	return docTypeAt(d.folded, int(toks[k+1].start)) > 0
}

// papersNamed reports "tham luận" in a folded sentence other than in "tác
// giả tham luận": the authors of papers named as a crowd among the guests
// ("...; cùng các nhà quản lý, các tác giả tham luận hội thảo") make no
// one listed a speaker.
func papersNamed(sf string) bool {
	for k := strings.Index(sf, "tham luận"); k >= 0; {
		if !strings.HasSuffix(sf[:k], "tác giả ") {
			return true
		}
		next := strings.Index(sf[k+1:], "tham luận")
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// papersBefore reports "tham luận" in the mention's sentence before it.
func (a *peopleAnalysis) papersBefore(m *mention) bool {
	toks := a.toks
	for k := a.sentStart[toks[m.nameStart].sent]; k+1 < m.prefixStart; k++ {
		if toks[k].fold == "tham" && toks[k+1].fold == "luận" {
			return true
		}
	}
	return false
}

// passiveAgentCue reads a verb in the passive before the mention, its
// agent after "bởi": "Hội nghị được chủ trì bởi X", "Báo cáo được trình
// bày bởi X".
func (a *peopleAnalysis) passiveAgentCue(m *mention) (roleCue, bool) {
	toks := a.toks
	by := m.prefixStart - 1
	if by < 1 || toks[by].fold != "bởi" || toks[by].sent != toks[m.nameStart].sent {
		return roleCue{}, false
	}
	for k := by - 1; k >= 0 && k >= by-3 && toks[k].word && toks[k].lower; k-- {
		if n, c := cueAt(toks, k); n > 0 && k+n == by && c.strong && c.role != schema.RoleAttendee {
			return c, true
		}
	}
	return roleCue{}, false
}

// secondCue reads a second verb joined by "và" to the one right after the
// mention: "X chủ trì và phát biểu chỉ đạo", "X dự và phát biểu".
func (a *peopleAnalysis) secondCue(m *mention) (roleCue, bool) {
	toks := a.toks
	k := m.suffixEnd
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	n, first := cueAt(toks, k)
	if n > 0 && !first.strong {
		if c, ok := a.strongCueLater(k+n, int(toks[k].sent)); ok {
			return c, true
		}
	}
	if n > 0 && first.role == schema.RoleAttendee && k+n+1 < len(toks) && toks[k+n].text == "," {
		// "X dự, chủ trì và phát biểu": the chair verb comes between
		if n2, c := cueAt(toks, k+n+1); n2 > 0 && c.role == schema.RoleChair {
			k, n = k+n+1, n2
		}
	}
	if n > 0 && first.role == schema.RoleChair {
		n += chairedEventLen(toks, k+n) // "X chủ trì buổi lễ và ký kết ...": the event chaired, then the act
	}
	if n == 0 || k+n+1 >= len(toks) || toks[k+n].fold != "và" || toks[k+n].sent != toks[k].sent {
		return roleCue{}, false
	}
	j := k + n + 1
	if j+2 < len(toks) && toks[j].fold == "có" && toks[j+1].fold == "bài" {
		j += 2 // "X chủ trì và có bài phát biểu"
	}
	if n2, c := cueAt(toks, j); n2 > 0 && toks[j].lower && c.role != schema.RoleAttendee && c.phrase != "theo" {
		return c, true
	}
	return roleCue{}, false
}

// strongCueLater reads a strong verb joined by "và" or a comma after the
// object of a weak one, in the same clause: "X tiếp thu ý kiến các đại
// biểu và kết luận hội nghị" concludes the meeting as well.
func (a *peopleAnalysis) strongCueLater(from, sent int) (roleCue, bool) {
	toks := a.toks
	for j := from; j+1 < len(toks) && j-from < 15 && int(toks[j].sent) == sent; j++ {
		if t := toks[j].text; !toks[j].word && t != "," || a.startsMention(j) {
			break
		}
		if toks[j].fold != "và" && toks[j].text != "," {
			continue
		}
		if n, c := cueAt(toks, j+1); n > 0 && toks[j+1].lower && c.strong && c.role != schema.RoleAttendee && c.role != schema.RoleChair {
			return c, true
		}
	}
	return roleCue{}, false
}

// citedAsExample reports a mention inside a list of examples opened by
// "như" earlier in its sentence ("thu hút nhiều thế hệ học giả, như các tên
// tuổi A, B của ..., C, D") in a sentence with no verb of taking part
// anywhere: people cited, not people at the meeting ("Các đại biểu như ông
// A, bà B đã phát biểu" has one).
func (a *peopleAnalysis) citedAsExample(m *mention) bool {
	toks := a.toks
	sent := int(toks[m.nameStart].sent)
	for k := m.prefixStart - 1; k >= 0 && int(toks[k].sent) == sent && m.prefixStart-k < 80; k-- {
		t := &toks[k]
		if !t.word {
			if t.text == ":" && k > 0 && toks[k-1].fold == "như" && toks[k-1].lower {
				// "... được giới thiệu, như: A, B": a verb before the colon
				// is the main clause's; only one after it makes the
				// members take part.
				return !cueFrom(toks, k+1, sent)
			}
			if t.text == ":" || t.text == "(" {
				return false
			}
			continue // "như: hộ ông A với mô hình X; ông B mô hình Y": ";" separates examples
		}
		if t.fold == "như" && t.lower {
			return !a.sentenceHasCue(sent)
		}
	}
	return false
}

// cueFrom reports a lower-case role cue from token k to the end of
// sentence sent.
func cueFrom(toks []token, k, sent int) bool {
	for ; k < len(toks) && int(toks[k].sent) == sent; k++ {
		if !toks[k].lower {
			continue
		}
		if n, _ := cueAt(toks, k); n > 0 {
			return true
		}
	}
	return false
}

// sentenceHasCue reports whether sentence si holds a role cue (in lower
// case, or opening the sentence); each sentence is scanned once.
func (a *peopleAnalysis) sentenceHasCue(si int) bool {
	if v, ok := a.cueSents[si]; ok {
		return v
	}
	if a.cueSents == nil {
		a.cueSents = map[int]bool{}
	}
	toks := a.toks
	has := false
	for k := a.sentStart[si]; k < len(toks) && int(toks[k].sent) == si; k++ {
		if n, _ := cueAt(toks, k); n > 0 && (toks[k].lower || k == a.sentStart[si]) {
			has = true // a cue opening the sentence is capitalised ("Dự hội nghị có ...")
			break
		}
	}
	a.cueSents[si] = has
	return has
}

// meetingPurposeAt reports "mục đích" at token k: "quán triệt mục đích, nội
// dung, chương trình hội nghị" is the chair's remarks on the meeting
// itself, a speech rather than a document read out.
func meetingPurposeAt(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].fold == "mục" && toks[k+1].fold == "đích"
}

// lineBrokenAfter reports a caption broken over two lines: the mention and
// its offices make a whole line, and the next line, starting at token k,
// opens in lower case ("Ông X - Giám đốc Sở Y tế" / "phát biểu tại hội
// nghị"). A line of prose never starts in lower case, so it goes on.
func (a *peopleAnalysis) lineBrokenAfter(m *mention, k int) bool {
	toks := a.toks
	if k != m.suffixEnd || k == 0 || !toks[k].lower || int(toks[k].para) != int(toks[k-1].para)+1 {
		return false
	}
	p := m.prefixStart
	return p == 0 || toks[p-1].para != toks[p].para
}

// lineBrokenMention returns the mention whose caption line ends right
// before token k, the start of a lower-case line (see lineBrokenAfter), or -1.
func (a *peopleAnalysis) lineBrokenMention(k int) int {
	if k == 0 || k >= len(a.toks) || !a.toks[k].lower {
		return -1
	}
	for i := range a.mentions {
		if m := &a.mentions[i]; m.suffixEnd == k && a.lineBrokenAfter(m, k) {
			return i
		}
	}
	return -1
}

// sendsGreetings returns the token of "gửi" in sentence si when it sends
// flowers, a letter or a telegram ("đã gửi lẵng hoa chúc mừng", "gửi thư
// chúc mừng", "gửi điện mừng"), or -1. The senders named before it were
// not at the meeting.
func (a *peopleAnalysis) sendsGreetings(si int) int {
	toks := a.toks
	for k := a.sentStart[si]; k+1 < len(toks) && int(toks[k].sent) == si; k++ {
		if toks[k].fold != "gửi" || !toks[k].spaceAfter {
			continue
		}
		switch toks[k+1].fold {
		case "lẵng", "hoa", "thư", "điện", "bức", "giỏ":
			return k
		}
	}
	return -1
}

// cueBefore reports a lower-case role cue other than attending in toks[from:to]:
// the person did something at the meeting before the sentence goes on.
func (a *peopleAnalysis) cueBefore(from, to int) bool {
	toks := a.toks
	for k := from; k < to; k++ {
		if !toks[k].lower || toks[k].starts&vocab.cuePhrases.bit == 0 {
			continue
		}
		if n, c := cueAt(toks, k); n > 0 && c.role != schema.RoleAttendee && c.phrase != "theo" {
			return true
		}
	}
	return false
}

// groupChairsList reports a colon list opened at token c ("các") that
// names the members of a chairing body: "Hội nghị do Thường trực Đảng ủy
// chủ trì, gồm các đồng chí: A, ...; B, ...".
func groupChairsList(toks []token, c int) bool {
	k := c - 1
	if k >= 0 && toks[k].fold == "có" {
		k-- // "gồm có các đồng chí"
	}
	if k < 2 || toks[k].fold != "gồm" {
		return false
	}
	k--
	if toks[k].text == "," {
		k--
	}
	if k < 1 || toks[k].fold != "trì" && toks[k].fold != "tọa" || toks[k-1].fold != "chủ" || !toks[k-1].lower {
		return false
	}
	// the chair is a body named after "do" in the same clause
	for j := k - 2; j >= 0 && k-j < 16 && toks[j].sent == toks[k].sent; j-- {
		if !toks[j].word {
			return false
		}
		if toks[j].fold == "do" {
			return true
		}
	}
	return false
}

// attendanceList reports a mention introduced by a clause of attending
// that opens its sentence: "Cùng dự buổi tiếp xúc có các đại biểu: A, B",
// "Tham dự hội nghị có ...".
func (a *peopleAnalysis) attendanceList(m *mention) bool {
	toks := a.toks
	f := a.sentStart[toks[m.nameStart].sent]
	n, c := cueAt(toks, f)
	if n == 0 || c.role != schema.RoleAttendee || c.phrase == "tham gia" || c.phrase == "dẫn đầu" {
		return false
	}
	if f+n < len(toks) && c.phrase == "dự" {
		switch toks[f+n].fold {
		case "kiến", "án", "thảo", "toán", "phòng", "báo", "trữ", "định", "bị", "tính", "luật", "khuyết", "kiểm":
			return false // "Dự kiến có ...", "Dự án có ...": no attending
		}
	}
	for k := f + n; k < m.prefixStart && k-f < 30; k++ {
		if toks[k].fold == "có" {
			return true
		}
	}
	return false
}

// holdsEvent reports a mention that is the subject of "(đã) có buổi làm
// việc / cuộc tiếp xúc / cuộc gặp": the person took part in the event.
func (a *peopleAnalysis) holdsEvent(m *mention) bool {
	toks := a.toks
	k := m.suffixEnd
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	if k+3 >= len(toks) || toks[k].fold != "có" || toks[k].sent != toks[m.nameStart].sent {
		return false
	}
	switch toks[k+1].fold {
	case "buổi", "cuộc":
	default:
		return false
	}
	switch toks[k+2].fold {
	case "làm", "tiếp", "gặp", "họp", "hội", "trao", "thăm", "chúc", "đối":
		return true // làm việc, tiếp xúc / tiếp, gặp (mặt, gỡ), họp, hội đàm, trao đổi, thăm, chúc Tết, đối thoại
	}
	return false
}

// officeReferences finds "đồng chí <office>", or an office alone before a
// verb ("Bí thư Huyện ủy nhấn mạnh ..."), written without a name
// ("Kết luận hội nghị, đồng chí Chủ tịch UBND huyện ...") where exactly one
// person of the article holds that office as written: it refers back to
// them. The references are kept apart from the mentions (a.refs), for
// roles only: they add no evidence, and the agenda reads such sentences
// its own way.
func (a *peopleAnalysis) officeReferences(d *document) {
	toks := a.toks
	if len(a.people) == 0 {
		return
	}
	// comrade is whether the text holds "đồng chí", searched for only
	// once the tokens hold it: 1 yes, -1 no, 0 not known yet.
	comrade := 0
	hasComrade := func() bool {
		if comrade == 0 {
			comrade = -1
			if strings.Contains(d.folded, "đồng chí") {
				comrade = 1
			}
		}
		return comrade > 0
	}
	next := 0 // index of the first mention that starts after token h
	from := 0 // the first token not yet read
	// Both cases start at a capital or at "chí": only the marked tokens
	// are visited.
	for _, mk := range a.marked {
		k := int(mk)
		if k+2 >= len(toks) {
			break
		}
		t := &toks[k]
		if k < from || !(t.capital && t.starts&startsHead != 0) && t.fold != "chí" {
			continue // neither case below
		}
		h, open := -1, -1
		switch {
		case t.fold == "chí" && k > 0 && toks[k-1].fold == "đồng" && toks[k-1].spaceAfter && t.spaceAfter && hasComrade():
			h, open = k+1, k-1
		case t.capital && t.starts&startsHead != 0 && a.opensRefClause(k):
			// "Phó Chủ tịch UBND tỉnh đề nghị, ...", "Phát biểu tại hội
			// nghị, Bí thư Huyện ủy nhấn mạnh ...": the office alone,
			// read only before a verb.
			h, open = k, k
		default:
			continue
		}
		for next < len(a.mentions) && a.mentions[next].prefixStart <= h {
			next++
		}
		if next > 0 && a.mentions[next-1].suffixEnd > h || headAt(toks, h) == 0 {
			continue // inside a mention, or no office
		}
		e := h
		for e < len(toks) && toks[e].word && e-h < maxOfficeTokens && !(e > h && stopAt(toks, e)) {
			e++
			if !toks[e-1].spaceAfter {
				break
			}
		}
		if e < len(toks) && toks[e].word && !toks[e].lower || next < len(a.mentions) && a.mentions[next].prefixStart < e {
			continue // a name follows: the mention is already read
		}
		if open == h && !a.verbAt(e) {
			continue
		}
		office := d.folded[toks[h].start:toks[e-1].end]
		holder := a.soleHolder(d, office)
		if holder < 0 && headAt(toks, h) == e-h {
			// "Phát biểu tại buổi làm việc, Thứ trưởng đề nghị ...": the
			// title alone, short for the one office that begins with it.
			holder = a.soleTitleHolder(d, office)
		}
		if holder < 0 {
			continue
		}
		a.refs = append(a.refs, mention{nameStart: h, nameEnd: e, prefixStart: open, suffixEnd: e, short: true,
			name: a.people[holder].name, honorifics: []string{"đồng chí"}, person: holder})
		from = e
	}
}

// opensRefClause reports a token that opens its sentence, or follows the
// comma of a short opening clause ("Phát biểu tại hội nghị, ...").
func (a *peopleAnalysis) opensRefClause(k int) bool {
	toks := a.toks
	f := a.sentStart[toks[k].sent]
	if k == f {
		return true
	}
	if toks[k-1].text != "," || k-f > 12 {
		return false
	}
	for j := f; j < k-1; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	n, _ := cueAt(toks, f)
	return n > 0 || toks[f].fold == "tại" || toks[f].fold == "kết" || toks[f].fold == "thay"
}

// verbAt reports a lower-case role cue other than attending at token k,
// skipping adverbs.
func (a *peopleAnalysis) verbAt(k int) bool {
	toks := a.toks
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	if k >= len(toks) || !toks[k].lower {
		return false
	}
	n, c := cueAt(toks, k)
	return n > 0 && c.phrase != "theo" && c.role != schema.RoleAttendee
}

// soleHolder returns the person whose written offices include office
// (folded), if exactly one does; else -1.
func (a *peopleAnalysis) soleHolder(d *document, office string) int {
	holder := -1
	for pi, p := range a.people {
		for _, pos := range p.positions {
			key := ""
			if e := pos.Evidence; e != nil && e.End-e.Start == len(pos.Text) && e.End <= len(d.folded) {
				key = d.folded[e.Start:e.End] // fold keeps byte offsets: no allocation
			} else {
				key = fold(pos.Text)
			}
			if key == office {
				if holder >= 0 && holder != pi {
					return -1
				} else if holder == -1 {
					holder = pi
				}
			}
		}
	}
	return holder
}

// soleTitleHolder returns the person whose written offices include one
// that begins with title (folded: "thứ trưởng" for "Thứ trưởng Bộ Y tế"),
// if exactly one person's do; else -1.
func (a *peopleAnalysis) soleTitleHolder(d *document, title string) int {
	holder := -1
	for pi, p := range a.people {
		for _, pos := range p.positions {
			key := fold(pos.Text)
			if len(key) > len(title) && strings.HasPrefix(key, title) && key[len(title)] == ' ' {
				if holder >= 0 && holder != pi {
					return -1
				}
				holder = pi
			}
		}
	}
	return holder
}

// refPersonAt returns the person an office reference that starts at token
// k points to ("Kết luận cuộc họp, Bí thư Tỉnh ủy chỉ đạo ..."), or -1.
func (a *peopleAnalysis) refPersonAt(k int) int {
	for i := range a.refs {
		if a.refs[i].prefixStart == k {
			return a.refs[i].person
		}
	}
	return -1
}

// refRoles gives the person an office reference points to the part the
// sentence gives it: the clause that opens the sentence ("Phát biểu kết
// luận, đồng chí Bí thư Huyện ủy ...") or the verb right after the office.
func (a *peopleAnalysis) refRoles(d *document) {
	toks := a.toks
	for i := range a.refs {
		m := &a.refs[i]
		p := a.people[m.person]
		if c, ok := a.openingCue(m); ok {
			a.giveRole(p, c)
			p.acting = true
		}
		k := m.suffixEnd
		for k < len(toks) && adverbAt(toks, k) {
			k++
		}
		if k < len(toks) && toks[k].sent == toks[m.nameStart].sent && toks[k].lower {
			if n, c := cueAt(toks, k); n > 0 && c.phrase != "theo" && c.role != schema.RoleAttendee {
				a.giveRole(p, c)
				p.acting = true
				if a.directsLater(d, k+n) {
					p.directs = true
				}
			}
		}
	}
}

// directsLater reports an instruction verb later in the sentence of the
// person whose verb ends before token from, coordinated with that verb:
// "X đánh giá cao ..., đồng thời chỉ ra ... và yêu cầu các phòng ...".
// The verb follows "đồng thời", or "và" / "," when an addressee comes
// after it (in "những hạn chế và yêu cầu đặt ra" it is a noun). Another
// person named first takes the clause over.
func (a *peopleAnalysis) directsLater(d *document, from int) bool {
	toks := a.toks
	if from <= 0 || from >= len(toks) {
		return false
	}
	sent := int(toks[from-1].sent)
	if int(toks[from].sent) != sent {
		return false
	}
	// The instruction verb must also be written in the rest of the
	// sentence as text: searched for only once the tokens agree, as
	// they seldom do.
	verbWritten := func() bool {
		sf := d.folded[toks[from].start:d.sents[sent].end]
		return strings.Contains(sf, "yêu cầu") || strings.Contains(sf, "đề nghị") || strings.Contains(sf, "chỉ đạo")
	}
	for j := from; j+2 < len(toks) && int(toks[j].sent) == sent; j++ {
		if a.startsMention(j) || toks[j].text == ";" {
			return false
		}
		if !toks[j].lower || !directiveVerb(toks, j) {
			continue
		}
		prev := &toks[j-1]
		if prev.fold == "thời" && j >= 2 && toks[j-2].fold == "đồng" {
			return verbWritten()
		}
		if (prev.fold == "và" || prev.text == ",") && addresseeAt(toks, j+2) {
			return verbWritten()
		}
	}
	return false
}

// directiveVerb reports "yêu cầu", "đề nghị" or "chỉ đạo" at token j.
func directiveVerb(toks []token, j int) bool {
	next := toks[j+1].fold
	switch toks[j].fold {
	case "yêu":
		return next == "cầu"
	case "đề":
		return next == "nghị"
	case "chỉ":
		return next == "đạo"
	}
	return false
}

// addresseeAt reports words at token k that name whom an instruction is
// given to: "các ...", "mỗi", "toàn", "từng", "cơ quan", "đơn vị", "ngành",
// or a capitalised body ("UBND huyện", "Phòng Tài chính").
func addresseeAt(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return false
	}
	t := &toks[k]
	if t.capital || isAcronym(t.text) {
		return true
	}
	switch t.fold {
	case "các", "mỗi", "toàn", "từng", "ngành":
		return true
	case "cơ", "đơn":
		return k+1 < len(toks) && (toks[k+1].fold == "quan" || toks[k+1].fold == "vị")
	}
	return false
}

// passesPapers reports "thông qua" and the papers of the meeting within a
// few words after token from, in the same clause ("thay mặt Đoàn Chủ tịch
// thông qua Nghị quyết Đại hội").
func passesPapers(toks []token, from int) bool {
	for k := from; k+3 < len(toks) && k-from < 10 && toks[k].sent == toks[from].sent; k++ {
		if !toks[k].word {
			if t := toks[k].text; t == ";" || t == ":" || t == "." || t == "," {
				return false
			}
			continue
		}
		if toks[k].fold == "thông" && toks[k+1].fold == "qua" && toks[k].lower {
			return papersAt(toks, k+2)
		}
	}
	return false
}

// papersAt reports the papers of a meeting named at token k ("(các) nghị
// quyết", "dự thảo", "biên bản" ...), capitalised or not.
func papersAt(toks []token, k int) bool {
	if k < len(toks) && (toks[k].fold == "các" || toks[k].fold == "những") {
		k++
	}
	if k+1 >= len(toks) || !toks[k].word || !toks[k+1].lower {
		return false
	}
	switch toks[k].fold + " " + toks[k+1].fold {
	case "nghị quyết", "dự thảo", "dự kiến", "quy chế", "chương trình", "tờ trình", "danh sách", "kế hoạch", "điều lệ", "báo cáo", "nội dung", "biên bản":
		return true
	}
	return false
}

// readsOutPapers reports a mention followed by "(đã) thông qua" and the
// papers of the meeting ("ông X, thư ký, đã thông qua các nghị quyết",
// "bà X ... thông qua dự thảo quy chế làm việc"): the
// person reads them out for adoption, which is presenting. "thông qua" as
// "by means of" is followed by other nouns.
func (a *peopleAnalysis) readsOutPapers(m *mention) bool {
	toks := a.toks
	k := m.suffixEnd
	for k < len(toks) && adverbAt(toks, k) {
		k++
	}
	if k+3 >= len(toks) || toks[k].fold != "thông" || toks[k+1].fold != "qua" || !toks[k].lower || toks[k].sent != toks[m.nameStart].sent {
		return false
	}
	return papersAt(toks, k+2) // "thông qua Nghị quyết Đại hội": the paper may be capitalised
}

// professionWord returns the occupational address word among hons ("nhà
// báo", "luật sư"), which a list of bare names after it shares, or "".
func professionWord(hons []string) string {
	for _, h := range hons {
		switch h {
		case "nhà báo", "nhà văn", "nhà thơ", "nhạc sĩ", "nhạc sỹ", "họa sĩ", "họa sỹ", "nhà nghiên cứu", "nhà sử học", "nghệ nhân", "luật sư", "kiến trúc sư":
			return h
		}
	}
	return ""
}

// bareNamesBetween reports whether tokens [s, e) hold only commas and
// capitalised words: the rest of a bare list of names ("A, Bửu Đình, C"),
// some of which may not be read as names themselves.
func bareNamesBetween(toks []token, s, e int) bool {
	if s >= e || e-s > 16 {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].text != "," && !(toks[k].word && toks[k].capital) {
			return false
		}
	}
	return toks[s].text == "," && toks[e-1].text == ","
}

// photoPlaceWords describe where a person stands in a photo ("(giữa)",
// "(thứ hai từ trái)").
var photoPlaceWords = map[string]bool{
	"giữa": true, "trái": true, "phải": true, "bên": true, "thứ": true, "từ": true, "hai": true,
	"ba": true, "tư": true, "ngồi": true, "đứng": true, "2": true, "3": true, "4": true,
	"sang": true, "qua": true, "1": true, "5": true, "6": true, "nhất": true, "năm": true, "sáu": true, "hàng": true,
}

// skipBracket returns the token after a short bracket at token k that
// stands between a person and their verb ("đại biểu X (tổ đại biểu huyện
// Y) chất vấn ...", "ông X (Công ty Z) cho rằng ..."), or k when there is
// none.
func skipBracket(toks []token, k int) int {
	if k >= len(toks) || toks[k].text != "(" {
		return k
	}
	for j := k + 1; j < len(toks) && j-k <= 12 && toks[j].sent == toks[k].sent; j++ {
		switch toks[j].text {
		case ")":
			return j + 1
		case "(", ";", ".":
			return k
		}
	}
	return k
}

// skipPhotoPlace returns the token after a caption's bracket of the
// person's place in the photo and its comma ("X, Giám đốc Sở (giữa), trao
// quyết định ..."), or k when there is none.
func skipPhotoPlace(toks []token, k int) int {
	if k >= len(toks) || toks[k].text != "(" {
		return k
	}
	j := k + 1
	for j < len(toks) && j-k <= 5 && toks[j].word && photoPlaceWords[toks[j].fold] {
		j++
	}
	if j == k+1 || j >= len(toks) || toks[j].text != ")" {
		return k
	}
	j++
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	return j
}

// vehicleWords name what one drives ("điều khiển"), folded.
var vehicleWords = map[string]bool{"xe": true, "tàu": true, "ô": true, "mô": true, "thuyền": true, "ca": true, "xuồng": true, "máy": true, "phương": true, "tài": true, "lái": true}

// drivesVehicle reports whether the words before a mention starting at
// token k, in its sentence, name a vehicle or a driver ("xe máy do chị X
// điều khiển", "do tài xế X điều khiển"): "điều khiển" is then driving.
func drivesVehicle(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && toks[j].sent == toks[k].sent; j-- {
		f := toks[j].fold
		if !vehicleWords[f] || j+1 >= len(toks) {
			continue
		}
		switch f + " " + toks[j+1].fold {
		case "xe khách", "xe máy", "xe tải", "xe con", "xe buýt", "xe do", "ô tô", "mô tô", "tàu do", "tàu cá", "thuyền do", "ca nô", "xuồng do", "máy bay", "phương tiện", "tài xế", "lái xe":
			return true
		}
	}
	return false
}

// quotedInHeadline reports a mention that opens the headline and a colon
// closes, "Chủ tịch UBND tỉnh X: Phải ...": the headline quotes what X
// said at the meeting.
func (a *peopleAnalysis) quotedInHeadline(d *document, m *mention) bool {
	toks := a.toks
	pi := int(toks[m.nameStart].para)
	if pi >= len(d.paras) || d.paras[pi].kind != paraTitle || m.suffixEnd >= len(toks) || toks[m.suffixEnd].text != ":" {
		return false
	}
	return int(toks[m.prefixStart].start) == d.paras[pi].start && int(toks[m.suffixEnd].para) == pi
}

// chairedEventLen returns the length of the event a chair verb governs at
// token i when "và" follows it ("buổi lễ", "hội nghị", "lễ khánh thành":
// up to four words that open with an event phrase of meeting_types.tsv),
// else 0.
func chairedEventLen(toks []token, i int) int {
	if i >= len(toks) || !toks[i].lower {
		return 0
	}
	for j := i + 1; j < len(toks) && j-i <= 4 && toks[j].word; j++ {
		if toks[j].fold == "và" {
			if opensWithEvent(foldedSpan(toks, i, j)) {
				return j - i
			}
			return 0
		}
	}
	return 0
}

// opensWithEvent reports folded text that opens with an event phrase,
// strong or weak, perhaps after its classifier ("buổi lễ").
func opensWithEvent(f string) bool {
	for _, c := range eventClassifiers {
		if rest, ok := strings.CutPrefix(f, c+" "); ok {
			f = rest
			break
		}
	}
	for _, weak := range []bool{false, true} {
		if _, k, ok := findMeetingPhrase(f, weak); ok && k == 0 {
			return true
		}
	}
	return false
}
