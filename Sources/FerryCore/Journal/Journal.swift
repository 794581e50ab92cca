/// The record of every copy ferry has submitted, shared by the CLI, the TUI and `ferry watch`.
///
/// Two implementations: `FileJournal` (the real one, a JSON file under `$XDG_STATE_HOME/ferry/`)
/// and `InMemoryJournal` (tests and previews). Both apply `modify` as one atomic read-modify-write,
/// so a copy is never recorded twice and no update is lost between two processes.
public protocol Journal: Sendable {
  /// Every record, oldest first.
  func records() async throws -> [CopyRecord]

  /// Reads the records, lets `change` edit them, and stores the result — all under one lock.
  /// Nothing is written when `change` throws.
  func modify<T: Sendable>(_ change: @Sendable (inout [CopyRecord]) throws -> T) async throws -> T

  /// A value that changes whenever the journal does — whoever changed it, this process or another —
  /// so a follower (the TUI's status pane) re-reads it only then. `nil` when not known yet (no journal).
  func changeMarker() async -> String?
}

extension Journal {
  /// Adds a new record; fails when its id is already taken.
  public func insert(_ record: CopyRecord) async throws {
    try await modify { records in
      guard !records.contains(where: { $0.id == record.id }) else {
        throw JournalError.duplicateId(record.id)
      }
      records.append(record)
    }
  }

  /// Replaces the record with the same id.
  @discardableResult
  public func replace(_ record: CopyRecord) async throws -> CopyRecord {
    try await update(record.id) { $0 = record }
  }

  /// Edits one record by id and returns it as stored.
  @discardableResult
  public func update(_ id: String, _ change: @Sendable @escaping (inout CopyRecord) -> Void) async throws -> CopyRecord
  {
    try await modify { records in
      guard let index = records.firstIndex(where: { $0.id == id }) else {
        throw JournalError.unknownRecord(id)
      }
      change(&records[index])
      return records[index]
    }
  }

  /// The record with this local id, if any.
  public func record(_ id: String) async throws -> CopyRecord? {
    try await records().first { $0.id == id }
  }
}
