package app.myomap.ui;

import java.nio.file.Path;

/**
 * What the window shows about the running app: its version, the database it works on and the folder
 * its log files go to.
 */
public record AppInfo(String version, Path databaseFile, Path logFolder) {}
