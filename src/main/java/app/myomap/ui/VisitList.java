package app.myomap.ui;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.model.VisitDetails;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

/**
 * The lower half of the patients panel: who is open, their visits newest first with date, time and
 * practitioner (past ones marked read-only), and the button that starts a new visit. Choosing a
 * visit tells a callback.
 */
final class VisitList extends JPanel {
  /** Visits of an earlier day unlocked in this session ("Edit this visit…"). */
  private final java.util.Set<String> editable = new java.util.HashSet<>();

  private static final long serialVersionUID = 1L;
  private static final int WIDTH_PX = 240;

  private final DefaultListModel<Visit> visits = new DefaultListModel<>();
  private final HintedList<Visit> list = new HintedList<>(visits);
  private final WrappingLabel patientName = new WrappingLabel(WIDTH_PX);
  private final JLabel patientBorn = new JLabel();
  private final JLabel patientRecord = new JLabel();
  private final JLabel patientRetention = new JLabel();
  private final java.util.Map<String, VisitDetails> visitDetails = new java.util.HashMap<>();
  private final DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
  private final Clock clock;
  private final DateTimeFormatter whenFormat;
  private final BirthDateFormat birthFormat = BirthDateFormat.ofDefaultLocale();
  private Consumer<Visit> chosen = v -> {};
  private Consumer<Visit> compare;
  private Visit open;
  private boolean quiet;

  /**
   * Shows times in the zone of {@code clock}, which also tells the patient's age; {@code newVisit}
   * and {@code followUp} back the buttons.
   */
  VisitList(Clock clock, Action newVisit, Action followUp, Action visitDetailsAction) {
    super(new BorderLayout(0, 6));
    this.clock = clock;
    this.whenFormat =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(clock.getZone());
    setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
    patientName.setName("patients.openName");
    patientName.putClientProperty("FlatLaf.styleClass", "h3");
    patientBorn.setName("patients.openBorn");
    quiet(patientBorn);
    patientRecord.setName("patients.openRecord");
    quiet(patientRecord);
    patientRetention.setName("patients.openRetention");
    patientRetention.setToolTipText(Messages.get("Patients.keepUntil.tooltip"));
    quiet(patientRetention);
    JLabel caption = new JLabel(Messages.get("Patients.visits"));
    caption.putClientProperty("FlatLaf.styleClass", "h4");
    JPanel header = new JPanel(new GridBagLayout());
    addRow(header, patientName, 0);
    addRow(header, patientBorn, 2);
    addRow(header, patientRecord, 0);
    addRow(header, patientRetention, 0);
    addRow(header, caption, 12);

    list.setName("visits.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setVisibleRowCount(3);
    list.setCellRenderer(
        new TwoLineCell<Visit>(v -> when(sessionAt(v)), this::details, v -> v.equals(open)));
    list.addListSelectionListener(
        e -> {
          if (!e.getValueIsAdjusting() && !quiet) {
            selectionChanged();
          }
        });
    list.addMouseListener(new VisitMenu(newVisit, followUp, visitDetailsAction));
    JButton start = new JButton(newVisit);
    start.setName("visits.new");
    JButton follow = new JButton(followUp);
    follow.setName("visits.followUp");
    JPanel buttons = new JPanel(new java.awt.GridLayout(2, 1, 0, 6));
    buttons.add(follow);
    buttons.add(start);

    add(header, BorderLayout.NORTH);
    add(new JScrollPane(list), BorderLayout.CENTER);
    add(buttons, BorderLayout.SOUTH);
    showNoPatient();
  }

  /** Offers "Compare with Another Visit…" in the right-click menu, calling {@code callback}. */
  void onCompare(Consumer<Visit> callback) {
    this.compare = callback;
  }

  /** Calls {@code callback} when the user chooses another visit. */
  void onChosen(Consumer<Visit> callback) {
    this.chosen = callback;
  }

  /** Shows an earlier day's visit as editable: it was unlocked with a reason for this session. */
  void markEditable(String visitId) {
    editable.add(visitId);
    repaint();
  }

  /** The visit shown as open, or null. */
  Visit open() {
    return open;
  }

  /** The start of a visit as shown, in the local zone. */
  private String when(Instant startedAt) {
    return whenFormat.format(startedAt);
  }

  /** When the session took place: as its details say, else when the visit started. */
  private Instant sessionAt(Visit visit) {
    VisitDetails details = visitDetails.get(visit.id());
    return details == null ? visit.startedAt() : details.sessionAt();
  }

  /**
   * The kind of visit and the practitioner, and for a visit of an earlier day that it opens
   * read-only (judged by the day it was created, not its editable session time).
   */
  private String details(Visit visit) {
    VisitDetails details = visitDetails.get(visit.id());
    String who =
        details == null
            ? visit.practitioner()
            : Messages.format(
                "VisitList.detailsLine",
                Messages.get("VisitType." + details.type().name()),
                visit.practitioner());
    return visit.startedBeforeToday(clock) && !editable.contains(visit.id())
        ? Messages.format("VisitList.readOnly", who)
        : who;
  }

  /** Shows the details recorded for a visit. */
  void putDetails(String visitId, VisitDetails details) {
    visitDetails.put(visitId, details);
    list.repaint();
  }

  /** Shows the day until which the open patient's record must be kept, and if it is archived. */
  void showRetention(LocalDate keepUntil, boolean archived) {
    String line = Messages.format("Patients.keepUntil", dayFormat.format(keepUntil));
    patientRetention.setText(
        archived ? Messages.get("Patients.archivedNote") + " \u00b7 " + line : line);
    patientRetention.setVisible(true);
  }

  /** Shows {@code patient}'s visits (newest first) with {@code selected} open; no callback. */
  void showPatient(
      Patient patient,
      List<Visit> newestFirst,
      java.util.Map<String, VisitDetails> details,
      Visit selected) {
    showHeader(patient);
    visitDetails.clear();
    visitDetails.putAll(details);
    quiet = true;
    try {
      visits.clear();
      visits.addAll(newestFirst);
      open = selected;
      if (selected == null) {
        list.clearSelection();
      } else {
        list.setSelectedValue(selected, true);
      }
    } finally {
      quiet = false;
    }
    list.setHint(Messages.get("Patients.visits.empty"));
  }

  /** Shows the new details of the open patient. */
  void showHeader(Patient patient) {
    patientName.setText(patient.name());
    patientName.setEnabled(true);
    int years = Math.max(0, Period.between(patient.dateOfBirth(), LocalDate.now(clock)).getYears());
    patientBorn.setText(
        Messages.format("Patients.born", birthFormat.format(patient.dateOfBirth()), years));
    patientRecord.setText(
        patient.recordNumber().isEmpty()
            ? ""
            : Messages.format("Patients.record", patient.recordNumber()));
    patientRecord.setVisible(!patient.recordNumber().isEmpty());
  }

  /** How many visits the open patient has. */
  int visitCount() {
    return visits.size();
  }

  /** Puts a just-created visit at the top and opens it; no callback. */
  void addNewest(Visit visit) {
    quiet = true;
    try {
      visits.add(0, visit);
      open = visit;
      list.setSelectedIndex(0);
      list.ensureIndexIsVisible(0);
    } finally {
      quiet = false;
    }
  }

  /** Shows that no patient is open, with no visits; no callback. */
  void showNoPatient() {
    quiet = true;
    try {
      visits.clear();
      open = null;
      list.clearSelection();
    } finally {
      quiet = false;
    }
    patientName.setText(Messages.get("Patients.noPatientOpen"));
    patientName.setEnabled(false);
    patientBorn.setText(" ");
    patientRecord.setVisible(false);
    patientRetention.setVisible(false);
    visitDetails.clear();
    list.setHint(Messages.get("Patients.visits.noPatient"));
  }

  private void selectionChanged() {
    Visit selected = list.getSelectedValue();
    if (selected == null) {
      // The open visit stays open, so it stays selected too.
      if (open != null) {
        quiet = true;
        try {
          list.setSelectedValue(open, false);
        } finally {
          quiet = false;
        }
      }
      return;
    }
    if (!selected.equals(open)) {
      open = selected;
      list.repaint();
      chosen.accept(selected);
    }
  }

  private static void addRow(JPanel header, JComponent row, int gapAbove) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    c.insets = new Insets(gapAbove, 0, 0, 0);
    header.add(row, c);
  }

