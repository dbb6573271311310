// Package schema holds the data contract of meetx: the types that every other
// package exchanges (a fetched [Page], a [CrawlJob], an extracted [Report]),
// their JSON form, and the SQL migrations of the analysts' database.
//
// It imports only the standard library, so the crawler, the extractor and the
// pipeline can all depend on it without depending on each other.
//
// The JSON form of [Report] follows GOLD-SCHEMA.md (the project's annotation
// contract); the doc comment of each field restates the rule that applies to
// it. Fields beyond the contract (evidence, hashes) are additive.
package schema
