package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.MarkId;
import app.myomap.session.PatientHistory;
import app.myomap.session.TimelineState;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.Dimension;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@GuiTest
class TimelinePanelGuiTest {
  private FrameFixture window;

  @AfterEach
  void close() {
    if (window != null) {
      window.cleanUp();
    }
  }

  @Test
  void showsARowPerPointAndOpensAVisitAtAPointOnDoubleClickAndEnter(Robot robot) {
    PatientHistory history = HistoryFixtures.threeVisits();
    List<String> opened = new ArrayList<>();
    TimelinePanel panel =
        execute(
            () -> {
              TimelinePanel p = new TimelinePanel(ZoneOffset.UTC);
              p.setHistory(history);
              p.setPointOpener((visitId, markId) -> opened.add(visitId + " " + markId));
              return p;
            });
    show(robot, panel);
    JTableFixture table = window.table("timeline.table");

    assertThat(execute(panel::pointCount)).isEqualTo(3);
    assertThat(table.rowCount()).isEqualTo(3);
    assertThat(table.target().getColumnCount()).as("one column per visit").isEqualTo(3);
    assertThat(execute(() -> table.target().getColumnModel().getColumn(0).getHeaderValue()))
        .isEqualTo(shortDateOf(history, 0));
    JTableFixture points = window.table("timeline.points");
    assertThat(points.valueAt(row(0).column(0))).isEqualTo(name("upper-trapezius"));
    assertThat(points.valueAt(row(1).column(0))).isEqualTo(name("levator-scapulae"));

    // The trapezius point at the second visit (latent, one twitch) opens that visit at its mark.
    MarkId second = history.rows().get(0).cells().get(1).mark().orElseThrow();
    table.cell(row(0).column(1)).doubleClick();
    String expected = history.visits().get(1).visit().id() + " " + second;
    Gui.waitUntil("the visit to be opened at the point", () -> opened.contains(expected));

    // A cell where the point was resolved opens nothing.
    table.cell(row(1).column(1)).doubleClick();
    robot.waitForIdle();
    assertThat(opened).containsExactly(expected);

    // Enter on the infraspinatus point of the third visit.
    MarkId third = history.rows().get(2).cells().get(2).mark().orElseThrow();
    table.selectCell(row(2).column(2));
    table.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
    String expectedThird = history.visits().get(2).visit().id() + " " + third;
    Gui.waitUntil("Enter to open the visit at the point", () -> opened.contains(expectedThird));
  }

  @Test
  void sortsByAVisitColumnActiveFirst(Robot robot) {
    PatientHistory history = HistoryFixtures.threeVisits();
    TimelinePanel panel =
        execute(
            () -> {
              TimelinePanel p = new TimelinePanel(ZoneOffset.UTC);
              p.setHistory(history);
              return p;
            });
    show(robot, panel);
    JTableFixture table = window.table("timeline.table");
    // The first visit: trapezius active, levator latent, infraspinatus not yet charted.
    execute(
        () ->
            table
                .target()
                .getRowSorter()
                .setSortKeys(
                    List.of(
                        new javax.swing.RowSorter.SortKey(
                            TimelineTableModel.FIXED_COLUMNS, javax.swing.SortOrder.ASCENDING))));
    Gui.waitUntil(
        "rows sorted by the first visit",
        () ->
            table.target().getValueAt(0, 0) instanceof app.myomap.session.TimelineCell c
                && c.state() == TimelineState.ABSENT);
    assertThat(window.table("timeline.points").valueAt(row(2).column(0)))
        .isEqualTo(name("upper-trapezius"));
  }

  private static String name(String muscle) {
    return HistoryFixtures.atlas().muscles().require(muscle).name();
  }

  private static String shortDateOf(PatientHistory history, int visit) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
        .format(history.visits().get(visit).visit().startedAt().atZone(ZoneOffset.UTC));
  }

  private void show(Robot robot, TimelinePanel panel) {
    JFrame frame =
        execute(
            () -> {
              JFrame f = new JFrame("Timeline");
              f.getContentPane().add(panel);
              return f;
            });
    window = new FrameFixture(robot, frame);
    window.show(new Dimension(800, 300));
  }
}
