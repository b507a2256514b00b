package org.reactivehss.store;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a batch of subscribers ({@link SubscriberRepository#putSealed}) in line order, as few
 * transactions as it allows. The batch is cut into runs of distinct IMSIs (a set statement cannot
 * write one row twice; a later line for the same IMSI replaces what the earlier one wrote), and
 * each run is one transaction ({@link SubscriberBatchWriter}). A run refused as a set is rolled
 * back and written again in two halves, in order, and so on: one bad line among a thousand costs
 * about twenty smaller transactions, not a thousand. A single subscriber is written by {@link
 * SubscriberRepository#put}, whose error is the one a PUT of that line would get.
 */
final class SubscriberBatches {
  private final SubscriberRepository repository;
  private final SqnOverride override;

  SubscriberBatches(SubscriberRepository repository, SqnOverride override) {
    this.repository = repository;
    this.override = override;
  }

  Future<List<SubscriberOutcome>> write(List<SealedSubscriber> batch) {
    List<SubscriberOutcome> outcomes = new ArrayList<>(batch.size());
    Future<Void> chain = Future.succeededFuture();
    for (List<SealedSubscriber> run : runsOfDistinctImsis(batch)) {
      chain = chain.compose(done -> writeRun(run).map(outcomes::addAll)).mapEmpty();
    }
    return chain.map(done -> outcomes);
  }

  static List<List<SealedSubscriber>> runsOfDistinctImsis(List<SealedSubscriber> batch) {
    List<List<SealedSubscriber>> runs = new ArrayList<>();
    List<SealedSubscriber> run = new ArrayList<>();
    Set<String> imsis = new HashSet<>();
    for (SealedSubscriber s : batch) {
      if (!imsis.add(s.imsi())) {
        runs.add(run);
        run = new ArrayList<>();
        imsis.clear();
        imsis.add(s.imsi());
      }
      run.add(s);
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private Future<List<SubscriberOutcome>> writeRun(List<SealedSubscriber> run) {
    if (run.size() == 1) {
      return repository
          .put(run.get(0).plain, override)
          .transform(
              done ->
                  Future.succeededFuture(
                      List.of(
                          done.succeeded()
                              ? SubscriberOutcome.written(done.result())
                              : SubscriberOutcome.failed(done.cause()))));
    }
    return repository
        .putRun(run, override)
        .transform(
            done -> {
              if (done.succeeded()) {
                return Future.succeededFuture(done.result());
              }
              if (!(done.cause() instanceof SubscriberBatchWriter.NotAsASet)) {
                // the database is away or too slow: every line of the run fails alike
                List<SubscriberOutcome> failed = new ArrayList<>(run.size());
                run.forEach(s -> failed.add(SubscriberOutcome.failed(done.cause())));
                return Future.succeededFuture(failed);
              }
              int half = run.size() / 2;
              return writeRun(run.subList(0, half))
                  .compose(
                      first ->
                          writeRun(run.subList(half, run.size()))
                              .map(
                                  second -> {
                                    List<SubscriberOutcome> both = new ArrayList<>(first);
                                    both.addAll(second);
                                    return both;
                                  }));
            });
  }
}
