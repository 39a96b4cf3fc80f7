package org.parley.ledger.domain;

import java.util.List;

/** The reciprocity check's setting and the findings stored with each submitted version. */
public interface ReciprocityRepository {

  /** The one setting row (V0020). */
  ReciprocitySetting setting();

  /** The findings version {@code versionNumber} of the proposal was submitted with, in order. */
  List<VersionFinding> findingsOf(long proposalId, int versionNumber);

  void add(VersionFinding finding);
}
