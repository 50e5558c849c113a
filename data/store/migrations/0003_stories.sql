-- Stories: articles that report the same event.
--
-- An article belongs to at most one story (story_members.article_id is the
-- key). Rows with origin 'auto' come from grouping and are replaced when
-- the corpus is grouped again; rows with origin 'user' are the user's
-- placements and stick: a 'user' row with a story keeps the article in
-- that story, one without keeps it out of every story.

CREATE TABLE stories (
	id         INTEGER PRIMARY KEY,
	label      TEXT    NOT NULL DEFAULT '',
	central    INTEGER REFERENCES articles(id) ON DELETE SET NULL, -- the article whose headline labels it
	first_date TEXT    NOT NULL DEFAULT '',
	last_date  TEXT    NOT NULL DEFAULT '',
	updated_at TEXT    NOT NULL
);

CREATE TABLE story_members (
	article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	story_id   INTEGER REFERENCES stories(id) ON DELETE CASCADE,
	origin     TEXT    NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'user')),
	CHECK (story_id IS NOT NULL OR origin = 'user')
);
CREATE INDEX story_members_story ON story_members(story_id);

-- What grouping keeps of each article's text (stories.Signature, encoded),
-- so that new articles are grouped against the corpus without reading it.
CREATE TABLE story_signatures (
	article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	version    INTEGER NOT NULL,
	signature  BLOB    NOT NULL
);
