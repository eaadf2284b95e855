-- The period a campaign covers (e.g. 2025 for the 2025 annual report), for statistics across campaigns and years.
-- Scopes received before this column have none; statistics fall back to the year their reviews opened in.
alter table assignment_scope add column campaign_period text;
