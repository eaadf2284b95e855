-- Assignments whose lifecycle ended (CloseReport) before their report was opened: an OpenReport arriving
-- late for one of them must not open a workspace nobody may use.
create table closed_assignment
(
    assignment_id uuid primary key,
    final_stage   text        not null,
    reason        text,
    closed_at     timestamptz not null
);

-- One rectification (整改) per finding: the notice as the auditors issued it, and the department's answer
-- being drafted. Department isolation filters on department_code like reports do.
create table rectification
(
    id                     uuid primary key,
    finding_id             uuid        not null constraint rectification_one_per_finding unique,
    report_id              uuid        not null references report (id),
    assignment_id          uuid        not null,
    department_code        text        not null,
    notice_number          text,
    indicator_id           uuid,
    severity               text        not null,
    description            text        not null,
    required_measures      text,
    deadline               date,
    status                 text        not null,
    measures               text        not null default '',
    version                bigint      not null default 0,
    modified_at            timestamptz,
    modified_by            jsonb,
    sent_by                jsonb,
    -- The department leader's last rejection of the answer (who, when, comment).
    last_rejection         jsonb,
    -- The auditors' reason for rejecting an answer at verification, and which answer it was.
    verification_rejection text,
    rejected_answer_id     uuid,
    answers                integer     not null default 0,
    opened_at              timestamptz not null
);
create index rectification_by_report on rectification (report_id);

-- The answers the leader approved, as approved: never updated, never deleted.
create table rectification_answer
(
    id                uuid primary key,
    rectification_id  uuid        not null references rectification (id),
    number            integer     not null,
    measures          text        not null,
    submitted_at      timestamptz not null,
    submitter         jsonb       not null,
    approver          jsonb       not null,
    constraint rectification_answer_number unique (rectification_id, number)
);

create function refuse_change_of_rectification_answer() returns trigger
    language plpgsql as
$$
begin
    raise exception 'approved rectification answers are immutable (answer %)', old.id;
end
$$;

create trigger rectification_answer_immutable
    before update or delete on rectification_answer
    for each row execute function refuse_change_of_rectification_answer();
