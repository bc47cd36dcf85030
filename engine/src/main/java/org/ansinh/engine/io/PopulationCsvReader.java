package org.ansinh.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;

/**
 * Reads a population from CSV: one row per person, columns {@code household_id} and {@code role} (a
 * role key of the group entity), then input variables by name; group variables are repeated on each
 * member's row and read from the group's first row. Rows of a household are consecutive. An empty
 * cell means "not given": the variable's formula fills it in.
 *
 * <p>Built for whole cities: the file is cut at household boundaries into segments of a few tens of
 * megabytes, counted, then parsed in parallel straight into primitive columns, with no object per
 * cell. A bad cell fails the whole read with its row (1 = header) and column.
 *
 * <p>A file of {@link #CACHE_FROM_BYTES} or more is parsed once: the columns are then kept in a
 * binary file next to it ({@code FILE.ansinh-cache}, see {@code PopulationCache}) and read back
 * from there, in a fraction of the time, for as long as the CSV is unchanged.
 */
public final class PopulationCsvReader {

  static final int SEGMENT_BYTES = 32 << 20;
  public static final String HOUSEHOLD_ID = "household_id";
  public static final String ROLE = "role";
  public static final String PERSON_ID = "person_id";

  /**
   * Files from this size on get a binary cache next to them: below it, parsing takes less than the
   * cache would save.
   */
  public static final long CACHE_FROM_BYTES = 16L << 20;

  private final Legislation legislation;
  private final Period period;
  private final int threads;
  private final long cacheFromBytes;
  private final boolean ids;
  private final Set<String> only;

  public PopulationCsvReader(Legislation legislation, Period period, int threads) {
    this(legislation, period, threads, cacheFromProperty(), true, null);
  }

  private PopulationCsvReader(
      Legislation legislation,
      Period period,
      int threads,
      long cacheFromBytes,
      boolean ids,
      Set<String> only) {
    this.legislation = legislation;
    this.period = period;
    this.threads = Math.max(1, threads);
    this.cacheFromBytes = cacheFromBytes;
    this.ids = ids;
    this.only = only;
  }

  /**
   * This reader, keeping a binary copy ({@code FILE.ansinh-cache}) of every file of at least {@code
   * bytes} and reading it back instead of the CSV while the CSV is unchanged; {@code
   * Long.MAX_VALUE} turns the cache off.
   */
  public PopulationCsvReader cachingFrom(long bytes) {
    return new PopulationCsvReader(legislation, period, threads, bytes, ids, only);
  }

  /**
   * This reader, numbering households and persons rather than keeping their identifiers ({@link
   * Population#groupId} gives the index): for analyses that never print them. Read from the cache,
   * a city's millions of identifier strings are then skipped, not made.
   */
  public PopulationCsvReader withoutIds() {
    return new PopulationCsvReader(legislation, period, threads, cacheFromBytes, false, only);
  }

  /**
   * This reader, giving the population only the columns of {@code variables} (for a run that needs
   * no other: see {@code DependencyGraph.readFor}). The file's other columns are still checked when
   * parsed, but a cache read passes over them; the population marks them unread ({@link
   * Population#markUnread}), so a computation that needs one after all fails rather than computing
   * it from its formula.
   */
  public PopulationCsvReader readingOnly(Set<String> variables) {
    return new PopulationCsvReader(
        legislation, period, threads, cacheFromBytes, ids, Set.copyOf(variables));
  }

  /** {@code -Dansinh.population.cache=off} turns the cache off for a whole run. */
  private static long cacheFromProperty() {
    return "off".equalsIgnoreCase(System.getProperty("ansinh.population.cache"))
        ? Long.MAX_VALUE
        : CACHE_FROM_BYTES;
  }

