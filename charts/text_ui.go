package charts

// uiText holds a chart's words in one UI language.
type uiText struct {
	lang   string
	rtl    bool
	titles map[Kind]string
	stance map[string]string
	words  map[string]string
}

var uiTexts = map[string]*uiText{
	"en": {
		lang: "en",
		titles: map[Kind]string{
			StanceByActor:    "Stance by actor",
			StanceOverTime:   "Net stance over time",
			StanceHeatmap:    "Net stance by actor and period",
			MentionsOverTime: "Articles mentioning each actor",
			SourceActor:      "Statements by outlet and actor",
		},
		stance: map[string]string{
			StanceSupport: "Support", StanceOppose: "Oppose",
			StanceConditional: "Conditional", StanceNeutral: "Neutral",
		},
		words: map[string]string{
			"actor": "Actor", "statements": "Statements", "net": "Net stance",
			"week": "Week", "month": "Month", "articles": "Articles",
			"source": "Outlet", "subnet": "(support − oppose) / statements",
			"empty": "No data for these filters",
		},
	},
	"ar": {
		lang: "ar", rtl: true,
		titles: map[Kind]string{
			StanceByActor:    "المواقف حسب الفاعل",
			StanceOverTime:   "صافي الموقف عبر الزمن",
			StanceHeatmap:    "صافي الموقف حسب الفاعل والفترة",
			MentionsOverTime: "المقالات التي تذكر كل فاعل",
			SourceActor:      "التصريحات حسب المصدر والفاعل",
		},
		stance: map[string]string{
			StanceSupport: "تأييد", StanceOppose: "معارضة",
			StanceConditional: "مشروط", StanceNeutral: "محايد",
		},
		words: map[string]string{
			"actor": "الفاعل", "statements": "التصريحات", "net": "صافي الموقف",
			"week": "الأسبوع", "month": "الشهر", "articles": "المقالات",
			"source": "المصدر", "subnet": "(التأييد − المعارضة) / التصريحات",
			"empty": "لا بيانات لهذه المرشحات",
		},
	},
}

// texts returns the words of lang, English for unknown languages.
func texts(lang string) *uiText {
	if t, ok := uiTexts[lang]; ok {
		return t
	}
	return uiTexts["en"]
}

// word returns one word or phrase in the UI language.
func (t *uiText) word(key string) string { return t.words[key] }

// period returns the axis name for a period kind.
func (t *uiText) period(p string) string {
	if p == PeriodMonth {
		return t.words["month"]
	}
	return t.words["week"]
}

// Title returns the title of a chart kind in lang ("ar" or "en"), as the
// chart shows it; the GUI uses it to name the kinds in its chooser.
func Title(kind Kind, lang string) string { return texts(lang).titles[kind] }

// StanceName returns a stance's name in lang, as the legends show it.
func StanceName(stance, lang string) string { return texts(lang).stance[stance] }
