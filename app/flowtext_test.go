package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestFlowTextGolden(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(&marsadTheme{variant: themeLight})
	text := "قال وزير الخارجية الروسي (سيرغي لافروف) في Vienna يوم 17 May 2016 إن موسكو مستعدة.\nRussian officials said the talks would go on."
	marks := []mark{
		{start: 0, end: len("قال وزير الخارجية الروسي (سيرغي لافروف) في Vienna يوم 17 May 2016 إن موسكو مستعدة."), style: markStyle{underline: colorSupport, tag: 1}},
		{start: len("قال وزير الخارجية الروسي ("), end: len("قال وزير الخارجية الروسي (سيرغي لافروف"), style: markStyle{bold: true, background: colorActor}},
	}
	ft := newTapText(text, marks)
	var tapped []int
	ft.OnTapped = func(tag, off int) { tapped = append(tapped, tag, off) }
	w := test.NewTempWindow(t, ft)
	w.Resize(fyne.NewSize(420, 260))
	test.AssertImageMatches(t, "flowtext_mixed.png", w.Canvas().Capture())

	// the first word of the Arabic line is at its right edge
	_, lineH, _ := ft.metrics()
	test.TapAt(ft, fyne.NewPos(ft.Size().Width-20, ft.paras[0].top+lineH/2))
	if len(tapped) != 2 || tapped[0] != 1 || tapped[1] != 0 {
		t.Errorf("tap on the first word gave %v, want tag 1 at offset 0", tapped)
	}
}
