package app.myomap.ui.compare;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.chart.ChartWords;
import app.myomap.chart.DifferencePicture;
import app.myomap.compare.VisitComparer;
import app.myomap.model.BodyView;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import app.myomap.ui.Messages;
import app.myomap.ui.Settings;
import app.myomap.ui.UiSettings;
import app.myomap.ui.WindowPlaces;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.geom.Rectangle2D;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JTabbedPane;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;

/**
 * The Compare Visits window: any two visits of one patient, side by side (zoom, pan and view locked
 * together), laid over each other, or as a difference map with its legend and metrics. Visits are
 * read and compared off the event thread. Further tabs (the history of the patient's trigger
 * points, trends) are added with {@link #addHistoryTab}.
 */
public final class CompareWindow extends JDialog {
  private static final Logger LOG = Logger.getLogger(CompareWindow.class.getName());
  private static final int SHORTCUT = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
  private static final String CARD_MESSAGE = "message";
  private static final String CARD_TABS = "tabs";

  /** The tab index of the overlay and of the difference map. */
  private static final int OVERLAY_TAB = 1;

  private static final int DIFFERENCE_TAB = 2;

  private final transient VisitRecords records;
  private final transient Settings settings;
  private final transient Patient patient;
  private final transient Visit openVisit;
  private transient VisitComparer comparer;
  private final transient SharedView shared = new SharedView();
  private final transient VisitPainter sidePainter = new VisitPainter();
  private final transient VisitPainter overlayPainter = new VisitPainter();
  private final transient DifferencePicture differencePicture = DifferencePicture.screen();
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter dayFormat;

  private final JComboBox<Visit> earlierChooser = new JComboBox<>();
  private final JComboBox<Visit> laterChooser = new JComboBox<>();
  private final JTabbedPane tabs = new JTabbedPane();
  private final JPanel cards = new JPanel(new CardLayout());
  private final JLabel message = new JLabel("", SwingConstants.CENTER);
  private final JLabel status = new JLabel(" ");
  private final JButton export = new JButton(Messages.get("Compare.export"));
  private final transient CompareExport exporter;
  private final JLabel earlierTitle = new JLabel(" ", SwingConstants.CENTER);
  private final JLabel laterTitle = new JLabel(" ", SwingConstants.CENTER);
  private final JLabel overlayKey = new JLabel(" ");
  private final JSlider opacity = new JSlider(0, 100, 60);
  private final MetricsPanel metrics = new MetricsPanel(differencePicture);
  private final Map<BodyView, JToggleButton> viewButtons = new EnumMap<>(BodyView.class);

  /** The views offered: those of the compared visits' atlas versions, the later's order first. */
  private List<BodyView> offeredViews = Atlas.viewsOf(Atlas.CURRENT_VERSION);

  private final List<ComparePicture> pictures = new java.util.ArrayList<>();

  private transient ComparedVisits shown;

  /** Counts the comparisons asked for, so that only the latest one is shown. */
  private int requests;

  private boolean choosing;

  /**
   * A window comparing the visits of {@code patient}, by default {@code openVisit} (if any) and the
   * one before it, else the latest two; times shown in {@code clock}'s zone, and an exported report
   * dated by it and made by {@code generator}. Call {@link #start} to read the visits.
   */
  public CompareWindow(
      Window owner,
      VisitRecords records,
      Settings settings,
      Clock clock,
      String generator,
      Patient patient,
      Optional<Visit> openVisit) {
    super(owner, Messages.format("Compare.title", patient.name()), Dialog.ModalityType.MODELESS);
    this.records = records;
    this.settings = settings;
    this.comparer = new VisitComparer(CompareThresholds.from(settings));
    this.patient = patient;
    this.openVisit = openVisit.orElse(null);
    ZoneId zone = clock.getZone();
    this.exporter = new CompareExport(this, settings, clock, generator, status::setText);
    this.dateFormat =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(zone);
    this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(zone);
    setName("compareWindow");
    setDefaultCloseOperation(DISPOSE_ON_CLOSE);
    setLayout(new BorderLayout());
    add(controls(), BorderLayout.NORTH);
    buildTabs();
    message.setName("compare.message");
    // The message alone may fill the window: it takes the focus so that Esc still closes it.
    message.setFocusable(true);
    cards.add(message, CARD_MESSAGE);
    cards.add(tabs, CARD_TABS);
    add(cards, BorderLayout.CENTER);
    status.setName("compare.status");
    status.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    add(status, BorderLayout.SOUTH);
    bindKeys();
    placeWindow();
    showMessage(Messages.get("Compare.loading"));
  }

