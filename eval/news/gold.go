// Package news scores Marsad's analysis on real news: SaudiNewsNet
// articles annotated from their text by a careful coder (speakers, their
// surface forms, stance with evidence, full actor lists, pairs of forms
// that must and must not merge).
//
// Two layouts of gold are read. The shared development gold
// (shared/gold/dev_2015.json) quotes the article: forms and evidence are
// strings. The project's own gold (eval/gold/*.json) quotes nothing: each
// form and evidence is a reference [field, start, end] — "t" title, "c"
// content or "a" author, byte offsets into that field of the record — and
// is resolved against the archive when it is read, so no article text is
// kept in the project.
package news

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"marsad/data/analyze"
)

// Ref is a quoted stretch of an article: its text, and where it is when
// the gold gives offsets.
type Ref struct {
	Text       string
	Field      string // "t", "c" or "a"; "" when the gold quoted the text
	Start, End int
}

// UnmarshalJSON reads a string or a [field, start, end] reference.
func (r *Ref) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &r.Text)
	}
	var a []any
	if err := json.Unmarshal(b, &a); err != nil || len(a) != 3 {
		return fmt.Errorf("want a string or [field, start, end], got %s", b)
	}
	f, ok1 := a[0].(string)
	s, ok2 := a[1].(float64)
	e, ok3 := a[2].(float64)
	if !ok1 || !ok2 || !ok3 {
		return fmt.Errorf("want [field, start, end], got %s", b)
	}
	r.Field, r.Start, r.End = f, int(s), int(e)
	return nil
}

// MarshalJSON writes the reference form when there is one.
func (r Ref) MarshalJSON() ([]byte, error) {
	if r.Field != "" {
		return json.Marshal([]any{r.Field, r.Start, r.End})
	}
	return json.Marshal(r.Text)
}

