import Synchronization

/// Where finished effects leave their messages for the input loop to pick up between keys.
///
/// A lock-protected queue: effects run on other threads and only append; the loop drains it each
/// turn without waiting, so neither side ever blocks the other for long. It also counts the effects
/// still running, so the loop can wait longer between turns when nothing can arrive.
final class Inbox: Sendable {
  private let queue = Mutex<[Message]>([])
  private let running = Atomic<Int>(0)

  func post(_ message: Message) { queue.withLock { $0.append(message) } }

  /// An effect started; `finished()` must follow.
  func started() { running.add(1, ordering: .relaxed) }
  func finished() { running.subtract(1, ordering: .relaxed) }

  /// True when no effect is running and nothing waits to be drained.
  var isQuiet: Bool { running.load(ordering: .relaxed) == 0 && queue.withLock { $0.isEmpty } }

  /// Everything posted since the last drain, oldest first.
  func drain() -> [Message] {
    queue.withLock { messages in
      defer { messages = [] }; return messages
    }
  }
}
