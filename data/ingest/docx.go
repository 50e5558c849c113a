package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"marsad/data"
)

const (
	maxDocxPart  = 64 << 20 // largest part of a Word file read
	confDocxDate = 0.7      // a Word file's creation date stands for the article's
)

// readDocx reads a Word (.docx) file: the paragraphs of
// word/document.xml, and title, author and date from docProps/core.xml.
func readDocx(name string, content []byte, outlets *Outlets) (*data.Article, error) {
	zr, err := zip.NewReader(bytes.NewReader(content), int64(len(content)))
	if err != nil {
		return nil, fmt.Errorf("not a valid Word document: %w", err)
	}
	var doc, core []byte
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			doc, err = readPart(f)
		case "docProps/core.xml":
			core, _ = readPart(f) // properties are optional
		}
		if err != nil {
			return nil, fmt.Errorf("not a valid Word document: %w", err)
		}
	}
	if doc == nil {
		return nil, errors.New("not a valid Word document: no word/document.xml")
	}
	paras, err := docxParagraphs(doc)
	if err != nil {
		return nil, fmt.Errorf("not a valid Word document: %w", err)
	}
	m := coreProperties(core)
	a, err := buildParas(name, m, paras, outlets)
	if err == errNoText {
		return nil, errors.New("no text (the document is empty)")
	}
	return a, err
}

func readPart(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > maxDocxPart {
		return nil, fmt.Errorf("%s is too large", f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxDocxPart+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxDocxPart {
		return nil, fmt.Errorf("%s is too large", f.Name)
	}
	return b, nil
}

// docxParagraphs returns the text of each w:p, with w:tab as a space and
// w:br as a paragraph break.
func docxParagraphs(doc []byte) ([]para, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	var paras []para
	var cur strings.Builder
	inText := false
	flush := func() {
		if t := collapseSpaces(cur.String()); t != "" {
			paras = append(paras, para{text: t})
		}
		cur.Reset()
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				cur.WriteByte(' ')
			case "br", "cr":
				flush()
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				flush()
			}
		case xml.CharData:
			if inText {
				cur.Write(t)
			}
		}
	}
	flush()
	return paras, nil
}

// coreProperties reads title, creator and creation date.
func coreProperties(core []byte) meta {
	var m meta
	if core == nil {
		return m
	}
	var props struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
		Created string `xml:"created"`
	}
	if xml.Unmarshal(core, &props) != nil {
		return m
	}
	m.Title, m.Author, m.Date = props.Title, props.Creator, props.Created
	m.DateConf = confDocxDate
	return m
}
