package charts

// Layout maps points of a rendered chart back to its data items.
type Layout struct {
	Width, Height int     // chart size in CSS pixels
	Scale         float64 // device pixels per CSS pixel of the rendered image
	hits          []hitBox
}

// hitBox is the area of one data item.
type hitBox struct {
	x0, y0, x1, y1 float64
	item           Item
}

// pointSlack widens small marks (line symbols) so they can be hit.
const pointSlack = 6

// newLayout pairs the item geometry from ECharts with the spec's items.
func newLayout(spec *Spec, boxes []itemBox, w, h int, scale float64) *Layout {
	l := &Layout{Width: w, Height: h, Scale: scale}
	for _, b := range boxes {
		items := spec.Items(b.Series)
		if b.Index < 0 || b.Index >= len(items) {
			continue
		}
		x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
		if x1 < x0 {
			x0, x1 = x1, x0
		}
		if y1 < y0 {
			y0, y1 = y1, y0
		}
		if x1-x0 < 2*pointSlack {
			cx := (x0 + x1) / 2
			x0, x1 = min(x0, cx-pointSlack), max(x1, cx+pointSlack)
		}
		if y1-y0 < 2*pointSlack {
			cy := (y0 + y1) / 2
			y0, y1 = min(y0, cy-pointSlack), max(y1, cy+pointSlack)
		}
		l.hits = append(l.hits, hitBox{x0, y0, x1, y1, items[b.Index]})
	}
	return l
}

// HitTest returns the data item under the point (x, y), in CSS pixels of
// the chart (divide image pixels by Scale). When marks overlap, the
// smallest wins.
func (l *Layout) HitTest(x, y float64) (Item, bool) {
	if l == nil {
		return Item{}, false
	}
	best, bestArea := -1, 0.0
	for i, h := range l.hits {
		if x < h.x0 || x > h.x1 || y < h.y0 || y > h.y1 {
			continue
		}
		if area := (h.x1 - h.x0) * (h.y1 - h.y0); best < 0 || area < bestArea {
			best, bestArea = i, area
		}
	}
	if best < 0 {
		return Item{}, false
	}
	return l.hits[best].item, true
}

// Len returns the number of data items with an area on the chart.
func (l *Layout) Len() int {
	if l == nil {
		return 0
	}
	return len(l.hits)
}
