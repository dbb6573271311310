package natsbus_test

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pgstore"
	"github.com/meetx/meetx/pipeline/pipelinetest"
	"github.com/meetx/meetx/schema"
)

func newTestCtx(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func connect(t *testing.T, url string) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(url, nats.MaxReconnects(-1), nats.ReconnectWait(100*time.Millisecond))
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// sharedNats connects to the server of MEETX_TEST_NATS_URL.
func sharedNats(t *testing.T) *nats.Conn {
	t.Helper()
	return connect(t, pipelinetest.NatsURL(t))
}

// privateNats starts an in-process server with JetStream for a test that
// disconnects or restarts it.
func privateNats(t *testing.T) string {
	t.Helper()
	s, err := natsbus.StartServer(natsbus.ServerConfig{DataDir: t.TempDir(), Port: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	return s.ClientURL()
}

// newBus creates a topology with a prefix of its own, deleted when the test
// ends.
func newBus(t *testing.T, nc *nats.Conn, prefix string) *natsbus.Bus {
	t.Helper()
	ctx := newTestCtx(t, 30*time.Second)
	b, err := natsbus.New(ctx, nc, natsbus.Config{Prefix: prefix, Storage: jetstream.MemoryStorage}) // memory storage keeps tests fast
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := b.Destroy(ctx); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
			t.Logf("destroy topology %s: %v", prefix, err)
		}
	})
	return b
}

func newStore(t *testing.T, url string) *pgstore.Store {
	t.Helper()
	ctx := newTestCtx(t, time.Minute)
	s, err := pgstore.Open(ctx, pgstore.Config{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

// runWorker starts run in a goroutine and stops it (and waits for it) when
// the test ends or stop is called.
func runWorker(t *testing.T, run func(ctx context.Context) error) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := run(ctx); err != nil {
			t.Errorf("worker: %v", err)
		}
	})
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); wg.Wait() }) }
	t.Cleanup(stop)
	return stop
}

// eventually polls cond until it holds or d passes.
func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// fakeExtract is an ExtractFunc giving the report pipelinetest.Event would.
func fakeExtract(p schema.Page) (*schema.Report, error) {
	ev := pipelinetest.Event(p.URL, "0.1.0", string(p.Body), len(p.Body))
	ev.Report.Source = p.Source
	ev.Report.ContentHash = p.ContentHash
	return &ev.Report, nil
}

func page(url, body string) schema.Page {
	return schema.Page{URL: url, Source: "testsite", Status: 200, ContentType: "text/html", Body: []byte(body),
		FetchedAt: time.Now().UTC()}
}

func countRows(t *testing.T, s *pgstore.Store, table string) int {
	t.Helper()
	var n int
	if err := s.Pool().QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

var fastRetry = natsbus.WorkerConfig{AckWait: 2 * time.Second, MaxDeliver: 3, Backoff: []time.Duration{50 * time.Millisecond},
	BatchWait: 200 * time.Millisecond}

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
