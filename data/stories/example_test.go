package stories_test

import (
	"fmt"

	"marsad/data/stories"
)

func ExampleTermKey() {
	// Spellings of one foreign name from different regions, and a word
	// with a preposition attached, give one key each.
	fmt.Println(stories.TermKey("البنتاغون") == stories.TermKey("البنتاجون"))
	fmt.Println(stories.TermKey("بسوريا") == stories.TermKey("سوريا"))
	// Output:
	// true
	// true
}

func ExampleGroup() {
	bg, _ := stories.DefaultBackground()
	a := stories.Item{ID: 1, Date: "2024-02-21", Sig: stories.Sign("زلزال بقوة 5.8 درجات يضرب جنوب تركيا",
		"ضرب زلزال بقوة 5.8 درجات ولاية هاتاي جنوب تركيا فجر الأربعاء وأصاب 43 شخصا. وأرسلت وزارة الداخلية فرق إنقاذ إلى المنطقة.")}
	b := stories.Item{ID: 2, Date: "2024-02-21", Sig: stories.Sign("هزة أرضية تهز هاتاي التركية",
		"أصيب 43 شخصا في هزة أرضية بقوة 5.8 درجات ضربت ولاية هاتاي جنوب تركيا فجر الأربعاء. ووصلت فرق إنقاذ أرسلتها وزارة الداخلية.")}
	c := stories.Item{ID: 3, Date: "2024-02-21", Sig: stories.Sign("البورصة تغلق مرتفعة",
		"أغلقت البورصة على ارتفاع بدعم من أسهم البنوك.")}
	for _, s := range stories.Group(nil, []stories.Item{a, b, c}, stories.Options{Background: bg}) {
		fmt.Println(s.Members)
	}
	// Output:
	// [1 2]
}
