/// Resolves the source and destination of a request to `Location`s, reporting what cannot be resolved.
///
/// A Region is checked for shape, partition, and (when the catalog lists Regions) existence and opt-in;
/// a Local Zone and an Outpost must be in the catalog. Pure: lookups go through the catalog's indexes.
enum Places {
  /// The source's location, or `nil` when it cannot be worked out (the reasons are in `findings`).
  static func source(_ spec: SourceSpec, catalog: Catalog, findings: inout [Finding]) -> Location? {
    let field = "source"
    let given = [spec.region, spec.localZone, spec.outpostArn].count { $0 != nil }
    guard given == 1 else {
      findings.append(
        Finding(
          .error, field, .sourcePlaceCount,
          given == 0
            ? "Say where the source lives: give one of source.region, source.localZone or source.outpostArn."
            : "Give only one of source.region, source.localZone or source.outpostArn."))
      return nil
    }
    if let region = spec.region {
      return self.region(region, field: field, catalog: catalog, findings: &findings)
    }
    if let name = spec.localZone {
      guard let zone = localZone(name, byId: false, field: field, catalog: catalog, findings: &findings) else {
        return nil
      }
      return .localZone(zone)
    }
    if let arn = spec.outpostArn {
      // Nothing copies from an Outpost, whether or not the catalog knows it: resolve from the ARN alone
      // so the route rule can say so.
      guard let outpost = catalog.outpost(arn: arn) ?? Outpost(arn: arn) else {
        findings.append(outpostARNFinding(arn, field: field))
        return nil
      }
      return .outpost(outpost)
    }
    return nil
  }

  /// The destination's location, or `nil` when it cannot be worked out.
  static func destination(_ spec: DestinationSpec, catalog: Catalog, findings: inout [Finding]) -> Location? {
    let field = "destination"
    let given = [spec.region, spec.localZone, spec.localZoneId, spec.outpostArn].count { $0 != nil }
    guard given == 1 else {
      findings.append(
        Finding(
          .error, field, .destinationPlaceCount,
          given == 0
            ? "Say where the copy goes: give one of destination.region, destination.localZone, destination.localZoneId or destination.outpostArn."
            : "Give only one of destination.region, destination.localZone, destination.localZoneId or destination.outpostArn: EC2 accepts only one of DestinationAvailabilityZone, DestinationAvailabilityZoneId or DestinationOutpostArn."
        ))
      return nil
    }
    if let region = spec.region {
      return self.region(region, field: field, catalog: catalog, findings: &findings)
    }
    if let key = spec.localZone ?? spec.localZoneId {
      guard
        let zone = localZone(key, byId: spec.localZoneId != nil, field: field, catalog: catalog, findings: &findings)
      else { return nil }
      if zone.optIn == .notOptedIn {
        findings.append(
          Finding(
            .error, field, .localZoneNotOptedIn,
            "The Local Zone \(zone.name) is not opted in: opt in to its zone group first (aws ec2 modify-availability-zone-group --region \(zone.region) --group-name \(zone.group) --opt-in-status opted-in)."
          ))
      }
      return .localZone(zone)
    }
    if let arn = spec.outpostArn {
      return outpost(arn, catalog: catalog, findings: &findings)
    }
    return nil
  }

  private static func region(_ name: String, field: String, catalog: Catalog, findings: inout [Finding]) -> Location? {
    switch Partition.of(region: name) {
    case .invalid:
      findings.append(
        Finding(
          .error, field, .regionName,
          "'\(name)' is not a Region name: Regions look like us-east-1 or eu-west-2 (a Local Zone goes in \(field).localZone)."
        ))
      return nil
    case .fallback:
      findings.append(
        Finding(
          .warning, field, .regionPartitionUnknown,
          "The Region \(name) belongs to no partition ferry knows; it is taken to be in the aws partition, as the AWS SDKs do."
        ))
    case .known:
      break
    }
    if !catalog.regions.isEmpty {
      guard let entry = catalog.region(named: name) else {
        findings.append(
          Finding(
            .error, field, .regionUnknown,
            "The account has no Region \(name); `ferry list regions` shows the ones it has."))
        return .region(name)
      }
      if entry.optIn == .notOptedIn {
        findings.append(
          Finding(
            .error, field, .regionNotOptedIn,
            "The Region \(name) is not enabled for this account: enable it first (aws account enable-region --region-name \(name))."
          ))
      }
    }
    return .region(name)
  }

  private static func localZone(
    _ key: String, byId: Bool, field: String, catalog: Catalog, findings: inout [Finding]
  ) -> Zone? {
    let what = byId ? "Local Zone id" : "Local Zone"
    guard !catalog.zones.isEmpty else {
      findings.append(
        Finding(
          .error, field, .zonesCatalogMissing,
          "The \(what) \(key) cannot be checked without the account's zones: pass --zones FILE (from aws ec2 describe-availability-zones --all-availability-zones --output json) or plan against the live account."
        ))
      return nil
    }
    guard let zone = byId ? catalog.zone(id: key) : catalog.zone(named: key) else {
      findings.append(
        Finding(
          .error, field, .localZoneUnknown,
          "The account has no \(what) \(key); `ferry list zones` shows the zones it has."))
      return nil
    }
    guard zone.kind == .localZone else {
      let kind =
        zone.kind == .wavelengthZone
        ? "a Wavelength Zone" : (zone.kind == .availabilityZone ? "an Availability Zone" : "not a Local Zone")
      findings.append(
        Finding(
          .error, field, .notALocalZone,
          "\(zone.name) is \(kind); AMIs and snapshots live in Regions, Local Zones and Outposts, so use \(field).region \(zone.region) instead."
        ))
      return nil
    }
    return zone
  }

  private static func outpost(_ arn: String, catalog: Catalog, findings: inout [Finding]) -> Location? {
    let field = "destination"
    if let known = catalog.outpost(arn: arn) { return .outpost(known) }
    guard let parsed = Outpost(arn: arn) else {
      findings.append(outpostARNFinding(arn, field: field))
      return nil
    }
    if catalog.outposts.isEmpty {
      findings.append(
        Finding(
          .error, field, .outpostsCatalogMissing,
          "The Outpost \(parsed.id) cannot be checked without the account's Outposts: pass --outposts FILE (from aws outposts list-outposts --output json) or plan against the live account."
        ))
    } else {
      findings.append(
        Finding(
          .error, field, .outpostUnknown,
          "The account has no Outpost \(arn); `ferry list outposts` shows the ones it has."))
    }
    // Still a place: its Region comes from the ARN, so the route and the endpoint can be shown.
    return .outpost(parsed)
  }

  private static func outpostARNFinding(_ arn: String, field: String) -> Finding {
    Finding(
      .error, field, .outpostARN,
      "'\(arn)' is not an Outpost ARN: it looks like arn:aws:outposts:REGION:ACCOUNT:outpost/op-0123456789abcdef0.")
  }
}
