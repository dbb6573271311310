// Package pipelinetest holds what the pipeline's tests share: access to the
// real services they run against (a Postgres database and a NATS server per
// test, from MEETX_TEST_DATABASE_URL and MEETX_TEST_NATS_URL), unique names
// so that tests running in parallel never see each other's streams, and
// sample report events. Only _test.go files import it.
package pipelinetest
