package extractor

// titleFolded returns fold(d.title). The meeting fields read the folded
// headline in several places (type, occasion, organizer, online, year);
// it is folded once per document, or taken from the folded text when the
// headline is the title paragraph (with no letter on either side, where a
// tone could move, the span folds as the headline alone does).
func (d *document) titleFolded() string {
	if d.foldedTitle == "" && d.title != "" {
		d.foldedTitle = d.foldTitle()
	}
	return d.foldedTitle
}

func (d *document) foldTitle() string {
	for _, p := range d.paras {
		if p.kind != paraTitle {
			continue
		}
		if d.text[p.start:p.end] == d.title && !letterBefore(d.text, p.start) && !letterAt(d.text, p.end) {
			return d.folded[p.start:p.end]
		}
		break
	}
	return fold(d.title)
}
