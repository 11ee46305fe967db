package app.myomap.ui;

import app.myomap.model.Practitioner;
import app.myomap.store.MetaStore;
import app.myomap.store.PractitionerStore;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Who is charting in this window: the practitioner profile chosen at start or since, whose name is
 * recorded with every new change. Switching tells the listeners (the title bar, the open visit).
 */
final class CurrentPractitioner {
  private final PractitionerStore store;
  private final MetaStore meta;
  private final boolean readOnly;
  private final List<Consumer<Practitioner>> listeners = new ArrayList<>();
  private Practitioner current;

  /** The profile added in this window last: its author has just typed its PIN. */
  private Practitioner justAdded;

  /** Profiles of {@code store}; on a read-only database none is added or chosen for keeps. */
  CurrentPractitioner(PractitionerStore store, MetaStore meta, boolean readOnly) {
    this.store = store;
    this.meta = meta;
    this.readOnly = readOnly;
  }

  /** Calls {@code listener} with each practitioner chosen from now on. */
  void addListener(Consumer<Practitioner> listener) {
    listeners.add(listener);
  }

  /** The profile charting, if one was chosen. */
  Optional<Practitioner> current() {
    return Optional.ofNullable(current);
  }

  /**
   * The name of the practitioner charting; at the first need, the profile chosen last on this
   * database continues when it is the only one and has no PIN, else "Who is charting?" asks. Empty
   * when the user cancels.
   */
  Optional<String> ensure(Window owner) {
    if (current == null) {
      start(owner);
    }
    return current().map(Practitioner::name);
  }

  /** Settles who is charting as the window starts (see {@link #ensure}). */
  void start(Window owner) {
    if (readOnly) {
      return;
    }
    Optional<Practitioner> last = store.lastChosen();
    if (last.isEmpty()) {
      // A database whose practitioner was named before profiles kept its name in meta.
      last = meta.practitioner().map(name -> store.named(name).orElseGet(() -> added(name)));
    }
    List<Practitioner> active = store.active();
    if (last.isPresent() && !last.get().retired() && !last.get().hasPin() && active.size() == 1) {
      set(last.get());
      return;
    }
    choose(owner, last.orElse(null));
  }

  /** "Switch Practitioner…": asks who is charting now; false when the user cancelled. */
  boolean switchPractitioner(Window owner) {
    if (readOnly) {
      return false;
    }
    return choose(owner, current);
  }

  /** "Edit Profile…": changes the profile of the practitioner charting. */
  void editProfile(Window owner) {
    if (readOnly || current == null) {
      return;
    }
    Practitioner editing = store.find(current.id()).orElse(current);
    ProfileDialog.edit(owner, editing, name -> takenByOther(name, editing.id()))
        .ifPresent(changed -> set(store.revise(changed)));
  }

  /**
   * Asks who is charting, {@code preselected} first, and the PIN of the one chosen; keeps asking
   * after a wrong or cancelled PIN. False when the user cancelled the question.
   */
  private boolean choose(Window owner, Practitioner preselected) {
    Practitioner selected = preselected;
    while (true) {
      Optional<Practitioner> chosen =
          PractitionerDialog.ask(owner, store.active(), selected, this::add);
      if (chosen.isEmpty()) {
        return false;
      }
      // A profile added just now was protected by its own author's PIN as it was typed.
      if (isNew(chosen.get()) || PinDialog.confirm(owner, chosen.get())) {
        set(chosen.get());
        return true;
      }
      selected = chosen.get();
    }
  }

  private boolean isNew(Practitioner p) {
    return justAdded != null && justAdded.id().equals(p.id());
  }

  private Optional<Practitioner> add(Window owner) {
    Optional<Practitioner> added =
        ProfileDialog.add(owner, name -> takenByOther(name, null)).map(store::add);
    added.ifPresent(p -> justAdded = p);
    return added;
  }

  private Practitioner added(String name) {
    return store.add(Practitioner.named("new", name));
  }

  private boolean takenByOther(String name, String ownId) {
    return store.named(name).filter(p -> !p.id().equals(ownId)).isPresent();
  }

  private void set(Practitioner chosen) {
    current = chosen;
    store.choose(chosen);
    for (Consumer<Practitioner> listener : List.copyOf(listeners)) {
      listener.accept(chosen);
    }
  }
}
