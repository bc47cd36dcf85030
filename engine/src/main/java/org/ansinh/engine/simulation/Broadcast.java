package org.ansinh.engine.simulation;

import org.ansinh.engine.value.ValueType;

/** Gathers values by index, one loop per primitive type (no per-element array copy call). */
final class Broadcast {

  private Broadcast() {}

  /** {@code out[i] = values[index[i]]}. */
  @SuppressWarnings("unchecked")
  static <A> A byIndex(ValueType<A> type, A values, int[] index) {
    int n = index.length;
    Object out;
    if (values instanceof long[] v) {
      long[] o = new long[n];
      for (int i = 0; i < n; i++) {
        o[i] = v[index[i]];
      }
      out = o;
    } else if (values instanceof int[] v) {
      int[] o = new int[n];
      for (int i = 0; i < n; i++) {
        o[i] = v[index[i]];
      }
      out = o;
    } else if (values instanceof double[] v) {
      double[] o = new double[n];
      for (int i = 0; i < n; i++) {
        o[i] = v[index[i]];
      }
      out = o;
    } else if (values instanceof byte[] v) {
      byte[] o = new byte[n];
      for (int i = 0; i < n; i++) {
        o[i] = v[index[i]];
      }
      out = o;
    } else if (values instanceof boolean[] v) {
      boolean[] o = new boolean[n];
      for (int i = 0; i < n; i++) {
        o[i] = v[index[i]];
      }
      out = o;
    } else {
      A o = type.allocate(n);
      for (int i = 0; i < n; i++) {
        type.copy(values, index[i], o, i, 1);
      }
      return o;
    }
    return (A) out;
  }
}
