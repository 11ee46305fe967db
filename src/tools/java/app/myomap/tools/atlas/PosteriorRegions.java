package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.RegionKit.minus;

import app.myomap.model.Side;
import java.awt.geom.Area;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The muscle regions of the posterior view, authored for the patient's left (viewer's left) and
 * mirrored exactly for the right.
 */
final class PosteriorRegions {

  private PosteriorRegions() {}

  static void add(SvgView svg) {
    RegionKit k = new RegionKit(svg.silhouette());
    Map<String, Area> r = new LinkedHashMap<>();

    // shoulder girdle, superficial layer
    Area deltoid =
        k.smooth(
            140, 185, 128, 181.4, 115, 179.2, 100, 182, 86, 200, 84, 240, 88, 258, 96, 256, 108,
            240, 119, 222, 128, 204, 134.4, 192);
    Area upperTrapezius =
        minus(
            k.smooth(
                199.6, 121, 186, 122.4, 179.6, 128, 178.6, 140, 170, 162, 130, 172, 112, 178, 118,
                184, 130, 184.4, 142, 182.4, 160, 178.6, 180, 172.6, 199.6, 168.6),
            deltoid);
    Area middleTrapezius =
        minus(
            k.smooth(
                199.6, 160, 170, 170, 130, 178, 122, 184, 124, 187.6, 140, 189.6, 158, 193.2, 172,
                198.4, 186, 206.6, 199.6, 215),
            upperTrapezius,
            deltoid);
    Area lowerTrapezius =
        minus(
            k.smooth(
                199.6, 210, 186, 203, 172.4, 196, 166.2, 201.4, 168.4, 214, 176, 240, 186, 268, 194,
                290, 199.6, 305),
            middleTrapezius);
    Area teresMinor =
        minus(
            k.smooth(
                129, 199, 136.4, 207, 146.4, 219, 155.6, 229.6, 151.4, 234, 141, 225.4, 130.4,
                214.4, 124, 206),
            deltoid);
    Area infraspinatus =
        minus(
            k.smooth(
                172, 198, 160, 193.6, 145, 190, 133, 187.6, 129, 196, 136, 206, 146, 218, 156, 230,
                164.4, 240.6, 168.4, 232, 170.6, 215),
            lowerTrapezius,
            teresMinor,
            deltoid,
            middleTrapezius);
    Area teresMajor =
        minus(
            k.smooth(
                165.4, 247.4, 158, 232, 152, 234.6, 141, 226.4, 130, 216.4, 125.4, 222, 127.4,
                230.6, 138, 239, 150, 247, 160, 251.6),
            teresMinor,
            infraspinatus);
    Area latissimus =
        minus(
            k.smooth(
                125.6, 226, 127.6, 238, 129.4, 256, 131.6, 280, 134.6, 320, 133.4, 370, 138, 362,
                141.6, 335, 147, 306, 156, 278, 166, 254, 160, 252, 140, 238),
            teresMajor,
            lowerTrapezius);

    // spine and flank
    Area iliocostalis =
        minus(
            k.smooth(
                183.6, 236, 185.6, 260, 184, 290, 182, 320, 181.2, 350, 182, 372, 184, 388, 176,
                386, 167, 372, 163, 350, 164, 320, 168.4, 290, 174, 262, 178, 240),
            lowerTrapezius);
    Area longissimus =
        minus(
            k.smooth(
                193.6, 226, 196, 250, 198, 290, 199.6, 310, 199.6, 392, 190, 399, 183.6, 388, 182.2,
                372, 181.2, 350, 182, 320, 184, 290, 185.6, 260, 184.6, 236, 188, 226),
            lowerTrapezius,
            iliocostalis);
    latissimus = minus(latissimus, iliocostalis, longissimus);

    // arm and forearm
    Area ecrl =
        k.smooth(
            73, 318, 80, 324, 81.4, 340, 78.4, 358, 72.4, 380, 66, 392, 62, 380, 66, 350, 70, 330);
    Area ecrb =
        minus(
            k.smooth(
                81, 336, 88.4, 342, 87.6, 360, 82.4, 384, 74.4, 404, 66.4, 406, 64, 396, 72, 380,
                78, 358),
            ecrl);
    Area extensorDigitorum =
        minus(
            k.smooth(
                88.6, 342, 97.6, 346, 96.4, 370, 90.6, 398, 84.6, 428, 74.4, 432, 68.6, 426, 72.4,
                408, 80.4, 388, 86, 362),
            ecrb,
            ecrl);
    Area triceps =
        minus(
            k.smooth(
                124.6, 224, 126, 236, 123, 256, 119.6, 280, 116, 304, 112.6, 328, 108, 340.4, 96,
                343, 80, 340, 74, 335, 76, 300, 82, 262, 86, 240, 90, 225, 110, 222),
            deltoid,
            teresMajor,
            teresMinor,
            latissimus,
            ecrl,
            ecrb,
            extensorDigitorum);

    // hip and thigh
    Area gluteusMaximus =
        k.smooth(
            184.4, 392, 190, 404, 196.6, 418, 199.6, 436, 199.6, 450, 193, 463.4, 183, 470.4, 171,
            472, 160, 469, 148, 463, 136, 456, 126.6, 446, 124.6, 432, 135, 416.4, 148, 407.6, 165,
            400, 178, 395);
    Area gluteusMinimus =
        minus(
            k.smooth(
                162, 398, 150, 391, 138, 388, 128.4, 392, 125, 404, 127, 416, 140, 411, 154, 405),
            gluteusMaximus);
    Area gluteusMedius =
        minus(
            k.smooth(
                183.6, 386, 172, 373, 157, 363.6, 142, 362.6, 133, 368, 126, 388, 125, 410, 128,
                428, 150, 412, 176, 398, 186, 394),
            gluteusMaximus,
            gluteusMinimus,
            latissimus,
            iliocostalis,
            longissimus);
    Area adductorMagnus =
        minus(
            k.smooth(
                198.6, 456, 190, 466, 187, 500, 186.6, 540, 188, 570, 190.6, 592, 193, 560, 195.4,
                520, 197.6, 490),
            gluteusMaximus);
    Area bicepsFemoris =
        minus(
            k.smooth(
                176, 464, 168, 496, 160, 536, 151, 578, 143, 614, 137.6, 634, 146, 636, 154.4, 612,
                162.6, 576, 170.6, 536, 178.4, 500, 183, 470),
            gluteusMaximus);
    Area vastusLateralis =
        minus(
            k.smooth(
                124, 470, 140, 476, 156, 486, 164, 500, 150, 560, 140, 612, 134, 634, 127, 604,
                124.6, 544, 123.4, 500),
            gluteusMaximus,
            bicepsFemoris);
    Area hamstringsMedial =
        minus(
            k.smooth(
                180, 464, 189, 468, 191, 500, 190.6, 540, 189.6, 590, 189.4, 628, 178, 633, 161.6,
                628, 163.8, 590, 166.6, 556, 171.6, 516),
            adductorMagnus,
            gluteusMaximus,
            bicepsFemoris,
            vastusLateralis);
    Area gastrocnemius =
        k.smooth(
            143.6, 646, 164, 650, 188, 646, 190.8, 672, 190.6, 700, 187, 726, 179, 742, 172, 740,
            166, 735.6, 160, 740, 152, 734, 146, 720, 141.6, 700, 140.6, 672);

    r.put("upper-trapezius", upperTrapezius);
    r.put("middle-trapezius", middleTrapezius);
    r.put("lower-trapezius", lowerTrapezius);
    r.put(
        "levator-scapulae",
        k.smooth(
            186, 128, 180, 128, 176, 146, 170, 166, 164.6, 177.4, 169, 181, 174, 172, 180, 156, 185,
            140));
    r.put(
        "suboccipitals",
        k.smooth(199.6, 108, 190, 108.6, 182, 111, 180.6, 118, 184, 126, 192, 128, 199.6, 128));
    r.put(
        "splenius-capitis",
        k.smooth(
            176, 118, 170.4, 122, 176, 134, 186, 150, 196, 166, 199.6, 170, 199.6, 156, 192, 146,
            184, 130, 180.4, 120));
    r.put(
        "supraspinatus",
        k.smooth(
            167.6, 178.4, 171.4, 193, 160, 189.6, 145, 186, 132, 183.4, 126, 182, 131, 178, 146,
            176.6, 158, 176.4));
    r.put(
        "semispinalis-capitis",
        k.smooth(199.6, 110, 191, 110.6, 186.6, 120, 187, 140, 190, 160, 194, 176, 199.6, 180));
    r.put("cervical-multifidi", k.smooth(199.6, 126, 194, 127, 192.6, 145, 194, 166, 199.6, 168));
    r.put(
        "splenius-cervicis",
        k.smooth(182, 134, 178, 142, 180, 160, 186, 178, 193, 196, 197.6, 196, 192, 172, 186, 150));
    r.put("infraspinatus", infraspinatus);
    r.put("teres-minor", teresMinor);
    r.put("teres-major", teresMajor);
    r.put(
        "rhomboids",
        k.smooth(
            199.6, 166, 186, 172, 170, 181, 172.6, 196, 171.6, 215, 168.6, 234, 165.4, 246, 172,
            244, 199.6, 220));
    r.put("deltoid", deltoid);
    r.put(
        "subscapularis",
        k.smooth(
            128, 204, 134, 208, 142, 220, 150, 232, 154, 240, 149, 241, 139, 232, 130, 223, 124.6,
            214));
    r.put("latissimus-dorsi", latissimus);
    r.put("triceps-brachii", triceps);
    r.put("extensor-carpi-radialis-longus", ecrl);
    r.put("extensor-carpi-radialis-brevis", ecrb);
    r.put("extensor-digitorum", extensorDigitorum);
    r.put("supinator", k.smooth(74, 334, 82, 338, 86, 348, 82, 358, 74, 360, 70, 350));
    r.put(
        "quadratus-lumborum",
        k.smooth(
            156, 302, 168, 304, 172.4, 322, 172, 345, 168.6, 362, 156, 364, 147.6, 352, 146.4, 330,
            149, 310));
    r.put("iliocostalis", iliocostalis);
    r.put("longissimus", longissimus);
    r.put(
        "lumbar-multifidus",
        k.smooth(199.6, 314, 193, 314, 190, 340, 188.6, 370, 188, 395, 192, 412, 199.6, 418));
    r.put("gluteus-maximus", gluteusMaximus);
    r.put("gluteus-medius", gluteusMedius);
    r.put("gluteus-minimus", gluteusMinimus);
    r.put(
        "piriformis",
        k.smooth(
            188, 398, 172, 401, 150, 403, 134, 403.6, 131.6, 411, 150, 412.4, 172, 412, 190.6,
            414.6));
    r.put("biceps-femoris", bicepsFemoris);
    r.put("vastus-lateralis", vastusLateralis);
    r.put("semitendinosus-semimembranosus", hamstringsMedial);
    r.put("adductor-magnus", adductorMagnus);
    r.put(
        "popliteus",
        k.smooth(148, 646, 158, 648, 172, 652, 184, 662, 180, 670, 168, 666, 154, 660, 147, 654));
    r.put(
        "tibialis-posterior",
        k.smooth(166, 690, 176, 690, 178, 720, 176, 752, 170, 766, 164, 752, 162, 720));
    r.put("gastrocnemius", gastrocnemius);
    r.put(
        "soleus",
        k.smooth(
            142, 676, 190, 676, 190, 712, 187, 740, 181, 766, 176, 786, 160, 786, 154, 766, 147,
            740, 142, 712));
    r.forEach((id, shape) -> svg.regionPair(id, Side.LEFT, RegionKit.leftHalf(shape), Canon.MID_X));
  }
}
