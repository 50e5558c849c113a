package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// furnitureRe matches class, id and role values of page furniture.
var furnitureRe = regexp.MustCompile(`(?i)(^|[\s_-])(nav|navbar|navigation|menu|share|sharing|social|comments?|footer|header|sidebar|related|breadcrumbs?|tags|newsletter|advert|ads|ad|promo|subscribe|cookies?|popup|modal|widget|print|font|toolbar|masthead|banner|most-read|read-more|see-also|also|more|author-box|login)([\s_-]|$)`)

// bodyClassRe matches class or id values of an article's text container.
var bodyClassRe = regexp.MustCompile(`(?i)(article|entry|post|story|news|details?)[-_]?(body|content|text|details?)`)

// captionClassRe matches class values of photo captions outside
// figcaption (wp-caption-text, image-caption, photo-caption).
var captionClassRe = regexp.MustCompile(`(?i)(^|[\s_-])caption([\s_-]|$)|caption-text|img-desc|image-desc|photo-desc`)

// skipTags are elements whose text is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Svg: true, atom.Button: true, atom.Select: true,
	atom.Template: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Input: true,
	atom.Textarea: true, atom.Menu: true, atom.Head: true, atom.Title: true, atom.H1: true,
}

// inlineTags continue the current paragraph; other elements start one.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Span: true, atom.B: true, atom.Strong: true, atom.I: true, atom.Em: true, atom.U: true,
	atom.Small: true, atom.Sub: true, atom.Sup: true, atom.Mark: true, atom.Abbr: true, atom.Cite: true,
	atom.Q: true, atom.Time: true, atom.Font: true, atom.Bdi: true, atom.Bdo: true, atom.Code: true,
	atom.S: true, atom.Del: true, atom.Ins: true, atom.Label: true, atom.Img: true,
}

// isFurniture reports whether an element is navigation, a share bar,
// comments or the like.
func isFurniture(n *html.Node) bool {
	if skipTags[n.DataAtom] {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "menu":
		return true
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		return false
	}
	cls := attr(n, "class") + " " + attr(n, "id")
	return furnitureRe.MatchString(cls) && !bodyClassRe.MatchString(cls)
}

// mainText returns the paragraphs of the page's article text.
func mainText(doc *html.Node) []para {
	root := findContainer(doc)
	if root == nil {
		return nil
	}
	var tb textBuilder
	tb.walk(root)
	tb.flush()
	return tb.paras
}

// htmlParagraphs returns the paragraphs of a fragment of HTML (a text
// field that kept its tags), page furniture left out.
func htmlParagraphs(fragment string) []para {
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		return splitParagraphs(fragment)
	}
	var tb textBuilder
	tb.walk(doc)
	tb.flush()
	return tb.paras
}

// findContainer picks the element holding the article: itemprop
// articleBody, else the <article> with most paragraph text, else an
// element whose class names an article body, else the element whose
// paragraphs hold the most text, else <body>.
func findContainer(doc *html.Node) *html.Node {
	var byProp, byClass, body *html.Node
	var articles []*html.Node
	scores := map[*html.Node]int{}
	order := map[*html.Node]int{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		order[n] = len(order)
		if n.Type == html.ElementNode {
			if n.DataAtom != atom.Body && n.DataAtom != atom.Html && isFurniture(n) {
				return
			}
			switch {
			case n.DataAtom == atom.Body:
				body = n
			case strings.EqualFold(attr(n, "itemprop"), "articleBody") && byProp == nil:
				byProp = n
			case n.DataAtom == atom.Article:
				articles = append(articles, n)
			case byClass == nil && bodyClassRe.MatchString(attr(n, "class")+" "+attr(n, "id")):
				byClass = n
			}
			if n.DataAtom == atom.P && n.Parent != nil {
				l := len(nodeText(n))
				scores[n.Parent] += l
				if n.Parent.Parent != nil {
					scores[n.Parent.Parent] += l / 2
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if byProp != nil {
		return byProp
	}
	if best := longest(articles); best != nil {
		return best
	}
	if byClass != nil {
		return byClass
	}
	var best *html.Node
	for n, s := range scores {
		if best == nil || s > scores[best] || (s == scores[best] && order[n] < order[best]) {
			best = n
		}
	}
	if best != nil && scores[best] >= 200 {
		return best
	}
	return body
}

// longest returns the node with the most text, the first of equals.
func longest(nodes []*html.Node) *html.Node {
	var best *html.Node
	bestLen := -1
	for _, n := range nodes {
		if l := len(nodeText(n)); l > bestLen {
			best, bestLen = n, l
		}
	}
	return best
}

// textBuilder gathers paragraphs from a tree of elements.
type textBuilder struct {
	paras   []para
	cur     strings.Builder
	caption int // depth inside figcaption
}

func (tb *textBuilder) flush() {
	if t := collapseSpaces(tb.cur.String()); t != "" {
		tb.paras = append(tb.paras, para{text: t, caption: tb.caption > 0})
	}
	tb.cur.Reset()
}

func (tb *textBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		tb.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if isFurniture(n) {
			return
		}
		if n.DataAtom == atom.Br {
			tb.flush()
			return
		}
	}
	block := n.Type == html.ElementNode && !inlineTags[n.DataAtom]
	if block {
		tb.flush()
	}
	if n.DataAtom == atom.Figcaption || (n.Type == html.ElementNode && captionClassRe.MatchString(attr(n, "class"))) {
		tb.caption++
		defer func() { tb.caption-- }()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		tb.walk(c)
	}
	if block {
		tb.flush()
	}
}
