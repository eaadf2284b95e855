-- One assignment per published campaign and department, with the scope it was issued with and a projection of
-- the lifecycle stage the workflow engine reports.
create table assignment
(
    id                 uuid primary key,
    campaign_id        uuid        not null,
    department_code    text        not null references department (code),
    status             text        not null check (status in ('ISSUED', 'WITHDRAWN')),
    due_date           date        not null,
    scope              jsonb       not null,
    issued_at          timestamptz not null,
    withdrawn_at       timestamptz,
    withdraw_reason    text,
    stage              text        not null,
    stage_changed_at   timestamptz,
    -- Publishing a campaign twice must never issue a second assignment to a department.
    unique (campaign_id, department_code)
);
create index assignment_by_department on assignment (department_code);

-- Every StageChanged received, in the order the engine says they happened; the id makes a replay harmless.
create table assignment_stage_change
(
    event_id       uuid primary key,
    assignment_id  uuid        not null references assignment (id) on delete cascade,
    previous_stage text,
    stage          text        not null,
    occurred_at    timestamptz not null,
    received_at    timestamptz not null
);
create index assignment_stage_change_by_assignment on assignment_stage_change (assignment_id, occurred_at);
