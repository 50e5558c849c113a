package stories

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"marsad/data/arabic"
)

// SignatureVersion names the way signatures are computed. The store
// recomputes a signature whose version differs.
const SignatureVersion = 2

// maxCount caps a stem's count in one article.
const maxCount = 1 << 14

// leadWords is how many terms at the start of a body make up its lead.
const leadWords = 40

// Term is one stem of an article: its hash, how often it occurs in the
// body, whether it occurs in the headline, and whether in the lead (the
// first words of the body, where news states the event).
type Term struct {
	Hash  uint32
	Count uint16
	Title bool
	Lead  bool
	// Number marks a figure (digits): a specific that two reports of one
	// event share and two reports of like events do not.
	Number bool
}

// maxSentences caps the sentences a signature keeps; minSentence is the
// least number of terms a sentence needs to be kept.
const (
	maxSentences = 40
	minSentence  = 3
)

// Signature is what grouping needs to know of an article's text: its
// terms, sorted by hash, and its first sentences (the headline first) as
// indexes into Terms, each sorted and without repeats.
type Signature struct {
	Terms     []Term
	Sentences [][]uint16
}

// TermKey returns the key under which a word counts for similarity: its
// Light10 stem, with a leftover proclitic ب ل ك ف removed when four
// letters remain (بسوري → سوري) and the letters that foreign names are
// spelled with in different regions folded (غ ج → ج, ڤ → ف, گ ڭ → ك), so
// that شويغو and شويجو, البنتاغون and البنتاجون give one key. It returns
// "" for stop words and one-letter words (one-digit numbers are kept).
func TermKey(word string) string {
	n := arabic.Normalize(word)
	if arabic.IsStopWord(n) {
		return ""
	}
	return keyOfNorm(n)
}

// foreignLetters folds the letters that one foreign sound is written with.
var foreignLetters = strings.NewReplacer("غ", "ج", "ڨ", "ج", "ڤ", "ف", "گ", "ك", "ڭ", "ك")

func keyOfNorm(n string) string {
	s := arabic.Stem(n)
	if utf8.RuneCountInString(s) >= 5 {
		switch s[:2] {
		case "ب", "ل", "ك", "ف":
			s = s[2:]
		}
	}
	if strings.ContainsAny(s, "غڤگڭڨ") {
		s = foreignLetters.Replace(s)
	}
	if utf8.RuneCountInString(s) < 2 && !isNumber(s) {
		return ""
	}
	return s
}

// Keys returns the term keys of the words of s, in order.
func Keys(s string) []string { return keys(s, true) }

// keys returns the term keys of s, leaving out words in Latin letters
// unless latin is true: in an Arabic article those are photo captions, credits
// and links, not the report.
func keys(s string, latin bool) []string {
	toks := arabic.Tokens(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if arabic.IsStopWord(t.Norm) || (!latin && isLatin(t.Norm)) {
			continue
		}
		if k := keyOfNorm(t.Norm); k != "" {
			out = append(out, k)
		}
	}
	return out
}

func isNumber(k string) bool {
	if k == "" || k[0] < '0' || k[0] > '9' {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

func isLatin(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// HashKey returns the 32-bit hash of a term key used in signatures.
func HashKey(k string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(k))
	return h.Sum32()
}

// Sign computes the signature of an article from its headline and body.
func Sign(title, body string) Signature {
	counts := map[uint32]*Term{}
	var sents [][]uint32
	latin := !arabic.HasArabic(title) && !arabic.HasArabic(body)
	add := func(s string, inTitle bool) {
		i := 0
		for _, sp := range arabic.Sentences(s) {
			var sent []uint32
			for _, k := range keys(sp.Text(s), latin) {
				h := HashKey(k)
				sent = append(sent, h)
				t := counts[h]
				if t == nil {
					t = &Term{Hash: h, Number: isNumber(k)}
					counts[h] = t
				}
				switch {
				case inTitle:
					t.Title = true
				case t.Count < maxCount:
					t.Count++
					t.Lead = t.Lead || i < leadWords
				}
				i++
			}
			if len(sent) >= minSentence && len(sents) < maxSentences {
				sents = append(sents, sent)
			}
		}
	}
	add(title, true)
	add(body, false)
	terms := make([]Term, 0, len(counts))
	for _, t := range counts {
		terms = append(terms, *t)
	}
	slices.SortFunc(terms, func(a, b Term) int { return cmpU32(a.Hash, b.Hash) })
	return Signature{Terms: terms, Sentences: sentenceIndexes(terms, sents)}
}

// sentenceIndexes turns sentences of hashes into sorted, unique indexes
// into terms.
func sentenceIndexes(terms []Term, sents [][]uint32) [][]uint16 {
	out := make([][]uint16, 0, len(sents))
	for _, sent := range sents {
		idx := make([]uint16, 0, len(sent))
		for _, h := range sent {
			i, ok := slices.BinarySearchFunc(terms, h, func(t Term, h uint32) int { return cmpU32(t.Hash, h) })
			if ok && i <= 0xFFFF {
				idx = append(idx, uint16(i))
			}
		}
		slices.Sort(idx)
		out = append(out, slices.Compact(idx))
	}
	return out
}

// SignAll signs n articles on all processors; text returns the headline
// and body of the i-th. Signature i belongs to article i.
func SignAll(n int, text func(i int) (title, body string)) []Signature {
	out := make([]Signature, n)
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				out[i] = Sign(text(i))
			}
		})
	}
	wg.Wait()
	return out
}

