import FerryCloud
import FerryRules
import Foundation

extension LiveAccount {
  /// Every KMS key of the Region with its aliases.
  ///
  /// ListKeys and ListAliases to the end, then DescribeKey for each key (a few at a time) for its
  /// spec, state and manager. Aliases are matched to keys by `TargetKeyId`. A marker KMS sends twice
  /// ends the listing with an error instead of looping forever.
  public func kmsKeys(in region: String) async throws -> [KMSKey] {
    var keyIds: [String] = []
    var marker: String?
    var seen: Set<String> = []
    repeat {
      let response = try await client.send(KMSWire.listKeys(region: region, marker: marker))
      let page = try KMSWire.decode(KMSWire.ListKeysResponse.self, from: response.body, operation: "ListKeys")
      keyIds += (page.Keys ?? []).map(\.KeyId)
      marker = KMSWire.next(page.NextMarker, truncated: page.Truncated)
      try KMSWire.checkNew(marker, seen: &seen, operation: "ListKeys in \(region)")
    } while marker != nil

    var aliasesByKey: [String: [String]] = [:]
    marker = nil
    seen = []
    repeat {
      let response = try await client.send(KMSWire.listAliases(region: region, marker: marker))
      let page = try KMSWire.decode(KMSWire.ListAliasesResponse.self, from: response.body, operation: "ListAliases")
      for alias in page.Aliases ?? [] {
        if let target = alias.TargetKeyId { aliasesByKey[target, default: []].append(alias.AliasName) }
      }
      marker = KMSWire.next(page.NextMarker, truncated: page.Truncated)
      try KMSWire.checkNew(marker, seen: &seen, operation: "ListAliases in \(region)")
    } while marker != nil

    let metadata = try await describeAll(keyIds, region: region)
    return keyIds.compactMap { id in
      metadata[id].map { KMSWire.key($0, aliases: aliasesByKey[id] ?? []) }
    }
  }

  public func describeKey(_ keyId: String, in region: String) async throws -> KMSKey {
    let metadata = try await describe(keyId, region: region)
    return KMSWire.key(metadata, aliases: keyId.hasPrefix("alias/") ? [keyId] : [])
  }

  func describe(_ keyId: String, region: String) async throws -> KMSWire.KeyMetadata {
    let response = try await client.send(KMSWire.describeKey(keyId, region: region))
    return try KMSWire.decode(KMSWire.DescribeKeyResponse.self, from: response.body, operation: "DescribeKey")
      .KeyMetadata
  }

  /// DescribeKey for every id, at most four in flight so a large account does not trip throttling.
  private func describeAll(_ ids: [String], region: String) async throws -> [String: KMSWire.KeyMetadata] {
    try await withThrowingTaskGroup(of: KMSWire.KeyMetadata.self) { group in
      var results: [String: KMSWire.KeyMetadata] = [:]
      var pending = ids[...]
      for _ in 0..<4 {
        guard let id = pending.popFirst() else { break }
        group.addTask { try await describe(id, region: region) }
      }
      // Keyed by the id KMS answers with: a key id asked for is answered under the same id.
      while let metadata = try await group.next() {
        results[metadata.KeyId] = metadata
        if let next = pending.popFirst() { group.addTask { try await describe(next, region: region) } }
      }
      return results
    }
  }
}
