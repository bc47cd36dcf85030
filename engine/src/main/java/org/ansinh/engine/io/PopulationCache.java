package org.ansinh.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.variable.Variable;

/**
 * A columnar binary copy of a parsed population CSV, kept next to it as {@code FILE.ansinh-cache},
 * so that later analyses of the same file read arrays back instead of parsing text. The CSV stays
 * the interchange format; the cache is only ever a faster way to read the very same bytes.
 *
 * <p>A cache is used only when it was written from a file of the same size and modification time,
 * with the same header, read as the same columns (each column's variable, kind, entity and, for
 * enumerations, the constants in ordinal order: what the stored bytes mean). Anything else — a
 * stale, truncated or foreign file — is ignored and replaced after the next parse. It is written to
 * a temporary file and moved into place, so a reader never sees half a cache; a directory that
 * cannot be written to just means no cache. Values are stored before the period is applied, so one
 * cache serves every period.
 */
final class PopulationCache {

  private static final long MAGIC = 0x414e53494e484331L; // "ANSINHC1"; bump on any layout change
  private static final long END = 0x454e44414e53494eL;
  static final String SUFFIX = ".ansinh-cache";

  /** What a cache must have been written from to be used: the CSV's size, time and schema. */
  record Stamp(long csvSize, long csvModifiedMillis, long schema) {
    static Stamp of(Path csv, CsvColumns columns) throws IOException {
      BasicFileAttributes a = Files.readAttributes(csv, BasicFileAttributes.class);
      return new Stamp(a.size(), a.lastModifiedTime().toMillis(), schemaHash(columns));
    }
  }

  private PopulationCache() {}

  static Path pathOf(Path csv) {
    return csv.resolveSibling(csv.getFileName() + SUFFIX);
  }

