-- Actors, mentions, statements, topics, proposed merges and the edit log.
--
-- Mentions and automatic statements carry the keys the analysis found
-- (actor_key / speaker_key, and alias_key for the words that matched);
-- which actor a key stands for is decided by actor_aliases, so that a
-- merge, split or alias the user makes applies at once and keeps applying
-- after the analysis runs again. A user alias row for an alias key wins
-- over the actor key; a user row with actor_id NULL hides those words.

CREATE TABLE actors (
	id          INTEGER PRIMARY KEY,
	key         TEXT    NOT NULL UNIQUE,  -- the key its mentions carry; kept on rename
	name        TEXT    NOT NULL,
	kind        TEXT    NOT NULL DEFAULT 'person',
	affiliation TEXT    NOT NULL DEFAULT '',
	role        TEXT    NOT NULL DEFAULT '',
	origin      TEXT    NOT NULL DEFAULT 'auto', -- 'user' once the user made or edited it
	merged_into INTEGER REFERENCES actors(id)
);
CREATE INDEX actors_merged ON actors(merged_into);

CREATE TABLE actor_aliases (
	id       INTEGER PRIMARY KEY,
	key      TEXT    NOT NULL UNIQUE,
	alias    TEXT    NOT NULL,
	actor_id INTEGER REFERENCES actors(id), -- NULL: words the user said name no actor
	origin   TEXT    NOT NULL DEFAULT 'auto'
);
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE topics (
	id       INTEGER PRIMARY KEY,
	name     TEXT    NOT NULL UNIQUE,
	keywords TEXT    NOT NULL DEFAULT '[]', -- JSON array of words and phrases
	origin   TEXT    NOT NULL DEFAULT 'user'
);

CREATE TABLE mentions (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	actor_key  TEXT    NOT NULL,
	alias_key  TEXT    NOT NULL,
	in_title   INTEGER NOT NULL DEFAULT 0,
	start      INTEGER NOT NULL, -- byte offsets into the title or the body
	end        INTEGER NOT NULL,
	rule       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_actor ON mentions(actor_key);
CREATE INDEX mentions_alias ON mentions(alias_key);

CREATE TABLE statements (
	id          INTEGER PRIMARY KEY,
	article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	in_title    INTEGER NOT NULL DEFAULT 0,
	sent_start  INTEGER NOT NULL, -- the sentence, by byte offsets
	sent_end    INTEGER NOT NULL,
	start       INTEGER NOT NULL, -- the statement within it
	end         INTEGER NOT NULL,
	speaker_key TEXT    NOT NULL DEFAULT '', -- found by the analysis
	alias_key   TEXT    NOT NULL DEFAULT '',
	actor_id    INTEGER REFERENCES actors(id) ON DELETE SET NULL, -- chosen by the user
	topic_id    INTEGER REFERENCES topics(id) ON DELETE CASCADE,
	stance      TEXT    NOT NULL DEFAULT '',
	confidence  REAL    NOT NULL DEFAULT 0,
	cues        TEXT    NOT NULL DEFAULT '[]', -- JSON evidence
	verb        TEXT    NOT NULL DEFAULT '',
	pattern     TEXT    NOT NULL DEFAULT '',
	origin      TEXT    NOT NULL DEFAULT 'auto',
	deleted     INTEGER NOT NULL DEFAULT 0, -- a user tombstone: the automatic statement stays deleted
	-- for a user row that replaces an automatic one: which one (its
	-- sentence above, its speaker key and topic); re-analysis does not
	-- bring that one back
	anchor_speaker TEXT NOT NULL DEFAULT '',
	anchor_topic   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX statements_article ON statements(article_id, origin);
CREATE INDEX statements_actor ON statements(actor_id);
CREATE INDEX statements_speaker ON statements(speaker_key);

CREATE TABLE proposed_merges (
	id         INTEGER PRIMARY KEY,
	alias      TEXT    NOT NULL,
	alias_key  TEXT    NOT NULL,
	actor_key  TEXT    NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	in_title   INTEGER NOT NULL DEFAULT 0,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL
);
CREATE INDEX proposed_merges_article ON proposed_merges(article_id);

-- One row per user edit: the rows it changed, before and after, so that
-- it can be undone and redone.
CREATE TABLE edit_log (
	id      INTEGER PRIMARY KEY,
	at      TEXT    NOT NULL,
	action  TEXT    NOT NULL,
	summary TEXT    NOT NULL DEFAULT '',
	changes TEXT    NOT NULL, -- JSON [{table, id, before, after}]
	undone  INTEGER NOT NULL DEFAULT 0
);

-- The actor each mention and statement stands for, through the aliases.
CREATE VIEW mention_actors AS
SELECT m.id, m.article_id, m.in_title, m.start, m.end, m.rule,
	CASE WHEN u.key IS NOT NULL THEN u.actor_id ELSE a.actor_id END AS actor_id
FROM mentions m
LEFT JOIN actor_aliases u ON u.key = m.alias_key AND u.origin = 'user' AND m.alias_key <> m.actor_key
LEFT JOIN actor_aliases a ON a.key = m.actor_key;

CREATE VIEW statement_actors AS
SELECT s.*,
	CASE WHEN s.actor_id IS NOT NULL THEN s.actor_id
	     WHEN u.key IS NOT NULL THEN u.actor_id
	     ELSE a.actor_id END AS resolved_actor
FROM statements s
LEFT JOIN actor_aliases u ON u.key = s.alias_key AND u.origin = 'user' AND s.alias_key <> s.speaker_key
LEFT JOIN actor_aliases a ON a.key = s.speaker_key
WHERE s.deleted = 0;
