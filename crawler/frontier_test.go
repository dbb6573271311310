package crawler

import (
	"context"
	"testing"
	"time"
)

func TestQueueTakesTurnsAndKeepsHostOrder(t *testing.T) {
	q := newQueue(1)
	ctx := context.Background()
	for _, u := range []string{"http://a.vn/1", "http://a.vn/2", "http://a.vn/3", "http://b.vn/1", "http://b.vn/2"} {
		q.push(job{url: u})
	}
	pop := func() string {
		t.Helper()
		j, ok := q.pop(ctx)
		if !ok {
			t.Fatal("pop: queue closed")
		}
		return j.url
	}
	// a.vn has one slot: its second job waits while b.vn's first goes.
	a1, b1 := pop(), pop()
	if a1 != "http://a.vn/1" || b1 != "http://b.vn/1" {
		t.Fatalf("first pops = %s, %s; want a.vn/1, b.vn/1", a1, b1)
	}
	// Both hosts busy: the next pop waits until one is done.
	got := make(chan string)
	go func() { j, _ := q.pop(ctx); got <- j.url }()
	select {
	case u := <-got:
		t.Fatalf("pop returned %s while every host was busy", u)
	case <-time.After(50 * time.Millisecond):
	}
	q.done(job{url: a1})
	if u := <-got; u != "http://a.vn/2" {
		t.Errorf("after a.vn/1 is done, pop = %s, want a.vn/2 (host FIFO)", u)
	}
	q.done(job{url: "http://a.vn/2"})
	q.done(job{url: b1})
	rest := []string{pop(), pop()}
	if rest[0] != "http://b.vn/2" || rest[1] != "http://a.vn/3" {
		t.Errorf("rest = %v, want [b.vn/2 a.vn/3] (turns, then FIFO)", rest)
	}
	q.done(job{url: rest[0]})
	q.done(job{url: rest[1]})
	if j, ok := q.pop(ctx); ok {
		t.Errorf("pop on an exhausted queue = %v", j)
	}
}

func TestQueuePopEndsWithContext(t *testing.T) {
	q := newQueue(1)
	q.push(job{url: "http://a.vn/1"})
	q.push(job{url: "http://a.vn/2"})
	if _, ok := q.pop(context.Background()); !ok {
		t.Fatal("first pop failed")
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan bool)
	go func() { _, ok := q.pop(ctx); done <- ok }()
	cancel()
	q.wake()
	if ok := <-done; ok {
		t.Error("pop returned a job after cancel")
	}
	if q.len() != 1 {
		t.Errorf("len = %d, want 1 left for the next run", q.len())
	}
}
