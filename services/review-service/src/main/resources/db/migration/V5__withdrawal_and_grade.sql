-- A withdrawn assignment (the office cancelled the campaign) takes its undecided review out of the queue, whether
-- or not someone held it; and an accepted review shows the grade the workflow engine derived from its total.
alter table review drop constraint review_claimed;
alter table review add constraint review_claimed
    check ((status <> 'UNCLAIMED' or claimed_by_id is null) and (status <> 'CLAIMED' or claimed_by_id is not null));
alter table review add column withdrawn_at timestamptz;
alter table review add column withdrawal_reason text;
alter table review add constraint review_withdrawn check ((status = 'WITHDRAWN') = (withdrawn_at is not null));
alter table review add column grade text;