func cmpU32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// MarshalBinary encodes the signature compactly: a version byte, the
// number of terms, then per term the hash as a delta from the previous
// one and the count shifted left by three, with the headline flag in bit
// 0, the lead flag in bit 1 and the number flag in bit 2.
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 1+binary.MaxVarintLen32+len(s.Terms)*5)
	b = append(b, SignatureVersion)
	b = binary.AppendUvarint(b, uint64(len(s.Terms)))
	var prev uint32
	for i, t := range s.Terms {
		if i > 0 && t.Hash <= prev {
			return nil, fmt.Errorf("encode signature: %w: terms not sorted", errBadSignature)
		}
		b = binary.AppendUvarint(b, uint64(t.Hash-prev))
		v := uint64(t.Count) << 3
		if t.Title {
			v |= 1
		}
		if t.Lead {
			v |= 2
		}
		if t.Number {
			v |= 4
		}
		b = binary.AppendUvarint(b, v)
		prev = t.Hash
	}
	b = binary.AppendUvarint(b, uint64(len(s.Sentences)))
	for _, sent := range s.Sentences {
		b = binary.AppendUvarint(b, uint64(len(sent)))
		for _, i := range sent {
			b = binary.AppendUvarint(b, uint64(i))
		}
	}
	return b, nil
}

var errBadSignature = errors.New("bad signature")

// UnmarshalBinary decodes a signature written by MarshalBinary.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) == 0 || b[0] != SignatureVersion {
		return fmt.Errorf("decode signature: %w: version", errBadSignature)
	}
	b = b[1:]
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return fmt.Errorf("decode signature: %w: length", errBadSignature)
	}
	b = b[k:]
	terms := make([]Term, 0, n)
	var prev uint64
	for i := uint64(0); i < n; i++ {
		d, k1 := binary.Uvarint(b)
		if k1 <= 0 {
			return fmt.Errorf("decode signature: %w: term %d", errBadSignature, i)
		}
		v, k2 := binary.Uvarint(b[k1:])
		if k2 <= 0 {
			return fmt.Errorf("decode signature: %w: term %d", errBadSignature, i)
		}
		b = b[k1+k2:]
		h := prev + d
		if (i > 0 && d == 0) || h > 0xFFFFFFFF || v>>3 > maxCount {
			return fmt.Errorf("decode signature: %w: term %d", errBadSignature, i)
		}
		terms = append(terms, Term{Hash: uint32(h), Count: uint16(v >> 3), Title: v&1 == 1, Lead: v&2 == 2, Number: v&4 == 4})
		prev = h
	}
	sents, err := decodeSentences(b, len(terms))
	if err != nil {
		return err
	}
	s.Terms, s.Sentences = terms, sents
	return nil
}

// decodeSentences reads the sentence part of an encoded signature.
func decodeSentences(b []byte, nTerms int) ([][]uint16, error) {
	next := func() (uint64, bool) {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, false
		}
		b = b[k:]
		return v, true
	}
	n, ok := next()
	if !ok || n > uint64(len(b)) {
		return nil, fmt.Errorf("decode signature: %w: sentences", errBadSignature)
	}
	out := make([][]uint16, 0, n)
	for range n {
		m, ok := next()
		if !ok || m > uint64(len(b)) {
			return nil, fmt.Errorf("decode signature: %w: sentence", errBadSignature)
		}
		sent := make([]uint16, 0, m)
		for range m {
			i, ok := next()
			if !ok || i >= uint64(nTerms) {
				return nil, fmt.Errorf("decode signature: %w: sentence term", errBadSignature)
			}
			sent = append(sent, uint16(i))
		}
		out = append(out, sent)
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("decode signature: %w: trailing bytes", errBadSignature)
	}
	return out, nil
}
