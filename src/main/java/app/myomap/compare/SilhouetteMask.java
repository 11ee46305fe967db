package app.myomap.compare;

import app.myomap.atlas.AtlasView;

/** The grid of one atlas view and its silhouette rasterised on it, built once per view. */
final class SilhouetteMask {
  final AtlasView view;
  final MaskGrid grid;
  final BitMask mask;
  final long pixels;

  SilhouetteMask(AtlasView view, int pxPerUnit) {
    this.view = view;
    this.grid = new MaskGrid(view.viewBox(), pxPerUnit);
    this.mask = grid.newMask();
    mask.fill(view.silhouette(), grid.toMask());
    this.pixels = mask.count();
  }

  double area() {
    return pixels * grid.pixelArea();
  }
}
