import FerryRules

/// A `CopyRequest` written back as the request document, for `--print-request`.
///
/// Pure. Keys in the order `docs/request.md` lists them, absent values left out, so the output can be
/// saved, checked in, and read back by `ferry plan FILE` / `ferry copy FILE` to the same request.
enum RequestDocument {
  static func json(_ request: CopyRequest) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("resource", .string(request.resource.rawValue)),
      ("source", source(request.source)),
    ]
    if let destinations = request.destinations {
      members.append(("destinations", .array(destinations.map(destination))))
    } else {
      members.append(("destination", destination(request.destination)))
    }
    members += optional("name", request.name.map(JSONValue.string))
    members += optional("description", request.description.map(JSONValue.string))
    members += optional("encrypted", request.encrypted.map(JSONValue.bool))
    members += optional("kmsKeyId", request.kmsKeyId.map(JSONValue.string))
    members += optional("copyImageTags", request.copyImageTags.map(JSONValue.bool))
    if let tags = request.tags {
      let sets = optional("image", tags.image.map(tagMap)) + optional("snapshot", tags.snapshot.map(tagMap))
      members.append(("tags", .object(sets)))
    }
    members += optional("completionDurationMinutes", request.completionDurationMinutes.map { .number(String($0)) })
    members += optional("clientToken", request.clientToken.map(JSONValue.string))
    members += optional("dryRun", request.dryRun.map(JSONValue.bool))
    return .object(members)
  }

  private static func source(_ spec: SourceSpec) -> JSONValue {
    .object(
      [("id", .string(spec.id))] + optional("region", spec.region.map(JSONValue.string))
        + optional("localZone", spec.localZone.map(JSONValue.string))
        + optional("outpostArn", spec.outpostArn.map(JSONValue.string)))
  }

  private static func destination(_ spec: DestinationSpec) -> JSONValue {
    .object(
      optional("region", spec.region.map(JSONValue.string))
        + optional("localZone", spec.localZone.map(JSONValue.string))
        + optional("localZoneId", spec.localZoneId.map(JSONValue.string))
        + optional("outpostArn", spec.outpostArn.map(JSONValue.string))
        + optional("kmsKeyId", spec.kmsKeyId.map(JSONValue.string))
        + optional("name", spec.name.map(JSONValue.string)))
  }

  /// Tags as a map, in the order given (a repeated key stays repeated, as the document allows).
  private static func tagMap(_ tags: [Tag]) -> JSONValue {
    .object(tags.map { (key: $0.key, value: JSONValue.string($0.value)) })
  }

  private static func optional(_ key: String, _ value: JSONValue?) -> [(key: String, value: JSONValue)] {
    value.map { [(key: key, value: $0)] } ?? []
  }
}
