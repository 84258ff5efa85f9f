-- JoyStack data version 5: a pleasure can hold a link (a local file or a web address) that opens it, and
-- the prompt answers also keep connection prompts and the evening look back. SQLite cannot change a CHECK
-- in place, so prompt_response is rebuilt with its rows and both its indexes; nothing refers to it.
ALTER TABLE pleasure ADD COLUMN link TEXT NOT NULL DEFAULT '';

CREATE TABLE prompt_response_v5 (
    id        INTEGER PRIMARY KEY,
    at_ms     INTEGER NOT NULL,
    at_offset INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('GROUNDING','STACK_REMINDER','CONNECTION','EVENING')),
    answer    TEXT NOT NULL CHECK (answer IN ('DONE','SNOOZED','SKIPPED','MISSED')),
    feeling   INTEGER CHECK (feeling IS NULL OR feeling BETWEEN 1 AND 5),
    note      TEXT NOT NULL DEFAULT '',
    stack_id  INTEGER REFERENCES stack(id) ON DELETE SET NULL,
    exercise  TEXT
);
INSERT INTO prompt_response_v5 (id, at_ms, at_offset, kind, answer, feeling, note, stack_id, exercise)
    SELECT id, at_ms, at_offset, kind, answer, feeling, note, stack_id, exercise FROM prompt_response;
DROP TABLE prompt_response;
ALTER TABLE prompt_response_v5 RENAME TO prompt_response;
CREATE INDEX prompt_response_by_time ON prompt_response(at_ms);
-- Deleting a stack sets prompt_response.stack_id to NULL; this index finds those answers.
CREATE INDEX prompt_response_by_stack ON prompt_response(stack_id);
