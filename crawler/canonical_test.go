package crawler

import (
	"errors"
	"testing"
)

func TestCanonicalize(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantErr        error
	}{
		{"fragment dropped", "https://example.vn/tin-tuc/a.html#binh-luan", "https://example.vn/tin-tuc/a.html", nil},
		{"host lowered, default port", "HTTP://Example.VN:80/A", "http://example.vn/A", nil},
		{"https default port", "https://example.vn:443/", "https://example.vn/", nil},
		{"other port kept", "http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x", nil},
		{"empty path", "https://example.vn", "https://example.vn/", nil},
		{"utm and click ids dropped", "https://example.vn/a?utm_source=fb&id=3&fbclid=x&UTM_Medium=y", "https://example.vn/a?id=3", nil},
		{"session ids dropped", "https://example.vn/a.php?PHPSESSID=abc&sid=1&cat=2&jsessionid=9", "https://example.vn/a.php?cat=2", nil},
		{"path session id dropped", "https://example.vn/a.jsp;jsessionid=ABC?x=1", "https://example.vn/a.jsp?x=1", nil},
		{"query sorted", "https://example.vn/?mod=tintuc&id=611&cat=2", "https://example.vn/?cat=2&id=611&mod=tintuc", nil},
		{"only tracking params", "https://example.vn/a?utm_campaign=x", "https://example.vn/a", nil},
		{"dot segments", "https://example.vn/a/./b/../c.html", "https://example.vn/a/c.html", nil},
		{"trailing slash kept", "https://example.vn/tin-tuc/", "https://example.vn/tin-tuc/", nil},
		{"vietnamese path", "https://example.vn/tin-tức/hội-nghị", "https://example.vn/tin-t%E1%BB%A9c/h%E1%BB%99i-ngh%E1%BB%8B", nil},
		{"escapes kept", "https://example.vn/a%2Fb", "https://example.vn/a%2Fb", nil},
		{"user info dropped", "https://u:p@example.vn/", "https://example.vn/", nil},
		{"not http", "ftp://example.vn/a", "", ErrBadURL},
		{"javascript", "javascript:void(0)", "", ErrBadURL},
		{"relative", "/tin-tuc/a.html", "", ErrBadURL},
		{"unparsable", "http://[::1", "", ErrBadURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonicalize(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Canonicalize(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Canonicalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if err == nil {
				again, _ := Canonicalize(got)
				if again != got {
					t.Errorf("not idempotent: %q -> %q", got, again)
				}
			}
		})
	}
}

func TestMatchHost(t *testing.T) {
	tests := []struct {
		list []string
		host string
		want bool
	}{
		{[]string{"example.vn"}, "example.vn", true},
		{[]string{"example.vn"}, "EXAMPLE.vn", true},
		{[]string{"example.vn"}, "www.example.vn", false},
		{[]string{"*.example.vn"}, "www.example.vn", true},
		{[]string{"*.example.vn"}, "example.vn", true},
		{[]string{"*.example.vn"}, "badexample.vn", false},
		{[]string{"*"}, "anything", true},
		{nil, "example.vn", false},
	}
	for _, tt := range tests {
		if got := matchHost(tt.list, tt.host); got != tt.want {
			t.Errorf("matchHost(%v, %q) = %v, want %v", tt.list, tt.host, got, tt.want)
		}
	}
}

func TestPageNumber(t *testing.T) {
	tests := []struct {
		in      string
		wantKey string
		wantN   int
		wantOK  bool
	}{
		{"https://x.vn/tin-tuc?page=3", "https://x.vn/tin-tuc", 3, true},
		{"https://x.vn/tin-tuc?cat=2&trang=4", "https://x.vn/tin-tuc?cat=2", 4, true},
		{"https://x.vn/tin-tuc/trang-5.html", "https://x.vn/tin-tuc/", 5, true},
		{"https://x.vn/tin-tuc/page/2/", "https://x.vn/tin-tuc/", 2, true},
		{"https://x.vn/tin-tuc/", "https://x.vn/tin-tuc/", 1, false},
		{"https://x.vn/tin-tuc/hoi-nghi-123.html", "https://x.vn/tin-tuc/hoi-nghi-123.html", 1, false},
	}
	for _, tt := range tests {
		key, n, ok := pageNumber(mustParse(t, tt.in))
		if key != tt.wantKey || n != tt.wantN || ok != tt.wantOK {
			t.Errorf("pageNumber(%q) = %q, %d, %v; want %q, %d, %v", tt.in, key, n, ok, tt.wantKey, tt.wantN, tt.wantOK)
		}
	}
}
