import FerryCloud
import FerryRules
import Foundation

@testable import FerryTUI

/// Small fixed values the update and view tests share: an identity, images, places.
enum Fixtures {
  static let now = Date(timeIntervalSince1970: 1_790_000_000)
  static let identity = AccountIdentity(
    accountId: "111122223333", partition: "aws", profile: "ops", region: "us-east-1", isSandbox: true)

  static func image(
    _ number: Int, name: String, owner: String = "111122223333", encrypted: Bool = false, zone: String? = nil
  ) -> Image {
    let id = String(format: "ami-0000000000000%04d", number)
    return Image(
      id: id, name: name, description: "image \(number)", state: .available, ownerId: owner,
      creationDate: String(format: "2026-11-%02dT08:30:00.000Z", number % 28 + 1),
      architecture: number.isMultiple(of: 2) ? "arm64" : "x86_64",
      blockDevices: [
        BlockDevice(
          deviceName: "/dev/xvda", snapshotId: String(format: "snap-000000000000%05d", number), volumeSize: 8,
          volumeType: "gp3", encrypted: encrypted,
          kmsKeyId: encrypted ? "arn:aws:kms:us-east-1:111122223333:key/k1" : nil,
          availabilityZone: zone)
      ],
      tags: [Tag(key: "team", value: number.isMultiple(of: 2) ? "core" : "edge")], region: "us-east-1")
  }

  static func item(_ number: Int, name: String, owner: String = "111122223333") -> SourceItem {
    SourceItem(.image(image(number, name: name, owner: owner)), callerAccount: identity.accountId)
  }

  static let catalog = Catalog(
    regions: [
      RegionEntry(name: "us-east-1", optIn: .notRequired), RegionEntry(name: "eu-west-1", optIn: .notRequired),
      RegionEntry(name: "me-south-1", optIn: .notOptedIn),
    ],
    zones: [
      Zone(
        name: "us-east-1-bos-1a", id: "use1-bos1-az1", kind: .localZone, region: "us-east-1", group: "us-east-1-bos-1",
        optIn: .optedIn)
    ],
    outposts: [])

  /// A state on the source screen with `items` loaded (the listing finished).
  static func loadedState(_ items: [SourceItem], width: Int = 80, height: Int = 24) -> AppState {
    var (state, _) = start(.account(identity), width: width, height: height, now: now)
    _ = state.source.receive(SourcePage(items: items, nextToken: nil), scope: .owned, region: "us-east-1")
    _ = state.source.receive(SourcePage(items: [], nextToken: nil), scope: .shared, region: "us-east-1")
    state.status.polling = false
    return state
  }

  /// A state on the options screen: item 1 picked, copying to eu-west-1.
  static func optionsState(width: Int = 80, height: Int = 24) -> AppState {
    var state = loadedState([item(1, name: "web-server")], width: width, height: height)
    _ = update(&state, .key(.enter))
    _ = update(&state, .places(.success(Places(catalog: catalog))))
    let index = state.destination.rows.firstIndex { $0.name == "eu-west-1" } ?? 0
    state.destination.cursor.select(index, count: state.destination.rows.count)
    _ = update(&state, .key(.enter))
    return state
  }
}
