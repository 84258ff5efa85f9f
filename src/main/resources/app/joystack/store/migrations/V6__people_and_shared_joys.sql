-- JoyStack data version 6: a short list of people who matter, and the small joys shared with them.
-- A person is known by a name (unique in any case) and, if the person likes, how they are usually
-- reached: an e-mail address, a phone number, or in person. A shared joy keeps the person's name as
-- it was, so the history stays whole when a person is later taken off the list (person_id becomes NULL).
CREATE TABLE person (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL COLLATE NOCASE UNIQUE,
    reach   TEXT NOT NULL DEFAULT 'NONE' CHECK (reach IN ('NONE','EMAIL','PHONE','IN_PERSON')),
    address TEXT NOT NULL DEFAULT ''
);

CREATE TABLE shared_joy (
    id          INTEGER PRIMARY KEY,
    at_ms       INTEGER NOT NULL,
    at_offset   INTEGER NOT NULL,
    person_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
    person_name TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL CHECK (source IN ('GLIMMER','STACK_NOTE','CONNECTION_PROMPT')),
    message     TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('COPIED','MAIL','IN_PERSON'))
);
CREATE INDEX shared_joy_by_time ON shared_joy(at_ms);
CREATE INDEX shared_joy_by_person ON shared_joy(person_id);

-- Version 5 rebuilt prompt_response and brought back only its time index; deleting a stack sets
-- prompt_response.stack_id to NULL, which without this index reads every answer.
CREATE INDEX IF NOT EXISTS prompt_response_by_stack ON prompt_response(stack_id);
