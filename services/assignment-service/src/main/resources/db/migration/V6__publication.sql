-- By when departments must publish their annual reports (向社会公开); set for ANNUAL_REPORT campaigns only.
alter table campaign add column publication_due_date date;

-- When the department published its annual report (ReportPublished from submission-service), and which version.
alter table assignment add column published_on date;
alter table assignment add column published_version int;
