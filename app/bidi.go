package app

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fyne 2.7 shapes each text object on its own: it joins Arabic letters and
// orders the runs of a line, but it drops the spaces where Arabic meets
// Latin or digits, does not mirror brackets, and lays out the segments of
// a RichText left to right whatever their script. Marsad's reader
// therefore breaks a paragraph into pieces (a word, or the punctuation
// at its edges), resolves each piece's direction, and places the pieces
// itself: right to left in Arabic paragraphs, left to right in Latin ones,
// with runs of the other direction kept together in their own order.

// dir is a text direction.
type dir int8

const (
	dirNeutral dir = iota
	dirLTR
	dirRTL
)

// piece is a word, or punctuation split off an Arabic word, with its byte
// offsets in the text and whether a space came before it.
type piece struct {
	text       string
	start, end int
	gap        bool // whitespace before it, in reading order
	dir        dir  // resolved direction
}

// isArabicRune reports whether r is an Arabic letter or mark.
func isArabicRune(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && !unicode.IsDigit(r) && !unicode.IsPunct(r)
}

// strongDir is the direction of the first strong letter of s, or
// dirNeutral when s has none.
func strongDir(s string) dir {
	for _, r := range s {
		switch {
		case isArabicRune(r):
			return dirRTL
		case unicode.IsLetter(r):
			return dirLTR
		}
	}
	return dirNeutral
}

// isRTL reports whether s reads right to left: its first strong letter is
// Arabic.
func isRTL(s string) bool { return strongDir(s) == dirRTL }

// pieceDir is a piece's own direction: RTL with an Arabic letter, LTR
// with a Latin letter or a digit, neutral otherwise.
func pieceDir(s string) dir {
	d := strongDir(s)
	if d != dirNeutral {
		return d
	}
	for _, r := range s {
		if unicode.IsDigit(r) {
			return dirLTR
		}
	}
	return dirNeutral
}

// splitPieces breaks a paragraph (starting at byte offset base of the
// whole text) into pieces. Arabic words lose their leading and trailing
// punctuation to pieces of their own, so brackets and commas land on the
// right side of them.
func splitPieces(para string, base int) []piece {
	var out []piece
	gap := false
	i := 0
	for i < len(para) {
		r, n := utf8.DecodeRuneInString(para[i:])
		if unicode.IsSpace(r) {
			gap = true
			i += n
			continue
		}
		j := i
		for j < len(para) {
			r, n := utf8.DecodeRuneInString(para[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = append(out, splitWord(para[i:j], base+i, gap && len(out) > 0)...)
		gap = false
		i = j
	}
	return out
}

// splitWord splits edge punctuation off an Arabic word.
func splitWord(w string, start int, gap bool) []piece {
	if pieceDir(w) != dirRTL {
		return []piece{{text: w, start: start, end: start + len(w), gap: gap}}
	}
	isEdge := func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
	core := strings.TrimLeftFunc(w, isEdge)
	lead := len(w) - len(core)
	core = strings.TrimRightFunc(core, isEdge)
	trail := lead + len(core)
	var out []piece
	// each mark of punctuation is a piece, so that it takes its place in
	// the right-to-left order
	for i, r := range w[:lead] {
		n := utf8.RuneLen(r)
		out = append(out, piece{text: w[i : i+n], start: start + i, end: start + i + n, gap: gap})
		gap = false
	}
	out = append(out, piece{text: w[lead:trail], start: start + lead, end: start + trail, gap: gap})
	for i, r := range w[trail:] {
		n := utf8.RuneLen(r)
		out = append(out, piece{text: w[trail+i : trail+i+n], start: start + trail + i, end: start + trail + i + n})
	}
	return out
}

// resolveDirs gives every piece a direction: its own, or for neutral
// pieces LTR between two LTR pieces and the paragraph's direction
// otherwise. Brackets in right-to-left runs are mirrored.
func resolveDirs(ps []piece, para dir) {
	own := make([]dir, len(ps))
	for i := range ps {
		own[i] = pieceDir(ps[i].text)
	}
	for i := range ps {
		d := own[i]
		if d == dirNeutral {
			prev, next := para, para
			for k := i - 1; k >= 0; k-- {
				if own[k] != dirNeutral {
					prev = own[k]
					break
				}
			}
			for k := i + 1; k < len(ps); k++ {
				if own[k] != dirNeutral {
					next = own[k]
					break
				}
			}
			d = para
			if prev == dirLTR && next == dirLTR {
				d = dirLTR
			}
		}
		ps[i].dir = d
		if d == dirRTL && own[i] == dirNeutral {
			ps[i].text = mirror(ps[i].text)
		}
	}
}

// mirror swaps paired brackets: Fyne shapes each piece on its own, left
// to right, so a bracket in a right-to-left run must be swapped here to
// face the words it encloses.
func mirror(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '(':
			return ')'
		case ')':
			return '('
		case '[':
			return ']'
		case ']':
			return '['
		case '{':
			return '}'
		case '}':
			return '{'
		case '<':
			return '>'
		case '>':
			return '<'
		case '«':
			return '»'
		case '»':
			return '«'
		}
		return r
	}, s)
}

