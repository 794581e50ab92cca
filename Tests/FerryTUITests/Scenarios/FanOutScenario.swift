import FerryCore
import FerryRules
import Sandbox
import Terminal
import Testing

@testable import FerryTUI

/// An operator marks three Regions and two Local Zones of us-east-1 with space, accepts the names ferry
/// proposes for the zones (their copies land in us-east-1, beside the Region's own), reviews the five
/// calls, submits once through the admission, and follows the five copies as one submission.
@MainActor
@Suite struct FanOutScenario {
  static let places = ["us-east-1", "us-west-2", "eu-west-1", SandboxSeed.localZone, "us-east-1-mia-1a"]

  /// Moves the destination cursor onto the place named `name`.
  private func select(_ name: String, _ driver: ScenarioDriver) async throws {
    let index = try #require(driver.state.destination.rows.firstIndex { $0.name == name })
    while driver.state.destination.cursor.selected < index { await driver.press(.down) }
    while driver.state.destination.cursor.selected > index { await driver.press(.up) }
  }

  @Test func fiveMarkedPlacesAreOneSubmissionThatEndsAvailable() async throws {
    let driver = try await ScenarioDriver(width: 120, height: 40)
    await driver.press(.character("/"))
    await driver.type(SandboxSeed.webServerImage)
    await driver.press(.enter, .enter)
    #expect(driver.state.screen == .destination)

    // A place the rules refuse cannot be marked, and says why.
    try await select(SandboxSeed.localZoneNotOptedIn, driver)
    await driver.press(.character(" "))
    #expect(driver.state.destination.marked.isEmpty)
    #expect(driver.state.notice?.text.hasPrefix("Can't mark: ") == true)
    #expect(driver.state.notice?.text.contains("opt") == true)

    // space marks and unmarks.
    try await select("eu-central-1", driver)
    await driver.press(.character(" "))
    #expect(driver.state.destination.marked.map(\.name) == ["eu-central-1"])
    await driver.press(.character(" "))
    #expect(driver.state.destination.marked.isEmpty)

    for place in Self.places {
      try await select(place, driver)
      await driver.press(.character(" "))
    }
    #expect(driver.state.destination.marked.map(\.name) == Self.places)
    #expect(driver.shows("→ 5 marked"))
    #expect(driver.shows("●"))

    // One form for all five: the zones' copies get the zone appended, the others keep the shared name.
    await driver.press(.enter)
    #expect(driver.state.screen == .options)
    let source = "web-server-2026-11-20"
    #expect(
      driver.state.options.targets.map(\.name.text) == [
        source, source, source, "\(source)-\(SandboxSeed.localZone)", "\(source)-us-east-1-mia-1a",
      ])
    // The source's own name is taken in us-east-1: a new shared name, and the proposals follow it.
    let shared = "web-server-1187"
    #expect(driver.state.options.focus == .name)
    await driver.press(.control("u"))
    await driver.type(shared)
    #expect(
      driver.state.options.targets.map(\.name.text) == [
        shared, shared, shared, "\(shared)-\(SandboxSeed.localZone)", "\(shared)-us-east-1-mia-1a",
      ])
    #expect(driver.shows("Name per place"))
    #expect(driver.shows("\(shared)-us-east-1-mia-1a"))
    #expect(driver.state.options.errors.isEmpty)

    // The request is one fan-out document with each zone's own name.
    let request = try #require(driver.state.request)
    #expect(request.destinations?.count == 5)
    #expect(
      request.destinations?[3]
        == DestinationSpec(localZone: SandboxSeed.localZone, name: "\(shared)-\(SandboxSeed.localZone)"))
    #expect(request.destinations?[1] == DestinationSpec(region: "us-west-2"))
    let document = try #require(ReviewUpdate.requestDocument(driver.state))
    #expect(document.contains("\"destinations\""))
    // What `ferry plan FILE` and `ferry copy FILE` read back is the same fan-out.
    #expect(try CopyRequest.parse(json: Array(document.utf8)).destinations == request.destinations)

    // The review lists every call with its aws line; preflight ran for each.
    await driver.press(.control("g"))
    #expect(driver.state.screen == .review)
    let review = ReviewView.lines(driver.state, width: 118).map(\.text)
    #expect(review.contains { $0.contains("Fan-out: 5 calls") })
    #expect(review.filter { $0.contains("aws ec2 copy-image") }.count == 5)
    #expect(review.contains { $0.contains("5. Local Zone us-east-1-mia-1a: CopyImage sent to the us-east-1 endpoint") })
    #expect(ReviewUpdate.awsCommands(driver.state).count == 5)
    #expect(!driver.state.review.preflightRunning)
    #expect(driver.state.review.preflight.filter { $0.severity == .error }.isEmpty)

    // Submitted once, through the admission: five records sharing the first copy's id as their submission.
    await driver.press(.enter)
    #expect(driver.state.screen == .status)
    let copies = driver.state.status.copies
    #expect(copies.count == 5)
    let submission = try #require(copies.last?.submission)
    #expect(copies.allSatisfy { $0.submission == submission })
    #expect(driver.shows("Submission \(submission) — 5 copies"))
    #expect(driver.state.destination.marked.isEmpty)

    // The sandbox's copies take tens of seconds: all five end available, the heading at 100%.
    for _ in 0..<30 where !driver.state.status.copies.allSatisfy({ $0.phase.isSuccess }) {
      await driver.wait(seconds: 10)
    }
    #expect(driver.state.status.copies.allSatisfy { $0.phase.isSuccess })
    #expect(driver.shows("100% overall (mean of 5 copies)"))
  }

  @Test func aNameTypedPerPlaceIsKeptAndTheDuplicateNameRuleStillHolds() async throws {
    let driver = try await ScenarioDriver(width: 120, height: 40)
    await driver.press(.character("/"))
    await driver.type(SandboxSeed.webServerImage)
    await driver.press(.enter, .enter)
    for place in ["us-east-1", SandboxSeed.localZone] {
      try await select(place, driver)
      await driver.press(.character(" "))
    }
    // With marks, enter opens the fan-out form wherever the cursor is.
    await driver.press(.enter)
    await driver.press(.control("u"))
    await driver.type("edge-1187")
    // tab onto the names: one row per place; down to the zone's, typed over with the shared name.
    await driver.press(.tab, .down)
    #expect(driver.state.options.focus == .names)
    #expect(driver.state.options.targetCursor == 1)
    await driver.press(.control("u"))
    await driver.type("edge-1187")
    let duplicate = driver.state.options.errors.filter { $0.rule == Rule.fanOutDuplicateName.rawValue }
    #expect(duplicate.count == 1)
    #expect(duplicate.first?.message.hasPrefix("\(SandboxSeed.localZone): Another copy of this fan-out") == true)
    #expect(ReviewKeys.submitRefusal(driver.state) != nil)

    // The typed name is the operator's: a new shared name no longer re-proposes it.
    await driver.press(.backTab, .backTab)
    #expect(driver.state.options.focus == .name)
    await driver.type("b")
    #expect(driver.state.options.targets.map(\.name.text) == ["edge-1187b", "edge-1187"])
    #expect(driver.state.options.errors.isEmpty)
    #expect(driver.state.request?.destinations?[0].name == nil)
    #expect(driver.state.request?.destinations?[1].name == "edge-1187")
  }
}
