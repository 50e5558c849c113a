package ingest

import (
	"encoding/json"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// plainRecord is a JSON article whose fields are all strings: the common
// case, decoded in one pass. Keys match case-insensitively.
type plainRecord struct {
	Title         string `json:"title"`
	Headline      string `json:"headline"`
	Text          string `json:"text"`
	Content       string `json:"content"`
	Body          string `json:"body"`
	Article       string `json:"article"`
	ArticleBody   string `json:"articleBody"`
	Source        string `json:"source"`
	Site          string `json:"site"`
	Outlet        string `json:"outlet"`
	Publisher     string `json:"publisher"`
	Date          string `json:"date"`
	Published     string `json:"published"`
	PublishedAt   string `json:"published_at"`
	DatePublished string `json:"datePublished"`
	DateExtracted string `json:"date_extracted"`
	URL           string `json:"url"`
	Link          string `json:"link"`
	Author        string `json:"author"`
}

func (p *plainRecord) record() record {
	var r record
	for i, v := range []string{p.Title, p.Headline, p.Text, p.Content, p.Body, p.Article, p.ArticleBody,
		p.Source, p.Site, p.Outlet, p.Publisher, p.Date, p.Published, p.PublishedAt, p.DatePublished,
		p.DateExtracted, p.URL, p.Link, p.Author} {
		if v != "" {
			r.set(fieldOrder[i], v)
		}
	}
	return r
}

// plainRecords decodes an array of all-string records, or reports that
// the slower general decoding is needed.
func plainRecords(name string, content []byte, outlets *Outlets) ([]Item, bool) {
	var list []plainRecord
	if err := json.Unmarshal(content, &list); err != nil {
		return nil, false
	}
	if len(list) == 0 {
		return nil, false
	}
	items := make([]Item, len(list))
	parallel(len(list), func(i int) {
		file := name + "#" + strconv.Itoa(i+1)
		r := list[i].record()
		a, err := r.article(file, "record "+strconv.Itoa(i+1), outlets)
		items[i] = Item{File: file, Article: a, Err: err}
	})
	return items, true
}

// parallel calls fn(i) for i in [0, n) on all processors when n is large
// enough to be worth it; each i is done exactly once.
func parallel(n int, fn func(int)) {
	workers := min(runtime.GOMAXPROCS(0), n/64)
	if workers < 2 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		})
	}
	wg.Wait()
}
