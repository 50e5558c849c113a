// Package analyze finds the actors of Arabic news articles, the
// statements they make and their stance toward topics under study.
//
// Actors come from a gazetteer (names, aliases, contextual short forms and
// metonyms, matched on normalised, clitic-stripped, foreign-letter-folded
// word keys through a precompiled n-gram map) and from rules: an office
// and a name, a given name and a surname, a name and an office in
// apposition, officials of a state, and organisations by their head word.
// Later short forms (a surname, "الوزير الروسي") resolve to the actor
// named earlier in the article. Statements are sentences or parts of
// sentences attributed through reporting verbs (verb first or speaker
// first), headlines "X: …", source phrases (بحسب X) and continuations
// (وأضاف); a quoted news outlet is the channel, not the speaker. Stance
// toward a topic comes from cue classes, negation and conditions, and
// every label keeps the cues that decided it.
//
// The package is pure: it does no I/O once its lexicon is read, and an
// Analyzer is safe for concurrent use.
package analyze
