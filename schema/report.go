package schema

import (
	"bytes"
	"encoding/json"
)

// Meeting types: the lowercase head noun of the event (GOLD-SCHEMA.md). Other
// head nouns found in real text are allowed; these are the common ones.
const (
	MeetingConference   = "hội nghị"
	MeetingWorkshop     = "hội thảo"
	MeetingRoundtable   = "tọa đàm"
	MeetingCeremony     = "lễ"
	MeetingSession      = "phiên họp"
	MeetingSitting      = "kỳ họp"
	MeetingCongress     = "đại hội"
	MeetingWorkingVisit = "buổi làm việc"
	MeetingMeeting      = "cuộc họp"
)

// Parts of the day a meeting can be placed in.
const (
	PartMorning   = "sáng"
	PartNoon      = "trưa"
	PartAfternoon = "chiều"
	PartEvening   = "tối"
)

// Roles a person plays in the reported meeting. Chair, speaker and presenter
// imply presence (attendee) when scored.
const (
	RoleChair        = "chair"
	RoleAttendee     = "attendee"
	RoleSpeaker      = "speaker"
	RolePresenter    = "presenter"
	RoleMentioned    = "mentioned"
	RoleAuthor       = "author"
	RolePhotographer = "photographer"
)

// Agenda item kinds.
const (
	AgendaOpening    = "opening"
	AgendaReport     = "report"
	AgendaSpeech     = "speech"
	AgendaDiscussion = "discussion"
	AgendaDecision   = "decision"
	AgendaTask       = "task"
	AgendaAward      = "award"
	AgendaSigning    = "signing"
	AgendaClosing    = "closing"
	AgendaOther      = "other"
)

// Report is one extracted meeting report. Its JSON form is the contract that
// analysts, the Postgres store and downstream subscribers rely on.
type Report struct {
	// URL is the canonical URL of the article, or the file path for local input.
	URL string `json:"url"`
	// Source names where the document came from: the crawl source (site) for
	// crawled pages, the file name in gold annotations.
	Source string `json:"source,omitempty"`
	// Title is the article headline.
	Title string `json:"title"`
	// PublishedAt is the publication time shown on the page: RFC 3339 with
	// +07:00 when a time is shown, a date (2006-01-02) when only a date is,
	// null when absent.
	PublishedAt Text `json:"published_at"`
	// Meeting describes the reported event.
	Meeting Meeting `json:"meeting"`
	// People lists every real person named in the article itself, once each.
	People []Person `json:"people"`
	// Directives lists every referenced legal, party or administrative document.
	Directives []Directive `json:"directives"`
	// Agenda lists what the meeting did, in order.
	Agenda []AgendaItem `json:"agenda"`
	// Credits is the byline.
	Credits Credits `json:"credits"`
	// ExtractorVersion identifies the rules that produced this report, so a
	// newer extractor can replace older rows.
	ExtractorVersion string `json:"extractor_version"`
	// ContentHash is the hex SHA-256 of the page body the report came from.
	ContentHash string `json:"content_hash,omitempty"`
	// Text is the article's main text (headline, date line, body, captions,
	// byline) as extracted, NFC; evidence offsets point into it.
	Text string `json:"text,omitempty"`
}

// Meeting holds the event fields of a report.
type Meeting struct {
	// Title is the headline of the article.
	Title string `json:"title"`
	// Type is the lowercase head noun of the event (see the Meeting* constants);
	// null when the report is not about an event.
	Type Text `json:"type"`
	// Date is the day the meeting took place, first day if several (2006-01-02);
	// periods such as "6 tháng đầu năm 2020" are never meeting dates.
	Date Text `json:"date"`
	// EndDate is the last day of a multi-day event, else null.
	EndDate Text `json:"end_date"`
	// PartOfDay is sáng, trưa, chiều or tối; null for multi-day events.
	PartOfDay Text `json:"part_of_day"`
	// Location is the place as written, without "tại".
	Location Text `json:"location"`
	// Online is true for online or hybrid events ("trực tuyến", "điểm cầu").
	Online bool `json:"online"`
	// Organizer is who held the meeting, null if not stated.
	Organizer Text `json:"organizer"`
	// Evidence maps a field name (type, date, location, ...) to where its
	// value was read.
	Evidence map[string]Evidence `json:"evidence,omitempty"`
}

// Person is one real person named in the article, all mentions merged.
type Person struct {
	// Name is the full name as written, without honorifics.
	Name string `json:"name"`
	// Honorifics are academic, professional, military and address prefixes with
	// dots removed (GS, PGS, TS, ThS, đồng chí, ông, bà, Thượng tướng ...).
	Honorifics []string `json:"honorifics"`
	// Positions are the offices held, one entry per office.
	Positions []Position `json:"positions"`
	// Roles are the parts played in this meeting (see the Role* constants).
	Roles []string `json:"roles"`
	// Mentions are the places the person is named.
	Mentions []Evidence `json:"mentions,omitempty"`
}

// Position is one office held by a person.
type Position struct {
	// Text is the office as written ("Phó Giám đốc Học viện Chính trị khu vực II").
	Text string `json:"text"`
	// Title is the office head ("Phó Giám đốc"), when it can be separated.
	Title string `json:"title,omitempty"`
	// Organization is the body the office belongs to, when stated.
	Organization string `json:"organization,omitempty"`
	// Evidence is where the office was read.
	Evidence *Evidence `json:"evidence,omitempty"`
}

// UnmarshalJSON accepts both the object form and the plain string form used
// by gold annotations.
func (p *Position) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*p = Position{Text: s}
		return nil
	}
	type plain Position
	return json.Unmarshal(b, (*plain)(p))
}

// Directive is one referenced document.
type Directive struct {
	// Type is the document kind as written (Nghị quyết, Chỉ thị, Quyết định ...).
	Type string `json:"type"`
	// Number is the document symbol exactly as written ("16/CT-TTg",
	// "172-TB/TW"); null when the document is cited without a number.
	Number Text `json:"number"`
	// Date is the issue date (2006-01-02), null if not given.
	Date Text `json:"date"`
	// Issuer is the issuing body when the text states it ("của ...").
	Issuer Text `json:"issuer"`
	// Subject is the "về ..." clause, null if absent.
	Subject Text `json:"subject"`
	// Evidence is where the citation was read.
	Evidence *Evidence `json:"evidence,omitempty"`
}

// AgendaItem is one thing the meeting did.
type AgendaItem struct {
	// Kind is one of the Agenda* constants.
	Kind string `json:"kind"`
	// Text describes the item as written.
	Text string `json:"text"`
	// Presenter is the name of who did it, null if unknown.
	Presenter Text `json:"presenter"`
	// Evidence is the sentence the item was read from.
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Credits is the article's byline.
type Credits struct {
	Author       []string `json:"author"`
	Photographer []string `json:"photographer"`
}

// Evidence points at the text a value was read from: Start and End are byte
// offsets into Report.Text, Quote is the sentence (or line) around them.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Quote string `json:"quote"`
}
