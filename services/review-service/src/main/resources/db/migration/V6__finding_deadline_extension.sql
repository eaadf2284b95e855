-- A granted extension (延期) moves a finding's rectification deadline. When the latest applied grant happened is kept,
-- so that grants arriving out of order leave the newest one's date; the first deadline stays for the ledger.
alter table finding add column original_deadline date;
update finding set original_deadline = deadline;
alter table finding alter column original_deadline set not null;
alter table finding add column deadline_moved_at timestamptz;
