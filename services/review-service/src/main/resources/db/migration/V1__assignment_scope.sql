-- What each assignment asked of its department, copied from AssignmentIssued: a review scores exactly these
-- indicators, each up to its points. Each service owns its data, so nothing here is read from assignment-service.
create table assignment_scope
(
    assignment_id   uuid primary key,
    campaign_id     uuid        not null,
    campaign_title  text        not null,
    department_code text        not null,
    department_name text        not null,
    received_at     timestamptz not null
);

create table assignment_scope_indicator
(
    assignment_id uuid          not null references assignment_scope (assignment_id),
    position      integer       not null,
    indicator_id  uuid          not null,
    code          text          not null,
    aspect_title  text,
    title         text          not null,
    max_points    numeric(7, 2) not null check (max_points >= 0),
    primary key (assignment_id, position),
    constraint assignment_scope_indicator_once unique (assignment_id, indicator_id)
);
