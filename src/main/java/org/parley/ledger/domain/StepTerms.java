package org.parley.ledger.domain;

import org.parley.shared.Reversibility;
import org.parley.shared.Verification;

/**
 * What the reciprocity check reads of one reciprocal step, as drafted so far: any of it may still
 * be missing (the editor checks a form being filled in), and a rule skips what it cannot judge.
 *
 * @param instrumentId the instrument of the leverage register our side spends, if any
 */
public record StepTerms(
    Reversibility ours, Long instrumentId, Reversibility theirs, Verification verification) {}
