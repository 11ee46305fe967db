package app.myomap.ui.record;

import app.myomap.model.record.Amendment;
import app.myomap.model.record.Signature;
import app.myomap.model.record.SigningState;
import app.myomap.store.ConflictingEditException;
import app.myomap.store.DatabaseException;
import app.myomap.store.SignedVisitException;
import app.myomap.ui.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The record tab's words: where signing stands, and a failed write in plain words. */
public final class RecordWords {
  private RecordWords() {}

  /** "Unsigned draft", "Signed 7 Dec 2026, 09:41 by Alex Chen", "Addendum 1 open: …". */
  public static String signing(SigningState state) {
    if (!state.signed()) {
      return Messages.get("Record.unsigned");
    }
    if (state.openAmendment().isPresent()) {
      Amendment open = state.openAmendment().get();
      return Messages.format("Record.amending", open.n(), open.reason());
    }
    Signature original = state.original().get();
    String words = Messages.format("Record.signed", when(original.signedAt()), original.author());
    if (state.amendments().isEmpty()) {
      return words;
    }
    Amendment last = state.amendments().get(state.amendments().size() - 1);
    return words
        + " · "
        + Messages.format("Record.amended", when(last.openedAt()), last.author(), last.reason());
  }

  /** Every signature with its hash, for the tooltip. */
  public static String signingDetail(SigningState state) {
    if (!state.signed()) {
      return Messages.get("Record.unsigned.tooltip");
    }
    StringBuilder html = new StringBuilder("<html>");
    for (Signature s : state.signatures()) {
      html.append(
              Messages.format(
                  s.signsAddendum() ? "Record.signature.addendum" : "Record.signature.visit",
                  s.n(),
                  when(s.signedAt()),
                  escape(s.author()),
                  s.shortHash()))
          .append("<br>");
    }
    return html.append("</html>").toString();
  }

  static String problem(Exception e) {
    if (e instanceof SignedVisitException) {
      return Messages.get("Record.problem.signed");
    }
    if (e instanceof ConflictingEditException) {
      return Messages.get("Record.problem.conflict");
    }
    if (e instanceof DatabaseException) {
      return Messages.get("Record.problem.storage");
    }
    if (e instanceof IllegalStateException) {
      return Messages.get("Record.problem.unsavedChart");
    }
    return Messages.get("Record.problem.other");
  }

  static String when(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .format(at.atZone(ZoneId.systemDefault()));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
