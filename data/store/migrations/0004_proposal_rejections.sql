-- Proposed merges the user rejected: the spelling (alias key) is not
-- proposed for that actor (actor key) again, whatever the analysis finds.
CREATE TABLE proposal_rejections (
	id        INTEGER PRIMARY KEY,
	alias_key TEXT NOT NULL,
	actor_key TEXT NOT NULL,
	UNIQUE (alias_key, actor_key)
);
