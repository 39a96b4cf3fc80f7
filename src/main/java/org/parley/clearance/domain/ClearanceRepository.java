package org.parley.clearance.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.shared.Agency;

/** Clearance rounds and routing rules. */
public interface ClearanceRepository {

  void add(ClearanceRound round);

  /** Writes pending changes now, so that new comments have their ids. */
  void flush();

  /** The proposal's most recent round, if it ever went to clearance. */
  Optional<ClearanceRound> findLatest(long proposalId);

  /** Like {@link #findLatest}, holding a write lock on the round until the transaction ends. */
  Optional<ClearanceRound> findLatestForUpdate(long proposalId);

  /**
   * Open rounds past their due date at {@code now} with a slot neither answered nor yet marked
   * overdue, earliest due first, at most {@code limit}. Read without locks: lock with {@link
   * #refreshForUpdate} before changing one.
   */
  List<ClearanceRound> findWithUnmarkedOverdueSlots(Instant now, int limit);

  /** Locks the round for writing and reads it again, its slots included. */
  void refreshForUpdate(ClearanceRound round);

  /** The ids of proposals that {@code agency} has or had a slot on. */
  List<Long> proposalIdsRoutedTo(Agency agency);

  List<RoutingRule> routingRules();

  Optional<RoutingRule> findRule(long id);

  void add(RoutingRule rule);

  void remove(RoutingRule rule);
}
