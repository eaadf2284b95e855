-- A campaign's deadline rules (DeadlinePolicy as JSON); null = the engine's defaults.
alter table campaign add column deadline_policy jsonb;

-- What the engine reported about the report's deadline, for the progress board: overdue, the warning reached
-- (YELLOW, RED) and to whom it was escalated (DEPARTMENT_LEADER, OFFICE). Reset when the due date moves.
alter table assignment add column overdue boolean not null default false;
alter table assignment add column warning_level text check (warning_level in ('YELLOW', 'RED'));
alter table assignment add column escalated_to text check (escalated_to in ('DEPARTMENT_LEADER', 'OFFICE'));
-- When the report reached SUBMITTED first (from StageChanged), for on-time statistics.
alter table assignment add column submitted_at timestamptz;

-- Departments' extension requests (延期申请), received from submission-service, and the office's decisions.
create table extension_request
(
    id                 uuid primary key,
    assignment_id      uuid        not null references assignment (id),
    campaign_id        uuid        not null,
    department_code    text        not null,
    finding_id         uuid,
    current_due_date   date        not null,
    requested_due_date date        not null,
    reason             text        not null,
    requester          jsonb       not null,
    requested_at       timestamptz not null,
    status             text        not null check (status in ('PENDING', 'GRANTED', 'DENIED')),
    granted_due_date   date,
    decision_comment   text,
    decided_by         jsonb,
    decided_at         timestamptz
);
create index extension_request_by_status on extension_request (status, requested_at);
create index extension_request_by_department on extension_request (department_code);
