/// Every rule ferry checks, by its stable id (the `rule` of a `Finding`).
///
/// The raw value is published in `ferry plan` output and in docs/rules.md; never rename one.
/// Grouped as the docs group them: places, routes, fields, encryption, fan-out.
public enum Rule: String, Sendable, CaseIterable {
  // MARK: Places
  case sourcePlaceCount = "source-place-count"
  case destinationPlaceCount = "destination-place-count"
  case regionName = "region-name"
  case regionPartitionUnknown = "region-partition-unknown"
  case regionUnknown = "region-unknown"
  case regionNotOptedIn = "region-not-opted-in"
  case zonesCatalogMissing = "zones-catalog-missing"
  case localZoneUnknown = "local-zone-unknown"
  case notALocalZone = "not-a-local-zone"
  case localZoneNotOptedIn = "local-zone-not-opted-in"
  case outpostARN = "outpost-arn"
  case outpostsCatalogMissing = "outposts-catalog-missing"
  case outpostUnknown = "outpost-unknown"

  // MARK: Routes
  case crossPartition = "cross-partition"
  case regionToOutpostOtherRegion = "region-to-outpost-other-region"
  case regionToLocalZoneOtherRegion = "region-to-local-zone-other-region"
  case localZoneToNonParentRegion = "local-zone-to-non-parent-region"
  case localZoneToLocalZone = "local-zone-to-local-zone"
  case localZoneToLocalZoneOtherParent = "local-zone-to-local-zone-other-parent"
  case localZoneToSameLocalZone = "local-zone-to-same-local-zone"
  case localZoneToOtherZoneGroup = "local-zone-to-other-zone-group"
  case localZoneToOutpost = "local-zone-to-outpost"
  case outpostToRegion = "outpost-to-region"
  case outpostToLocalZone = "outpost-to-local-zone"
  case outpostToOutpost = "outpost-to-outpost"
  case outpostToSameOutpost = "outpost-to-same-outpost"

  // MARK: Fields
  case sourceId = "source-id"
  case nameRequired = "name-required"
  case nameLength = "name-length"
  case nameCharacters = "name-characters"
  case nameNotForSnapshots = "name-not-for-snapshots"
  case descriptionLength = "description-length"
  case copyImageTagsNotForSnapshots = "copy-image-tags-not-for-snapshots"
  case imageTagsNotForSnapshots = "image-tags-not-for-snapshots"
  case tagKeyLength = "tag-key-length"
  case tagKeyReserved = "tag-key-reserved"
  case tagValueLength = "tag-value-length"
  case tagCount = "tag-count"
  case tagKeyDuplicate = "tag-key-duplicate"
  case completionDurationRange = "completion-duration-range"
  case completionDurationStep = "completion-duration-step"
  case completionDurationLocalZone = "completion-duration-local-zone"
  case completionDurationOutpost = "completion-duration-outpost"
  case clientTokenFormat = "client-token-format"
  case clientTokenAsTag = "client-token-as-tag"
  case tagKeyClientToken = "tag-key-client-token"
  case dryRun = "dry-run"

  // MARK: Encryption
  case snapshotEncryptedFalse = "snapshot-encrypted-false"
  case unencryptedCopyOfEncrypted = "unencrypted-copy-of-encrypted"
  case kmsKeyNeedsEncrypted = "kms-key-needs-encrypted"
  case kmsKeyFormat = "kms-key-format"
  case kmsKeyRegion = "kms-key-region"
  case kmsKeyPartition = "kms-key-partition"
  case outpostRequiresEncryption = "outpost-requires-encryption"
  case sharedEncryptedSource = "shared-encrypted-source"
  case encryptionToRegion = "encryption-to-region"
  case encryptionToOutpost = "encryption-to-outpost"
  case encryptionToLocalZoneRequired = "encryption-to-local-zone-required"
  case encryptionToLocalZone = "encryption-to-local-zone"

  // MARK: Fan-out
  case destinationsEmpty = "destinations-empty"
  case clientTokenFanOut = "client-token-fan-out"
  case fanOutDuplicateName = "fan-out-duplicate-name"
  case clientTokenRepeated = "client-token-repeated"

  // MARK: Admission (checked against the account and the journal)
  case sourceNotFound = "source-not-found"
  case clientTokenReused = "client-token-reused"

  // MARK: Forms (what a front end's own fields can get wrong)
  case durationNotANumber = "duration-not-a-number"

  // MARK: Preflight (checked against the account before a submit)
  case preflightDryRun = "preflight-dry-run"
  case preflightDestinationKey = "preflight-destination-key"
  case preflightSourceKey = "preflight-source-key"
  case preflightConcurrentCopies = "preflight-concurrent-copies"
  case preflightNameTaken = "preflight-name-taken"
}

extension Finding {
  /// A finding for one of ferry's rules.
  public init(_ severity: Severity, _ field: String, _ rule: Rule, _ message: String) {
    self.init(severity: severity, field: field, rule: rule.rawValue, message: message)
  }
}
