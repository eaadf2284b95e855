-- One review per submitted report version: the queue item auditors claim, score and decide.
create table review
(
    id                  uuid primary key,
    assignment_id       uuid        not null,
    report_id           uuid        not null,
    report_version      integer     not null check (report_version > 0),
    campaign_id         uuid        not null,
    campaign_title      text        not null,
    department_code     text        not null,
    department_name     text        not null,
    status              text        not null,
    opened_at           timestamptz not null,
    claimed_by_id       text,
    claimed_by_username text,
    claimed_by_name     text,
    claimed_at          timestamptz,
    decision            text,
    total_score         numeric(9, 2),
    max_score           numeric(9, 2),
    decision_comment    text,
    decided_at          timestamptz,
    -- A redelivered or re-sent OpenReview must not queue the same version twice.
    constraint review_one_per_report_version unique (report_id, report_version),
    constraint review_claimed check ((status = 'UNCLAIMED') = (claimed_by_id is null)),
    constraint review_decided check ((status = 'DECIDED') = (decision is not null and decided_at is not null))
);
-- Department isolation filters on the department; the queue lists by status, oldest first.
create index review_by_department on review (department_code, assignment_id);
create index review_by_status on review (status, opened_at);

-- The indicators under review, copied from the assignment's scope when the review opened, with their scores.
create table review_indicator
(
    review_id    uuid          not null references review (id),
    position     integer       not null,
    indicator_id uuid          not null,
    code         text          not null,
    aspect_title text,
    title        text          not null,
    max_points   numeric(7, 2) not null,
    score        numeric(7, 2),
    comment      text,
    scored_at    timestamptz,
    primary key (review_id, position),
    constraint review_indicator_once unique (review_id, indicator_id),
    constraint review_indicator_score check (score is null or (score >= 0 and score <= max_points))
);

-- Why a returned report goes back (退回修改), per indicator or (indicator null) for the whole report.
create table review_return_reason
(
    review_id    uuid    not null references review (id),
    position     integer not null,
    indicator_id uuid,
    reason       text    not null,
    primary key (review_id, position)
);
