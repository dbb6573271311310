// Package natsbus runs the meetx pipeline on NATS JetStream: it creates the
// topology (streams, object store, key-value buckets) idempotently, publishes
// crawl jobs, pages and report events with Nats-Msg-Id deduplication, and
// runs the crawl, extract and store stages as durable pull consumers.
//
// Topology, for the default prefix "meetx":
//
//	stream MEETX_CRAWL    meetx.crawl.<source>.<host>[.<seed>]  work queue: each job is fetched once
//	stream MEETX_PAGES    meetx.page.<source>                limits (kept PageMaxAge, for re-extraction)
//	stream MEETX_REPORTS  meetx.report.extracted.<source>    limits (kept ReportMaxAge; late subscribers replay)
//	stream MEETX_DEAD     meetx.dead.<stage>                 limits: messages given up on, with the error
//	object MEETX_BLOBS    payloads larger than the server's max payload, by SHA-256
//	kv     MEETX_CRAWLSTATE  per-URL crawl state (ETag, Last-Modified, hash, last seen)
//	kv     MEETX_HOSTS       per-host politeness: the next time a host may be fetched
//
// Every stage is a durable pull consumer (names "crawl", "extract",
// "store") with explicit acks, a bounded MaxAckPending, a redelivery
// backoff and a delivery limit. What happens to a message after its handler
// ran is decided by pipeline.Classify: done messages are acked (the store
// stage acks only after the Postgres transaction committed), failures are
// redelivered with pipeline.RetryDelay, and permanent failures or messages at
// the delivery limit are copied to meetx.dead.<stage> with the error in the
// Meetx-Error header, then terminated. Any number of workers of each stage
// may run, in any number of processes: they share the durable consumer.
//
// A seed job starts a crawl run: its Nats-Msg-Id and Meetx-Run header carry
// the run, and the jobs of the links found from it inherit both, so a URL is
// fetched once per run while a new run (a scheduled re-crawl) is not taken
// for a duplicate of the last one. A seed is queued at most once at a time
// (see [Bus.PublishCrawlJob]).
//
// Per-host politeness holds across all crawl workers because it is kept in
// JetStream itself: before fetching, a worker claims the host in the
// MEETX_HOSTS bucket with a compare-and-set update of the time its next fetch
// is allowed, so two workers can never fetch it within the delay (see
// [Bus.RunCrawlWorker]).
package natsbus
