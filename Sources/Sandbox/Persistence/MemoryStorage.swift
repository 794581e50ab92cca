import FerryCloud

/// State held in memory only: for tests and demos that should leave nothing behind.
final class MemoryStorage: StateStorage {
  private var state: SandboxState?
  let notes: [String] = []

  func read(seed: () -> SandboxState) throws(AWSError) -> SandboxState {
    if let state { return state }
    let fresh = seed()
    state = fresh
    return fresh
  }

  func update<Result>(
    seed: () -> SandboxState, _ change: (inout SandboxState) throws(AWSError) -> Result
  ) throws(AWSError) -> Result {
    var working = try read(seed: seed)
    let result = try change(&working)
    state = working
    return result
  }
}
