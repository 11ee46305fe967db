package app.myomap.ui;

import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.Side;
import app.myomap.session.HistoryVisit;
import app.myomap.session.PatientHistory;
import app.myomap.session.TimelineCell;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.ScrollPaneConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;

/**
 * The trigger-point timeline of a patient: one row per point followed across the visits (muscle,
 * side, view), one column per visit headed by its date, each cell showing the point's state at that
 * visit; sortable by any column, with a legend under the table. The muscle, side and view columns
 * stay in place while the visits scroll. A double-click or Enter on a cell where the point was
 * charted tells the {@link PointOpener}, so the window can open that visit at that point.
 */
public final class TimelinePanel extends JPanel {
  /** Opens a visit at one of its trigger points. */
  @FunctionalInterface
  public interface PointOpener {
    /** Called on the event thread with the visit's id and the point's mark at that visit. */
    void open(String visitId, MarkId markId);
  }

  private static final int VISIT_COLUMN_MIN_WIDTH = 58;

  private final ZoneId zone;
  private final DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
  private final DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
  private final TimelineTableModel model = new TimelineTableModel();
  private final JTable table;
  private final JTable fixed;
  private final JScrollPane scroll;
  private final TimelineCellRenderer cellRenderer = new TimelineCellRenderer();
  private PointOpener opener = (visitId, markId) -> {};

  /** An empty timeline; dates are shown in the system's time zone. */
  public TimelinePanel() {
    this(ZoneId.systemDefault());
  }

