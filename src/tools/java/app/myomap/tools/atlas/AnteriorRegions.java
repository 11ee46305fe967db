package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.RegionKit.minus;

import app.myomap.model.Side;
import java.awt.geom.Area;

/**
 * The muscle regions of the anterior view, authored for the patient's right (viewer's left) and
 * mirrored exactly for the left.
 */
final class AnteriorRegions {

  private AnteriorRegions() {}

  static void add(SvgView svg) {
    RegionKit k = new RegionKit(svg.silhouette());

    // neck and shoulder girdle
    Area scm =
        k.smooth(
            170.4, 125.6, 177.4, 125, 184.4, 144, 192, 166, 198.6, 182, 192, 186, 184.6, 181, 178.6,
            166, 173.4, 146);
    Area upperTrapezius =
        k.smooth(
            180.4, 148, 178, 156.4, 170, 163.4, 150, 169.4, 130, 175.6, 118, 178.6, 124, 181, 140,
            178, 158, 173.4, 172, 168, 179.2, 162.4);
    upperTrapezius = minus(upperTrapezius, scm);
    Area scalenes =
        minus(
            k.smooth(
                177.6, 140, 183, 160, 186.2, 176.4, 178, 180.6, 162, 180.8, 160.6, 176.2, 170.6,
                160),
            scm,
            upperTrapezius);
    Area deltoid =
        k.smooth(
            140.2, 182.2, 133.4, 196.4, 128, 212, 122, 228, 110, 243, 94, 257.4, 84, 250, 86, 210,
            100, 184, 118, 178.4, 132, 180.4);
    Area pecMajor =
        minus(
            k.smooth(
                199.4, 186, 199.4, 262, 186, 265.4, 168, 266.2, 150, 263, 137, 254.4, 129.4, 241,
                126.8, 229.6, 131.6, 208, 138.4, 188, 150, 184.6, 170, 184.8, 186, 186.6),
            deltoid,
            scm);
    Area pecMinor =
        k.smooth(
            135.4, 187.4, 142, 189, 154, 202, 166, 220, 174, 236, 174, 249, 162, 250, 152, 240, 144,
            222, 137, 203);
    Area serratus =
        minus(
            k.smooth(
                130, 244, 138.4, 256, 151, 264.6, 159, 276, 160, 292, 153.4, 308, 142, 308, 137.8,
                290, 133.4, 268),
            pecMajor);

    // arm and forearm
    Area biceps =
        minus(
            k.smooth(
                107, 236, 123.4, 244, 120.6, 268, 115.6, 296, 110, 322, 101.4, 337.6, 88, 337, 82.8,
                318, 85.6, 286, 92.2, 258),
            deltoid);
    Area brachioradialis =
        minus(
            k.smooth(
                78, 314, 86, 322, 89.6, 340, 88.6, 358, 82, 380, 72, 402, 62, 398, 62, 370, 68,
                340),
            biceps);
    Area wristFlexors =
        minus(
            k.smooth(
                90, 342, 100, 341.6, 111, 342, 111.6, 352, 104, 378, 95, 404, 89, 430, 76, 434, 66,
                430, 68, 412, 78, 392, 86, 366),
            brachioradialis,
            biceps);

    // trunk and hip
    Area rectusAbdominis =
        k.smooth(
            199.4, 268, 199.4, 340, 199.4, 437, 193.6, 436.4, 185, 418, 175.4, 386, 170.6, 346, 169,
            306, 171, 280, 180, 268.6);
    Area tfl =
        k.smooth(
            143.6, 380, 149.4, 390, 147.6, 406, 141.4, 426, 134.4, 446, 127.4, 449, 124, 428, 126,
            402, 132.6, 388);

    // thigh and leg
    Area rectusFemoris =
        minus(
            k.smooth(
                151.4, 398, 157.6, 404, 163.4, 430, 167.4, 470, 169.6, 520, 169.4, 566, 166.6, 600,
                160.8, 605, 156.6, 576, 150.6, 530, 146.4, 480, 146, 440, 148, 410),
            tfl);
    Area vastusMedialis =
        minus(
            k.smooth(
                170.4, 548, 178, 560, 186.4, 576, 190.6, 596, 190.2, 614, 185, 626, 176, 626.6, 170,
                616, 167, 596, 167.6, 570),
            rectusFemoris);
    Area adductorLongus =
        minus(
            k.smooth(
                198.4, 440, 198.6, 466, 196.2, 500, 193.4, 530, 186, 524, 176.6, 496, 169.6, 466,
                176, 450, 188, 442),
            rectusFemoris);
    Area sartorius =
        minus(
            k.smooth(
                143.6, 382, 149, 386, 151, 420, 160, 460, 177, 506, 186, 548, 193, 584, 194.4, 612,
                189, 616, 185.6, 588, 178.6, 552, 169.6, 512, 152, 466, 143.5, 424, 140, 392),
            tfl);
    Area gracilis =
        minus(
            k.smooth(
                198.6, 444, 198.8, 470, 197.6, 520, 196.6, 570, 195.4, 612, 192.6, 614, 192.4, 570,
                193, 520, 194.2, 470),
            sartorius);
    Area pectineus =
        minus(
            k.smooth(180, 428, 187.6, 432, 190.6, 446, 184, 458, 176.4, 452, 174.6, 438),
            sartorius);
    // Adductor magnus from the front: the medial thigh behind gracilis and adductor longus, below
    // the adductor canal's upper end and medial to it.
    Area adductorMagnus =
        minus(
            k.smooth(
                192.6, 486, 196.6, 500, 196.4, 530, 194.6, 556, 191, 548, 188.6, 524, 189, 500),
            gracilis,
            sartorius);
    vastusMedialis = minus(vastusMedialis, sartorius);
    Area iliacus =
        minus(
            k.smooth(
                150, 372, 158, 374, 165, 384, 168.6, 400, 166, 414, 158, 412, 152, 398, 148, 384),
            tfl,
            sartorius);
    Area brachialis =
        minus(
            k.smooth(84.4, 292, 90, 300, 92, 320, 91, 334, 85.6, 336, 82.4, 320, 82.6, 304),
            brachioradialis);
    Area pronatorTeres =
        minus(
            k.smooth(111.4, 340, 112, 348, 104, 360, 94, 374, 88.6, 370, 94, 356, 103, 344),
            biceps);
    Area extensorDigitorumLongus =
        minus(
            k.smooth(
                148.4, 664, 151, 672, 153, 700, 156, 730, 159, 758, 160, 772, 156, 772, 152, 752,
                147.6, 724, 145, 694, 145.4, 672));
    Area vastusLateralis =
        minus(
            k.smooth(
                137, 424, 148, 420, 150.6, 460, 153, 520, 158, 570, 163.6, 604, 158, 614, 150, 620,
                141.6, 614, 134, 570, 128, 520, 124.4, 470, 126, 430),
            rectusFemoris,
            tfl);
    Area tibialisAnterior =
        k.smooth(
            151.6, 655.6, 164.6, 654.8, 166, 690, 167.4, 730, 169.6, 770, 170.4, 786, 165.6, 787.4,
            161.4, 768, 155.6, 736, 149.4, 700, 147.8, 672);
    rectusFemoris = minus(rectusFemoris, sartorius);
    adductorLongus = minus(adductorLongus, sartorius, gracilis, pectineus);
    wristFlexors = minus(wristFlexors, pronatorTeres);
    extensorDigitorumLongus = minus(extensorDigitorumLongus, tibialisAnterior);

    String[] ids = {
      "sternocleidomastoid",
      "upper-trapezius",
      "scalenes",
      "deltoid",
      "pectoralis-major",
      "pectoralis-minor",
      "serratus-anterior",
      "biceps-brachii",
      "brachioradialis",
      "wrist-flexors",
      "rectus-abdominis",
      "tensor-fasciae-latae",
      "rectus-femoris",
      "vastus-lateralis",
      "vastus-medialis",
      "adductor-longus-brevis",
      "adductor-magnus",
      "tibialis-anterior",
      "sartorius",
      "gracilis",
      "pectineus",
      "iliacus",
      "brachialis",
      "pronator-teres",
      "extensor-digitorum-longus"
    };
    Area[] shapes = {
      scm,
      upperTrapezius,
      scalenes,
      deltoid,
      pecMajor,
      pecMinor,
      serratus,
      biceps,
      brachioradialis,
      wristFlexors,
      rectusAbdominis,
      tfl,
      rectusFemoris,
      vastusLateralis,
      vastusMedialis,
      adductorLongus,
      adductorMagnus,
      tibialisAnterior,
      sartorius,
      gracilis,
      pectineus,
      iliacus,
      brachialis,
      pronatorTeres,
      extensorDigitorumLongus
    };
    for (int i = 0; i < ids.length; i++) {
      svg.regionPair(ids[i], Side.RIGHT, RegionKit.leftHalf(shapes[i]), Canon.MID_X);
    }
  }
}
