package analyze

import (
	"strings"
	"testing"

	"marsad/data"
)

var testTopic = Topic{Name: "التعاون العسكري", Keywords: []string{"تعاون", "تنسيق", "ضربات مشتركة"}}

func testAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return New(lx, []Topic{testTopic})
}

// TestStatementStance checks the hand rules' reading of clear sentences
// (the stance model's first feature), with the model off.
func TestStatementStance(t *testing.T) {
	a := testAnalyzer(t).WithModel(nil)
	tests := []struct {
		name, body, speaker, stance, pattern string
	}{
		{"verb first, negated keyword", "وقال وزير الخارجية الفرنسي لوران فابيوس إن بلاده لا تنسق مع أي طرف.", "لوران فابيوس", "oppose", PatternVerbFirst},
		{"speaker first, support verb", "طهران ترحب بالتعاون مع بغداد في مجال الأمن.", "إيران", "support", PatternSpeakerFirst},
		{"condition", "وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة مستعدة للتعاون بشرط وقف القصف.", "رجب طيب أردوغان", "conditional", PatternVerbFirst},
		{"doubt", "شكك البيت الأبيض في جدوى التنسيق مع الكرملين.", "البيت الأبيض", "oppose", PatternVerbFirst},
		{"report only", "وقال المتحدث باسم الأمم المتحدة إن التعاون بين الطرفين يجري بحثه.", "المتحدث باسم الأمم المتحدة", "neutral", PatternVerbFirst},
		{"not a negation", "وأوضح جون كيري أن واشنطن لا تزال ترحب بالتنسيق.", "جون كيري", "support", PatternVerbFirst},
		{"proposal", "ودعا بان كي مون إلى ضربات مشتركة ضد الجماعات المسلحة.", "بان كي مون", "support", PatternVerbFirst},
		{"relative clause", "وقال جون كيري إن التنسيق مطلوب ضد الجماعات التي لا تؤيد الهدنة.", "جون كيري", "support", PatternVerbFirst},
		{"off topic", "وقال عادل الجبير إن الاقتصاد ينمو بسرعة.", "عادل الجبير", "", PatternVerbFirst},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Article(&data.Article{Body: tt.body})
			if len(r.Statements) != 1 {
				t.Fatalf("got %d statements, want 1: %+v", len(r.Statements), r.Statements)
			}
			st := r.Statements[0]
			if st.Speaker != tt.speaker && !strings.Contains(tt.body[st.Start:st.End], tt.speaker) {
				t.Errorf("speaker = %q, want %q", st.Speaker, tt.speaker)
			}
			if st.Stance != tt.stance {
				t.Errorf("stance = %q (cues %+v), want %q", st.Stance, st.Cues, tt.stance)
			}
			if st.Pattern != tt.pattern {
				t.Errorf("pattern = %q, want %q", st.Pattern, tt.pattern)
			}
			if st.Stance != "" && (st.Confidence <= 0 || st.Confidence > 1) {
				t.Errorf("confidence = %v, want in (0, 1]", st.Confidence)
			}
		})
	}
}

func TestAttributionPatterns(t *testing.T) {
	a := testAnalyzer(t).WithModel(nil)
	t.Run("headline", func(t *testing.T) {
		r := a.Article(&data.Article{Title: "ظريف: لن نقبل أي تنسيق عسكري", Body: "نص الخبر."})
		if len(r.Statements) == 0 || r.Statements[0].Pattern != PatternHeadline || r.Statements[0].Speaker != "محمد جواد ظريف" || !r.Statements[0].InTitle {
			t.Fatalf("statements = %+v, want a headline by ظريف", r.Statements)
		}
		if r.Statements[0].Stance != data.StanceOppose {
			t.Errorf("stance = %q, want oppose", r.Statements[0].Stance)
		}
	})
	t.Run("continuation keeps the speaker", func(t *testing.T) {
		r := a.Article(&data.Article{Body: "قال حيدر العبادي إن الحكومة ماضية في خطتها. وأضاف أن التنسيق مع التحالف مطلوب."})
		if len(r.Statements) != 2 || r.Statements[1].Pattern != PatternContinuation || r.Statements[1].Speaker != "حيدر العبادي" {
			t.Fatalf("statements = %+v", r.Statements)
		}
	})
	t.Run("news agency is the channel", func(t *testing.T) {
		r := a.Article(&data.Article{Body: "ونقلت وكالة رويترز عن ماريا زاخاروفا قولها إن موسكو ترفض التنسيق."})
		if len(r.Statements) == 0 || r.Statements[0].Speaker != "ماريا زاخاروفا" {
			t.Fatalf("statements = %+v, want زاخاروفا as the speaker", r.Statements)
		}
	})
	t.Run("agency alone makes no statement", func(t *testing.T) {
		r := a.Article(&data.Article{Body: "وذكرت وكالة رويترز أن المحادثات انتهت."})
		if len(r.Statements) != 0 {
			t.Fatalf("statements = %+v, want none", r.Statements)
		}
	})
	t.Run("source phrase", func(t *testing.T) {
		r := a.Article(&data.Article{Body: "الحكومة لن تشارك في الضربات المشتركة، بحسب وزارة الخارجية الروسية."})
		if len(r.Statements) != 1 || r.Statements[0].Speaker != "وزارة الخارجية الروسية" || r.Statements[0].Pattern != PatternSource {
			t.Fatalf("statements = %+v", r.Statements)
		}
	})
	t.Run("quoted verbs are speech", func(t *testing.T) {
		r := a.Article(&data.Article{Body: "وقال فيليب هاموند: «موسكو ترفض كل شيء»."})
		if len(r.Statements) != 1 || r.Statements[0].Speaker != "فيليب هاموند" {
			t.Fatalf("statements = %+v, want one by هاموند", r.Statements)
		}
	})
}

