package app.myomap.app;

import java.nio.file.Path;
import java.util.Optional;

/** The parsed command line: {@code [--db PATH] [--help]}. */
record CommandLine(Optional<Path> database, boolean help) {

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: myomap [--db PATH]",
          "  --db PATH   open (or create) the MyoMap database at PATH instead of the default",
          "  --help      print this help and exit");

  /** Parses {@code args}; throws {@link IllegalArgumentException} with the reason when invalid. */
  static CommandLine parse(String... args) {
    Path db = null;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
      } else if (arg.equals("--db")) {
        if (i + 1 >= args.length || args[i + 1].isBlank()) {
          throw new IllegalArgumentException("--db needs a file path");
        }
        db = Path.of(args[++i]);
      } else if (arg.startsWith("--db=")) {
        db = Path.of(arg.substring("--db=".length()));
      } else {
        throw new IllegalArgumentException("unknown option: " + arg);
      }
    }
    return new CommandLine(Optional.ofNullable(db), help);
  }
}
