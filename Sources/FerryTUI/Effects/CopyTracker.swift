import FerryRules

/// Submits copies through the journal and reports every copy it knows, refreshed by the poller.
///
/// The TUI's only way to start, follow or cancel a copy. Implemented over FerryCore's journal,
/// copier and poller; implementations do I/O and are called only from commands, never from update.
public protocol CopyTracker: Sendable {
  /// Records the request in the journal, then sends the call. Returns the copy as recorded.
  func submit(_ request: CopyRequest, call: APICall) async throws -> CopyRecord
  /// Every copy in the journal, in-flight ones refreshed by one batched poll.
  func copies() async throws -> [CopyRecord]
  /// Cancels a pending copy (deregisters the AMI or deletes the snapshot). Returns what was done, in words.
  func cancel(id: String) async throws -> String
}
