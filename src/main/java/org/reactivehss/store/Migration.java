package org.reactivehss.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned schema change shipped in the jar: db/migration/V{version}__{name}.sql. */
record Migration(int version, String name, String sql) {
  private static final String DIRECTORY = "db/migration/";
  private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

  /**
   * Reads every migration listed in db/migration/index.txt, in order. Blocking classpath I/O: call
   * it from a worker, never an event loop. (A jar cannot be listed portably, hence the index.)
   */
  static List<Migration> loadAll() {
    List<Migration> migrations = new ArrayList<>();
    for (String line : read(DIRECTORY + "index.txt").split("\n")) {
      String file = line.trim();
      if (file.isEmpty()) {
        continue;
      }
      Matcher m = FILE_NAME.matcher(file);
      if (!m.matches()) {
        throw new IllegalStateException("migration file name not V<n>__<name>.sql: " + file);
      }
      migrations.add(
          new Migration(Integer.parseInt(m.group(1)), m.group(2), read(DIRECTORY + file)));
    }
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalStateException("migrations must be numbered 1, 2, 3 ... without gaps");
      }
    }
    return List.copyOf(migrations);
  }

  private static String read(String resource) {
    try (InputStream in = Migration.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
