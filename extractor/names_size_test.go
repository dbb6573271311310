package extractor

import (
	"testing"
	"unsafe"
)

// TestTokenSize guards the size of token: the people and agenda rules pass
// over ~15,000 tokens per page many times, and each byte more is streamed
// from memory on every pass (72 bytes with int offsets, 56 with int32).
func TestTokenSize(t *testing.T) {
	if s := unsafe.Sizeof(token{}); s > 56 {
		t.Errorf("token is %d bytes, want at most 56", s)
	}
}
