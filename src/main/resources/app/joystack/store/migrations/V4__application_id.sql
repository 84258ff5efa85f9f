-- JoyStack data version 4: the file says it is JoyStack's, so a foreign SQLite file at the data path is
-- never mistaken for one. 0x4A6F7953 is "JoyS" in ASCII.
PRAGMA application_id = 1248819539;
