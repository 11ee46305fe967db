package app.myomap.ui;

import java.nio.file.Path;

/** What the window shows about the running app: its version and the database it works on. */
public record AppInfo(String version, Path databaseFile) {}
