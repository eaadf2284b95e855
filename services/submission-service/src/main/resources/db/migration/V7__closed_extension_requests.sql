-- A pending extension request is closed when it can no longer apply: WITHDRAWN with its assignment, OBSOLETE once the
-- work it asked more time for was handed in (or the lifecycle closed). decision_comment then holds the reason.
alter table extension_request drop constraint extension_request_status_check;
alter table extension_request add constraint extension_request_status_check
    check (status in ('PENDING', 'GRANTED', 'DENIED', 'WITHDRAWN', 'OBSOLETE'));
