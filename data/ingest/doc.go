// Package ingest reads the article files researchers have — plain text in
// any of the usual Arabic encodings, web pages, JSON, JSON Lines, CSV,
// Word documents, and folders and zip archives of them — and turns each
// into a data.Article: the text with boilerplate removed and photo
// captions marked, and the title, source, author and date taken from the
// file's metadata or else read from the text, with how sure that is.
//
// It does no database work: Walk hands each article, or each file it
// refused and why, to a callback in a fixed order.
package ingest
