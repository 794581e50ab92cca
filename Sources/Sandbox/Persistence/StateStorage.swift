import FerryCloud

/// Where the sandbox keeps its changing state: in memory (ephemeral) or in a directory.
///
/// `update` is a read-modify-write: it reads the newest state (another ferry process may have
/// changed it), applies the change, and stores the result before anyone else can read it.
protocol StateStorage: AnyObject {
  /// The newest state. A missing store is created from `seed`.
  func read(seed: () -> SandboxState) throws(AWSError) -> SandboxState
  /// Applies `change` to the newest state and stores the result; a thrown change stores nothing.
  func update<Result>(
    seed: () -> SandboxState, _ change: (inout SandboxState) throws(AWSError) -> Result
  ) throws(AWSError) -> Result
  /// Notes for the operator about what happened to the store (a corrupt file set aside).
  var notes: [String] { get }
}
