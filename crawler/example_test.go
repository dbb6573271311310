package crawler_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/meetx/meetx/crawler"
)

func ExampleCanonicalize() {
	for _, raw := range []string{
		"HTTPS://BaoChinhPhu.vn:443/hoi-nghi.htm?utm_source=zalo&id=7#binh-luan",
		"http://example.gov.vn/tin-tuc/../tin-tuc/index.php?PHPSESSID=9f2c&trang=2&cat=5",
	} {
		u, err := crawler.Canonicalize(raw)
		fmt.Println(u, err)
	}
	// Output:
	// https://baochinhphu.vn/hoi-nghi.htm?id=7 <nil>
	// http://example.gov.vn/tin-tuc/index.php?cat=5&trang=2 <nil>
}

func ExampleCrawler_Run() {
	// A tiny site: one category page linking three reports.
	article := `<html><head><meta property="og:type" content="article"><title>%[1]s</title></head><body>
		<h1>%[1]s</h1><div class="noidung"><p>Sáng 15/1, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023,
		triển khai nhiệm vụ năm 2024 với sự tham dự của đại biểu các sở, ban, ngành và các huyện, thị xã.</p></div></body></html>`
	mux := http.NewServeMux()
	mux.HandleFunc("/tin-tuc", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><h1>Tin tức</h1>`)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, `<div><a href="/tin-tuc/%d.html?utm_source=home">Hội nghị tổng kết công tác năm 2023, bài số %d</a></div>`, i, i)
		}
		fmt.Fprint(w, `</body></html>`)
	})
	mux.HandleFunc("/tin-tuc/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, article, "Hội nghị tổng kết "+strings.TrimSuffix(path.Base(r.URL.Path), ".html"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c, err := crawler.New(crawler.Config{
		MinDelay:     10 * time.Millisecond,
		AllowPrivate: []string{"127.0.0.1"}, // the test server is on loopback
	}, crawler.NewMemoryStore())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	var mu sync.Mutex
	var got []string
	stats, err := c.Run(context.Background(), []string{srv.URL + "/tin-tuc"}, func(_ context.Context, r *crawler.Result) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, strings.TrimPrefix(r.Page.URL, srv.URL))
		return nil
	})
	slices.Sort(got)
	fmt.Println(got, stats.Emitted, err)

	// A second run finds nothing new.
	stats, err = c.Run(context.Background(), []string{srv.URL + "/tin-tuc"}, func(context.Context, *crawler.Result) error { return nil })
	fmt.Println(stats.Emitted, stats.Unchanged, err)
	// Output:
	// [/tin-tuc/1.html /tin-tuc/2.html /tin-tuc/3.html] 3 <nil>
	// 0 3 <nil>
}
