package natsbus

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/meetx/meetx/pipeline"
)

// Metrics are the Prometheus metrics of the pipeline's workers. A nil
// *Metrics records nothing.
type Metrics struct {
	pagesFetched   *prometheus.CounterVec
	bytesFetched   *prometheus.CounterVec
	fetchErrors    *prometheus.CounterVec
	errorsByKind   *prometheus.CounterVec
	extractSeconds *prometheus.HistogramVec
	messages       *prometheus.CounterVec
	redeliveries   *prometheus.CounterVec
	deadLetters    *prometheus.CounterVec
	publishedMsgs  *prometheus.CounterVec
	reportsStored  prometheus.Counter
	rowsWritten    prometheus.Counter
}

// NewMetrics creates the metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		pagesFetched: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "meetx_pages_fetched_total", Help: "Pages fetched by crawl workers (not counting unchanged ones).",
		}, []string{"source"}),
		bytesFetched: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "meetx_fetched_bytes_total", Help: "Bytes of page bodies fetched.",
		}, []string{"source"}),
		fetchErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "meetx_fetch_errors_total", Help: "Failed fetches.",
		}, []string{"source"}),
		errorsByKind: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "meetx_errors_total", Help: "Handler errors by stage and kind (permanent, unavailable, canceled, transient).",
		}, []string{"stage", "kind"}),
		extractSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "meetx_extract_duration_seconds", Help: "Time to extract one page.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}, []string{"outcome"}),
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "meetx_messages_total", Help: "Messages handled, by stage and disposition (ack, retry, dead-letter).",
		}, []string{"stage", "disposition"}),
		redeliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "meetx_redeliveries_total", Help: "Messages received that had been delivered before.",
		}, []string{"stage"}),
		deadLetters: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "meetx_dead_letters_total", Help: "Messages given up on and copied to the dead-letter subject.",
		}, []string{"stage"}),
		publishedMsgs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "meetx_published_total", Help: "Messages published, by kind; duplicate=true were dropped by JetStream.",
		}, []string{"kind", "duplicate"}),
		reportsStored: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "meetx_reports_stored_total", Help: "Report events committed by store workers.",
		}),
		rowsWritten: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "meetx_rows_written_total", Help: "Database rows inserted or replaced by store workers.",
		}),
	}
	reg.MustRegister(m.pagesFetched, m.bytesFetched, m.fetchErrors, m.errorsByKind, m.extractSeconds, m.messages,
		m.redeliveries, m.deadLetters, m.publishedMsgs, m.reportsStored, m.rowsWritten)
	return m
}

func (m *Metrics) fetched(source string, n int) {
	if m != nil {
		m.pagesFetched.WithLabelValues(source).Inc()
		m.bytesFetched.WithLabelValues(source).Add(float64(n))
	}
}

func (m *Metrics) fetchFailed(source string) {
	if m != nil {
		m.fetchErrors.WithLabelValues(source).Inc()
	}
}

func (m *Metrics) extracted(d time.Duration, err error) {
	if m != nil {
		outcome := "ok"
		if err != nil {
			outcome = "error"
		}
		m.extractSeconds.WithLabelValues(outcome).Observe(d.Seconds())
	}
}

func (m *Metrics) handled(stage string, d pipeline.Disposition) {
	if m != nil {
		m.messages.WithLabelValues(stage, d.String()).Inc()
	}
}

func (m *Metrics) failed(stage string, err error) {
	if m == nil || err == nil {
		return
	}
	kind := "transient"
	switch {
	case errors.Is(err, pipeline.ErrPermanent):
		kind = "permanent"
	case errors.Is(err, pipeline.ErrUnavailable):
		kind = "unavailable"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		kind = "canceled"
	}
	m.errorsByKind.WithLabelValues(stage, kind).Inc()
}

func (m *Metrics) redelivered(stage string) {
	if m != nil {
		m.redeliveries.WithLabelValues(stage).Inc()
	}
}

func (m *Metrics) deadLettered(stage string) {
	if m != nil {
		m.deadLetters.WithLabelValues(stage).Inc()
	}
}

func (m *Metrics) published(subject string, duplicate bool) {
	if m != nil {
		kind := "other"
		if parts := strings.SplitN(subject, ".", 3); len(parts) > 1 {
			kind = parts[1]
		}
		dup := "false"
		if duplicate {
			dup = "true"
		}
		m.publishedMsgs.WithLabelValues(kind, dup).Inc()
	}
}

func (m *Metrics) stored(reports int, rows int64) {
	if m != nil {
		m.reportsStored.Add(float64(reports))
		m.rowsWritten.Add(float64(rows))
	}
}

// lagCollector reports stream sizes and consumer lag on every scrape.
type lagCollector struct {
	b                                   *Bus
	streamMsgs, pending, ackPending, rd *prometheus.Desc
}

// LagCollector returns a Prometheus collector of the messages in each stream
// and, per consumer, the messages not yet delivered (pending), delivered but
// not acked, and redelivered. It asks the server at scrape time.
func (b *Bus) LagCollector() prometheus.Collector {
	return &lagCollector{
		b:          b,
		streamMsgs: prometheus.NewDesc("meetx_stream_messages", "Messages stored in the stream.", []string{"stream"}, nil),
		pending:    prometheus.NewDesc("meetx_consumer_pending", "Messages not yet delivered to the consumer.", []string{"stream", "consumer"}, nil),
		ackPending: prometheus.NewDesc("meetx_consumer_ack_pending", "Messages delivered but not yet acked.", []string{"stream", "consumer"}, nil),
		rd:         prometheus.NewDesc("meetx_consumer_redelivered", "Messages redelivered and not yet acked.", []string{"stream", "consumer"}, nil),
	}
}

func (c *lagCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.streamMsgs
	ch <- c.pending
	ch <- c.ackPending
	ch <- c.rd
}

func (c *lagCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	streams, err := c.b.Status(ctx)
	if err != nil {
		c.b.log.Warn("metrics: stream status", "err", err)
		return
	}
	for _, s := range streams {
		ch <- prometheus.MustNewConstMetric(c.streamMsgs, prometheus.GaugeValue, float64(s.Messages), s.Name)
		for _, cs := range s.Consumers {
			ch <- prometheus.MustNewConstMetric(c.pending, prometheus.GaugeValue, float64(cs.Pending), s.Name, cs.Name)
			ch <- prometheus.MustNewConstMetric(c.ackPending, prometheus.GaugeValue, float64(cs.AckPending), s.Name, cs.Name)
			ch <- prometheus.MustNewConstMetric(c.rd, prometheus.GaugeValue, float64(cs.Redelivered), s.Name, cs.Name)
		}
	}
}
