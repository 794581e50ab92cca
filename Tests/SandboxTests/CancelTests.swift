import FerryCloud
import Foundation
import Sandbox
import Testing

// MARK: - DeregisterImage

@Test func deregisteringAPendingImageCopyCancelsIt() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let outcome = try await sandbox.copy(copyImageCall(to: "eu-west-1"))
  let snapshotId = try #require(
    try await sandbox.image(outcome.resourceId, in: "eu-west-1")?.blockDevices.first?.snapshotId)
  clock.advance(5)
  try await sandbox.deregisterImage(outcome.resourceId, in: "eu-west-1")
  #expect(try await sandbox.image(outcome.resourceId, in: "eu-west-1")?.state == .deregistered)
  let gone = await awsError { _ = try await sandbox.snapshot(snapshotId, in: "eu-west-1") }
  #expect(gone?.code == "InvalidSnapshot.NotFound")
  let listed = try await sandbox.allImages(in: "eu-west-1", query: ImageQuery(owners: ["self"]))
  #expect(!listed.contains { $0.id == outcome.resourceId })
  // The name is free again, and the slot too.
  _ = try await sandbox.copy(copyImageCall(to: "eu-west-1"))
}

@Test func deregisteringTwiceOrAnUnknownImageFails() async throws {
  let sandbox = memorySandbox(TestClock())
  try await sandbox.deregisterImage("ami-0c7e5d1a9b3f20002", in: "us-east-1")
  let twice = await awsError { try await sandbox.deregisterImage("ami-0c7e5d1a9b3f20002", in: "us-east-1") }
  #expect(twice?.code == "InvalidAMIID.Unavailable")
  let unknown = await awsError { try await sandbox.deregisterImage("ami-0000000000000dead", in: "us-east-1") }
  #expect(unknown?.code == "InvalidAMIID.NotFound")
  let notMine = await awsError { try await sandbox.deregisterImage(SandboxSeed.sharedImage, in: "us-east-1") }
  #expect(notMine?.code == "UnauthorizedOperation")
}

// MARK: - DeleteSnapshot

@Test func deletingAPendingSnapshotCopyCancelsIt() async throws {
  let sandbox = memorySandbox(TestClock())
  let outcome = try await sandbox.copy(copySnapshotCall(to: "eu-west-1"))
  try await sandbox.deleteSnapshot(outcome.resourceId, in: "eu-west-1")
  let gone = await awsError { _ = try await sandbox.snapshot(outcome.resourceId, in: "eu-west-1") }
  #expect(gone?.code == "InvalidSnapshot.NotFound")
  let again = await awsError { try await sandbox.deleteSnapshot(outcome.resourceId, in: "eu-west-1") }
  #expect(again?.code == "InvalidSnapshot.NotFound")
}

@Test func aSnapshotAnImageUsesCannotBeDeleted() async {
  let error = await awsError {
    try await memorySandbox(TestClock()).deleteSnapshot("snap-0b9a7c3e5d2f40001", in: "us-east-1")
  }
  #expect(error?.code == "InvalidSnapshot.InUse")
  #expect(error?.message == "The snapshot snap-0b9a7c3e5d2f40001 is currently in use by \(SandboxSeed.webServerImage)")
}

@Test func aDeregisteredImageIsForgottenAfterAnHour() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  try await sandbox.deregisterImage("ami-0c7e5d1a9b3f20002", in: "us-east-1")
  clock.advance(3599)
  #expect(try await sandbox.image("ami-0c7e5d1a9b3f20002", in: "us-east-1")?.state == .deregistered)
  clock.advance(1)
  _ = try await sandbox.copy(copySnapshotCall(to: "us-east-1"))
  let error = await awsError { _ = try await sandbox.image("ami-0c7e5d1a9b3f20002", in: "us-east-1") }
  #expect(error?.code == "InvalidAMIID.NotFound")
}
