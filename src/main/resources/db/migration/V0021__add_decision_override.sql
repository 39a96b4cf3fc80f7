-- A principal who approves a version with a blocking reciprocity finding records an override and
-- its justification; the audit trail keeps it too (FINDING_OVERRIDDEN).
alter table decision add column override_justification varchar(4000);
