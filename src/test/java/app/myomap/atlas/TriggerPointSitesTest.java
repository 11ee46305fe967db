package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerPointSitesTest {
  private static final MuscleCatalogue MUSCLES =
      AtlasFixtures.catalogueOf(
          "big\tBig\tMagnus\tBM\tanterior,posterior\tsuperficial\t-\n"
              + "deep\tDeep\tProfundus\tDM\tanterior\tdeep\t-\n");
  private static final List<BodyView> VIEWS = List.of(BodyView.ANTERIOR, BodyView.POSTERIOR);

  private static TriggerPointSites parse(String tsv) {
    return TriggerPointSites.parse(new StringReader(tsv), "sites.tsv", MUSCLES, VIEWS);
  }

  @Test
  void parsesSitesSkippingCommentsAndBlankLines() {
    TriggerPointSites sites =
        parse(
            "# muscle\tview\tside\tx\ty\tr\n"
                + "deep\tanterior\tR\t40\t120.5\t12\n"
                + "\n"
                + "big\tposterior\tL\t300\t200\t20\n"
                + "deep\tanterior\tR\t60\t150\t8\n");

    assertThat(sites.all())
        .containsExactly(
            new TriggerPointSite("deep", BodyView.ANTERIOR, Side.RIGHT, 40, 120.5, 12),
            new TriggerPointSite("big", BodyView.POSTERIOR, Side.LEFT, 300, 200, 20),
            new TriggerPointSite("deep", BodyView.ANTERIOR, Side.RIGHT, 60, 150, 8));
    assertThat(sites.of(BodyView.ANTERIOR, "deep", Side.RIGHT)).hasSize(2);
    assertThat(sites.of(BodyView.ANTERIOR, "deep", Side.LEFT)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nobody\tanterior\tR\t1\t2\t3|unknown muscle: nobody",
        "deep\tsideways\tR\t1\t2\t3|Unknown body view: sideways",
        "deep\thand\tR\t1\t2\t3|the atlas has no view hand",
        "deep\tposterior\tR\t1\t2\t3|does not chart deep on view posterior",
        "deep\tanterior\tright\t1\t2\t3|side must be R or L",
        "deep\tanterior\tr\t1\t2\t3|side must be R or L",
        "deep\tanterior\tR\tten\t2\t3|not a number: 'ten'",
        "deep\tanterior\tR\t1\tNaN\t3|not a finite point",
        "deep\tanterior\tR\t1\t2\t0|radius must be a positive number",
        "deep\tanterior\tR\t1\t2\t-4|radius must be a positive number",
        "deep\tanterior\tR\t1\t2|expected 6 tab-separated columns, found 5",
      })
  void aBadLineFailsNamingTheFileLineAndProblem(String line, String problem) {
    String tsv = "# header\n" + line.replace("\\t", "\t") + "\n";

    assertThatThrownBy(() -> parse(tsv))
        .isInstanceOf(AtlasException.class)
        .hasMessageStartingWith("sites.tsv:2: ")
        .hasMessageContaining(problem);
  }

  @Test
  void aVersionWithoutSitesTsvHasNone() {
    Atlas atlas = Atlas.load(new AtlasResources("/app/myomap/atlas/bundle", "v1"));

    assertThat(atlas.sites().all()).isEmpty();
  }

  @Test
  void distanceRatioIsZeroAtTheCentreAndOneOnTheRim() {
    TriggerPointSite site = new TriggerPointSite("deep", BodyView.ANTERIOR, Side.RIGHT, 10, 20, 5);

    assertThat(site.distanceRatio(10, 20)).isZero();
    assertThat(site.distanceRatio(13, 24)).isEqualTo(1.0);
    assertThat(site.distanceRatio(10, 30)).isEqualTo(2.0);
  }
}
