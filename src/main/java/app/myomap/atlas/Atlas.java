package app.myomap.atlas;

import app.myomap.model.BodyView;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One version of the bundled anatomical atlas: the muscle catalogue, the version's views (its
 * outlines with their muscle regions), the trigger-point sites, the region lookup and the
 * landmarks.
 */
public final class Atlas {
  /** The atlas version new charts are drawn on. */
  public static final String CURRENT_VERSION = "v1";

  private static final int MAX_LOADER_THREADS = 4;

  private final String version;
  private final MuscleCatalogue muscles;
  private final Landmarks landmarks;
  private final List<BodyView> viewOrder;
  private final TriggerPointSites sites;
  private final Map<BodyView, AtlasView> views;

  /** Where views not loaded yet are read from; null when every view was given at once. */
  private final AtlasResources files;

  private volatile RegionLookup regions;

  private Atlas(
      String version,
      MuscleCatalogue muscles,
      Landmarks landmarks,
      List<BodyView> viewOrder,
      TriggerPointSites sites,
      Map<BodyView, AtlasView> views,
      AtlasResources files) {
    this.version = version;
    this.muscles = muscles;
    this.landmarks = landmarks;
    this.viewOrder = List.copyOf(viewOrder);
    this.sites = sites;
    this.views = views;
    this.files = files;
    if (files == null) {
      this.regions = lookupOf(views, this.viewOrder, sites);
    }
  }

  /** The region lookup over {@code views}, regions in view order, then document order. */
  private static RegionLookup lookupOf(
      Map<BodyView, AtlasView> views, List<BodyView> viewOrder, TriggerPointSites sites) {
    List<MuscleRegion> all = new ArrayList<>();
    for (BodyView view : viewOrder) {
      AtlasView loaded = views.get(view);
      if (loaded != null) {
        all.addAll(loaded.regions());
      }
    }
    return RegionLookup.of(all, sites);
  }

  /**
   * An atlas of already loaded parts with no trigger-point sites (for tests and tools); its views
   * are the given ones.
   *
   * @throws IllegalArgumentException if two views are for the same body view
   */
  public static Atlas of(
      String version, MuscleCatalogue muscles, Landmarks landmarks, Collection<AtlasView> views) {
    return of(version, muscles, landmarks, views, TriggerPointSites.NONE);
  }

  /**
   * An atlas of already loaded parts (for tests and tools); its views are the given ones, in {@link
   * BodyView} order.
   *
   * @throws IllegalArgumentException if two views are for the same body view
   */
  public static Atlas of(
      String version,
      MuscleCatalogue muscles,
      Landmarks landmarks,
      Collection<AtlasView> views,
      TriggerPointSites sites) {
    Map<BodyView, AtlasView> byView = new EnumMap<>(BodyView.class);
    for (AtlasView view : views) {
      if (byView.put(view.view(), view) != null) {
        throw new IllegalArgumentException("Two outlines for view " + view.view().id());
      }
    }
    return new Atlas(
        Objects.requireNonNull(version, "version"),
        Objects.requireNonNull(muscles, "muscles"),
        Objects.requireNonNull(landmarks, "landmarks"),
        List.copyOf(byView.keySet()),
        Objects.requireNonNull(sites, "sites"),
        byView,
        null);
  }

  /**
   * A bundled atlas version whose views load the first time they are asked for (or all at once
   * through {@link #prefetch}): for a command that draws two views, loading the other four is
   * wasted time. The catalogue, landmarks, view list and trigger-point sites load now.
   *
   * @throws AtlasException if the catalogue, landmarks, view list or sites of the version are
   *     missing or invalid; a view's own file is checked when it loads
   */
  public static Atlas loadOnDemand(String version) {
    AtlasResources files = AtlasResources.bundled(version);
    MuscleCatalogue muscles = MuscleCatalogue.load(files);
    List<BodyView> viewOrder = VersionViews.load(files);
    return new Atlas(
        version,
        muscles,
        Landmarks.load(files),
        viewOrder,
        TriggerPointSites.load(files, muscles, viewOrder),
        new ConcurrentHashMap<>(),
        files);
  }

  /**
   * Loads a bundled atlas version, its views in parallel.
   *
   * @throws AtlasException if any file of the version is missing or invalid
   */
  public static Atlas load(String version) {
    return load(AtlasResources.bundled(version));
  }

