package app.myomap.app;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.model.BodyView;
import app.myomap.session.Backups;
import app.myomap.session.RecordChecks;
import app.myomap.store.BackupFolder;
import app.myomap.store.Database;
import app.myomap.store.DatabaseRefusedException;
import app.myomap.ui.AppInfo;
import app.myomap.ui.ChartCanvas;
import app.myomap.ui.MainWindow;
import app.myomap.ui.Settings;
import app.myomap.ui.Themes;
import app.myomap.ui.UiSettings;
import app.myomap.ui.WindowPlaces;
import app.myomap.ui.Workspace;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * The composition root's start-up sequence: sets up the look and feel while the picture of the body
 * an earlier run kept is read, shows the first frame (the window with that body alone, where the
 * chart will be), then opens the database and loads the outline in the background and builds the
 * rest of the window and its workspace on the event thread, in one go.
 */
public final class Startup {
  /**
   * System property for the start-up benchmark: when true, the app prints the wall-clock time of
   * the first frame with the body painted ({@code myomap.firstPaint=<epoch µs>}) and exits.
   */
  static final String STARTUP_PROBE = "myomap.startupProbe";

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  /**
   * How long the database's opening, and Batik when an earlier run's picture of the body can be
   * shown meanwhile, wait for the window's first paint; a window that is never painted (minimised)
   * does not hold them longer.
   */
  private static final long FIRST_PAINT_WAIT_MS = 2000;

  private Startup() {}

  /**
   * Prints the time of the first frame with the body painted and where it came from, then ends the
   * process once the start-up's own work (Batik's drawing shown, the picture of the body kept for
   * the next start) is done.
   */
  private static void reportFirstPaint(CompletableFuture<?> startupWork, boolean fromVectors) {
    StartupMarks.mark("firstPaint");
    System.out.println("myomap.firstPaint=" + nowMicros());
    System.out.println(
        "myomap.firstPaintFrom="
            + (fromVectors ? "vectors" : "the picture kept by an earlier run"));
    System.out.flush();
    startupWork
        .orTimeout(30, TimeUnit.SECONDS)
        .whenComplete((done, error) -> Runtime.getRuntime().halt(0));
  }

  static long nowMicros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  /**
   * A started app: its window, the database it holds open (and locked), and the start-up's keeping
   * of the picture of the body for the next start, done (or given up) when this completes.
   */
  public record Running(
      MainWindow window,
      Workspace workspace,
      Database database,
      CompletableFuture<Void> outlinePictureKept) {}

  /**
   * Starts MyoMap on {@code databaseFile}. {@code onExit} runs after the window was closed and the
   * database released. Throws when the database is refused; the window, shown while the database
   * opened, is gone again by then.
   */
  public static Running start(Path databaseFile, Settings settings, Runnable onExit)
      throws DatabaseRefusedException {
    return start(databaseFile, true, settings, onExit);
  }

  /**
   * Starts MyoMap as {@link #start(Path, Settings, Runnable)} does; with {@code createFolders}
   * false, a database is created only in a folder that exists (a path typed on the command line).
   */
  public static Running start(
      Path databaseFile, boolean createFolders, Settings settings, Runnable onExit)
      throws DatabaseRefusedException {
    return start(databaseFile, createFolders, false, settings, onExit);
  }

  /**
   * Starts MyoMap as {@link #start(Path, boolean, Settings, Runnable)} does; with {@code readOnly},
   * the database is opened for looking only, as a file this user cannot write always is.
   */
  public static Running start(
      Path databaseFile,
      boolean createFolders,
      boolean readOnly,
      Settings settings,
      Runnable onExit)
      throws DatabaseRefusedException {
    return start(databaseFile, createFolders, readOnly, settings, onExit, null);
  }

