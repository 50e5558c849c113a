package analyze

// negationScope is how many words after a negator it reaches, unless a
// comma or a contrast word ends it first.
const negationScope = 6

// collect reads the cues and topic keywords of toks[p:q], skipping the
// words naming the speaker, with negation flipping what follows it.
func (s *state) collect(tp *topic, toks []tok, stems []string, t trigger, p, q int) evidence {
	var ev evidence
	negUntil, negAt, negShown, lastAgainst, relAt := -1, -1, -1, -100, -100
	negCue := func() {
		if negShown != negAt {
			ev.cues = append(ev.cues, s.negCue(toks, negAt))
			negShown = negAt
		}
	}
	for k := p; k < q; k++ {
		if t.speaker != nil && k >= t.speaker.ti && k < t.speaker.tj {
			continue
		}
		if toks[k].gap&(gapComma|gapStop) != 0 || isContrast(toks[k].Norm) {
			negUntil, relAt = -1, -100
		}
		if isRelative(toks[k].Norm) {
			relAt = k
		}
		negated := k <= negUntil
		if n := s.keywordAt(tp, toks, stems, k, q); n > 0 {
			ev.topic = true
			cue := Cue{Text: joinText(toks, k, k+n), Class: ClassTopic, Start: toks[k].Start, End: toks[k+n-1].End, Negated: negated}
			if negated {
				ev.oppose += 1.5
				ev.negated += 1.5
				negCue()
				ev.cues = append(ev.cues, cue)
			} else {
				ev.cues = append(ev.cues, cue)
			}
			k += n - 1
			continue
		}
		if toks[k].Norm == "قبل" && negAt >= 0 && k <= negUntil+3 {
			// لا تعاون قبل وقف …: a negation lifted by a prior step
			ev.cond++
			ev.cues = append(ev.cues, Cue{Text: toks[k].Text, Class: ClassConditional, Start: toks[k].Start, End: toks[k].End})
			continue
		}
		c, n := s.cueAt(toks, k)
		if c == nil {
			continue
		}
		if k-relAt <= 3 && c.Class != ClassNegation && c.Class != ClassConditional {
			// التي لا تؤيد …: a relative clause tells what others do
			if negAt > relAt {
				negUntil = -1
			}
			k += n - 1
			continue
		}
		if negated && k == negAt+1 && c.Kind == CueVerb && (c.Class == ClassReport || c.Class == ClassAssertive) {
			// لم تعلن، لم يكشف: nothing was said, and the negation ends here
			negUntil = -1
			k += n - 1
			continue
		}
		switch c.Class {
		case ClassNotNeg:
		case ClassNegation:
			negUntil, negAt = k+negationScope, k
		case ClassProposal:
			if c.Kind == CueWord && k-lastAgainst <= 3 {
				break // the object of a refusal: رفض مقترحا
			}
			fallthrough
		default:
			if c.Class == ClassOppose || c.Class == ClassDoubt {
				lastAgainst = k + n - 1
			}
			if negated && c.Class == ClassSupport {
				ev.negated++
			}
			w := weigh(&ev, c.Class, negated)
			ev.polar = ev.polar || (w && (c.Kind != CueWord || c.Class != ClassProposal))
			if w {
				cue := Cue{Text: joinText(toks, k, k+n), Class: c.Class, Start: toks[k].Start, End: toks[k+n-1].End, Negated: negated}
				if negated {
					negCue()
				}
				ev.cues = append(ev.cues, cue)
			}
		}
		k += n - 1
	}
	return ev
}

// weigh adds a cue of class cls to the evidence and reports whether it
// counted for anything.
func weigh(ev *evidence, cls string, negated bool) bool {
	switch cls {
	case ClassSupport:
		if negated {
			ev.oppose++
		} else {
			ev.support++
		}
	case ClassProposal:
		if negated {
			ev.oppose += 0.5
		} else {
			ev.support++
		}
	case ClassOppose, ClassDoubt:
		if negated {
			ev.support += 0.5
		} else {
			ev.oppose++
		}
	case ClassLikely:
		if negated {
			ev.oppose++
		} else {
			ev.support += 0.5
		}
	case ClassConditional:
		ev.cond++
	default:
		return false
	}
	return true
}

func (s *state) negCue(toks []tok, k int) Cue {
	return Cue{Text: toks[k].Text, Class: ClassNegation, Start: toks[k].Start, End: toks[k].End}
}

func joinText(toks []tok, i, j int) string {
	if j-i == 1 {
		return toks[i].Text
	}
	out := toks[i].Text
	for k := i + 1; k < j; k++ {
		out += " " + toks[k].Text
	}
	return out
}

// isRelative reports whether w is a relative pronoun (الذي، التي …).
func isRelative(w string) bool {
	switch w {
	case "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ممن":
		return true
	}
	return false
}

// isContrast reports whether w ends the reach of a negation: لكن، بل، إلا.
func isContrast(w string) bool {
	switch w {
	case "لكن", "ولكن", "بل", "الا", "لكنه", "لكنها", "انما", "وانما":
		return true
	}
	return false
}
