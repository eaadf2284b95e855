-- Each rectification answer the department submits for a finding, as an auditor verifies it: closed (销号),
-- rejected with a reason, or superseded by a later answer before anyone verified it.
create table verification
(
    id                   uuid primary key,
    finding_id           uuid        not null references finding (id),
    assignment_id        uuid        not null,
    answer_id            uuid        not null,
    answer_version       integer     not null,
    status               text        not null,
    opened_at            timestamptz not null,
    reason               text,
    verified_by_id       text,
    verified_by_username text,
    verified_by_name     text,
    verified_at          timestamptz,
    -- A redelivered or re-sent OpenVerification must not put the same answer before the auditors twice.
    constraint verification_once_per_answer unique (finding_id, answer_id),
    constraint verification_verified check ((status in ('CLOSED', 'REJECTED')) = (verified_at is not null)),
    constraint verification_rejected_reason check (status <> 'REJECTED' or reason is not null)
);
-- At most one answer per finding waits for verification.
create unique index verification_one_pending_per_finding on verification (finding_id) where status = 'PENDING';