  /**
   * Starts MyoMap as {@link #start(Path, boolean, boolean, Settings, Runnable)} does; {@code
   * onFirstPaint}, unless null, runs on the event thread once the body has first been painted (the
   * packaging's training run waits for it; the start-up probe has its own report).
   */
  static Running start(
      Path databaseFile,
      boolean createFolders,
      boolean readOnly,
      Settings settings,
      Runnable onExit,
      Runnable onFirstPaint)
      throws DatabaseRefusedException {
    ExecutorService background =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread t = new Thread(r, "myomap-startup");
              t.setDaemon(true);
              return t;
            });
    try {
      boolean headless = GraphicsEnvironment.isHeadless();
      CompletableFuture<Void> windowPainted = new CompletableFuture<>();
      CompletableFuture<Database> database =
          CompletableFuture.supplyAsync(
              () -> {
                // The first frame needs no database: on two cores, loading SQLite's library and
                // checking the schema took the processor from the look and feel and the window.
                if (!headless) {
                  windowPainted
                      .completeOnTimeout(null, FIRST_PAINT_WAIT_MS, TimeUnit.MILLISECONDS)
                      .join();
                }
                return openDatabase(databaseFile, createFolders, readOnly);
              },
              background);
      BodyView view = rememberedView(settings);
      // An earlier run's picture of the body, shown while Batik loads the drawing.
      OutlineSnapshots snapshots = OutlineSnapshots.forUser();
      CompletableFuture<KeptOutline> kept =
          CompletableFuture.supplyAsync(
              () -> {
                KeptOutline read = KeptOutline.read(snapshots, view);
                StartupMarks.mark("keptRead");
                return read;
              },
              background);
      CompletableFuture<AtlasView> outline =
          CompletableFuture.supplyAsync(
              () -> {
                // With a picture to show, Batik loads once the window is painted: on two cores
                // it would take the processor from the look and feel and the window.
                if (kept.handle((found, error) -> found != null && found.snapshot().isPresent())
                    .join()) {
                  windowPainted
                      .completeOnTimeout(null, FIRST_PAINT_WAIT_MS, TimeUnit.MILLISECONDS)
                      .join();
                }
                return Atlas.loadView(Atlas.CURRENT_VERSION, view);
              },
              background);
      CompletableFuture<Void> keeping = new CompletableFuture<>();
      CompletableFuture<Void> drawingShown = new CompletableFuture<>();
      StartupMarks.mark("threadsStarted");
      Themes.install(settings.get(UiSettings.DARK_MODE));
      StartupMarks.mark("lookAndFeel");
      if (headless) {
        // No window can be shown; still refuse a bad file with its message before failing.
        awaitDatabase(database);
      }
      AtomicReference<Database> opened = new AtomicReference<>();
      AtomicReference<Workspace> started = new AtomicReference<>();
      AppInfo info =
          new AppInfo(Version.current(), databaseFile.toAbsolutePath().normalize(), Logs.folder());
      // The first frame is the window at its remembered bounds with the body alone, where the
      // chart was in the whole window; menus, panels and the database follow its first paint.
      WhenBuilt built = new WhenBuilt();
      ChartCanvas canvas =
          onEventThread(
              () -> {
                StartupMarks.mark("eventThread");
                X11WindowClass.apply();
                ChartCanvas c = new ChartCanvas();
                if (Boolean.getBoolean(STARTUP_PROBE)) {
                  c.whenOutlinePainted(
                      () ->
                          reportFirstPaint(
                              CompletableFuture.allOf(keeping, drawingShown),
                              c.atlasView().isPresent()));
                }
                c.whenPainted(() -> windowPainted.complete(null));
                // Read by now, the picture is in the window's first frame.
                KeptOutline found = kept.getNow(null);
                if (found != null) {
                  found.snapshot().ifPresent(c::showOutlineSnapshot);
                }
                if (onFirstPaint != null) {
                  c.whenOutlinePainted(onFirstPaint);
                }
                Insets margins = WindowPlaces.parseMargins(settings.get(UiSettings.CHART_MARGINS));
                built.frame = MainWindow.firstFrame(info, settings, c, margins);
                StartupMarks.mark("beforeShow");
                built.frame.setVisible(true);
                StartupMarks.mark("shown");
                return c;
              });
      kept.thenAccept(
          found ->
              found
                  .snapshot()
                  .ifPresent(
                      snapshot ->
                          SwingUtilities.invokeLater(() -> canvas.showOutlineSnapshot(snapshot))));
      outline.whenComplete(
          (loaded, error) ->
              SwingUtilities.invokeLater(
                  () -> {
                    if (loaded != null) {
                      if (built.window != null) {
                        built.window.showAtlasView(loaded);
                      } else {
                        // The remembered view, which the window shows once it is built.
                        canvas.showView(loaded);
                      }
                      if (Boolean.getBoolean(STARTUP_PROBE)) {
                        System.out.println("myomap.drawingLoaded=" + nowMicros());
                      }
                    } else {
                      built.then(w -> w.showOutlineFailure(rootCause(error).getMessage()));
                    }
                    drawingShown.complete(null);
                  }));
      Database db;
      try {
        db = awaitDatabase(database);
      } catch (DatabaseRefusedException | RuntimeException e) {
        onEventThread(
            () -> {
              built.frame.dispose();
              return null;
            });
        throw e;
      }
      StartupMarks.mark("databaseAwaited");
      opened.set(db);
      RecordChecks checks = quickRecordCheck(db, settings);
      StartupMarks.mark("recordCheck");
      Workspace[] workspace = new Workspace[1];
      AtomicBoolean marginsChanged = new AtomicBoolean();
      // The rest of the window and its workspace are built in one go, so that the body is not
      // moved by a window half built; the chart comes to the place the first frame showed it.
      KeptOutline.Frame firstFrame =
          onEventThread(
              () -> {
                MainWindow w =
                    new MainWindow(
                        info,
                        settings,
                        () -> {
                          Workspace ws = started.get();
                          if (ws != null) {
                            ws.backUpAtClose();
                          }
                          Database opening = opened.get();
                          if (opening != null) {
                            opening.close();
                          }
                          onExit.run();
                        },
                        built.frame,
                        canvas);
                StartupMarks.mark("windowBuilt");
                workspace[0] = new Workspace(w, db, checks, settings, Clock.systemDefaultZone());
                built.frame.validate();
                String margins = WindowPlaces.marginsText(w.chartMargins());
                if (!margins.equals(settings.get(UiSettings.CHART_MARGINS))) {
                  settings.put(UiSettings.CHART_MARGINS, margins);
                  marginsChanged.set(true);
                }
                canvas.requestFocusInWindow();
                built.done(w);
                return KeptOutline.Frame.of(canvas);
              });
      StartupMarks.mark("workspace");
      MainWindow window = built.window;
      started.set(workspace[0]);
      // Submitted now: the pool takes no work once start-up returns.
      CompletableFuture.runAsync(
              () -> {
                kept.join().keepFor(snapshots, outline.join(), firstFrame);
                // Where the picture goes in the next first frame, kept with it even if this run
                // ends without closing its window.
                if (marginsChanged.get() && settings instanceof PreferencesSettings preferences) {
                  preferences.flush();
                }
              },
              background)
          .whenComplete(
              (done, error) -> {
                if (error != null) {
                  LOG.log(Level.INFO, "The outline picture was not kept", error);
                }
                keeping.complete(null);
              });
      SwingUtilities.invokeLater(
          () -> {
            workspace[0].start();
            StartupMarks.mark("workspaceStarted");
          });
      workspace[0].startBackups();
      // The whole atlas (every view, the region lookup) follows once the first view is up.
      CompletableFuture.supplyAsync(
              () -> {
                outline.join();
                return Atlas.load(Atlas.CURRENT_VERSION);
              },
              background)
          .whenComplete(
              (atlas, error) ->
                  SwingUtilities.invokeLater(
                      () -> {
                        if (atlas != null) {
                          window.setAtlas(atlas);
                          workspace[0].setAtlas(atlas);
                        } else {
                          window.showOutlineFailure(rootCause(error).getMessage());
                        }
                      }));
      return new Running(window, workspace[0], db, keeping);
    } finally {
      background.shutdown();
    }
  }

  /**
   * The quick record check at open (the changes since the last whole check), before any chart is
   * shown, so that a chart changed outside MyoMap never opens editable. A file that cannot be read
   * here fails again, with its words, where the window reads it.
   */
  private static RecordChecks quickRecordCheck(Database db, Settings settings) {
    RecordChecks checks =
        new RecordChecks(
            db,
            () ->
                Backups.newestHead(
                    new BackupFolder(UiSettings.backupFolder(settings, db.file()), db.file())));
    try {
      checks.quick();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The quick record check could not run", e);
    }
    return checks;
  }

  /** The view remembered from the last run, if the current atlas version has it; else its first. */
  private static BodyView rememberedView(Settings settings) {
    List<BodyView> currentViews = Atlas.viewsOf(Atlas.CURRENT_VERSION);
    try {
      BodyView remembered = BodyView.ofId(settings.get(UiSettings.CURRENT_VIEW));
      return currentViews.contains(remembered) ? remembered : currentViews.get(0);
    } catch (IllegalArgumentException e) {
      return currentViews.get(0);
    }
  }

  private static Database openDatabase(Path file, boolean createFolders, boolean readOnly) {
    try {
      Database database =
          readOnly ? Database.openForViewing(file) : Database.open(file, createFolders);
      StartupMarks.mark("databaseOpened");
      LOG.info(
          () ->
              "Database opened"
                  + (database.isReadOnly() ? " read-only: " : ": ")
                  + database.file());
      return database;
    } catch (DatabaseRefusedException e) {
      LOG.log(Level.WARNING, "Database refused: " + e.getMessage(), e);
      throw new CompletionException(e);
    }
  }

  private static Database awaitDatabase(CompletableFuture<Database> database)
      throws DatabaseRefusedException {
    try {
      return database.join();
    } catch (CompletionException e) {
      Throwable cause = rootCause(e);
      if (cause instanceof DatabaseRefusedException refused) {
        throw refused;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Throwable rootCause(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof InvocationTargetException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * The first frame until the whole window is built in it, and what waits for that window; used on
   * the event thread only.
   */
  private static final class WhenBuilt {
    private JFrame frame;
    private MainWindow window;
    private final List<Consumer<MainWindow>> waiting = new ArrayList<>();

    void then(Consumer<MainWindow> work) {
      if (window != null) {
        work.accept(window);
      } else {
        waiting.add(work);
      }
    }

    void done(MainWindow built) {
      window = built;
      waiting.forEach(work -> work.accept(built));
      waiting.clear();
    }
  }

  private static <T> T onEventThread(java.util.function.Supplier<T> work) {
    if (SwingUtilities.isEventDispatchThread()) {
      return work.get();
    }
    Object[] result = new Object[1];
    try {
      SwingUtilities.invokeAndWait(() -> result[0] = work.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the window", e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
    @SuppressWarnings("unchecked")
    T typed = (T) result[0];
    return typed;
  }
}
