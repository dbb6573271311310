package crawler_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/meetx/meetx/crawler"
	"github.com/meetx/meetx/crawler/crawlertest"
	"github.com/meetx/meetx/extractor"
)

// benchConfig turns politeness off for a loopback load test.
func benchConfig() crawler.Config {
	return crawler.Config{
		MinDelay:     -1,
		IgnoreRobots: true,
		AllowPrivate: []string{"127.0.0.1"},
		Concurrency:  8,
		MaxPerHost:   8,
		MaxDepth:     1,
	}
}

// peakHeap samples the live heap until stop is called.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() uint64 { close(done); wg.Wait(); return peak.Load() }
}

// cpuTime is the CPU time used by the process so far (user + system):
// unlike wall time it does not depend on what else runs on the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func heapAlloc() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkCrawl crawls a generated site of 10,000 articles on loopback with
// politeness off: pages/s with and without extraction, CPU per page and its
// ratio to fetching the same articles with a bare http.Client (measured
// alongside, so that load from elsewhere on the machine weighs on both),
// the peak heap, and the heap kept per URL seen after the crawl (the
// MemoryStore's state; with no-state, nothing should remain: the crawler's
// own per-run dedupe set, a 64-bit hash per URL, is freed with the run).
func BenchmarkCrawl(b *testing.B) {
	for _, n := range []int{2500, 10000} {
		site := crawlertest.NewGeneratedSite(b, n, 50)
		baseCPU, _ := fetchBaseline(b, site)
		basePerPage := float64(baseCPU.Microseconds()) / float64(n)
		for _, mode := range []struct {
			name           string
			extract, store bool
		}{
			{"fetch", false, true},
			{"fetch+extract", true, true},
			{"fetch/no-state", false, false}, // the crawler's own per-URL cost
		} {
			extract := mode.extract
			b.Run(fmt.Sprintf("articles=%d/%s", n, mode.name), func(b *testing.B) {
				var pages, extracted int64
				var elapsed, cpu time.Duration
				var peak, seen uint64
				var stateBytes int64
				for b.Loop() {
					before := heapAlloc()
					store := crawler.NewMemoryStore()
					var state crawler.StateStore = store
					if !mode.store {
						state = discardStore{}
					}
					c, err := crawler.New(benchConfig(), state)
					if err != nil {
						b.Fatal(err)
					}
					var got atomic.Int64
					emit := func(_ context.Context, r *crawler.Result) error {
						if extract {
							if _, err := extractor.Extract(r.Page); err != nil {
								return err
							}
						}
						got.Add(1)
						return nil
					}
					stopPeak := peakHeap()
					cpu0 := cpuTime()
					stats, err := c.Run(context.Background(), []string{site.URL + "/tin-tuc"}, emit)
					cpu += cpuTime() - cpu0
					peak = max(peak, stopPeak())
					if err != nil {
						b.Fatal(err)
					}
					if got.Load() != int64(n) {
						b.Fatalf("emitted %d of %d articles (%+v)", got.Load(), n, stats)
					}
					pages += stats.Fetched
					extracted += got.Load()
					elapsed += stats.Elapsed
					stateBytes = int64(heapAlloc()) - int64(before) // may dip below 0: GC noise
					seen = uint64(stats.Seen)
					runtime.KeepAlive(store)
				}
				b.ReportMetric(float64(pages)/elapsed.Seconds(), "pages/s")
				// CPU per page, server included: 2 cores / this = pages/s
				// on an otherwise idle 2-core machine.
				perPage := float64(cpu.Microseconds()) / float64(pages)
				b.ReportMetric(perPage, "cpu-µs/page")
				b.ReportMetric(basePerPage, "baseline-cpu-µs/page")
				b.ReportMetric(perPage/basePerPage, "x-baseline-cpu")
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
				b.ReportMetric(float64(stateBytes)/float64(seen), "state-B/url")
			})
		}
	}
}

// discardStore remembers nothing: every crawl is a first crawl.
type discardStore struct{}

func (discardStore) Get(context.Context, string) (crawler.URLState, bool, error) {
	return crawler.URLState{}, false, nil
}
func (discardStore) Put(context.Context, crawler.URLState) error { return nil }

// BenchmarkFetchBaseline is the in-process baseline for BenchmarkCrawl: the
// same articles fetched with a bare http.Client by as many goroutines, no
// parsing, no state.
func BenchmarkFetchBaseline(b *testing.B) {
	const n = 10000
	site := crawlertest.NewGeneratedSite(b, n, 50)
	var pages int64
	var cpu, elapsed time.Duration
	for b.Loop() {
		c, e := fetchBaseline(b, site)
		cpu, elapsed, pages = cpu+c, elapsed+e, pages+int64(n)
	}
	b.ReportMetric(float64(pages)/elapsed.Seconds(), "pages/s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(pages), "cpu-µs/page")
}

// fetchBaseline fetches every article of site with a bare http.Client from
// as many goroutines as the crawler runs workers, and returns the CPU and
// wall time it took: what fetching alone costs on this machine, now.
func fetchBaseline(b *testing.B, site *crawlertest.GeneratedSite) (cpu, elapsed time.Duration) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
	defer client.CloseIdleConnections()
	var next atomic.Int64
	var wg sync.WaitGroup
	start, cpu0 := time.Now(), cpuTime()
	for range benchConfig().Concurrency {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(site.N); i = next.Add(1) - 1 {
				resp, err := client.Get(site.URL + crawlertest.ArticlePath(int(i)))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
	wg.Wait()
	return cpuTime() - cpu0, time.Since(start)
}
