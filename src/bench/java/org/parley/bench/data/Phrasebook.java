package org.parley.bench.data;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.clearance.domain.CommentType;
import org.parley.clearance.domain.Position;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.proposal.domain.OurCategory;
import org.parley.proposal.domain.TheirCategory;
import org.parley.shared.Agency;

/**
 * The words of the generated data set: step descriptions, titles, summaries, comments and
 * rationales in the vocabulary of the seed article (action for action, reversibility, leverage,
 * verification), picked at random from small fixed lists so that the text is plausible, varied
 * enough for searches and filters, and reproducible.
 */
final class Phrasebook {

  private static final Map<OurCategory, List<String>> OURS =
      Map.of(
          OurCategory.SANCTIONS_RELIEF,
          List.of(
              "Suspend the cap on refined petroleum imports for %s, with automatic snapback if"
                  + " inspectors are refused access.",
              "Exempt civilian rail and road projects from sanctions for %s.",
              "Lift the ban on textile exports for %s, reviewed every quarter.",
              "Delist the foreign trade bank for %s, for humanitarian payments only.",
              "Release frozen assets in tranches over %s, each tranche after a verified step."),
          OurCategory.SECURITY_ASSURANCE,
          List.of(
              "Give a written assurance of no hostile intent, reaffirmed for %s.",
              "Declare that no strategic assets will be deployed to the region for %s.",
              "Sign a joint statement ending the state of hostility, reviewed after %s."),
          OurCategory.LIAISON_OFFICE,
          List.of(
              "Open liaison offices in both capitals within %s.",
              "Station a liaison officer at the border crossing for %s.",
              "Set up a standing working-level channel that meets every month for %s."),
          OurCategory.HUMANITARIAN_AID,
          List.of(
              "Fast-track sanctions exemptions for food and medical shipments for %s.",
              "Deliver food aid through the World Food Programme, under its monitoring, for %s.",
              "Fund a vaccination campaign run by UNICEF for %s."),
          OurCategory.EXERCISE_ADJUSTMENT,
          List.of(
              "Hold the spring combined exercise as a command-post exercise for %s.",
              "Suspend strategic bomber flights over the region for %s.",
              "Scale down the autumn field training to battalion level for %s."),
          OurCategory.DIPLOMATIC_STEP,
          List.of(
              "Invite the foreign minister to a ministerial meeting within %s.",
              "Support observer status at a regional forum for %s.",
              "Ease the travel ban on negotiators for %s."),
          OurCategory.ECONOMIC_COOPERATION,
          List.of(
              "Fund a feasibility study for a power grid link over %s.",
              "Allow export licences for civil aviation spare parts for %s.",
              "Support a joint fisheries arrangement for %s."));

  private static final Map<TheirCategory, List<String>> THEIRS =
      Map.of(
          TheirCategory.FREEZE,
          List.of(
              "Halt the reactor, reprocessing and enrichment at the main nuclear complex.",
              "Freeze all enrichment at declared and undeclared sites.",
              "Stop the production of fissile material for the length of the phase."),
          TheirCategory.DISMANTLEMENT,
          List.of(
              "Dismantle the enrichment hall, its centrifuges removed under observation.",
              "Dismantle the engine test stand and the launch pad.",
              "Disable the reactor's cooling tower and fuel fabrication plant."),
          TheirCategory.INSPECTOR_ACCESS,
          List.of(
              "Readmit IAEA inspectors, with a continuous presence at the reactor.",
              "Give inspectors access to the suspected undeclared site within 24 hours of a"
                  + " request.",
              "Allow monitoring cameras and seals at every declared facility."),
          TheirCategory.DECLARATION,
          List.of(
              "Declare all fissile material produced, with the operating records.",
              "Declare every missile production and assembly facility.",
              "Provide a complete list of enrichment sites and their capacity."),
          TheirCategory.TEST_MORATORIUM,
          List.of(
              "Keep the moratorium on nuclear tests for the length of the phase.",
              "Announce a moratorium on long-range missile launches.",
              "Close the test site's remaining tunnels in front of observers."),
          TheirCategory.MISSILE_LIMIT,
          List.of(
              "Halt production of intermediate-range missiles and their launchers.",
              "Cap the number of deployed launchers at the declared level.",
              "Destroy one class of medium-range missiles under observation."),
          TheirCategory.REPATRIATION,
          List.of(
              "Return the remains of missing service members in joint recovery missions.",
              "Allow the reunion of separated families twice a year.",
              "Release detained foreign nationals."),
          TheirCategory.OTHER,
          List.of(
              "Attend working-level talks every month without preconditions.",
              "Stop jamming civilian navigation signals along the border.",
              "Publish the names of officials responsible for the programme."));

