package org.parley.proposal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * The redline between two versions of a proposal: what changed in title, summary, classification,
 * phases and reciprocal steps. Pure: computed from two {@link ProposalContent}s, nothing else.
 *
 * <p>Phases are lined up by title (a longest common subsequence, so an inserted or removed phase
 * does not disturb the phases around it); between two phases that line up, a removed and an added
 * phase standing at the same place count as one phase renamed. Steps inside a phase are lined up
 * the same way, by equality: a removed and an added step at the same place count as one step
 * changed, with the fields that differ. Texts (title, summary, step descriptions) are compared word
 * by word.
 *
 * @param title the title, word by word
 * @param summary the summary, word by word
 * @param classification the classification marking (constant names)
 * @param phases every phase of both versions, in the order of the later one; removed phases stay
 *     where they stood
 */
public record ProposalDiff(
    TextChange title, TextChange summary, ValueChange classification, List<PhaseDiff> phases) {

  public ProposalDiff {
    Objects.requireNonNull(title);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(classification);
    phases = List.copyOf(phases);
  }

  /** What changed from {@code before} to {@code after}. */
  public static ProposalDiff between(ProposalContent before, ProposalContent after) {
    return new ProposalDiff(
        TextChange.of(before.title(), after.title()),
        TextChange.of(before.summary(), after.summary()),
        new ValueChange(before.classification().name(), after.classification().name()),
        phases(before.phases(), after.phases()));
  }

  /** Whether the two versions say exactly the same. */
  public boolean isEmpty() {
    return !title.changed()
        && !summary.changed()
        && !classification.changed()
        && phases.stream().noneMatch(PhaseDiff::changed);
  }

  /** How a phase fared between the two versions. */
  public enum PhaseChange {
    /** Same title in both (its steps may still have changed). */
    KEPT,
    RENAMED,
    ADDED,
    REMOVED
  }

  /** How a reciprocal step fared between the two versions. */
  public enum StepChange {
    UNCHANGED,
    CHANGED,
    ADDED,
    REMOVED
  }

  /** A piece of compared text: the same in both, only in the later one, or only in the earlier. */
  public enum SegmentKind {
    SAME,
    INSERTED,
    DELETED
  }

  /** The fields of a reciprocal step, each with the type of its value. */
  public enum StepField {
    OUR_CATEGORY(OurCategory.class, s -> s.ours().map(o -> o.category().name())),
    OUR_DESCRIPTION(String.class, s -> s.ours().map(OurAction::description)),
    OUR_REVERSIBILITY(Reversibility.class, s -> s.ours().map(o -> o.reversibility().name())),
    /** The id of the instrument of the leverage register our side spends. */
    OUR_INSTRUMENT(Long.class, s -> s.ours().flatMap(OurAction::instrumentId).map(String::valueOf)),
    THEIR_CATEGORY(TheirCategory.class, s -> s.theirs().map(t -> t.category().name())),
    THEIR_DESCRIPTION(String.class, s -> s.theirs().map(TheirAction::description)),
    THEIR_REVERSIBILITY(Reversibility.class, s -> s.theirs().map(t -> t.reversibility().name())),
    THEIR_VERIFICATION(Verification.class, s -> s.theirs().map(t -> t.verification().name()));

    private final Class<?> valueType;
    private final Function<ReciprocalStep, Optional<String>> value;

    StepField(Class<?> valueType, Function<ReciprocalStep, Optional<String>> value) {
      this.valueType = valueType;
      this.value = value;
    }

    /**
     * The field's value in {@code step}: a constant name or a text; null when the side is missing.
     */
    public String valueOf(ReciprocalStep step) {
      return value.apply(step).orElse(null);
    }

    /** {@code String} for a description, else the enum whose constant names the values are. */
    public Class<?> valueType() {
      return valueType;
    }

    /** Whether the value is free text (a description) rather than a constant name. */
    public boolean text() {
      return valueType == String.class;
    }

    /** Whether the field belongs to our side of the step (else to theirs). */
    public boolean ours() {
      return name().startsWith("OUR_");
    }
  }

  /** A run of words the same in both texts, inserted, or deleted. */
  public record Segment(SegmentKind kind, String text) {}

  /** A text in both versions and how it changed, word by word. */
  public record TextChange(String before, String after, List<Segment> segments) {

    public TextChange {
      segments = List.copyOf(segments);
    }

    static TextChange of(String before, String after) {
      return new TextChange(before, after, WordDiff.segments(before, after));
    }

    public boolean changed() {
      return !Objects.equals(before, after);
    }
  }

  /** A value (a constant name) in both versions. */
  public record ValueChange(String before, String after) {

    public boolean changed() {
      return !Objects.equals(before, after);
    }
  }

  /**
   * One field of a changed step.
   *
   * @param before the earlier value, null when that side was missing
   * @param after the later value, null when that side is missing
   * @param segments for descriptions, the text word by word; empty for constant names
   */
  public record FieldChange(StepField field, String before, String after, List<Segment> segments) {

    public FieldChange {
      segments = List.copyOf(segments);
    }

    static FieldChange of(StepField field, ReciprocalStep before, ReciprocalStep after) {
      String was = before == null ? null : field.valueOf(before);
      String is = after == null ? null : field.valueOf(after);
      return new FieldChange(field, was, is, field.text() ? WordDiff.segments(was, is) : List.of());
    }

    public boolean changed() {
      return !Objects.equals(before, after);
    }
  }

  /**
   * One reciprocal step of either version.
   *
   * @param before the step in the earlier version, null when added
   * @param after the step in the later version, null when removed
   * @param fields the fields that differ, for a changed step; empty otherwise
   */
  public record StepDiff(
      StepChange change, ReciprocalStep before, ReciprocalStep after, List<FieldChange> fields) {

    public StepDiff {
      fields = List.copyOf(fields);
    }

    /** The step as it now reads, or as it read before it was removed. */
    public ReciprocalStep step() {
      return after != null ? after : before;
    }

    public boolean changed() {
      return change != StepChange.UNCHANGED;
    }

    /**
     * Every field of the step in ledger order, for showing the whole step: a changed step's
     * changes, otherwise the step's values, the same before and after.
     */
    public List<FieldChange> allFields() {
      ReciprocalStep step = step();
      return Arrays.stream(StepField.values())
          .map(
              field ->
                  change == StepChange.CHANGED
                      ? FieldChange.of(field, before, after)
                      : FieldChange.of(field, step, step))
          .toList();
    }

    /** Whether {@code field} is among the fields that changed. */
    public boolean changedField(StepField field) {
      return fields.stream().anyMatch(f -> f.field() == field);
    }
  }

  /**
   * One phase of either version.
   *
   * @param titleBefore its title in the earlier version, null when added
   * @param titleAfter its title in the later version, null when removed
   * @param steps its steps, lined up like the phases
   */
  public record PhaseDiff(
      PhaseChange change, String titleBefore, String titleAfter, List<StepDiff> steps) {

    public PhaseDiff {
      steps = List.copyOf(steps);
    }

    /** The title it now has, or had before it was removed. */
    public String title() {
      return titleAfter != null ? titleAfter : titleBefore;
    }

    /** Whether anything about this phase changed: its title, its presence or a step. */
    public boolean changed() {
      return change != PhaseChange.KEPT || steps.stream().anyMatch(StepDiff::changed);
    }
  }

  // --- the alignment ---

  private static List<PhaseDiff> phases(List<PhaseContent> before, List<PhaseContent> after) {
    List<PhaseDiff> result = new ArrayList<>();
    for (Pairing pair : align(before, after, (a, b) -> a.title().equals(b.title()))) {
      if (pair.before() < 0) {
        PhaseContent added = after.get(pair.after());
        result.add(
            new PhaseDiff(
                PhaseChange.ADDED, null, added.title(), whole(added.steps(), StepChange.ADDED)));
      } else if (pair.after() < 0) {
        PhaseContent removed = before.get(pair.before());
        result.add(
            new PhaseDiff(
                PhaseChange.REMOVED,
                removed.title(),
                null,
                whole(removed.steps(), StepChange.REMOVED)));
      } else {
        PhaseContent was = before.get(pair.before());
        PhaseContent is = after.get(pair.after());
        result.add(
            new PhaseDiff(
                pair.same() ? PhaseChange.KEPT : PhaseChange.RENAMED,
                was.title(),
                is.title(),
                steps(was.steps(), is.steps())));
      }
    }
    return result;
  }

  private static List<StepDiff> whole(List<ReciprocalStep> steps, StepChange change) {
    return steps.stream()
        .map(
            step ->
                change == StepChange.ADDED
                    ? new StepDiff(change, null, step, List.of())
                    : new StepDiff(change, step, null, List.of()))
        .toList();
  }

  private static List<StepDiff> steps(List<ReciprocalStep> before, List<ReciprocalStep> after) {
    List<StepDiff> result = new ArrayList<>();
    for (Pairing pair : align(before, after, ReciprocalStep::equals)) {
      if (pair.before() < 0) {
        result.add(new StepDiff(StepChange.ADDED, null, after.get(pair.after()), List.of()));
      } else if (pair.after() < 0) {
        result.add(new StepDiff(StepChange.REMOVED, before.get(pair.before()), null, List.of()));
      } else {
        ReciprocalStep was = before.get(pair.before());
        ReciprocalStep is = after.get(pair.after());
        List<FieldChange> fields = fields(was, is);
        result.add(
            new StepDiff(
                fields.isEmpty() ? StepChange.UNCHANGED : StepChange.CHANGED, was, is, fields));
      }
    }
    return result;
  }

  private static List<FieldChange> fields(ReciprocalStep before, ReciprocalStep after) {
    return Arrays.stream(StepField.values())
        .map(field -> FieldChange.of(field, before, after))
        .filter(FieldChange::changed)
        .toList();
  }

  /**
   * Two lists lined up: an index into each (-1 where the element has no counterpart), and whether
   * the paired elements are the same.
   */
  private record Pairing(int before, int after, boolean same) {}

  /**
   * Lines up {@code before} and {@code after}: the longest common subsequence under {@code same}
   * are pairs of same elements; in each gap between them, removed and added elements are paired in
   * order (a change), and the surplus is removed first, then added.
   */
  private static <T> List<Pairing> align(List<T> before, List<T> after, BiPredicate<T, T> same) {
    int[][] lcs =
        Lcs.table(before.size(), after.size(), (i, j) -> same.test(before.get(i), after.get(j)));
    List<Pairing> result = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      if (i < before.size()
          && j < after.size()
          && same.test(before.get(i), after.get(j))
          && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        closeGap(result, removed, added);
        result.add(new Pairing(i++, j++, true));
      } else if (i < before.size() && (j == after.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        removed.add(i++);
      } else {
        added.add(j++);
      }
    }
    closeGap(result, removed, added);
    return result;
  }

  private static void closeGap(List<Pairing> result, List<Integer> removed, List<Integer> added) {
    int paired = Math.min(removed.size(), added.size());
    for (int k = 0; k < paired; k++) {
      result.add(new Pairing(removed.get(k), added.get(k), false));
    }
    removed.subList(paired, removed.size()).forEach(r -> result.add(new Pairing(r, -1, false)));
    added.subList(paired, added.size()).forEach(a -> result.add(new Pairing(-1, a, false)));
    removed.clear();
    added.clear();
  }
}
