package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"marsad/data"
	"marsad/data/sharedtest"
	"marsad/data/store"
)

// Two reports of one event in different words, a third report of it, and
// a report of another event by the same two ministers.
var (
	talksA = [3]string{"2024-03-10", "وزير الخارجية الأردني يبحث مع نظيره المصري في القاهرة تثبيت الهدنة في غزة",
		"بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري في القاهرة يوم الأحد سبل تثبيت الهدنة في قطاع غزة وفتح معبر رفح أمام قوافل الإغاثة. " +
			"وقال الصفدي في مؤتمر صحفي مشترك إن الأردن ومصر يرفضان أي محاولة لتهجير سكان القطاع. " +
			"وأضاف أن البلدين سيطلبان عقد جلسة طارئة لمجلس الأمن الأسبوع المقبل. " +
			"من جهته أكد شكري أن القاهرة ستواصل اتصالاتها مع جميع الأطراف لتمديد وقف إطلاق النار."}
	talksB = [3]string{"2024-03-11", "الصفدي وشكري: لا لتهجير أهل غزة ودعوة لاجتماع عاجل لمجلس الأمن",
		"أكد الأردن ومصر رفضهما القاطع لتهجير الفلسطينيين من قطاع غزة، وذلك خلال لقاء جمع وزيري خارجية البلدين أيمن الصفدي وسامح شكري الأحد في العاصمة المصرية. " +
			"ودعا الوزيران إلى اجتماع طارئ لمجلس الأمن خلال الأسبوع المقبل لبحث تثبيت الهدنة. " +
			"وأوضح شكري أن اتصالات القاهرة مستمرة مع كل الأطراف من أجل تمديد وقف إطلاق النار."}
	talksC = [3]string{"2024-03-10", "الأردن ومصر يطلبان جلسة طارئة لمجلس الأمن بشأن غزة",
		"طلب الأردن ومصر عقد جلسة طارئة لمجلس الأمن الأسبوع المقبل، بعد لقاء وزيري الخارجية أيمن الصفدي وسامح شكري في القاهرة الأحد. " +
			"وقال الصفدي إن البلدين يرفضان أي تهجير لسكان قطاع غزة. " +
			"وأكد شكري مواصلة الاتصالات لتمديد وقف إطلاق النار وتثبيت الهدنة."}
	power = [3]string{"2024-03-12", "الصفدي وشكري يوقعان اتفاقية للربط الكهربائي بين الأردن ومصر",
		"وقع وزير الخارجية الأردني أيمن الصفدي ونظيره المصري سامح شكري في عمان يوم الخميس اتفاقية لتوسيع الربط الكهربائي بين البلدين. " +
			"وتنص الاتفاقية على رفع قدرة الخط البحري في خليج العقبة إلى ألفي ميغاواط بحلول عام 2027. " +
			"وقال الصفدي إن المشروع يفتح الباب أمام تصدير الطاقة النظيفة إلى أوروبا."}
)

func storyStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "c.marsad"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func addArticles(t *testing.T, st *store.Store, source string, arts ...[3]string) []int64 {
	t.Helper()
	var in []*data.Article
	for _, a := range arts {
		in = append(in, &data.Article{Date: a[0], Title: a[1], Body: a[2], Source: source, Hash: a[1] + a[2], File: a[1][:20]})
	}
	added, err := st.AddArticles(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, a := range added {
		ids = append(ids, a.ID)
	}
	return ids
}

// storySets renders the corpus's stories as sorted member lists.
func storySets(t *testing.T, st *store.Store) string {
	t.Helper()
	sts, err := st.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, s := range sts {
		var ids []int64
		for _, a := range s.Articles {
			ids = append(ids, a.ID)
		}
		slices.Sort(ids)
		parts = append(parts, fmt.Sprint(ids))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func TestGroupNewAndUserMoves(t *testing.T) {
	ctx := context.Background()
	st := storyStore(t)
	first := addArticles(t, st, "outlet-a", talksA, power)
	first = append(first, addArticles(t, st, "outlet-b", talksB)...)
	if err := GroupNew(ctx, st, first); err != nil {
		t.Fatal(err)
	}
	if got, want := storySets(t, st), fmt.Sprint([]int64{first[0], first[2]}); got != want {
		t.Fatalf("after the first batch: stories %s, want %s", got, want)
	}
	sts, _ := st.Stories(ctx)
	story := sts[0].ID
	if sts[0].Label == "" || sts[0].FirstDate != "2024-03-10" || sts[0].LastDate != "2024-03-11" {
		t.Errorf("story = %+v", sts[0])
	}

	later := addArticles(t, st, "outlet-c", talksC)
	if err := GroupNew(ctx, st, later); err != nil {
		t.Fatal(err)
	}
	got, err := st.Story(ctx, story)
	if err != nil || len(got.Articles) != 3 {
		t.Fatalf("a later report of the event: story %+v, %v; want it to join story %d", got, err, story)
	}
	if err := GroupNew(ctx, st, later); err != nil {
		t.Fatal(err)
	}
	if got2, _ := st.Story(ctx, story); len(got2.Articles) != 3 {
		t.Errorf("grouping the same batch again changed the story: %+v", got2)
	}

	if err := MoveArticle(ctx, st, later[0], 0); err != nil {
		t.Fatal(err)
	}
	if err := MoveArticle(ctx, st, first[1], story); err != nil {
		t.Fatal(err)
	}
	if err := Regroup(ctx, st); err != nil {
		t.Fatal(err)
	}
	got, err = st.Story(ctx, story)
	if err != nil {
		t.Fatalf("the user's story after regrouping: %v", err)
	}
	var ids []int64
	for _, a := range got.Articles {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	if want := []int64{first[0], first[1], first[2]}; !slices.Equal(ids, want) {
		t.Errorf("after regrouping: members %v, want %v (the user's move in, the move out kept)", ids, want)
	}
}

func TestCompareFromStore(t *testing.T) {
	ctx := context.Background()
	st := storyStore(t)
	ids := addArticles(t, st, "outlet-a", talksA)
	ids = append(ids, addArticles(t, st, "outlet-b", talksB)...)
	if _, err := st.AddTopic(ctx, "الهدنة", []string{"الهدنة", "وقف إطلاق النار"}); err != nil {
		t.Fatal(err)
	}
	if err := AnalyzeArticles(ctx, st, ids); err != nil {
		t.Fatal(err)
	}
	actors, err := actorIDs(ctx, st)
	if err != nil || len(actors[ids[0]]) == 0 || len(actors[ids[1]]) == 0 {
		t.Errorf("actors for grouping = %v, %v; want some in both articles", actors, err)
	}
	c, err := Compare(ctx, st, []int64{ids[1], ids[0]})
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles[0].ID != ids[1] || len(c.Pairs) < 2 {
		t.Errorf("comparison: first side %d, %d pairs; want %d first and two pairs or more", c.Articles[0].ID, len(c.Pairs), ids[1])
	}
	named := map[string]bool{}
	for _, row := range c.Actors {
		named[row.Actor] = len(row.StancesByArticle) == 2
	}
	if len(named) == 0 {
		t.Error("no actors in the comparison of an analysed corpus")
	}
	if _, err := Compare(ctx, st, []int64{ids[0]}); !errors.Is(err, data.ErrInvalid) {
		t.Errorf("one article: err = %v, want ErrInvalid", err)
	}
	if _, err := Compare(ctx, st, []int64{ids[0], 999}); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("missing article: err = %v, want ErrNotFound", err)
	}
}

// The seeds imported into a corpus of their own: 000+002 and 001+004 are
// the stories, 003 stands alone.
func TestGroupSeedsInStore(t *testing.T) {
	files := sharedtest.Seeds(t)
	st := storyStore(t)
	var arts [][3]string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
		arts = append(arts, [3]string{"", title, body})
	}
	ids := addArticles(t, st, "", arts...)
	if err := GroupNew(context.Background(), st, ids); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprint([]int64{ids[0], ids[2]}) + " " + fmt.Sprint([]int64{ids[1], ids[4]})
	if got := storySets(t, st); got != want {
		t.Errorf("stories = %s, want %s", got, want)
	}
}

// snnStore imports SaudiNewsNet into a fresh corpus without the analysis
// and grouping stages and returns it with its article IDs.
func snnStore(b *testing.B) (*store.Store, []int64) {
	b.Helper()
	zips := saudiNewsNet(b)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "snn.marsad"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if _, err := Import(ctx, st, zips, ImportOptions{Stages: []Stage{}}); err != nil {
		b.Fatal(err)
	}
	ids, err := st.Pending(ctx, store.StageStories, 1, 1<<30)
	if err != nil {
		b.Fatal(err)
	}
	return st, ids
}

// BenchmarkRegroupSaudiNewsNet signs and groups the whole SaudiNewsNet
// corpus in its store, as "marsad stories --regroup" does.
func BenchmarkRegroupSaudiNewsNet(b *testing.B) {
	st, ids := snnStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if err := Regroup(ctx, st); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	sts, _ := st.Stories(ctx)
	b.ReportMetric(float64(len(ids)), "articles")
	b.ReportMetric(float64(len(sts)), "stories")
}

// BenchmarkGroupNewSaudiNewsNet groups the corpus the way an import does:
// the stories stage on one batch of 500 articles after another.
func BenchmarkGroupNewSaudiNewsNet(b *testing.B) {
	st, ids := snnStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		if _, err := st.DB().ExecContext(ctx, "DELETE FROM story_members; DELETE FROM stories"); err != nil {
			b.Fatal(err)
		}
		stage := StoriesStage()
		b.StartTimer()
		for start := 0; start < len(ids); start += 500 {
			if err := stage.Run(ctx, st, ids[start:min(start+500, len(ids))]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	sts, _ := st.Stories(ctx)
	b.ReportMetric(float64(len(sts)), "stories")
}
