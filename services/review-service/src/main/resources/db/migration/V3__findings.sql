-- Findings (问题) raised when a review accepts a report with findings, each issued as a numbered rectification
-- notice (整改通知书). The department, campaign and indicator are copied in so a finding reads the same for good.
create table finding
(
    id                uuid primary key,
    review_id         uuid        not null references review (id),
    assignment_id     uuid        not null,
    report_id         uuid        not null,
    report_version    integer     not null,
    campaign_title    text        not null,
    department_code   text        not null,
    department_name   text        not null,
    notice_number     text        not null constraint finding_notice_number_unique unique,
    indicator_id      uuid        not null,
    indicator_code    text        not null,
    indicator_title   text        not null,
    severity          text        not null,
    description       text        not null,
    required_measures text        not null,
    deadline          date        not null,
    status            text        not null,
    issued_at         timestamptz not null,
    closed_at         timestamptz,
    constraint finding_closed check ((status = 'CLOSED') = (closed_at is not null))
);
create index finding_by_department on finding (department_code, assignment_id);
create index finding_by_review on finding (review_id);

-- The last notice number given per year: the row lock of the upsert makes numbers unique and, among committed
-- decisions, gapless within a year (a sequence would leave gaps on rollback and not restart each year).
create table notice_counter
(
    year        integer primary key,
    last_number integer not null
);