func TestActorRules(t *testing.T) {
	a := testAnalyzer(t)
	tests := []struct {
		name, body, want, rule string
	}{
		{"title and unknown name", "وقال وزير الخارجية الهندي سوشما سواراج إن", "سوشما سواراج", RuleTitleName},
		{"given name", "التقى مارك رينولدز بالوفد.", "مارك رينولدز", RuleGivenName},
		{"officials", "وقال مسؤولون إيرانيون إن", "مسؤولون من إيران", RuleOfficials},
		{"organisation head", "أعلنت وزارة الصحة المصرية أن", "وزارة الصحة المصرية", RuleOrgHead},
		{"metonym", "رحبت موسكو بالقرار.", "روسيا", RuleMetonym},
		{"role holder from the gazetteer", "قال وزير الخارجية السعودي اليوم إن", "عادل الجبير", RuleRole},
		{"role holder of the article's year", "قال وزير الخارجية السعودي اليوم إن", "فيصل بن فرحان", RuleRole},
		{"role holder of an earlier year", "قال وزير الخارجية الإيراني اليوم إن", "علي أكبر صالحي", RuleRole},
	}
	dates := map[string]string{"role holder from the gazetteer": "2015-08-01", "role holder of the article's year": "2022-03-01", "role holder of an earlier year": "2012-05-01"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Article(&data.Article{Body: tt.body, Date: dates[tt.name]})
			for _, m := range r.Mentions {
				if m.Name == tt.want {
					if m.Rule != tt.rule {
						t.Errorf("rule = %q, want %q", m.Rule, tt.rule)
					}
					return
				}
			}
			t.Errorf("mentions = %+v, want %s", r.Mentions, tt.want)
		})
	}
}

func TestShortFormsAndLocations(t *testing.T) {
	a := testAnalyzer(t)
	body := "قال المتحدث باسم الجيش اللبناني العميد سامر خوري إن الوضع هادئ. وأضاف خوري أن الجيش في موسكو. وأكد المتحدث أن التنسيق قائم."
	r := a.Article(&data.Article{Body: body})
	var names []string
	for _, m := range r.Mentions {
		names = append(names, m.Name+"/"+m.Rule+"/"+body[m.Start:m.End])
	}
	joined := strings.Join(names, " | ")
	if !strings.Contains(joined, "سامر خوري/short-form/خوري") {
		t.Errorf("bare surname not resolved: %s", joined)
	}
	if !strings.Contains(joined, "سامر خوري/short-form/المتحدث") {
		t.Errorf("bare office not resolved: %s", joined)
	}
	if strings.Contains(joined, "/metonym/موسكو") {
		t.Errorf("موسكو after في counted as an actor: %s", joined)
	}
	for _, m := range r.Mentions {
		if body[m.Start:m.End] == "" || m.End > len(body) {
			t.Errorf("bad offsets %+v", m)
		}
	}
}