  private static void quiet(JLabel label) {
    label.putClientProperty("FlatLaf.styleClass", "small");
    label.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
  }

  /** The right-click menu of the visits: open the one clicked, or start a new one. */
  private final class VisitMenu extends MouseAdapter {
    private final Action newVisit;
    private final Action followUp;
    private final Action visitDetailsAction;

    VisitMenu(Action newVisit, Action followUp, Action visitDetailsAction) {
      this.newVisit = newVisit;
      this.followUp = followUp;
      this.visitDetailsAction = visitDetailsAction;
    }

    @Override
    public void mousePressed(MouseEvent e) {
      showIfTrigger(e);
    }

    @Override
    public void mouseReleased(MouseEvent e) {
      showIfTrigger(e);
    }

    private void showIfTrigger(MouseEvent e) {
      if (!e.isPopupTrigger()) {
        return;
      }
      int index = list.locationToIndex(e.getPoint());
      boolean onVisit = index >= 0 && list.getCellBounds(index, index).contains(e.getPoint());
      JPopupMenu menu = new JPopupMenu();
      menu.setName("visitMenu");
      JMenuItem openItem = new JMenuItem(Messages.get("VisitMenu.open"));
      openItem.setName("visitMenu.open");
      openItem.setEnabled(onVisit);
      openItem.addActionListener(ev -> list.setSelectedIndex(index));
      menu.add(openItem);
      JMenuItem detailsItem = new JMenuItem(visitDetailsAction);
      detailsItem.setName("visitMenu.details");
      menu.add(detailsItem);
      JMenuItem followUpItem = new JMenuItem(followUp);
      followUpItem.setName("visitMenu.followUp");
      menu.add(followUpItem);
      JMenuItem newItem = new JMenuItem(newVisit);
      newItem.setName("visitMenu.new");
      menu.add(newItem);
      if (compare != null) {
        JMenuItem compareItem = new JMenuItem(Messages.get("Compare.visitMenu"));
        compareItem.setName("visitMenu.compare");
        compareItem.setEnabled(onVisit && visits.size() > 1);
        compareItem.addActionListener(ev -> compare.accept(visits.get(index)));
        menu.add(compareItem);
      }
      menu.show(list, e.getX(), e.getY());
    }
  }
}
