import FerryCore
import Foundation
import Sandbox
import Testing

@testable import FerryTUI

/// The inbox says when nothing can arrive, so the input loop may wait longer between turns.
@Suite struct InboxTests {
  @Test func quietOnlyWithNoEffectRunningAndNothingToDrain() {
    let inbox = Inbox()
    #expect(inbox.isQuiet)
    inbox.started()
    #expect(!inbox.isQuiet)
    inbox.post(.tick(Date(timeIntervalSince1970: 0)))
    inbox.finished()
    #expect(!inbox.isQuiet, "a message waits")
    #expect(inbox.drain() == [.tick(Date(timeIntervalSince1970: 0))])
    #expect(inbox.isQuiet)
  }

  @MainActor @Test func aRunningEffectKeepsTheInboxBusyUntilItsMessageIsDrained() async throws {
    let clock = ImmediateTimeSource(start: Fixtures.now)
    let account = SandboxAccount(directory: nil, now: { clock.now() })
    let effects = EffectRunner(
      account: account, desk: CopyDesk(account: account, journal: InMemoryJournal(), time: clock), pageSize: 5)
    let inbox = Inbox()
    let executor = EffectExecutor(effects: effects, inbox: inbox)
    executor.start(
      .loadSources(resource: .image, region: "us-east-1", scope: .owned, nextToken: nil, generation: 1),
      callerAccount: nil)
    #expect(!inbox.isQuiet)
    var messages: [Message] = []
    for _ in 0..<300 where messages.isEmpty {
      try await Task.sleep(for: .milliseconds(10))
      messages = inbox.drain()
    }
    #expect(messages.count == 1)
    // The task counts itself finished just after it posts.
    for _ in 0..<100 where !inbox.isQuiet { try await Task.sleep(for: .milliseconds(10)) }
    #expect(inbox.isQuiet)
  }
}
