package extractor

import (
	"bytes"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/meetx/meetx/extractor/eval"
	"github.com/meetx/meetx/schema"
)

// layoutTolerance is how much a document's overall score may drop when its
// article is moved into another site's layout.
const layoutTolerance = 0.02

// layoutArticle is the article of a dev document, as the templates of
// testdata/layouts render it.
type layoutArticle struct {
	Title     string
	Lead      string        // the lead, when it opens the article
	Rest      []layoutBlock // what follows Lead
	Blocks    []layoutBlock // the whole article in order, lead included
	Bylines   []string
	published time.Time
	hasTime   bool
}

// layoutBlock is one paragraph; Kind is "lead", "body" or "caption".
type layoutBlock struct{ Kind, Text string }

// HasDate tells the templates whether there is a date to show.
func (a layoutArticle) HasDate() bool { return !a.published.IsZero() }

// Date formats the publication time with withTime, or with dateOnly when
// the gold gives only a day (the page then shows no time either).
func (a layoutArticle) Date(withTime, dateOnly string) string {
	if a.hasTime {
		return a.published.Format(withTime)
	}
	return a.published.Format(dateOnly)
}

// ISO is the publication time as meta tags and JSON-LD carry it.
func (a layoutArticle) ISO() string {
	if a.hasTime {
		return a.published.Format(time.RFC3339)
	}
	return a.published.Format("2006-01-02")
}

var vnWeekdays = [...]string{"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"}

// Weekday is the day of publication as news sites write it ("Thứ hai").
func (a layoutArticle) Weekday() string { return vnWeekdays[a.published.Weekday()] }

// newLayoutArticle reads the article of page through newDocument and takes
// its publication time from the gold, so that each template can write the
// date its own way.
func newLayoutArticle(t *testing.T, page schema.Page, goldPublished string) layoutArticle {
	t.Helper()
	d, err := newDocument(page)
	if err != nil {
		t.Fatal(err)
	}
	a := layoutArticle{Title: d.title}
	if goldPublished != "" {
		if pt, err := time.Parse(time.RFC3339, goldPublished); err == nil {
			a.published, a.hasTime = pt.In(vnZone), true
		} else if pt, err := time.ParseInLocation("2006-01-02", goldPublished, vnZone); err == nil {
			a.published = pt
		} else {
			t.Fatalf("gold published_at %q", goldPublished)
		}
	}
	for _, p := range d.paras {
		text := d.text[p.start:p.end]
		switch p.kind {
		case paraTitle, paraDateline:
			// the template writes both
		case paraByline:
			a.Bylines = append(a.Bylines, text)
		case paraLead:
			a.Blocks = append(a.Blocks, layoutBlock{"lead", text})
		case paraCaption:
			a.Blocks = append(a.Blocks, layoutBlock{"caption", text})
		default:
			a.Blocks = append(a.Blocks, layoutBlock{"body", text})
		}
	}
	a.Rest = a.Blocks
	if len(a.Blocks) > 0 && a.Blocks[0].Kind == "lead" {
		a.Lead, a.Rest = a.Blocks[0].Text, a.Blocks[1:]
	}
	return a
}

