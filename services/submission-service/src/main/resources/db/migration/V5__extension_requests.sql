-- When a due date was last moved (an extension granted, the office moving the campaign's date): a move that
-- happened earlier than the one applied arrives late and must not win.
alter table report add column due_date_changed_at timestamptz;
alter table rectification add column deadline_changed_at timestamptz;

-- A department's requests for more time (延期申请): for its report's due date, or with finding_id for that
-- finding's rectification deadline. The office decides in assignment-service; its answer comes back as an event.
create table extension_request
(
    id                 uuid primary key,
    report_id          uuid        not null references report (id),
    assignment_id      uuid        not null,
    department_code    text        not null,
    finding_id         uuid,
    -- The deadline asked about: the report's own, or one finding's.
    target_id          uuid        not null generated always as (coalesce(finding_id, report_id)) stored,
    current_due_date   date        not null,
    requested_due_date date        not null,
    reason             text        not null,
    requester          jsonb       not null,
    requested_at       timestamptz not null,
    status             text        not null check (status in ('PENDING', 'GRANTED', 'DENIED')),
    granted_due_date   date,
    decision_comment   text,
    decided_by         jsonb,
    decided_at         timestamptz,
    constraint extension_request_dates check (requested_due_date > current_due_date)
);
-- One pending request per deadline: the database decides when two arrive at once.
create unique index extension_request_one_pending_per_target on extension_request (target_id) where status = 'PENDING';
create index extension_request_by_report on extension_request (report_id, requested_at);
