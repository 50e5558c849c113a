// Package stories finds the articles of a corpus that report the same
// event and lines them up side by side.
//
// Grouping works on signatures: the counts of each article's stems
// (normalised, Light10-stemmed, stop words left out, proclitics and the
// g/j spellings of foreign names folded, words in Latin letters left out
// of Arabic articles), which flag the headline, the lead and figures, and
// the article's first sentences as sets of those stems. The store keeps
// them, so that a new batch is grouped against the corpus without reading
// every article again.
//
// A grouper holds the signatures in an inverted index over rare stems. An
// article asks the index for the few articles that share its rarest stems
// (never all pairs) and is scored against those: the cosine of their
// TF-IDF vectors (headline and lead weighing more; IDF with a background
// table for corpora too small to tell common words from rare ones), plus,
// when the cosine is middling, capped evidence from sentences that say
// the same thing (paired one to one; stems spread through both texts,
// such as the actors' names, count less, and sentences that give
// different figures do not pair), less a penalty for each day between
// two known dates (none link beyond MaxDays unless near copies), plus a
// bonus for shared actors when the analysis found them. The article joins
// the story whose members it scores highest with on average, or forms a
// new story with its best unplaced match, or stays alone. Articles placed
// by the user never move.
//
// Comparison aligns the body sentences of two or more articles one to
// one (the assignment of greatest total IDF-weighted Dice similarity) and
// reports, per side, its actors and stances and what only it has, and
// the differences: an actor with a different stance, an actor quoted on
// one side only, headlines that frame the event differently.
//
// The package does no I/O.
package stories
