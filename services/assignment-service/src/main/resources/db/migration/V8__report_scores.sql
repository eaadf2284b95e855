-- The projection of each assignment's review result, for the progress board and its export (review-service owns
-- the reviews; these come from its ReviewCompleted and the engine's ReportGraded).
-- The latest report version decided (ReviewCompleted.reportVersion) and how: an older version's decision arriving
-- later changes nothing. The score stays null for a returned version: it is not final, the resubmission is
-- reviewed afresh.
alter table assignment add column reviewed_version int;
alter table assignment add column review_decision text
    check (review_decision in ('ACCEPT', 'ACCEPT_WITH_FINDINGS', 'RETURN'));
alter table assignment add column total_score numeric;
alter table assignment add column max_score numeric;
alter table assignment add column vetoed boolean not null default false;
-- The engine's grade (ReportGraded) and the version it graded; shown only with that version's decision.
alter table assignment add column graded_version int;
alter table assignment add column grade text check (grade in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL'));
alter table assignment add column graded_at timestamptz;
