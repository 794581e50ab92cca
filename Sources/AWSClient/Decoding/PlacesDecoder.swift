import FerryCloud
import FerryRules

/// Turns DescribeRegions and DescribeAvailabilityZones answers into the rules' `RegionEntry` and `Zone`.
///
/// Zones keep every kind (Availability, Local, Wavelength). A zone without `zoneType` is taken as an
/// Availability Zone and one without `groupName` as grouped under its Region, which is what EC2
/// reports for Availability Zones. Pure: no I/O.
public enum PlacesDecoder {
  public static func regions(_ root: XMLElement) throws(AWSError) -> [RegionEntry] {
    var regions: [RegionEntry] = []
    for item in root.items("regionInfo") {
      let name = try XMLValues.required(item, "regionName", in: "DescribeRegions")
      let optIn = item.string("optInStatus").flatMap(RegionEntry.OptIn.init(rawValue:)) ?? .notRequired
      regions.append(RegionEntry(name: name, optIn: optIn))
    }
    return regions
  }

  public static func zones(_ root: XMLElement) throws(AWSError) -> [Zone] {
    var zones: [Zone] = []
    for item in root.items("availabilityZoneInfo") {
      let name = try XMLValues.required(item, "zoneName", in: "DescribeAvailabilityZones")
      let region = item.string("regionName") ?? ""
      let kind = XMLValues.optional(item, "zoneType").map { Zone.Kind(rawValue: $0) ?? .other } ?? .availabilityZone
      zones.append(
        Zone(
          name: name, id: item.string("zoneId") ?? "", kind: kind, region: region,
          group: XMLValues.optional(item, "groupName") ?? region,
          parentZoneName: XMLValues.optional(item, "parentZoneName"),
          optIn: item.string("optInStatus").flatMap(Zone.OptIn.init(rawValue:)) ?? .notRequired))
    }
    return zones
  }
}
