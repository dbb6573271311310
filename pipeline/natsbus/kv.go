package natsbus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// JSONStore keeps values of type T as JSON in a JetStream key-value bucket,
// keyed by arbitrary strings (URLs). Every process connected to the same
// NATS sees the same values, so crawl state survives restarts and is shared
// by all crawl workers.
type JSONStore[T any] struct {
	kv jetstream.KeyValue
}

// CrawlState returns the bus's crawl-state bucket as a JSONStore of T.
func CrawlState[T any](b *Bus) *JSONStore[T] { return &JSONStore[T]{kv: b.state} }

// kvKey maps any string to a valid bucket key.
func kvKey(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// Get returns the value stored under key; ok is false when there is none.
func (s *JSONStore[T]) Get(ctx context.Context, key string) (v T, ok bool, err error) {
	e, err := s.kv.Get(ctx, kvKey(key))
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return v, false, nil
	}
	if err != nil {
		return v, false, fmt.Errorf("state %s: %w", key, err)
	}
	if err := json.Unmarshal(e.Value(), &v); err != nil {
		return v, false, fmt.Errorf("state %s: %w", key, err)
	}
	return v, true, nil
}

// Put stores v under key.
func (s *JSONStore[T]) Put(ctx context.Context, key string, v T) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("state %s: %w", key, err)
	}
	if _, err := s.kv.Put(ctx, kvKey(key), data); err != nil {
		return fmt.Errorf("state %s: %w", key, err)
	}
	return nil
}
