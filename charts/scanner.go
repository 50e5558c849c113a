package charts

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// boxScanner is a rasterx.Scanner that rasterises each path only over its
// own bounding box. rasterx's ScannerGV clears and sweeps the whole image
// for every path, which makes a chart of a thousand small cells cost a
// thousand full-image passes.
type boxScanner struct {
	dest   draw.Image
	r      vector.Rasterizer
	ops    []pathOp
	minX   fixed.Int26_6
	minY   fixed.Int26_6
	maxX   fixed.Int26_6
	maxY   fixed.Int26_6
	source image.Image
	clip   image.Rectangle
}

// pathOp is one recorded MoveTo (move) or LineTo.
type pathOp struct {
	move bool
	p    fixed.Point26_6
}

// colorFuncImage adapts a rasterx.ColorFunc (gradients) to an image.
type colorFuncImage struct {
	f rasterx.ColorFunc
}

// ColorModel implements image.Image.
func (c colorFuncImage) ColorModel() color.Model { return color.RGBAModel }

// Bounds implements image.Image: the colour function covers the plane.
func (c colorFuncImage) Bounds() image.Rectangle {
	return image.Rect(-1e9, -1e9, 1e9, 1e9)
}

// At implements image.Image.
func (c colorFuncImage) At(x, y int) color.Color { return c.f(x, y) }

// newBoxScanner draws into dest.
func newBoxScanner(dest draw.Image) *boxScanner {
	s := &boxScanner{dest: dest, source: image.NewUniform(color.Black)}
	s.Clear()
	return s
}

func (s *boxScanner) extend(p fixed.Point26_6) {
	s.minX, s.maxX = min(s.minX, p.X), max(s.maxX, p.X)
	s.minY, s.maxY = min(s.minY, p.Y), max(s.maxY, p.Y)
}

// Start begins a new subpath at a.
func (s *boxScanner) Start(a fixed.Point26_6) {
	s.extend(a)
	s.ops = append(s.ops, pathOp{true, a})
}

// Line adds a segment to b.
func (s *boxScanner) Line(b fixed.Point26_6) {
	s.extend(b)
	s.ops = append(s.ops, pathOp{false, b})
}

// Draw fills the recorded path over its bounding box.
func (s *boxScanner) Draw() {
	if len(s.ops) == 0 {
		return
	}
	box := image.Rect(
		int(math.Floor(float64(s.minX)/64))-1, int(math.Floor(float64(s.minY)/64))-1,
		int(math.Ceil(float64(s.maxX)/64))+1, int(math.Ceil(float64(s.maxY)/64))+1,
	).Intersect(s.dest.Bounds())
	if s.clip != image.ZR {
		box = box.Intersect(s.clip)
	}
	if box.Empty() {
		return
	}
	s.r.Reset(box.Dx(), box.Dy())
	ox, oy := float32(box.Min.X), float32(box.Min.Y)
	for _, op := range s.ops {
		x, y := float32(op.p.X)/64-ox, float32(op.p.Y)/64-oy
		if op.move {
			s.r.MoveTo(x, y)
		} else {
			s.r.LineTo(x, y)
		}
	}
	s.r.Draw(s.dest, box, s.source, box.Min)
}

// GetPathExtent returns the bounds of the recorded path.
func (s *boxScanner) GetPathExtent() fixed.Rectangle26_6 {
	return fixed.Rectangle26_6{Min: fixed.Point26_6{X: s.minX, Y: s.minY}, Max: fixed.Point26_6{X: s.maxX, Y: s.maxY}}
}

// SetBounds is a no-op: the destination image sets the bounds.
func (s *boxScanner) SetBounds(w, h int) {}

// SetColor sets a plain colour or a gradient's colour function.
func (s *boxScanner) SetColor(c interface{}) {
	switch c := c.(type) {
	case color.Color:
		s.source = image.NewUniform(c)
	case rasterx.ColorFunc:
		s.source = colorFuncImage{c}
	}
}

// SetWinding is ignored: paths are filled with the non-zero rule.
func (s *boxScanner) SetWinding(useNonZeroWinding bool) {}

// Clear forgets the recorded path.
func (s *boxScanner) Clear() {
	s.ops = s.ops[:0]
	const big = fixed.Int26_6(math.MaxInt32)
	s.minX, s.minY, s.maxX, s.maxY = big, big, -big, -big
}

// SetClip restricts drawing to rect; image.ZR removes the restriction.
func (s *boxScanner) SetClip(rect image.Rectangle) { s.clip = rect }
