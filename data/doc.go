// Package data holds Marsad's domain types: articles, actors, statements,
// topics and stories, and the errors the store returns. It knows nothing
// of widgets or of SQL; the store lives in data/store, the readers in
// data/ingest, the Arabic text functions in data/arabic.
package data
