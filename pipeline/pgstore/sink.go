package pgstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/schema"
)

var _ pipeline.Sink = (*Store)(nil)

// localSource names the source of reports that came without one (local files).
const localSource = "local"

// Write stores batch in one transaction (pipeline.Sink). Reports are upserted
// by URL: identical or older reports are left alone, newer ones replace the
// stored report and all its child rows. It returns the number of rows
// inserted or replaced. Errors that retrying cannot fix (bad data) are
// marked pipeline.ErrPermanent.
func (s *Store) Write(ctx context.Context, batch []pipeline.Extracted) (int64, error) {
	if len(batch) == 0 {
		return 0, nil
	}
	in, err := prepare(batch)
	if err != nil {
		return 0, err
	}
	var rows int64
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		rows, err = in.write(ctx, tx)
		return err
	})
	if err != nil {
		return 0, classifyPg(fmt.Errorf("store %d reports: %w", len(in), err))
	}
	return rows, nil
}

// classifyPg marks errors caused by the data itself as permanent, and errors
// of an unreachable or restarting server as unavailable (they say nothing
// about the data); anything else (deadlock, serialization failure) is an
// ordinary retryable error.
func classifyPg(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return pipeline.Unavailable(err) // no answer from the server at all
	}
	switch pgErr.Code[:2] {
	case "22", "23", "54": // data exception, integrity violation, program limit (value too large to index)
		return pipeline.Permanent(err)
	case "08", "57": // connection exception, operator intervention (shutdown, not yet accepting)
		return pipeline.Unavailable(err)
	}
	return err
}

// prepared is one report ready for the database.
type prepared struct {
	ev       pipeline.Extracted
	source   string
	document string
}

type preparedBatch []prepared

// prepare validates the batch and keeps one event per URL: the newest by
// extractor version, then by fetch time (Postgres cannot upsert one key twice
// in one statement).
func prepare(batch []pipeline.Extracted) (preparedBatch, error) {
	byURL := make(map[string]int, len(batch))
	out := make(preparedBatch, 0, len(batch))
	for _, ev := range batch {
		r := &ev.Report
		if r.URL == "" {
			return nil, pipeline.Permanent(errors.New("pgstore: report without URL"))
		}
		if ev.Page.URL == "" {
			ev.Page.URL = r.URL
		}
		if ev.Page.URL != r.URL {
			return nil, pipeline.Permanent(fmt.Errorf("pgstore: page URL %q differs from report URL %q", ev.Page.URL, r.URL))
		}
		if r.ContentHash == "" {
			r.ContentHash = ev.Page.ContentHash
		}
		// The document keeps every field of the report except the article
		// text, which has its own column (body_text): storing it twice would
		// double the bytes written.
		withoutText := *r
		withoutText.Text = ""
		doc, err := json.Marshal(withoutText)
		if err != nil {
			return nil, pipeline.Permanent(fmt.Errorf("encode report %s: %w", r.URL, err))
		}
		p := prepared{
			ev:       ev,
			source:   clean(cmp(r.Source, ev.Page.Source, localSource)),
			document: strings.ReplaceAll(string(doc), `\u0000`, ""),
		}
		if i, ok := byURL[r.URL]; ok {
			if newer(p.ev, out[i].ev) {
				out[i] = p
			}
			continue
		}
		byURL[r.URL] = len(out)
		out = append(out, p)
	}
	// Concurrent writers lock pages and reports in URL order, so two batches
	// sharing URLs (a redelivery racing its original) cannot deadlock.
	slices.SortFunc(out, func(a, b prepared) int { return strings.Compare(a.ev.Report.URL, b.ev.Report.URL) })
	return out, nil
}

// newer reports whether a should replace b.
func newer(a, b pipeline.Extracted) bool {
	if c := compareVersions(a.Report.ExtractorVersion, b.Report.ExtractorVersion); c != 0 {
		return c > 0
	}
	return !a.Page.FetchedAt.Before(b.Page.FetchedAt)
}

// compareVersions compares dotted numeric versions the way
// meetx_version_key does in SQL.
func compareVersions(a, b string) int {
	key := func(v string) []int {
		var k []int
		for part := range strings.SplitSeq(v, ".") {
			n := 0
			for _, r := range part {
				if r >= '0' && r <= '9' {
					n = n*10 + int(r-'0')
				}
			}
			k = append(k, n)
		}
		return k
	}
	return slices.Compare(key(a), key(b))
}

