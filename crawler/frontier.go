package crawler

import (
	"context"
	"strings"
	"sync"
)

// queue is the crawl frontier. Each host has its own FIFO, so its listing
// pages are walked in the order they link each other (newest first), and
// hosts take turns: a worker only takes a job for a host that has fewer
// than perHost jobs in flight, so workers never pile up behind one polite
// host while another host's jobs wait.
type queue struct {
	mu       sync.Mutex
	cond     *sync.Cond
	perHost  int
	hosts    map[string]*hostQueue
	ring     []string // hosts in the order they first got a job
	next     int      // ring position to try first
	pending  int
	inflight int
}

// hostQueue is the FIFO of one host.
type hostQueue struct {
	items []job
	head  int
	busy  int // jobs taken and not done
}

func newQueue(perHost int) *queue {
	q := &queue{perHost: max(perHost, 1), hosts: map[string]*hostQueue{}}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// hostOf returns the host[:port] of a canonical URL string.
func hostOf(u string) string {
	_, rest, _ := strings.Cut(u, "://")
	host, _, _ := strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, "?")
	return host
}

func (q *queue) push(j job) {
	h := hostOf(j.url)
	q.mu.Lock()
	hq, ok := q.hosts[h]
	if !ok {
		hq = &hostQueue{}
		q.hosts[h] = hq
		q.ring = append(q.ring, h)
	}
	hq.items = append(hq.items, j)
	q.pending++
	q.mu.Unlock()
	q.cond.Signal()
}

// requeue puts back a job that was taken but not done (the run stopped).
func (q *queue) requeue(j job) { q.push(j) }

// pop returns the next job of a host with a free slot, waiting while jobs
// are in flight (they may add more or free a host); ok is false when the
// frontier is exhausted or ctx is done.
func (q *queue) pop(ctx context.Context) (job, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		if ctx.Err() != nil {
			return job{}, false
		}
		if j, ok := q.take(); ok {
			q.inflight++
			return j, true
		}
		if q.pending == 0 && q.inflight == 0 {
			q.cond.Broadcast()
			return job{}, false
		}
		q.cond.Wait()
	}
}

// take removes the first job of the next host in turn that has one and a
// free slot. q.mu must be held.
func (q *queue) take() (job, bool) {
	for i := range q.ring {
		k := (q.next + i) % len(q.ring)
		hq := q.hosts[q.ring[k]]
		if hq.head == len(hq.items) || hq.busy >= q.perHost {
			continue
		}
		j := hq.items[hq.head]
		hq.items[hq.head] = job{}
		hq.head++
		if hq.head == len(hq.items) {
			hq.items, hq.head = hq.items[:0], 0
		} else if hq.head > 1024 && hq.head*2 > len(hq.items) {
			hq.items = append(hq.items[:0:0], hq.items[hq.head:]...)
			hq.head = 0
		}
		hq.busy++
		q.pending--
		q.next = (k + 1) % len(q.ring)
		return j, true
	}
	return job{}, false
}

// done marks a job taken by pop as finished.
func (q *queue) done(j job) {
	q.mu.Lock()
	q.inflight--
	if hq, ok := q.hosts[hostOf(j.url)]; ok {
		hq.busy--
	}
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *queue) len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.pending
}

// wake lets waiting workers notice a cancelled context.
func (q *queue) wake() {
	q.mu.Lock()
	q.cond.Broadcast()
	q.mu.Unlock()
}
