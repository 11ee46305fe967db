package app.myomap.edit;

import app.myomap.model.Mark;
import app.myomap.model.MarkKind;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a command did, as a message key and a count for the UI to turn into text such as "Undo Move
 * 3 trigger points"; keys look like {@code command.move.triggerPoint}.
 */
public record CommandLabel(String key, int count) {

  public CommandLabel {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("Command label key must not be blank");
    }
    if (count < 0) {
      throw new IllegalArgumentException("Command label count must not be negative: " + count);
    }
  }

  /**
   * The label of an action on marks: {@code command.<action>.<kind key>} when all marks are of one
   * kind, {@code command.<action>.marks} otherwise, counting the marks.
   */
  public static CommandLabel forMarks(String action, Collection<? extends Mark> marks) {
    Set<MarkKind> kinds = marks.stream().map(Mark::kind).collect(Collectors.toSet());
    String subject = kinds.size() == 1 ? kinds.iterator().next().key() : "marks";
    return new CommandLabel("command." + action + "." + subject, marks.size());
  }
}
