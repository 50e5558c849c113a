package arabic_test

import (
	"fmt"

	"marsad/data/arabic"
)

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("إلى المدينةِ ٢٠١٦"))
	// Output: الي المدينه 2016
}

func ExampleStemWord() {
	fmt.Println(arabic.StemWord("بالبنتاغون"), arabic.StemWord("للأمم"))
	// Output: بنتاغ امم
}

func ExampleSentences() {
	s := "قال لافروف: لا تعاون. وأضاف أن الحوار مستمر."
	for _, sp := range arabic.Sentences(s) {
		fmt.Println(sp.Text(s))
	}
	// Output:
	// قال لافروف: لا تعاون.
	// وأضاف أن الحوار مستمر.
}