// devGoldDir finds the dev corpus: beside the repository as CI lays it
// out, or where MEETX_DEV_GOLD points.
func devGoldDir(t *testing.T) string {
	t.Helper()
	for _, dir := range []string{os.Getenv("MEETX_DEV_GOLD"), "../../shared/corpus/dev", "/work/shared/corpus/dev"} {
		if dir == "" {
			continue
		}
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	t.Skip("no dev corpus: set MEETX_DEV_GOLD to the folder of gold annotations and pages")
	return ""
}

// scoreOne scores one report against its gold, by field.
func scoreOne(g eval.Gold, r *schema.Report) *eval.Result {
	return eval.Score([]eval.Pair{{Gold: g, Got: r}})
}

// fieldChanges lists the fields whose score differs between two results.
func fieldChanges(before, after *eval.Result) []string {
	var out []string
	for _, l := range before.Lines {
		m, ok := after.Line(l.Field)
		if !ok || l.Support() == 0 && m.Support() == 0 {
			continue
		}
		if b, a := l.Score(), m.Score(); b != a {
			out = append(out, fmt.Sprintf("%s %.3f→%.3f", l.Field, b, a))
		}
	}
	return out
}

// TestLayoutInvariance renders every dev document into every page template
// of testdata/layouts (the layouts of common Vietnamese CMSs, with their
// menus, sidebars and footers) and checks that the extractor finds the same
// article there: the overall score may not drop by more than
// layoutTolerance, and the headline and credits must come out the same.
func TestLayoutInvariance(t *testing.T) {
	goldDir := devGoldDir(t)
	golds, err := eval.LoadGold(goldDir)
	if err != nil || len(golds) == 0 {
		t.Fatalf("gold in %s: %v", goldDir, err)
	}
	paths, err := filepath.Glob("testdata/layouts/*.html")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no layouts: %v", err)
	}
	layouts := make([]*template.Template, len(paths))
	for i, p := range paths {
		layouts[i] = template.Must(template.ParseFiles(p))
	}
	for _, g := range golds {
		body, err := os.ReadFile(filepath.Join(goldDir, g.Source))
		if err != nil {
			t.Fatal(err)
		}
		page := schema.Page{URL: g.Source, Body: body}
		orig, err := Extract(page)
		if err != nil {
			t.Fatal(err)
		}
		base := scoreOne(g, orig)
		article := newLayoutArticle(t, page, string(g.PublishedAt))
		for i, tmpl := range layouts {
			name := strings.TrimSuffix(filepath.Base(paths[i]), ".html")
			t.Run(g.ID+"/"+name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := tmpl.Execute(&buf, article); err != nil {
					t.Fatal(err)
				}
				got, err := Extract(schema.Page{URL: name, Body: buf.Bytes()})
				if err != nil {
					t.Fatal(err)
				}
				res := scoreOne(g, got)
				changes := fieldChanges(base, res)
				if got.Title != orig.Title {
					changes = append(changes, fmt.Sprintf("title %q→%q", orig.Title, got.Title))
				}
				if !sameCredits(orig.Credits, got.Credits) {
					changes = append(changes, fmt.Sprintf("credits %v→%v", orig.Credits, got.Credits))
				}
				if res.Overall() < base.Overall()-layoutTolerance || got.Title != orig.Title || !sameCredits(orig.Credits, got.Credits) {
					t.Errorf("overall %.3f→%.3f; %s", base.Overall(), res.Overall(), strings.Join(changes, "; "))
				} else if len(changes) > 0 {
					t.Logf("within tolerance: %s", strings.Join(changes, "; "))
				}
			})
		}
	}
}

func sameCredits(a, b schema.Credits) bool {
	return fmt.Sprint(a.Author) == fmt.Sprint(b.Author) && fmt.Sprint(a.Photographer) == fmt.Sprint(b.Photographer)
}

