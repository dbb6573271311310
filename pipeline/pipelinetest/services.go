package pipelinetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Environment variables read by the integration tests.
const (
	EnvDatabaseURL     = "MEETX_TEST_DATABASE_URL"
	EnvNatsURL         = "MEETX_TEST_NATS_URL"
	EnvRequireServices = "MEETX_REQUIRE_SERVICES"
)

// missing skips the test, or fails it when services are required (CI).
func missing(t testing.TB, env, example string) {
	t.Helper()
	msg := env + " is not set; run integration tests with " + env + "=" + example
	if os.Getenv(EnvRequireServices) == "1" {
		t.Fatal(msg + " (" + EnvRequireServices + "=1: services are required)")
	}
	t.Skip(msg)
}

// ServerDatabaseURL returns MEETX_TEST_DATABASE_URL, skipping the test when
// it is unset.
func ServerDatabaseURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvDatabaseURL)
	if u == "" {
		missing(t, EnvDatabaseURL, "postgres://postgres@127.0.0.1:5432/postgres")
	}
	return u
}

// NatsURL returns MEETX_TEST_NATS_URL, skipping the test when it is unset.
func NatsURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvNatsURL)
	if u == "" {
		missing(t, EnvNatsURL, "nats://127.0.0.1:4222")
	}
	return u
}

// Unique returns a short random lower-case name, to give a test its own
// database, streams and subjects.
func Unique() string {
	b := make([]byte, 5)
	_, _ = rand.Read(b) // crypto/rand never fails
	return hex.EncodeToString(b)
}

// NewDatabase creates an empty database on the server of
// MEETX_TEST_DATABASE_URL, drops it when the test ends, and returns its URL.
func NewDatabase(t testing.TB) string {
	t.Helper()
	return NewDatabaseOn(t, ServerDatabaseURL(t))
}

// NewDatabaseOn is NewDatabase on the server of serverURL.
func NewDatabaseOn(t testing.TB, serverURL string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, serverURL)
	if err != nil {
		t.Fatalf("connect to %s: %v", serverURL, err)
	}
	defer conn.Close(ctx)
	name := "meetx_test_" + Unique()
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, serverURL)
		if err != nil {
			t.Logf("drop database %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Logf("drop database %s: %v", name, err)
		}
	})
	return WithDatabase(t, serverURL, name)
}

// WithDatabase returns serverURL pointed at database name.
func WithDatabase(t testing.TB, serverURL, name string) string {
	t.Helper()
	if strings.HasPrefix(serverURL, "postgres://") || strings.HasPrefix(serverURL, "postgresql://") {
		u, err := url.Parse(serverURL)
		if err != nil {
			t.Fatalf("parse %s: %v", serverURL, err)
		}
		u.Path = "/" + name
		return u.String()
	}
	return serverURL + " dbname=" + name
}
