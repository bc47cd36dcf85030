package org.ansinh.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;

/**
 * Writes computed values as CSV, one row per person in population order: {@code household_id}, then
 * each variable (a household's value repeated on each member's row). Blocks of rows are formatted
 * in parallel and written in order to a temporary file that replaces the target only when complete:
 * a failed run never leaves a half-written result.
 */
public final class ResultCsvWriter {

  private static final int BLOCK_ROWS = 1 << 16;

  private final int threads;

  public ResultCsvWriter(int threads) {
    this.threads = Math.max(1, threads);
  }

  public void write(
      Path target, Population population, List<Variable<?>> variables, Map<String, Object> values) {
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (OutputStream out = Files.newOutputStream(tmp)) {
      StringBuilder header = new StringBuilder(PopulationCsvReader.HOUSEHOLD_ID);
      for (Variable<?> v : variables) {
        header.append(',').append(v.name());
      }
      out.write(header.append('\n').toString().getBytes(StandardCharsets.UTF_8));
      int rows = population.personCount();
      Deque<Future<byte[]>> pending = new ArrayDeque<>();
      for (int from = 0; from < rows; from += BLOCK_ROWS) {
        int start = from;
        int end = Math.min(rows, from + BLOCK_ROWS);
        pending.add(pool.submit(() -> block(population, variables, values, start, end)));
        if (pending.size() >= threads * 2) {
          out.write(pending.poll().get());
        }
      }
      while (!pending.isEmpty()) {
        out.write(pending.poll().get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    }
  }

  private static byte[] block(
      Population population,
      List<Variable<?>> variables,
      Map<String, Object> values,
      int from,
      int to) {
    StringBuilder s = new StringBuilder((to - from) * 16 * (variables.size() + 1));
    int[] groupOf = population.groupOfPerson();
    for (int i = from; i < to; i++) {
      s.append(population.groupId(groupOf[i]));
      for (Variable<?> v : variables) {
        s.append(',');
        int index = v.entity().isGroup() ? groupOf[i] : i;
        cell(s, v, values.get(v.name()), index);
      }
      s.append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static <A> void cell(StringBuilder s, Variable<A> v, Object array, int index) {
    ValueType<A> type = v.type();
    if (array instanceof long[] l) {
      s.append(l[index]);
    } else if (array instanceof int[] n && type == ValueType.INTEGER) {
      s.append(n[index]);
    } else if (array instanceof boolean[] b) {
      s.append(b[index] ? '1' : '0');
    } else if (type instanceof EnumType<?> e) {
      s.append(e.constant(((byte[]) array)[index]).name());
    } else {
      s.append(type.format((A) array, index));
    }
  }
}
