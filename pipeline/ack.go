package pipeline

import (
	"errors"
	"time"
)

// ErrPermanent marks an error that retrying cannot fix (a page that is not
// text, a message that does not decode). Wrap errors with [Permanent]; check
// with errors.Is.
var ErrPermanent = errors.New("pipeline: permanent failure")

// Permanent marks err as permanent: its message goes to the dead-letter
// subject at once instead of being redelivered.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err: err}
}

type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// Is reports ErrPermanent as a match so that callers need only errors.Is.
func (e *permanentError) Is(target error) bool { return target == ErrPermanent }

// ErrUnavailable marks an error of a service being down (the database is
// unreachable): the work is fine and should wait for the service rather
// than spend its deliveries. Wrap errors with [Unavailable].
var ErrUnavailable = errors.New("pipeline: service unavailable")

// Unavailable marks err as caused by a service being down.
func Unavailable(err error) error {
	if err == nil {
		return nil
	}
	return &unavailableError{err: err}
}

type unavailableError struct{ err error }

func (e *unavailableError) Error() string { return e.err.Error() }
func (e *unavailableError) Unwrap() error { return e.err }

// Is reports ErrUnavailable as a match so that callers need only errors.Is.
func (e *unavailableError) Is(target error) bool { return target == ErrUnavailable }

// Disposition is what happens to a message after its stage ran.
type Disposition uint8

const (
	// Ack: the message is done (its effects are durable).
	Ack Disposition = iota
	// Retry: redeliver the message after a delay.
	Retry
	// DeadLetter: give up; publish the message and its error to the
	// dead-letter subject and terminate it.
	DeadLetter
)

func (d Disposition) String() string {
	switch d {
	case Ack:
		return "ack"
	case Retry:
		return "retry"
	case DeadLetter:
		return "dead-letter"
	}
	return "unknown"
}

// Classify maps the error of a stage to the disposition of its message.
// delivered is how many times the message has been delivered (1 the first
// time) and maxDeliver the limit of the consumer (<= 0: unlimited). At the
// limit even a retryable error dead-letters the message: JetStream would not
// deliver it again, and the dead-letter stream keeps it for a later replay.
func Classify(err error, delivered, maxDeliver int) Disposition {
	switch {
	case err == nil:
		return Ack
	case errors.Is(err, ErrPermanent):
		return DeadLetter
	case maxDeliver > 0 && delivered >= maxDeliver:
		return DeadLetter
	}
	return Retry
}

// RetryDelay is how long to wait before redelivery number delivered+1:
// backoff[delivered-1], or the last step once the table runs out.
func RetryDelay(delivered int, backoff []time.Duration) time.Duration {
	if len(backoff) == 0 {
		return 0
	}
	i := max(delivered-1, 0)
	if i >= len(backoff) {
		i = len(backoff) - 1
	}
	return backoff[i]
}
