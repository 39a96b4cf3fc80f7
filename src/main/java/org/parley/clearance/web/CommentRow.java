package org.parley.clearance.web;

import java.io.Serializable;
import org.parley.clearance.domain.CommentDraft;
import org.parley.clearance.domain.CommentType;

/** One typed comment as the reviewer writes it on the clearance page. */
public class CommentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private CommentType type = CommentType.SUBSTANTIVE;
  private String text;

  public CommentType getType() {
    return type;
  }

  public void setType(CommentType type) {
    this.type = type;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  CommentDraft draft() {
    return new CommentDraft(type, text == null ? "" : text.strip());
  }
}
