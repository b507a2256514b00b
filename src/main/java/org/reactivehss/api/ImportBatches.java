package org.reactivehss.api;

/**
 * How a bulk import moves through the HSS: lines are taken {@code size} at a time, each batch
 * parsed, validated and sealed on a worker thread and then written in one transaction (per run of
 * distinct IMSIs); at most {@code inFlight} batches are held at once, from the moment a batch is
 * handed to a worker until its last row is written. While that many are held the request is paused,
 * so the HSS holds at most {@code size * inFlight} lines of a file of any length.
 *
 * @param size lines per batch ({@code http.import-batch-size})
 * @param inFlight batches held at once ({@code http.import-batches-in-flight})
 */
public record ImportBatches(int size, int inFlight) {
  /**
   * 1,000 lines: one transaction writes them in a few statements, tens of milliseconds. Four in
   * flight keep the workers sealing the next batches while one is written, and the database busy.
   */
  public static final ImportBatches DEFAULTS = new ImportBatches(1_000, 4);

  public ImportBatches {
    if (size < 1 || inFlight < 1) {
      throw new IllegalArgumentException(
          "import batches need a size and an in-flight bound of 1 or more");
    }
  }
}
