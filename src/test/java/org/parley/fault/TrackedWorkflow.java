package org.parley.fault;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One workflow of the load: create, submit, a position of every required agency, a decision. It
 * keeps every transition the server acknowledged (answered 2xx), which must all be there after any
 * number of crashes.
 */
final class TrackedWorkflow {

  static final String CREATED = "CREATED";
  static final String SUBMITTED = "SUBMITTED";
  static final String DECIDED = "DECIDED";

  final String title;
  volatile Long id;
  final List<String> acknowledged = new CopyOnWriteArrayList<>();

  TrackedWorkflow(String title) {
    this.title = title;
  }

  static String position(String agency) {
    return "POSITION " + agency;
  }
}
