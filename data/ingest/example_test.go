package ingest_test

import (
	"fmt"

	"marsad/data/ingest"
)

func ExampleReadBytes() {
	text := "البنك المركزي يثبت سعر الفائدة\n" +
		"عمّان - 2 أيار 2022\n" +
		"قرر البنك المركزي الإبقاء على سعر الفائدة دون تغيير للمرة الثالثة.\n" +
		"شارك\n" +
		"المصدر : بترا"
	for _, it := range ingest.ReadBytes("rates.txt", []byte(text), ingest.Options{}) {
		a := it.Article
		fmt.Println(a.Title)
		fmt.Println(a.Source, a.Date, a.DateOrigin)
		fmt.Println(a.Body)
	}
	// Output:
	// البنك المركزي يثبت سعر الفائدة
	// بترا 2022-05-02 text
	// عمّان - 2 أيار 2022
	// قرر البنك المركزي الإبقاء على سعر الفائدة دون تغيير للمرة الثالثة.
}

func ExampleOutlets_Match() {
	o := ingest.DefaultOutlets()
	for _, s := range []string{"صحيفة عكاظ", "https://www.aljazeera.net/news", "aawsat", "أ ف ب"} {
		name, _ := o.Match(s)
		fmt.Println(name)
	}
	// Output:
	// عكاظ
	// الجزيرة
	// الشرق الأوسط
	// فرانس برس
}
