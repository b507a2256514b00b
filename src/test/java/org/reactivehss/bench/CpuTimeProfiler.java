package org.reactivehss.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports throughput per CPU-second of the benchmark JVM ("·ops/cpu-s"), next to JMH's wall-clock
 * score. On a shared machine the wall-clock score falls with other processes' load; operations per
 * CPU-second do not, and they are what "per core" means. The JVM's CPU time includes JIT and GC
 * threads, so the figure errs low.
 */
public class CpuTimeProfiler implements InternalProfiler {
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuStart;
  private long wallStart;

  @Override
  public String getDescription() {
    return "operations per CPU-second of the benchmark JVM";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    cpuStart = os.getProcessCpuTime();
    wallStart = System.nanoTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
    double opsPerWallSecond = result.getPrimaryResult().getScore();
    double opsPerCpuSecond = opsPerWallSecond * wallSeconds / cpuSeconds;
    return List.of(
        new ScalarResult("·ops/cpu-s", opsPerCpuSecond, "ops/cpu-s", AggregationPolicy.AVG));
  }
}
