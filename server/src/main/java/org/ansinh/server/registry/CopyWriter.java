package org.ansinh.server.registry;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.copy.CopyIn;

/**
 * Writes chunks of COPY text on a thread of its own, so the importer reads and checks the next rows
 * while PostgreSQL takes in the last ones: the two then share the machine's cores instead of
 * waiting on each other. A few chunks are queued at most (memory stays a few megabytes). A failure
 * of the COPY is thrown to the caller at its next {@link #write} or at {@link #finish}.
 */
final class CopyWriter implements AutoCloseable {

  private static final byte[] END = new byte[0];
  private static final int QUEUED = 4; // not law: chunks of about 1 MB waiting to be written

  private final CopyIn copy;
  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread thread;
  private volatile SQLException failure;

  CopyWriter(CopyIn copy, String name) {
    this.copy = copy;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      for (byte[] chunk = queue.take(); chunk != END; chunk = queue.take()) {
        copy.writeToCopy(chunk, 0, chunk.length);
      }
    } catch (SQLException e) {
      failure = e;
      queue.clear(); // a caller waiting for room goes on, and finds the failure
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Queues a chunk, waiting while the queue is full. */
  void write(byte[] chunk) throws SQLException {
    try {
      while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
        rethrow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while staging the import", e);
    }
    rethrow();
  }

  /** Waits until every chunk is written, then ends the COPY: the rows written. */
  long finish() throws SQLException {
    write(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while staging the import", e);
    }
    rethrow();
    return copy.endCopy();
  }

  private void rethrow() throws SQLException {
    if (failure != null) {
      throw failure;
    }
  }

  /** Stops the writer and cancels an unfinished COPY (the transaction then rolls back). */
  @Override
  public void close() throws SQLException {
    if (thread.isAlive()) {
      thread.interrupt();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
