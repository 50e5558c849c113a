package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"marsad/data"
	"marsad/data/arabic"
)

func TestTextMetadata(t *testing.T) {
	tests := []struct {
		name, text                          string
		title, source, author, date, origin string
	}{
		{"headline and dateline",
			"البرلمان العراقي يقر الموازنة\nبغداد - 14 حزيران 2021 - أقر مجلس النواب العراقي الموازنة العامة بعد جلسة مطولة.\nوقال رئيس اللجنة المالية إن الإيرادات ستغطي الرواتب.",
			"البرلمان العراقي يقر الموازنة", "", "", "2021-06-14", data.DateText},
		{"header date with weekday",
			"انطلاق موسم الحج\nالأحد 1 أكتوبر 2023\nبدأ الحجاج التوافد إلى مكة المكرمة.\nوأعلنت السلطات خطة لتنظيم الحشود.",
			"انطلاق موسم الحج", "", "", "2023-10-01", data.DateText},
		{"event dates only",
			"ارتفاع صادرات الفوسفات\nسجلت الصادرات ارتفاعا منذ 3 يناير 2019 وحتى 30 يونيو 2019 وفق الأرقام الرسمية.\nويتوقع الخبراء استمرار النمو اعتبارا من 1 يوليو المقبل.",
			"ارتفاع صادرات الفوسفات", "", "", "", data.DateUnknown},
		{"a date in the body is an event",
			"تشييع الفنان الراحل\nشيع آلاف المواطنين الفنان الراحل إلى مثواه الأخير.\nوكان الفنان الذي ولد 12 نوفمبر 1937 قد توفي أمس عن عمر ناهز الثمانين.",
			"تشييع الفنان الراحل", "", "", "", data.DateUnknown},
		{"a date given as today's",
			"تداول الأسهم\nتراجع المؤشر العام للسوق في ختام تعاملات الأسبوع.\nوتنتظر السوق إعلان نتائج الشركات اليوم الأحد 2 أغسطس 2015 بعد الإغلاق.",
			"تداول الأسهم", "", "", "2015-08-02", data.DateText},
		{"a weekday that does not fit the date is not trusted",
			"تداول الأسهم\nتراجع المؤشر العام للسوق في ختام تعاملات الأسبوع.\nوتنتظر السوق إعلان نتائج الشركات اليوم الاثنين 2 أغسطس 2015 بعد الإغلاق.",
			"تداول الأسهم", "", "", "", data.DateUnknown},
		{"quoted agency is not the source",
			"اتفاق على هدنة في غزة\nقالت وكالة رويترز إن الطرفين وافقا على هدنة مؤقتة.\nونقلت وكالة الأناضول عن مصدر أن المفاوضات مستمرة.",
			"اتفاق على هدنة في غزة", "", "", "", data.DateUnknown},
		{"labelled source outside the list",
			"افتتاح سوق شعبي\nافتتحت البلدية سوقا شعبيا جديدا في وسط المدينة.\nوقال رئيس البلدية إن السوق سيوفر مئات فرص العمل.\nالمصدر: نشرة البلدية",
			"افتتاح سوق شعبي", "نشرة البلدية", "", "", data.DateUnknown},
		{"bare outlet name, Latin",
			"مظاهرات في الخرطوم\nخرج آلاف المتظاهرين إلى شوارع الخرطوم مطالبين بحكم مدني.\nوأطلقت الشرطة الغاز المسيل للدموع.\nBBC Arabic",
			"مظاهرات في الخرطوم", "بي بي سي عربي", "", "", data.DateUnknown},
		{"author – outlet at the top",
			"خالد الفهد – سبق\nأعلنت الهيئة العامة للأرصاد عن موجة حارة تشمل المنطقة الشرقية خلال الأيام المقبلة.\nونصحت الهيئة بتجنب التعرض للشمس.",
			"", "سبق", "خالد الفهد", "", data.DateUnknown},
		{"author and a city that shares a paper's name",
			"خبر محلي\nعبدالكريم الحمد ـ الرياض\nافتتحت أمانة المنطقة حديقة جديدة في حي النخيل.\nوقال الأمين إن الحديقة تضم ممرات للمشاة.",
			"خبر محلي", "", "", "", data.DateUnknown},
		{"caption date is a weak hint only",
			"مباحثات في جنيف\nالمبعوث الأممي خلال مؤتمر صحفي في جنيف في 3 مارس 2022 (أ ف ب)\nبدأت في جنيف جولة جديدة من المباحثات بين الأطراف.\nوأكد المبعوث أن الأجواء إيجابية.",
			"مباحثات في جنيف", "", "", "2022-03-03", data.DateText},
		{"caption date moved to the weekday reported",
			"اجتماع وزاري\nالوزيران خلال لقاء سابق في 7 مارس 2022 (رويترز)\nعقد وزيرا الخارجية الخميس اجتماعا لبحث الملفات العالقة.\nوقال الوزيران إن المباحثات كانت مثمرة.",
			"اجتماع وزاري", "", "", "2022-03-10", data.DateText},
		{"date line above the headline",
			"الأربعاء 5 يوليو 2017\nافتتاح جسر جديد على نهر النيل\nافتتح محافظ أسوان جسرا جديدا يربط ضفتي النهر.\nوقال المحافظ إن الجسر يختصر زمن الرحلة.",
			"افتتاح جسر جديد على نهر النيل", "", "", "2017-07-05", data.DateText},
		{"labelled metadata lines at the top",
			"العنوان: السودان يستأنف تصدير الصمغ العربي\nالتاريخ: 2020-09-15\nالمصدر: سونا\nالكاتب: عمر الطيب\nاستأنف السودان تصدير الصمغ العربي إلى الأسواق الأوروبية بعد توقف دام شهرين.",
			"السودان يستأنف تصدير الصمغ العربي", "سونا", "عمر الطيب", "2020-09-15", data.DateMetadata},
		{"title cut from a long first sentence",
			"قررت الحكومة الموريتانية رفع الحد الأدنى للأجور في القطاعين العام والخاص بنسبة عشرين في المئة ابتداء من الشهر المقبل في إطار خطة لمواجهة ارتفاع الأسعار.\nوقال الوزير إن القرار يشمل المتقاعدين.",
			"قررت الحكومة الموريتانية رفع الحد الأدنى للأجور في القطاعين العام والخاص بنسبة عشرين…", "", "", "", data.DateUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readOne(t, "x.txt", []byte(tt.text))
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if a.Source != tt.source || a.Author != tt.author || a.Date != tt.date || a.DateOrigin != tt.origin {
				t.Errorf("source %q author %q date %q (%s), want %q %q %q (%s)", a.Source, a.Author, a.Date, a.DateOrigin, tt.source, tt.author, tt.date, tt.origin)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	text := strings.Join([]string{
		"عنوان الخبر هنا باختصار",
		"طباعة",
		"A A",
		"فقرة أولى من الخبر تتحدث عن اجتماع اللجنة.",
		"اقرأ أيضا: اللجنة تعقد اجتماعها الثاني",
		"فقرة ثانية تشرح قرارات اللجنة بالتفصيل وتذكر أسماء الأعضاء وتواريخ الاجتماعات القادمة وجدول الأعمال.",
		"فقرة ثالثة فيها تفاصيل أخرى كثيرة عن الميزانية والمشاريع المقترحة ومواعيد التنفيذ.",
		"فقرة رابعة تختم الخبر بتصريح رئيس اللجنة عن أهمية القرارات.",
		"فقرة خامسة تتناول ردود الفعل.",
		"فقرة سادسة عن الخطوات التالية.",
		"شارك هذا الخبر",
		"Facebook Twitter WhatsApp",
		"رابط الخبر بصحيفة المدينة: اللجنة تعقد اجتماعها",
		"المساهمون",
		"أحمد علي",
		"سارة محمود",
	}, "\n")
	a := readOne(t, "x.txt", []byte(text))
	for _, gone := range []string{"طباعة", "A A", "اقرأ أيضا", "شارك", "Facebook", "المساهمون", "سارة", "رابط الخبر"} {
		if strings.Contains(a.Body, gone) {
			t.Errorf("body holds %q:\n%s", gone, a.Body)
		}
	}
	if !strings.Contains(a.Body, "فقرة ثانية") || !strings.Contains(a.Body, "فقرة سادسة") {
		t.Errorf("an inline teaser took article text with it:\n%s", a.Body)
	}
}

func TestCaptions(t *testing.T) {
	lex, o := textLexicon(), DefaultOutlets()
	tests := []struct {
		in   string
		want bool
	}{
		{"الرئيس يصافح ضيفه في القصر الجمهوري (الأناضول)", true},
		{"جانب من الاحتفال في الساحة الرئيسية (تصوير: سامي الأحمد)", true},
		{"آثار القصف على المباني السكنية (Getty)", true},
		{"صورة: متظاهرون أمام البرلمان", true},
		{"وقال إن القرار سيطبق على جميع فروع التنظيم (داعش)", false},
		{"تفرغت للعمل الاجتماعي في الأحياء الفقيرة (ولاية ماريلاند)", false},
		{"(تصوير: المحرر)", false},
	}
	for _, tt := range tests {
		if got := isCaptionLine(tt.in, lex, o); got != tt.want {
			t.Errorf("isCaptionLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCutTail(t *testing.T) {
	lex := textLexicon()
	tests := []struct{ in, want string }{
		{"وأكد الطرفان تعزيز التعاون. سمات التعاون الأردن السعودية", "وأكد الطرفان تعزيز التعاون."},
		{"أقر بأنه كان يمزح. . سمات الارهاب امريكا مبتعث", "أقر بأنه كان يمزح. ."},
		{"سمات الدمام تحرش", ""},
		{"وتحدث عن سمات الشخصية القيادية في المؤسسات", "وتحدث عن سمات الشخصية القيادية في المؤسسات"},
		{"انتهى اللقاء. سمات القائد الناجح كثيرة، ومنها الصبر", "انتهى اللقاء. سمات القائد الناجح كثيرة، ومنها الصبر"},
		{"الكلمات الدلالية: اقتصاد، نفط", ""},
		{"سمات: الأولى. والثانية", "سمات: الأولى. والثانية"},
	}
	for _, tt := range tests {
		if got := cutTail(tt.in, lex.tags, 16, true); got != tt.want {
			t.Errorf("cutTail(%q, tags) = %q, want %q", tt.in, got, tt.want)
		}
	}
	links := []struct{ in, want string }{
		{"وأدى الحريق لوفاتهما. رابط الخبر بصحيفة المدينة: مصرع شخصين بحريق .. في تبوك!", "وأدى الحريق لوفاتهما."},
		{"رابط الخبر: عنوان الخبر", ""},
		{"وقال إن رابط الخبر كان معطلا", "وقال إن رابط الخبر كان معطلا"},
	}
	for _, tt := range links {
		if got := cutTail(tt.in, lex.permalink, 30, false); got != tt.want {
			t.Errorf("cutTail(%q, permalink) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOutlets(t *testing.T) {
	o := DefaultOutlets()
	tests := []struct{ in, want string }{
		{"الجزيرة", "الجزيرة"}, {"الجزيره نت", "الجزيرة"}, {"Al Jazeera", "الجزيرة"},
		{"https://www.aljazeera.net/news/2016/5/20/x", "الجزيرة"}, {"aawsat", "الشرق الأوسط"},
		{"www.aleqt.com", "الاقتصادية"}, {"http://www.al-jazirah.com/2015/20150721/fe1.htm", "الجزيرة السعودية"},
		{"صحيفة عكاظ", "عكاظ"}, {"وكالة الأنباء السعودية", "واس"}, {"أ ف ب", "فرانس برس"}, {"أ.ف.ب", "فرانس برس"},
		{"https://www.bbc.com/arabic/middleeast-1", "بي بي سي عربي"}, {"arabic.rt.com", "روسيا اليوم"},
		{"سيريا نيوز", "سيريانيوز"}, {"وكالة رويترز", "رويترز"}, {"3alyoum", "عين اليوم"},
	}
	for _, tt := range tests {
		if got, ok := o.Match(tt.in); !ok || got != tt.want {
			t.Errorf("Match(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"", "وزارة الدفاع", "قال المتحدث إن", "example.com", "رويترز قالت إن الوزير وصل"} {
		if got, ok := o.Match(in); ok {
			t.Errorf("Match(%q) = %q, want no outlet", in, got)
		}
	}
	for _, out := range o.List() {
		for _, n := range append([]string{out.Name}, out.Aliases...) {
			if got, _ := o.Match(n); got != out.Name {
				t.Errorf("%q names %q in the shipped list, but Match gives %q", n, out.Name, got)
			}
		}
		for _, d := range out.Domains {
			if got, _ := o.Match("https://" + d + "/x"); got != out.Name {
				t.Errorf("domain %q of %q matches %q", d, out.Name, got)
			}
		}
	}
	if n := len(o.List()); n < 150 {
		t.Errorf("the shipped list has %d outlets, want at least 150", n)
	}
	o.Add("نشرة الحي", "Neighbourhood News", "hayy.example.org")
	if got, _ := o.Match("https://hayy.example.org/a/1"); got != "نشرة الحي" {
		t.Errorf("an added domain matched %q", got)
	}
	if got, _ := o.Match("neighbourhood news"); got != "نشرة الحي" {
		t.Errorf("an added alias matched %q", got)
	}
	if _, ok := DefaultOutlets().Match("نشرة الحي"); ok {
		t.Errorf("Add changed the shipped list")
	}
	if _, err := LoadOutlets(strings.NewReader("# comment\n\t\tx\n")); err == nil {
		t.Errorf("LoadOutlets accepted a line without a name")
	}
}

func TestShortTitle(t *testing.T) {
	long := []string{
		"تدرس الحكومة الانتقالية خطة شاملة لإعادة هيكلة قطاع الكهرباء في المحافظات الجنوبية ضد رغبة النقابات العمالية التي تطالب بضمانات للموظفين.",
		"قالت وزارة الخارجية في بيان صدر مساء أمس إن الوزير سيتوجه إلى العاصمة الفرنسية الأسبوع المقبل لإجراء محادثات مع نظيره بشأن الملفات الإقليمية العالقة بين البلدين.",
		"أعلنت اللجنة المنظمة للمهرجان الدولي للسينما، الذي يقام سنويا في مدينة قرطاج منذ أكثر من خمسين عاما، عن قائمة الأفلام المشاركة في المسابقة الرسمية لهذا العام.",
	}
	lex := textLexicon()
	for _, s := range long {
		got := shortTitle(s)
		stem := strings.TrimSuffix(got, "…")
		words := strings.Fields(stem)
		last := arabic.Words(words[len(words)-1])
		if !strings.HasSuffix(got, "…") || !strings.HasPrefix(s, stem) || utf8.RuneCountInString(stem) > titleRunes ||
			arabic.IsStopWord(last[0]) || lex.titleEnd[last[0]] {
			t.Errorf("shortTitle(%q) = %q", s, got)
		}
	}
	if got := shortTitle("ارتفاع أسعار الذهب في الأسواق العالمية."); got != "ارتفاع أسعار الذهب في الأسواق العالمية" {
		t.Errorf("a short first sentence: %q", got)
	}
}

func TestParseMetaDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2016-05-20T14:03:00+03:00", "2016-05-20"},
		{"2016-05-20T14:03:00Z", "2016-05-20"},
		{"2015-07-21 02:51:32", "2015-07-21"},
		{"2016-05-20", "2016-05-20"},
		{"Fri, 20 May 2016 14:03:00 GMT", "2016-05-20"},
		{"May 20, 2016", "2016-05-20"},
		{"20 مايو 2016", "2016-05-20"},
		{"الجمعة ٢٠ أيار ٢٠١٦", "2016-05-20"},
		{"20/05/2016", "2016-05-20"},
		{"1463752980", "2016-05-20"},
		{"1463752980000", "2016-05-20"},
		{"", ""}, {"قريبا", ""}, {"14 رمضان 1437", ""}, {"0000-00-00", ""},
	}
	for _, tt := range tests {
		got, ok := parseMetaDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseMetaDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}
