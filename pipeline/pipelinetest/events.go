package pipelinetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/meetx/meetx/pipeline"
	"github.com/meetx/meetx/schema"
)

// Event returns a report event for url, as an extractor of version would
// produce it from a page whose content is body. Its people, directives and
// agenda are drawn from a small pool, so that events share people and
// documents the way real reports do.
func Event(url, version, body string, i int) pipeline.Extracted {
	sum := sha256.Sum256([]byte(body))
	hash := hex.EncodeToString(sum[:])
	people := []schema.Person{
		{Name: "Phạm Minh Tuấn", Honorifics: []string{"PGS", "TS"}, Roles: []string{schema.RoleChair},
			Positions: []schema.Position{{Text: "Giám đốc Học viện Chính trị khu vực II"}}},
		{Name: fmt.Sprintf("Nguyễn Văn Hòa %d", i%50), Honorifics: []string{"đồng chí"}, Roles: []string{schema.RoleSpeaker},
			Positions: []schema.Position{{Text: "Phó Bí thư Thường trực Tỉnh ủy"}, {Text: fmt.Sprintf("Trưởng ban %d", i%7)}}},
		{Name: "Khắc Hiếu", Roles: []string{schema.RoleAuthor}},
	}
	return pipeline.Extracted{
		Page: pipeline.PageMeta{
			URL: url, Source: "testsite", Status: 200, ContentType: "text/html; charset=utf-8",
			Header:      map[string]string{"ETag": `"` + hash[:8] + `"`},
			FetchedAt:   time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Second),
			ContentHash: hash, Size: int64(len(body)),
		},
		Report: schema.Report{
			URL: url, Source: "testsite", Title: fmt.Sprintf("Hội nghị sơ kết công tác %d", i),
			PublishedAt: "2021-07-15T17:40:00+07:00",
			Meeting: schema.Meeting{
				Title: fmt.Sprintf("Hội nghị sơ kết công tác %d", i), Type: schema.MeetingConference,
				Date:      schema.Text(time.Date(2021, 7, 1+i%28, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)),
				PartOfDay: schema.PartMorning, Organizer: schema.Text(fmt.Sprintf("Ban Tuyên giáo Tỉnh ủy %d", i%5)),
			},
			People: people,
			Directives: []schema.Directive{
				{Type: "Chỉ thị", Number: "16/CT-TTg", Date: "2020-03-31", Issuer: "Thủ tướng Chính phủ"},
				{Type: "Nghị quyết", Number: schema.Text(fmt.Sprintf("%d-NQ/TW", 10+i%20))},
			},
			Agenda: []schema.AgendaItem{
				{Kind: schema.AgendaOpening, Text: "phát biểu khai mạc", Presenter: "Phạm Minh Tuấn"},
				{Kind: schema.AgendaReport, Text: "báo cáo sơ kết", Presenter: schema.Text(people[1].Name)},
			},
			Credits:          schema.Credits{Author: []string{"Khắc Hiếu"}, Photographer: []string{}},
			ExtractorVersion: version, ContentHash: hash, Text: body,
		},
	}
}
