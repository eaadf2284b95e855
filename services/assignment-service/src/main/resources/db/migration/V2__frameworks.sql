-- Indicator frameworks (督察内容分解表): framework → aspects (一级指标) → items (二级指标).
create table framework
(
    id          uuid primary key,
    name        text        not null,
    year        integer     not null,
    description text,
    status      text        not null check (status in ('DRAFT', 'IN_USE')),
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table framework_aspect
(
    id           uuid primary key,
    framework_id uuid    not null references framework (id) on delete cascade,
    code         text    not null,
    title        text    not null,
    position     integer not null,
    unique (framework_id, code)
);

create table framework_item
(
    id                uuid primary key,
    framework_id      uuid          not null references framework (id) on delete cascade,
    aspect_id         uuid          not null references framework_aspect (id) on delete cascade,
    code              text          not null,
    title             text          not null,
    requirement       text          not null,
    max_points        numeric(6, 2) not null check (max_points > 0),
    scoring_rule      text          not null,
    expected_evidence text,
    lead_unit         text          not null references department (code),
    co_units          text[]        not null default '{}',
    position          integer       not null,
    unique (framework_id, code)
);
create index framework_item_by_aspect on framework_item (aspect_id);

-- The structured figures an item asks for (see MetricSpec in contracts).
create table framework_item_metric
(
    item_id  uuid    not null references framework_item (id) on delete cascade,
    position integer not null,
    code     text    not null,
    label    text    not null,
    kind     text    not null check (kind in ('COUNT', 'PERCENTAGE', 'YES_NO')),
    unit     text,
    primary key (item_id, position),
    unique (item_id, code)
);
