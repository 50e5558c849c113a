package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"marsad/data"
)

// record is one article's fields, under any of the usual names.
type record struct {
	Title, Text, Source, Date, URL, Author string
	DateIsCrawl                            bool // Date came from date_extracted
}

// fieldNames maps lower-case field names to the record field they fill;
// fieldOrder says which name wins when a record has several.
var fieldNames = map[string]string{
	"title": "title", "headline": "title",
	"text": "text", "content": "text", "body": "text", "article": "text", "articlebody": "text",
	"source": "source", "site": "source", "outlet": "source", "publisher": "source",
	"date": "date", "published": "date", "published_at": "date", "datepublished": "date", "date_extracted": "date",
	"url": "url", "link": "url",
	"author": "author",
}

// fieldOrder lists the field names in order of preference.
var fieldOrder = []string{"title", "headline", "text", "content", "body", "article", "articlebody",
	"source", "site", "outlet", "publisher", "date", "published", "published_at", "datepublished",
	"date_extracted", "url", "link", "author"}

// set fills the field that a column or key named key stands for, unless
// an earlier name for it already did.
func (r *record) set(key, value string) {
	key = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(key, "\ufeff")))
	var dst *string
	switch fieldNames[key] {
	case "title":
		dst = &r.Title
	case "text":
		dst = &r.Text
	case "source":
		dst = &r.Source
	case "date":
		dst = &r.Date
	case "url":
		dst = &r.URL
	case "author":
		dst = &r.Author
	default:
		return
	}
	if strings.TrimSpace(*dst) == "" {
		*dst = value
		if dst == &r.Date {
			r.DateIsCrawl = key == "date_extracted"
		}
	}
}

// article builds the record's article, or says why it cannot.
func (r *record) article(file, what string, outlets *Outlets) (*data.Article, error) {
	if isBlank(r.Text) {
		return nil, fmt.Errorf("%s has no text", what)
	}
	m := meta{Title: r.Title, Source: r.Source, Author: r.Author, URL: r.URL, Date: r.Date}
	if r.DateIsCrawl {
		m.Date = crawlDate(r.Date, r.URL)
	}
	var paras []para
	if strings.IndexByte(r.Text, '<') >= 0 && markupRe.MatchString(r.Text) {
		paras = htmlParagraphs(r.Text) // scraped text that kept its tags
	} else {
		paras = splitParagraphs(r.Text)
	}
	a, err := buildParas(file, m, paras, outlets)
	if err == errNoText {
		return nil, fmt.Errorf("%s has no text", what)
	}
	return a, err
}

// markupRe finds HTML tags that scrapers leave in a text field.
var markupRe = regexp.MustCompile(`(?i)<(p|br|div|span|a|strong|b|em|h[1-6]|ul|ol|li|figure|figcaption|blockquote|table|img)(\s[^<>]*)?/?>`)

var urlDateRe = regexp.MustCompile(`/(20\d\d|19\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|\.htm|$)`)

// crawlDate returns the publication date for a record that only has the
// date it was crawled: the date in its URL (/2015/07/20/, /20150720/)
// when that is up to 60 days before the crawl, else the crawl date.
func crawlDate(crawled, url string) string {
	c, ok := parseMetaDate(crawled)
	if !ok {
		return crawled
	}
	m := urlDateRe.FindStringSubmatch(url)
	if m == nil {
		return c
	}
	u := m[1] + "-" + m[2] + "-" + m[3]
	ut, err1 := time.Parse("2006-01-02", u)
	ct, err2 := time.Parse("2006-01-02", c)
	if err1 != nil || err2 != nil || ut.After(ct) || ct.Sub(ut) > 60*24*time.Hour {
		return c
	}
	return u
}

// jsonText reads a JSON value as text: strings as they are, numbers as
// written, arrays joined, objects by their name or value field.
func jsonText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			var parts []string
			for _, v := range list {
				if t := jsonText(v); t != "" {
					parts = append(parts, t)
				}
			}
			return strings.Join(parts, "، ")
		}
	case '{':
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) == nil {
			for _, k := range []string{"name", "@value", "value", "text", "url", "@id"} {
				if v, ok := obj[k]; ok {
					return jsonText(v)
				}
			}
		}
	case 'n', 't', 'f':
		return ""
	default:
		return string(raw)
	}
	return ""
}

// jsonRecord reads one JSON object into a record.
func jsonRecord(raw json.RawMessage) (record, bool) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return record{}, false
	}
	return fromObject(obj), true
}

