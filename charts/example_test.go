package charts_test

import (
	"context"
	"fmt"

	"marsad/charts"
)

func ExampleBuild() {
	rows := []charts.StatementRow{
		{ActorID: 1, Actor: "سيرغي لافروف", StatementID: 10, Source: "الجزيرة", Date: "2016-05-20", Stance: "support"},
		{ActorID: 1, Actor: "سيرغي لافروف", StatementID: 11, Source: "الجزيرة", Date: "2016-06-01", Stance: "conditional"},
		{ActorID: 2, Actor: "جون كيري", StatementID: 12, Source: "سبق", Date: "2016-05-21", Stance: "oppose"},
	}
	spec, err := charts.Build(charts.StanceByActor, rows, nil, charts.Filter{}, "en")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(spec.Title)
	for series := 0; series < 4; series++ {
		for _, it := range spec.Items(series) {
			if it.Count > 0 {
				fmt.Println(it.Actor, it.Series, it.Count, it.StatementIDs)
			}
		}
	}
	// Output:
	// Stance by actor
	// سيرغي لافروف Support 1 [10]
	// جون كيري Oppose 1 [12]
	// سيرغي لافروف Conditional 1 [11]
}

func ExampleRenderImage() {
	rows := []charts.StatementRow{
		{ActorID: 1, Actor: "سيرغي لافروف", StatementID: 10, Date: "2016-05-20", Stance: "support"},
		{ActorID: 2, Actor: "جون كيري", StatementID: 12, Date: "2016-05-21", Stance: "oppose"},
	}
	spec, err := charts.Build(charts.StanceByActor, rows, nil, charts.Filter{}, "ar")
	if err != nil {
		fmt.Println(err)
		return
	}
	img, layout, err := charts.RenderImage(context.Background(), spec, 600, 400, 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Dx(), img.Bounds().Dy(), layout.Width, layout.Height)
	// Output: 1200 800 600 400
}
