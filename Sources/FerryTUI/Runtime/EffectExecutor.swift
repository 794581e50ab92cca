/// Runs commands as tasks off the input loop and posts their messages to the inbox.
///
/// A command with a `key` replaces (cancels) the one still running under the same key, so a new
/// listing or preflight never races an old one. `cancelAll()` runs on every way out.
@MainActor
final class EffectExecutor {
  /// nil until an account is connected (the no-credentials screen runs no effects).
  private var effects: EffectRunner?
  private let inbox: Inbox
  private var running: [CommandKey: Task<Void, Never>] = [:]
  private var unkeyed: [Task<Void, Never>] = []

  init(effects: EffectRunner?, inbox: Inbox) {
    self.effects = effects
    self.inbox = inbox
  }

  /// Switches to another account's effects (sandbox, another profile); running work is cancelled.
  func replace(_ effects: EffectRunner) {
    cancelAll()
    self.effects = effects
  }

  func start(_ command: Command, callerAccount: String?) {
    if case .cancel(let key) = command {
      running[key]?.cancel()
      running[key] = nil
      return
    }
    guard let effects = self.effects else { return }
    let inbox = self.inbox
    inbox.started()
    let task = Task.detached {
      defer { inbox.finished() }
      guard let message = await effects.run(command, callerAccount: callerAccount), !Task.isCancelled else { return }
      inbox.post(message)
    }
    if let key = command.key {
      running[key]?.cancel()
      running[key] = task
    } else {
      unkeyed.removeAll { $0.isCancelled }
      unkeyed.append(task)
    }
  }

  func cancelAll() {
    running.values.forEach { $0.cancel() }
    unkeyed.forEach { $0.cancel() }
    running = [:]
    unkeyed = []
  }
}
