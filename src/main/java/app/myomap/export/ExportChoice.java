package app.myomap.export;

import app.myomap.model.BodyView;
import java.awt.Dimension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a practitioner asked to export, as File › Export… and {@code myomap export} take it; {@link
 * ExportFiles} turns it into files, checking the size and density.
 *
 * @param format the file format
 * @param views the views to draw as pictures; empty for every view that carries marks (a PDF report
 *     always shows every charted view)
 * @param paper the page a picture is laid out on, and the report's paper
 * @param dpi dots per inch of a picture; marks, labels and text grow with it (the range is {@link
 *     PictureSettings}'s)
 * @param pixels a picture's size in pixels instead of the paper's, if given
 * @param caption whether pictures carry the patient and visit caption
 * @param legend whether pictures carry the legend
 * @param transparent whether a PNG is left without a background
 */
public record ExportChoice(
    ExportFormat format,
    List<BodyView> views,
    Paper paper,
    int dpi,
    Optional<Dimension> pixels,
    boolean caption,
    boolean legend,
    boolean transparent) {

  /** The densities offered in the window; the command line takes any in the range. */
  public static final List<Integer> OFFERED_DPI = List.of(150, 300, 600);

  public ExportChoice {
    Objects.requireNonNull(format, "format");
    views = List.copyOf(views);
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(pixels, "pixels");
  }
}
