package htmltree

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// scanner splits a page into the tokens html.Tokenizer gives, for the
// markup article pages are made of: text, tags, comments, a doctype, and
// the raw text of script, style and the like. It finds text runs and the
// ends of raw text with bytes.IndexByte and bytes.Index, where the
// tokenizer reads a byte at a time. On any construct it does not read as
// the tokenizer does (a bogus comment, "<?", "</" that opens no tag, a
// script holding "<!", a comment's rarer endings, a tag, comment or
// doctype cut off by the end of the page) next reports false, and Parse
// leaves the page to html.Parse.
type scanner struct {
	src    []byte
	pos    int
	rawTag string // the element whose raw text comes next ("script"), or ""

	// the current token
	raw  []byte // a tag's bytes, from '<' to '>'
	data []byte // the text, comment or doctype, before conversion
	// how data converts (html.Tokenizer.Text): NUL to U+FFFD (raw text,
	// RCDATA, comments) and references unescaped (all but raw text)
	nulToFFFD, unescape bool
}

// rawTags are the elements whose content the tokenizer reads as text up to
// their end tag.
var rawTags = []string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"}

// next reads the next token; it returns html.ErrorToken at the end of the
// page, and false where the page leaves what the scanner reads exactly.
func (s *scanner) next() (html.TokenType, bool) {
	s.raw, s.data = nil, nil
	if s.rawTag != "" {
		tag := s.rawTag
		s.rawTag = ""
		end := len(s.src)
		if tag != "plaintext" {
			end = rawEnd(s.src, s.pos, tag)
		}
		if tag == "script" && bytes.Contains(s.src[s.pos:end], []byte("<!")) {
			return 0, false // the script data's escaped states
		}
		if end > s.pos {
			s.data, s.pos = s.src[s.pos:end], end
			s.nulToFFFD, s.unescape = true, tag == "textarea" || tag == "title"
			return html.TextToken, true
		}
	}
	src := s.src
	if s.pos >= len(src) {
		return html.ErrorToken, true
	}
	start, i := s.pos, s.pos
	for {
		k := bytes.IndexByte(src[i:], '<')
		if k < 0 || i+k+1 >= len(src) {
			i = len(src)
			break
		}
		i += k
		if c := src[i+1]; isASCIILetter(c) || c == '/' || c == '!' || c == '?' {
			break
		}
		i++
	}
	if i > start {
		s.data, s.pos = src[start:i], i
		s.nulToFFFD, s.unescape = false, true
		return html.TextToken, true
	}
	switch c := src[i+1]; {
	case isASCIILetter(c):
		end, ok := tagEnd(src, i+1)
		if !ok {
			return 0, false
		}
		s.raw, s.pos = src[i:end], end
		s.rawTag = rawTagNamed(src[i+1 : end])
		return html.StartTagToken, true
	case c == '/':
		if i+2 >= len(src) || !isASCIILetter(src[i+2]) {
			return 0, false // "</>" and bogus comments
		}
		end, ok := tagEnd(src, i+2)
		if !ok {
			return 0, false
		}
		s.raw, s.pos = src[i:end], end
		return html.EndTagToken, true
	case c == '!':
		if bytes.HasPrefix(src[i+2:], []byte("--")) {
			return s.comment(i)
		}
		if len(src) >= i+9 && equalFoldASCII(src[i+2:i+9], "doctype") {
			j := skipSpace(src, i+9)
			k := bytes.IndexByte(src[j:], '>')
			if k < 0 {
				return 0, false
			}
			s.data, s.pos = src[j:j+k], j+k+1
			s.nulToFFFD, s.unescape = false, true
			return html.DoctypeToken, true
		}
	}
	return 0, false
}

// comment reads "<!--" at src[i:] up to the first "-->"; a comment that
// opens with '>' or "->", or holds "--!", ends otherwise in the tokenizer.
func (s *scanner) comment(i int) (html.TokenType, bool) {
	body := s.src[i+4:]
	if len(body) > 0 && body[0] == '>' || bytes.HasPrefix(body, []byte("->")) {
		return 0, false
	}
	k := bytes.Index(body, []byte("-->"))
	if k < 0 || bytes.Contains(body[:k+2], []byte("--!")) {
		return 0, false
	}
	s.data, s.pos = body[:k], i+4+k+3
	s.nulToFFFD, s.unescape = true, true
	return html.CommentToken, true
}

