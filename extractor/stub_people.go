package extractor

import "github.com/meetx/meetx/schema"

// Temporary stand-ins owned by the people/agenda work; delete as they land.

func extractPeople(d *document, r *schema.Report) {}
func extractAgenda(d *document, r *schema.Report) {}