// Speaker is an actor who takes (or not) a position in an article.
type Speaker struct {
	Forms    []Ref    `json:"forms"`
	Kind     string   `json:"kind"`
	Stance   *string  `json:"stance"` // nil: speaks, but not on the topic
	Accept   []string `json:"accept,omitempty"`
	Evidence []Ref    `json:"evidence"`
	Role     string   `json:"role,omitempty"`
	Via      string   `json:"via,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// Actor is one actor of an article's full actor list.
type Actor struct {
	Kind     string `json:"kind"`
	Forms    []Ref  `json:"forms"`
	Optional bool   `json:"optional,omitempty"`
}

// Article is the gold of one article, keyed by its url in File.Articles.
type Article struct {
	Source   string                         `json:"source"`
	Date     string                         `json:"date_extracted"`
	Archive  string                         `json:"archive"`
	Genre    string                         `json:"genre"`
	Topic    string                         `json:"topic"`
	Speakers map[string]*Speaker            `json:"speakers"`
	Also     map[string]map[string]*Speaker `json:"also,omitempty"`
	Actors   map[string]*Actor              `json:"actors,omitempty"`

	url    string
	record map[string]string // the archive record: title, content, author, …
}

// Topic is a topic of the gold: what stance is about.
type Topic struct {
	Name     string   `json:"name"`
	NameEn   string   `json:"name_en"`
	Keywords []string `json:"keywords"`
}

// File is one gold file.
type File struct {
	Name         string              `json:"-"`
	Topics       map[string]Topic    `json:"topics,omitempty"`
	Articles     map[string]*Article `json:"articles"`
	MustMerge    [][]string          `json:"aliases_that_must_merge"`
	MustNotMerge [][]string          `json:"aliases_that_must_not_merge"`
}

// Load reads a gold file and the archive records of its articles from
// corpusDir (the folder of the SaudiNewsNet zips), resolving references.
func Load(path, corpusDir string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f := &File{Name: filepath.Base(path)}
	if err := json.Unmarshal(b, f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	recs, err := readRecords(corpusDir, f.Articles)
	if err != nil {
		return nil, err
	}
	for url, a := range f.Articles {
		a.url = url
		a.record = recs[url]
		if a.record == nil {
			return nil, fmt.Errorf("%s: %s: no record %s in the archives", path, url, a.Archive)
		}
		if err := a.resolve(); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, url, err)
		}
	}
	return f, nil
}

// URLs returns the articles' urls, sorted.
func (f *File) URLs() []string {
	out := make([]string, 0, len(f.Articles))
	for u := range f.Articles {
		out = append(out, u)
	}
	sort.Strings(out)
	return out
}

func (a *Article) field(f string) string {
	switch f {
	case "t":
		return a.record["title"]
	case "a":
		return a.record["author"]
	}
	return a.record["content"]
}

// resolve fills the text of offset references and checks quoted ones.
func (a *Article) resolve() error {
	fix := func(r *Ref) error {
		if r.Field == "" {
			return nil
		}
		s := a.field(r.Field)
		if r.Start < 0 || r.End > len(s) || r.Start >= r.End {
			return fmt.Errorf("reference %s[%d:%d] out of range", r.Field, r.Start, r.End)
		}
		r.Text = s[r.Start:r.End]
		return nil
	}
	for _, sp := range a.allSpeakers() {
		for i := range sp.s.Forms {
			if err := fix(&sp.s.Forms[i]); err != nil {
				return err
			}
		}
		for i := range sp.s.Evidence {
			if err := fix(&sp.s.Evidence[i]); err != nil {
				return err
			}
		}
	}
	for _, ac := range a.Actors {
		for i := range ac.Forms {
			if err := fix(&ac.Forms[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// topicSpeaker is a gold speaker with the topic it is scored on.
type topicSpeaker struct {
	key, topic string
	s          *Speaker
}

// allSpeakers returns the speakers on the article's topic, then those of
// also, in key order.
func (a *Article) allSpeakers() []topicSpeaker {
	var out []topicSpeaker
	for _, k := range slices.Sorted(maps.Keys(a.Speakers)) {
		out = append(out, topicSpeaker{k, a.Topic, a.Speakers[k]})
	}
	for _, t := range slices.Sorted(maps.Keys(a.Also)) {
		for _, k := range slices.Sorted(maps.Keys(a.Also[t])) {
			out = append(out, topicSpeaker{k, t, a.Also[t][k]})
		}
	}
	return out
}

// readRecords reads the archive records the articles name (zip#index),
// checking each url.
func readRecords(dir string, arts map[string]*Article) (map[string]map[string]string, error) {
	byZip := map[string][]string{}
	for url, a := range arts {
		z, _, ok := strings.Cut(a.Archive, "#")
		if !ok {
			return nil, fmt.Errorf("%s: archive %q: want zip#index", url, a.Archive)
		}
		byZip[z] = append(byZip[z], url)
	}
	out := map[string]map[string]string{}
	for _, z := range slices.Sorted(maps.Keys(byZip)) {
		recs, err := ReadArchive(filepath.Join(dir, z))
		if err != nil {
			return nil, err
		}
		for _, url := range byZip[z] {
			_, idx, _ := strings.Cut(arts[url].Archive, "#")
			i, err := strconv.Atoi(idx)
			if err != nil || i < 0 || i >= len(recs) {
				return nil, fmt.Errorf("%s: archive %q: no such record", url, arts[url].Archive)
			}
			if recs[i]["url"] != url {
				return nil, fmt.Errorf("%s: record %s has url %s", url, arts[url].Archive, recs[i]["url"])
			}
			out[url] = recs[i]
		}
	}
	return out, nil
}

// ReadArchive reads the JSON array of records of one SaudiNewsNet zip.
func ReadArchive(path string) ([]map[string]string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	for _, m := range zr.File {
		if !strings.HasSuffix(m.Name, ".json") {
			continue
		}
		rc, err := m.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		var recs []map[string]string
		if err := json.Unmarshal(b, &recs); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return recs, nil
	}
	return nil, fmt.Errorf("%s: no JSON member", path)
}

// ToOffsets turns a quoting gold file into the reference layout: every
// form and evidence becomes [field, start, end] (its first occurrence in
// the title, the content, or the author field), and the titles and notes
// that quote the article are left out.
func ToOffsets(f *File) error {
	for _, url := range f.URLs() {
		a := f.Articles[url]
		conv := func(r *Ref, authorFirst bool) error {
			if r.Field != "" {
				return nil
			}
			order := []string{"c", "t", "a"}
			if authorFirst {
				order = []string{"a", "c", "t"}
			}
			for _, fl := range order {
				if i := strings.Index(a.field(fl), r.Text); i >= 0 && r.Text != "" {
					r.Field, r.Start, r.End = fl, i, i+len(r.Text)
					return nil
				}
			}
			return fmt.Errorf("%s: %q is not in the record", url, r.Text)
		}
		for _, sp := range a.allSpeakers() {
			for i := range sp.s.Forms {
				if err := conv(&sp.s.Forms[i], sp.s.Role == "author"); err != nil {
					return err
				}
			}
			for i := range sp.s.Evidence {
				if err := conv(&sp.s.Evidence[i], false); err != nil {
					return err
				}
			}
		}
		for _, ac := range a.Actors {
			for i := range ac.Forms {
				if err := conv(&ac.Forms[i], false); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// LoadTopics reads the topics file of the project's gold: a JSON object
// of topics by letter.
func LoadTopics(path string) (map[string]Topic, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ts map[string]Topic
	if err := json.Unmarshal(b, &ts); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ts, nil
}

// Split parts the articles in two, in url order: every k-th one goes to
// the first file, the others to the second.
func (f *File) Split(k int) (*File, *File) {
	a := &File{Name: f.Name + " (1 in " + strconv.Itoa(k) + ")", Topics: f.Topics, Articles: map[string]*Article{}}
	b := &File{Name: f.Name + " (the rest)", Topics: f.Topics, Articles: map[string]*Article{}}
	for i, u := range f.URLs() {
		if i%k == 0 {
			a.Articles[u] = f.Articles[u]
		} else {
			b.Articles[u] = f.Articles[u]
		}
	}
	return a, b
}

// SharedDir is the shared reference folder: flagged when given, else
// $MARSAD_SHARED, else ../shared.
func SharedDir(flagged string) string {
	if flagged != "" {
		return flagged
	}
	if d := os.Getenv("MARSAD_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "shared")
}

// CorpusDir is where the SaudiNewsNet archives are in the shared folder.
func CorpusDir(shared string) string { return filepath.Join(shared, "corpora", "saudinewsnet") }

// NewAnalyzer builds the analyser of the evaluation: the shipped lexicon
// and the topics of dir/gold/topics.json.
func NewAnalyzer(dir string) (*analyze.Analyzer, analyze.Lexicon, error) {
	lx, err := analyze.DefaultLexicon()
	if err != nil {
		return nil, lx, err
	}
	topics, err := LoadTopics(filepath.Join(dir, "gold", "topics.json"))
	if err != nil {
		return nil, lx, err
	}
	return analyze.New(lx, Topics(topics)), lx, nil
}
