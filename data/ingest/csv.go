package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
)

// readCSV reads one article per row of a CSV (or TSV) file whose first
// row names the columns. Items are named by the row's line number.
func readCSV(name string, content []byte, outlets *Outlets) []Item {
	content, err := utf8Content(content)
	if err != nil {
		return refuse(name, err)
	}
	r := csv.NewReader(bytes.NewReader(content))
	r.Comma = csvDelimiter(content, strings.EqualFold(path.Ext(name), ".tsv"))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return refuse(name, fmt.Errorf("no header row: %w", err))
	}
	cols := map[string]int{}
	for i, h := range header {
		k := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, seen := cols[k]; !seen {
			cols[k] = i
		}
	}
	if !slices.ContainsFunc([]string{"text", "content", "body", "article", "articlebody"}, func(k string) bool { _, ok := cols[k]; return ok }) {
		return refuse(name, fmt.Errorf("no text column (expected one of text, content, body, article)"))
	}
	var items []Item
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := r.FieldPos(0)
		file := name + "#" + strconv.Itoa(line)
		if err != nil {
			items = append(items, Item{File: file, Err: fmt.Errorf("row %d cannot be read: %w", line, err)})
			break
		}
		var rec record
		for _, k := range fieldOrder {
			if i, ok := cols[k]; ok && i < len(row) {
				rec.set(k, row[i])
			}
		}
		a, err := rec.article(file, "row "+strconv.Itoa(line), outlets)
		items = append(items, Item{File: file, Article: a, Err: err})
	}
	if len(items) == 0 {
		return refuse(name, fmt.Errorf("no rows after the header"))
	}
	return items
}

// csvDelimiter picks the separator that the header line uses most.
func csvDelimiter(b []byte, tsv bool) rune {
	if tsv {
		return '\t'
	}
	line := b
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		line = b[:i]
	}
	best, n := ',', bytes.Count(line, []byte{','})
	for _, c := range []rune{';', '\t', '|'} {
		if k := bytes.Count(line, []byte(string(c))); k > n {
			best, n = c, k
		}
	}
	return best
}
