/**
 * Charts leaving the window: PNG, SVG and PDF files, the clipboard and print, each drawn by {@code
 * chart}'s one picture routine ({@link app.myomap.chart.ChartPicture}) so that every copy looks
 * like the screen. Swing-free, so that the command line can export without a display; it may use
 * {@code model}, {@code atlas}, {@code chart} and {@code session}, and Batik only for its SVG
 * generator.
 */
package app.myomap.export;
