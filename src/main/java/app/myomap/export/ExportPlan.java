package app.myomap.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The files an export will write, each with what writes it, in the order they are written (visit by
 * visit, view by view). Made by {@link BatchExport#plan}; nothing is written until {@link
 * BatchExport#write} runs, so the caller can first ask about files that exist.
 *
 * @param files the files, every target distinct
 * @param visits how many visits the files come from
 */
public record ExportPlan(List<File> files, int visits) {

  /**
   * One file to write: where, what writes its bytes, and whose record it holds (for the audit log).
   *
   * @param patientId the patient the file shows, or null
   * @param visitId the visit the file shows, or null for a file of two visits
   */
  public record File(Path target, AtomicFile.Content content, String patientId, String visitId) {
    public File {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(content, "content");
    }
  }

  public ExportPlan {
    files = List.copyOf(files);
    if (files.stream().map(File::target).distinct().count() != files.size()) {
      throw new IllegalArgumentException("two files of one export have the same name");
    }
  }

  /** The targets, in writing order. */
  public List<Path> targets() {
    return files.stream().map(File::target).toList();
  }

  /** The targets where a file exists already, which writing would replace. */
  public List<Path> existing() {
    return targets().stream().filter(Files::exists).toList();
  }

  /**
   * The same single file written to {@code target} instead, for a user who named the file.
   *
   * @throws IllegalStateException unless the plan has exactly one file
   */
  public ExportPlan to(Path target) {
    if (files.size() != 1) {
      throw new IllegalStateException("the export has " + files.size() + " files, not one");
    }
    return new ExportPlan(
        List.of(
            new File(
                target, files.get(0).content(), files.get(0).patientId(), files.get(0).visitId())),
        visits);
  }

  /** The same plan with the first file's bytes written by {@code content} instead. */
  public ExportPlan withFirst(AtomicFile.Content content) {
    List<File> changed = new ArrayList<>(files);
    File first = files.get(0);
    changed.set(0, new File(first.target(), content, first.patientId(), first.visitId()));
    return new ExportPlan(changed, visits);
  }
}