  /** An empty timeline showing visit dates in {@code zone}. */
  public TimelinePanel(ZoneId zone) {
    super(new BorderLayout());
    this.zone = Objects.requireNonNull(zone, "zone");
    setName("timeline");
    table = new VisitTable();
    table.setName("timeline.table");
    fixed = new JTable(model);
    fixed.setName("timeline.points");
    TableRowSorter<TimelineTableModel> sorter =
        new TableRowSorter<>(model) {
          @Override
          public java.util.Comparator<?> getComparator(int column) {
            return TimelineTableModel.comparator(column);
          }

          @Override
          protected boolean useToString(int column) {
            return false;
          }
        };
    for (JTable t : List.of(table, fixed)) {
      t.setAutoCreateColumnsFromModel(false);
      t.setRowSorter(sorter);
      t.setFillsViewportHeight(true);
      t.getTableHeader().setReorderingAllowed(false);
    }
    fixed.setSelectionModel(table.getSelectionModel());
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setCellSelectionEnabled(true);
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    fixed.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    fixed.setFocusable(false);

    scroll = new JScrollPane(table);
    scroll.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
    JViewport rowHeader = new JViewport();
    rowHeader.setView(fixed);
    scroll.setRowHeader(rowHeader);
    scroll.setCorner(ScrollPaneConstants.UPPER_LEFT_CORNER, fixed.getTableHeader());
    add(scroll, BorderLayout.CENTER);
    add(legend(), BorderLayout.SOUTH);

    table.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2 && e.getButton() == MouseEvent.BUTTON1) {
              openAt(table.rowAtPoint(e.getPoint()), table.columnAtPoint(e.getPoint()));
            }
          }
        });
    table
        .getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openPoint");
    table
        .getActionMap()
        .put(
            "openPoint",
            new AbstractAction() {
              @Override
              public void actionPerformed(ActionEvent e) {
                openAt(table.getSelectedRow(), table.getSelectedColumn());
              }
            });
  }

  /** Shows {@code history}, scrolled to its latest visit. */
  public void setHistory(PatientHistory history) {
    model.setHistory(history);
    rebuildColumns();
    if (table.getColumnCount() > 0) {
      table.scrollRectToVisible(table.getCellRect(0, table.getColumnCount() - 1, true));
    }
  }

  /** Sets who opens a visit at a point on a double-click or Enter; replaces the previous one. */
  public void setPointOpener(PointOpener opener) {
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /** The table of visits (the muscle, side and view columns are a second table beside it). */
  JTable table() {
    return table;
  }

  /** The model row count: one per trigger point followed. */
  int pointCount() {
    return model.getRowCount();
  }

  private void rebuildColumns() {
    while (table.getColumnCount() > 0) {
      table.removeColumn(table.getColumnModel().getColumn(0));
    }
    while (fixed.getColumnCount() > 0) {
      fixed.removeColumn(fixed.getColumnModel().getColumn(0));
    }
    DefaultTableCellRenderer plain = new DefaultTableCellRenderer();
    fixed.addColumn(column(TimelineTableModel.MUSCLE, 190, plain));
    fixed.addColumn(column(TimelineTableModel.SIDE, 44, new EnumCell()));
    fixed.addColumn(column(TimelineTableModel.VIEW, 78, new EnumCell()));
    fixed.getColumnModel().getColumn(0).setHeaderValue(model.getColumnName(0));
    fixed.setPreferredScrollableViewportSize(fixed.getPreferredSize());

    int width = VISIT_COLUMN_MIN_WIDTH;
    var metrics = table.getTableHeader().getFontMetrics(table.getTableHeader().getFont());
    for (HistoryVisit visit : model.visits()) {
      width = Math.max(width, metrics.stringWidth(shortDate(visit)) + 16);
    }
    for (int i = 0; i < model.visits().size(); i++) {
      TableColumn column =
          column(TimelineTableModel.FIXED_COLUMNS + i, width, new VisitCellRenderer(i));
      column.setHeaderValue(shortDate(model.visits().get(i)));
      table.addColumn(column);
    }
  }

  private TableColumn column(
      int modelIndex, int width, javax.swing.table.TableCellRenderer renderer) {
    TableColumn column = new TableColumn(modelIndex, width, renderer, null);
    column.setHeaderValue(model.getColumnName(modelIndex));
    return column;
  }

  private String shortDate(HistoryVisit visit) {
    return shortDate.format(visit.visit().startedAt().atZone(zone));
  }

  private String longDate(HistoryVisit visit) {
    return longDate.format(visit.visit().startedAt().atZone(zone));
  }

  private void openAt(int viewRow, int viewColumn) {
    if (viewRow < 0 || viewColumn < 0) {
      return;
    }
    int modelRow = table.convertRowIndexToModel(viewRow);
    int visit = TimelineTableModel.visitIndex(table.convertColumnIndexToModel(viewColumn));
    if (visit < 0) {
      return;
    }
    TimelineCell cell = model.row(modelRow).cells().get(visit);
    String visitId = model.visits().get(visit).visit().id();
    cell.mark().ifPresent(mark -> opener.open(visitId, mark));
  }

  /** The legend in two lines: the states of a point, then what is not there and how to open. */
  private static JComponent legend() {
    JPanel legend = new JPanel();
    legend.setName("timeline.legend");
    legend.setLayout(new javax.swing.BoxLayout(legend, javax.swing.BoxLayout.Y_AXIS));
    legend.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
    JPanel states = new JPanel(new FlowLayout(FlowLayout.LEADING, 12, 2));
    states.add(new JLabel(Messages.get("Timeline.legend.active")));
    states.add(new JLabel(Messages.get("Timeline.legend.latent")));
    states.add(new JLabel(Messages.get("Timeline.legend.twitches")));
    states.add(new JLabel(Messages.get("Timeline.legend.needled"), new NeedleIcon(11), 0));
    JPanel others = new JPanel(new FlowLayout(FlowLayout.LEADING, 12, 2));
    others.add(new JLabel(Messages.get("Timeline.legend.resolved")));
    others.add(new JLabel(Messages.get("Timeline.legend.absent")));
    others.add(new JLabel(Messages.get("Timeline.legend.open")));
    for (JPanel line : List.of(states, others)) {
      line.setAlignmentX(Component.LEFT_ALIGNMENT);
      legend.add(line);
    }
    return legend;
  }

  /** Sides and views in words, the tooltip spelling a side out. */
  private static final class EnumCell extends DefaultTableCellRenderer {
    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean selected, boolean focused, int row, int column) {
      String text;
      String tip = null;
      if (value instanceof Side side) {
        text = Messages.get("Inspector.side." + side.name());
        tip = Messages.get("Inspector.side.tooltip." + side.name());
      } else {
        text = Messages.get("view." + ((BodyView) value).id());
      }
      super.getTableCellRendererComponent(table, text, selected, focused, row, column);
      setToolTipText(tip);
      return this;
    }
  }

  /** The cell renderer of one visit's column, which knows the visit's date for its tooltips. */
  private final class VisitCellRenderer implements javax.swing.table.TableCellRenderer {
    private final int visit;

    VisitCellRenderer(int visit) {
      this.visit = visit;
    }

    @Override
    public Component getTableCellRendererComponent(
        JTable t, Object value, boolean selected, boolean focused, int row, int column) {
      cellRenderer.setVisitDate(longDate(model.visits().get(visit)));
      return cellRenderer.getTableCellRendererComponent(t, value, selected, focused, row, column);
    }
  }

  /** The visits' table, whose header tells each visit's full date and practitioner. */
  private final class VisitTable extends JTable {
    VisitTable() {
      super(model);
    }

    @Override
    protected JTableHeader createDefaultTableHeader() {
      return new JTableHeader(columnModel) {
        @Override
        public String getToolTipText(MouseEvent e) {
          int column = columnAtPoint(e.getPoint());
          if (column < 0) {
            return null;
          }
          int visit = TimelineTableModel.visitIndex(convertColumnIndexToModel(column));
          HistoryVisit v = model.visits().get(visit);
          return Messages.format("Timeline.header.tooltip", longDate(v), v.visit().practitioner());
        }
      };
    }
  }
}
