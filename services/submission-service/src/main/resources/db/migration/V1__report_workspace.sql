-- A department's report for one assignment. What the assignment said about its campaign is copied in:
-- each service owns its data, and a report must still read the same if the campaign changes later.
create table report
(
    id                       uuid primary key,
    -- One report per assignment, whatever the number of OpenReport commands: opening relies on this.
    assignment_id            uuid        not null constraint report_one_per_assignment unique,
    campaign_id              uuid        not null,
    campaign_title           text        not null,
    campaign_document_number text,
    campaign_kind            text        not null,
    period                   text,
    due_date                 date        not null,
    department_code          text        not null,
    department_name          text        not null,
    status                   text        not null,
    contact_person           text        not null default '',
    contact_phone            text        not null default '',
    -- The report's own 文号, given when the department sends it out.
    document_number          text        not null default '',
    created_at               timestamptz not null,
    -- Optimistic locking: every change compares and increments it.
    version                  bigint      not null default 0
);
-- Department isolation filters on the department in every query; the task list orders by due date.
create index report_by_department on report (department_code, due_date);
create index report_by_campaign on report (campaign_id);

-- Sections keep their ids for good (drafts, attachments and reviews will point at them), so they are
-- updated in place rather than rewritten with the report.
create table report_section
(
    id                uuid primary key,
    report_id         uuid    not null references report (id),
    position          integer not null,
    kind              text    not null,
    title             text    not null,
    indicator_id      uuid,
    indicator_code    text,
    aspect_title      text,
    requirement       text,
    max_points        numeric(7, 2),
    indicator_role    text,
    expected_evidence text,
    narrative         text    not null default '',
    constraint report_section_position unique (report_id, position),
    constraint report_section_indicator check ((kind = 'INDICATOR') = (indicator_id is not null and indicator_role is not null))
);

-- The figures an indicator section must give, so that drafted values can be checked against them.
create table report_section_metric
(
    section_id uuid    not null references report_section (id),
    position   integer not null,
    code       text    not null,
    label      text    not null,
    kind       text    not null,
    unit       text,
    primary key (section_id, position)
);
