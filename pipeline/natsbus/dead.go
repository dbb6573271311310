package natsbus

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// DeadLetter is a message a worker gave up on, as kept in the dead-letter
// stream: where it came from, how often it was tried and why it failed.
type DeadLetter struct {
	// Sequence is the dead letter's own sequence in the dead-letter stream;
	// Replay and Discard name it.
	Sequence uint64
	Stage    string // the worker stage that gave up: crawl, extract, store
	Subject  string // the subject the message was first published on
	// Stream and StreamSequence locate the original message.
	Stream         string
	StreamSequence uint64
	Delivered      uint64 // deliveries before it was given up on
	Error          string
	Time           time.Time // when it was dead-lettered
	Size           int       // payload bytes (0 when it travels by reference)
}

// DeadLetters calls fn for each dead letter, oldest first, of stage ("" for
// every stage). It reads the stream without consuming it.
func (b *Bus) DeadLetters(ctx context.Context, stage string, fn func(DeadLetter) error) error {
	stream, err := b.js.Stream(ctx, b.names.DeadStream)
	if err != nil {
		return fmt.Errorf("dead letters: %w", err)
	}
	return b.eachDead(ctx, stream, stage, func(msg jetstream.Msg, dl DeadLetter) error { return fn(dl) })
}

// eachDead walks the dead-letter stream with an ordered consumer up to the
// last message present when it started.
func (b *Bus) eachDead(ctx context.Context, stream jetstream.Stream, stage string, fn func(jetstream.Msg, DeadLetter) error) error {
	info, err := stream.Info(ctx)
	if err != nil {
		return fmt.Errorf("dead letters: %w", err)
	}
	last := info.State.LastSeq
	if info.State.Msgs == 0 {
		return nil
	}
	subject := b.names.prefix + ".dead.>"
	if stage != "" {
		subject = b.names.DeadSubject(stage)
	}
	cons, err := stream.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{FilterSubjects: []string{subject}})
	if err != nil {
		return fmt.Errorf("dead letters: %w", err)
	}
	ci, err := cons.Info(ctx)
	if err != nil {
		return fmt.Errorf("dead letters: %w", err)
	}
	if ci.NumPending == 0 {
		return nil // waiting for a message would only time out
	}
	for {
		msg, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
		if err != nil {
			if errors.Is(err, nats.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) {
				return nil
			}
			return fmt.Errorf("dead letters: %w", err)
		}
		md, err := msg.Metadata()
		if err != nil {
			return fmt.Errorf("dead letters: %w", err)
		}
		if md.Sequence.Stream > last {
			return nil
		}
		if err := fn(msg, deadLetterOf(msg, md)); err != nil {
			return err
		}
		if md.NumPending == 0 || ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

func deadLetterOf(msg jetstream.Msg, md *jetstream.MsgMetadata) DeadLetter {
	h := msg.Headers()
	seq, _ := strconv.ParseUint(h.Get(HeaderSequence), 10, 64)
	delivered, _ := strconv.ParseUint(h.Get(HeaderDelivered), 10, 64)
	return DeadLetter{
		Sequence: md.Sequence.Stream, Stage: h.Get(HeaderStage), Subject: h.Get(HeaderSubject),
		Stream: h.Get(HeaderStream), StreamSequence: seq, Delivered: delivered,
		Error: h.Get(HeaderError), Time: md.Timestamp, Size: len(msg.Data()),
	}
}

// Replay publishes the dead letters of stage ("" for all) back to the
// subjects they came from, with their original headers, so that the
// workers try them again (after a fix, or once a dependency is back), and
// then removes them from the dead-letter stream. Only those accepted by
// keep (nil keeps all) are replayed. It returns how many were replayed.
//
// A replay interrupted between the publish and the removal may be run
// again: the republished message carries a message ID derived from the
// dead letter's sequence, so JetStream drops the second copy inside its
// duplicate window.
func (b *Bus) Replay(ctx context.Context, stage string, keep func(DeadLetter) bool) (int, error) {
	stream, err := b.js.Stream(ctx, b.names.DeadStream)
	if err != nil {
		return 0, fmt.Errorf("replay: %w", err)
	}
	n := 0
	err = b.eachDead(ctx, stream, stage, func(msg jetstream.Msg, dl DeadLetter) error {
		if keep != nil && !keep(dl) {
			return nil
		}
		if dl.Subject == "" {
			return fmt.Errorf("replay dead letter %d: no %s header", dl.Sequence, HeaderSubject)
		}
		out := nats.NewMsg(dl.Subject)
		for k, v := range msg.Headers() {
			switch k {
			case HeaderError, HeaderStage, HeaderSubject, HeaderStream, HeaderSequence, HeaderDelivered, nats.MsgIdHdr:
			default:
				out.Header[k] = v
			}
		}
		out.Data = msg.Data()
		id := "replay|" + b.names.DeadStream + "|" + strconv.FormatUint(dl.Sequence, 10)
		if _, err := b.js.PublishMsg(ctx, out, jetstream.WithMsgID(id)); err != nil {
			return fmt.Errorf("replay dead letter %d to %s: %w", dl.Sequence, dl.Subject, err)
		}
		if err := stream.DeleteMsg(ctx, dl.Sequence); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
			return fmt.Errorf("replay: remove dead letter %d: %w", dl.Sequence, err)
		}
		n++
		return nil
	})
	return n, err
}
