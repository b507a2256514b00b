package org.reactivehss.store;

import java.util.List;

/**
 * One entry of {@code db.partitions}: the subscribers whose IMSI lies in {@code ranges} live in
 * this external PostgreSQL (docs/scale-out.md). Connection fields as {@code db.*}'s; {@code url}
 * (when set) overrides host, port, database, user, password and ssl.
 *
 * @param name a label for logs and {@code /health/ready}
 */
public record PartitionOptions(
    String name,
    List<ImsiRange> ranges,
    String url,
    String host,
    int port,
    String database,
    String user,
    String password,
    boolean ssl) {

  public PartitionOptions {
    ranges = List.copyOf(ranges);
  }

  /** Never shows the password or the URL (it may embed one). */
  @Override
  public String toString() {
    return "PartitionOptions[" + name + " " + ranges + "]";
  }
}
