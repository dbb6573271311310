package crawler_test

import (
	"fmt"

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
