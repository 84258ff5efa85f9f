-- JoyStack data version 3: indexes fitted to the queries the app runs, each proven by QueryPlanTest.
--
-- A week asks for stacks whose first day is before its Sunday and whose last day is after its Monday.
-- The old (start_date, until_date) index could only bound the first half, so every past stack was read.
-- last_day names the last date a stack can happen (the far future while a series is open); the index on
-- it lets SQLite start at the week's Monday and skip everything that ended before.
ALTER TABLE stack ADD COLUMN last_day TEXT GENERATED ALWAYS AS
    (CASE WHEN repeat = 'ONCE' THEN start_date ELSE coalesce(until_date, '9999-12-31') END) VIRTUAL;
CREATE INDEX stack_by_last_day ON stack(last_day, start_date);
DROP INDEX stack_by_range;

-- Deleting a stack sets prompt_response.stack_id to NULL; without this index each delete read every answer.
CREATE INDEX prompt_response_by_stack ON prompt_response(stack_id);

