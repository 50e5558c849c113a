package charts

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// actorPeriods groups statements by actor and period.
type actorPeriods struct {
	actors  []actorRef
	periods []string
	cells   map[actorRef]map[string]*stanceCounts
}

// groupByPeriod keeps dated statements, ranks actors and buckets their
// statements by period.
func groupByPeriod(rows []StatementRow, f Filter) (*actorPeriods, error) {
	g := &actorPeriods{cells: make(map[actorRef]map[string]*stanceCounts)}
	weight := make(map[actorRef]int)
	var dates []string
	for _, r := range rows {
		p := periodOf(r.Date, f.Period)
		if p == "" {
			continue
		}
		a := actorRef{r.ActorID, r.Actor}
		if g.cells[a] == nil {
			g.cells[a] = make(map[string]*stanceCounts)
		}
		if g.cells[a][p] == nil {
			g.cells[a][p] = &stanceCounts{}
		}
		g.cells[a][p].add(r)
		weight[a]++
		dates = append(dates, r.Date)
	}
	g.actors = topActors(weight, f.Top)
	g.periods = periodRange(dates, f.Period)
	if len(g.actors) == 0 || len(g.periods) == 0 {
		return nil, ErrNoData
	}
	return g, nil
}

// timeAxes returns the period x axis and a y axis.
func timeAxes(tr *uiText, f Filter, periods []string, y opts.YAxis) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: periods, Name: tr.period(f.Period),
			NameLocation: "middle", NameGap: nameGap(len(periods)), AxisLabel: categoryAxisLabel(len(periods))}),
		charts.WithYAxisOpts(y),
	}
}

// buildStanceOverTime draws one line per actor: net stance per period,
// with gaps where the actor made no statement.
func buildStanceOverTime(rows []StatementRow, f Filter, tr *uiText) (*Spec, error) {
	g, err := groupByPeriod(rows, f)
	if err != nil {
		return nil, err
	}
	line := charts.NewLine()
	line.SetGlobalOptions(globals(tr, StanceOverTime, tr.word("subnet"), true)...)
	line.SetGlobalOptions(timeAxes(tr, f, g.periods, opts.YAxis{Type: "value", Min: -1, Max: 1,
		Name: tr.word("net"), Position: axisSide(tr)})...)
	line.SetXAxis(g.periods)
	s := &Spec{chart: line, Title: tr.titles[StanceOverTime], patch: axisLabelPatch(labelInterval(len(g.periods)), -1)}
	for _, a := range g.actors {
		data := make([]opts.LineData, len(g.periods))
		items := make([]Item, len(g.periods))
		for i, p := range g.periods {
			c := g.cells[a][p]
			if c == nil {
				data[i] = opts.LineData{Value: "-"}
				items[i] = Item{Series: a.Name, ActorID: a.ID, Actor: a.Name, Period: p}
				continue
			}
			net := round3(c.net())
			data[i] = opts.LineData{Value: net}
			items[i] = Item{Series: a.Name, ActorID: a.ID, Actor: a.Name, Period: p,
				Value: net, Count: c.n, StatementIDs: c.all()}
		}
		line.AddSeries(a.Name, data, charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}))
		s.items = append(s.items, items)
	}
	return s, nil
}

// buildStanceHeatmap draws net stance as an actor × period grid.
func buildStanceHeatmap(rows []StatementRow, f Filter, tr *uiText) (*Spec, error) {
	g, err := groupByPeriod(rows, f)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(g.actors))
	for i, a := range g.actors {
		names[i] = a.Name
	}
	var data []opts.HeatMapData
	var items []Item
	for yi, a := range g.actors {
		for xi, p := range g.periods {
			c := g.cells[a][p]
			if c == nil {
				continue
			}
			net := round3(c.net())
			data = append(data, opts.HeatMapData{Value: [4]any{xi, yi, net, c.n}})
			items = append(items, Item{Series: tr.word("net"), ActorID: a.ID, Actor: a.Name, Period: p,
				Value: net, Count: c.n, StatementIDs: c.all()})
		}
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(globals(tr, StanceHeatmap, tr.word("subnet"), false)...)
	hm.SetGlobalOptions(timeAxes(tr, f, g.periods, opts.YAxis{Type: "category", Data: names,
		Inverse: opts.Bool(true), Position: axisSide(tr)})...)
	hm.SetGlobalOptions(charts.WithVisualMapOpts(netVisualMap(tr, "2")), cellTooltip(tr, g.periods, names))
	hm.AddSeries(tr.word("net"), data)
	return &Spec{chart: hm, Title: tr.titles[StanceHeatmap], items: [][]Item{items},
		patch: axisLabelPatch(labelInterval(len(g.periods)), 0)}, nil
}

// buildMentionsOverTime draws one line per actor: the number of distinct
// articles mentioning it in each period.
func buildMentionsOverTime(rows []MentionRow, f Filter, tr *uiText) (*Spec, error) {
	articles := make(map[actorRef]map[string]map[int64]bool)
	weight := make(map[actorRef]int)
	var dates []string
	for _, r := range rows {
		p := periodOf(r.Date, f.Period)
		if p == "" {
			continue
		}
		a := actorRef{r.ActorID, r.Actor}
		if articles[a] == nil {
			articles[a] = make(map[string]map[int64]bool)
		}
		if articles[a][p] == nil {
			articles[a][p] = make(map[int64]bool)
		}
		if !articles[a][p][r.ArticleID] {
			articles[a][p][r.ArticleID] = true
			weight[a]++
		}
		dates = append(dates, r.Date)
	}
	actors, periods := topActors(weight, f.Top), periodRange(dates, f.Period)
	if len(actors) == 0 || len(periods) == 0 {
		return nil, ErrNoData
	}
	line := charts.NewLine()
	line.SetGlobalOptions(globals(tr, MentionsOverTime, "", true)...)
	line.SetGlobalOptions(timeAxes(tr, f, periods, opts.YAxis{Type: "value", Name: tr.word("articles"),
		MinInterval: 1, Position: axisSide(tr)})...)
	line.SetXAxis(periods)
	s := &Spec{chart: line, Title: tr.titles[MentionsOverTime], patch: axisLabelPatch(labelInterval(len(periods)), -1)}
	for _, a := range actors {
		data := make([]opts.LineData, len(periods))
		items := make([]Item, len(periods))
		for i, p := range periods {
			ids := sortedKeys(articles[a][p])
			data[i] = opts.LineData{Value: len(ids)}
			items[i] = Item{Series: a.Name, ActorID: a.ID, Actor: a.Name, Period: p,
				Value: float64(len(ids)), Count: len(ids), ArticleIDs: ids}
		}
		line.AddSeries(a.Name, data, charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}))
		s.items = append(s.items, items)
	}
	return s, nil
}
