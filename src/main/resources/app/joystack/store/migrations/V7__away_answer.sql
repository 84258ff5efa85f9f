-- JoyStack data version 7: a prompt that ran out while the person was away (the screen locked, or no input for
-- a while) is kept as AWAY rather than MISSED. SQLite cannot change a CHECK in place, so prompt_response is
-- rebuilt with every row, its foreign key to stack and both its indexes; no table refers to it.
CREATE TABLE prompt_response_v7 (
    id        INTEGER PRIMARY KEY,
    at_ms     INTEGER NOT NULL,
    at_offset INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('GROUNDING','STACK_REMINDER','CONNECTION','EVENING')),
    answer    TEXT NOT NULL CHECK (answer IN ('DONE','SNOOZED','SKIPPED','MISSED','AWAY')),
    feeling   INTEGER CHECK (feeling IS NULL OR feeling BETWEEN 1 AND 5),
    note      TEXT NOT NULL DEFAULT '',
    stack_id  INTEGER REFERENCES stack(id) ON DELETE SET NULL,
    exercise  TEXT
);
INSERT INTO prompt_response_v7 (id, at_ms, at_offset, kind, answer, feeling, note, stack_id, exercise)
    SELECT id, at_ms, at_offset, kind, answer, feeling, note, stack_id, exercise FROM prompt_response;
DROP TABLE prompt_response;
ALTER TABLE prompt_response_v7 RENAME TO prompt_response;
CREATE INDEX prompt_response_by_time ON prompt_response(at_ms);
-- Deleting a stack sets prompt_response.stack_id to NULL; this index finds those answers.
CREATE INDEX prompt_response_by_stack ON prompt_response(stack_id);
