package org.reactivehss.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the partition of an IMSI: the ranges sorted by their first IMSI and searched by halves, so
 * a lookup is a few comparisons of longs and allocates nothing. Holds one value per partition (a
 * store, a pool); {@link #map} gives the same ranges over other values.
 */
public final class ImsiRouter<T> {
  private final long[] firsts;
  private final long[] lasts;
  private final int[] owners;
  private final List<T> values;

  private ImsiRouter(long[] firsts, long[] lasts, int[] owners, List<T> values) {
    this.firsts = firsts;
    this.lasts = lasts;
    this.owners = owners;
    this.values = values;
  }

  /**
   * {@code ranges.get(i)} are partition i's, {@code values.get(i)} its value; the ranges must not
   * overlap (the configuration checks it and names the key).
   */
  public static <T> ImsiRouter<T> of(List<List<ImsiRange>> ranges, List<T> values) {
    List<long[]> all = new ArrayList<>();
    for (int p = 0; p < ranges.size(); p++) {
      for (ImsiRange r : ranges.get(p)) {
        all.add(new long[] {r.first(), r.last(), p});
      }
    }
    all.sort((a, b) -> Long.compare(a[0], b[0]));
    long[] firsts = new long[all.size()];
    long[] lasts = new long[all.size()];
    int[] owners = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      firsts[i] = all.get(i)[0];
      lasts[i] = all.get(i)[1];
      owners[i] = (int) all.get(i)[2];
      if (i > 0 && firsts[i] <= lasts[i - 1]) {
        throw new IllegalArgumentException("IMSI ranges overlap");
      }
    }
    return new ImsiRouter<>(firsts, lasts, owners, List.copyOf(values));
  }

  /** The index of the partition holding {@code imsi}, or -1 when no range holds it. */
  public int indexOf(String imsi) {
    long n = ImsiRange.number(imsi);
    if (n < 0) {
      return -1;
    }
    int i = Arrays.binarySearch(firsts, n);
    if (i < 0) {
      i = -i - 2; // the last range starting below n
    }
    return i >= 0 && n <= lasts[i] ? owners[i] : -1;
  }

  /** The value of the partition holding {@code imsi}, or null when no range holds it. */
  public T forImsi(String imsi) {
    int i = indexOf(imsi);
    return i < 0 ? null : values.get(i);
  }

  /** Every partition's value, in configuration order. */
  public List<T> all() {
    return values;
  }

  /** The same ranges over {@code f} of each value. */
  public <U> ImsiRouter<U> map(Function<T, U> f) {
    return new ImsiRouter<>(firsts, lasts, owners, values.stream().map(f).toList());
  }
}
