-- Articles and their full-text index.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE articles (
	id               INTEGER PRIMARY KEY,
	hash             TEXT    NOT NULL UNIQUE,
	title            TEXT    NOT NULL DEFAULT '',
	body             TEXT    NOT NULL,
	source           TEXT    NOT NULL DEFAULT '',
	author           TEXT    NOT NULL DEFAULT '',
	url              TEXT    NOT NULL DEFAULT '',
	date             TEXT    NOT NULL DEFAULT '',
	date_origin      TEXT    NOT NULL DEFAULT 'unknown',
	date_confidence  REAL    NOT NULL DEFAULT 0,
	file             TEXT    NOT NULL DEFAULT '',
	words            INTEGER NOT NULL DEFAULT 0,
	marks            TEXT    NOT NULL DEFAULT '[]',
	imported_at      TEXT    NOT NULL,
	-- version of the analysis and of the story grouping last run on the
	-- article; 0 = not yet. An import killed between storing an article and
	-- analysing it is completed by the next run.
	analysis_version INTEGER NOT NULL DEFAULT 0,
	stories_version  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_analysis ON articles(analysis_version);
CREATE INDEX articles_stories ON articles(stories_version);

-- Contentless index of normalised, Light10-stemmed title and body
-- (arabic.IndexText); rowid = articles.id. Snippets are cut from the
-- original body in Go.
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, body,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 0'
);