  static Atlas load(AtlasResources files) {
    String version = files.version();
    MuscleCatalogue muscles = MuscleCatalogue.load(files);
    List<BodyView> viewOrder = VersionViews.load(files);
    TriggerPointSites sites = TriggerPointSites.load(files, muscles, viewOrder);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.min(MAX_LOADER_THREADS, Runtime.getRuntime().availableProcessors()),
            loaderThreads());
    try {
      Future<Landmarks> landmarks = executor.submit(() -> Landmarks.load(files));
      Map<BodyView, Future<AtlasView>> pending = new EnumMap<>(BodyView.class);
      for (BodyView view : viewOrder) {
        pending.put(view, executor.submit(() -> loadView(files, view, muscles)));
      }
      Map<BodyView, AtlasView> views = new EnumMap<>(BodyView.class);
      for (Map.Entry<BodyView, Future<AtlasView>> entry : pending.entrySet()) {
        views.put(entry.getKey(), await(entry.getValue(), version));
      }
      return new Atlas(version, muscles, await(landmarks, version), viewOrder, sites, views, null);
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * Loads one view of a bundled atlas version, for a fast start on the remembered view.
   *
   * @throws AtlasException if the catalogue or the view's outline is missing or invalid
   * @throws IllegalArgumentException if the version has no such view
   */
  public static AtlasView loadView(String version, BodyView view) {
    AtlasResources files = AtlasResources.bundled(version);
    requireView(version, VersionViews.load(files), view);
    return loadView(files, view, MuscleCatalogue.load(files));
  }

  /**
   * The views of a bundled atlas version in display order, read without loading any of them.
   *
   * @throws AtlasException if the version is missing or its view list is invalid
   */
  public static List<BodyView> viewsOf(String version) {
    AtlasResources files = AtlasResources.bundled(version);
    files.require("muscles.tsv");
    return VersionViews.load(files);
  }

  private static void requireView(String version, List<BodyView> viewOrder, BodyView view) {
    if (!viewOrder.contains(view)) {
      throw new IllegalArgumentException("Atlas " + version + " has no view " + view.id());
    }
  }

  /**
   * The SHA-256 of a view's drawing as bundled (hexadecimal), read without loading it: what a
   * picture of the outline kept from an earlier run must have been drawn from to be shown.
   *
   * @throws AtlasException if the view's file is missing or cannot be read
   */
  public static String outlineHash(String version, BodyView view) {
    URL url = AtlasResources.bundled(version).require(view.id() + ".svg");
    try (InputStream in = url.openStream()) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[16384];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new AtlasException("Cannot read " + url + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static AtlasView loadView(AtlasResources files, BodyView view, MuscleCatalogue muscles) {
    URL url = files.require(view.id() + ".svg");
    try {
      return AtlasViewReader.read(url, view, muscles);
    } catch (InvalidSvgException e) {
      throw new AtlasException(
          "Atlas " + files.version() + " view " + view.id() + ": " + e.getMessage(), e);
    }
  }

  private static <T> T await(Future<T> future, String version) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AtlasException("Interrupted while loading atlas " + version, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AtlasException atlasException) {
        throw new AtlasException(atlasException.getMessage(), atlasException);
      }
      throw new AtlasException("Cannot load atlas " + version + ": " + e.getCause(), e.getCause());
    }
  }

  private static ThreadFactory loaderThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "atlas-loader-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  public String version() {
    return version;
  }

  public MuscleCatalogue muscles() {
    return muscles;
  }

  /**
   * The loaded view; an atlas that loads on demand loads it now.
   *
   * @throws IllegalArgumentException if this atlas has no outline for the view
   * @throws AtlasException if a view loaded on demand is missing or invalid
   */
  public AtlasView view(BodyView view) {
    requireView(version, viewOrder, view);
    AtlasView loaded = views.get(view);
    if (loaded == null && files != null) {
      loaded = views.computeIfAbsent(view, wanted -> loadView(files, wanted, muscles));
    }
    if (loaded == null) {
      throw new IllegalArgumentException("Atlas " + version + " has no view " + view.id());
    }
    return loaded;
  }

  /**
   * Loads {@code wanted} views now, in parallel, where this atlas loads views on demand; an atlas
   * loaded whole has them already.
   *
   * @throws AtlasException if one of them is missing or invalid
   */
  public void prefetch(Collection<BodyView> wanted) {
    if (files == null) {
      return;
    }
    List<BodyView> missing = wanted.stream().distinct().filter(v -> !views.containsKey(v)).toList();
    if (missing.size() < 2) {
      missing.forEach(this::view);
      return;
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.min(
                missing.size(),
                Math.min(MAX_LOADER_THREADS, Runtime.getRuntime().availableProcessors())),
            loaderThreads());
    try {
      List<Future<AtlasView>> pending = new ArrayList<>();
      for (BodyView view : missing) {
        pending.add(executor.submit(() -> view(view)));
      }
      for (Future<AtlasView> future : pending) {
        await(future, version);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  /** The region lookup over every view of this atlas (an atlas on demand loads them all now). */
  public RegionLookup regions() {
    RegionLookup lookup = regions;
    if (lookup == null) {
      synchronized (this) {
        if (regions == null) {
          prefetch(viewOrder);
          regions = lookupOf(views, viewOrder, sites);
        }
        lookup = regions;
      }
    }
    return lookup;
  }

  public Landmarks landmarks() {
    return landmarks;
  }

  /** The views of this version, in display order (v1: the six views without hand and foot). */
  public List<BodyView> views() {
    return viewOrder;
  }

  /** Whether this version has the view. */
  public boolean hasView(BodyView view) {
    return viewOrder.contains(view);
  }

  /** The typical trigger-point sites the region lookup ranks by; none in v1. */
  public TriggerPointSites sites() {
    return sites;
  }
}
