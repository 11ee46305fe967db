package app.myomap.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of commands. It only keeps commands; the editor applies and reverts
 * them, and nothing here talks to storage.
 */
public final class UndoHistory {

  /** How many steps are kept by default; older steps are forgotten. */
  public static final int DEFAULT_LIMIT = 500;

  private final int limit;
  private final Deque<Command> undoable = new ArrayDeque<>();
  private final Deque<Command> redoable = new ArrayDeque<>();

  public UndoHistory() {
    this(DEFAULT_LIMIT);
  }

  public UndoHistory(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("Undo limit must be at least 1, got " + limit);
    }
    this.limit = limit;
  }

  /** Records a command just applied; the redo stack is cleared. */
  public void push(Command command) {
    undoable.push(requireCommand(command));
    redoable.clear();
    if (undoable.size() > limit) {
      undoable.removeLast();
    }
  }

  /** Replaces the command on top, for an edit still in progress such as a drag. */
  public void replaceTop(Command command) {
    requireUndoable();
    undoable.pop();
    undoable.push(requireCommand(command));
  }

  /** Forgets the command on top without making it redoable, for an abandoned edit. */
  public Command dropTop() {
    requireUndoable();
    return undoable.pop();
  }

  /** Moves the command on top to the redo stack and returns it for the caller to revert. */
  public Command undo() {
    requireUndoable();
    Command command = undoable.pop();
    redoable.push(command);
    return command;
  }

  /** Moves the next redoable command back onto the undo stack and returns it to apply. */
  public Command redo() {
    if (redoable.isEmpty()) {
      throw new IllegalStateException("Nothing to redo");
    }
    Command command = redoable.pop();
    undoable.push(command);
    return command;
  }

  /** Forgets every step, undoable and redoable. */
  public void clear() {
    undoable.clear();
    redoable.clear();
  }

  public boolean canUndo() {
    return !undoable.isEmpty();
  }

  public boolean canRedo() {
    return !redoable.isEmpty();
  }

  /** The command {@link #undo()} would return. */
  public Optional<Command> nextUndo() {
    return Optional.ofNullable(undoable.peek());
  }

  /** The command {@link #redo()} would return. */
  public Optional<Command> nextRedo() {
    return Optional.ofNullable(redoable.peek());
  }

  public int undoSize() {
    return undoable.size();
  }

  private void requireUndoable() {
    if (undoable.isEmpty()) {
      throw new IllegalStateException("Nothing to undo");
    }
  }

  private static Command requireCommand(Command command) {
    if (command == null) {
      throw new IllegalArgumentException("Command must not be null");
    }
    return command;
  }
}
