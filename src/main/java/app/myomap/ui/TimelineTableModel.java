package app.myomap.ui;

import app.myomap.session.HistoryVisit;
import app.myomap.session.PatientHistory;
import app.myomap.session.TimelineCell;
import app.myomap.session.TimelineRow;
import app.myomap.session.TimelineState;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The trigger-point timeline as a table: the muscle's name, side and view, then one {@link
 * TimelineCell} per visit, oldest first. Read-only.
 */
final class TimelineTableModel extends AbstractTableModel {
  /** Columns before the first visit: muscle, side, view. */
  static final int FIXED_COLUMNS = 3;

  static final int MUSCLE = 0;
  static final int SIDE = 1;
  static final int VIEW = 2;

  /** Orders cells by what a practitioner looks for first: active, latent, resolved, absent. */
  static final Comparator<TimelineCell> CELL_ORDER =
      Comparator.comparingInt((TimelineCell c) -> rank(c.state()))
          .thenComparingInt(TimelineCell::twitchCount)
          .thenComparing(TimelineCell::needled);

  private List<HistoryVisit> visits = List.of();
  private List<TimelineRow> rows = List.of();

  void setHistory(PatientHistory history) {
    visits = history.visits();
    rows = history.rows();
    fireTableStructureChanged();
  }

  List<HistoryVisit> visits() {
    return visits;
  }

  TimelineRow row(int modelRow) {
    return rows.get(modelRow);
  }

  /** The visit of a model column, or -1 for a fixed column. */
  static int visitIndex(int modelColumn) {
    return modelColumn - FIXED_COLUMNS;
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return FIXED_COLUMNS + visits.size();
  }

  @Override
  public String getColumnName(int column) {
    return switch (column) {
      case MUSCLE -> Messages.get("Timeline.column.muscle");
      case SIDE -> Messages.get("Timeline.column.side");
      case VIEW -> Messages.get("Timeline.column.view");
      default -> visits.get(visitIndex(column)).visit().id();
    };
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return switch (column) {
      case MUSCLE -> String.class;
      case SIDE -> app.myomap.model.Side.class;
      case VIEW -> app.myomap.model.BodyView.class;
      default -> TimelineCell.class;
    };
  }

  @Override
  public Object getValueAt(int rowIndex, int column) {
    TimelineRow row = rows.get(rowIndex);
    return switch (column) {
      case MUSCLE -> row.muscleName();
      case SIDE -> row.side();
      case VIEW -> row.view();
      default -> row.cells().get(visitIndex(column));
    };
  }

  /** How a column sorts: names by the user's language, sides and views in their order. */
  static Comparator<?> comparator(int column) {
    return switch (column) {
      case MUSCLE -> Collator.getInstance();
      case SIDE, VIEW -> Comparator.comparingInt((Enum<?> e) -> e.ordinal());
      default -> CELL_ORDER;
    };
  }

  private static int rank(TimelineState state) {
    return switch (state) {
      case ABSENT -> 0;
      case RESOLVED -> 1;
      case LATENT -> 2;
      case ACTIVE -> 3;
    };
  }
}
