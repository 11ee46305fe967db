package app.myomap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.atlas.Atlas;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.model.record.Consent;
import app.myomap.model.record.Screening;
import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningItem;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import app.myomap.store.Database;
import app.myomap.store.RecordStore;
import app.myomap.store.SignatureStore;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A patient's whole record as one PDF: a cover listing every visit, then each visit's report. */
class PatientRecordReportTest {
  @TempDir Path folder;
  private Database database;
  private Atlas atlas;
  private VisitRecords records;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(folder.resolve("myomap.db"));
    atlas = Atlas.load("v1");
    records = new VisitRecords(database);
    records.remember(atlas);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void everyVisitOldestFirstWithItsRecordAndSignatureAndPagesNumberedThroughout() throws Exception {
    Patient patient = ChartedVisits.patient(database, "Ana Lúcia Fernández", "MM-2048");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Visit first =
        ChartedVisits.fourViewVisit(database, atlas, patient, now.minus(14, ChronoUnit.DAYS), 1);
    Visit second =
        ChartedVisits.fourViewVisit(database, atlas, patient, now.minus(2, ChronoUnit.DAYS), 2);
    new RecordStore(database)
        .add(
            first.id(),
            new Consent(
                Consent.ConsentForm.WRITTEN,
                Consent.ConsentGiver.PATIENT,
                "",
                now.minus(14, ChronoUnit.DAYS),
                List.of("Bruising", "Pneumothorax")),
            ChartedVisits.PRACTITIONER);
    new RecordStore(database)
        .add(
            first.id(),
            new Screening(
                List.of(
                    new Screening.Answer(
                        new ScreeningItem(
                            "anticoagulants",
                            "Anticoagulants or a bleeding disorder",
                            ScreeningCategory.PRECAUTION,
                            java.util.Optional.of("ANTICOAGULANTS")),
                        true,
                        "warfarin",
                        ""),
                    new Screening.Answer(
                        new ScreeningItem(
                            "local-infection",
                            "Infection or a skin lesion at the site",
                            ScreeningCategory.ABSOLUTE,
                            java.util.Optional.empty()),
                        true,
                        "",
                        "lesion is on the other side"))),
            ChartedVisits.PRACTITIONER);
    new SignatureStore(database).sign(first.id(), ChartedVisits.PRACTITIONER);

    List<OpenedVisit> all = records.openAll(patient);
    PatientRecordReport report = PatientRecordReport.of(all, PdfReportTest.settings(Paper.A4));
    int firstVisitPages = VisitReport.of(all.get(0), PdfReportTest.settings(Paper.A4)).pageCount();

    assertThat(all).extracting(v -> v.visit().id()).containsExactly(first.id(), second.id());
    assertThat(report.visitCount()).isEqualTo(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfReport.write(report, out);
    String keep = System.getProperty("myomap.report.dir");
    if (keep != null) {
      java.nio.file.Files.write(
          java.nio.file.Files.createDirectories(Path.of(keep)).resolve("patient-record.pdf"),
          out.toByteArray());
    }
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isEqualTo(report.pageCount()).isGreaterThan(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String cover = stripper.getText(pdf).replaceAll("\\s+", " ");
      assertThat(cover)
          .contains("Patient record", "Ana Lúcia Fernández", "MM-2048", "Visits in this record")
          .contains("Signed", "Unsigned draft")
          .contains("Page 1 of " + pages);
      stripper.setStartPage(2);
      stripper.setEndPage(1 + firstVisitPages);
      String firstVisit = stripper.getText(pdf).replaceAll("\\s+", " ");
      assertThat(firstVisit)
          .contains("Visit report", "Written, by Patient", "Page 2 of " + pages)
          .contains("2 items asked; present: Anticoagulants or a bleeding disorder (warfarin)")
          .contains("needled all the same: lesion is on the other side")
          .doesNotContain("UNSIGNED DRAFT");
      stripper.setStartPage(2 + firstVisitPages);
      stripper.setEndPage(pages);
      assertThat(stripper.getText(pdf).replaceAll("\\s+", " "))
          .contains("Visit report", "UNSIGNED DRAFT", "Page " + pages + " of " + pages);
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Patient record \u2013 Ana Lúcia Fernández");
    }
  }

  @Test
  void aRecordHoldsOnePatientAndAtLeastOneVisit() {
    Patient one = ChartedVisits.patient(database, "One Person", "A-1");
    Patient other = ChartedVisits.patient(database, "Other Person", "B-2");
    Instant when = Instant.now().minus(1, ChronoUnit.DAYS);
    ChartedVisits.fourViewVisit(database, atlas, one, when, 1);
    ChartedVisits.fourViewVisit(database, atlas, other, when, 1);
    List<OpenedVisit> mixed = List.of(records.openAll(one).get(0), records.openAll(other).get(0));

    assertThatThrownBy(() -> PatientRecordReport.of(mixed, PdfReportTest.settings(Paper.A4)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PatientRecordReport.of(List.of(), PdfReportTest.settings(Paper.A4)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
