import ArgumentParser
import FerryCore
import FerryRules

/// Turns `ferry copy`'s and `ferry plan`'s words — a REQUEST file, or `image AMI` / `snapshot SNAP`
/// with flags — into the one request document both understand.
///
/// Pure: no I/O (the file is read by `RequestFile`). It checks only what the command line itself can
/// get wrong (a flag without its value's shape, a file given with flags); whether the copy is allowed
/// is for the rules, which see the built request exactly as they would see a file.
enum RequestBuilder {
  /// What the positional arguments name.
  enum Input: Equatable {
    /// A request document: a path, or `-` for standard input.
    case file(String)
    /// A request spelled with flags (several documents when names differ per place).
    case flags(RequestSet)
  }

  static let usage = "give a REQUEST file, or `image AMI-ID` / `snapshot SNAPSHOT-ID` with --to"

  static func input(_ arguments: [String], flags: RequestFlags) throws -> Input {
    switch arguments.count {
    case 1 where Resource(rawValue: arguments[0]) == nil:
      if flags.anyGiven {
        throw ValidationError("a REQUEST file and the request flags (--to, --name, …) cannot be used together")
      }
      return .file(arguments[0])
    case 2:
      guard let resource = Resource(rawValue: arguments[0]) else {
        throw ValidationError("\(arguments[0]) is neither image nor snapshot: \(usage)")
      }
      return .flags(try requests(resource, id: arguments[1], flags: flags))
    case 1:
      throw ValidationError(
        "missing the \(arguments[0]) id: ferry copy \(arguments[0]) ID --source-region R --to PLACE")
    default:
      throw ValidationError(usage)
    }
  }

  /// The request the flags spell; `--name PLACE=NAME` becomes that destination's own name.
  static func requests(_ resource: Resource, id: String, flags: RequestFlags) throws -> RequestSet {
    let (sharedName, namesByPlace) = try perPlace(flags.names, flag: "--name", places: flags.destinations)
    var document = try request(resource, id: id, flags: flags)
    document.name = sharedName
    guard !namesByPlace.isEmpty else { return RequestSet(documents: [document], isList: false) }
    if flags.destinations.count == 1 {
      guard sharedName == nil else { throw ValidationError("--name is given twice for \(flags.destinations[0])") }
      document.name = namesByPlace[flags.destinations[0]]
      return RequestSet(documents: [document], isList: false)
    }
    for (index, place) in flags.destinations.enumerated() {
      document.destinations?[index].name = namesByPlace[place]
    }
    return RequestSet(documents: [document], isList: false)
  }

  /// The one document the flags spell, with the shared `--name` left for `requests` to set.
  static func request(_ resource: Resource, id: String, flags: RequestFlags) throws -> CopyRequest {
    guard !flags.destinations.isEmpty else { throw ValidationError("say where the copy goes with --to") }
    guard flags.sourceRegion != nil || flags.sourceLocalZone != nil || flags.sourceOutpostArn != nil else {
      throw ValidationError(
        "say where the source lives with --source-region (or --source-local-zone, --source-outpost-arn)")
    }
    var places = flags.destinations.map(destination)
    let (sharedKey, keysByPlace) = try perPlace(flags.kmsKeys, flag: "--kms-key", places: flags.destinations)
    var requestKey = sharedKey
    if places.count == 1 {
      if let own = keysByPlace[flags.destinations[0]] {
        if sharedKey != nil { throw ValidationError("--kms-key is given twice for \(flags.destinations[0])") }
        requestKey = own
      }
    } else {
      for index in places.indices { places[index].kmsKeyId = keysByPlace[flags.destinations[index]] }
    }
    // --tag means "the new resources": the AMI and its snapshots, or for a snapshot copy the snapshot.
    let common = try pairs(flags.tags, flag: "--tag")
    let image = (resource == .image ? common : []) + (try pairs(flags.imageTags, flag: "--image-tag"))
    let snapshot = common + (try pairs(flags.snapshotTags, flag: "--snapshot-tag"))
    let tags = TagSets(image: image.isEmpty ? nil : image, snapshot: snapshot.isEmpty ? nil : snapshot)
    return CopyRequest(
      resource: resource,
      source: SourceSpec(
        id: id, region: flags.sourceRegion, localZone: flags.sourceLocalZone, outpostArn: flags.sourceOutpostArn),
      destination: places.count == 1 ? places[0] : DestinationSpec(),
      name: nil,
      description: flags.description,
      encrypted: flags.encrypted,
      kmsKeyId: requestKey,
      copyImageTags: flags.copyImageTags ? true : nil,
      tags: tags.image == nil && tags.snapshot == nil ? nil : tags,
      completionDurationMinutes: flags.completionMinutes,
      clientToken: flags.clientToken,
      dryRun: flags.dryRun ? true : nil,
      destinations: places.count == 1 ? nil : places)
  }

  /// A `--to` value, judged by its shape alone.
  ///
  /// `arn:…` is an Outpost; a Region's shape (`eu-west-1`, FerryRules' `RegionName.hasRegionShape`) is a
  /// Region; a first word with a digit (`usw2-lax1-az1`) is a zone id, since Region and zone names
  /// start with letters only; anything else is a zone name. The rules then say whether it exists.
  static func destination(_ place: String) -> DestinationSpec {
    if place.hasPrefix("arn:") { return DestinationSpec(outpostArn: place) }
    if RegionName.hasRegionShape(place) { return DestinationSpec(region: place) }
    let firstWord = place.split(separator: "-", maxSplits: 1).first ?? ""
    if firstWord.contains(where: \.isNumber) { return DestinationSpec(localZoneId: place) }
    return DestinationSpec(localZone: place)
  }

  /// Splits `--kms-key` and `--name` values into the one for every destination and those per place.
  ///
  /// `VALUE` applies to every destination (at most once), `PLACE=VALUE` to one `--to` place. Neither
  /// KMS key ids nor AMI names contain `=`, so the first `=` splits.
  static func perPlace(_ values: [String], flag: String, places: [String]) throws -> (String?, [String: String]) {
    var shared: String?
    var byPlace: [String: String] = [:]
    for value in values {
      guard let equals = value.firstIndex(of: "=") else {
        if shared != nil { throw ValidationError("\(flag) without a place may be given once") }
        shared = value
        continue
      }
      let place = String(value[..<equals])
      let given = String(value[value.index(after: equals)...])
      guard places.contains(place) else {
        throw ValidationError("\(flag) \(value): \(place) is not one of the --to places")
      }
      guard !given.isEmpty else { throw ValidationError("\(flag) \(value): nothing after =") }
      guard byPlace[place] == nil else { throw ValidationError("\(flag) is given twice for \(place)") }
      byPlace[place] = given
    }
    return (shared, byPlace)
  }

  /// `key=value` pairs, in the order given (a repeated key is kept for the tag rules to report).
  static func pairs(_ values: [String], flag: String) throws -> [Tag] {
    try values.map { value in
      guard let equals = value.firstIndex(of: "=") else {
        throw ValidationError("\(flag) takes key=value, not \(value)")
      }
      return Tag(key: String(value[..<equals]), value: String(value[value.index(after: equals)...]))
    }
  }
}
