package org.parley.proposal.api;

import jakarta.json.JsonObject;
import org.parley.platform.rest.JsonInput;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.PhaseContent;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Classification;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * The body of {@code POST /api/proposals} and {@code PUT /api/proposals/{id}}, read strictly: every
 * member is required except a step's sides, which a draft may leave out (absent or {@code null}); a
 * side that is there needs all its members, except {@code ours.instrumentId} (the instrument of the
 * leverage register it spends, optional). Texts are limited by the domain's constants.
 */
record ProposalInput(long trackId, ProposalContent content) {

  static ProposalInput read(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    long trackId = in.longValue("trackId");
    String title = in.text("title", ProposalContent.MAX_TITLE);
    String summary = in.text("summary", ProposalContent.MAX_SUMMARY);
    Classification classification = in.enumValue("classification", Classification.class);
    var phases = in.objects("phases").stream().map(ProposalInput::phase).toList();
    return new ProposalInput(trackId, new ProposalContent(title, summary, classification, phases));
  }

  private static PhaseContent phase(JsonInput phase) {
    String title = phase.text("title", PhaseContent.MAX_TITLE);
    return new PhaseContent(
        title, phase.objects("steps").stream().map(ProposalInput::step).toList());
  }

  private static ReciprocalStep step(JsonInput step) {
    OurAction ours = step.optionalObject("ours").map(ProposalInput::ours).orElse(null);
    TheirAction theirs = step.optionalObject("theirs").map(ProposalInput::theirs).orElse(null);
    return new ReciprocalStep(ours, theirs);
  }

  private static OurAction ours(JsonInput side) {
    return new OurAction(
        side.enumValue("category", OurCategory.class),
        side.text("description", OurAction.MAX_DESCRIPTION),
        side.enumValue("reversibility", Reversibility.class),
        side.optionalLongValue("instrumentId").orElse(null));
  }

  private static TheirAction theirs(JsonInput side) {
    return new TheirAction(
        side.enumValue("category", TheirCategory.class),
        side.text("description", TheirAction.MAX_DESCRIPTION),
        side.enumValue("reversibility", Reversibility.class),
        side.enumValue("verification", Verification.class));
  }
}
