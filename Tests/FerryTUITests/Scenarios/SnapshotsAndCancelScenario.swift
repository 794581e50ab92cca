import Sandbox
import Terminal
import Testing

@testable import FerryTUI

/// An operator switches to snapshots, copies one to another Region, then cancels it after a confirm.
@MainActor
@Suite struct SnapshotsAndCancelScenario {
  @Test func aSnapshotCopyCanBeCancelledAfterAConfirm() async throws {
    let driver = try await ScenarioDriver()
    await driver.press(.tab)
    #expect(driver.state.source.resource == .snapshot)
    #expect(driver.shows("snapshots"))
    try await driver.pick(source: SandboxSeed.backupSnapshot, destination: "us-west-2")
    // Snapshots have no name field: the form starts at the description, prefilled like the Console's.
    #expect(driver.state.options.focus == .description)
    #expect(driver.state.options.description.text.hasPrefix("[Copied \(SandboxSeed.backupSnapshot) from us-east-1]"))
    await driver.press(.control("g"))
    #expect(driver.shows("CopySnapshot sent to the us-west-2 endpoint"))
    await driver.press(.enter)
    #expect(driver.state.screen == .status)
    let copy = try #require(driver.state.status.copies.first)
    #expect(copy.resourceId?.hasPrefix("snap-") == true)

    await driver.press(.character("x"))
    #expect(driver.shows("Cancel copy \(copy.id)?"))
    await driver.press(.character("y"))
    #expect(driver.state.status.copies.first?.phase == .cancelled)
    #expect(driver.shows("\(copy.id) cancelled: deleted the pending snapshot"))
    // Asked again, core's cancel says the copy has ended; nothing else is removed.
    await driver.send(.cancelled(id: copy.id, .success(try await driver.effects.desk.cancel(id: copy.id))))
    #expect(driver.state.notice?.level == .warning)
    #expect(driver.shows("\(copy.id) has already ended (cancelled)"))
  }

  @Test func aCancelledAMICopyShowsNoPendingSnapshots() async throws {
    let driver = try await ScenarioDriver(height: 40)
    try await driver.pick(source: SandboxSeed.webServerImage, destination: "us-west-2")
    await driver.press(.control("u"))
    await driver.type("web-cancelled")
    await driver.press(.control("g"), .enter)
    #expect(driver.state.screen == .status)
    await driver.wait(seconds: 20)
    let copy = try #require(driver.state.status.copies.first)
    #expect(copy.snapshots.contains { $0.state == .pending })
    #expect(driver.shows("snapshot \(copy.snapshots[0].snapshotId): pending"))

    await driver.press(.character("x"), .character("y"))
    let cancelled = try #require(driver.state.status.copies.first)
    #expect(cancelled.phase == .cancelled)
    #expect(!cancelled.snapshots.contains { $0.state == .pending })
    #expect(!driver.shows(": pending"))
    #expect(driver.shows("\(copy.id) cancelled: deregistered the pending AMI \(copy.resourceId ?? "?")"))
  }

  @Test func anUnsupportedDestinationCannotBePicked() async throws {
    let driver = try await ScenarioDriver()
    try await driver.pick(source: SandboxSeed.webServerImage, destination: SandboxSeed.regionNotEnabled)
    #expect(driver.state.screen == .destination)
    #expect(driver.state.notice?.level == .error)
    #expect(driver.shows("Can't pick: The Region \(SandboxSeed.regionNotEnabled) is not enabled"))
  }
}
