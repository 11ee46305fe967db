package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SafetyTableTest {
  private static SafetyTable table;

  @BeforeAll
  static void loadBundledTable() {
    table = SafetyTable.load(SafetyTable.CURRENT_VERSION);
  }

  @Test
  void everyMuscleOfTheCatalogueHasAnEntryWithANote() {
    MuscleCatalogue catalogue = MuscleCatalogue.load(Atlas.CURRENT_VERSION);
    assertThat(table.missingFrom(catalogue)).isEmpty();
    for (Muscle muscle : catalogue.all()) {
      assertThat(table.of(muscle.id()).orElseThrow().note()).as(muscle.id()).isNotBlank();
    }
  }

  @Test
  void eachAtlasVersionHasATableThatCoversItsCatalogue() {
    for (String atlasVersion : new String[] {"v1", "v2"}) {
      SafetyTable matching = SafetyTable.forAtlas(atlasVersion);
      assertThat(matching.version()).isEqualTo("needling-safety-" + atlasVersion);
      assertThat(matching.missingFrom(MuscleCatalogue.load(atlasVersion))).isEmpty();
    }
  }

  @Test
  void theV2TableNamesJointCapsulesAndTheNewMusclesRisks() {
    SafetyTable v2 = SafetyTable.forAtlas("v2");
    assertThat(v2.endangers("popliteus", NeedlingHazard.JOINT)).isTrue();
    assertThat(v2.endangers("lateral-pterygoid", NeedlingHazard.JOINT)).isTrue();
    assertThat(v2.endangers("pectineus", NeedlingHazard.ARTERY)).isTrue();
    assertThat(v2.endangers("iliacus", NeedlingHazard.ORGAN)).isTrue();
    assertThat(v2.endangers("levator-scapulae", NeedlingHazard.LUNG)).isTrue();
    assertThat(v2.endangers("infraspinatus", NeedlingHazard.THIN_BONE)).isTrue();
    assertThat(v2.of("vastus-lateralis").orElseThrow().note()).contains("suprapatellar pouch");
  }

  @Test
  void theVersionIdIsReported() {
    assertThat(table.version()).isEqualTo("needling-safety-v1");
  }

  @Test
  void levatorScapulaeNamesTheLungApexAndTheDorsalScapularNerveAndArtery() {
    NeedlingSafety levator = table.of("levator-scapulae").orElseThrow();
    assertThat(levator.hazards())
        .contains(NeedlingHazard.LUNG, NeedlingHazard.NERVE, NeedlingHazard.ARTERY);
    assertThat(levator.note())
        .contains("lung apex", "dorsal scapular nerve and artery", "superior angle");
  }

  @Test
  void infraspinatusWarnsOfAThinOrFenestratedScapula() {
    NeedlingSafety infraspinatus = table.of("infraspinatus").orElseThrow();
    assertThat(infraspinatus.hazards()).contains(NeedlingHazard.THIN_BONE, NeedlingHazard.LUNG);
    assertThat(infraspinatus.note()).contains("thin", "fenestrated", "scapula");
  }

  @Test
  void theReviewedMusclesCarryTheirHazards() {
    for (String lung :
        new String[] {
          "upper-trapezius",
          "scalenes",
          "rhomboids",
          "serratus-anterior",
          "pectoralis-minor",
          "pectoralis-major",
          "iliocostalis",
          "quadratus-lumborum"
        }) {
      assertThat(table.endangers(lung, NeedlingHazard.LUNG)).as(lung).isTrue();
    }
    for (String sciatic : new String[] {"gluteus-medius", "gluteus-minimus", "piriformis"}) {
      assertThat(table.endangers(sciatic, NeedlingHazard.NERVE)).as(sciatic).isTrue();
      assertThat(table.of(sciatic).orElseThrow().note()).as(sciatic).contains("sciatic nerve");
    }
    assertThat(table.endangers("quadratus-lumborum", NeedlingHazard.ORGAN)).isTrue();
    assertThat(table.of("quadratus-lumborum").orElseThrow().note()).contains("kidney");
    assertThat(table.of("sternocleidomastoid").orElseThrow().note())
        .contains("carotid artery", "jugular vein");
    assertThat(table.of("pectoralis-minor").orElseThrow().note()).contains("brachial plexus");
    assertThat(table.endangers("vastus-lateralis", NeedlingHazard.LUNG)).isFalse();
  }

  @Test
  void aTableWithoutAVersionIsRefused() {
    assertThatThrownBy(() -> parse("deltoid\tNERVE\tAxillary nerve.\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("test.tsv:1")
        .hasMessageContaining("version");
  }

  @Test
  void anUnknownHazardIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse("version\tt-v1\n# c\ndeltoid\tNERVE,LUNGS\tA note.\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("test.tsv:3")
        .hasMessageContaining("unknown hazard 'LUNGS'");
  }

  @Test
  void aMissingColumnAnEmptyNoteAndATwiceListedMuscleAreRefused() {
    assertThatThrownBy(() -> parse("version\tt-v1\ndeltoid\tNERVE\n"))
        .hasMessageContaining("expected 3 tab-separated columns, found 2");
    assertThatThrownBy(() -> parse("version\tt-v1\ndeltoid\tNERVE\t \n"))
        .hasMessageContaining("muscle deltoid has no note");
    assertThatThrownBy(() -> parse("version\tt-v1\ndeltoid\t-\tA.\ndeltoid\t-\tB.\n"))
        .hasMessageContaining("test.tsv:3")
        .hasMessageContaining("listed twice");
  }

  @Test
  void aVersionThatIsNotBundledIsRefused() {
    assertThatThrownBy(() -> SafetyTable.load("needling-safety-v99"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("Missing safety table");
  }

  private static SafetyTable parse(String text) {
    return SafetyTable.parse(new StringReader(text), "test.tsv");
  }
}
