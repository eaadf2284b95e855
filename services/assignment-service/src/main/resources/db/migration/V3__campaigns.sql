-- Campaigns (督察任务) and, per department, the indicators it answers for.
create table campaign
(
    id                       uuid primary key,
    kind                     text        not null,
    title                    text        not null,
    document_number          text        not null,
    period                   text        not null,
    due_date                 date        not null,
    asks_for_principal_duty  boolean     not null,
    framework_id             uuid        not null,
    status                   text        not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN', 'CLOSED')),
    withdraw_reason          text,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    published_at             timestamptz,
    withdrawn_at             timestamptz
);
create index campaign_by_framework on campaign (framework_id);

create table campaign_department
(
    campaign_id     uuid    not null references campaign (id) on delete cascade,
    department_code text    not null references department (code),
    position        integer not null,
    primary key (campaign_id, department_code)
);

-- No foreign key to framework_item: a draft campaign keeps its choice while the framework draft is edited,
-- and publishing checks that every chosen indicator still exists.
create table campaign_indicator
(
    campaign_id     uuid not null,
    department_code text not null,
    indicator_id    uuid not null,
    position        integer not null,
    primary key (campaign_id, department_code, indicator_id),
    foreign key (campaign_id, department_code) references campaign_department (campaign_id, department_code) on delete cascade
);