  /**
   * The columns read back from the cache of {@code csv}, or null when there is no valid one.
   *
   * @param ids whether to read the households' and persons' identifiers (else they are skipped and
   *     the target's stay null)
   * @param only the variables whose columns are read, or null for all: the others are passed over
   *     and their arrays stay null
   */
  static CsvColumns.Target read(
      Path csv, CsvColumns columns, Stamp stamp, boolean ids, Set<String> only) {
    Path cache = pathOf(csv);
    try (FileChannel channel = FileChannel.open(cache, StandardOpenOption.READ)) {
      In in = new In(channel);
      if (in.readLong() != MAGIC
          || in.readByte() != order()
          || in.readLong() != stamp.csvSize()
          || in.readLong() != stamp.csvModifiedMillis()
          || in.readLong() != stamp.schema()) {
        return null;
      }
      int persons = in.readInt();
      int groups = in.readInt();
      boolean personIds = in.readByte() == 1;
      CsvColumns.Target t = columns.allocate(persons, groups, personIds, ids, false, only);
      in.ints(t.groupOfPerson);
      in.bytes(t.roleOfPerson);
      if (ids) {
        in.strings(t.groupIds);
      } else {
        in.skipStrings(groups);
      }
      if (personIds) {
        if (ids) {
          in.strings(t.personIds);
        } else {
          in.skipStrings(persons);
        }
      }
      // Where each column and its mask start (a one-byte flag after each column says whether a
      // mask follows); then the columns are read on every core, each from its own position.
      long at = in.position();
      List<long[]> spans = new ArrayList<>(); // {column, data position, mask position or -1}
      for (int c = 0; c < t.arrays.length; c++) {
        if (columns.variables[c] != null) {
          int length = columns.groupColumn[c] ? groups : persons;
          long flagAt = at + (long) length * elementBytes(columns.variables[c]);
          boolean masked = new In(channel, flagAt, 1).readByte() == 1;
          if (t.arrays[c] != null) {
            spans.add(new long[] {c, at, masked ? flagAt + 1 : -1});
          }
          at = flagAt + 1 + (masked ? length : 0);
        }
      }
      if (new In(channel, at, 8).readLong() != END) {
        return null;
      }
      spans.parallelStream()
          .forEach(
              span -> {
                int c = (int) span[0];
                try {
                  new In(channel, span[1], COLUMN_BLOCK).array(t.arrays[c]);
                  if (span[2] >= 0) {
                    new In(channel, span[2], COLUMN_BLOCK).booleans(t.givenMask(c));
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return t;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // unreadable or corrupt: parse the CSV, as if there were no cache
    }
  }

  /** Writes the cache of {@code csv}; any failure leaves no cache and is otherwise ignored. */
  static void write(Path csv, CsvColumns.Target t, Stamp stamp) {
    Path cache = pathOf(csv);
    Path part = null;
    try {
      part = Files.createTempFile(cache.toAbsolutePath().getParent(), ".ansinh-cache-", ".part");
      try (FileChannel channel =
          FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        Out out = new Out(channel);
        out.putLong(MAGIC);
        out.putByte(order());
        out.putLong(stamp.csvSize());
        out.putLong(stamp.csvModifiedMillis());
        out.putLong(stamp.schema());
        out.putInt(t.groupOfPerson.length);
        out.putInt(t.groupCount);
        out.putByte((byte) (t.personIds == null ? 0 : 1));
        out.ints(t.groupOfPerson);
        out.bytes(t.roleOfPerson);
        out.strings(t.groupIds);
        if (t.personIds != null) {
          out.strings(t.personIds);
        }
        for (int c = 0; c < t.arrays.length; c++) {
          if (t.arrays[c] != null) {
            out.array(t.arrays[c]);
            out.putByte((byte) (t.given[c] == null ? 0 : 1));
            if (t.given[c] != null) {
              out.booleans(t.given[c]);
            }
          }
        }
        out.putLong(END);
        out.flush();
      }
      try {
        // Whoever may read the CSV may read its cache (a temporary file is private by default).
        Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(csv));
      } catch (UnsupportedOperationException | IOException e) {
        // not a POSIX file system: keep the default
      }
      Files.move(part, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      part = null;
    } catch (IOException | RuntimeException e) {
      // A read-only folder or a full disk: the analysis goes on without a cache.
    } finally {
      if (part != null) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
    }
  }

  /** What the stored bytes mean: column names, kinds, entities, enumeration constants, roles. */
  static long schemaHash(CsvColumns columns) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < columns.names.length; c++) {
      s.append(columns.names[c]).append(':').append(columns.kinds[c]);
      if (columns.variables[c] != null) {
        s.append(':').append(columns.variables[c].type().name());
        s.append(':').append(columns.groupColumn[c] ? 'g' : 'p');
        if (columns.variables[c].type() instanceof EnumType<?> e) {
          for (Object k : e.constants()) {
            s.append(':').append(((Enum<?>) k).name());
          }
        }
      }
      s.append('\n');
    }
    for (byte[] role : columns.roleKeys) {
      s.append(new String(role, StandardCharsets.UTF_8)).append(';');
    }
    long h = 0xcbf29ce484222325L;
    for (byte x : s.toString().getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ x) * 0x100000001b3L;
    }
    return h;
  }

  private static byte order() {
    return (byte) (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? 1 : 2);
  }

  private static ByteBuffer buffer() {
    return ByteBuffer.allocateDirect(BLOCK).order(ByteOrder.nativeOrder());
  }

  private static final int BLOCK = 8 << 20;
  // per column read in parallel: large enough for few reads, small enough to allocate for each
  private static final int COLUMN_BLOCK = 1 << 20;

  /** The bytes {@link Out#array} writes per value of {@code v}'s column. */
  private static int elementBytes(Variable<?> v) {
    Object a = v.type().allocate(0);
    return a instanceof long[] || a instanceof double[] ? 8 : a instanceof int[] ? 4 : 1;
  }

  /** Writes primitives and arrays through one direct buffer, in the machine's byte order. */
  private static final class Out {
    private final FileChannel channel;
    private final ByteBuffer buf = buffer();

    Out(FileChannel channel) {
      this.channel = channel;
    }

    void room(int bytes) throws IOException {
      if (buf.remaining() < bytes) {
        flush();
      }
    }

    void flush() throws IOException {
      buf.flip();
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      buf.clear();
    }

    void putLong(long v) throws IOException {
      room(8);
      buf.putLong(v);
    }

    void putInt(int v) throws IOException {
      room(4);
      buf.putInt(v);
    }

    void putByte(byte v) throws IOException {
      room(1);
      buf.put(v);
    }

    void array(Object a) throws IOException {
      if (a instanceof int[] x) {
        ints(x);
      } else if (a instanceof long[] x) {
        longs(x);
      } else if (a instanceof double[] x) {
        doubles(x);
      } else if (a instanceof byte[] x) {
        bytes(x);
      } else if (a instanceof boolean[] x) {
        booleans(x);
      } else {
        throw new IllegalStateException("no cache layout for " + a.getClass());
      }
    }

    void ints(int[] a) throws IOException {
      for (int i = 0; i < a.length; ) {
        room(4);
        int n = Math.min(a.length - i, buf.remaining() / 4);
        buf.asIntBuffer().put(a, i, n);
        buf.position(buf.position() + 4 * n);
        i += n;
      }
    }

    void longs(long[] a) throws IOException {
      for (int i = 0; i < a.length; ) {
        room(8);
        int n = Math.min(a.length - i, buf.remaining() / 8);
        buf.asLongBuffer().put(a, i, n);
        buf.position(buf.position() + 8 * n);
        i += n;
      }
    }

    void doubles(double[] a) throws IOException {
      for (int i = 0; i < a.length; ) {
        room(8);
        int n = Math.min(a.length - i, buf.remaining() / 8);
        buf.asDoubleBuffer().put(a, i, n);
        buf.position(buf.position() + 8 * n);
        i += n;
      }
    }

    void bytes(byte[] a) throws IOException {
      bytes(a, a.length);
    }

    void bytes(byte[] a, int length) throws IOException {
      for (int i = 0; i < length; ) {
        room(1);
        int n = Math.min(length - i, buf.remaining());
        buf.put(a, i, n);
        i += n;
      }
    }

    /** Through a byte array: a plain array loop compiles early, a buffer loop late. */
    void booleans(boolean[] a) throws IOException {
      byte[] scratch = new byte[Math.min(a.length, 1 << 16)];
      for (int i = 0; i < a.length; ) {
        int n = Math.min(a.length - i, scratch.length);
        for (int k = 0; k < n; k++) {
          scratch[k] = (byte) (a[i + k] ? 1 : 0);
        }
        bytes(scratch, n);
        i += n;
      }
    }

    /** Lengths, then all characters: ids are short and mostly ASCII. */
    void strings(String[] a) throws IOException {
      byte[][] utf8 = new byte[a.length][];
      int[] lengths = new int[a.length];
      for (int i = 0; i < a.length; i++) {
        utf8[i] = a[i].getBytes(StandardCharsets.UTF_8);
        lengths[i] = utf8[i].length;
      }
      ints(lengths);
      for (byte[] s : utf8) {
        bytes(s);
      }
    }
  }

  /**
   * Reads what {@link Out} wrote from a position of the file, refilling one direct buffer by
   * positional reads: several readers may read one channel at once.
   */
  private static final class In {
    private final FileChannel channel;
    private final ByteBuffer buf;
    private long next; // the file position of the buffer's end

    In(FileChannel channel) {
      this(channel, 0, BLOCK);
    }

    In(FileChannel channel, long position, int block) {
      this.channel = channel;
      this.buf = ByteBuffer.allocateDirect(Math.max(block, 8)).order(ByteOrder.nativeOrder());
      this.next = position;
      buf.limit(0);
    }

    /** The file position of the next byte to read. */
    long position() {
      return next - buf.remaining();
    }

    /** Makes at least {@code bytes} available, or fails on a truncated file. */
    void need(int bytes) throws IOException {
      if (buf.remaining() >= bytes) {
        return;
      }
      buf.compact();
      while (buf.position() < bytes) {
        int n = channel.read(buf, next);
        if (n < 0) {
          throw new IOException("truncated cache");
        }
        next += n;
      }
      // Read on to fill the block: fewer, larger reads.
      int n;
      while (buf.hasRemaining() && (n = channel.read(buf, next)) > 0) {
        next += n;
      }
      buf.flip();
    }

    long readLong() throws IOException {
      need(8);
      return buf.getLong();
    }

    int readInt() throws IOException {
      need(4);
      return buf.getInt();
    }

    byte readByte() throws IOException {
      need(1);
      return buf.get();
    }

    void array(Object a) throws IOException {
      if (a instanceof int[] x) {
        ints(x);
      } else if (a instanceof long[] x) {
        longs(x);
      } else if (a instanceof double[] x) {
        doubles(x);
      } else if (a instanceof byte[] x) {
        bytes(x);
      } else if (a instanceof boolean[] x) {
        booleans(x);
      } else {
        throw new IllegalStateException("no cache layout for " + a.getClass());
      }
    }

    void ints(int[] a) throws IOException {
      for (int i = 0; i < a.length; ) {
        need(4);
        int n = Math.min(a.length - i, buf.remaining() / 4);
        buf.asIntBuffer().get(a, i, n);
        buf.position(buf.position() + 4 * n);
        i += n;
      }
    }

    void longs(long[] a) throws IOException {
      for (int i = 0; i < a.length; ) {
        need(8);
        int n = Math.min(a.length - i, buf.remaining() / 8);
        buf.asLongBuffer().get(a, i, n);
        buf.position(buf.position() + 8 * n);
        i += n;
      }
    }

    void doubles(double[] a) throws IOException {
      for (int i = 0; i < a.length; ) {
        need(8);
        int n = Math.min(a.length - i, buf.remaining() / 8);
        buf.asDoubleBuffer().get(a, i, n);
        buf.position(buf.position() + 8 * n);
        i += n;
      }
    }

    void bytes(byte[] a) throws IOException {
      bytes(a, 0, a.length);
    }

    void bytes(byte[] a, int from, int length) throws IOException {
      for (int i = from; i < from + length; ) {
        need(1);
        int n = Math.min(from + length - i, buf.remaining());
        buf.get(a, i, n);
        i += n;
      }
    }

    void booleans(boolean[] a) throws IOException {
      byte[] scratch = new byte[Math.min(a.length, 1 << 16)];
      for (int i = 0; i < a.length; ) {
        int n = Math.min(a.length - i, scratch.length);
        bytes(scratch, 0, n);
        for (int k = 0; k < n; k++) {
          a[i + k] = scratch[k] != 0;
        }
        i += n;
      }
    }

    /** Passes over {@code count} strings that {@link Out#strings} wrote. */
    void skipStrings(int count) throws IOException {
      int[] lengths = new int[count];
      ints(lengths);
      long total = 0;
      for (int l : lengths) {
        total += l;
      }
      if (total <= buf.remaining()) {
        buf.position(buf.position() + (int) total);
      } else {
        next = position() + total;
        buf.clear().limit(0);
      }
    }

    void strings(String[] a) throws IOException {
      int[] lengths = new int[a.length];
      ints(lengths);
      long total = 0;
      boolean ascii = true;
      for (int l : lengths) {
        total += l;
      }
      byte[] all = new byte[Math.toIntExact(total)];
      bytes(all);
      for (byte x : all) {
        ascii &= x >= 0;
      }
      // ASCII is Latin-1: each string is then a plain copy of its bytes.
      var charset = ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
      int at = 0;
      for (int i = 0; i < a.length; i++) {
        a[i] = new String(all, at, lengths[i], charset);
        at += lengths[i];
      }
    }
  }
}
