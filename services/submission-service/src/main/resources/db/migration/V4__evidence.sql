-- Evidence attachments (佐证材料) of a report section or of a rectification answer. The bytes live in a
-- PostgreSQL large object (streamed in and out, never held in memory whole); this row says what they are.
-- Attachments are never changed or deleted, so what a version cited stays retrievable: a version's evidence
-- is what was uploaded before it was submitted.
create table evidence
(
    id              uuid primary key,
    report_id       uuid        not null references report (id),
    section_id      uuid references report_section (id),
    finding_id      uuid,
    department_code text        not null,
    file_name       text        not null,
    content_type    text        not null,
    size_bytes      bigint      not null,
    sha256          text        not null,
    content_oid     oid         not null,
    uploaded_at     timestamptz not null,
    uploaded_by     jsonb       not null,
    constraint evidence_attached_once check ((section_id is null) <> (finding_id is null))
);
create index evidence_by_report on evidence (report_id, uploaded_at);