// fromObject fills a record from an object's fields, case-insensitively
// and in a fixed order of preference.
func fromObject(obj map[string]json.RawMessage) record {
	var r record
	lower := make(map[string]json.RawMessage, len(obj))
	for k, v := range obj {
		lower[strings.ToLower(k)] = v
	}
	for _, k := range fieldOrder {
		if v, ok := lower[k]; ok {
			r.set(k, jsonText(v))
		}
	}
	return r
}

// readJSON reads a JSON file: an array of articles, one article, or an
// object holding an array of them ({"articles": [...]}).
func readJSON(name string, content []byte, outlets *Outlets) []Item {
	content, err := utf8Content(content)
	if err != nil {
		return refuse(name, err)
	}
	trimmed := bytes.TrimSpace(content)
	if len(trimmed) == 0 {
		return refuse(name, errEmpty)
	}
	if trimmed[0] == '{' {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(trimmed, &obj); err != nil {
			return refuse(name, fmt.Errorf("not valid JSON: %s", jsonError(err)))
		}
		if r := fromObject(obj); !isBlank(r.Text) {
			a, err := r.article(name, "the record", outlets)
			return one(name, a, err)
		}
		list, ok := innerArray(obj)
		if !ok {
			return refuse(name, fmt.Errorf("the record has no text"))
		}
		return jsonRecords(name, list, outlets)
	}
	if items, ok := plainRecords(name, trimmed, outlets); ok {
		return items
	}
	var list []json.RawMessage
	if err := json.Unmarshal(trimmed, &list); err != nil {
		return refuse(name, fmt.Errorf("not valid JSON: %s", jsonError(err)))
	}
	return jsonRecords(name, list, outlets)
}

// innerArray finds the array of objects inside a wrapper object.
func innerArray(obj map[string]json.RawMessage) ([]json.RawMessage, bool) {
	for _, k := range sortedKeys(obj) {
		v := bytes.TrimSpace(obj[k])
		if len(v) > 0 && v[0] == '[' {
			var list []json.RawMessage
			if json.Unmarshal(v, &list) == nil && len(list) > 0 && bytes.HasPrefix(bytes.TrimSpace(list[0]), []byte("{")) {
				return list, true
			}
		}
	}
	return nil, false
}

func jsonRecords(name string, list []json.RawMessage, outlets *Outlets) []Item {
	if len(list) == 0 {
		return refuse(name, fmt.Errorf("no records (an empty list)"))
	}
	items := make([]Item, 0, len(list))
	for i, raw := range list {
		file := name + "#" + strconv.Itoa(i+1)
		what := "record " + strconv.Itoa(i+1)
		r, ok := jsonRecord(raw)
		if !ok {
			items = append(items, Item{File: file, Err: fmt.Errorf("%s is not an object", what)})
			continue
		}
		a, err := r.article(file, what, outlets)
		items = append(items, Item{File: file, Article: a, Err: err})
	}
	return items
}

// readJSONL reads one JSON object per line.
func readJSONL(name string, content []byte, outlets *Outlets) []Item {
	content, err := utf8Content(content)
	if err != nil {
		return refuse(name, err)
	}
	var items []Item
	for n := 1; len(content) > 0; n++ {
		line := content
		if i := bytes.IndexByte(content, '\n'); i >= 0 {
			line, content = content[:i], content[i+1:]
		} else {
			content = nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		file := name + "#" + strconv.Itoa(n)
		what := "line " + strconv.Itoa(n)
		r, ok := jsonRecord(line)
		if !ok {
			items = append(items, Item{File: file, Err: fmt.Errorf("%s is not a JSON object", what)})
			continue
		}
		a, err := r.article(file, what, outlets)
		items = append(items, Item{File: file, Article: a, Err: err})
	}
	if len(items) == 0 {
		return refuse(name, errEmpty)
	}
	return items
}

// utf8Content returns JSON or CSV bytes as UTF-8 without a byte-order
// mark, decoding other encodings.
func utf8Content(b []byte) ([]byte, error) {
	if utf8.Valid(b) && !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) && bytes.IndexByte(b, 0) < 0 {
		return b, nil
	}
	text, _, err := Decode(b)
	if err != nil {
		return nil, err
	}
	return []byte(text), nil
}

func jsonError(err error) string {
	if se, ok := err.(*json.SyntaxError); ok {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	return err.Error()
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
