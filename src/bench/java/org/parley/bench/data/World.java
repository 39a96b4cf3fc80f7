package org.parley.bench.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.clearance.domain.RoutingRule;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.ledger.domain.InstrumentTerms;
import org.parley.proposal.domain.OurCategory;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.Reversibility;

/**
 * The fixed setting every generated proposal is drawn in: the negotiation tracks with their envoys
 * and staff, the people who review and decide (the demo users of {@code db/dev}, so that signing in
 * as one of them shows the generated data), the leverage register, the routing rules and the
 * reciprocity threshold as the database holds them.
 */
final class World {

  /** A negotiation track the generator creates; {@code weight} is its share of the proposals. */
  record Track(
      long id,
      String name,
      String counterpart,
      String prefix,
      String envoy,
      Classification envoyClearance,
      List<String> staff,
      int clearanceDays,
      double weight) {}

  /** An instrument of the leverage register. */
  record Instrument(
      long id,
      String name,
      InstrumentKind kind,
      int tier,
      Reversibility reversibility,
      String owningAgency,
      boolean retired) {

    InstrumentTerms terms() {
      return new InstrumentTerms(id, name, tier, retired);
    }
  }

  /** Someone who takes positions for an agency, and the highest marking they may read. */
  record Reviewer(String username, Classification clearance) {}

  /** Reviewers and leads of the demo data (db/dev V0001, V0004), per agency. */
  static final Map<Agency, List<Reviewer>> REVIEWERS =
      Map.of(
          Agency.STATE,
          List.of(
              new Reviewer("state", Classification.SECRET),
              new Reviewer("state", Classification.SECRET),
              new Reviewer("state-lead", Classification.SECRET),
              new Reviewer("analyst", Classification.CONFIDENTIAL)),
          Agency.DEFENSE,
          List.of(new Reviewer("defense", Classification.SECRET)),
          Agency.ENERGY,
          List.of(new Reviewer("energy", Classification.SECRET)),
          Agency.TREASURY,
          List.of(new Reviewer("treasury", Classification.SECRET)),
          Agency.IC,
          List.of(new Reviewer("ic", Classification.SECRET)),
          Agency.NSC,
          List.of(new Reviewer("nsc", Classification.SECRET)));

  /** The highest marking any reviewer holds: a proposal above it could never leave clearance. */
  static final Classification REVIEWABLE = Classification.SECRET;

  static final String DEPUTY = "deputy";
  static final String PRINCIPAL = "principal";
  static final String AUDITOR = "auditor";

  /** Which kinds of instrument our side of each category may spend. */
  static final Map<OurCategory, Set<InstrumentKind>> SPENDS =
      Map.of(
          OurCategory.SANCTIONS_RELIEF,
              Set.of(InstrumentKind.UN_SANCTIONS, InstrumentKind.UNILATERAL_SANCTIONS),
          OurCategory.SECURITY_ASSURANCE, Set.of(InstrumentKind.SECURITY_ASSURANCE),
          OurCategory.LIAISON_OFFICE, Set.of(InstrumentKind.DIPLOMATIC_STEP),
          OurCategory.HUMANITARIAN_AID, Set.of(InstrumentKind.HUMANITARIAN_AID),
          OurCategory.EXERCISE_ADJUSTMENT, Set.of(InstrumentKind.COMBINED_EXERCISE),
          OurCategory.DIPLOMATIC_STEP, Set.of(InstrumentKind.DIPLOMATIC_STEP),
          OurCategory.ECONOMIC_COOPERATION, Set.of(InstrumentKind.ECONOMIC_COOPERATION));

  final List<Track> tracks;
  final List<Instrument> register;
  final List<RoutingRule> rules;
  final int frontLoadingThreshold;
  final Map<Long, InstrumentTerms> terms = new HashMap<>();
  final Map<OurCategory, List<Instrument>> spendable = new EnumMap<>(OurCategory.class);
  private final double[] cumulative;

  World(
      List<Track> tracks,
      List<Instrument> register,
      List<RoutingRule> rules,
      int frontLoadingThreshold) {
    this.tracks = List.copyOf(tracks);
    this.register = List.copyOf(register);
    this.rules = List.copyOf(rules);
    this.frontLoadingThreshold = frontLoadingThreshold;
    for (Instrument instrument : register) {
      terms.put(instrument.id(), instrument.terms());
    }
    for (OurCategory category : OurCategory.values()) {
      spendable.put(
          category,
          register.stream()
              .filter(i -> !i.retired() && SPENDS.get(category).contains(i.kind()))
              .toList());
    }
    cumulative = new double[tracks.size()];
    double total = tracks.stream().mapToDouble(Track::weight).sum();
    double sum = 0;
    for (int i = 0; i < tracks.size(); i++) {
      sum += tracks.get(i).weight() / total;
      cumulative[i] = sum;
    }
  }

