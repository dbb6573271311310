package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/meetx/meetx/pipeline"
)

func TestClassify(t *testing.T) {
	transient := errors.New("connection reset")
	tests := []struct {
		name       string
		err        error
		delivered  int
		maxDeliver int
		want       pipeline.Disposition
	}{
		{"success", nil, 1, 5, pipeline.Ack},
		{"success at the limit", nil, 5, 5, pipeline.Ack},
		{"transient is retried", transient, 1, 5, pipeline.Retry},
		{"transient at the limit is dead-lettered", transient, 5, 5, pipeline.DeadLetter},
		{"transient with no limit", transient, 100, 0, pipeline.Retry},
		{"permanent at once", pipeline.Permanent(transient), 1, 5, pipeline.DeadLetter},
		{"wrapped permanent", fmt.Errorf("decode: %w", pipeline.Permanent(transient)), 1, 5, pipeline.DeadLetter},
		{"unavailable is retried", pipeline.Unavailable(transient), 2, 5, pipeline.Retry},
		{"cancelled is retried", context.Canceled, 1, 5, pipeline.Retry},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pipeline.Classify(tt.err, tt.delivered, tt.maxDeliver); got != tt.want {
				t.Errorf("Classify(%v, %d, %d) = %v, want %v", tt.err, tt.delivered, tt.maxDeliver, got, tt.want)
			}
		})
	}
}

func TestMarkersKeepTheCause(t *testing.T) {
	cause := errors.New("boom")
	for _, err := range []error{pipeline.Permanent(cause), pipeline.Unavailable(cause)} {
		if !errors.Is(err, cause) || err.Error() != "boom" {
			t.Errorf("%T: errors.Is(cause) = %v, message %q", err, errors.Is(err, cause), err.Error())
		}
	}
	if pipeline.Permanent(nil) != nil || pipeline.Unavailable(nil) != nil {
		t.Error("marking nil must give nil")
	}
	if errors.Is(pipeline.Unavailable(cause), pipeline.ErrPermanent) {
		t.Error("unavailable must not be permanent")
	}
}

func TestRetryDelay(t *testing.T) {
	backoff := []time.Duration{time.Second, 5 * time.Second, time.Minute}
	tests := []struct {
		delivered int
		want      time.Duration
	}{{1, time.Second}, {2, 5 * time.Second}, {3, time.Minute}, {9, time.Minute}, {0, time.Second}}
	for _, tt := range tests {
		if got := pipeline.RetryDelay(tt.delivered, backoff); got != tt.want {
			t.Errorf("RetryDelay(%d) = %v, want %v", tt.delivered, got, tt.want)
		}
	}
	if got := pipeline.RetryDelay(3, nil); got != 0 {
		t.Errorf("RetryDelay without backoff = %v, want 0", got)
	}
}
