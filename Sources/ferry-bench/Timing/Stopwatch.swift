import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Times closures on the monotonic clock.
///
/// `DispatchTime` reads `CLOCK_MONOTONIC` (tens of nanoseconds per read), small beside the
/// microseconds the fastest measured operation takes. Reads the clock and nothing else.
enum Stopwatch {
  /// Nanoseconds since an arbitrary fixed point.
  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// Runs `body` once and returns its result with the nanoseconds it took.
  @inline(__always)
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let result = try body()
    return (result, Double(now() - start))
  }

  /// What one run cost: wall time, this thread's CPU time, and whether the kernel preempted it meanwhile.
  struct Cost {
    var wall: Double
    var cpu: Double
    var preempted: Bool
  }

  /// Runs `body` once and returns its wall time, its CPU time and whether it was preempted: on a shared
  /// machine a wall time far above the CPU time is the scheduler's, not the code's.
  @inline(__always)
  static func cost(_ body: () -> Void) -> Cost {
    let switches = involuntarySwitches()
    let cpuStart = threadCPU()
    let start = now()
    body()
    let wall = Double(now() - start)
    return Cost(wall: wall, cpu: Double(threadCPU() - cpuStart), preempted: involuntarySwitches() != switches)
  }

  /// Nanoseconds of CPU this thread has used.
  static func threadCPU() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// Nanoseconds of CPU (user + system) the whole process has used, every thread included.
  static func processCPU() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) * 1e9 + Double(usage.ru_utime.tv_usec) * 1e3
    return user + Double(usage.ru_stime.tv_sec) * 1e9 + Double(usage.ru_stime.tv_usec) * 1e3
  }

  /// How often the kernel has taken the CPU from this thread against its will.
  static func involuntarySwitches() -> Int {
    var usage = rusage()
    // RUSAGE_THREAD (1) is behind _GNU_SOURCE in glibc's header, so Swift does not see its name.
    getrusage(__rusage_who_t(1), &usage)
    return usage.ru_nivcsw
  }

  /// Runs `body` `warmup` times untimed, then `runs` times timed, one sample per run.
  static func sample(runs: Int, warmup: Int = 0, _ body: () -> Void) -> Samples {
    for _ in 0..<warmup { body() }
    var samples = Samples()
    for _ in 0..<runs {
      let start = now()
      body()
      samples.append(Double(now() - start))
    }
    return samples
  }
}

/// Keeps a value alive and opaque to the optimiser, so a benchmarked call is not removed as dead code.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