  /**
   * @param progress receives the bytes parsed so far (may be null)
   * @throws CsvFormatException naming the row and column of the first bad cell
   */
  public Population read(Path file, LongConsumer progress) {
    try {
      return readOrParse(file, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private Population readOrParse(Path file, LongConsumer progress) throws IOException {
    CsvColumns columns;
    long size;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      size = channel.size();
      columns = header(file, channel, size);
    }
    boolean cached = size >= cacheFromBytes;
    PopulationCache.Stamp stamp = cached ? PopulationCache.Stamp.of(file, columns) : null;
    if (cached) {
      CsvColumns.Target t = PopulationCache.read(file, columns, stamp, ids, only);
      if (t != null) {
        if (progress != null) {
          progress.accept(size);
        }
        return t.toPopulation(legislation.entities(), ids, only);
      }
    }
    CsvColumns.Target t = parse(file, columns, progress);
    t.checkHouseholdsConsecutive();
    if (cached) {
      PopulationCache.write(file, t, stamp);
    }
    return t.toPopulation(legislation.entities(), ids, only);
  }

  private CsvColumns header(Path file, FileChannel channel, long size) throws IOException {
    byte[] headerBytes = readAt(channel, 0, (int) Math.min(size, 1 << 16));
    int headerEnd = indexOf(headerBytes, 0, headerBytes.length, (byte) '\n');
    if (headerEnd < 0) {
      throw new CsvFormatException(file + ": no header line (or no data)");
    }
    return CsvColumns.of(
        legislation, trimCr(new String(headerBytes, 0, headerEnd, StandardCharsets.UTF_8)), period);
  }

  private CsvColumns.Target parse(Path file, CsvColumns columns, LongConsumer progress)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      byte[] headerBytes = readAt(channel, 0, (int) Math.min(size, 1 << 16));
      int headerEnd = indexOf(headerBytes, 0, headerBytes.length, (byte) '\n');
      List<long[]> segments = segments(channel, headerEnd + 1, size, columns);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        // Pass 1: rows and households per segment, so that pass 2 writes in place.
        List<Future<int[]>> counts = new ArrayList<>();
        for (long[] s : segments) {
          counts.add(
              pool.submit(() -> new SegmentParser(read(channel, s), columns, null, 0, 0).count()));
        }
        int[] rowOffset = new int[segments.size() + 1];
        int[] groupOffset = new int[segments.size() + 1];
        for (int i = 0; i < segments.size(); i++) {
          int[] c = get(counts.get(i));
          rowOffset[i + 1] = Math.addExact(rowOffset[i], c[0]);
          groupOffset[i + 1] = groupOffset[i] + c[1];
        }
        int persons = rowOffset[segments.size()];
        int groups = groupOffset[segments.size()];
        if (persons == 0) {
          throw new CsvFormatException(file + ": no data rows");
        }
        CsvColumns.Target target = columns.allocate(persons, groups);
        AtomicLong done = new AtomicLong(headerEnd + 1);
        List<Future<?>> parsed = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
          long[] s = segments.get(i);
          int seg = i;
          parsed.add(
              pool.submit(
                  () -> {
                    new SegmentParser(
                            read(channel, s), columns, target, rowOffset[seg], groupOffset[seg])
                        .parse();
                    long bytes = done.addAndGet(s[1] - s[0]);
                    if (progress != null) {
                      progress.accept(bytes);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : parsed) {
          get(f);
        }
        return target;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Segment byte ranges {from, to}, each starting at the first row of a household. */
  private static List<long[]> segments(
      FileChannel channel, long dataStart, long size, CsvColumns columns) throws IOException {
    List<long[]> segments = new ArrayList<>();
    long start = dataStart;
    while (start < size) {
      long end =
          start + SEGMENT_BYTES >= size
              ? size
              : householdBoundaryAfter(channel, start + SEGMENT_BYTES, size, columns);
      segments.add(new long[] {start, end});
      start = end;
    }
    return segments;
  }

  /** The offset of the first row at or after {@code pos} that starts a new household. */
  private static long householdBoundaryAfter(
      FileChannel channel, long pos, long size, CsvColumns columns) throws IOException {
    int window = 1 << 16;
    byte[] buf = readAt(channel, pos - 1, (int) Math.min(window, size - pos + 1));
    int nl = indexOf(buf, 0, buf.length, (byte) '\n');
    if (nl < 0) {
      return size;
    }
    int lineStart = nl + 1;
    byte[] previousId = null;
    while (lineStart < buf.length) {
      int lineEnd = indexOf(buf, lineStart, buf.length, (byte) '\n');
      if (lineEnd < 0) {
        return lineStart == buf.length
            ? size
            : householdBoundaryAfter(channel, pos - 1 + lineStart + 1, size, columns);
      }
      byte[] id = columns.householdIdOf(buf, lineStart, lineEnd);
      if (previousId != null && !Arrays.equals(previousId, id)) {
        return pos - 1 + lineStart;
      }
      previousId = id;
      lineStart = lineEnd + 1;
    }
    return size;
  }

  private static byte[] read(FileChannel channel, long[] segment) throws IOException {
    return readAt(channel, segment[0], (int) (segment[1] - segment[0]));
  }

  private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        break;
      }
    }
    return buffer.position() == length
        ? buffer.array()
        : Arrays.copyOf(buffer.array(), buffer.position());
  }

  static int indexOf(byte[] b, int from, int to, byte x) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static String trimCr(String s) {
    String t = s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    return t.startsWith("\uFEFF") ? t.substring(1) : t;
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
