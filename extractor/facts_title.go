package extractor

// titleFolded returns fold(d.title). The meeting fields read the folded
// headline in several places (type, occasion, organizer, online, year);
// it is folded once per document.
func (d *document) titleFolded() string {
	if d.foldedTitle == "" && d.title != "" {
		d.foldedTitle = fold(d.title)
	}
	return d.foldedTitle
}
