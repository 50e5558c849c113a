package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"unicode/utf8"

	"marsad/data"
	"marsad/data/arabic"
)

var errNoText = errors.New("no text")

// meta is what a file's own fields say about an article.
type meta struct {
	Title, Source, Author, URL, Date string
	DateConf                         float64 // for Date; 0 means 1
}

// Hash returns the dedupe key of an article body: the hex SHA-256 of its
// normalised text with white space collapsed, so that the same article in
// another encoding, layout or file name gets the same key.
func Hash(body string) string {
	norm := arabic.AppendNormalize(make([]byte, 0, len(body)), body)
	out := norm[:0] // collapsing only shortens, so it can work in place
	space := false
	for i := 0; i < len(norm); {
		r, size := utf8.DecodeRune(norm[i:])
		if isSpace(r) {
			space = len(out) > 0
		} else {
			if space {
				out = append(out, ' ')
				space = false
			}
			out = append(out, norm[i:i+size]...)
		}
		i += size
	}
	sum := sha256.Sum256(out)
	return hex.EncodeToString(sum[:])
}

// build makes an article from a text and the metadata its file gave:
// boilerplate removed, captions marked, and title, source, author and date
// taken from the metadata or else read from the text.
func build(file string, m meta, text string, outlets *Outlets) (*data.Article, error) {
	return buildParas(file, m, splitParagraphs(text), outlets)
}

// buildParas is build for text already split into paragraphs, some of
// them perhaps known to be captions.
func buildParas(file string, m meta, paras []para, outlets *Outlets) (*data.Article, error) {
	paras = stripBoilerplate(paras)
	m, paras = headerFields(paras, m)
	if len(paras) == 0 {
		return nil, errNoText
	}
	markCaptions(paras, outlets)
	a := &data.Article{File: file, URL: cleanField(m.URL), Author: cleanAuthor(m.Author)}
	a.Source = cleanField(m.Source)
	if name, ok := outlets.Match(a.Source); ok {
		a.Source = name
	}
	if a.Source == "" && a.URL != "" {
		a.Source, _ = outlets.Match(a.URL)
	}
	if a.Source == "" || a.Author == "" {
		var at attribution
		if at, paras = findAttribution(paras, outlets); at.source != "" {
			a.Source = cmpOr(a.Source, at.source)
			a.Author = cmpOr(a.Author, at.author)
		}
	}
	a.Title, paras = pickTitle(cleanField(m.Title), paras)
	if len(paras) == 0 {
		return nil, errNoText
	}
	setDate(a, m, paras)
	a.Body, a.Marks = joinParagraphs(paras)
	a.Hash = Hash(a.Body)
	a.Words = arabic.CountWords(a.Body)
	return a, nil
}

// pickTitle returns the article's title and the paragraphs of its body.
func pickTitle(title string, paras []para) (string, []para) {
	if title != "" {
		if len(paras[0].text) <= 2*len(title)+16 && arabic.Normalize(paras[0].text) == arabic.Normalize(title) {
			paras = paras[1:]
		}
		return title, paras
	}
	for k := 0; k < len(paras)-1 && k < 3; k++ {
		p := paras[k]
		if p.caption || isDateLine(p.text) {
			continue // a date line or photo above the headline
		}
		if isHeadline(p.text) {
			return p.text, append(paras[:k:k], paras[k+1:]...)
		}
		break
	}
	for _, p := range paras {
		if !p.caption && !isDateLine(p.text) {
			return shortTitle(p.text), paras
		}
	}
	return shortTitle(paras[0].text), paras
}

func setDate(a *data.Article, m meta, paras []para) {
	if d, ok := parseMetaDate(m.Date); ok {
		a.Date, a.DateOrigin, a.DateConfidence = d, data.DateMetadata, 1
		if m.DateConf > 0 {
			a.DateConfidence = m.DateConf
		}
		return
	}
	if d, ok := textDate(paras); ok {
		a.Date, a.DateOrigin, a.DateConfidence = d.date, d.origin, d.conf
		return
	}
	a.DateOrigin = data.DateUnknown
}

// joinParagraphs makes the body, one paragraph per line, and the marks
// of its captions.
func joinParagraphs(paras []para) (string, []data.Mark) {
	var b strings.Builder
	n := len(paras)
	for _, p := range paras {
		n += len(p.text)
	}
	b.Grow(n)
	var marks []data.Mark
	for i, p := range paras {
		if i > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(p.text)
		if p.caption {
			marks = append(marks, data.Mark{Kind: data.MarkCaption, Start: start, End: b.Len()})
		}
	}
	return b.String(), marks
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
