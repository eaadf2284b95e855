-- The structured figures each indicator asks for (code, label, kind, unit), so that a threshold rule names one the
-- indicator really asks for and a value entered for it fits its kind (a percentage 0–100, yes/no 1 or 0, a count).
alter table assignment_scope_indicator add column metrics jsonb not null default '[]';
