// Package stories finds the articles of a corpus that report the same
// event and lines them up side by side.
//
// Grouping works on signatures: the counts of each article's stems
// (normalised, Light10-stemmed, stop words left out, proclitics and the
// g/j spellings of foreign names folded), which the store keeps so that a
// new batch is grouped against the existing corpus without reading every
// article again. A Grouper holds the signatures of the corpus in an
// inverted index over rare stems; each article asks the index for the few
// articles that share its rarest stems and is compared with those only,
// by cosine similarity of TF-IDF vectors, adjusted for shared actors and
// for dates that lie apart. An article joins the story whose members it
// resembles most on average, or forms a new story with its best match.
//
// Comparison aligns the sentences of two or more articles one to one by
// IDF-weighted similarity of their stem sets and reports, per side, what
// only that side has and where the sides differ: an actor with a
// different stance, an actor quoted on one side only, headlines that
// frame the event differently.
//
// The package does no I/O.
package stories
