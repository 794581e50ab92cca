/// A journal that lives only in memory: for tests, previews and `--dry-run` style front ends.
///
/// Behaves like `FileJournal` (same ordering, same atomic `modify`) without touching the disk.
/// `writes` counts the successful `modify` calls, so a test can check that a step was recorded
/// before another happened; `reads` counts `records()` calls (what a file journal decodes each time).
public actor InMemoryJournal: Journal {
  private var stored: [CopyRecord]
  /// How many `modify` calls have stored a result.
  public private(set) var writes = 0
  /// How many `records()` calls there have been.
  public private(set) var reads = 0

  public init(records: [CopyRecord] = []) {
    stored = records
  }

  public func records() -> [CopyRecord] {
    reads += 1
    return stored
  }

  public func changeMarker() -> String? { "write \(writes)" }

  public func modify<T: Sendable>(_ change: @Sendable (inout [CopyRecord]) throws -> T) throws -> T {
    var copy = stored
    let result = try change(&copy)
    stored = copy
    writes += 1
    return result
  }
}
