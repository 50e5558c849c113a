package charts

import (
	"slices"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// actorPalette colours one line per actor: Okabe–Ito first, then further
// colours that stay apart from each other.
var actorPalette = []string{
	"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
	"#000000", "#F0E442", "#882255", "#44AA99", "#999933", "#AA4499",
	"#332288", "#117733", "#88CCEE", "#DDCC77", "#661100", "#6699CC",
	"#AA4466", "#4477AA",
}

// globals returns the options every chart shares: title, legend, tooltip,
// page set-up and grid. Without a legend the chart has a colour scale
// beside the grid instead, on the side away from the category axis.
func globals(tr *uiText, kind Kind, subtitle string, legend bool) []charts.GlobalOpts {
	grid := opts.Grid{Left: "3%", Right: "4%", Top: "70", Bottom: "80", ContainLabel: opts.Bool(true)}
	if !legend && tr.rtl {
		grid.Left = "110"
	} else if !legend {
		grid.Right = "110"
	}
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{
			PageTitle: tr.titles[kind], Width: "960px", Height: "600px", Renderer: "svg",
		}),
		charts.WithTitleOpts(opts.Title{
			Title: tr.titles[kind], Subtitle: subtitle, Left: "center",
			TitleStyle: &opts.TextStyle{FontSize: 18, Color: "#222222"},
		}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(legend), Bottom: "8", Type: "scroll"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithGridOpts(grid),
		charts.WithColorsOpts(opts.Colors(actorPalette)),
	}
}

// nameGap is the distance from an x axis to its name, clearing labels
// rotated when there are more than 12 categories.
func nameGap(n int) int {
	if n > 12 {
		return 62
	}
	return 30
}

// categoryAxisLabel returns axis label options for n period categories:
// rotated when they would crowd.
func categoryAxisLabel(n int) *opts.AxisLabel {
	if n > 12 {
		return &opts.AxisLabel{Rotate: 45}
	}
	return &opts.AxisLabel{}
}

// labelInterval thins n category labels to at most 16: ECharts' interval,
// the number of labels skipped between two shown. It is fixed here rather
// than left to ECharts, whose automatic interval measures and lays out
// every label and dominates the time of drawing a long axis.
func labelInterval(n int) int {
	return max(0, (n+15)/16-1)
}

// axisLabelPatch sets the label interval of the first x and y axes, which
// go-echarts can only write as a string ECharts does not read as a number.
func axisLabelPatch(xInterval, yInterval int) map[string]any {
	axis := func(interval int) []any {
		if interval < 0 {
			return []any{map[string]any{}}
		}
		return []any{map[string]any{"axisLabel": map[string]any{"interval": interval}}}
	}
	return map[string]any{"xAxis": axis(xInterval), "yAxis": axis(yInterval)}
}

// stanceCounts tallies statements by stance.
type stanceCounts struct {
	ids map[string][]int64 // statement IDs by stance
	n   int
}

func (c *stanceCounts) add(r StatementRow) {
	if c.ids == nil {
		c.ids = make(map[string][]int64, 4)
	}
	c.ids[r.Stance] = append(c.ids[r.Stance], r.StatementID)
	c.n++
}

// net is (support − oppose) / statements, in [-1, 1].
func (c *stanceCounts) net() float64 {
	if c.n == 0 {
		return 0
	}
	return float64(len(c.ids[StanceSupport])-len(c.ids[StanceOppose])) / float64(c.n)
}

// all returns every statement ID counted, in stance order.
func (c *stanceCounts) all() []int64 {
	var out []int64
	for _, s := range stances {
		out = append(out, c.ids[s]...)
	}
	return out
}

// round3 keeps three decimals, enough for a plotted ratio.
func round3(v float64) float64 {
	return float64(int64(v*1000+sign(v)*0.5)) / 1000
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// netVisualMap maps net stance onto a diverging oppose–neutral–support
// scale, drawn upright beside the grid.
func netVisualMap(tr *uiText, dimension string) opts.VisualMap {
	vm := opts.VisualMap{
		Type: "continuous", Min: -1, Max: 1, Dimension: dimension,
		Orient: "vertical", Right: "16", Top: "middle", Calculable: opts.Bool(false),
		Text: []string{tr.stance[StanceSupport], tr.stance[StanceOppose]},
		InRange: &opts.VisualMapInRange{Color: []string{
			StanceColors[StanceOppose], "#F2F2F2", StanceColors[StanceSupport],
		}},
	}
	if tr.rtl {
		vm.Right, vm.Left = "", "16"
	}
	return vm
}

// sortedKeys returns the keys of a set in ascending order.
func sortedKeys(set map[int64]bool) []int64 {
	out := make([]int64, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
