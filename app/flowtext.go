package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// markStyle is how a stretch of text is shown.
type markStyle struct {
	bold       bool
	background fyne.ThemeColorName // "" for none
	underline  fyne.ThemeColorName // "" for none
	tag        int                 // passed to OnTapped; 0 for none
	muted      bool                // drawn in the placeholder colour (captions)
}

// mark styles the words that overlap [start,end) of the text.
type mark struct {
	start, end int
	style      markStyle
}

// flowText shows a text of one or more paragraphs with marked words,
// wrapping each paragraph and placing its words in reading order (see
// bidi.go): Arabic paragraphs right to left and aligned right. A tap on a
// marked word calls OnTapped with the mark's tag and the word's offset.
type flowText struct {
	widget.BaseWidget

	// OnTapped is called by a tapText with the tapped word's mark tag
	// and byte offset.
	OnTapped func(tag, offset int)
	// Bold shows every word in bold; SizeName sets the text size (the
	// theme's text size when "").
	Bold     bool
	SizeName fyne.ThemeSizeName
	// Muted draws the text in the theme's placeholder colour, for
	// secondary lines; Color, when set, in that theme colour.
	Muted bool
	Color fyne.ThemeColorName
	// OneLine keeps the text on one line, ending it with "…" when it does
	// not fit.
	OneLine bool

	text  string
	marks []mark
	paras []flowPara

	width    float32 // the width the lines were laid out for
	height   float32
	measured measureKey // how the pieces were measured
}

// measureKey is what piece widths depend on besides the text.
type measureKey struct {
	size float32
	bold bool
}

// tapText is a flowText that reports taps on its words through OnTapped.
type tapText struct {
	flowText
}

// newTapText returns a tapText showing text with marks.
func newTapText(text string, marks []mark) *tapText {
	t := &tapText{}
	t.ExtendBaseWidget(t)
	t.SetText(text, marks)
	return t
}

// flowPara is one paragraph's pieces and their styles.
type flowPara struct {
	dir    dir
	pieces []piece
	styles []markStyle
	widths []float32
	places []placed
	lines  int
	top    float32
}

// newFlowText returns a flowText showing text with marks.
func newFlowText(text string, marks []mark) *flowText {
	t := &flowText{}
	t.ExtendBaseWidget(t)
	t.SetText(text, marks)
	return t
}

// SetText replaces the text and its marks.
func (t *flowText) SetText(text string, marks []mark) {
	t.text, t.marks = text, marks
	t.paras = nil
	off := 0
	for _, p := range strings.Split(text, "\n") {
		ps := splitPieces(p, off)
		off += len(p) + 1
		if len(ps) == 0 {
			continue
		}
		d := strongDir(p)
		if d == dirNeutral {
			d = dirRTL
		}
		resolveDirs(ps, d)
		fp := flowPara{dir: d, pieces: ps, styles: make([]markStyle, len(ps))}
		for i, pc := range ps {
			fp.styles[i] = styleAt(marks, pc.start, pc.end)
		}
		t.paras = append(t.paras, fp)
	}
	t.width = 0
	t.Refresh()
}

// styleAt merges the styles of the marks that overlap [start,end).
func styleAt(marks []mark, start, end int) markStyle {
	var s markStyle
	for _, m := range marks {
		if m.start >= end || m.end <= start {
			continue
		}
		if m.style.bold {
			s.bold = true
		}
		if m.style.background != "" {
			s.background = m.style.background
		}
		if m.style.underline != "" {
			s.underline = m.style.underline
		}
		s.muted = s.muted || m.style.muted
		if m.style.tag != 0 && (s.tag == 0 || m.style.background == "") {
			s.tag = m.style.tag
		}
	}
	return s
}

// metrics returns the text size, the line height and a space's width.
func (t *flowText) metrics() (size, lineH, space float32) {
	th := t.Theme()
	name := t.SizeName
	if name == "" {
		name = theme.SizeNameText
	}
	size = th.Size(name)
	m := fyne.MeasureText("لا Ag", size, fyne.TextStyle{})
	spacing := th.Size(theme.SizeNameLineSpacing) * 2
	if t.OneLine {
		spacing = th.Size(theme.SizeNameLineSpacing)
	}
	return size, m.Height + spacing, fyne.MeasureText(" ", size, fyne.TextStyle{}).Width
}

// layoutFor lays the paragraphs out for width and returns the height.
func (t *flowText) layoutFor(width float32) float32 {
	if width <= 0 {
		width = 400
	}
	size, lineH, space := t.metrics()
	pad := theme.Padding()
	inner := width - 2*pad
	if t.OneLine {
		inner -= fyne.MeasureText("…", size, fyne.TextStyle{Bold: t.Bold}).Width
	}
	y := pad
	key := measureKey{size, t.Bold}
	remeasure := key != t.measured
	t.measured = key
	for i := range t.paras {
		p := &t.paras[i]
		if p.widths == nil || remeasure {
			p.widths = make([]float32, len(p.pieces))
			for k, pc := range p.pieces {
				p.widths[k] = fyne.MeasureText(pc.text, size, fyne.TextStyle{Bold: p.styles[k].bold || t.Bold}).Width
			}
		}
		p.places, p.lines = layoutPieces(p.pieces, p.widths, space, inner, p.dir)
		p.top = y
		if t.OneLine {
			y += lineH
			break
		}
		y += float32(p.lines)*lineH + lineH/2
	}
	t.width, t.height = width, y+pad
	return t.height
}

// MinSize is a narrow width and the height of the text at the current
// width.
func (t *flowText) MinSize() fyne.Size {
	if t.width == 0 {
		t.layoutFor(t.Size().Width)
	}
	if t.OneLine {
		_, lineH, _ := t.metrics()
		return fyne.NewSize(40, lineH+2*theme.Padding())
	}
	return fyne.NewSize(80, t.height)
}

