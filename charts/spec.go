package charts

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// Kind names a chart kind.
type Kind string

// The chart kinds.
const (
	StanceByActor    Kind = "stance-by-actor"    // stacked bars of stances per actor
	StanceOverTime   Kind = "stance-over-time"   // net stance per actor and period, lines
	StanceHeatmap    Kind = "stance-heatmap"     // net stance, actor × period
	MentionsOverTime Kind = "mentions-over-time" // articles mentioning each actor per period
	SourceActor      Kind = "source-actor"       // statements per outlet × actor, coloured by net stance
)

// Kinds lists every chart kind, in menu order.
var Kinds = []Kind{StanceByActor, StanceOverTime, StanceHeatmap, MentionsOverTime, SourceActor}

// ErrNoData is returned by Build when no row passes the filter.
var ErrNoData = errors.New("no data for this chart")

// Item is one data item of a chart: a bar segment, a point or a cell, and
// what lies behind it.
type Item struct {
	Series       string  // series name as shown in the legend
	ActorID      int64   // 0 when the item is not about one actor
	Actor        string  // actor name as the corpus writes it
	Period       string  // "2016-W21" or "2016-05"; "" when not over time
	Stance       string  // for stance-by-actor items
	Source       string  // for source-actor items
	Value        float64 // the plotted value
	Count        int     // statements or articles behind the value
	StatementIDs []int64 // statements behind the item, when it has any
	ArticleIDs   []int64 // articles behind a mentions item
}

// Spec is a chart ready to render: the go-echarts chart, its ECharts
// option and the data items behind each series.
type Spec struct {
	Kind  Kind
	Lang  string
	Title string

	chart  goChart
	option []byte         // JSON of the full ECharts option
	hash   [32]byte       // of option
	items  [][]Item       // [series][data index]
	patch  map[string]any // merged into the option: what go-echarts cannot write

	htmlMu    sync.Mutex // guards the chart while a page is rendered
	htmlReady bool       // page assets set up
}

// goChart is what the specs use of a go-echarts chart.
type goChart interface {
	Validate()
	JSON() map[string]any
	GetAssets() opts.Assets
	Render(w io.Writer) error
}

// Option returns the chart's ECharts option as JSON, as drawn in images.
func (s *Spec) Option() []byte { return slices.Clone(s.option) }

// Items returns the data items of series i, in data order.
func (s *Spec) Items(series int) []Item {
	if series < 0 || series >= len(s.items) {
		return nil
	}
	return s.items[series]
}

// Build makes a chart of kind from statement and mention rows, in the UI
// language lang ("ar" or "en"). Stance kinds read stmts, mentions-over-time
// reads ments. It returns ErrNoData when nothing passes the filter.
func Build(kind Kind, stmts []StatementRow, ments []MentionRow, f Filter, lang string) (*Spec, error) {
	if err := f.validate(); err != nil {
		return nil, err
	}
	if f.Period == "" {
		f.Period = PeriodWeek
	}
	tr := texts(lang)
	var s *Spec
	var err error
	switch kind {
	case StanceByActor:
		s, err = buildStanceByActor(filterStatements(stmts, f), f, tr)
	case StanceOverTime:
		s, err = buildStanceOverTime(filterStatements(stmts, f), f, tr)
	case StanceHeatmap:
		s, err = buildStanceHeatmap(filterStatements(stmts, f), f, tr)
	case MentionsOverTime:
		s, err = buildMentionsOverTime(filterMentions(ments, f), f, tr)
	case SourceActor:
		s, err = buildSourceActor(filterStatements(stmts, f), f, tr)
	default:
		return nil, fmt.Errorf("build chart: unknown kind %q", kind)
	}
	if err != nil {
		return nil, fmt.Errorf("build %s chart: %w", kind, err)
	}
	s.Kind, s.Lang = kind, tr.lang
	if err := s.finish(tr); err != nil {
		return nil, fmt.Errorf("build %s chart: %w", kind, err)
	}
	return s, nil
}

// finish computes the option JSON shared by every renderer.
func (s *Spec) finish(tr *uiText) error {
	s.chart.Validate()
	b, err := json.Marshal(s.chart.JSON())
	if err != nil {
		return fmt.Errorf("encode option: %w", err)
	}
	var obj map[string]any
	if err := json.Unmarshal(b, &obj); err != nil {
		return fmt.Errorf("decode option: %w", err)
	}
	for k, v := range commonOption(tr) {
		if _, set := obj[k]; !set {
			obj[k] = v
		}
	}
	mergeOption(obj, s.patch)
	if b, err = json.Marshal(obj); err != nil {
		return fmt.Errorf("encode option: %w", err)
	}
	s.option = b
	s.hash = sha256.Sum256(b)
	return nil
}

// mergeOption merges patch into option as ECharts' setOption does:
// objects key by key, arrays of components element by element.
func mergeOption(option, patch map[string]any) {
	for k, pv := range patch {
		switch pv := pv.(type) {
		case map[string]any:
			if ov, ok := option[k].(map[string]any); ok {
				mergeOption(ov, pv)
				continue
			}
		case []any:
			if ov, ok := option[k].([]any); ok {
				for i, pe := range pv {
					pm, pok := pe.(map[string]any)
					if i < len(ov) {
						if om, ook := ov[i].(map[string]any); ook && pok {
							mergeOption(om, pm)
							continue
						}
					}
					if i < len(ov) {
						ov[i] = pe
					} else {
						ov = append(ov, pe)
					}
				}
				option[k] = ov
				continue
			}
		}
		option[k] = pv
	}
}

// commonOption holds option entries every chart shares that go-echarts
// does not model: the font list and the colour of plain text.
func commonOption(tr *uiText) map[string]any {
	return map[string]any{
		"textStyle":       map[string]any{"fontFamily": fontFamily, "color": "#333333"},
		"aria":            map[string]any{"enabled": true, "label": map[string]any{"enabled": true}},
		"backgroundColor": "transparent",
	}
}

// fontFamily is the CSS font list written into charts: the embedded faces
// first, then faces common on each platform that have Arabic.
const fontFamily = "'Noto Sans Arabic', Go, 'Segoe UI', Tahoma, 'Geeza Pro', 'Noto Sans', sans-serif"
