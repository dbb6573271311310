package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/meetx/meetx/pipeline/natsbus"
	"github.com/meetx/meetx/pipeline/pipelinetest"
)

func writeSchedule(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "schedule.json")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadScheduleConfig(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		wantErr error
	}{
		{"valid", `{"sources":[{"name":"hcma","cron":"0 */6 * * *","seeds":["https://hcma.vn/tin-tuc"]}]}`, nil},
		{"descriptor", `{"timezone":"UTC","sources":[{"name":"a","cron":"@every 30m","seeds":["http://a.vn/"]}]}`, nil},
		{"not json", `{"sources":`, errBadSchedule},
		{"no sources", `{"sources":[]}`, errBadSchedule},
		{"bad cron", `{"sources":[{"name":"a","cron":"every day","seeds":["http://a.vn/"]}]}`, errBadSchedule},
		{"bad seed", `{"sources":[{"name":"a","cron":"@daily","seeds":["ftp://a.vn/"]}]}`, errBadSchedule},
		{"no name", `{"sources":[{"cron":"@daily","seeds":["http://a.vn/"]}]}`, errBadSchedule},
		{"duplicate name", `{"sources":[{"name":"a","cron":"@daily","seeds":["http://a.vn/"]},{"name":"a","cron":"@daily","seeds":["http://b.vn/"]}]}`, errBadSchedule},
		{"bad timezone", `{"timezone":"Mars/Olympus","sources":[{"name":"a","cron":"@daily","seeds":["http://a.vn/"]}]}`, errBadSchedule},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := loadScheduleConfig(writeSchedule(t, tt.body))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("loadScheduleConfig = %v, want %v", err, tt.wantErr)
			}
			if err == nil && cfg.Timezone == "" {
				t.Error("timezone default not applied")
			}
		})
	}
}

// crawlJobs returns the number of jobs waiting in the crawl stream.
func crawlJobs(t *testing.T, b *natsbus.Bus) uint64 {
	t.Helper()
	st, err := b.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st[0].Messages
}

func TestScheduleCommandPublishesSeeds(t *testing.T) {
	url := pipelinetest.NatsURL(t)
	prefix := "t" + pipelinetest.Unique()
	t.Cleanup(func() { destroyTopology(t, url, prefix) })
	path := writeSchedule(t, `{"sources":[
		{"name":"a","cron":"@every 1s","seeds":["https://a.example.vn/tin-tuc","https://a.example.vn/su-kien"]},
		{"name":"b","cron":"@every 1h","seeds":["https://b.example.vn/"]}]}`)

	// --once publishes every seed now.
	if err := runSchedule(context.Background(), []string{"--nats", url, "--prefix", prefix, "--config", path, "--once"}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	b, err := natsbus.New(context.Background(), nc, natsbus.Config{Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	if n := crawlJobs(t, b); n != 3 {
		t.Fatalf("after --once: %d crawl jobs, want 3", n)
	}
	// The cron schedule fires source c every second; its repeated seed is
	// dropped by Nats-Msg-Id deduplication, so it is queued once.
	cronPath := writeSchedule(t, `{"sources":[{"name":"c","cron":"@every 1s","seeds":["https://c.example.vn/"]}]}`)
	ctx, cancel := context.WithTimeout(context.Background(), 2500*time.Millisecond)
	defer cancel()
	if err := runSchedule(ctx, []string{"--nats", url, "--prefix", prefix, "--config", cronPath}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if n := crawlJobs(t, b); n != 4 {
		t.Errorf("after the cron ran: %d crawl jobs, want 4 (3 + the cron seed once)", n)
	}
}
