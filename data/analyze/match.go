package analyze

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"marsad/data/arabic"
)

// gap flags: what stands between a token and the one before it.
const (
	gapComma = 1 << iota // ، , ;
	gapStop              // . ! ? ؟ ؛ …
	gapColon             // :
	gapQuote             // « » " “ ” '
	gapParen             // ( ) [ ]
	gapDash              // - – —
	gapLine              // a line break
	gapOther             // anything else that is not a space
)

// tok is one word of a text with the keys the analyser matches it by.
type tok struct {
	arabic.Token
	fold string // arabic.FoldForeign(Norm)
	key  string // article stripped, nisba forms made one: the key of a non-first name word
	gap  int    // gap flags before the token
}

// prepare tokenises s and computes the keys of its words.
func (a *Analyzer) prepare(s string) []tok {
	ts := arabic.Tokens(s)
	out := make([]tok, len(ts))
	prev := 0
	for i, t := range ts {
		f := arabic.FoldForeign(t.Norm)
		out[i] = tok{Token: t, fold: f, key: a.canon(arabic.StripArticle(f)), gap: gapFlags(s[prev:t.Start])}
		prev = t.End
	}
	return out
}

func gapFlags(s string) int {
	g := 0
	for _, r := range s {
		switch r {
		case ' ', '\t', 0x200F, 0x200E, 0xA0:
		case '،', ',', ';':
			g |= gapComma
		case '.', '!', '?', '؟', '؛', '…':
			g |= gapStop
		case ':':
			g |= gapColon
		case '«', '»', '"', '“', '”', '\'', '‘', '’', '„':
			g |= gapQuote
		case '(', ')', '[', ']':
			g |= gapParen
		case '-', '–', '—':
			g |= gapDash
		case '\n', '\r':
			g |= gapLine
		default:
			if !unicode.IsSpace(r) {
				g |= gapOther
			}
		}
	}
	return g
}

// joined reports whether nothing but spaces and quotes separates the
// token from the one before it, so that both can be words of one name.
func (t *tok) joined() bool { return t.gap&^gapQuote == 0 }

// canon maps a nisba form to one key per state so that الأمريكية and
// الأميركي match; other keys are returned as they are.
func (a *Analyzer) canon(k string) string {
	if st, ok := a.nisba[k]; ok {
		return "#" + st
	}
	return k
}

// phrase is one entry of a matcher: the keys of its words after the
// first, and its value.
type phrase[T any] struct {
	rest []string
	val  T
	art  int8 // artYes, artNo: whether the first word was written with the article; 0: not checked
}

// Whether a word carries the article (or a clitic and the article).
const (
	artYes int8 = 1
	artNo  int8 = 2
)

// wordArt tells whether a folded word is written with the article, once
// a conjunction or a preposition is set aside: الأسد، بالأسد، والأسد are;
// فاسد، لنصرة، سيول are not.
func wordArt(f string) int8 {
	if arabic.StripArticle(f) != f {
		return artYes
	}
	for _, set := range []string{"وف", "بلك"} {
		r, size := utf8.DecodeRuneInString(f)
		if size == 0 || !strings.ContainsRune(set, r) {
			continue
		}
		f = f[size:]
		if arabic.StripArticle(f) != f {
			return artYes
		}
	}
	return artNo
}

// matcher finds the longest phrase starting at a token, keyed by word.
type matcher[T any] struct {
	first map[string][]phrase[T]
	// the same phrases by their first two keys, and the one-word ones by
	// their key: a gazetteer lists many names that start with محمد
	two map[[2]string][]phrase[T]
	one map[string][]phrase[T]
}

func newMatcher[T any]() matcher[T] {
	return matcher[T]{first: map[string][]phrase[T]{}, two: map[[2]string][]phrase[T]{}, one: map[string][]phrase[T]{}}
}

func (m *matcher[T]) add(keys []string, v T) { m.addArt(keys, v, 0) }

