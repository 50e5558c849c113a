package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"marsad/data/corpus"
	"marsad/data/store"
)

func init() {
	register("articles", `articles [--db F] [--json] [--source S] [--from DATE] [--to DATE] [--limit N]
Lists the corpus's articles, newest first.`, runArticles)
	register("search", `search [--db F] [--json] [--limit N] QUERY
Searches the corpus, whatever the hamza, ta marbuta, alef maqsura or
attached prefix. Words are ANDed; "quoted words" form a phrase; OR between
words matches either; -word excludes.`, runSearch)
	register("export", `export [--db F] --format csv|json --out DIR
Writes every article with its metadata and text to DIR/articles.csv or
DIR/articles.json.`, runExport)
}

// articleJSON is an article as the CLI prints it.
type articleJSON struct {
	ID         int64  `json:"id"`
	Title      string `json:"title"`
	Source     string `json:"source"`
	Date       string `json:"date"`
	DateOrigin string `json:"date_origin"`
	Author     string `json:"author"`
	URL        string `json:"url"`
	File       string `json:"file"`
	Words      int    `json:"words"`
}

func toArticleJSON(a store.ArticleSummary) articleJSON {
	return articleJSON{ID: a.ID, Title: a.Title, Source: a.Source, Date: a.Date, DateOrigin: a.DateOrigin,
		Author: a.Author, URL: a.URL, File: a.File, Words: a.Words}
}

func runArticles(args []string) error {
	f := newFlags("articles")
	asJSON := f.Bool("json", false, "print JSON")
	source := f.String("source", "", "only this outlet")
	from := f.String("from", "", "only articles dated on or after YYYY-MM-DD")
	to := f.String("to", "", "only articles dated on or before YYYY-MM-DD")
	limit := f.Int("limit", 0, "at most N articles (0 = all)")
	if _, err := f.parse(args); err != nil {
		return err
	}
	ctx := context.Background()
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	filt := store.ArticleFilter{From: *from, To: *to, Limit: *limit}
	if *source != "" {
		filt.Sources = []string{*source}
	}
	list, err := st.ListArticles(ctx, filt)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]articleJSON, len(list))
		for i, a := range list {
			out[i] = toArticleJSON(a)
		}
		return printJSON(out)
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tSOURCE\tTITLE")
	for _, a := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", a.ID, orDash(a.Date), orDash(a.Source), a.Title)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// hitJSON is a search result as the CLI prints it.
type hitJSON struct {
	ID      int64   `json:"id"`
	Title   string  `json:"title"`
	Source  string  `json:"source"`
	Date    string  `json:"date"`
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

func runSearch(args []string) error {
	f := newFlags("search")
	asJSON := f.Bool("json", false, "print JSON")
	limit := f.Int("limit", 50, "at most N results")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usageError("search: give a query")
	}
	ctx := context.Background()
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, strings.Join(pos, " "), *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]hitJSON, len(hits))
		for i, h := range hits {
			out[i] = hitJSON{ID: h.ID, Title: h.Title, Source: h.Source, Date: h.Date, Snippet: h.Snippet, Score: h.Score}
		}
		return printJSON(out)
	}
	for _, h := range hits {
		fmt.Printf("%d\t%s\t%s\t%s\n\t%s\n", h.ID, orDash(h.Date), orDash(h.Source), h.Title, h.Snippet)
	}
	fmt.Printf("%d results\n", len(hits))
	return nil
}

func runExport(args []string) error {
	f := newFlags("export")
	format := f.String("format", "", "csv or json")
	outDir := f.String("out", "", "folder to write into")
	if _, err := f.parse(args); err != nil {
		return err
	}
	if *format != "csv" && *format != "json" {
		return usageError("export: --format must be csv or json")
	}
	if *outDir == "" {
		return usageError("export: --out DIR is required")
	}
	ctx := context.Background()
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	path, _, err := corpus.ExportFile(ctx, st, *format, *outDir)
	if err != nil {
		return err
	}
	fmt.Println("wrote", path)
	return nil
}
