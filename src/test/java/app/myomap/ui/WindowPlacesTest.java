package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Insets;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

/** Remembered window bounds and chart margins come back from their settings' text as written. */
class WindowPlacesTest {
  @Test
  void boundsComeBackAsWrittenAndOddTextIsRefused() {
    Rectangle bounds = new Rectangle(-8, 40, 1366, 720);
    assertThat(WindowPlaces.parseBounds(WindowPlaces.boundsText(bounds))).isEqualTo(bounds);
    assertThat(WindowPlaces.parseBounds(" 10, 20 ,800 ,600"))
        .isEqualTo(new Rectangle(10, 20, 800, 600));
    assertThat(WindowPlaces.parseBounds("")).isNull();
    assertThat(WindowPlaces.parseBounds("1,2,3")).isNull();
    assertThat(WindowPlaces.parseBounds("0,0,wide,600")).isNull();
    // Too small to find and grab again.
    assertThat(WindowPlaces.parseBounds("0,0,399,600")).isNull();
    assertThat(WindowPlaces.parseBounds("0,0,800,299")).isNull();
  }

  @Test
  void marginsComeBackAsWrittenAndNegativeOrOddTextIsRefused() {
    Insets margins = new Insets(118, 224, 36, 302);
    assertThat(WindowPlaces.parseMargins(WindowPlaces.marginsText(margins))).isEqualTo(margins);
    assertThat(WindowPlaces.parseMargins("0,0,0,0")).isEqualTo(new Insets(0, 0, 0, 0));
    assertThat(WindowPlaces.parseMargins("1,2,-3,4")).isNull();
    assertThat(WindowPlaces.parseMargins("1,2,3")).isNull();
    assertThat(WindowPlaces.parseMargins("a,b,c,d")).isNull();
  }
}
