-- A campaign's scoring rules, one immutable version per publication: a review is scored by the version in force when
-- it opened, so publishing new rules never changes a review under way.
create table scoring_rule_set
(
    campaign_id  uuid        not null,
    version      integer     not null check (version > 0),
    bonus_cap    numeric(7, 2) check (bonus_cap >= 0),
    published_at timestamptz not null,
    published_by text        not null,
    primary key (campaign_id, version)
);

-- One rule per indicator and version; the kind's parameters are kept as the rule's JSON (they differ per kind).
create table scoring_rule
(
    campaign_id  uuid    not null,
    version      integer not null,
    position     integer not null,
    indicator_id uuid    not null,
    kind         text    not null,
    definition   jsonb   not null,
    primary key (campaign_id, version, position),
    foreign key (campaign_id, version) references scoring_rule_set (campaign_id, version),
    constraint scoring_rule_once unique (campaign_id, version, indicator_id)
);

-- The rule version a review is scored by (null: the campaign had no rules when it opened), and whether a veto
-- (一票否决) made its grade 不合格 whatever the total.
alter table review add column rule_version integer;
alter table review add column vetoed boolean not null default false;

-- What the auditor found per indicator, as its rule needs it, and the suggestion they departed from with a reason.
alter table review_indicator add column occurrences integer check (occurrences >= 0);
alter table review_indicator add column metric_value numeric(9, 2);
alter table review_indicator add column vetoed boolean;
alter table review_indicator add column overridden_suggestion numeric(7, 2);
alter table review_indicator add column override_reason text;
alter table review_indicator add constraint review_indicator_override
    check ((overridden_suggestion is null) = (override_reason is null));
