package app

import (
	"context"
	"fmt"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"marsad/charts"
)

// exportFormats are the chart export formats, in menu order.
var exportFormats = []string{"PNG", "SVG", "HTML"}

// onExport asks for a format and size, then where to save the chart.
func (v *chartsView) onExport() {
	if v.spec == nil {
		dialog.ShowInformation(lang.L("Export chart…"), lang.L("There is no chart to export yet."), v.win)
		return
	}
	w, h := v.prefs.ChartSize()
	format := widget.NewSelect(exportFormats, nil)
	format.SetSelectedIndex(0)
	width, height := widget.NewEntry(), widget.NewEntry()
	width.SetText(strconv.Itoa(w))
	height.SetText(strconv.Itoa(h))
	width.Validator, height.Validator = sizeValidator, sizeValidator
	scale := widget.NewSelect([]string{"1×", "2×", "3×"}, nil)
	scale.SetSelectedIndex(1)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Format"), format),
		widget.NewFormItem(lang.L("Width"), width),
		widget.NewFormItem(lang.L("Height"), height),
		widget.NewFormItem(lang.L("Scale (PNG)"), scale),
	}
	spec := v.spec
	d := dialog.NewForm(lang.L("Export chart…"), lang.L("Choose file…"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		cw, _ := strconv.Atoi(width.Text)
		ch, _ := strconv.Atoi(height.Text)
		v.prefs.SetChartSize(cw, ch)
		opts := charts.Options{Width: cw, Height: ch, Scale: float64(scale.SelectedIndex() + 1)}
		v.saveChart(spec, format.Selected, opts)
	}, v.win)
	width.OnSubmitted = func(string) { d.Submit() }
	height.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(420, 320))
	d.Show()
	v.win.Canvas().Focus(width) // Return confirms
}

func sizeValidator(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 100 || n > 10000 {
		return fmt.Errorf("%s", lang.L("a size from 100 to 10000 pixels"))
	}
	return nil
}

// saveChart asks for a file and writes the chart there in the background.
func (v *chartsView) saveChart(spec *charts.Spec, format string, opts charts.Options) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			showError(v.win, err)
			return
		}
		path := wc.URI().Path()
		goBackground(func() {
			defer wc.Close()
			b, err := renderChart(context.Background(), spec, format, opts)
			if err == nil {
				_, err = wc.Write(b)
			}
			if err != nil {
				showError(v.win, err)
				os.Remove(path)
				return
			}
			uiDo(func() {
				v.status.SetText(lang.L("Chart saved to {{.Path}}", map[string]any{"Path": path}), nil)
			})
		})
	}, v.win)
	d.SetFileName("chart." + map[string]string{"PNG": "png", "SVG": "svg", "HTML": "html"}[format])
	d.Show()
}

// renderChart renders spec in an export format.
func renderChart(ctx context.Context, spec *charts.Spec, format string, opts charts.Options) ([]byte, error) {
	switch format {
	case "SVG":
		return charts.RenderSVG(ctx, spec, opts)
	case "HTML":
		return charts.RenderHTML(spec)
	default:
		return charts.RenderPNG(ctx, spec, opts)
	}
}
