package org.parley.proposal.api;

import java.util.Collection;
import java.util.List;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * A proposal in REST answers. The request body of POST and PUT has the same shape for {@code
 * trackId, title, summary, classification, phases} ({@link ProposalInput}).
 *
 * @param version the optimistic-locking version, also sent as the {@code ETag}
 * @param versionNumber the latest submitted version, 0 before the first submission
 * @param requiredAgencies the agencies of the latest clearance round, or, before the first
 *     submission, those routing selects for the content now
 */
public record ProposalJson(
    long id,
    String reference,
    long trackId,
    String title,
    String summary,
    Classification classification,
    ProposalStatus status,
    long version,
    int versionNumber,
    List<PhaseJson> phases,
    List<Agency> requiredAgencies) {

  static ProposalJson of(ProposalView proposal, Collection<Agency> requiredAgencies) {
    return new ProposalJson(
        proposal.id(),
        proposal.reference(),
        proposal.trackId(),
        proposal.title(),
        proposal.summary(),
        proposal.classification(),
        proposal.status(),
        proposal.version(),
        proposal.versionNumber(),
        proposal.phases().stream().map(PhaseJson::of).toList(),
        requiredAgencies.stream().sorted().distinct().toList());
  }

  /** A phase: its title and its reciprocal steps in order. */
  public record PhaseJson(String title, List<StepJson> steps) {

    static PhaseJson of(PhaseContent phase) {
      return new PhaseJson(phase.title(), phase.steps().stream().map(StepJson::of).toList());
    }
  }

  /** A reciprocal step; a side not drafted yet is {@code null}. */
  public record StepJson(OursJson ours, TheirsJson theirs) {

    static StepJson of(ReciprocalStep step) {
      return new StepJson(
          step.ours().map(OursJson::of).orElse(null),
          step.theirs().map(TheirsJson::of).orElse(null));
    }
  }

  /**
   * What we give.
   *
   * @param instrumentId the instrument of the leverage register it spends ({@code GET
   *     /api/instruments}), or {@code null}
   */
  public record OursJson(
      OurCategory category, String description, Reversibility reversibility, Long instrumentId) {

    static OursJson of(OurAction ours) {
      return new OursJson(
          ours.category(),
          ours.description(),
          ours.reversibility(),
          ours.instrumentId().orElse(null));
    }
  }

  /** What the counterpart gives, and how we would verify it. */
  public record TheirsJson(
      TheirCategory category,
      String description,
      Reversibility reversibility,
      Verification verification) {

    static TheirsJson of(TheirAction theirs) {
      return new TheirsJson(
          theirs.category(), theirs.description(), theirs.reversibility(), theirs.verification());
    }
  }
}
