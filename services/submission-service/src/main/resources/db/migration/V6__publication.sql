-- An annual report's way to the public (向社会公开): the version the office accepted, the leader's secrecy review
-- (保密审查) and the publication. The row exists once the report is accepted; the review and the publication are
-- recorded together, by the department's leader, and never changed afterwards.
create table report_publication
(
    report_id              uuid primary key references report (id),
    accepted_version       int         not null,
    accepted_at            timestamptz not null,
    secrecy_reviewer       jsonb,
    secrecy_review_statement text,
    secrecy_reviewed_at    timestamptz,
    published_on           date,
    publisher              jsonb,
    published_at           timestamptz,
    constraint report_publication_complete check (
        (published_on is null) = (publisher is null)
            and (published_on is null) = (secrecy_reviewer is null)
            and (published_on is null) = (secrecy_review_statement is null))
);
create index report_publication_published on report_publication (published_on) where published_on is not null;
