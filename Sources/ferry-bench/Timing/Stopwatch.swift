import Dispatch

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
