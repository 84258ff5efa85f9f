-- JoyStack data version 1: the whole plan, its outcomes, prompts, glimmers and reflections.
-- Times of day are local wall-clock values ("07:30"); moments are UTC milliseconds plus the
-- offset in seconds that was in force, so exports can show the time as the person lived it.

CREATE TABLE routine (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL COLLATE NOCASE UNIQUE,
    usual_minutes INTEGER CHECK (usual_minutes IS NULL OR usual_minutes BETWEEN 1 AND 720)
);

CREATE TABLE pleasure (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    family   TEXT NOT NULL CHECK (family IN ('SENSORY','SMALL_ACHIEVEMENT','UNEXPECTED_DELIGHT','CONNECTION')),
    senses   TEXT NOT NULL DEFAULT '',
    note     TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE stack (
    id               INTEGER PRIMARY KEY,
    routine_id       INTEGER NOT NULL REFERENCES routine(id),
    start_date       TEXT NOT NULL,
    start_time       TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
    repeat           TEXT NOT NULL CHECK (repeat IN ('ONCE','DAILY','WEEKDAYS','CHOSEN_DAYS')),
    repeat_days      TEXT NOT NULL DEFAULT '',
    until_date       TEXT,
    excluded_dates   TEXT NOT NULL DEFAULT ''
);
-- A week's query asks for series that started before its end and had not ended before its start.
CREATE INDEX stack_by_range ON stack(start_date, until_date);

CREATE TABLE stack_pleasure (
    stack_id    INTEGER NOT NULL REFERENCES stack(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    pleasure_id INTEGER NOT NULL REFERENCES pleasure(id),
    PRIMARY KEY (stack_id, position)
);
CREATE INDEX stack_pleasure_by_pleasure ON stack_pleasure(pleasure_id);

CREATE TABLE stack_outcome (
    stack_id        INTEGER NOT NULL REFERENCES stack(id) ON DELETE CASCADE,
    occurrence_date TEXT NOT NULL,
    outcome         TEXT NOT NULL CHECK (outcome IN ('DONE','SKIPPED')),
    rating          INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    note            TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (stack_id, occurrence_date)
);
CREATE INDEX stack_outcome_by_date ON stack_outcome(occurrence_date);

CREATE TABLE prompt_response (
    id        INTEGER PRIMARY KEY,
    at_ms     INTEGER NOT NULL,
    at_offset INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('GROUNDING','STACK_REMINDER')),
    answer    TEXT NOT NULL CHECK (answer IN ('DONE','SNOOZED','SKIPPED','MISSED')),
    feeling   INTEGER CHECK (feeling IS NULL OR feeling BETWEEN 1 AND 5),
    note      TEXT NOT NULL DEFAULT '',
    stack_id  INTEGER REFERENCES stack(id) ON DELETE SET NULL,
    exercise  TEXT
);
CREATE INDEX prompt_response_by_time ON prompt_response(at_ms);

CREATE TABLE glimmer (
    id        INTEGER PRIMARY KEY,
    at_ms     INTEGER NOT NULL,
    at_offset INTEGER NOT NULL,
    text      TEXT NOT NULL,
    family    TEXT CHECK (family IS NULL OR family IN ('SENSORY','SMALL_ACHIEVEMENT','UNEXPECTED_DELIGHT','CONNECTION'))
);
CREATE INDEX glimmer_by_time ON glimmer(at_ms);

CREATE TABLE reflection_answer (
    week     TEXT NOT NULL,
    question TEXT NOT NULL,
    answer   TEXT NOT NULL,
    PRIMARY KEY (week, question)
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
