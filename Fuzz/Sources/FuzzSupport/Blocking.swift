import Dispatch

/// Runs async work to completion from libFuzzer's synchronous callback.
///
/// The callback runs on libFuzzer's own thread, outside any task, so waiting there blocks no executor.
/// Blocks its caller until `body` returns.
public func runBlocking(_ body: @escaping @Sendable () async -> Void) {
  let done = DispatchSemaphore(value: 0)
  Task {
    await body()
    done.signal()
  }
  done.wait()
}
