package org.parley.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.access.domain.Access.FORBIDDEN;
import static org.parley.access.domain.Access.GRANTED;
import static org.parley.access.domain.Access.NOT_FOUND;
import static org.parley.access.domain.Access.WRONG_STATE;
import static org.parley.access.domain.PolicyWorld.ENVOY;
import static org.parley.access.domain.PolicyWorld.OUTSIDER;
import static org.parley.access.domain.PolicyWorld.STAFF;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * The policy table: its invariants over every generated subject × proposal × permission, and the
 * cases DESIGN.md and the Security issue name, one by one.
 */
class PermissionTest {

  private static final List<Subject> SUBJECTS = PolicyWorld.subjects();
  private static final List<ProposalFacts> PROPOSALS = PolicyWorld.proposals();

  // --- invariants over the whole generated world ---

  @Test
  void nothingIsGrantedAboveTheCallersClearance() {
    List<String> violations = new ArrayList<>();
    forEveryCase(
        (permission, subject, facts, access) -> {
          if (permission != Permission.CREATE
              && access == GRANTED
              && !subject.clearance().dominates(facts.classification())) {
            violations.add(permission + " " + subject + " " + facts);
          }
        });
    assertEquals(List.of(), violations);
  }

  @Test
  void aCallerWhoMayNotSeeAProposalIsToldItDoesNotExistOrThatTheRoleIsMissing() {
    List<String> violations = new ArrayList<>();
    forEveryCase(
        (permission, subject, facts, access) -> {
          boolean sees = Permission.VIEW.evaluate(subject, facts) == GRANTED;
          boolean holdsRole = subject.roles().stream().anyMatch(permission.grants()::containsKey);
          if (permission != Permission.CREATE && !sees) {
            Access expected = holdsRole ? NOT_FOUND : FORBIDDEN;
            if (access != expected) {
              violations.add(permission + " " + subject + " " + facts + " → " + access);
            }
          }
        });
    assertEquals(List.of(), violations);
  }

  @Test
  void nobodyClearsOrDecidesWhatTheyDrafted() {
    for (Permission permission : List.of(Permission.TAKE_POSITION, Permission.DECIDE)) {
      forEveryCase(
          permission,
          (subject, facts, access) -> {
            if (facts.drafters().contains(subject.username())) {
              assertTrue(access != GRANTED, permission + " " + subject + " " + facts);
            }
          });
    }
  }

  @Test
  void aGrantedActionIsOneTheStatusAllows() {
    forEveryCase(
        (permission, subject, facts, access) -> {
          if (access == GRANTED) {
            permission
                .statuses()
                .ifPresent(statuses -> assertTrue(statuses.contains(facts.status())));
          }
        });
  }

  @Test
  void administratorsSeeNoProposal() {
    forEveryCase(
        Permission.VIEW,
        (subject, facts, access) -> {
          if (subject.roles().equals(Set.of(Role.ADMIN))) {
            assertEquals(FORBIDDEN, access);
          }
        });
  }

  /** The query's form of need to know must agree with the rule everywhere. */
  @Test
  void visibilityAgreesWithTheViewRule() {
    for (Subject subject : SUBJECTS) {
      Visibility visibility = Permission.visibility(subject);
      for (ProposalFacts facts : PROPOSALS) {
        assertEquals(
            Permission.VIEW.evaluate(subject, facts) == GRANTED,
            visibility.includes(facts),
            subject + " " + facts);
      }
    }
  }

  @Test
  void aCallerWithTwoRolesGetsWhatEitherRoleGrants() {
    Subject deputyAndAuditor =
        new Subject(OUTSIDER, Set.of(Role.DEPUTY, Role.AUDITOR), null, Classification.SECRET);
    ProposalFacts notReached = facts(ProposalStatus.IN_CLEARANCE, Set.of(Agency.IC), false);
    assertEquals(GRANTED, Permission.VIEW.evaluate(deputyAndAuditor, notReached));
    assertTrue(Permission.visibility(deputyAndAuditor).everything());
  }

