package app.myomap.edit;

import app.myomap.model.BodyView;
import app.myomap.model.NotePin;
import java.awt.geom.Point2D;
import java.util.Optional;

/** Asks the practitioner for the text of a note pin being placed; the UI implements it. */
@FunctionalInterface
public interface NoteTextPrompt {

  /**
   * The text for a pin at a point of the view (not blank, at most {@link NotePin#MAX_TEXT_LENGTH}
   * characters), or empty if they cancelled, in which case nothing is placed.
   */
  Optional<String> ask(BodyView view, Point2D outlinePoint);
}
