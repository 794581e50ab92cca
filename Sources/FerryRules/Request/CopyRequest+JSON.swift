/// Reads the copy request document (JSON) strictly into a `CopyRequest`.
///
/// Strict, because a typo in a runbook must not silently change a copy: an unknown key anywhere is an
/// error naming its path, a value of the wrong type is an error naming its key, a repeated key is an
/// error (except in tag maps, where the duplicate is kept so the tag rules can report it). `null` counts
/// as absent for optional keys. Tag maps keep the order they were written in. The contract is
/// `shared/contracts/request-and-plan.md`. Pure: the caller reads the bytes.
extension CopyRequest {
  /// The largest document accepted: a request is a few hundred bytes, so anything near this is a mistake.
  public static let maxDocumentBytes = 1 << 20

  /// Parses a request document.
  public static func parse(json bytes: some Collection<UInt8>) throws(RequestError) -> CopyRequest {
    let root: JSONValue
    do {
      root = try JSONReader(maxBytes: maxDocumentBytes).read(bytes)
    } catch {
      throw RequestError(path: "", reason: error.description)
    }
    return try parse(document: root)
  }

  /// Reads a request document already parsed as JSON (one element of a list of documents).
  static func parse(document root: JSONValue) throws(RequestError) -> CopyRequest {
    let object = try RequestObject(root, path: "", allowed: topLevelKeys)
    let resourceText = try object.requiredString("resource")
    guard let resource = Resource(rawValue: resourceText) else {
      throw RequestError(path: "resource", reason: "must be \"image\" or \"snapshot\", not \"\(resourceText)\"")
    }
    let source = try sourceSpec(object.required("source"))
    let single = try object.optional("destination").map { value throws(RequestError) in
      try destinationSpec(value, path: "destination", allowsKey: false)
    }
    let fanOut = try object.optional("destinations").map { value throws(RequestError) in
      try destinationList(value)
    }
    if single != nil, fanOut != nil {
      throw RequestError(path: "", reason: "give either destination or destinations, not both")
    }
    if single == nil, fanOut == nil {
      throw RequestError(path: "", reason: "missing destination (or destinations for a fan-out)")
    }
    return CopyRequest(
      resource: resource,
      source: source,
      destination: single ?? DestinationSpec(),
      name: try object.optionalString("name"),
      description: try object.optionalString("description"),
      encrypted: try object.optionalBool("encrypted"),
      kmsKeyId: try object.optionalString("kmsKeyId"),
      copyImageTags: try object.optionalBool("copyImageTags"),
      tags: try object.optional("tags").map { value throws(RequestError) in try tagSets(value) },
      completionDurationMinutes: try object.optionalInt("completionDurationMinutes"),
      clientToken: try object.optionalString("clientToken"),
      dryRun: try object.optionalBool("dryRun"),
      destinations: fanOut
    )
  }

  private static let topLevelKeys = [
    "resource", "source", "destination", "destinations", "name", "description", "encrypted", "kmsKeyId",
    "copyImageTags", "tags", "completionDurationMinutes", "clientToken", "dryRun",
  ]

  private static func sourceSpec(_ value: JSONValue) throws(RequestError) -> SourceSpec {
    let object = try RequestObject(value, path: "source", allowed: ["id", "region", "localZone", "outpostArn"])
    return SourceSpec(
      id: try object.requiredString("id"),
      region: try object.optionalString("region"),
      localZone: try object.optionalString("localZone"),
      outpostArn: try object.optionalString("outpostArn"))
  }

  private static func destinationSpec(_ value: JSONValue, path: String, allowsKey: Bool) throws(RequestError)
    -> DestinationSpec
  {
    let keys = ["region", "localZone", "localZoneId", "outpostArn"] + (allowsKey ? ["kmsKeyId", "name"] : [])
    let object = try RequestObject(value, path: path, allowed: keys)
    return DestinationSpec(
      region: try object.optionalString("region"),
      localZone: try object.optionalString("localZone"),
      localZoneId: try object.optionalString("localZoneId"),
      outpostArn: try object.optionalString("outpostArn"),
      kmsKeyId: allowsKey ? try object.optionalString("kmsKeyId") : nil,
      name: allowsKey ? try object.optionalString("name") : nil)
  }

  private static func destinationList(_ value: JSONValue) throws(RequestError) -> [DestinationSpec] {
    guard case .array(let items) = value else {
      throw RequestError(
        path: "destinations", reason: "must be an array of destinations, found \(value.kindDescription)")
    }
    guard !items.isEmpty else {
      throw RequestError(path: "destinations", reason: "must list at least one destination")
    }
    var list: [DestinationSpec] = []
    for (position, item) in items.enumerated() {
      list.append(try destinationSpec(item, path: "destinations[\(position)]", allowsKey: true))
    }
    return list
  }

  private static func tagSets(_ value: JSONValue) throws(RequestError) -> TagSets {
    let object = try RequestObject(value, path: "tags", allowed: ["image", "snapshot"])
    return TagSets(
      image: try object.optional("image").map { value throws(RequestError) in try tagList(value, path: "tags.image") },
      snapshot: try object.optional("snapshot").map { value throws(RequestError) in
        try tagList(value, path: "tags.snapshot")
      })
  }

  /// A tag map in written order; a repeated key is kept, for the `tag-key-duplicate` rule.
  ///
  /// Also reads `[{"key": …, "value": …}]`, the shape ferry's TUI wrote (saves and drafts) before
  /// 2026-12-02, so a file it kept is never lost; ferry only ever writes the map.
  private static func tagList(_ value: JSONValue, path: String) throws(RequestError) -> [Tag] {
    if case .array(let items) = value { return try legacyTagList(items, path: path) }
    guard case .object(let members) = value else {
      throw RequestError(
        path: path, reason: "must be an object of tag keys and string values, found \(value.kindDescription)")
    }
    var tags: [Tag] = []
    tags.reserveCapacity(members.count)
    for member in members {
      guard case .string(let text) = member.value else {
        throw RequestError(
          path: "\(path).\(member.key)", reason: "a tag value must be a string, found \(member.value.kindDescription)")
      }
      tags.append(Tag(key: member.key, value: text))
    }
    return tags
  }

  private static func legacyTagList(_ items: [JSONValue], path: String) throws(RequestError) -> [Tag] {
    var tags: [Tag] = []
    for (position, item) in items.enumerated() {
      let itemPath = "\(path)[\(position)]"
      let object = try RequestObject(item, path: itemPath, allowed: ["key", "value"])
      tags.append(Tag(key: try object.requiredString("key"), value: try object.requiredString("value")))
    }
    return tags
  }
}
