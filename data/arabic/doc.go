// Package arabic holds Marsad's pure text functions for Arabic: normalisation
// for matching and search, tokenisation with offsets into the original text,
// sentence and clause splitting, Light10 stemming and digit folding.
//
// Every text path in Marsad (search, actor matching, dates, display
// highlights) goes through this package so that the same word always gets
// the same key. The original text is never changed: functions that find
// things return byte offsets into the string they were given.
//
// The package does no I/O and has no state that changes.
package arabic
