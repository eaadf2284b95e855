-- Drafting, the leader's approval and the submitted versions. Who changed something last is kept as the
-- Actor JSON the events carry, so a conflict can tell the loser who saved before them and when.
alter table report
    add column draft_started    boolean not null default false,
    add column modified_at      timestamptz,
    add column modified_by      jsonb,
    add column sent_by          jsonb,
    -- The leader's last rejection (who, when, comment), shown on the draft until it is approved.
    add column last_rejection   jsonb,
    add column versions         integer not null default 0;

-- Sections carry their own version, so two people drafting different sections do not block each other.
alter table report_section
    add column version     bigint not null default 0,
    add column modified_at timestamptz,
    add column modified_by jsonb;

-- A metric's drafted value: a number (COUNT, PERCENTAGE) or a yes/no, checked against the kind on save.
alter table report_section_metric
    add column value_number numeric(20, 4),
    add column value_flag   boolean,
    add constraint report_section_metric_one_value check (value_number is null or value_flag is null);

-- What the leader approved, as it was: never updated, never deleted (the trigger below refuses both).
create table report_version
(
    report_id    uuid        not null references report (id),
    number       integer     not null,
    submitted_at timestamptz not null,
    submitter    jsonb       not null,
    approver     jsonb       not null,
    content      jsonb       not null,
    primary key (report_id, number)
);

create function refuse_change_of_submitted_version() returns trigger
    language plpgsql as
$$
begin
    raise exception 'submitted report versions are immutable (report %, version %)', old.report_id, old.number;
end
$$;

create trigger report_version_immutable
    before update or delete on report_version
    for each row execute function refuse_change_of_submitted_version();

-- Why the auditors returned a submitted version (退回修改), per indicator (null: the whole report); kept
-- for good so every later revision still shows what it answered.
create table report_return_reason
(
    report_id        uuid        not null references report (id),
    returned_version integer     not null,
    position         integer     not null,
    indicator_id     uuid,
    reason           text        not null,
    received_at      timestamptz not null,
    primary key (report_id, returned_version, position)
);
