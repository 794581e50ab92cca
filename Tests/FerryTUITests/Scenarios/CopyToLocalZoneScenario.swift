import Sandbox
import Terminal
import Testing

@testable import FerryTUI

/// An operator picks an AMI, picks a Local Zone, types a bad name, sees the error and a refused
/// submit, fixes the name, submits, and follows the copy on the status pane.
@MainActor
@Suite struct CopyToLocalZoneScenario {
  @Test func badNameIsRefusedThenTheFixedCopyShowsProgress() async throws {
    let driver = try await ScenarioDriver()
    // The sandbox lists its AMIs page by page (5 a page here: the smallest MaxResults EC2 takes); the header says it is the sandbox.
    #expect(driver.lines[0].contains("SANDBOX — simulated account"))
    #expect(driver.state.source.loading == .done)
    #expect(driver.state.source.items.count > 8)

    // Find the web server AMI with the filter, pick it.
    await driver.press(.character("/"))
    await driver.type(SandboxSeed.webServerImage)
    await driver.press(.enter)
    #expect(driver.state.source.selected?.id == SandboxSeed.webServerImage)
    await driver.press(.enter)
    #expect(driver.state.screen == .destination)

    // The not-opted-in Local Zone stays visible, dimmed with the reason; the opted-in one is picked.
    let notOptedIn = try #require(driver.state.destination.rows.first { $0.name == SandboxSeed.localZoneNotOptedIn })
    #expect(!notOptedIn.supported)
    let index = try #require(driver.state.destination.rows.firstIndex { $0.name == SandboxSeed.localZone })
    for _ in 0..<index { await driver.press(.character("j")) }
    #expect(driver.shows("✓ Local Zone \(SandboxSeed.localZone)"))
    await driver.press(.enter)
    #expect(driver.state.screen == .options)

    // A one-letter name: the error shows under the field and submit is refused.
    await driver.press(.control("u"))
    await driver.type("x")
    #expect(driver.shows("✗ The AMI name has 1 character; it must have 3 to 128."))
    await driver.press(.control("g"))
    await driver.press(.enter)
    #expect(driver.state.screen == .review)
    #expect(driver.shows("Can't submit: 1 error (name)."))

    // Fixed: the review shows the call to the parent Region with the zone, then the submit goes through.
    await driver.press(.escape)
    await driver.press(.backspace)
    await driver.type("web-edge-bos")
    await driver.press(.control("g"))
    #expect(driver.shows("CopyImage sent to the us-east-1 endpoint"))
    #expect(driver.shows("DestinationAvailabilityZone = \(SandboxSeed.localZone)"))
    #expect(driver.shows("Dry run passed: you may call CopyImage in us-east-1."))
    await driver.press(.enter)
    #expect(driver.state.screen == .status)
    #expect(driver.shows("copying"))
    #expect(driver.shows("→ Local Zone \(SandboxSeed.localZone)"))
    #expect(driver.state.options.dirty == false)

    // Time passes: the status pane polls through core's poller and progress moves.
    let before = driver.state.status.copies.first?.progress ?? 0
    await driver.wait(seconds: 20)
    let after = try #require(driver.state.status.copies.first?.progress)
    #expect(after > before)
    #expect(driver.shows("\(after)%"))
  }
}
