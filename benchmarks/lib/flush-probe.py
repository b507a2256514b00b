"""How long this filesystem takes to make one small write durable (8 kB pwrite + fdatasync, as
PostgreSQL's WAL flush at each commit): prints count, p50, p90, p99 and max in milliseconds.
Usage: python3 flush-probe.py <directory> [count]"""
import os
import sys
import time

directory = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
path = os.path.join(directory, "flush-probe.tmp")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
try:
    os.ftruncate(fd, 16 * 1024 * 1024)
    os.fsync(fd)
    block = b"\0" * 8192
    took = []
    for i in range(count):
        os.pwrite(fd, block, (i % 2048) * 8192)
        start = time.perf_counter()
        os.fdatasync(fd)
        took.append((time.perf_counter() - start) * 1000)
finally:
    os.close(fd)
    os.unlink(path)
took.sort()
n = len(took)
print("disk flush (8 kB write + fdatasync, %d times): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms"
      % (n, took[n // 2], took[int(n * 0.9)], took[int(n * 0.99)], took[-1]))
