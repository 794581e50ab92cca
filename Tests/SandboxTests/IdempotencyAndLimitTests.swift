import FerryCloud
import FerryRules
import Foundation
import Sandbox
import Testing

// MARK: - ClientToken

@Test func theSameTokenWithTheSameParametersReturnsTheSameCopyOnce() async throws {
  let sandbox = memorySandbox(TestClock())
  let call = copyImageCall(to: "eu-west-1", extra: ["ClientToken": .string("runbook-7f3a")])
  let first = try await sandbox.copy(call)
  let second = try await sandbox.copy(call)
  #expect(first.resourceId == second.resourceId)
  let copies = try await sandbox.allImages(
    in: "eu-west-1", query: ImageQuery(filters: [Filter(name: "name", values: ["web-server-copy"])]))
  #expect(copies.map(\.id) == [first.resourceId])
}

@Test func anImageCopyTaggedWithItsTokenIsAcceptedAndTagged() async throws {
  // ferry sends an AMI copy's token both as ClientToken and as the image's ferry:client-token tag.
  let sandbox = memorySandbox(TestClock())
  let call = copyImageCall(
    to: "eu-west-1",
    extra: [
      "ClientToken": .string("runbook-7f3a"),
      "TagSpecifications": .list([tagSpecification("image", [("ferry:client-token", "runbook-7f3a")])]),
    ])
  let copy = try await sandbox.copy(call)
  #expect(
    try await sandbox.image(copy.resourceId, in: "eu-west-1")?.tags == [
      Tag(key: "ferry:client-token", value: "runbook-7f3a")
    ])
  #expect(try await sandbox.copy(call).resourceId == copy.resourceId)
}

@Test func aSnapshotCopyRefusesAClientTokenAsEC2Does() async throws {
  // CopySnapshot has no ClientToken parameter; ferry sends its token as the ferry:client-token tag.
  let sandbox = memorySandbox(TestClock())
  let error = await awsError {
    _ = try await sandbox.copy(copySnapshotCall(to: "eu-west-1", extra: ["ClientToken": .string("t-1")]))
  }
  #expect(error?.code == "UnknownParameter")
}

@Test func aRetryMayDifferInDryRun() async throws {
  let sandbox = memorySandbox(TestClock())
  let first = try await sandbox.copy(copyImageCall(to: "eu-west-1", extra: ["ClientToken": .string("t-1")]))
  let retry = try await sandbox.copy(
    copyImageCall(
      to: "eu-west-1",
      extra: [
        "ClientToken": .string("t-1"), "DryRun": .boolean(false),
      ]))
  #expect(first.resourceId == retry.resourceId)
}

@Test func theSameTokenWithOtherParametersIsAMismatch() async throws {
  let sandbox = memorySandbox(TestClock())
  _ = try await sandbox.copy(copyImageCall(to: "eu-west-1", extra: ["ClientToken": .string("runbook-7f3a")]))
  let error = await awsError {
    _ = try await sandbox.copy(
      copyImageCall(to: "eu-west-1", name: "other-name", extra: ["ClientToken": .string("runbook-7f3a")]))
  }
  #expect(error?.code == "IdempotentParameterMismatch")
}

@Test func tokensAreScopedToTheirRegion() async throws {
  let sandbox = memorySandbox(TestClock())
  let west = try await sandbox.copy(copyImageCall(to: "us-west-2", extra: ["ClientToken": .string("t-2")]))
  let europe = try await sandbox.copy(copyImageCall(to: "eu-west-1", extra: ["ClientToken": .string("t-2")]))
  #expect(west.resourceId != europe.resourceId)
}

@Test func copiesWithoutATokenAreNotDeduplicated() async throws {
  let sandbox = memorySandbox(TestClock())
  let first = try await sandbox.copy(copySnapshotCall(to: "eu-west-1"))
  let second = try await sandbox.copy(copySnapshotCall(to: "eu-west-1"))
  #expect(first.resourceId != second.resourceId)
}

// MARK: - Concurrent copies

@Test func theTwentyFirstSnapshotCopyToARegionIsRefusedUntilOneEnds() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  for _ in 1...20 { _ = try await sandbox.copy(copySnapshotCall(to: "eu-west-1")) }
  let error = await awsError { _ = try await sandbox.copy(copySnapshotCall(to: "eu-west-1")) }
  #expect(error?.code == "ResourceLimitExceeded")
  #expect(error?.message == "Too many snapshot copies in progress. The limit is 20 for this destination region.")
  // Other Regions have their own limit.
  _ = try await sandbox.copy(copySnapshotCall(to: "us-west-2"))
  clock.advance(22)
  _ = try await sandbox.copy(copySnapshotCall(to: "eu-west-1"))
}

@Test func snapshotsOfAnImageCopyCountAsSnapshotCopies() async throws {
  let sandbox = memorySandbox(TestClock(), limits: SandboxLimits(concurrentSnapshotCopies: 3))
  _ = try await sandbox.copy(copyImageCall(to: "eu-west-1", source: "ami-0c7e5d1a9b3f20006", name: "db-copy"))
  let error = await awsError { _ = try await sandbox.copy(copySnapshotCall(to: "eu-west-1")) }
  #expect(error?.code == "ResourceLimitExceeded")
}

@Test func imageCopiesHaveTheirOwnLimit() async throws {
  let sandbox = memorySandbox(TestClock(), limits: SandboxLimits(concurrentImageCopies: 2))
  _ = try await sandbox.copy(copyImageCall(to: "eu-west-1", name: "copy-1"))
  _ = try await sandbox.copy(copyImageCall(to: "eu-west-1", name: "copy-2"))
  let error = await awsError { _ = try await sandbox.copy(copyImageCall(to: "eu-west-1", name: "copy-3")) }
  #expect(error?.code == "ResourceLimitExceeded")
  #expect(error?.message == "Too many AMI copies in progress. The limit is 2 for this destination region.")
}

@Test func aRetriedTokenIsAnsweredEvenAtTheLimit() async throws {
  let sandbox = memorySandbox(TestClock(), limits: SandboxLimits(concurrentImageCopies: 1))
  let call = copyImageCall(to: "eu-west-1", extra: ["ClientToken": .string("t-3")])
  let first = try await sandbox.copy(call)
  #expect(try await sandbox.copy(call).resourceId == first.resourceId)
}
