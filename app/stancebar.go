package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"marsad/data"
)

// stanceBar is a small horizontal bar split in the stance colours in
// proportion to an actor's statements of each stance; grey outline only
// when there are none.
type stanceBar struct {
	widget.BaseWidget
	counts map[string]int
}

func newStanceBar(counts map[string]int) *stanceBar {
	b := &stanceBar{counts: counts}
	b.ExtendBaseWidget(b)
	return b
}

// SetCounts shows new counts.
func (b *stanceBar) SetCounts(c map[string]int) {
	b.counts = c
	b.Refresh()
}

// MinSize is a short, thin bar.
func (b *stanceBar) MinSize() fyne.Size { return fyne.NewSize(90, 10) }

// CreateRenderer draws the segments.
func (b *stanceBar) CreateRenderer() fyne.WidgetRenderer {
	r := &stanceBarRenderer{b: b, frame: canvas.NewRectangle(nil)}
	for range data.Stances {
		r.segs = append(r.segs, canvas.NewRectangle(nil))
	}
	r.Refresh()
	return r
}

type stanceBarRenderer struct {
	b     *stanceBar
	frame *canvas.Rectangle
	segs  []*canvas.Rectangle
}

func (r *stanceBarRenderer) Destroy() {}

func (r *stanceBarRenderer) MinSize() fyne.Size { return r.b.MinSize() }

func (r *stanceBarRenderer) Objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{r.frame}
	for _, s := range r.segs {
		out = append(out, s)
	}
	return out
}

// Layout splits the bar's width among the stances, in display order.
func (r *stanceBarRenderer) Layout(size fyne.Size) {
	h := min(size.Height, 10)
	y := (size.Height - h) / 2
	r.frame.Move(fyne.NewPos(0, y))
	r.frame.Resize(fyne.NewSize(size.Width, h))
	total := 0
	for _, s := range data.Stances {
		total += r.b.counts[s]
	}
	x := float32(0)
	for i, s := range data.Stances {
		w := float32(0)
		if total > 0 {
			w = size.Width * float32(r.b.counts[s]) / float32(total)
		}
		r.segs[i].Move(fyne.NewPos(x, y))
		r.segs[i].Resize(fyne.NewSize(w, h))
		x += w
	}
}

func (r *stanceBarRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.frame.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.frame.StrokeColor = th.Color(theme.ColorNameDisabled, v)
	r.frame.StrokeWidth = 1
	for i, s := range data.Stances {
		r.segs[i].FillColor = themeColor(th, stanceColorName(s), v)
	}
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}