  /**
   * Adds a tab after the three comparison modes showing {@code panel} under the title of message
   * key {@code titleKey}, e.g. the trigger-point timeline or the trends of the patient's visits.
   */
  public void addHistoryTab(String titleKey, JComponent panel) {
    tabs.addTab(Messages.get(titleKey), panel);
  }

  /** The patient whose visits are compared. */
  public Patient patient() {
    return patient;
  }

  /** Shows the window and reads the patient's visits in the background. */
  public void start() {
    setVisible(true);
    new SwingWorker<List<Visit>, Void>() {
      @Override
      protected List<Visit> doInBackground() {
        return records.visits(patient);
      }

      @Override
      protected void done() {
        try {
          showVisits(get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          LOG.log(Level.WARNING, "could not list the visits of " + patient.id(), e.getCause());
          showMessage(Messages.format("Compare.failed", e.getCause().getMessage()));
        }
      }
    }.execute();
  }

  private JComponent controls() {
    JPanel visits = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
    earlierChooser.setName("compare.earlier");
    laterChooser.setName("compare.later");
    for (JComboBox<Visit> chooser : List.of(earlierChooser, laterChooser)) {
      chooser.setRenderer(new VisitCell());
      chooser.addActionListener(e -> compareChosen());
    }
    earlierChooser.setToolTipText(Messages.get("Compare.earlier.tooltip"));
    laterChooser.setToolTipText(Messages.get("Compare.later.tooltip"));
    visits.add(new JLabel(Messages.get("Compare.earlier")));
    visits.add(earlierChooser);
    visits.add(new JLabel(Messages.get("Compare.later")));
    visits.add(laterChooser);

    JToolBar bar = new JToolBar();
    bar.setFloatable(false);
    bar.setBorder(BorderFactory.createEmptyBorder(0, 4, 2, 4));
    ButtonGroup group = new ButtonGroup();
    for (BodyView view : BodyView.values()) {
      JToggleButton button = new JToggleButton(ChartWords.view(view));
      button.setName("compare.view." + view.id());
      button.setFocusable(false);
      button.addActionListener(e -> showView(view));
      group.add(button);
      viewButtons.put(view, button);
      bar.add(button);
    }
    offerViews(offeredViews);
    viewButtons.get(shared.view()).setSelected(true);
    bar.addSeparator();
    bar.add(button("compare.zoomOut", "\u2212", "Compare.zoomOut.tooltip", shared::zoomOut));
    bar.add(button("compare.zoomIn", "+", "Compare.zoomIn.tooltip", shared::zoomIn));
    bar.add(button("compare.fit", Messages.get("Compare.fit"), "Compare.fit.tooltip", shared::fit));
    bar.addSeparator();
    export.setName("compare.export");
    export.setToolTipText(Messages.get("Compare.export.tooltip"));
    export.setFocusable(false);
    export.setEnabled(false);
    export.addActionListener(e -> exportMenu().show(export, 0, export.getHeight()));
    bar.add(export);
    bar.add(
        button(
            "compare.thresholds",
            Messages.get("Compare.thresholds"),
            "Compare.thresholds.tooltip",
            this::editThresholds));

    JPanel controls = new JPanel(new BorderLayout());
    controls.add(visits, BorderLayout.NORTH);
    controls.add(bar, BorderLayout.SOUTH);
    return controls;
  }

  /** The choices of Export…: the comparison as a PDF report, or the view shown as a PNG. */
  private javax.swing.JPopupMenu exportMenu() {
    javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
    menu.setName("compare.exportMenu");
    javax.swing.JMenuItem pdf = new javax.swing.JMenuItem(Messages.get("Compare.export.pdf"));
    pdf.setName("compare.export.pdf");
    pdf.addActionListener(e -> exporter.exportPdf(shown));
    javax.swing.JMenuItem png =
        new javax.swing.JMenuItem(
            Messages.format("Compare.export.png", ChartWords.view(shared.view())));
    png.setName("compare.export.png");
    png.addActionListener(e -> exporter.exportPng(shown, shared.view()));
    menu.add(pdf);
    menu.add(png);
    return menu;
  }

  private static JButton button(String name, String text, String tooltipKey, Runnable run) {
    JButton button = new JButton(text);
    button.setName(name);
    button.setToolTipText(Messages.get(tooltipKey));
    button.setFocusable(false);
    button.addActionListener(e -> run.run());
    return button;
  }

  private void buildTabs() {
    tabs.setName("compare.tabs");
    ComparePicture earlier =
        picture(
            (g, view, t, w, h) ->
                sidePainter.paintVisit(g, shown.earlier(), view, t, w, h, tabs.getBackground()),
            true);
    ComparePicture later =
        picture(
            (g, view, t, w, h) ->
                sidePainter.paintVisit(g, shown.later(), view, t, w, h, tabs.getBackground()),
            false);
    JPanel side = new JPanel(new GridLayout(1, 2, 6, 0));
    side.add(titled(earlierTitle, earlier, "compare.earlierPicture"));
    side.add(titled(laterTitle, later, "compare.laterPicture"));
    tabs.addTab(Messages.get("Compare.tab.side"), side);

    ComparePicture overlay =
        picture(
            (g, view, t, w, h) ->
                overlayPainter.paintOverlay(
                    g, shown, view, t, w, h, tabs.getBackground(), opacity.getValue() / 100f),
            false);
    overlay.setName("compare.overlayPicture");
    opacity.setName("compare.opacity");
    opacity.setToolTipText(Messages.get("Compare.opacity.tooltip"));
    opacity.addChangeListener(e -> overlay.repaint());
    JPanel opacityRow = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 4));
    opacityRow.add(new JLabel(Messages.get("Compare.opacity")));
    opacityRow.add(opacity);
    overlayKey.setName("compare.overlayKey");
    opacityRow.add(overlayKey);
    JPanel overlayTab = new JPanel(new BorderLayout());
    overlayTab.add(overlay, BorderLayout.CENTER);
    overlayTab.add(opacityRow, BorderLayout.SOUTH);
    tabs.addTab(Messages.get("Compare.tab.overlay"), overlayTab);

