package app.myomap.ui;

import app.myomap.export.ExportFiles;
import app.myomap.export.Paper;
import app.myomap.export.ReportPrintable;
import app.myomap.export.VisitReport;
import app.myomap.model.AuditAction;
import app.myomap.session.AuditTrail;
import app.myomap.session.OpenedVisit;
import java.awt.print.PageFormat;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;

/**
 * File › Print…: the visit report, laid out as the PDF is and drawn by the same routine, through
 * the platform's page and print dialogs; the pages go to the printer in the background.
 */
final class ReportPrinting {
  private static final Logger LOG = Logger.getLogger(ReportPrinting.class.getName());

  private ReportPrinting() {}

  /** Prints {@code visit}'s report after asking for page and printer; notes it in {@code audit}. */
  static void print(
      MainWindow window, OpenedVisit visit, String generator, Clock clock, AuditTrail audit) {
    if (PrinterJob.lookupPrintServices().length == 0) {
      JOptionPane.showMessageDialog(
          window.frame(),
          Messages.get("Print.noPrinter"),
          Messages.get("Print.title"),
          JOptionPane.INFORMATION_MESSAGE);
      return;
    }
    PrinterJob job = PrinterJob.getPrinterJob();
    PageFormat initial = job.defaultPage();
    PageFormat page = job.pageDialog(initial);
    if (page == initial) {
      return;
    }
    VisitReport report =
        ExportFiles.report(visit, closest(page), generator, clock, clock.getZone());
    job.setPageable(new ReportPrintable(report, page));
    job.setJobName("MyoMap \u2014 " + visit.patient().name());
    if (!job.printDialog()) {
      return;
    }
    new SwingWorker<Void, Void>() {
      @Override
      protected Void doInBackground() throws PrinterException {
        job.print();
        return null;
      }

      @Override
      protected void done() {
        try {
          get();
          audit.note(
              AuditAction.VISIT_PRINTED,
              visit.patient().id(),
              visit.visit().id(),
              job.getPrintService() == null ? "" : job.getPrintService().getName());
          window.showMessage(Messages.format("Print.done", visit.patient().name()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
          LOG.log(Level.WARNING, "Printing failed", e.getCause());
          window.showMessage(
              Messages.format("Print.failed", String.valueOf(e.getCause().getMessage())));
        }
      }
    }.execute();
  }

  /** The paper nearest the printer's page: Letter for a page wider than A4, else A4. */
  static Paper closest(PageFormat page) {
    double width = Math.min(page.getWidth(), page.getHeight());
    return Math.abs(width - Paper.LETTER.widthPt()) < Math.abs(width - Paper.A4.widthPt())
        ? Paper.LETTER
        : Paper.A4;
  }
}
