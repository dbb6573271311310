package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pipelinetest"
)

// TestDeadCommand lists two dead letters of different stages, replays one
// by sequence number and checks that it is back on its original subject and
// gone from the dead letters, while the other stays.
func TestDeadCommand(t *testing.T) {
	url := pipelinetest.NatsURL(t)
	prefix := "t" + pipelinetest.Unique()
	t.Cleanup(func() { destroyTopology(t, url, prefix) })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	b, err := natsbus.New(ctx, nc, natsbus.Config{Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	names := b.Names()
	for _, dl := range []struct{ stage, subject, cause string }{
		{"extract", names.PageSubject("site"), "extract: page is\nnot HTML"},
		{"store", names.ReportSubject("site"), "store: value too long"},
	} {
		m := nats.NewMsg(names.DeadSubject(dl.stage))
		m.Header.Set(natsbus.HeaderStage, dl.stage)
		m.Header.Set(natsbus.HeaderSubject, dl.subject)
		m.Header.Set(natsbus.HeaderError, dl.cause)
		m.Header.Set(natsbus.HeaderDelivered, "5")
		m.Data = []byte(`{"url":"https://example.vn/a"}`)
		if _, err := b.JetStream().PublishMsg(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) string {
		t.Helper()
		var out bytes.Buffer
		if err := runDead(ctx, append(args, "--nats", url, "--prefix", prefix), &out, &bytes.Buffer{}); err != nil {
			t.Fatalf("meetx dead %v: %v", args, err)
		}
		return out.String()
	}
	list := run("list")
	for _, want := range []string{"SEQ", "extract: page is not HTML", names.PageSubject("site"), "store: value too long"} {
		if !strings.Contains(list, want) {
			t.Errorf("dead list lacks %q:\n%s", want, list)
		}
	}
	if got := run("list", "--stage", "store"); strings.Contains(got, "not HTML") || !strings.Contains(got, "too long") {
		t.Errorf("dead list --stage store:\n%s", got)
	}
	if got := run("replay", "--seq", "1"); got != "replayed 1 dead letters\n" {
		t.Errorf("dead replay --seq 1 printed %q", got)
	}
	if got := run("list"); strings.Contains(got, "not HTML") || !strings.Contains(got, "too long") {
		t.Errorf("after replay of 1, dead list:\n%s", got)
	}
	st, err := b.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st[1].Name != names.PageStream || st[1].Messages != 1 {
		t.Errorf("page stream after replay: %+v, want the replayed page", st[1])
	}
	if err := runDead(ctx, []string{"purge"}, &bytes.Buffer{}, &bytes.Buffer{}); !errors.Is(err, errUsage) {
		t.Errorf("meetx dead purge = %v, want a usage error", err)
	}
}

// TestReplicasFlag checks that --replicas reaches the streams the commands
// create: one replica is what a single server holds, and three are refused
// by it rather than silently reduced. The stream is read back with plain
// JetStream: natsbus.New would rewrite its config.
func TestReplicasFlag(t *testing.T) {
	url := pipelinetest.NatsURL(t)
	prefix := "t" + pipelinetest.Unique()
	t.Cleanup(func() { destroyTopology(t, url, prefix) })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	args := []string{"list", "--nats", url, "--prefix", prefix}
	if err := runDead(ctx, append(args, "--replicas", "3"), &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Fatal("--replicas 3 on a single server: no error")
	}
	if err := runDead(ctx, append(args, "--replicas", "1"), &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatalf("--replicas 1: %v", err)
	}
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	stream, err := js.Stream(ctx, natsbus.NamesFor(prefix).DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	if got := stream.CachedInfo().Config.Replicas; got != 1 {
		t.Errorf("dead-letter stream has %d replicas, want 1", got)
	}
}