  /** The track a proposal goes on, for a roll in [0, 1). */
  Track track(double roll) {
    for (int i = 0; i < cumulative.length; i++) {
      if (roll < cumulative[i]) {
        return tracks.get(i);
      }
    }
    return tracks.get(tracks.size() - 1);
  }

  /**
   * The generated tracks, ids from {@code firstId} on. Most proposals go on the two tracks of the
   * demo envoy and drafter ({@code envoy}, {@code drafter}); the others have envoys and staff of
   * their own, who are no demo users.
   */
  static List<Track> tracks(long firstId) {
    return List.of(
        new Track(
            firstId,
            "DPRK — nuclear package, working level",
            "DPRK",
            "DPRKN",
            "envoy",
            Classification.TOP_SECRET,
            List.of("drafter"),
            5,
            0.40),
        new Track(
            firstId + 1,
            "DPRK — military confidence building",
            "DPRK",
            "DPRKM",
            "envoy",
            Classification.TOP_SECRET,
            List.of("drafter"),
            7,
            0.20),
        new Track(
            firstId + 2,
            "Iran nuclear file — technical talks",
            "Iran",
            "IRANT",
            "iran-envoy",
            Classification.SECRET,
            List.of("iran-staff"),
            5,
            0.14),
        new Track(
            firstId + 3,
            "Strategic stability dialogue",
            "Russia",
            "SSD",
            "ssd-envoy",
            Classification.SECRET,
            List.of("ssd-staff-1", "ssd-staff-2"),
            10,
            0.12),
        new Track(
            firstId + 4,
            "Arms control consultations",
            "China",
            "ACC",
            "acc-envoy",
            Classification.SECRET,
            List.of("acc-staff"),
            10,
            0.09),
        new Track(
            firstId + 5,
            "Sanctions and elections roadmap",
            "Venezuela",
            "VEN",
            "ven-envoy",
            Classification.SECRET,
            List.of("ven-staff"),
            5,
            0.05));
  }

  /** A generic leverage register, for a database that has none (the demo data brings one). */
  static List<Instrument> defaultRegister(long firstId) {
    Object[][] rows = {
      {"UN sanctions on coal and iron ore exports", "UN_SANCTIONS", 1, "IRREVERSIBLE", "STATE"},
      {"UN cap on refined petroleum imports", "UN_SANCTIONS", 1, "IRREVERSIBLE", "STATE"},
      {"UN ban on textile and seafood exports", "UN_SANCTIONS", 2, "IRREVERSIBLE", "STATE"},
      {
        "Secondary sanctions on foreign banks",
        "UNILATERAL_SANCTIONS",
        1,
        "REVERSIBLE_AT_COST",
        "TREASURY"
      },
      {"Visa bans on senior officials", "UNILATERAL_SANCTIONS", 3, "EASILY_REVERSIBLE", "STATE"},
      {"Spring combined exercise", "COMBINED_EXERCISE", 2, "REVERSIBLE_AT_COST", "DEFENSE"},
      {"Strategic bomber flights", "COMBINED_EXERCISE", 3, "EASILY_REVERSIBLE", "DEFENSE"},
      {
        "Food aid through the World Food Programme",
        "HUMANITARIAN_AID",
        3,
        "EASILY_REVERSIBLE",
        "STATE"
      },
      {"Medical supplies channel", "HUMANITARIAN_AID", 3, "EASILY_REVERSIBLE", "STATE"},
      {"Liaison offices in both capitals", "DIPLOMATIC_STEP", 2, "REVERSIBLE_AT_COST", "STATE"},
      {"Ministerial meeting", "DIPLOMATIC_STEP", 3, "EASILY_REVERSIBLE", "STATE"},
      {
        "Written assurance of no hostile intent",
        "SECURITY_ASSURANCE",
        2,
        "REVERSIBLE_AT_COST",
        "NSC"
      },
      {"Declaration ending the state of hostility", "SECURITY_ASSURANCE", 1, "IRREVERSIBLE", "NSC"},
      {
        "Exemption for rail and road links",
        "ECONOMIC_COOPERATION",
        2,
        "REVERSIBLE_AT_COST",
        "STATE"
      },
    };
    List<Instrument> register = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      Object[] row = rows[i];
      register.add(
          new Instrument(
              firstId + i,
              (String) row[0],
              InstrumentKind.valueOf((String) row[1]),
              (Integer) row[2],
              Reversibility.valueOf((String) row[3]),
              (String) row[4],
              false));
    }
    return register;
  }
}