func cmp(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// clean makes s storable as Postgres text: valid UTF-8 without NUL bytes.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

func text(s string) pgtype.Text {
	s = clean(s)
	return pgtype.Text{String: s, Valid: s != ""}
}

func date(s string) pgtype.Date {
	t, ok := parseDate(s)
	return pgtype.Date{Time: t, Valid: ok}
}

func timestamp(t time.Time) pgtype.Timestamptz {
	return pgtype.Timestamptz{Time: t, Valid: !t.IsZero()}
}

func jsonArray(ss []string) string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, clean(s))
	}
	b, _ := json.Marshal(out) // a []string always encodes
	return string(b)
}

func cleanAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, clean(s))
	}
	return out
}

const upsertPages = `
INSERT INTO pages (url, source, final_url, status, content_type, content_hash, size_bytes, body_ref, headers, fetched_at)
SELECT u, s, fu, st, ct, h, sz, br, hd::jsonb, f
FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::int8[], $8::text[], $9::text[], $10::timestamptz[])
    AS t(u, s, fu, st, ct, h, sz, br, hd, f)
ON CONFLICT (url) DO UPDATE SET
    source = EXCLUDED.source, final_url = EXCLUDED.final_url, status = EXCLUDED.status,
    content_type = EXCLUDED.content_type, content_hash = EXCLUDED.content_hash,
    size_bytes = EXCLUDED.size_bytes, body_ref = EXCLUDED.body_ref, headers = EXCLUDED.headers,
    fetched_at = EXCLUDED.fetched_at, stored_at = now()
WHERE (pages.content_hash, pages.fetched_at, pages.body_ref) IS DISTINCT FROM (EXCLUDED.content_hash, EXCLUDED.fetched_at, EXCLUDED.body_ref)
  AND (pages.fetched_at IS NULL OR EXCLUDED.fetched_at >= pages.fetched_at)`

// upsertReports returns only the reports it inserted or replaced; the WHERE
// clause keeps a stored report that is as new as the incoming one.
const upsertReports = `
INSERT INTO reports (url, source, content_hash, extractor_version, fetched_at, title, published_at, published_date,
    meeting_type, meeting_title, meeting_date, meeting_end_date, part_of_day, location, online, organizer,
    authors, photographers, body_text, document)
SELECT u, s, h, v, f, ti, pa, pd, mt, mti, md, med, pod, loc, onl, org,
    ARRAY(SELECT jsonb_array_elements_text(au::jsonb)), ARRAY(SELECT jsonb_array_elements_text(ph::jsonb)), bt, doc::jsonb
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::timestamptz[], $8::date[],
    $9::text[], $10::text[], $11::date[], $12::date[], $13::text[], $14::text[], $15::bool[], $16::text[],
    $17::text[], $18::text[], $19::text[], $20::text[])
    AS t(u, s, h, v, f, ti, pa, pd, mt, mti, md, med, pod, loc, onl, org, au, ph, bt, doc)
ON CONFLICT (url) DO UPDATE SET
    source = EXCLUDED.source, content_hash = EXCLUDED.content_hash, extractor_version = EXCLUDED.extractor_version,
    fetched_at = EXCLUDED.fetched_at, title = EXCLUDED.title, published_at = EXCLUDED.published_at,
    published_date = EXCLUDED.published_date, meeting_type = EXCLUDED.meeting_type,
    meeting_title = EXCLUDED.meeting_title, meeting_date = EXCLUDED.meeting_date,
    meeting_end_date = EXCLUDED.meeting_end_date, part_of_day = EXCLUDED.part_of_day,
    location = EXCLUDED.location, online = EXCLUDED.online, organizer = EXCLUDED.organizer,
    authors = EXCLUDED.authors, photographers = EXCLUDED.photographers, body_text = EXCLUDED.body_text,
    document = EXCLUDED.document, stored_at = now()
WHERE meetx_version_key(EXCLUDED.extractor_version) > meetx_version_key(reports.extractor_version)
   OR (meetx_version_key(EXCLUDED.extractor_version) = meetx_version_key(reports.extractor_version)
       AND EXCLUDED.content_hash <> reports.content_hash
       AND (reports.fetched_at IS NULL OR EXCLUDED.fetched_at IS NULL OR EXCLUDED.fetched_at >= reports.fetched_at))
RETURNING id, url, (xmax <> 0) AS replaced`

