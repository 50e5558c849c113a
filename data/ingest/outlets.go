package ingest

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
	"sync"

	"marsad/data/arabic"
	"marsad/resources"
)

// Outlet is one news outlet or agency.
type Outlet struct {
	Name    string   // the name stored as an article's source
	Kind    string   // tv, paper, site, agency, radio; "" when unknown
	Country string   // ISO 3166 code, "" when unknown
	Aliases []string // other names, Arabic or Latin, and crawler ids
	Domains []string // web domains, optionally with a path prefix (bbc.com/arabic)
}

// Outlets is a list of known outlets that names, ids, domains and URLs are
// matched against. It is not safe to Add while other goroutines Match.
type Outlets struct {
	list     []Outlet
	byKey    map[string]int // normalised name or alias → index in list
	byDomain map[string]int
}

// NewOutlets returns an empty list.
func NewOutlets() *Outlets {
	return &Outlets{byKey: map[string]int{}, byDomain: map[string]int{}}
}

// LoadOutlets reads outlets from TSV lines: name, kind, country, other
// names separated by |, domains separated by |; # starts a comment. Only
// the name is required.
func LoadOutlets(r io.Reader) (*Outlets, error) {
	o := NewOutlets()
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		f := strings.Split(text, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		name := strings.TrimSpace(f[0])
		if outletKey(name) == "" {
			return nil, fmt.Errorf("load outlets line %d: no name", line)
		}
		o.add(Outlet{Name: name, Kind: strings.TrimSpace(f[1]), Country: strings.TrimSpace(f[2]),
			Aliases: splitList(f[3]), Domains: splitList(f[4])})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read outlets: %w", err)
	}
	return o, nil
}

var defaultOutlets = sync.OnceValues(func() (*Outlets, error) {
	b, err := resources.ReadLexicon("outlets.tsv")
	if err != nil {
		return nil, fmt.Errorf("read outlets: %w", err)
	}
	return LoadOutlets(strings.NewReader(string(b)))
})

// DefaultOutlets returns a fresh copy of the shipped outlet list
// (resources/lexicon/outlets.tsv), which the caller may extend with Add.
func DefaultOutlets() *Outlets {
	o, err := defaultOutlets()
	if err != nil {
		panic(err) // the list is embedded at build time and tested
	}
	return o.Clone()
}

// Clone returns an independent copy of the list.
func (o *Outlets) Clone() *Outlets {
	c := NewOutlets()
	for _, out := range o.list {
		c.add(out)
	}
	return c
}

// Add adds an outlet, or more names for a known one. An alias that looks
// like a domain (aljazeera.net) is matched against URLs as well.
func (o *Outlets) Add(name string, aliases ...string) {
	out := Outlet{Name: strings.TrimSpace(name)}
	for _, a := range aliases {
		if isDomainLike(a) {
			out.Domains = append(out.Domains, a)
		} else {
			out.Aliases = append(out.Aliases, a)
		}
	}
	o.add(out)
}

func (o *Outlets) add(out Outlet) {
	idx, ok := o.byKey[outletKey(out.Name)]
	if ok && o.list[idx].Name == out.Name {
		o.list[idx].Aliases = append(o.list[idx].Aliases, out.Aliases...)
		o.list[idx].Domains = append(o.list[idx].Domains, out.Domains...)
	} else {
		idx = len(o.list)
		o.list = append(o.list, out)
	}
	for _, n := range append([]string{out.Name}, out.Aliases...) {
		if k := outletKey(n); k != "" {
			if _, taken := o.byKey[k]; !taken || n == out.Name {
				o.byKey[k] = idx
			}
		}
	}
	for _, d := range out.Domains {
		o.byDomain[strings.ToLower(strings.TrimPrefix(strings.TrimSpace(d), "www."))] = idx
	}
}

// List returns the outlets in the order they were added.
func (o *Outlets) List() []Outlet { return append([]Outlet(nil), o.list...) }

// Match returns the outlet that text names: a name or alias in any
// spelling (hamza, ta marbuta, case), optionally with a word such as
// صحيفة or وكالة around it, a crawler id, a domain or a URL.
func (o *Outlets) Match(text string) (name string, ok bool) {
	if o == nil {
		return "", false
	}
	text = strings.TrimSpace(text)
	if isDomainLike(text) {
		if i, ok := o.matchURL(text); ok {
			return o.list[i].Name, true
		}
	}
	words := arabic.Words(text)
	if len(words) == 0 || len(words) > 8 {
		return "", false
	}
	if i, ok := o.byKey[strings.Join(words, " ")]; ok {
		return o.list[i].Name, true
	}
	words = trimOutletWords(words)
	if i, ok := o.byKey[strings.Join(words, " ")]; ok && len(words) > 0 {
		return o.list[i].Name, true
	}
	return "", false
}

// trimOutletWords drops words such as صحيفة, وكالة, نت around a name.
func trimOutletWords(words []string) []string {
	lex := textLexicon()
	for changed := true; changed && len(words) > 1; {
		changed = false
		for n := min(3, len(words)-1); n >= 1; n-- {
			if lex.outletWord[strings.Join(words[:n], " ")] {
				words, changed = words[n:], true
				break
			}
			if lex.outletWord[strings.Join(words[len(words)-n:], " ")] {
				words, changed = words[:len(words)-n], true
				break
			}
		}
	}
	return words
}

// matchURL finds the outlet of a URL or bare domain, trying the host with
// its first path segment, the host, then its parent domains.
func (o *Outlets) matchURL(s string) (int, bool) {
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Hostname() == "" {
		return 0, false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if seg, _, _ := strings.Cut(strings.TrimPrefix(u.Path, "/"), "/"); seg != "" {
		if i, ok := o.byDomain[host+"/"+strings.ToLower(seg)]; ok {
			return i, true
		}
	}
	for h := host; strings.Contains(h, "."); {
		if i, ok := o.byDomain[h]; ok {
			return i, true
		}
		_, h, _ = strings.Cut(h, ".")
	}
	return 0, false
}

func outletKey(s string) string { return strings.Join(arabic.Words(s), " ") }

func isDomainLike(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, " \t") || !strings.Contains(s, ".") {
		return false
	}
	return !arabic.HasArabic(strings.SplitN(strings.TrimPrefix(strings.TrimPrefix(s, "http://"), "https://"), "/", 2)[0])
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