  private static final Map<OurCategory, String> OUR_TITLE =
      Map.of(
          OurCategory.SANCTIONS_RELIEF, "partial sanctions relief",
          OurCategory.SECURITY_ASSURANCE, "a security assurance",
          OurCategory.LIAISON_OFFICE, "liaison offices",
          OurCategory.HUMANITARIAN_AID, "humanitarian aid",
          OurCategory.EXERCISE_ADJUSTMENT, "an exercise adjustment",
          OurCategory.DIPLOMATIC_STEP, "a diplomatic step",
          OurCategory.ECONOMIC_COOPERATION, "economic cooperation");

  private static final Map<TheirCategory, String> THEIR_TITLE =
      Map.of(
          TheirCategory.FREEZE, "A verified freeze",
          TheirCategory.DISMANTLEMENT, "Dismantlement",
          TheirCategory.INSPECTOR_ACCESS, "Inspector access",
          TheirCategory.DECLARATION, "A full declaration",
          TheirCategory.TEST_MORATORIUM, "A test moratorium",
          TheirCategory.MISSILE_LIMIT, "A missile limit",
          TheirCategory.REPATRIATION, "Repatriation of remains",
          TheirCategory.OTHER, "Regular talks");

  private static final List<String> PERIODS =
      List.of("three months", "six months", "nine months", "twelve months", "eighteen months");

  private static final List<String> PHASE_TITLES =
      List.of(
          "Opening steps",
          "Freeze and first relief",
          "Declaration and verification",
          "Dismantlement for relief",
          "Confidence building",
          "Normalisation steps");

  private static final List<String> SUMMARIES =
      List.of(
          "A phased package with %s: every step of ours is matched by a verifiable step of theirs,"
              + " and relief that is easy to give back is given first.",
          "Moves action for action with %s. Our best leverage stays in reserve until the"
              + " counterpart takes steps it cannot easily reverse.",
          "Proposed for the next working-level round with %s; it keeps sanctions enforcement and"
              + " deterrence in place while testing the counterpart's intentions.",
          "A narrow package for %s, built so that a failure stays quiet at the working level.");

  private static final Map<CommentType, List<String>> COMMENTS =
      Map.of(
          CommentType.CRITICAL,
          List.of(
              "This spends our best leverage for a step the counterpart can reverse within weeks.",
              "Without inspectors on site the step cannot be verified; we cannot clear it.",
              "The relief is irreversible once granted; it must come in tranches with a"
                  + " snapback."),
          CommentType.MAJOR,
          List.of(
              "Sequence the relief after a verified month of the freeze.",
              "Name the verification method for every step of theirs.",
              "Ask for production records with the declaration, not a list of sites alone."),
          CommentType.SUBSTANTIVE,
          List.of(
              "Consult the allies before this is tabled.",
              "State the review period for the exemption explicitly.",
              "The summary should say which instruments stay in force."),
          CommentType.ADMINISTRATIVE,
          List.of(
              "Cite the resolution by number in the annex.",
              "Use the agreed name of the facility throughout.",
              "Fix the phase titles to match the annex."));

