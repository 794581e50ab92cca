/// The request document written back from a `CopyRequest`: the one writer every front end uses
/// (`--print-request`, the TUI's save, its drafts).
///
/// Pure. Keys in the order `docs/request.md` lists them, absent values left out, tags as objects of
/// key → value (the contract's shape), so the output can be saved, checked in, and read back by
/// `CopyRequest.parse` — `ferry plan FILE`, `ferry copy FILE`, the TUI's restore — to the same request.
extension CopyRequest {
  /// The document as a JSON value (`.prettyText` for a file, `.compactText` for a line).
  public var document: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("resource", .string(resource.rawValue)),
      ("source", Self.document(source)),
    ]
    if let destinations {
      members.append(("destinations", .array(destinations.map(Self.document))))
    } else {
      members.append(("destination", Self.document(destination)))
    }
    members += Self.optional("name", name.map(JSONValue.string))
    members += Self.optional("description", description.map(JSONValue.string))
    members += Self.optional("encrypted", encrypted.map(JSONValue.bool))
    members += Self.optional("kmsKeyId", kmsKeyId.map(JSONValue.string))
    members += Self.optional("copyImageTags", copyImageTags.map(JSONValue.bool))
    if let tags {
      let sets =
        Self.optional("image", tags.image.map(Self.tagMap)) + Self.optional("snapshot", tags.snapshot.map(Self.tagMap))
      members.append(("tags", .object(sets)))
    }
    members += Self.optional("completionDurationMinutes", completionDurationMinutes.map { .number(String($0)) })
    members += Self.optional("clientToken", clientToken.map(JSONValue.string))
    members += Self.optional("dryRun", dryRun.map(JSONValue.bool))
    return .object(members)
  }

  private static func document(_ spec: SourceSpec) -> JSONValue {
    .object(
      [("id", .string(spec.id))] + optional("region", spec.region.map(JSONValue.string))
        + optional("localZone", spec.localZone.map(JSONValue.string))
        + optional("outpostArn", spec.outpostArn.map(JSONValue.string)))
  }

  private static func document(_ spec: DestinationSpec) -> JSONValue {
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
