-- What each notification's Chinese words state, by name (README, "Facts"), so clients write other languages from data.
-- Notifications stored before facts existed keep an empty set: clients show their Chinese words.
alter table notification add column facts jsonb not null default '{}'::jsonb;
