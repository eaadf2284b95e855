-- What the events told us about each assignment, so a notification can name the campaign, the department and link
-- to the report even when the event itself carries only the assignment id. Facts arrive on several topics in any
-- order, so every column but the key may still be unknown.
create table assignment (
    assignment_id   uuid primary key,
    department_code text,
    department_name text,
    campaign_title  text,
    document_number text,
    report_id       uuid,
    due_date        date,
    stage           text,
    overdue         boolean     not null default false,
    warning_level   text,
    updated_at      timestamptz not null
);
create index assignment_department on assignment (department_code);
