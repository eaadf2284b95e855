-- The structured figures a department reported with each version of its report (ReportSubmitted), kept by report
-- version whether that version's review is open yet or not, so that threshold rules score what was reported.
create table reported_metric (
    report_id      uuid    not null,
    report_version integer not null,
    indicator_id   uuid    not null,
    metric_code    text    not null,
    value          numeric not null,
    primary key (report_id, report_version, indicator_id, metric_code)
);