// TestLayoutCues checks, on small pages, the cues the layouts above rely
// on: a one-word signature with its unit in brackets, a box of other
// articles set into the body, a body laid out as one-cell table rows under
// a headline that only its class names, a date in a byline-classed span,
// a source line after the signature, a print view, a body split in two, a
// page of class-less divs and a comment section inside the article.
func TestLayoutCues(t *testing.T) {
	const (
		p1 = "Sáng 15/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2021, với sự tham dự của cán bộ các huyện, thị xã."
		p2 = "Phát biểu bế mạc hội nghị, đồng chí Lê Văn Phúc, Trưởng Ban Dân vận Tỉnh ủy đề nghị các học viên vận dụng kiến thức được trang bị vào thực tiễn."
		p3 = "Cũng tại hội nghị, các đại biểu đã trao đổi kinh nghiệm xây dựng mô hình dân vận khéo, nhất là ở các xã vùng sâu, vùng xa."
	)
	tests := []struct {
		name, page string
		title      string
		must       []string // paragraphs of the article, in order
		mustNot    []string
		author     string
		date       string // published_at, when the case checks it
	}{
		{
			name:   "one-word signature with its unit",
			page:   `<html><head><title>Hội nghị tập huấn dân vận</title></head><body><h1>Hội nghị tập huấn dân vận</h1><div class="detail"><p>` + p1 + `</p><p>` + p2 + `</p><p style="text-align:right"><strong>H'Liên (Ban Dân vận Tỉnh ủy)</strong></p></div></body></html>`,
			title:  "Hội nghị tập huấn dân vận",
			must:   []string{p1, p2},
			author: "H'Liên",
		},
		{
			name:    "related box inside the body",
			page:    `<html><head><title>Hội nghị tập huấn dân vận</title></head><body><h1>Hội nghị tập huấn dân vận</h1><div class="detail"><p>` + p1 + `</p><div class="box-embed"><p>Tin liên quan</p><ul><li><a href="/1">Đồng chí Lê Hoàng Sơn dự hội nghị Chỉ thị số 12-CT/TU</a></li></ul></div><p>` + p2 + `</p><p>` + p3 + `</p></div></body></html>`,
			title:   "Hội nghị tập huấn dân vận",
			must:    []string{p1, p2, p3},
			mustNot: []string{"Lê Hoàng Sơn"},
		},
		{
			name:    "one-cell rows under a TieuDe cell, the site's name as title",
			page:    `<html><head><title>BAN DÂN VẬN TỈNH ỦY</title></head><body><table><tr><td class="menu"><a href="/">Trang chủ</a></td><td><table><tr><td class="TieuDe">Hội nghị tập huấn dân vận</td></tr><tr><td>(16/12/2021 10:22)</td></tr><tr><td><table><tr><td>` + p1 + `</td></tr><tr><td>` + p2 + `</td></tr><tr><td>` + p3 + `</td></tr></table></td></tr></table></td></tr></table></body></html>`,
			title:   "Hội nghị tập huấn dân vận",
			must:    []string{p1, p2, p3},
			mustNot: []string{"Trang chủ"},
		},
		{
			name:   "a date in a byline-classed span, a later edit date, a source line after the signature",
			page:   `<html><head><title>Hội nghị tập huấn dân vận - Báo Bình An</title></head><body><h1>Hội nghị tập huấn dân vận</h1><div class="info"><span class="author-date">Ngày đăng: 16/12/2021 10:22</span> | <span class="date">Ngày sửa: 20/12/2021 08:00</span></div><div class="detail"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><p>Hải Yến</p><p>Nguồn: Báo Bình An</p></div></body></html>`,
			title:  "Hội nghị tập huấn dân vận",
			must:   []string{p1, p2, p3},
			date:   "2021-12-16T10:22:00+07:00",
			author: "Hải Yến",
		},
		{
			name:  "print view: a tool label as title, print-classed headline and date",
			page:  `<html><head><title>In bài viết</title></head><body><div class="noprint"><a href="#">In bài viết</a></div><div class="print-body"><div class="print-title"><b>Hội nghị tập huấn dân vận</b></div><div class="print-date">Ngày 16/12/2021 - 10:22</div><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></body></html>`,
			title: "Hội nghị tập huấn dân vận",
			must:  []string{p1, p2, p3},
			date:  "2021-12-16T10:22:00+07:00",
		},
		{
			name:    "a body split in two by an ad and a Xem thêm link",
			page:    `<html><head><title>Hội nghị tập huấn dân vận</title></head><body><h1>Hội nghị tập huấn dân vận</h1><div class="article"><div class="content"><p>` + p1 + `</p><p>&gt;&gt; <a href="/x">Xem thêm: Đồng chí Lê Hoàng Sơn dự hội nghị</a></p><p>` + p2 + `</p></div><div class="ads-inline">Quảng cáo</div><div class="content page-2"><p>` + p3 + `</p></div></div></body></html>`,
			title:   "Hội nghị tập huấn dân vận",
			must:    []string{p1, p2, p3},
			mustNot: []string{"Lê Hoàng Sơn", "Quảng cáo"},
		},
		{
			name:    "div soup: paragraphs as class-less divs, a headline only <title> names, a text-white footer",
			page:    `<html><head><title>Hội nghị tập huấn dân vận - nhiệm kỳ 2020 - 2025</title></head><body><div class="row"><div class="col-md-8"><div class="mb-2"><div class="fs-3 fw-bold">Hội nghị tập huấn dân vận - nhiệm kỳ 2020 - 2025</div></div><div class="text-muted small">16/12/2021 10:22</div><div class="fw-bold">` + p1 + `</div><div class="mb-3"><div class="mb-2">` + p2 + `</div><div class="mb-2">` + p3 + `</div></div></div></div><div class="container-fluid text-white"><div class="row"><div class="col-12">Trường Đại học Bình An, địa chỉ: 12 Nguyễn Huệ, thành phố Bình An, điện thoại: 0256 3700 100, email: dhba@example.vn.</div></div></div></body></html>`,
			title:   "Hội nghị tập huấn dân vận - nhiệm kỳ 2020 - 2025",
			must:    []string{p1, p2, p3},
			mustNot: []string{"Nguyễn Huệ"},
			date:    "2021-12-16T10:22:00+07:00",
		},
		{
			name:    "readers' comments inside the article, headed by a count",
			page:    `<html><head><title>Hội nghị tập huấn dân vận</title></head><body><div class="chitiet"><h1>Hội nghị tập huấn dân vận</h1><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><p>Hải Yến</p><div class="box-ykien"><h3>Ý kiến (1)</h3><div><b>Phạm Văn Hòa</b> - 21/07/2020 08:15<br>Đề nghị đồng chí Trưởng Ban Dân vận Tỉnh ủy tiếp tục mở các lớp tập huấn cho cán bộ cơ sở, nhất là ở vùng sâu, vùng xa.</div></div></div></body></html>`,
			title:   "Hội nghị tập huấn dân vận",
			must:    []string{p1, p2, p3},
			mustNot: []string{"Phạm Văn Hòa", "cán bộ cơ sở"},
			author:  "Hải Yến",
		},
		{
			name:    "a comment form's heading ends the article",
			page:    `<html><head><title>Hội nghị tập huấn dân vận</title></head><body><div class="chitiet"><h1>Hội nghị tập huấn dân vận</h1><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><div class="box"><p>Gửi bình luận</p><p>Họ và tên: Phạm Văn Hòa, ngày 21/07/2020. Đề nghị đồng chí Trưởng Ban Dân vận Tỉnh ủy tiếp tục mở các lớp tập huấn.</p></div></div></body></html>`,
			title:   "Hội nghị tập huấn dân vận",
			must:    []string{p1, p2, p3},
			mustNot: []string{"Phạm Văn Hòa"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(schema.Page{URL: "test", Body: []byte(tt.page)})
			if err != nil {
				t.Fatal(err)
			}
			if r.Title != tt.title {
				t.Errorf("title = %q, want %q", r.Title, tt.title)
			}
			at := 0
			for _, p := range tt.must {
				i := strings.Index(r.Text[at:], p)
				if i < 0 {
					t.Fatalf("text lacks (or misorders) %q:\n%s", p, r.Text)
				}
				at += i + len(p)
			}
			for _, s := range tt.mustNot {
				if strings.Contains(r.Text, s) {
					t.Errorf("text holds %q:\n%s", s, r.Text)
				}
			}
			if tt.date != "" && string(r.PublishedAt) != tt.date {
				t.Errorf("published_at = %q, want %s", r.PublishedAt, tt.date)
			}
			if tt.author != "" && (len(r.Credits.Author) != 1 || r.Credits.Author[0] != tt.author) {
				t.Errorf("authors = %q, want %q", r.Credits.Author, tt.author)
			}
		})
	}
}

// TestIsSourceLine checks which closing lines name a source rather than a
// writer: only those are dropped after the signature.
func TestIsSourceLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Nguồn: Báo Bình An":    true,
		"(Nguồn: baobinhan.vn)": true,
		"Theo TTXVN":            true,
		"Theo Báo Bình An":      true,
		"Theo baobinhan.vn":     true,
		"Nguồn tin: Sao Mai":    false, // the sender signs it
		"Theo Minh Hà":          false, // may be the writer
		"Theo đồng chí Lê Văn Phúc, hội nghị đã thành công.": false,
	} {
		if got := isSourceLine(s); got != want {
			t.Errorf("isSourceLine(%q) = %v, want %v", s, got, want)
		}
	}
}