    ComparePicture difference =
        picture(
            (g, view, t, w, h) -> {
              AtlasView atlasView = shown.later().atlas().view(view);
              differencePicture.paint(
                  g,
                  atlasView,
                  shown.difference(view).orElse(null),
                  shown.points(),
                  t,
                  VisitPainter.options(atlasView, w, h, tabs.getBackground()));
            },
            false);
    difference.setName("compare.differencePicture");
    JScrollPane metricsScroll =
        new JScrollPane(
            metrics,
            JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
            JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    metricsScroll.setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, separatorColour()));
    JPanel differenceTab = new JPanel(new BorderLayout());
    differenceTab.add(difference, BorderLayout.CENTER);
    differenceTab.add(metricsScroll, BorderLayout.EAST);
    tabs.addTab(Messages.get("Compare.tab.difference"), differenceTab);
    tabs.setToolTipTextAt(0, Messages.get("Compare.tab.side.tooltip"));
    tabs.setToolTipTextAt(OVERLAY_TAB, Messages.get("Compare.tab.overlay.tooltip"));
    tabs.setToolTipTextAt(DIFFERENCE_TAB, Messages.get("Compare.tab.difference.tooltip"));
  }

  private static java.awt.Color separatorColour() {
    java.awt.Color colour = javax.swing.UIManager.getColor("Separator.foreground");
    return colour != null ? colour : java.awt.Color.LIGHT_GRAY;
  }

  private ComparePicture picture(ComparePicture.Painter painter, boolean earlierAtlas) {
    ComparePicture picture =
        new ComparePicture(
            shared,
            view ->
                Optional.ofNullable(shown)
                    .map(s -> (earlierAtlas ? s.earlier() : s.later()).atlas())
                    .filter(atlas -> atlas.hasView(view))
                    .map(atlas -> atlas.view(view))
                    .map(atlasView -> (Rectangle2D) atlasView.viewBox()),
            painter);
    pictures.add(picture);
    return picture;
  }

  private static JComponent titled(JLabel title, JComponent picture, String name) {
    picture.setName(name);
    title.setName(name + ".title");
    title.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(title, BorderLayout.NORTH);
    panel.add(picture, BorderLayout.CENTER);
    return panel;
  }

  private void bindKeys() {
    JComponent root = getRootPane();
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close", this::dispose);
    for (int index = 0; index < 9; index++) {
      int position = index;
      bind(
          root,
          KeyStroke.getKeyStroke(KeyEvent.VK_1 + index, SHORTCUT),
          "view." + (index + 1),
          () -> {
            if (position < offeredViews.size()) {
              showView(offeredViews.get(position));
            }
          });
    }
    for (int key : new int[] {KeyEvent.VK_EQUALS, KeyEvent.VK_PLUS, KeyEvent.VK_ADD}) {
      bind(root, KeyStroke.getKeyStroke(key, SHORTCUT), "zoomIn", shared::zoomIn);
    }
    bind(
        root,
        KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK),
        "zoomIn",
        shared::zoomIn);
    for (int key : new int[] {KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT}) {
      bind(root, KeyStroke.getKeyStroke(key, SHORTCUT), "zoomOut", shared::zoomOut);
    }
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_0, SHORTCUT), "fit", shared::fit);
    bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0, SHORTCUT), "fit", shared::fit);
  }

  private static void bind(JComponent on, KeyStroke stroke, String name, Runnable run) {
    on.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
    on.getActionMap()
        .put(
            name,
            new AbstractAction() {
              @Override
              public void actionPerformed(ActionEvent e) {
                run.run();
              }
            });
  }

  private void showView(BodyView view) {
    viewButtons.get(view).setSelected(true);
    shared.setView(view);
  }

  /** Shows only the buttons of {@code views}, numbered in their order for Ctrl+1, Ctrl+2... */
  private void offerViews(List<BodyView> views) {
    offeredViews = List.copyOf(views);
    viewButtons.forEach(
        (view, button) -> {
          int number = offeredViews.indexOf(view) + 1;
          button.setVisible(number > 0);
          button.setToolTipText(
              Messages.format("Compare.view.tooltip", ChartWords.view(view), number));
        });
  }

  private static List<BodyView> viewsOf(ComparedVisits compared) {
    List<BodyView> views = new java.util.ArrayList<>(compared.later().atlas().views());
    for (BodyView view : compared.earlier().atlas().views()) {
      if (!views.contains(view)) {
        views.add(view);
      }
    }
    return views;
  }

  private void placeWindow() {
    Rectangle saved = WindowPlaces.parseBounds(settings.get(UiSettings.COMPARE_BOUNDS));
    if (saved != null && WindowPlaces.onSomeScreen(saved)) {
      setBounds(saved);
    } else {
      setSize(1180, 800);
      setLocationRelativeTo(getOwner());
    }
    addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            settings.put(UiSettings.COMPARE_BOUNDS, WindowPlaces.boundsText(getBounds()));
          }
        });
  }

  private void showMessage(String text) {
    message.setText("<html><div style='text-align:center'>" + text + "</div></html>");
    ((CardLayout) cards.getLayout()).show(cards, CARD_MESSAGE);
  }

  /** Fills the choosers (latest first) and compares the default pair. */
  private void showVisits(List<Visit> visits) {
    if (visits.size() < 2) {
      showMessage(Messages.format("Compare.tooFew", patient.name()));
      earlierChooser.setEnabled(false);
      laterChooser.setEnabled(false);
      message.requestFocusInWindow();
      return;
    }
    choosing = true;
    try {
      visits.forEach(
          v -> {
            earlierChooser.addItem(v);
            laterChooser.addItem(v);
          });
      int later = 0;
      if (openVisit != null) {
        for (int i = 0; i < visits.size() - 1; i++) {
          if (visits.get(i).id().equals(openVisit.id())) {
            later = i;
          }
        }
      }
      laterChooser.setSelectedIndex(later);
      earlierChooser.setSelectedIndex(later + 1);
    } finally {
      choosing = false;
    }
    compareChosen();
  }

  /** Asks for the matching distance and the detectable change, then compares again with them. */
  private void editThresholds() {
    if (CompareThresholds.edit(this, settings)) {
      comparer = new VisitComparer(CompareThresholds.from(settings));
      compareChosen();
    }
  }

  /** Reads and compares the two chosen visits in the background. */
  private void compareChosen() {
    Visit a = (Visit) earlierChooser.getSelectedItem();
    Visit b = (Visit) laterChooser.getSelectedItem();
    if (choosing || a == null || b == null) {
      return;
    }
    int request = ++requests;
    VisitComparer used = comparer;
    status.setText(Messages.get("Compare.loading"));
    List<Visit> ordered =
        List.of(a, b).stream().sorted(Comparator.comparing(Visit::startedAt)).toList();
    new SwingWorker<ComparedVisits, Void>() {
      @Override
      protected ComparedVisits doInBackground() {
        OpenedVisit earlier = records.open(patient, ordered.get(0));
        OpenedVisit later = records.open(patient, ordered.get(1));
        return ComparedVisits.of(earlier, later, used);
      }

      @Override
      protected void done() {
        if (request != requests || !isDisplayable()) {
          return;
        }
        try {
          show(get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          LOG.log(Level.WARNING, "could not compare visits of " + patient.id(), e.getCause());
          showMessage(Messages.format("Compare.failed", e.getCause().getMessage()));
        }
      }
    }.execute();
  }

  private void show(ComparedVisits compared) {
    boolean first = shown == null;
    shown = compared;
    offerViews(viewsOf(compared));
    if (!offeredViews.contains(shared.view())) {
      showView(offeredViews.get(0));
    }
    if (first) {
      // Open on the first view either visit drew on rather than on an empty front.
      java.util.stream.Stream.of(compared.later(), compared.earlier())
          .flatMap(v -> v.markedViews().stream())
          .findFirst()
          .ifPresent(this::showView);
    }
    String earlierDate = date(compared.earlier().visit());
    String laterDate = date(compared.later().visit());
    earlierTitle.setText(Messages.format("Compare.earlierTitle", earlierDate));
    laterTitle.setText(Messages.format("Compare.laterTitle", laterDate));
    overlayKey.setText(Messages.format("Compare.overlayKey", earlierDate, laterDate));
    boolean same = compared.laidOver();
    String reason =
        Messages.format(
            same ? "Compare.carriedAtlas" : "Compare.otherAtlas",
            compared.earlier().atlas().version(),
            compared.later().atlas().version());
    for (int tab : new int[] {OVERLAY_TAB, DIFFERENCE_TAB}) {
      tabs.setEnabledAt(tab, same);
      tabs.setToolTipTextAt(
          tab,
          same
              ? Messages.get(
                  tab == OVERLAY_TAB
                      ? "Compare.tab.overlay.tooltip"
                      : "Compare.tab.difference.tooltip")
              : reason);
    }
    if (!same
        && (tabs.getSelectedIndex() == OVERLAY_TAB || tabs.getSelectedIndex() == DIFFERENCE_TAB)) {
      tabs.setSelectedIndex(0);
    }
    metrics.show(
        compared,
        dayFormat.format(compared.earlier().visit().startedAt()),
        dayFormat.format(compared.later().visit().startedAt()));
    status.setText(compared.sameAtlas() ? Messages.get("Compare.ready") : reason);
    ((CardLayout) cards.getLayout()).show(cards, CARD_TABS);
    export.setEnabled(true);
    pictures.forEach(ComparePicture::updateTooltip);
    repaint();
  }

  private String date(Visit visit) {
    return dateFormat.format(visit.startedAt());
  }

  /** A visit in a chooser: its date and time, and who saw the patient. */
  private final class VisitCell extends DefaultListCellRenderer {
    @Override
    public java.awt.Component getListCellRendererComponent(
        JList<?> list, Object value, int index, boolean selected, boolean focused) {
      super.getListCellRendererComponent(list, value, index, selected, focused);
      if (value instanceof Visit visit) {
        setText(Messages.format("Compare.visitItem", date(visit), visit.practitioner()));
      }
      return this;
    }
  }
}