  @Test
  void portalPermissionsAreDecidedOnTheRoleAlone() {
    Subject admin = subject(OUTSIDER, Role.ADMIN, null, Classification.CONFIDENTIAL);
    Subject auditor = subject(OUTSIDER, Role.AUDITOR, null, Classification.SECRET);
    assertEquals(GRANTED, Permission.LIST_USERS.evaluate(admin));
    assertEquals(GRANTED, Permission.MANAGE_ROUTING_RULES.evaluate(admin));
    assertEquals(FORBIDDEN, Permission.READ_AUDIT_TRAIL.evaluate(admin));
    assertEquals(GRANTED, Permission.READ_AUDIT_TRAIL.evaluate(auditor));
    assertEquals(FORBIDDEN, Permission.LIST_USERS.evaluate(auditor));
    assertThrows(IllegalStateException.class, () -> Permission.VIEW.evaluate(admin));
    assertThrows(
        IllegalStateException.class,
        () -> Permission.LIST_USERS.evaluate(admin, facts(ProposalStatus.DRAFT, Set.of(), false)));
  }

  // --- the named cases ---

  static Stream<Arguments> namedCases() {
    ProposalFacts draft = facts(ProposalStatus.DRAFT, Set.of(), false);
    ProposalFacts inClearance = facts(ProposalStatus.IN_CLEARANCE, Set.of(Agency.STATE), false);
    ProposalFacts awaiting =
        facts(ProposalStatus.AWAITING_DECISION, Set.of(Agency.STATE, Agency.IC), true);
    ProposalFacts returned = facts(ProposalStatus.DRAFT, Set.of(Agency.STATE), true);
    ProposalFacts topSecretDraft =
        new ProposalFacts(
            Classification.TOP_SECRET,
            ProposalStatus.DRAFT,
            ENVOY,
            Set.of(STAFF),
            Set.of(),
            false,
            Set.of(ENVOY));
    Subject envoy = subject(ENVOY, Role.ENVOY, null, Classification.TOP_SECRET);
    Subject staff = subject(STAFF, Role.ENVOY_STAFF, null, Classification.SECRET);
    Subject otherEnvoy = subject("iran-envoy", Role.ENVOY, null, Classification.SECRET);
    Subject state = subject("state", Role.AGENCY_REVIEWER, Agency.STATE, Classification.SECRET);
    Subject stateLead =
        subject("state-lead", Role.AGENCY_LEAD, Agency.STATE, Classification.SECRET);
    Subject analyst =
        subject("analyst", Role.AGENCY_REVIEWER, Agency.STATE, Classification.CONFIDENTIAL);
    Subject treasury =
        subject("treasury", Role.AGENCY_REVIEWER, Agency.TREASURY, Classification.SECRET);
    Subject deputy = subject("deputy", Role.DEPUTY, null, Classification.TOP_SECRET);
    Subject auditor = subject("auditor", Role.AUDITOR, null, Classification.SECRET);
    Subject admin = subject("admin", Role.ADMIN, null, Classification.SECRET);
    return Stream.of(
        Arguments.of("staff revise a draft", Permission.REVISE, staff, draft, GRANTED),
        Arguments.of("staff may not submit", Permission.SUBMIT, staff, draft, FORBIDDEN),
        Arguments.of("the envoy submits", Permission.SUBMIT, envoy, draft, GRANTED),
        Arguments.of(
            "no revising in clearance", Permission.REVISE, staff, inClearance, WRONG_STATE),
        Arguments.of("the envoy withdraws", Permission.WITHDRAW, envoy, inClearance, GRANTED),
        Arguments.of("another track's envoy", Permission.VIEW, otherEnvoy, draft, NOT_FOUND),
        Arguments.of("another track's envoy", Permission.SUBMIT, otherEnvoy, draft, NOT_FOUND),
        Arguments.of(
            "above the staff's clearance", Permission.VIEW, staff, topSecretDraft, NOT_FOUND),
        Arguments.of("the envoy's TOP SECRET", Permission.VIEW, envoy, topSecretDraft, GRANTED),
        Arguments.of("a routed agency sees it", Permission.VIEW, state, inClearance, GRANTED),
        Arguments.of("its lead too", Permission.VIEW, stateLead, inClearance, GRANTED),
        Arguments.of("and answers", Permission.TAKE_POSITION, state, inClearance, GRANTED),
        Arguments.of("an agency not routed", Permission.VIEW, treasury, inClearance, NOT_FOUND),
        Arguments.of("below clearance", Permission.VIEW, analyst, inClearance, NOT_FOUND),
        Arguments.of("a draft never routed", Permission.VIEW, state, draft, NOT_FOUND),
        Arguments.of("once routed, always", Permission.VIEW, state, returned, GRANTED),
        Arguments.of("reviewers do not revise", Permission.REVISE, state, inClearance, FORBIDDEN),
        Arguments.of(
            "deputies before it reached them", Permission.VIEW, deputy, inClearance, NOT_FOUND),
        Arguments.of("deputies once it did", Permission.VIEW, deputy, awaiting, GRANTED),
        Arguments.of("and decide", Permission.DECIDE, deputy, awaiting, GRANTED),
        Arguments.of("a returned one stays known", Permission.VIEW, deputy, returned, GRANTED),
        Arguments.of("but is not decided again", Permission.DECIDE, deputy, returned, WRONG_STATE),
        Arguments.of("auditors see all", Permission.VIEW, auditor, draft, GRANTED),
        Arguments.of("auditors do not act", Permission.DECIDE, auditor, awaiting, FORBIDDEN),
        Arguments.of("administrators see none", Permission.VIEW, admin, awaiting, FORBIDDEN),
        Arguments.of("staff draft on their track", Permission.CREATE, staff, draft, GRANTED),
        Arguments.of("not on another track", Permission.CREATE, otherEnvoy, draft, FORBIDDEN),
        Arguments.of("reviewers do not draft", Permission.CREATE, state, draft, FORBIDDEN));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("namedCases")
  void namedCase(
      String name, Permission permission, Subject subject, ProposalFacts facts, Access expected) {
    assertEquals(expected, permission.evaluate(subject, facts));
  }

  @Test
  void aDrafterWhoIsAlsoADeciderMayNotDecide() {
    Subject deputy =
        new Subject(
            "deputy", Set.of(Role.DEPUTY, Role.ENVOY_STAFF), null, Classification.TOP_SECRET);
    ProposalFacts draftedByDeputy =
        new ProposalFacts(
            Classification.SECRET,
            ProposalStatus.AWAITING_DECISION,
            ENVOY,
            Set.of("deputy"),
            Set.of(Agency.STATE),
            true,
            Set.of("deputy"));
    assertEquals(FORBIDDEN, Permission.DECIDE.evaluate(deputy, draftedByDeputy));
  }

  // --- helpers ---

  interface Case {
    void check(Permission permission, Subject subject, ProposalFacts facts, Access access);
  }

  interface PermissionCase {
    void check(Subject subject, ProposalFacts facts, Access access);
  }

  private static void forEveryCase(Case check) {
    for (Permission permission : Permission.values()) {
      if (permission.target() != Permission.Target.PORTAL) {
        forEveryCase(permission, (s, f, a) -> check.check(permission, s, f, a));
      }
    }
  }

  private static void forEveryCase(Permission permission, PermissionCase check) {
    for (Subject subject : SUBJECTS) {
      for (ProposalFacts facts : PROPOSALS) {
        check.check(subject, facts, permission.evaluate(subject, facts));
      }
    }
  }

  private static Subject subject(
      String username, Role role, Agency agency, Classification clearance) {
    return new Subject(username, Set.of(role), agency, clearance);
  }

  private static ProposalFacts facts(
      ProposalStatus status, Set<Agency> routed, boolean reachedDeciders) {
    return new ProposalFacts(
        Classification.SECRET,
        status,
        ENVOY,
        Set.of(STAFF),
        routed,
        reachedDeciders,
        Set.of(STAFF));
  }
}
