import AWSClient
import FerryCloud
import FerryRules
import Foundation

/// Creates our own volumes, snapshots and images in moto with ferry's own client, each run tagged
/// with a fresh id so tests sharing one server never see each other's resources.
struct MotoFixtures {
  let client: ServiceClient
  let run = "run-\(UUID().uuidString.prefix(8).lowercased())"

  init(endpoint: URL) {
    client = MotoEnvironment.client(endpoint: endpoint)
  }

  func call(_ action: String, region: String = "us-east-1", _ parameters: [String: APIValue]) async throws -> XMLElement
  {
    let pairs = EC2QuerySerializer(action: action).pairs(parameters)
    let response = try await client.send(
      .query(.ec2, region: region, action: action, version: EC2QuerySerializer.ec2Version, pairs: pairs))
    return try XMLTreeParser.parse(response.body, context: action).root
  }

  private var runTag: APIValue { .structure(["Key": .string("ferry-run"), "Value": .string(run)]) }

  /// A volume's snapshot, tagged with this run.
  func snapshot(description: String) async throws -> String {
    let volume = try await call("CreateVolume", ["AvailabilityZone": .string("us-east-1a"), "Size": .integer(8)])
    let volumeId = volume.string("volumeId") ?? ""
    let snapshot = try await call(
      "CreateSnapshot",
      [
        "VolumeId": .string(volumeId), "Description": .string(description),
        "TagSpecifications": .list([.structure(["ResourceType": .string("snapshot"), "Tags": .list([runTag])])]),
      ])
    return snapshot.string("snapshotId") ?? ""
  }

  /// `count` snapshots made at once (moto's server is threaded), described "PREFIX N".
  func snapshots(count: Int, prefix: String) async throws -> Set<String> {
    try await withThrowingTaskGroup(of: String.self) { group in
      for index in 0..<count { group.addTask { try await snapshot(description: "\(prefix) \(index)") } }
      var ids: Set<String> = []
      for try await id in group { ids.insert(id) }
      return ids
    }
  }

  /// An EBS-backed image over a new snapshot, tagged with this run.
  func image(name: String) async throws -> String {
    let snapshotId = try await snapshot(description: "root of \(name)")
    let image = try await call(
      "RegisterImage",
      [
        "Name": .string(name), "Description": .string("ferry test image"), "RootDeviceName": .string("/dev/sda1"),
        "Architecture": .string("x86_64"),
        "BlockDeviceMapping": .list([
          .structure(["DeviceName": .string("/dev/sda1"), "Ebs": .structure(["SnapshotId": .string(snapshotId)])])
        ]),
      ])
    let imageId = image.string("imageId") ?? ""
    _ = try await call(
      "CreateTags", ["ResourceId": .list([.string(imageId)]), "Tags": .list([runTag])])
    return imageId
  }

  var runFilter: FerryCloud.Filter { Filter(name: "tag:ferry-run", values: [run]) }
}
