package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"marsad/charts"
	"marsad/data/store"
)

func init() {
	register("chart", `chart [--db F] --kind K --out FILE.png|.svg|.html [--width W --height H --scale S]
      [--from DATE --to DATE --source S --topic T --top N --period week|month] [--lang ar|en]
      [--text-as-paths] [--transparent]
Draws a chart of the corpus's statements or mentions. Kinds: stance-by-actor,
stance-over-time, stance-heatmap, mentions-over-time, source-actor. The
output format follows the file's extension; --source may be repeated.`, runChart)
}

// sourceList collects repeated --source flags.
type sourceList []string

func (s *sourceList) String() string     { return strings.Join(*s, ",") }
func (s *sourceList) Set(v string) error { *s = append(*s, v); return nil }

func runChart(args []string) error {
	f := newFlags("chart")
	kind := f.String("kind", "", "chart kind")
	out := f.String("out", "", "output file: .png, .svg or .html")
	width := f.Int("width", charts.DefaultWidth, "width in CSS pixels")
	height := f.Int("height", charts.DefaultHeight, "height in CSS pixels")
	scale := f.Float64("scale", 1, "device pixels per CSS pixel (PNG)")
	dpi := f.Float64("dpi", 0, "print resolution; sets --scale to DPI/96 when given")
	lang := f.String("lang", "ar", "language of titles and axes: ar or en")
	textAsPaths := f.Bool("text-as-paths", false, "SVG: draw text as glyph outlines")
	transparent := f.Bool("transparent", false, "no white background")
	var filt charts.Filter
	var sources sourceList
	f.StringVar(&filt.From, "from", "", "only statements dated on or after YYYY-MM-DD")
	f.StringVar(&filt.To, "to", "", "only statements dated on or before YYYY-MM-DD")
	f.Var(&sources, "source", "only this outlet (repeatable)")
	f.StringVar(&filt.Topic, "topic", "", "only statements on this topic")
	f.IntVar(&filt.Top, "top", 0, fmt.Sprintf("the N actors with most statements (default %d, -1 all)", charts.DefaultTop))
	f.StringVar(&filt.Period, "period", charts.PeriodWeek, "week or month")
	if _, err := f.parse(args); err != nil {
		return err
	}
	filt.Sources = sources
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(*out), "."))
	if format != "png" && format != "svg" && format != "html" {
		return usageError("chart: --out must end in .png, .svg or .html")
	}
	if !validKind(charts.Kind(*kind)) {
		return usageError("chart: --kind must be one of %s", kindNames())
	}
	if *dpi > 0 && *scale == 1 {
		*scale = *dpi / 96
	}
	ctx, cancel := signalContext()
	defer cancel()
	charts.Warm()
	spec, err := buildChart(ctx, f, charts.Kind(*kind), filt, *lang)
	if err != nil {
		return err
	}
	o := charts.Options{Width: *width, Height: *height, Scale: *scale, DPI: *dpi,
		Transparent: *transparent, TextAsPaths: *textAsPaths}
	b, err := renderChart(ctx, spec, format, o)
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	fmt.Println("wrote", *out)
	return nil
}

// buildChart reads the corpus's rows and builds the chart.
func buildChart(ctx context.Context, f *flags, kind charts.Kind, filt charts.Filter, lang string) (*charts.Spec, error) {
	st, err := f.open(ctx)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var stmts []charts.StatementRow
	var ments []charts.MentionRow
	if kind == charts.MentionsOverTime {
		rows, err := st.ChartMentions(ctx)
		if err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
		ments = mentionRows(rows)
	} else {
		rows, err := st.ChartStatements(ctx)
		if err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
		stmts = statementRows(rows)
	}
	spec, err := charts.Build(kind, stmts, ments, filt, lang)
	if errors.Is(err, charts.ErrNoData) {
		return nil, fmt.Errorf("chart: no statements or mentions pass the filters (has the corpus been analysed?): %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	return spec, nil
}

// renderChart draws spec in the given format.
func renderChart(ctx context.Context, spec *charts.Spec, format string, o charts.Options) ([]byte, error) {
	switch format {
	case "png":
		return charts.RenderPNG(ctx, spec, o)
	case "svg":
		return charts.RenderSVG(ctx, spec, o)
	default:
		return charts.RenderHTML(spec)
	}
}

func statementRows(rows []store.ChartStatement) []charts.StatementRow {
	out := make([]charts.StatementRow, len(rows))
	for i, r := range rows {
		out[i] = charts.StatementRow{ActorID: r.ActorID, Actor: r.Actor, ArticleID: r.ArticleID,
			StatementID: r.StatementID, Source: r.Source, Date: r.Date, Topic: r.Topic, Stance: r.Stance}
	}
	return out
}

func mentionRows(rows []store.ChartMention) []charts.MentionRow {
	out := make([]charts.MentionRow, len(rows))
	for i, r := range rows {
		out[i] = charts.MentionRow{ActorID: r.ActorID, Actor: r.Actor, ArticleID: r.ArticleID,
			Source: r.Source, Date: r.Date}
	}
	return out
}

func validKind(k charts.Kind) bool {
	for _, c := range charts.Kinds {
		if c == k {
			return true
		}
	}
	return false
}

func kindNames() string {
	names := make([]string, len(charts.Kinds))
	for i, k := range charts.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}
