package org.parley.bench.data;

/**
 * The next id of each table the generator writes, handed out in order: ids grow with the time a row
 * was created, as they do in the running application.
 */
final class Ids {

  long proposal;
  long phase;
  long version;
  long round;
  long review;
  long comment;
  long decision;
  long finding;
  long reference;

  /** Every counter starts at {@code first}: for tests and an empty database. */
  static Ids startingAt(long first) {
    Ids ids = new Ids();
    ids.proposal = first;
    ids.phase = first;
    ids.version = first;
    ids.round = first;
    ids.review = first;
    ids.comment = first;
    ids.decision = first;
    ids.finding = first;
    ids.reference = first;
    return ids;
  }
}
