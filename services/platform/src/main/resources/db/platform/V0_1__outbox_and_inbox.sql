-- Spring Modulith's JDBC event publication registry: our transactional outbox.
create table if not exists event_publication
(
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

-- The ids of the messages this service has acted on, so that a redelivery has no second effect.
create table inbox_message
(
    message_id    uuid primary key,
    message_type  text        not null,
    assignment_id uuid,
    received_at   timestamptz not null default now()
);
