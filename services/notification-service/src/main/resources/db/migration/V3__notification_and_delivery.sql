-- Each person's in-app inbox: one row per fact and person, so a redelivered event adds nothing.
create table notification (
    id                 uuid primary key,
    source_event_id    uuid        not null,
    source_event_type  text        not null,
    recipient_username text        not null,
    kind               text        not null,
    title              text        not null,
    body               text        not null,
    link               text        not null,
    assignment_id      uuid,
    department_code    text,
    created_at         timestamptz not null,
    read_at            timestamptz,
    constraint notification_once unique (source_event_id, recipient_username)
);
create index notification_inbox on notification (recipient_username, created_at desc);
create index notification_unread on notification (recipient_username) where read_at is null;
create index notification_assignment on notification (assignment_id);

-- Email and SMS waiting to go out, going out or gone: a persisted queue, so nothing is lost on a restart. The same fact
-- reaches the same person on the same channel once.
create table delivery (
    id                 uuid primary key,
    notification_id    uuid,
    source_event_id    uuid        not null,
    source_event_type  text        not null,
    assignment_id      uuid,
    recipient_username text        not null,
    recipient_name     text        not null,
    channel            text        not null,
    address            text        not null,
    subject            text        not null,
    content            text        not null,
    status             text        not null,
    attempts           integer     not null default 0,
    next_attempt_at    timestamptz,
    last_error         text,
    created_at         timestamptz not null,
    delivered_at       timestamptz,
    constraint delivery_once unique (source_event_id, recipient_username, channel)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_assignment on delivery (assignment_id);

-- Every attempt, delivered or failed with its error: what the report's history shows.
create table delivery_attempt (
    delivery_id    uuid        not null references delivery (id),
    attempt        integer     not null,
    status         text        not null,
    failure_reason text,
    attempted_at   timestamptz not null,
    primary key (delivery_id, attempt)
);
