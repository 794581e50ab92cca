import Synchronization

/// Where finished effects leave their messages for the input loop to pick up between keys.
///
/// A lock-protected queue: effects run on other threads and only append; the loop drains it each
/// turn without waiting, so neither side ever blocks the other for long.
final class Inbox: Sendable {
  private let queue = Mutex<[Message]>([])

  func post(_ message: Message) { queue.withLock { $0.append(message) } }

  /// Everything posted since the last drain, oldest first.
  func drain() -> [Message] {
    queue.withLock { messages in
      defer { messages = [] }; return messages
    }
  }
}
