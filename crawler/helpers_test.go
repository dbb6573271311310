package crawler

import (
	"context"
	"net/url"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"
)

// newTestCtx returns a context that ends with the test or after d.
func newTestCtx(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// testConfig is a polite but fast configuration for the fixture site on
// 127.0.0.1.
func testConfig() Config {
	return Config{
		MinDelay:     20 * time.Millisecond,
		Timeout:      5 * time.Second,
		RetryBackoff: 10 * time.Millisecond,
		MaxBodyBytes: 1 << 20,
		AllowPrivate: []string{"127.0.0.1"},
	}
}

// refusals records the addresses the strict dialer refused: proof that a
// private address was stopped at connect time, before any packet.
type refusals struct {
	mu    sync.Mutex
	addrs []string
	other []string // addresses the strict dialer let through
}

// watchDialer wraps the Fetcher's private-address check with a recorder.
func watchDialer(f *Fetcher) *refusals {
	r := &refusals{}
	f.dialer.strict.Control = func(network, address string, c syscall.RawConn) error {
		err := refusePrivate(network, address, c)
		r.mu.Lock()
		defer r.mu.Unlock()
		if err != nil {
			r.addrs = append(r.addrs, address)
		} else {
			r.other = append(r.other, address)
		}
		return err
	}
	return r
}

func (r *refusals) refused() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := slices.Clone(r.addrs)
	slices.Sort(out)
	return slices.Compact(out)
}

func (r *refusals) allowed() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.other)
}

func mustParse(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
