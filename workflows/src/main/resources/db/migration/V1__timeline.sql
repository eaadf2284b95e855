-- The auditors' history of each assignment: every lifecycle fact and command, once, in a SHA-256 hash chain.

-- The head of one assignment's chain. Appending locks this row, so entries of one assignment get gap-free
-- sequence numbers even when several topics' listeners append at once. The department is the first one a message
-- named, and decides who may read the timeline.
create table timeline_chain
(
    assignment_id   uuid primary key,
    department_code text,
    length          integer not null,
    head_hash       text    not null
);

-- One entry per message (the message id is unique, so a redelivered message adds nothing). seq is the arrival
-- order, which the chain follows; readers sort by occurred_at, then seq. hash covers every column but itself,
-- previous_hash included, so an edited, inserted or deleted row breaks the chain.
create table timeline_entry
(
    assignment_id         uuid        not null references timeline_chain,
    seq                   integer     not null,
    message_id            uuid        not null unique,
    message_type          text        not null,
    kind                  text        not null,
    source                text        not null,
    occurred_at           timestamptz not null,
    recorded_at           timestamptz not null,
    department_code       text,
    actor_user_id         text,
    actor_username        text,
    actor_display_name    text,
    actor_role            text,
    actor_department_code text,
    summary_zh            text        not null,
    summary_en            text        not null,
    report_id             uuid,
    report_version        integer,
    stage_before          text,
    stage_after           text,
    details               text        not null,
    previous_hash         text        not null,
    hash                  text        not null,
    primary key (assignment_id, seq)
);
create index timeline_entry_in_time_order on timeline_entry (assignment_id, occurred_at, seq);
