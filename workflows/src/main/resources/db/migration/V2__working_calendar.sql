-- The office's replacements of the working-day calendar, one row per year (the CalendarYear as JSON). A year without
-- a row falls back to the file shipped in calendar/<year>.json, then to weekends only.
create table working_calendar
(
    year       integer primary key,
    data       text        not null,
    updated_at timestamptz not null,
    updated_by text        not null
);
