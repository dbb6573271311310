package extractor

import "github.com/meetx/meetx/schema"

func extractAgenda(d *document, r *schema.Report) {}