  private static final List<String> REJECTION_REASONS =
      List.of(
          "The ledger names the measure; the annex carries the citation.",
          "Outside the scope of this phase; it is taken up in the next package.",
          "The counterpart has already accepted this wording at the last round.");

  private static final Map<DecisionOutcome, List<String>> RATIONALES =
      Map.of(
          DecisionOutcome.APPROVED,
          List.of(
              "Balanced action for action, reversible on our side, verifiable on theirs.",
              "Costs little of our leverage and opens the channel the rest of the package needs.",
              "The dissent is noted; the snapback answers it."),
          DecisionOutcome.APPROVED_WITH_CONDITIONS,
          List.of(
              "Sound package, provided the relief is tied to verified steps.",
              "Approved as a first phase; the conditions keep our best leverage in reserve."),
          DecisionOutcome.RETURNED,
          List.of(
              "Sequence the relief after verified steps and resubmit.",
              "The verification method is missing for the hardest step; rework it."),
          DecisionOutcome.REJECTED,
          List.of(
              "It trades our best leverage, for good, for steps the counterpart can reverse.",
              "Better to do it right than fast: the package front-loads our concessions."));

  private static final List<String> CONDITIONS =
      List.of(
          "Relief is suspended, not lifted, and snaps back if inspectors are refused access.",
          "No tranche before the inspectors report the freeze verified.",
          "Report to the principals on implementation every quarter.");

  private static final List<String> WITHDRAWALS =
      List.of(
          "The counterpart walked away from the working-level round.",
          "Overtaken by the summit package.",
          "The step we asked for is no longer on the table.");

  static final List<String> OVERRIDES =
      List.of(
          "Time-limited relief with an automatic snapback; the risk is accepted for this phase.",
          "The allies carry the enforcement burden if the step is reversed; worth the risk.");

  static final List<String> VIEWS =
      List.of("proposal page", "REST proposal", "clearance page", "redline", "proposal export");

  private Phrasebook() {}

  static String ours(OurCategory category, SplittableRandom random) {
    return pick(OURS.get(category), random).replace("%s", pick(PERIODS, random));
  }

  static String theirs(TheirCategory category, SplittableRandom random) {
    return pick(THEIRS.get(category), random);
  }

  static String title(TheirCategory theirs, OurCategory ours, String counterpart) {
    return THEIR_TITLE.get(theirs) + " for " + OUR_TITLE.get(ours) + " (" + counterpart + ")";
  }

  static String summary(String counterpart, SplittableRandom random) {
    return pick(SUMMARIES, random).replace("%s", counterpart);
  }

  static String phaseTitle(int index, SplittableRandom random) {
    return index == 0 ? PHASE_TITLES.get(0) : pick(PHASE_TITLES.subList(1, 6), random);
  }

  static String comment(CommentType type, Agency agency, SplittableRandom random) {
    return agency.name() + ": " + pick(COMMENTS.get(type), random);
  }

  static CommentType commentType(Position position, SplittableRandom random) {
    double roll = random.nextDouble();
    return switch (position) {
      case NON_CONCUR -> roll < 0.7 ? CommentType.CRITICAL : CommentType.MAJOR;
      case CHANGES_REQUESTED -> roll < 0.25 ? CommentType.CRITICAL : CommentType.MAJOR;
      default ->
          roll < 0.4
              ? CommentType.SUBSTANTIVE
              : roll < 0.75 ? CommentType.ADMINISTRATIVE : CommentType.MAJOR;
    };
  }

  static String rejectionReason(SplittableRandom random) {
    return pick(REJECTION_REASONS, random);
  }

  static String rationale(DecisionOutcome outcome, SplittableRandom random) {
    return pick(RATIONALES.get(outcome), random);
  }

  static String conditions(SplittableRandom random) {
    return pick(CONDITIONS, random);
  }

  static String withdrawal(SplittableRandom random) {
    return random.nextDouble() < 0.3 ? null : pick(WITHDRAWALS, random);
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
