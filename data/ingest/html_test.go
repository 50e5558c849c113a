package ingest

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestHTMLLayouts(t *testing.T) {
	const para1 = "أعلنت وزارة التربية عن جدول امتحانات الثانوية العامة الذي يبدأ في الأسبوع الأول من يونيو المقبل بمشاركة أكثر من نصف مليون طالب."
	const para2 = "وقال الوزير إن الوزارة جهزت ألفي مركز للامتحانات في جميع المحافظات مع مراعاة الإجراءات الصحية."
	tests := []struct {
		name, page string
		title      string
	}{
		{"paragraphs in a div, no article element",
			`<html><head><title>جدول الامتحانات - اليوم السابع</title></head><body>
			<div class="menu"><a>الرئيسية</a><a>حوادث</a></div>
			<div class="col"><div class="news"><h1>جدول الامتحانات</h1><p>` + para1 + `</p><p>` + para2 + `</p></div>
			<div class="social-share">فيسبوك تويتر</div></div>
			<div id="comments"><p>تعليق طويل من أحد القراء لا علاقة له بالخبر ولا ينبغي أن يظهر في النص المحفوظ أبدا مهما كان طوله.</p></div>
			</body></html>`, "جدول الامتحانات"},
		{"text with line breaks in an article-body div",
			`<html><body><div class="article-body">` + para1 + `<br><br>` + para2 + `</div><footer>حقوق النشر</footer></body></html>`, ""},
		{"itemprop articleBody wins",
			`<html><head><meta property="og:title" content="امتحانات الثانوية"></head><body><div itemprop="articleBody"><p>` + para1 + `</p><p>` + para2 +
				`</p></div><div class="sidebar"><p>الأكثر قراءة اليوم في الموقع وأخبار أخرى كثيرة ومتنوعة لا تخص هذا الخبر بأي حال.</p></div></body></html>`, "امتحانات الثانوية"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readOne(t, "page.html", []byte(tt.page))
			if a.Body != para1+"\n"+para2 {
				t.Errorf("body = %q", a.Body)
			}
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
		})
	}
}

func TestHTMLCaptionClass(t *testing.T) {
	page := `<html><body><article><div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">المتظاهرون في ساحة التحرير</p></div>
	<p>خرج آلاف المتظاهرين إلى ساحة التحرير للمطالبة بإصلاحات اقتصادية وسياسية.</p></article></body></html>`
	a := readOne(t, "page.html", []byte(page))
	if got := captions(a); len(got) != 1 || got[0] != "المتظاهرون في ساحة التحرير" {
		t.Errorf("captions = %q, want the wp-caption text", got)
	}
}

func TestHTMLWindows1256(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>خبر قديم</title></head><body><p>نص خبر قديم محفوظ بترميز عربي قديم من مواقع الأخبار.</p></body></html>`
	b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	a := readOne(t, "old.htm", b)
	if a.Title != "خبر قديم" || !strings.HasPrefix(a.Body, "نص خبر قديم") {
		t.Errorf("title %q body %q", a.Title, a.Body)
	}
}
