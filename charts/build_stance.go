package charts

import (
	"cmp"
	"slices"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// buildStanceByActor stacks the statements of each actor by stance, one
// horizontal bar per actor, the most quoted actor on top.
func buildStanceByActor(rows []StatementRow, f Filter, tr *uiText) (*Spec, error) {
	counts := make(map[actorRef]*stanceCounts)
	weight := make(map[actorRef]int)
	for _, r := range rows {
		a := actorRef{r.ActorID, r.Actor}
		if counts[a] == nil {
			counts[a] = &stanceCounts{}
		}
		counts[a].add(r)
		weight[a]++
	}
	actors := topActors(weight, f.Top)
	if len(actors) == 0 {
		return nil, ErrNoData
	}
	names := make([]string, len(actors))
	for i, a := range actors {
		names[i] = a.Name
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(globals(tr, StanceByActor, "", true)...)
	yPos, xInverse := "left", false
	if tr.rtl {
		yPos, xInverse = "right", true
	}
	bar.SetGlobalOptions(
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: tr.word("statements"), NameLocation: "middle",
			NameGap: 28, Inverse: opts.Bool(xInverse), MinInterval: 1}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names, Inverse: opts.Bool(true), Position: yPos}),
	)
	s := &Spec{chart: bar, Title: tr.titles[StanceByActor], patch: axisLabelPatch(-1, 0)}
	for _, st := range stances {
		data := make([]opts.BarData, len(actors))
		items := make([]Item, len(actors))
		for i, a := range actors {
			ids := counts[a].ids[st]
			data[i] = opts.BarData{Value: len(ids)}
			items[i] = Item{Series: tr.stance[st], ActorID: a.ID, Actor: a.Name, Stance: st,
				Value: float64(len(ids)), Count: len(ids), StatementIDs: ids}
		}
		bar.AddSeries(tr.stance[st], data,
			charts.WithBarChartOpts(opts.BarChart{Stack: "stance", BarCategoryGap: "35%"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: StanceColors[st]}))
		s.items = append(s.items, items)
	}
	bar.XYReversal()
	bar.SetXAxis(names)
	return s, nil
}

// buildSourceActor draws one cell per actor (rows) and outlet (columns):
// its colour is the net stance the outlet reports for the actor, its label
// the number of statements.
func buildSourceActor(rows []StatementRow, f Filter, tr *uiText) (*Spec, error) {
	type cellKey struct {
		source string
		actor  actorRef
	}
	cells := make(map[cellKey]*stanceCounts)
	weight := make(map[actorRef]int)
	perSource := make(map[string]int)
	for _, r := range rows {
		a := actorRef{r.ActorID, r.Actor}
		k := cellKey{r.Source, a}
		if cells[k] == nil {
			cells[k] = &stanceCounts{}
		}
		cells[k].add(r)
		weight[a]++
		perSource[r.Source]++
	}
	actors := topActors(weight, f.Top)
	if len(actors) == 0 {
		return nil, ErrNoData
	}
	sources := make([]string, 0, len(perSource))
	for src := range perSource {
		sources = append(sources, src)
	}
	slices.SortFunc(sources, func(a, b string) int {
		return cmp.Or(cmp.Compare(perSource[b], perSource[a]), cmp.Compare(a, b))
	})
	names := make([]string, len(actors))
	for i, a := range actors {
		names[i] = a.Name
	}
	srcNames := make([]string, len(sources))
	for i, src := range sources {
		srcNames[i] = cmp.Or(src, "—")
	}
	var data []opts.HeatMapData
	var items []Item
	for yi, a := range actors {
		for xi, src := range sources {
			c := cells[cellKey{src, a}]
			if c == nil {
				continue
			}
			net := round3(c.net())
			data = append(data, opts.HeatMapData{Value: [4]any{xi, yi, net, c.n}})
			items = append(items, Item{Series: tr.word("statements"), ActorID: a.ID, Actor: a.Name,
				Source: src, Value: net, Count: c.n, StatementIDs: c.all()})
		}
	}
	srcLabel := &opts.AxisLabel{}
	if len(srcNames) > 6 {
		srcLabel.Rotate = 30
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(globals(tr, SourceActor, tr.word("subnet"), false)...)
	hm.SetGlobalOptions(
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: srcNames, Name: tr.word("source"),
			NameLocation: "middle", NameGap: nameGap(len(srcNames) * 2), AxisLabel: srcLabel, Inverse: opts.Bool(tr.rtl),
			SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names, Position: axisSide(tr),
			Inverse: opts.Bool(true), SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithVisualMapOpts(netVisualMap(tr, "2")),
		cellTooltip(tr, srcNames, names),
	)
	hm.AddSeries(tr.word("statements"), data,
		charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{@[3]}", Color: "#111111"}))
	return &Spec{chart: hm, Title: tr.titles[SourceActor], items: [][]Item{items},
		patch: axisLabelPatch(0, 0)}, nil
}

// axisSide puts the category axis on the reading side of the language.
func axisSide(tr *uiText) string {
	if tr.rtl {
		return "right"
	}
	return "left"
}
