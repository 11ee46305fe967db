package app.myomap.atlas;

import static app.myomap.atlas.AtlasFixtures.catalogueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MuscleCatalogueTest {
  private static MuscleCatalogue v1;

  @BeforeAll
  static void loadBundledCatalogue() {
    v1 = MuscleCatalogue.load("v1");
  }

  @Test
  void bundledCatalogueParsesEveryLineInFileOrder() {
    assertThat(v1.all()).hasSizeGreaterThan(40);
    assertThat(v1.all().get(0).id()).isEqualTo("upper-trapezius");
    Muscle trapezius = v1.require("upper-trapezius");
    assertThat(trapezius.name()).isEqualTo("Upper trapezius");
    assertThat(trapezius.latinName()).isEqualTo("Musculus trapezius, pars descendens");
    assertThat(trapezius.abbreviation()).isEqualTo("UT");
    assertThat(trapezius.views()).containsExactlyElementsOf(VersionViews.V1);
    assertThat(trapezius.depth()).isEqualTo(Depth.SUPERFICIAL);
    assertThat(trapezius.risk()).contains("Lung apex");
    Muscle levator = v1.require("levator-scapulae");
    assertThat(levator.depth()).isEqualTo(Depth.DEEP);
    assertThat(levator.risk()).isEmpty();
    assertThat(levator.isOn(BodyView.ANTERIOR)).isFalse();
    assertThat(levator.isOn(BodyView.POSTERIOR)).isTrue();
  }

  @Test
  void byIdAndRequireReportUnknownIds() {
    assertThat(v1.byId("deltoid")).map(Muscle::name).contains("Deltoid");
    assertThat(v1.byId("no-such-muscle")).isEmpty();
    assertThatThrownBy(() -> v1.require("no-such-muscle"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no-such-muscle");
  }

  @Test
  void searchByWordPrefixFindsTheThreeTrapeziusParts() {
    assertThat(v1.search("trap"))
        .extracting(Muscle::id)
        .containsExactly("upper-trapezius", "middle-trapezius", "lower-trapezius");
  }

  @Test
  void searchWithSeveralWordsNeedsEveryWord() {
    assertThat(v1.search("glut med")).extracting(Muscle::id).containsExactly("gluteus-medius");
    assertThat(v1.search("  GLUT   MED ")).extracting(Muscle::id).containsExactly("gluteus-medius");
  }

  @Test
  void searchMatchesAbbreviationsAndLatinNames() {
    assertThat(v1.search("ECRB"))
        .extracting(Muscle::id)
        .containsExactly("extensor-carpi-radialis-brevis");
    assertThat(v1.search("ecr"))
        .extracting(Muscle::id)
        .containsExactly("extensor-carpi-radialis-longus", "extensor-carpi-radialis-brevis");
    assertThat(v1.search("deltoideus")).extracting(Muscle::id).containsExactly("deltoid");
    assertThat(v1.search("peroneus")).extracting(Muscle::id).containsExactly("fibularis-longus");
  }

  @Test
  void searchIgnoresCaseAndAccents() {
    assertThat(v1.search("Fíbulâris")).extracting(Muscle::id).containsExactly("fibularis-longus");
    assertThat(v1.search("MASSÉTER")).extracting(Muscle::id).containsExactly("masseter");
  }

  @Test
  void searchRanksNamePrefixMatchesFirst() {
    MuscleCatalogue catalogue =
        catalogueOf(
            "a\tVastus lateralis\tMusculus vastus lateralis\tVL\tanterior\tsuperficial\t-\n"
                + "b\tLatissimus dorsi\tMusculus latissimus dorsi\tLD\tposterior\tsuperficial\t-\n"
                + "c\tOther\tMusculus lateralis alter\tOt\tanterior\tdeep\t-\n"
                + "d\tWide back\tMusculus latus\tLAT\tanterior\tdeep\t-\n");

    assertThat(catalogue.search("lat")).extracting(Muscle::id).containsExactly("b", "d", "a", "c");
  }

  @Test
  void searchDoesNotMatchInsideWords() {
    assertThat(v1.search("ezius")).isEmpty();
    assertThat(v1.search("trap xyz")).isEmpty();
  }

  @Test
  void blankSearchReturnsEverything() {
    assertThat(v1.search("  ")).isEqualTo(v1.all());
  }

  @Test
  void malformedLinesFailWithTheLineNumber() {
    String header = "# id\tname\tlatin\tabbrev\tviews\tdepth\trisk\n";
    assertThatThrownBy(() -> catalogueOf(header + "x\tX\tMx\tX\tsideways\tdeep\t-\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("test.tsv:2")
        .hasMessageContaining("sideways");
    assertThatThrownBy(() -> catalogueOf(header + "x\tX\tMx\tX\tanterior\tmedium\t-\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("test.tsv:2")
        .hasMessageContaining("medium");
    assertThatThrownBy(() -> catalogueOf("x\tX\tMx\tX\tanterior\tdeep\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("test.tsv:1")
        .hasMessageContaining("7 tab-separated columns");
    assertThatThrownBy(() -> catalogueOf("x\tX\tMx\t\tanterior\tdeep\t-\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("empty column 4");
  }

  @Test
  void duplicateIdsAreRejected() {
    String line = "x\tX\tMx\tX\tanterior\tdeep\t-\n";
    assertThatThrownBy(() -> catalogueOf(line + line))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("Duplicate muscle id")
        .hasMessageContaining("x");
  }

  @Test
  void missingVersionFailsLoudly() {
    assertThatThrownBy(() -> MuscleCatalogue.load("v999"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("/assets/atlas/v999/muscles.tsv");
    assertThatThrownBy(() -> MuscleCatalogue.load("../v1"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("Bad atlas version");
  }

  @Test
  void riskDashMeansNone() {
    MuscleCatalogue catalogue = catalogueOf("x\tX\tMx\tX\tanterior\tdeep\t-\n");
    assertThat(catalogue.require("x").risk()).isEqualTo(Optional.empty());
  }
}
