/**
 * Comparing visits, below the window: pain extent (painted area inside the silhouette as a
 * percentage of it), counts of findings, the Widespread Pain Index areas a chart touches, and the
 * comparison of two visits (extent change against the smallest detectable change, location
 * agreement, trigger points matched one-to-one). Pure: it may use {@code model} and {@code atlas};
 * no Swing, no SQL, no store. Used by {@code chart} (which draws the difference map), {@code
 * session}, {@code export} and {@code ui}.
 */
package app.myomap.compare;