func (in preparedBatch) write(ctx context.Context, tx pgx.Tx) (int64, error) {
	var rows int64

	sources := make([]string, 0, 1)
	for _, p := range in {
		if !slices.Contains(sources, p.source) {
			sources = append(sources, p.source)
		}
	}
	slices.Sort(sources)
	if _, err := tx.Exec(ctx, `INSERT INTO sources (name) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, sources); err != nil {
		return 0, fmt.Errorf("sources: %w", err)
	}

	n := len(in)
	var (
		urls, srcs, hashes, headers     = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		finals, ctypes, refs            = make([]pgtype.Text, n), make([]pgtype.Text, n), make([]pgtype.Text, n)
		statuses                        = make([]pgtype.Int4, n)
		sizes                           = make([]int64, n)
		fetched                         = make([]pgtype.Timestamptz, n)
		versions, titles, docs, authors = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		photos                          = make([]string, n)
		pubAt                           = make([]pgtype.Timestamptz, n)
		pubDay, mDate, mEnd             = make([]pgtype.Date, n), make([]pgtype.Date, n), make([]pgtype.Date, n)
		mType, mTitle, part, loc, org   = make([]pgtype.Text, n), make([]pgtype.Text, n), make([]pgtype.Text, n), make([]pgtype.Text, n), make([]pgtype.Text, n)
		bodies                          = make([]pgtype.Text, n)
		online                          = make([]bool, n)
	)
	for i, p := range in {
		pg, r := p.ev.Page, p.ev.Report
		urls[i], srcs[i], hashes[i] = clean(r.URL), p.source, clean(r.ContentHash)
		finals[i], ctypes[i], refs[i] = text(pg.FinalURL), text(pg.ContentType), text(pg.BodyRef)
		statuses[i] = pgtype.Int4{Int32: int32(pg.Status), Valid: pg.Status != 0}
		sizes[i] = pg.Size
		h, _ := json.Marshal(pg.Header) // a map[string]string always encodes
		headers[i] = strings.ReplaceAll(clean(string(h)), `\u0000`, "")
		if pg.Header == nil {
			headers[i] = "{}"
		}
		fetched[i] = timestamp(pg.FetchedAt)

		versions[i], titles[i], docs[i] = clean(r.ExtractorVersion), clean(r.Title), p.document
		authors[i], photos[i] = jsonArray(r.Credits.Author), jsonArray(r.Credits.Photographer)
		if at, hasTime, day, ok := parsePublished(string(r.PublishedAt)); ok {
			pubAt[i] = pgtype.Timestamptz{Time: at, Valid: hasTime}
			pubDay[i] = pgtype.Date{Time: day, Valid: true}
		}
		m := r.Meeting
		mType[i], mTitle[i], part[i], loc[i], org[i] = text(string(m.Type)), text(m.Title), text(string(m.PartOfDay)), text(string(m.Location)), text(string(m.Organizer))
		mDate[i], mEnd[i] = date(string(m.Date)), date(string(m.EndDate))
		online[i] = m.Online
		bodies[i] = text(r.Text)
	}
	tag, err := tx.Exec(ctx, upsertPages, urls, srcs, finals, statuses, ctypes, hashes, sizes, refs, headers, fetched)
	if err != nil {
		return 0, fmt.Errorf("pages: %w", err)
	}
	rows += tag.RowsAffected()

	res, err := tx.Query(ctx, upsertReports, urls, srcs, hashes, versions, fetched, titles, pubAt, pubDay,
		mType, mTitle, mDate, mEnd, part, loc, online, org, authors, photos, bodies, docs)
	if err != nil {
		return 0, fmt.Errorf("reports: %w", err)
	}
	reportID := make(map[string]int64, n)
	var replaced []int64
	var (
		id  int64
		url string
		rep bool
	)
	_, err = pgx.ForEachRow(res, []any{&id, &url, &rep}, func() error {
		reportID[url] = id
		if rep {
			replaced = append(replaced, id)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("reports: %w", err)
	}
	rows += int64(len(reportID))
	if len(reportID) == 0 {
		return rows, nil
	}
	if len(replaced) > 0 {
		for _, table := range []string{"person_mentions", "positions", "directive_citations", "agenda_items"} {
			if _, err := tx.Exec(ctx, "DELETE FROM "+table+" WHERE report_id = ANY($1)", replaced); err != nil {
				return 0, fmt.Errorf("clear %s of replaced reports: %w", table, err)
			}
		}
	}

	written := make([]*prepared, 0, len(reportID))
	for i := range in {
		if _, ok := reportID[in[i].ev.Report.URL]; ok {
			written = append(written, &in[i])
		}
	}
	children := buildChildren(written, reportID)

	personID, n1, err := upsertKeys(ctx, tx, "people", "name_key", "name", children.people)
	if err != nil {
		return 0, err
	}
	docID, n2, err := upsertKeys(ctx, tx, "directives", "doc_key", "number, type, date, issuer, subject", children.directives)
	if err != nil {
		return 0, err
	}
	rows += n1 + n2

	copies := []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"person_mentions", []string{"report_id", "person_id", "name", "honorifics", "roles", "mention_count"}, children.mentionRows(personID)},
		{"positions", []string{"report_id", "person_id", "ord", "text", "title", "organization"}, children.positionRows(personID)},
		{"directive_citations", []string{"report_id", "ord", "directive_id", "type", "number", "date", "issuer", "subject", "quote"}, children.citationRows(docID)},
		{"agenda_items", []string{"report_id", "ord", "kind", "text", "presenter", "presenter_id"}, children.agendaRows(personID)},
	}
	for _, c := range copies {
		if len(c.rows) == 0 {
			continue
		}
		k, err := tx.CopyFrom(ctx, pgx.Identifier{c.table}, c.cols, pgx.CopyFromRows(c.rows))
		if err != nil {
			return 0, fmt.Errorf("copy %s: %w", c.table, err)
		}
		rows += k
	}
	return rows, nil
}

// keyed is a row of people or directives: its key and the values of the
// other columns for a first insert.
type keyed struct {
	key  string
	vals []any
}

// upsertKeys inserts the keys that are new (in key order, so that concurrent
// writers lock rows in the same order and cannot deadlock each other) and
// returns the id of every key.
func upsertKeys(ctx context.Context, tx pgx.Tx, table, keyCol, cols string, items map[string]keyed) (map[string]int64, int64, error) {
	ids := make(map[string]int64, len(items))
	if len(items) == 0 {
		return ids, 0, nil
	}
	keys := make([]string, 0, len(items))
	for k := range items {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	colNames := strings.Split(cols, ", ")
	ncol := len(colNames)
	arrays := make([][]any, ncol)
	for _, k := range keys {
		for j, v := range items[k].vals {
			arrays[j] = append(arrays[j], v)
		}
	}
	args := []any{keys}
	sel := []string{"k"}
	from := []string{"$1::text[]"}
	alias := []string{"k"}
	for j, c := range colNames {
		typ := "text"
		if c == "date" {
			typ = "date"
		}
		args = append(args, arrays[j])
		from = append(from, fmt.Sprintf("$%d::%s[]", j+2, typ))
		alias = append(alias, fmt.Sprintf("c%d", j))
		sel = append(sel, fmt.Sprintf("c%d", j))
	}
	q := fmt.Sprintf(`INSERT INTO %s (%s, %s) SELECT %s FROM unnest(%s) AS t(%s) ORDER BY k ON CONFLICT (%s) DO NOTHING`,
		table, keyCol, cols, strings.Join(sel, ", "), strings.Join(from, ", "), strings.Join(alias, ", "), keyCol)
	tag, err := tx.Exec(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", table, err)
	}
	res, err := tx.Query(ctx, fmt.Sprintf(`SELECT id, %s FROM %s WHERE %s = ANY($1)`, keyCol, table, keyCol), keys)
	if err != nil {
		return nil, 0, fmt.Errorf("%s ids: %w", table, err)
	}
	var (
		id  int64
		key string
	)
	if _, err := pgx.ForEachRow(res, []any{&id, &key}, func() error { ids[key] = id; return nil }); err != nil {
		return nil, 0, fmt.Errorf("%s ids: %w", table, err)
	}
	return ids, tag.RowsAffected(), nil
}

// children holds the child rows of the written reports, with people and
// documents still identified by key.
type children struct {
	people     map[string]keyed
	directives map[string]keyed
	mentions   []mention
	positions  []position
	citations  []citation
	agenda     []agendaRow
}

type mention struct {
	report            int64
	key, name         string
	honorifics, roles []string
	count             int32
	positions         []schema.Position
}

type position struct {
	report           int64
	key              string
	ord              int32
	text, title, org string
}

type citation struct {
	report int64
	ord    int32
	key    string
	d      schema.Directive
}

type agendaRow struct {
	report       int64
	ord          int32
	item         schema.AgendaItem
	presenterKey string
}

func buildChildren(written []*prepared, reportID map[string]int64) *children {
	c := &children{people: map[string]keyed{}, directives: map[string]keyed{}}
	for _, p := range written {
		r := &p.ev.Report
		rid := reportID[r.URL]
		// Merge people of one report that share a key (one mention row each).
		byKey := map[string]*mention{}
		var order []string
		for _, person := range r.People {
			name := clean(strings.TrimSpace(person.Name))
			key := NameKey(name)
			if key == "" {
				continue
			}
			if _, ok := c.people[key]; !ok {
				c.people[key] = keyed{key: key, vals: []any{name}}
			}
			m, ok := byKey[key]
			if !ok {
				m = &mention{report: rid, key: key, name: name}
				byKey[key] = m
				order = append(order, key)
			}
			m.honorifics = appendNew(m.honorifics, cleanAll(person.Honorifics)...)
			m.roles = appendNew(m.roles, cleanAll(person.Roles)...)
			m.count += int32(max(len(person.Mentions), 1))
			m.positions = append(m.positions, person.Positions...)
		}
		for _, key := range order {
			m := byKey[key]
			c.mentions = append(c.mentions, *m)
			seen := map[string]bool{}
			var ord int32
			for _, pos := range m.positions {
				t := clean(strings.TrimSpace(pos.Text))
				if t == "" || seen[t] {
					continue
				}
				seen[t] = true
				c.positions = append(c.positions, position{report: rid, key: key, ord: ord, text: t, title: pos.Title, org: pos.Organization})
				ord++
			}
		}
		for i, d := range r.Directives {
			key := DocKey(d.Type, string(d.Number), string(d.Issuer), string(d.Subject))
			if _, ok := c.directives[key]; !ok {
				c.directives[key] = keyed{key: key, vals: []any{
					text(string(d.Number)), clean(d.Type), date(string(d.Date)), text(string(d.Issuer)), text(string(d.Subject)),
				}}
			}
			c.citations = append(c.citations, citation{report: rid, ord: int32(i), key: key, d: d})
		}
		for i, a := range r.Agenda {
			pk := ""
			if k := NameKey(string(a.Presenter)); byKey[k] != nil {
				pk = k
			}
			c.agenda = append(c.agenda, agendaRow{report: rid, ord: int32(i), item: a, presenterKey: pk})
		}
	}
	return c
}

func appendNew(list []string, vals ...string) []string {
	for _, v := range vals {
		if v != "" && !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}

func (c *children) mentionRows(ids map[string]int64) [][]any {
	rows := make([][]any, 0, len(c.mentions))
	for _, m := range c.mentions {
		rows = append(rows, []any{m.report, ids[m.key], m.name, nonNil(m.honorifics), nonNil(m.roles), m.count})
	}
	return rows
}

func (c *children) positionRows(ids map[string]int64) [][]any {
	rows := make([][]any, 0, len(c.positions))
	for _, p := range c.positions {
		rows = append(rows, []any{p.report, ids[p.key], p.ord, p.text, text(p.title), text(p.org)})
	}
	return rows
}

func (c *children) citationRows(ids map[string]int64) [][]any {
	rows := make([][]any, 0, len(c.citations))
	for _, ct := range c.citations {
		d := ct.d
		var quote pgtype.Text
		if d.Evidence != nil {
			quote = text(d.Evidence.Quote)
		}
		rows = append(rows, []any{ct.report, ct.ord, ids[ct.key], clean(d.Type), text(string(d.Number)), date(string(d.Date)),
			text(string(d.Issuer)), text(string(d.Subject)), quote})
	}
	return rows
}

func (c *children) agendaRows(ids map[string]int64) [][]any {
	rows := make([][]any, 0, len(c.agenda))
	for _, a := range c.agenda {
		var presenter pgtype.Int8
		if a.presenterKey != "" {
			presenter = pgtype.Int8{Int64: ids[a.presenterKey], Valid: true}
		}
		rows = append(rows, []any{a.report, a.ord, clean(a.item.Kind), clean(a.item.Text), text(string(a.item.Presenter)), presenter})
	}
	return rows
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
