// Package pipeline is the orchestration vocabulary of meetx: the messages that
// move between the stages (a [schema.CrawlJob], a [schema.Page], an
// [Extracted] report event), the functions and interfaces the stages consume
// ([FetchFunc], [ExtractFunc], [Sink]) and the one rule that maps a stage's
// error to what happens to its message ([Classify]).
//
// The stages are:
//
//	crawl jobs --FetchFunc--> pages --ExtractFunc--> report events --Sink--> Postgres
//
// Transport and storage live in sub-packages: pipeline/natsbus runs the stages
// as JetStream workers, pipeline/pgstore is the Postgres [Sink]. This package
// imports only the standard library and schema, so it knows nothing of NATS,
// Postgres, the crawler or the extractor; cmd/meetx wires the concrete parts
// together (extractor.Extract is an [ExtractFunc] as it stands).
//
// Delivery is at least once everywhere: every stage must tolerate seeing the
// same message twice, and every [Sink] must be idempotent.
package pipeline
