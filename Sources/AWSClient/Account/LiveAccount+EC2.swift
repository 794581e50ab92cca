import AWSSigning
import FerryCloud
import FerryRules
import Foundation

extension LiveAccount {
  public func regions(from region: String) async throws -> [RegionEntry] {
    try PlacesDecoder.regions(
      try await ec2("DescribeRegions", region: region, parameters: ["AllRegions": .boolean(true)]))
  }

  public func zones(in region: String) async throws -> [Zone] {
    try PlacesDecoder.zones(
      try await ec2("DescribeAvailabilityZones", region: region, parameters: ["AllAvailabilityZones": .boolean(true)]))
  }

  public func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    let root = try await ec2(
      "DescribeImages", region: region, parameters: EC2Parameters.describeImages(query, nextToken: nextToken))
    return try ImageDecoder.page(root, region: region)
  }

  public func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    let root = try await ec2(
      "DescribeSnapshots", region: region, parameters: EC2Parameters.describeSnapshots(query, nextToken: nextToken))
    return try SnapshotDecoder.page(root, region: region)
  }

  /// Sends a planned CopyImage or CopySnapshot.
  ///
  /// CopyImage gets a ClientToken when it has none (the caller normally journals its own first), and
  /// the same body — token included — is resent on every retry. CopySnapshot has no idempotency token in
  /// the EC2 model, so a `ClientToken` there is not sent; it gets its PresignedUrl and DestinationRegion,
  /// and is retried only when EC2 cannot have acted on it (throttled, or never connected).
  public func copy(_ call: APICall) async throws -> CopyOutcome {
    switch call.operation {
    case .copyImage:
      var parameters = call.parameters
      if parameters["ClientToken"] == nil { parameters["ClientToken"] = .string(makeToken()) }
      let root = try await ec2(
        call.operation.rawValue, region: call.region, parameters: parameters,
        subject: Self.subject(of: call, id: "SourceImageId"))
      return try ResultDecoder.copy(root, idElement: "imageId", operation: call.operation.rawValue)
    case .copySnapshot:
      let parameters = try await presignedCopySnapshot(call)
      // No ClientToken: a lost answer is not retried here; the copier finds the copy by its tag.
      let root = try await ec2(
        call.operation.rawValue, region: call.region, parameters: parameters,
        subject: Self.subject(of: call, id: "SourceSnapshotId"), idempotent: false)
      return try ResultDecoder.copy(root, idElement: "snapshotId", operation: call.operation.rawValue)
    }
  }

  public func deregisterImage(_ imageId: String, in region: String) async throws {
    let root = try await ec2(
      "DeregisterImage", region: region, parameters: ["ImageId": .string(imageId)], subject: imageId)
    try ResultDecoder.acknowledged(root, operation: "DeregisterImage")
  }

  public func deleteSnapshot(_ snapshotId: String, in region: String) async throws {
    let root = try await ec2(
      "DeleteSnapshot", region: region, parameters: ["SnapshotId": .string(snapshotId)], subject: snapshotId)
    try ResultDecoder.acknowledged(root, operation: "DeleteSnapshot")
  }

  /// "snap-0123 from us-east-1", for messages about a copy.
  static func subject(of call: APICall, id: String) -> String? {
    guard case .string(let resource)? = call.parameters[id] else { return nil }
    if case .string(let region)? = call.parameters["SourceRegion"] { return "\(resource) from \(region)" }
    return resource
  }

  /// The CopySnapshot parameters with the SDKs' PresignedUrl and DestinationRegion added.
  func presignedCopySnapshot(_ call: APICall) async throws -> [String: APIValue] {
    var parameters = call.parameters
    parameters["ClientToken"] = nil
    guard parameters["PresignedUrl"] == nil else { return parameters }
    let sourceRegion: String
    if case .string(let region)? = parameters["SourceRegion"] { sourceRegion = region } else { sourceRegion = "" }
    // With a custom endpoint the host stays as it is (botocore's region replacement finds no Region in it).
    let sourceEndpoint = try client.endpoints.endpoint(
      for: .ec2, region: sourceRegion.isEmpty ? call.region : sourceRegion)
    let credentials: Credentials
    do {
      credentials = try await self.credentials.credentials()
    } catch {
      throw ErrorClassifier.credentialsUnavailable(
        error,
        context: .init(
          operation: "CopySnapshot", region: call.region, credentialsLabel: configuration.credentialsLabel, attempts: 1)
      )
    }
    return try CopySnapshotPresigner(signer: signer).parameters(
      parameters, destinationRegion: call.region, sourceEndpoint: sourceEndpoint, credentials: credentials,
      date: await client.signingDate)
  }
}