// rawEnd returns where the raw text that starts at src[from:] ends: at
// "</tag" (in any case) followed by a space, '/' or '>', or at the end.
func rawEnd(src []byte, from int, tag string) int {
	for i := from; ; {
		k := bytes.Index(src[i:], []byte("</"))
		if k < 0 {
			return len(src)
		}
		i += k
		j := i + 2 + len(tag)
		if j < len(src) && equalFoldASCII(src[i+2:j], tag) {
			switch src[j] {
			case ' ', '\n', '\r', '\t', '\f', '/', '>':
				return i
			}
		}
		i += 2
	}
}

// rawTagNamed returns the raw-text element a start tag at src (its name
// first) opens, or "".
func rawTagNamed(src []byte) string {
	n := 0
	for n < len(src) && !isSpace(src[n]) && src[n] != '/' && src[n] != '>' {
		n++
	}
	for _, t := range rawTags {
		if len(t) == n && equalFoldASCII(src[:n], t) {
			return t
		}
	}
	return ""
}

// tagEnd returns the index after the '>' that ends the tag whose name
// starts at src[i], reading names, keys and values as the tokenizer does
// (so that a '>' inside a quoted value does not end it); false when the
// page ends first.
func tagEnd(src []byte, i int) (int, bool) {
	for i < len(src) && !isSpace(src[i]) && src[i] != '/' && src[i] != '>' {
		i++
	}
	i = skipSpace(src, i)
	for i < len(src) {
		if src[i] == '>' {
			return i + 1, true
		}
		ks := i
		for i < len(src) {
			c := src[i]
			if isSpace(c) || c == '/' || c == '>' || c == '=' && i > ks {
				break
			}
			i++
		}
		i = skipSpace(src, i)
		if i < len(src) && src[i] == '/' {
			i++
		} else if i < len(src) && src[i] == '=' {
			i = skipSpace(src, i+1)
			if i < len(src) && src[i] != '>' {
				if q := src[i]; q == '"' || q == '\'' {
					k := bytes.IndexByte(src[i+1:], q)
					if k < 0 {
						return 0, false
					}
					i += k + 2
				} else {
					for i < len(src) && !isSpace(src[i]) && src[i] != '>' {
						i++
					}
				}
			}
		}
		i = skipSpace(src, i)
	}
	return 0, false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// equalFoldASCII reports whether p is lower (lower-case ASCII) in any
// case, without the string conversion strings.EqualFold would need.
func equalFoldASCII(p []byte, lower string) bool {
	if len(p) != len(lower) {
		return false
	}
	for i, c := range p {
		if c|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// convertNewlines rewrites "\r\n" and a lone "\r" as "\n", as the
// tokenizer does, into a copy.
func convertNewlines(p []byte) []byte {
	out := make([]byte, 0, len(p))
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '\r' {
			if i+1 < len(p) && p[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return out
}

// attrValue converts a raw attribute value as the tokenizer's TagAttr
// does, and reports false for a reference the tokenizer's attribute mode
// reads otherwise than html.UnescapeString: a name that is no reference
// but begins with one ("&copyx"), or a legacy one without its ';'.
func attrValue(v []byte) (string, bool) {
	if bytes.IndexByte(v, '\r') >= 0 {
		v = convertNewlines(v)
	}
	s := string(v)
	if strings.IndexByte(s, '&') < 0 {
		return s, true
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '&' || i+1 >= len(s) || s[i+1] == '#' {
			continue
		}
		j := i + 1
		for j < len(s) && (isASCIILetter(s[j]) || '0' <= s[j] && s[j] <= '9') {
			j++
		}
		if j == i+1 {
			continue
		}
		ref := s[i:j]
		if j < len(s) && s[j] == ';' {
			ref = s[i : j+1]
			if u := html.UnescapeString(ref); u != ref && strings.HasSuffix(u, ";") {
				return "", false // a prefix read as a reference: "&copyx;"
			}
		} else if html.UnescapeString(ref) != ref {
			return "", false // a legacy reference without ';', or its prefix
		}
		i = j - 1
	}
	return html.UnescapeString(s), true
}
