import Foundation
import Synchronization
import Testing

@testable import Terminal

#if canImport(Glibc)
  import Glibc
#endif

/// `TerminalPrompt` on a real pseudo-terminal: the question is written to it, a typed line comes back,
/// and a stop (Ctrl-C, hangup) ends the wait with nil.
@Suite struct TerminalPromptTests {
  /// A pty pair: the master end (the "keyboard and screen") and the slave's path (the prompt's terminal).
  private final class PseudoTerminal: Sendable {
    let master: Int32
    let slavePath: String

    /// Linux's `unlockpt` and `ptsname` as ioctls (Glibc's Swift module hides the POSIX functions):
    /// `TIOCSPTLCK` = `_IOW('T', 0x31, int)`, `TIOCGPTN` = `_IOR('T', 0x30, unsigned int)`.
    private static let unlock: UInt = 0x4004_5431
    private static let number: UInt = 0x8004_5430

    init() throws {
      master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      var locked: Int32 = 0
      var index: UInt32 = 0
      guard master >= 0, ioctl(master, Self.unlock, &locked) == 0, ioctl(master, Self.number, &index) == 0 else {
        throw POSIXError(.ENODEV)
      }
      slavePath = "/dev/pts/\(index)"
    }

    deinit { close(master) }

    func type(_ text: String) {
      var bytes = Array(text.utf8)
      _ = write(master, &bytes, bytes.count)
    }

    /// What the prompt has written so far (the question), read without blocking for long.
    func shown() -> String {
      var pending = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      var text: [UInt8] = []
      while poll(&pending, 1, 200) > 0 {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { break }
        text += buffer[0..<count]
      }
      return String(decoding: text, as: UTF8.self)
    }
  }

  /// Runs the prompt on its own thread (it waits in `poll`), as the TUI's loop would.
  private func ask(_ question: String, on pty: PseudoTerminal, stop: @escaping @Sendable () -> Bool) async -> String? {
    await withCheckedContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(returning: TerminalPrompt.ask(question, path: pty.slavePath, stop: stop))
      }
    }
  }

  @Test func theQuestionIsShownAndTheTypedLineComesBack() async throws {
    let pty = try PseudoTerminal()
    async let answer = ask("Enter MFA code for arn:aws:iam::123456789012:mfa/op: ", on: pty) { false }
    try await Task.sleep(for: .milliseconds(300))
    #expect(pty.shown().contains("Enter MFA code for arn:aws:iam::123456789012:mfa/op: "))
    pty.type(" 123456 \n")
    #expect(await answer == "123456")
  }

  @Test func aStopEndsTheWaitWithNoAnswer() async throws {
    let pty = try PseudoTerminal()
    let stopped = Atomic<Bool>(false)
    async let answer = ask("code: ", on: pty) { stopped.load(ordering: .relaxed) }
    try await Task.sleep(for: .milliseconds(300))
    pty.type("12")  // typed, but no Enter before Ctrl-C
    stopped.store(true, ordering: .relaxed)
    #expect(await answer == nil)
  }

  @Test func noTerminalIsNoAnswer() {
    #expect(TerminalPrompt.ask("code: ", path: "/nonexistent/tty", stop: { false }) == nil)
  }
}
