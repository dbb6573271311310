// Package extractor turns one fetched page (HTML or plain text, any charset)
// into a [schema.Report]: the meeting's date, type, place and organizer, the
// people named with their honorifics, offices and roles, the documents cited,
// the agenda, and the byline.
//
// [Extract] is a pure function: no I/O, no global state, safe for concurrent
// use. It works in two stages. The first builds a document: it decodes the
// bytes to UTF-8 NFC, finds the article on a page of unknown layout (headline,
// date line, body, captions, byline) and drops menus, sidebars, related-news
// lists and footers. The second runs the field extractors over that document,
// one file each (date.go, people.go, directive.go, agenda.go, meeting.go,
// credits.go), all sharing its paragraphs, sentences and a tone-folded copy of
// its text ([fold]) in which Vietnamese vocabulary is matched.
//
// The vocabulary (document types, issuer codes, surnames, honorifics, office
// head words, meeting types, role verbs) is embedded data under data/.
package extractor
