package app.myomap.ui;

import app.myomap.chart.ChartWords;
import app.myomap.export.ExportChoice;
import app.myomap.export.ExportFormat;
import app.myomap.export.Paper;
import app.myomap.export.PictureSettings;
import app.myomap.model.BodyView;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Image;
import java.awt.Insets;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;
import javax.swing.Timer;

/**
 * File › Export…: the format, the visits (this one or all of the patient's), the views, the size
 * (paper and density, or pixels) and the options, with a preview of the first file drawn as it will
 * be written. Returns what was chosen; the caller asks where to write it.
 */
final class ExportDialog extends JDialog {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ExportDialog.class.getName());
  private static final Dimension PREVIEW = new Dimension(250, 340);

  /**
   * What was chosen, whether for every visit of the patient, and whether each PDF report ends with
   * the comparison with the visit before it.
   */
  record Request(ExportChoice choice, boolean allVisits, boolean comparePrevious) {
    /** Whether the export is one file, so the user names it rather than a folder. */
    boolean oneFile() {
      return !allVisits && (!choice.format().perView() || choice.views().size() == 1);
    }
  }

  private final transient Function<ExportChoice, BufferedImage> preview;
  private final JComboBox<ExportFormat> format = new JComboBox<>(ExportFormat.values());
  private final JRadioButton thisVisit;
  private final JRadioButton allVisits;
  private final Map<BodyView, JCheckBox> views = new java.util.LinkedHashMap<>();
  private final JComboBox<Paper> paper = new JComboBox<>(Paper.values());
  private final JComboBox<Integer> dpi =
      new JComboBox<>(ExportChoice.OFFERED_DPI.toArray(Integer[]::new));
  private final JRadioButton pageSize = new JRadioButton(Messages.get("Export.size.page"));
  private final JRadioButton pixelSize = new JRadioButton(Messages.get("Export.size.pixels"));
  private final JSpinner width =
      new JSpinner(new SpinnerNumberModel(1200, 1, PictureSettings.MAX_SIDE_PX, 100));
  private final JSpinner height =
      new JSpinner(new SpinnerNumberModel(1600, 1, PictureSettings.MAX_SIDE_PX, 100));
  private final JCheckBox caption = new JCheckBox(Messages.get("Export.caption"));
  private final JCheckBox legend = new JCheckBox(Messages.get("Export.legend"));
  private final JCheckBox transparent = new JCheckBox(Messages.get("Export.transparent"));
  private final JCheckBox comparePrevious = new JCheckBox(Messages.get("Export.comparePrevious"));
  private final JLabel previewLabel = new JLabel("", SwingConstants.CENTER);
  private final JLabel problem = new JLabel(" ");
  private final JButton ok = new JButton(Messages.get("Export.ok"));
  private final Timer previewTimer;
  private transient SwingWorker<BufferedImage, Void> previewing;
  private transient Request result;

  private ExportDialog(
      Window owner,
      String visitWords,
      String allWords,
      boolean all,
      ExportChoice initial,
      boolean compare,
      List<BodyView> offered,
      List<BodyView> charted,
      Function<ExportChoice, BufferedImage> preview) {
    super(owner, Messages.get("Export.title"));
    this.preview = preview;
    setModal(true);
    setName("exportDialog");
    thisVisit = new JRadioButton(visitWords, !all);
    allVisits = new JRadioButton(allWords, all);
    thisVisit.setName("export.scope.visit");
    allVisits.setName("export.scope.all");
    ButtonGroup scope = new ButtonGroup();
    scope.add(thisVisit);
    scope.add(allVisits);
    format.setName("export.format");
    format.setRenderer(new EnumNameRenderer<>("Export.format."));
    format.setSelectedItem(initial.format());
    paper.setName("export.paper");
    paper.setRenderer(new EnumNameRenderer<>("Export.paper."));
    paper.setSelectedItem(initial.paper());
    dpi.setName("export.dpi");
    dpi.setSelectedItem(ExportChoice.OFFERED_DPI.contains(initial.dpi()) ? initial.dpi() : 300);
    pageSize.setName("export.size.page");
    pixelSize.setName("export.size.pixels");
    ButtonGroup size = new ButtonGroup();
    size.add(pageSize);
    size.add(pixelSize);
    pageSize.setSelected(initial.pixels().isEmpty());
    pixelSize.setSelected(initial.pixels().isPresent());
    initial
        .pixels()
        .ifPresent(
            d -> {
              width.setValue(d.width);
              height.setValue(d.height);
            });
    width.setName("export.width");
    height.setName("export.height");
    caption.setName("export.caption");
    caption.setSelected(initial.caption());
    legend.setName("export.legend");
    legend.setSelected(initial.legend());
    transparent.setName("export.transparent");
    transparent.setSelected(initial.transparent());
    transparent.setToolTipText(Messages.get("Export.transparent.tooltip"));
    comparePrevious.setName("export.comparePrevious");
    comparePrevious.setSelected(compare);
    comparePrevious.setToolTipText(Messages.get("Export.comparePrevious.tooltip"));
    for (BodyView view : offered) {
      JCheckBox box = new JCheckBox(ChartWords.view(view), charted.contains(view));
      box.setName("export.view." + view.id());
      views.put(view, box);
    }
    previewLabel.setName("export.preview");
    previewLabel.setPreferredSize(PREVIEW);
    previewLabel.setBorder(BorderFactory.createEtchedBorder());
    problem.setName("export.problem");
    problem.putClientProperty("FlatLaf.style", "foreground: $Component.error.focusedBorderColor");
    ok.setName("export.ok");
    previewTimer = new Timer(150, e -> refreshPreview());
    previewTimer.setRepeats(false);

    JPanel content = new JPanel(new BorderLayout(16, 8));
    content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
    content.add(form(), BorderLayout.CENTER);
    content.add(previewLabel, BorderLayout.EAST);
    content.add(buttons(), BorderLayout.SOUTH);
    setContentPane(content);
    for (JComponent c :
        List.<JComponent>of(
            format,
            thisVisit,
            allVisits,
            paper,
            dpi,
            pageSize,
            pixelSize,
            caption,
            legend,
            transparent)) {
      if (c instanceof JComboBox<?> combo) {
        combo.addActionListener(e -> changed());
      } else if (c instanceof javax.swing.AbstractButton button) {
        button.addActionListener(e -> changed());
      }
    }
    views.values().forEach(box -> box.addActionListener(e -> changed()));
    width.addChangeListener(e -> changed());
    height.addChangeListener(e -> changed());
    getRootPane().setDefaultButton(ok);
    Dialogs.closeOnEscape(this);
    pack();
    setLocationRelativeTo(owner);
    changed();
  }

  /**
   * Shows the dialog and returns what was chosen, or empty when cancelled.
   *
   * @param visitWords the words of the "this visit" choice, e.g. "This visit (7 Dec 2026)"
   * @param allWords the words of the "all visits" choice, e.g. "All 3 visits of Sam Sample"
   * @param all whether "all visits" is chosen at first
   * @param compare whether a report's comparison with the visit before is ticked at first
   * @param offered the views of the visit's atlas version, in display order
   * @param charted the views that carry marks, checked at first
   * @param preview draws the first file of a choice, small; called off the event thread
   */
  static Optional<Request> ask(
      Window owner,
      String visitWords,
      String allWords,
      boolean all,
      ExportChoice initial,
      boolean compare,
      List<BodyView> offered,
      List<BodyView> charted,
      Function<ExportChoice, BufferedImage> preview) {
    ExportDialog dialog =
        new ExportDialog(
            owner, visitWords, allWords, all, initial, compare, offered, charted, preview);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  private JPanel form() {
    JPanel form = new JPanel(new GridBagLayout());
    GridBagConstraints c = new GridBagConstraints();
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(3, 0, 3, 8);
    int row = 0;
    row = addRow(form, c, row, "Export.format", format);
    JPanel scope = column(thisVisit, allVisits);
    row = addRow(form, c, row, "Export.visits", scope);
    JPanel viewBoxes = new JPanel(new java.awt.GridLayout(0, 2, 8, 0));
    views.values().forEach(viewBoxes::add);
    row = addRow(form, c, row, "Export.views", viewBoxes);
    JPanel page = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
    page.add(pageSize);
    page.add(paper);
    page.add(new JLabel(Messages.get("Export.at")));
    page.add(dpi);
    page.add(new JLabel(Messages.get("Export.dpi")));
    JPanel pixels = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
    pixels.add(pixelSize);
    pixels.add(width);
    pixels.add(new JLabel("\u00d7"));
    pixels.add(height);
    row = addRow(form, c, row, "Export.size", column(page, pixels));
    row =
        addRow(
            form, c, row, "Export.options", column(caption, legend, transparent, comparePrevious));
    c.gridx = 0;
    c.gridy = row;
    c.gridwidth = 2;
    form.add(problem, c);
    return form;
  }

  private static JPanel column(JComponent... parts) {
    JPanel column = new JPanel(new java.awt.GridLayout(0, 1, 0, 2));
    for (JComponent part : parts) {
      column.add(part);
    }
    return column;
  }

  private static int addRow(
      JPanel form, GridBagConstraints c, int row, String key, JComponent field) {
    c.gridx = 0;
    c.gridy = row;
    c.gridwidth = 1;
    c.anchor = GridBagConstraints.NORTHWEST;
    JLabel label = new JLabel(Messages.get(key));
    label.setLabelFor(field);
    form.add(label, c);
    c.gridx = 1;
    form.add(field, c);
    return row + 1;
  }

  private JPanel buttons() {
    JButton cancel = new JButton(Messages.get("Export.cancel"));
    cancel.setName("export.cancel");
    cancel.addActionListener(e -> dispose());
    ok.addActionListener(e -> accept());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
    buttons.add(ok);
    buttons.add(cancel);
    return buttons;
  }

  /** Enables what the format uses, checks the choice, and redraws the preview soon. */
  private void changed() {
    ExportFormat chosen = (ExportFormat) format.getSelectedItem();
    boolean picture = chosen.perView();
    views.values().forEach(box -> box.setEnabled(picture));
    pixelSize.setEnabled(picture);
    if (!picture) {
      pageSize.setSelected(true);
    }
    width.setEnabled(picture && pixelSize.isSelected());
    height.setEnabled(picture && pixelSize.isSelected());
    dpi.setEnabled(chosen == ExportFormat.PNG && pageSize.isSelected());
    caption.setEnabled(picture);
    legend.setEnabled(picture);
    transparent.setEnabled(chosen == ExportFormat.PNG);
    comparePrevious.setEnabled(chosen == ExportFormat.PDF);
    Optional<String> wrong = choice().isPresent() ? Optional.empty() : Optional.of(reason());
    problem.setText(wrong.orElse(" "));
    ok.setEnabled(wrong.isEmpty());
    previewTimer.restart();
  }

  private String reason() {
    return Messages.get("Export.noView");
  }

  /** The choice the fields make, or empty when no view is checked for a picture. */
  private Optional<ExportChoice> choice() {
    ExportFormat chosen = (ExportFormat) format.getSelectedItem();
    List<BodyView> picked = new ArrayList<>();
    views.forEach(
        (view, box) -> {
          if (box.isSelected()) {
            picked.add(view);
          }
        });
    if (chosen.perView() && picked.isEmpty()) {
      return Optional.empty();
    }
    Optional<Dimension> pixels =
        chosen.perView() && pixelSize.isSelected()
            ? Optional.of(new Dimension((Integer) width.getValue(), (Integer) height.getValue()))
            : Optional.empty();
    return Optional.of(
        new ExportChoice(
            chosen,
            chosen.perView() ? picked : List.of(),
            (Paper) paper.getSelectedItem(),
            (Integer) dpi.getSelectedItem(),
            pixels,
            caption.isSelected(),
            legend.isSelected(),
            chosen == ExportFormat.PNG && transparent.isSelected()));
  }

  private void refreshPreview() {
    Optional<ExportChoice> chosen = choice();
    if (chosen.isEmpty()) {
      previewLabel.setIcon(null);
      return;
    }
    if (previewing != null) {
      previewing.cancel(false);
    }
    previewLabel.setText(Messages.get("Export.previewing"));
    ExportChoice small = chosen.get();
    SwingWorker<BufferedImage, Void> worker =
        new SwingWorker<>() {
          @Override
          protected BufferedImage doInBackground() {
            return preview.apply(small);
          }

          @Override
          protected void done() {
            if (isCancelled() || previewing != this) {
              return;
            }
            try {
              showPreview(get());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
              LOG.log(Level.WARNING, "Export preview failed", e.getCause());
              previewLabel.setIcon(null);
              previewLabel.setText(Messages.get("Export.noPreview"));
            }
          }
        };
    previewing = worker;
    worker.execute();
  }

  private void showPreview(BufferedImage image) {
    double scale =
        Math.min(
            (PREVIEW.width - 8) / (double) image.getWidth(),
            (PREVIEW.height - 8) / (double) image.getHeight());
    int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
    previewLabel.setText(null);
    previewLabel.setIcon(new ImageIcon(image.getScaledInstance(w, h, Image.SCALE_SMOOTH)));
  }

  private void accept() {
    Optional<ExportChoice> chosen = choice();
    if (chosen.isEmpty()) {
      return;
    }
    result =
        new Request(
            chosen.get(),
            allVisits.isSelected(),
            chosen.get().format() == ExportFormat.PDF && comparePrevious.isSelected());
    dispose();
  }

  @Override
  public void dispose() {
    previewTimer.stop();
    if (previewing != null) {
      previewing.cancel(false);
    }
    super.dispose();
  }
}
