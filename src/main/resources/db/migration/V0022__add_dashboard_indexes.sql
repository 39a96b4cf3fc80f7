-- The leadership dashboard (docs/adr/0018) counts from the workflow's own tables; these indexes let
-- its period queries and drill-down lists read only the rows of the period instead of whole tables.

-- Positions taken in a period (time in clearance, objections), and their drill-down lists.
create index ix_agency_review_answered on agency_review (answered_at, agency_code, position);

-- Slots overdue now: few rows among many, found without reading every slot.
create index ix_agency_review_overdue on agency_review (overdue_since);

-- Decisions of a period (decisions over time, leverage of approved proposals).
create index ix_decision_decided on decision (decided_at);

-- The pipeline's drill-down: proposals with a status, most recently changed first.
create index ix_proposal_status_updated on proposal (status, updated_at);
