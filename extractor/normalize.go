package extractor

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

// binaryMagic are file signatures of formats that are never a report page.
var binaryMagic = [][]byte{
	[]byte("%PDF"),
	[]byte("\x89PNG"),
	[]byte("PK\x03\x04"),
	[]byte("GIF8"),
	[]byte("\xff\xd8\xff"),       // JPEG
	[]byte("\xd0\xcf\x11\xe0"),   // OLE (.doc, .xls)
	[]byte("\x1f\x8b"),           // gzip
	[]byte("Rar!"),               // rar
	[]byte("7z\xbc\xaf\x27\x1c"), // 7z
}

// looksBinary reports whether body is not text: a known file signature, a
// NUL byte, or many control bytes in its first 4 KB. UTF-16 text (which has
// NULs) is recognised by its byte order mark and let through.
func looksBinary(body []byte) bool {
	if bytes.HasPrefix(body, []byte{0xff, 0xfe}) || bytes.HasPrefix(body, []byte{0xfe, 0xff}) {
		return false
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(body, m) {
			return true
		}
	}
	head := body[:min(len(body), 4096)]
	control := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			control++
		}
	}
	return control*20 > len(head) // more than 5% control bytes
}

// decode converts body to UTF-8 NFC. The charset comes from the byte order
// mark, the Content-Type header or a <meta> tag, in the order the HTML
// standard gives them; valid UTF-8 is kept, anything else without a label is
// read as windows-1252. NFC matters for windows-1258, which encodes tone
// marks as separate combining characters.
func decode(body []byte, contentType string) string {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" && !utf8.Valid(body) {
		// A server (or a file-extension guess) that says UTF-8 about bytes
		// that are not: trust the page's own <meta charset> instead.
		enc, _, _ = charset.DetermineEncoding(body, "")
	}
	s := ""
	if out, err := enc.NewDecoder().Bytes(body); err == nil {
		s = string(out)
	} else {
		s = strings.ToValidUTF8(string(body), "\uFFFD")
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return norm.NFC.String(cleanRunes.Replace(s))
}

// cleanRunes maps invisible and look-alike characters to their plain form
// before NFC: spaces that are not U+0020, the Icelandic eth that some sites
// type for Đ, and hyphen variants that would split document symbols.
var cleanRunes = strings.NewReplacer(
	"\u00a0", " ", // no-break space
	"\u202f", " ", // narrow no-break space
	"\u2009", " ", // thin space
	"\u200b", "", // zero-width space
	"\u200c", "", // zero-width non-joiner
	"\u200d", "", // zero-width joiner
	"\ufeff", "", // byte order mark
	"\u00ad", "", // soft hyphen
	"\u00d0", "Đ", // eth typed for Đ
	"\u00f0", "đ",
	"\u2011", "-", // non-breaking hyphen
	"\u2212", "-", // minus sign
	"\u2010", "-", // hyphen
	"\r\n", "\n",
	"\r", "\n",
)

// collapseSpace trims s and replaces each run of white space with one space.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\v' || r == '\r' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