func TestContextualAlias(t *testing.T) {
	a := testAnalyzer(t)
	// الخارجية alone is ambiguous until one ministry was named
	r := a.Article(&data.Article{Body: "قالت الخارجية إن. ثم أكدت الخارجية الروسية أن. وأضافت الخارجية أن."})
	var got []string
	for _, m := range r.Mentions {
		got = append(got, m.Name)
	}
	if len(got) != 2 || got[0] != "وزارة الخارجية الروسية" || got[1] != "وزارة الخارجية الروسية" {
		t.Errorf("mentions = %q, want the Russian ministry twice", got)
	}
}

func TestSummarize(t *testing.T) {
	st := []Statement{
		{SpeakerKey: "a", TopicName: "t", Stance: "oppose", Confidence: 0.8},
		{SpeakerKey: "a", TopicName: "t", Stance: "conditional", Confidence: 0.9},
		{SpeakerKey: "b", TopicName: "t", Stance: "support", Confidence: 0.6},
		{SpeakerKey: "b", TopicName: "other", Stance: "oppose", Confidence: 0.9},
		{SpeakerKey: "c"},
	}
	got := Summarize(st, "t")
	if got["a"].Stance != "conditional" || got["a"].Statements != 2 || got["b"].Stance != "support" || len(got) != 2 {
		t.Errorf("Summarize = %+v", got)
	}
}

func FuzzArticle(f *testing.F) {
	for _, s := range []string{"وقال وزير الخارجية الروسي سيرغي لافروف إن «لا تنسيق».", "البنتاجون: لم نتلق", "، بحسب", "\"«»“", "وأضاف"} {
		f.Add("عنوان", s)
	}
	a := testAnalyzer(f)
	f.Fuzz(func(t *testing.T, title, body string) {
		r := a.Article(&data.Article{Title: title, Body: body})
		for _, m := range r.Mentions {
			txt := body
			if m.InTitle {
				txt = title
			}
			if m.Start < 0 || m.End > len(txt) || m.Start >= m.End || m.ActorKey == "" {
				t.Fatalf("bad mention %+v", m)
			}
		}
		for _, s := range r.Statements {
			txt := body
			if s.InTitle {
				txt = title
			}
			if s.SentStart > s.Start || s.End > s.SentEnd || s.SentEnd > len(txt) || s.SpeakerKey == "" {
				t.Fatalf("bad statement %+v", s)
			}
			if (s.TopicName == "") != (s.Stance == "") {
				t.Fatalf("topic %q with stance %q", s.TopicName, s.Stance)
			}
		}
	})
}

func TestAbdSpellings(t *testing.T) {
	a := testAnalyzer(t)
	for _, body := range []string{"قال الملك سلمان بن عبد العزيز إن", "قال الملك سلمان بن عبدالعزيز إن"} {
		r := a.Article(&data.Article{Body: body})
		if len(r.Mentions) != 1 || r.Mentions[0].Name != "سلمان بن عبد العزيز" {
			t.Errorf("%s: mentions = %+v", body, r.Mentions)
		}
	}
}

func TestNotNames(t *testing.T) {
	a := testAnalyzer(t)
	for _, body := range []string{
		"وعلى الرغم من ذلك قال الوزير",         // على is not علي
		"ينضم لصفوف الفريق حال انتهاء مشاركته", // الفريق the team
		"عين نائبا لرئيس المجلس",               // an office word with a preposition
	} {
		for _, m := range a.Article(&data.Article{Body: body}).NewActors {
			if m.Kind == KindPerson {
				t.Errorf("%s: person %q made", body, m.Name)
			}
		}
	}
}

// TestNoCliticInAliases checks that the forms an actor is listed under
// carry no conjunction or preposition, while names that begin with those
// letters keep them.
func TestNoCliticInAliases(t *testing.T) {
	a := testAnalyzer(t)
	r := a.Article(&data.Article{Date: "2015-08-01", Body: "وأكدت السعودية أن الدعم مستمر. وتصل المساعدات للمملكة العربية السعودية عبر البحر، وتوزع بالرياض. وأكد وليد المعلم أن دمشق ترحب. وقال فهد العتيبي، المتحدث باسم الوزارة، إن الوضع هادئ."})
	for _, act := range r.Actors {
		for _, al := range append([]string{act.Name}, act.Aliases...) {
			if strings.HasPrefix(al, "لل") || strings.HasPrefix(al, "وال") || strings.HasPrefix(al, "بال") {
				t.Errorf("%s: form %q begins with a clitic", act.Name, al)
			}
		}
	}
	names := map[string]bool{}
	for _, act := range r.Actors {
		names[act.Name] = true
	}
	if !names["وليد المعلم"] || !names["فهد العتيبي"] {
		t.Errorf("names that begin with و or ف lost a letter: %v", names)
	}
}
