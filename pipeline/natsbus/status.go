package natsbus

import (
	"context"
	"fmt"
)

// StreamStatus describes one stream of the topology and its consumers.
type StreamStatus struct {
	Name      string
	Subjects  []string
	Messages  uint64
	Bytes     uint64
	FirstSeq  uint64
	LastSeq   uint64
	Consumers []ConsumerStatus
}

// ConsumerStatus is the lag of one durable consumer.
type ConsumerStatus struct {
	Name string
	// Pending: messages in the stream not yet delivered to the consumer.
	Pending uint64
	// AckPending: delivered, not yet acked.
	AckPending int
	// Redelivered: redelivered and not yet acked.
	Redelivered int
	// Waiting: pull requests waiting (roughly, idle workers).
	Waiting int
}

// Status returns the state of the topology's streams and consumers.
func (b *Bus) Status(ctx context.Context) ([]StreamStatus, error) {
	names := []string{b.names.CrawlStream, b.names.PageStream, b.names.ReportStream, b.names.DeadStream}
	out := make([]StreamStatus, 0, len(names))
	for _, name := range names {
		s, err := b.js.Stream(ctx, name)
		if err != nil {
			return nil, fmt.Errorf("stream %s: %w", name, err)
		}
		info, err := s.Info(ctx)
		if err != nil {
			return nil, fmt.Errorf("stream %s: %w", name, err)
		}
		st := StreamStatus{
			Name: name, Subjects: info.Config.Subjects, Messages: info.State.Msgs, Bytes: info.State.Bytes,
			FirstSeq: info.State.FirstSeq, LastSeq: info.State.LastSeq,
		}
		lister := s.ListConsumers(ctx)
		for ci := range lister.Info() {
			st.Consumers = append(st.Consumers, ConsumerStatus{
				Name: ci.Name, Pending: ci.NumPending, AckPending: ci.NumAckPending,
				Redelivered: ci.NumRedelivered, Waiting: ci.NumWaiting,
			})
		}
		if err := lister.Err(); err != nil {
			return nil, fmt.Errorf("consumers of %s: %w", name, err)
		}
		out = append(out, st)
	}
	return out, nil
}
