package org.parley.inbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.inbox.application.InboxItem;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

class InboxBeanTest {

  @ParameterizedTest
  @CsvSource({
    "TAKE_POSITION, /clearance/review.xhtml?id=12",
    "ANSWER_COMMENTS, /clearance/comments.xhtml?id=12",
    "REVISE_DRAFT, /proposals/edit.xhtml?id=12",
    "DECIDE, /decisions/decide.xhtml?id=12"
  })
  void eachTaskLinksToThePageWhereItIsDone(String task, String path) {
    InboxItem item =
        new InboxItem(
            12,
            "DPRK-2026-0012",
            "Freeze for relief",
            ProposalStatus.DRAFT,
            task,
            null,
            null,
            Classification.UNCLASSIFIED,
            null);

    assertEquals(path, new InboxBean().path(item));
  }
}
