package app

import (
	"context"
	"image"
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"marsad/charts"
)

// redrawDelay lets a resize settle before the chart is drawn again.
const redrawDelay = 150 * time.Millisecond

// chartImage draws a chart spec at its own size, off the UI goroutine,
// and maps the pointer back to the chart's data items: hovering reports
// the item under the pointer, tapping opens it.
type chartImage struct {
	widget.BaseWidget

	OnHover  func(it charts.Item, ok bool)
	OnTapped func(it charts.Item)

	img    *canvas.Image
	spec   *charts.Spec
	layout *charts.Layout
	drawn  fyne.Size

	mu     sync.Mutex
	cancel context.CancelFunc
	timer  *time.Timer
	gen    int
}

func newChartImage() *chartImage {
	c := &chartImage{img: &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleSmooth}}
	c.ExtendBaseWidget(c)
	return c
}

// SetSpec shows a chart; nil clears it.
func (c *chartImage) SetSpec(s *charts.Spec) {
	c.spec = s
	c.drawn = fyne.Size{}
	if s == nil {
		c.img.Image, c.layout = nil, nil
		c.img.Refresh()
		return
	}
	c.redraw()
}

// Resize draws the chart again for the new size, once resizing pauses.
func (c *chartImage) Resize(s fyne.Size) {
	c.BaseWidget.Resize(s)
	if c.spec != nil && s != c.drawn {
		c.mu.Lock()
		c.timer = restartTimer(c.timer, redrawDelay, func() { uiDo(c.redraw) })
		c.mu.Unlock()
	}
}

// redraw renders the spec at the widget's size in the background.
func (c *chartImage) redraw() {
	size := c.Size()
	if c.spec == nil || size.Width < 50 || size.Height < 50 {
		return
	}
	scale := 1.0
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		scale = float64(cv.Scale())
	}
	c.mu.Lock()
	if c.cancel != nil {
		c.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	c.gen++
	gen := c.gen
	c.mu.Unlock()
	spec := c.spec
	w, h := int(size.Width), int(size.Height)
	goBackground(func() {
		img, lay, err := charts.RenderImage(ctx, spec, w, h, scale)
		uiDo(func() {
			c.mu.Lock()
			current := gen == c.gen
			c.mu.Unlock()
			if !current || spec != c.spec {
				return
			}
			if err != nil {
				fyne.LogError("draw chart", err)
				return
			}
			c.show(img, lay, size)
		})
	})
}

func (c *chartImage) show(img image.Image, lay *charts.Layout, size fyne.Size) {
	c.img.Image, c.layout, c.drawn = img, lay, size
	c.img.Refresh()
}

// rendered reports whether a chart is on screen.
func (c *chartImage) rendered() bool { return c.img.Image != nil && c.layout != nil }

// itemAt returns the data item under a point of the widget.
func (c *chartImage) itemAt(p fyne.Position) (charts.Item, bool) {
	if c.layout == nil {
		return charts.Item{}, false
	}
	return c.layout.HitTest(float64(p.X), float64(p.Y))
}

// Tapped opens the item under the pointer.
func (c *chartImage) Tapped(ev *fyne.PointEvent) {
	if it, ok := c.itemAt(ev.Position); ok && c.OnTapped != nil {
		c.OnTapped(it)
	}
}

// MouseIn starts hovering.
func (c *chartImage) MouseIn(ev *desktop.MouseEvent) { c.MouseMoved(ev) }

// MouseMoved reports the item under the pointer.
func (c *chartImage) MouseMoved(ev *desktop.MouseEvent) {
	if c.OnHover != nil {
		it, ok := c.itemAt(ev.Position)
		c.OnHover(it, ok)
	}
}

// MouseOut ends hovering.
func (c *chartImage) MouseOut() {
	if c.OnHover != nil {
		c.OnHover(charts.Item{}, false)
	}
}

// CreateRenderer shows the image.
func (c *chartImage) CreateRenderer() fyne.WidgetRenderer {
	paper := canvas.NewRectangle(color.White) // the chart is drawn for a light page
	paper.CornerRadius = 4
	return widget.NewSimpleRenderer(container.NewStack(paper, c.img))
}
