import Foundation

/// Runs a program with arguments (no shell) and returns its exit status and standard output, within a
/// time limit.
///
/// Used only by ``ProcessCredentialSource``. Standard input is empty and standard error is discarded, so
/// nothing the program prints reaches ferry's screen or logs. Output is read on a dedicated thread, not
/// the cooperative pool, because reading a pipe blocks.
enum ChildProcess {
  enum Failure: Error, Equatable {
    case notFound(String)
    case launchFailed(String)
    case timedOut
  }

  static func run(
    _ arguments: [String], environment: [String: String], timeout: Duration
  ) async throws(Failure) -> (status: Int32, output: Data) {
    guard let program = arguments.first else { throw .notFound("") }
    guard let executable = resolve(program, environment: environment) else { throw .notFound(program) }
    let process = Process()
    process.executableURL = URL(filePath: executable)
    process.arguments = Array(arguments.dropFirst())
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    let exit = AsyncStream<Int32>.makeStream()
    process.terminationHandler = { finished in
      exit.continuation.yield(finished.terminationStatus)
      exit.continuation.finish()
    }
    do { try process.run() } catch { throw .launchFailed(program) }
    let data = AsyncStream<Data>.makeStream()
    let reader = output.fileHandleForReading
    Thread.detachNewThread {
      data.continuation.yield(reader.readDataToEndOfFile())
      data.continuation.finish()
    }
    let deadline = ContinuousClock.now + timeout
    guard let status = await first(of: exit.stream, until: deadline),
      let stdout = await first(of: data.stream, until: deadline)
    else {
      process.terminate()
      throw .timedOut
    }
    return (status, stdout)
  }

  /// The first element of `stream`, or nil if `deadline` passes first.
  private static func first<T: Sendable>(of stream: AsyncStream<T>, until deadline: ContinuousClock.Instant) async -> T?
  {
    await withTaskGroup(of: T?.self) { group in
      group.addTask {
        var iterator = stream.makeAsyncIterator()
        return await iterator.next()
      }
      group.addTask {
        try? await Task.sleep(until: deadline, clock: .continuous)
        return nil
      }
      let result = await group.next() ?? nil
      group.cancelAll()
      return result
    }
  }

  /// A path as given, or the first executable of that name on the environment's `PATH`.
  private static func resolve(_ program: String, environment: [String: String]) -> String? {
    if program.contains("/") {
      let path = expandingTilde(program, environment: environment)
      return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
    let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    return directories.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
