-- The stance model learned from this corpus's corrections (Edit → Learn
-- from my corrections, marsad learn): the shipped model's weights tuned
-- on the statements the user corrected. One row at most; none: the
-- shipped model.
CREATE TABLE stance_model (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	weights    TEXT    NOT NULL, -- the model as TSV (analyze.Model.Write)
	examples   INTEGER NOT NULL, -- corrected statements it learned from
	learned_at TEXT    NOT NULL
);