// addArt adds a phrase that a token matches only when it carries the
// article as the phrase's first word does (art artYes or artNo): سيول
// (Seoul) is not السيول (the floods), nor الأسد فاسد.
func (m *matcher[T]) addArt(keys []string, v T, art int8) {
	if len(keys) == 0 || keys[0] == "" {
		return
	}
	p := phrase[T]{rest: keys[1:], val: v, art: art}
	m.first[keys[0]] = append(m.first[keys[0]], p)
	if len(p.rest) == 0 {
		m.one[keys[0]] = append(m.one[keys[0]], p)
	} else {
		k := [2]string{keys[0], keys[1]}
		m.two[k] = append(m.two[k], p)
	}
}

// sort puts the longest phrases first, so that a match is the longest.
func (m *matcher[T]) sort() {
	for _, ps := range m.first {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].rest) > len(ps[j].rest) })
	}
	for _, ps := range m.two {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].rest) > len(ps[j].rest) })
	}
}

// match returns the longest phrase whose first word has one of the keys
// firsts and whose other words have, in order, the keys rest(toks[k]) of
// the tokens that follow i, joined to it by spaces or quotes. n is the
// number of tokens matched.
func (m *matcher[T]) match(toks []tok, i int, firsts []string, rest func(*tok) string) (v T, n int, ok bool) {
	next := ""
	if i+1 < len(toks) && toks[i+1].joined() {
		next = rest(&toks[i+1])
	}
	var art int8
	for _, f := range firsts {
		if next != "" {
			for _, p := range m.two[[2]string{f, next}] {
				if i+1+len(p.rest) > len(toks) {
					continue
				}
				if p.art != 0 {
					if art == 0 {
						art = wordArt(toks[i].fold)
					}
					if p.art != art {
						continue
					}
				}
				good := true
				for k := 1; k < len(p.rest); k++ {
					t := &toks[i+1+k]
					if !t.joined() || rest(t) != p.rest[k] {
						good = false
						break
					}
				}
				if good && 1+len(p.rest) > n {
					v, n, ok = p.val, 1+len(p.rest), true
				}
			}
		}
		if !ok {
			for _, p := range m.one[f] {
				if p.art != 0 {
					if art == 0 {
						art = wordArt(toks[i].fold)
					}
					if p.art != art {
						continue
					}
				}
				v, n, ok = p.val, 1, true
				break
			}
		}
		if ok {
			return v, n, ok
		}
	}
	return v, n, ok
}

func restKey(t *tok) string  { return t.key }
func restNorm(t *tok) string { return t.Norm }

// wordKeys returns the keys a phrase is stored under in a name matcher:
// the first word folded with its article stripped, the others with their
// nisba forms made one.
func (a *Analyzer) wordKeys(s string) []string {
	ts := arabic.Tokens(s)
	out := make([]string, len(ts))
	for i, t := range ts {
		k := arabic.StripArticle(arabic.FoldForeign(t.Norm))
		if i > 0 {
			k = a.canon(k)
		}
		out[i] = k
	}
	return out
}

// normKeys returns the normalised words of s, for cue and title phrases.
func normKeys(s string) []string { return arabic.Words(s) }

// nameKey returns the actor key of a name: its word keys joined by spaces.
func (a *Analyzer) nameKey(s string) string { return strings.Join(a.wordKeys(s), " ") }

// keyOf returns the actor key of the tokens toks[i:j].
func keyOf(toks []tok, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		if k == i {
			b.WriteString(arabic.StripArticle(toks[k].fold))
		} else {
			b.WriteString(toks[k].key)
		}
	}
	return b.String()
}

// clitCands returns the first-word candidates of a token for cue and
// title phrases: the word, then without a leading و or ف when two letters
// remain.
func clitCands(buf []string, t *tok) []string {
	buf = append(buf[:0], t.Norm)
	r, size := utf8.DecodeRuneInString(t.Norm)
	if (r == 'و' || r == 'ف') && utf8.RuneCountInString(t.Norm[size:]) >= 2 {
		buf = append(buf, t.Norm[size:])
	}
	return buf
}

// hasArticle reports whether a normalised word starts with the article.
func hasArticle(w string) bool {
	for _, p := range []string{"ال", "وال", "فال", "بال", "لل"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
