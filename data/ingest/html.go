package ingest

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"marsad/data"
)

// page is what a web page says about its article.
type page struct {
	metas     map[string]string // meta property or name (lower case) → content
	title, h1 string
	canonical string
	ld        ldArticle
	root      *html.Node
}

// readHTML reads a web page: the article's main text (not menus, share
// bars or comments), and title, source, author, date and URL from meta
// tags and JSON-LD.
func readHTML(name string, content []byte, outlets *Outlets) (*data.Article, error) {
	text, err := htmlText(content)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, err // html.Parse only fails on reader errors
	}
	p := &page{metas: map[string]string{}, root: doc}
	p.scan(doc)
	paras := mainText(doc)
	if body := p.ld.body; textLen(paras)*2 < utf8.RuneCountInString(body) {
		paras = splitParagraphs(body)
	}
	m := meta{
		Title:  firstOf(p.metas["og:title"], p.metas["twitter:title"], p.ld.headline, p.h1, p.title),
		Source: firstOf(p.metas["og:site_name"], p.ld.publisher, p.metas["application-name"]),
		Author: firstOf(notURL(p.metas["author"]), notURL(p.metas["article:author"]), p.ld.author, p.metas["dc.creator"]),
		URL:    firstOf(p.metas["og:url"], p.canonical, p.ld.url),
		Date: firstOf(p.metas["article:published_time"], p.ld.published, p.metas["datepublished"], p.metas["og:published_time"],
			p.metas["date"], p.metas["pubdate"], p.metas["publishdate"], p.metas["publish-date"], p.metas["dc.date"],
			p.metas["dc.date.issued"], p.metas["parsely-pub-date"], p.metas["sailthru.date"], timeIn(p.root)),
	}
	m.Title = trimSiteSuffix(m.Title, m.Source, outlets)
	a, err := buildParas(name, m, paras, outlets)
	if err == errNoText {
		return nil, errors.New("no article text found in the page")
	}
	return a, err
}

// htmlText decodes a page: by its declared charset when it has one, else
// by sniffing like a text file.
func htmlText(b []byte) (string, error) {
	if utf8.Valid(b) && !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
		if bytes.IndexByte(b, 0) >= 0 {
			return "", errBinary
		}
		return string(b), nil
	}
	if e, _, certain := charset.DetermineEncoding(b, "text/html"); certain {
		if out, err := e.NewDecoder().Bytes(b); err == nil {
			return checkTextOnly(string(out))
		}
	}
	text, _, err := Decode(b)
	return text, err
}

func checkTextOnly(s string) (string, error) {
	t, _, err := checkText(s, UTF8)
	return t, err
}

// scan collects meta tags, the title, the first h1, the canonical link
// and JSON-LD.
func (p *page) scan(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if _, seen := p.metas[key]; key != "" && !seen {
				p.metas[key] = strings.TrimSpace(attr(n, "content"))
			}
		case atom.Title:
			if p.title == "" {
				p.title = nodeText(n)
			}
		case atom.H1:
			if p.h1 == "" {
				p.h1 = nodeText(n)
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
				p.canonical = attr(n, "href")
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && p.ld.headline == "" && p.ld.body == "" {
				p.ld = parseLD(nodeText(n))
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c)
	}
}

// trimSiteSuffix drops " | Site" or " - Site" from a page title when the
// part after the bar names the site.
func trimSiteSuffix(title, site string, outlets *Outlets) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if _, ok := outlets.Match(tail); ok || (site != "" && strings.EqualFold(tail, site)) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// timeIn returns the datetime of the first <time> element.
func timeIn(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Time {
		if v := attr(n, "datetime"); v != "" {
			return v
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if v := timeIn(c); v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// nodeText returns all the text under n, spaces collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapseSpaces(b.String())
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

var urlRe = regexp.MustCompile(`^https?://`)

func notURL(s string) string {
	if urlRe.MatchString(s) {
		return ""
	}
	return s
}

func textLen(paras []para) int {
	n := 0
	for _, p := range paras {
		n += utf8.RuneCountInString(p.text)
	}
	return n
}