// Resize lays the text out again for the new width and redraws it; when
// its height changes, the container around it lays out again.
func (t *flowText) Resize(s fyne.Size) {
	if s.Width == t.width {
		t.BaseWidget.Resize(s)
		return
	}
	t.layoutFor(s.Width)
	s.Height = max(s.Height, t.height)
	t.BaseWidget.Resize(s)
	t.Refresh()
}

// Tapped finds the word under the pointer and reports its mark.
func (t *tapText) Tapped(ev *fyne.PointEvent) {
	if t.OnTapped == nil {
		return
	}
	_, lineH, _ := t.metrics()
	pad := theme.Padding()
	for _, p := range t.paras {
		for k, pl := range p.places {
			y := p.top + float32(pl.line)*lineH
			x := pad + pl.x
			if ev.Position.Y >= y && ev.Position.Y < y+lineH && ev.Position.X >= x && ev.Position.X < x+p.widths[k] {
				t.OnTapped(p.styles[k].tag, p.pieces[k].start)
				return
			}
		}
	}
}

// CreateRenderer returns the renderer that draws the pieces.
func (t *flowText) CreateRenderer() fyne.WidgetRenderer {
	r := &flowRenderer{t: t}
	t.width = 0
	r.Refresh()
	return r
}

// flowRenderer draws a flowText: per piece a text and, when marked, a
// background and an underline.
type flowRenderer struct {
	t       *flowText
	objects []fyne.CanvasObject
}

func (r *flowRenderer) Destroy() {}

func (r *flowRenderer) MinSize() fyne.Size { return r.t.MinSize() }

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *flowRenderer) Layout(s fyne.Size) {
	if s.Width != r.t.width {
		r.t.layoutFor(s.Width)
		r.Refresh()
	}
}

// Refresh rebuilds the drawn objects from the laid-out pieces.
func (r *flowRenderer) Refresh() {
	t := r.t
	if t.width == 0 {
		t.layoutFor(t.Size().Width)
	}
	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	size, lineH, space := t.metrics()
	pad := theme.Padding()
	fg := th.Color(theme.ColorNameForeground, v)
	if t.Muted {
		fg = th.Color(theme.ColorNamePlaceHolder, v)
	}
	if t.Color != "" {
		fg = themeColor(th, t.Color, v)
	}
	muted := th.Color(theme.ColorNamePlaceHolder, v)
	var under, texts []fyne.CanvasObject
	var bands []band
	for pi, p := range t.paras {
		if t.OneLine && pi > 0 {
			break
		}
		cut := false
		edge := float32(0) // the line's far end, where "…" goes
		if p.dir == dirRTL {
			edge = t.width
		}
		for k, pc := range p.pieces {
			if t.OneLine && p.places[k].line > 0 {
				cut = true
				continue
			}
			if p.dir == dirRTL {
				edge = min(edge, pad+p.places[k].x)
			} else {
				edge = max(edge, pad+p.places[k].x+p.widths[k])
			}
			st := p.styles[k]
			x, y := pad+p.places[k].x, p.top+float32(p.places[k].line)*lineH
			w := p.widths[k]
			if st.background != "" {
				bg := canvas.NewRectangle(themeColor(th, st.background, v))
				bg.CornerRadius = 3
				bg.Move(fyne.NewPos(x-2, y+2))
				bg.Resize(fyne.NewSize(w+4, lineH-4))
				under = append(under, bg)
			}
			if st.underline != "" {
				bands = append(bands, band{pi, p.places[k].line, x, x + w, st.underline, st.tag})
			}
			c := fg
			if st.muted {
				c = muted
			}
			txt := canvas.NewText(pc.text, c)
			txt.TextSize = size
			txt.TextStyle = fyne.TextStyle{Bold: st.bold || t.Bold}
			txt.Move(fyne.NewPos(x, y+baselineShift(pc.text, size))) // one baseline whatever the face
			txt.Resize(fyne.NewSize(w, lineH))
			texts = append(texts, txt)
		}
		if cut {
			w := fyne.MeasureText("…", size, fyne.TextStyle{Bold: t.Bold}).Width
			x := edge
			if p.dir == dirRTL {
				x -= w
			}
			dots := canvas.NewText("…", fg)
			dots.TextSize = size
			dots.TextStyle = fyne.TextStyle{Bold: t.Bold}
			dots.Move(fyne.NewPos(x, p.top))
			texts = append(texts, dots)
		}
	}
	var tints []fyne.CanvasObject
	for _, b := range mergeBands(bands, space) {
		c := themeColor(th, b.color, v)
		y := t.paras[b.para].top + float32(b.line)*lineH
		tint := canvas.NewRectangle(withAlpha(c, 0x30))
		tint.Move(fyne.NewPos(b.x0-2, y+2))
		tint.Resize(fyne.NewSize(b.x1-b.x0+4, lineH-4))
		line := canvas.NewRectangle(c)
		line.Move(fyne.NewPos(b.x0, y+lineH-4))
		line.Resize(fyne.NewSize(b.x1-b.x0, 2))
		tints = append(tints, tint, line)
	}
	r.objects = append(append(tints, under...), texts...)
	canvas.Refresh(t)
}

// offsetY returns the top of the line holding byte offset at.
func (t *flowText) offsetY(at int) (float32, bool) {
	if t.width == 0 {
		t.layoutFor(t.Size().Width)
	}
	_, lineH, _ := t.metrics()
	for _, p := range t.paras {
		for k, pc := range p.pieces {
			if pc.end > at {
				return p.top + float32(p.places[k].line)*lineH, true
			}
		}
	}
	return 0, false
}
