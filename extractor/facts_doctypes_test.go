package extractor

import (
	"reflect"
	"testing"
)

// TestFindDocTypesShortWord checks the separate search for "luật" against
// docTypeAt tried at every byte, where it meets the longer words: inside
// "bộ luật", after a word that holds it, repeated, at the ends.
func TestFindDocTypesShortWord(t *testing.T) {
	everyByte := docTypesAtEveryByte
	texts := []string{"luật", "bộ luật", "xbộ luật", "luật luật", "bộ luật luật", "pháp luật và bộ luật",
		"nghị quyết luật", "luật nghị quyết", "kỷ luật, luật đất đai và nghị quyết", "bộ luậtx luật",
		"luật bộ luật nghị quyết luật", "đề án luật quy chế", "thông tư liên tịch luật"}
	for _, f := range texts {
		if got, want := findDocTypes(f), everyByte(f); !reflect.DeepEqual(got, want) {
			t.Errorf("findDocTypes(%q) = %v, want %v", f, got, want)
		}
	}
}
