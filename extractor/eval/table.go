package eval

import (
	"fmt"
	"io"
	"sort"
)

// WriteTable prints the score table: one line per field, then "overall".
func (r *Result) WriteTable(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("%-22s %6s %6s %6s %6s %8s\n", "field", "P", "R", "F1", "acc", "support")
	for _, l := range r.Lines {
		mark := " "
		if !l.Scored {
			mark = "*"
		}
		switch {
		case l.Support() == 0:
			ew.printf("%-22s %6s %6s %6s %6s %8d\n", l.Field+mark, "-", "-", "-", "-", 0)
		case l.Counts != nil:
			c := l.Counts
			ew.printf("%-22s %6.3f %6.3f %6.3f %6s %8d\n", l.Field+mark, c.Precision(), c.Recall(), c.F1(), "", c.TP+c.FN)
		default:
			ew.printf("%-22s %6s %6s %6s %6.3f %8d\n", l.Field+mark, "", "", "", l.Acc.Value(), l.Acc.N)
		}
	}
	ew.printf("%-22s %6s %6s %6s %6.3f\n", "overall", "", "", "", r.Overall())
	ew.printf("(* = reported, not part of overall; - = no gold items)\n")
	return ew.err
}

// WriteMisses prints, per document, what did not match.
func (r *Result) WriteMisses(w io.Writer) error {
	ew := &errWriter{w: w}
	ids := make([]string, 0, len(r.Misses))
	for id := range r.Misses {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ew.printf("== %s\n", id)
		misses := append([]string(nil), r.Misses[id]...)
		sort.Strings(misses)
		for _, m := range misses {
			ew.printf("  %s\n", m)
		}
	}
	return ew.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
