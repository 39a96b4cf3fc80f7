-- Indexes for the inbox's section queries (org.parley.inbox.infrastructure.JpaInboxQueries).
-- Decisions and drafts: one status, read in reference order, so a page stops after its rows.
create index ix_proposal_status_reference on proposal (status, reference);
-- Drafts: whether the latest round left a comment unanswered (comments of one slot).
create index ix_review_comment_review on review_comment (review_id);
-- Positions: the open rounds (closed_at is null), read in due-date order, so a page stops early.
create index ix_clearance_round_open on clearance_round (closed_at, due_at);