// placed is where a piece goes: its line and its left edge.
type placed struct {
	line int
	x    float32
}

// layoutPieces breaks pieces into lines no wider than width and returns
// each piece's line and left edge, and the number of lines. widths are
// the pieces' widths; space is the width of a space. RTL paragraphs are
// aligned right, LTR ones left.
func layoutPieces(ps []piece, widths []float32, space, width float32, para dir) ([]placed, int) {
	out := make([]placed, len(ps))
	if len(ps) == 0 {
		return out, 0
	}
	// break lines in reading order
	var lines [][2]int
	from, used := 0, float32(0)
	for i := range ps {
		w := widths[i]
		if i > from && ps[i].gap {
			w += space
		}
		if i > from && used+w > width {
			lines = append(lines, [2]int{from, i})
			from, used = i, widths[i]
			continue
		}
		used += w
	}
	lines = append(lines, [2]int{from, len(ps)})
	for li, ln := range lines {
		placeLine(ps, widths, space, width, para, ln[0], ln[1], li, out)
	}
	return out, len(lines)
}

// placeLine places pieces [from,to) on line li: runs of the paragraph's
// direction piece by piece, runs of the other direction as blocks in
// their own order.
func placeLine(ps []piece, widths []float32, space, width float32, para dir, from, to, li int, out []placed) {
	gapBefore := func(i int) float32 {
		if i > from && ps[i].gap {
			return space
		}
		return 0
	}
	rtl := para == dirRTL
	cursor := float32(0)
	if rtl {
		cursor = width
	}
	for i := from; i < to; {
		j := i + 1
		for j < to && ps[j].dir == ps[i].dir {
			j++
		}
		if (ps[i].dir == dirRTL) == rtl {
			for k := i; k < j; k++ { // piece by piece in the paragraph's direction
				if rtl {
					cursor -= gapBefore(k) + widths[k]
					out[k] = placed{li, cursor}
				} else {
					cursor += gapBefore(k)
					out[k] = placed{li, cursor}
					cursor += widths[k]
				}
			}
		} else {
			block := float32(0) // the run's width without its leading gap
			for k := i; k < j; k++ {
				if k > i {
					block += gapBefore(k)
				}
				block += widths[k]
			}
			var x float32
			if rtl {
				cursor -= gapBefore(i) + block
				x = cursor + block // the run reads left to right
				for k := j - 1; k >= i; k-- {
					x -= widths[k]
					out[k] = placed{li, x}
					if k > i {
						x -= gapBefore(k)
					}
				}
			} else {
				cursor += gapBefore(i)
				x = cursor + block // the run reads right to left
				for k := i; k < j; k++ {
					if k > i {
						x -= gapBefore(k)
					}
					x -= widths[k]
					out[k] = placed{li, x}
				}
				cursor += block
			}
		}
		i = j
	}
}
