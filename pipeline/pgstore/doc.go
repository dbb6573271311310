// Package pgstore is the Postgres side of the meetx pipeline: it opens a
// pgx pool ([Open]), brings the analysts' schema up to date from the
// migrations embedded in package schema ([Store.Migrate], goose), and stores
// report events ([Store.Write], a pipeline.Sink).
//
// Writes are idempotent and atomic per batch. A report is keyed by its
// canonical URL: a redelivered event (same URL, content hash and extractor
// version) changes nothing, a newer extractor version or newer page content
// replaces the report and all its people, positions, citations and agenda
// rows in the same transaction, and an older one is ignored. People are keyed
// by a normalized name ([NameKey]) and documents by their symbol ([DocKey]),
// so each appears once however many reports name it.
//
// Integration tests need a Postgres server: set MEETX_TEST_DATABASE_URL (for
// example postgres://postgres@127.0.0.1:5432/postgres); each test creates and
// drops its own database.
package pgstore
