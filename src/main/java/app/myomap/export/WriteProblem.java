package app.myomap.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a file could not be written, in a few plain words for the window and the command line. */
public final class WriteProblem {
  private WriteProblem() {}

  /** The reason of {@code failure}, for example "permission denied" or "no such folder". */
  public static String describe(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (failure instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (failure instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return failure.getMessage() == null ? "the disk refused it" : failure.getMessage();
  }
}
