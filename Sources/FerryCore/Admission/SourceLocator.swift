import FerryCloud
import FerryRules

/// Reads where a source really lives, and what it is, from the resource itself.
///
/// A request document may name only the source's Region; an AMI whose snapshots sit in a Local Zone,
/// or a snapshot on an Outpost, is routed differently. DescribeImages / DescribeSnapshots answer
/// that (the EBS block devices' `availabilityZone` and `outpostArn`; the snapshot's own), and also
/// the facts the encryption rules need.
public struct SourceLocator: Sendable {
  public let account: any AWSAccount

  public init(account: any AWSAccount) {
    self.account = account
  }

  /// The request with its source location filled in from the resource, and the source's facts.
  ///
  /// A request that already names a Local Zone or Outpost, or names no Region, is returned as is.
  ///
  /// - Throws: `CopyRefused` with a `source-not-found` finding when the account cannot see the
  ///   source (nothing is sent); `AWSError` for any other failure.
  public func locate(_ request: CopyRequest) async throws -> (CopyRequest, SourceFacts?) {
    do {
      return try await describe(request)
    } catch let error as AWSError where Acceptor.notFoundCodes.contains(error.code) {
      let place = request.source.region ?? "its Region"
      throw CopyRefused(findings: [
        Finding(
          .error, "source", .sourceNotFound,
          "\(request.source.id) does not exist in \(place), or this account cannot see it (\(error.code)).")
      ])
    }
  }

  private func describe(_ request: CopyRequest) async throws -> (CopyRequest, SourceFacts?) {
    guard let region = request.source.region, request.source.localZone == nil, request.source.outpostArn == nil
    else { return (request, nil) }
    var located = request
    switch request.resource {
    case .image:
      let page = try await account.images(in: region, query: ImageQuery(imageIds: [request.source.id]), nextToken: nil)
      guard let image = page.items.first(where: { $0.id == request.source.id }) else { return (request, nil) }
      Self.place(&located.source, localZone: image.localZoneName, outpostArn: image.outpostArn)
      let keys = image.blockDevices.compactMap(\.kmsKeyId)
      return (located, SourceFacts(encrypted: image.isEncrypted, kmsKeyIds: keys, ownerAccount: image.ownerId))
    case .snapshot:
      let page = try await account.snapshots(
        in: region, query: SnapshotQuery(snapshotIds: [request.source.id]), nextToken: nil)
      guard let snapshot = page.items.first(where: { $0.id == request.source.id }) else { return (request, nil) }
      Self.place(&located.source, localZone: snapshot.availabilityZone, outpostArn: snapshot.outpostArn)
      let facts = SourceFacts(
        encrypted: snapshot.encrypted, kmsKeyIds: snapshot.kmsKeyId.map { [$0] } ?? [], ownerAccount: snapshot.ownerId)
      return (located, facts)
    }
  }

  /// Exactly one place is set, as the request document requires.
  static func place(_ source: inout SourceSpec, localZone: String?, outpostArn: String?) {
    if let outpostArn {
      source.outpostArn = outpostArn
      source.region = nil
    } else if let localZone {
      source.localZone = localZone
      source.region = nil
    }
  }
}
