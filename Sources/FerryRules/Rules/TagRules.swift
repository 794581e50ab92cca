/// The rules on tags for the new resources.
///
/// EC2 tag limits: keys 1–127 Unicode characters, not starting with `aws:`; values up to 256 characters;
/// at most 50 tags per resource; keys are unique per resource. Image tags exist only for CopyImage.
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions. Pure.
enum TagRules {
  static let keyMaxLength = 127
  static let valueMaxLength = 256
  static let maxTags = 50

  static func check(_ request: CopyRequest, findings: inout [Finding]) {
    if request.resource == .snapshot, let token = request.clientToken {
      findings.append(
        Finding(
          .info, "clientToken", .clientTokenAsTag,
          "CopySnapshot takes no ClientToken, so the new snapshot is tagged \(ClientTokenTag.key)=\(token): "
            + "if an answer is lost, ferry finds the copy by that tag instead of copying twice."))
    }
    guard let tags = request.tags else { return }
    if let image = tags.image {
      if request.resource == .snapshot {
        if !image.isEmpty {
          findings.append(
            Finding(
              .error, "tags", .imageTagsNotForSnapshots,
              "tags.image applies to AMIs only; for a snapshot copy use tags.snapshot."))
        }
      } else {
        // ferry adds its client-token tag to an AMI copy too (discovery matches it from any machine).
        check(image, set: "image", reservedPlaces: request.clientToken != nil ? 1 : 0, findings: &findings)
      }
    }
    if let snapshot = tags.snapshot {
      // ferry adds its client-token tag to a snapshot copy, which takes one of the 50 places.
      let reserved = request.resource == .snapshot && request.clientToken != nil ? 1 : 0
      check(snapshot, set: "snapshot", reservedPlaces: reserved, findings: &findings)
    }
  }

  private static func check(_ tags: [Tag], set: String, reservedPlaces: Int = 0, findings: inout [Finding]) {
    if tags.count + reservedPlaces > maxTags {
      let why =
        reservedPlaces == 0
        ? "" : " (ferry's \(ClientTokenTag.key) tag takes one place, so \(maxTags - reservedPlaces) are left)"
      findings.append(
        Finding(
          .error, "tags", .tagCount,
          "tags.\(set) has \(tags.count) tags; a resource can have at most \(maxTags)\(why)."))
    }
    var seen = Set<String>(minimumCapacity: tags.count)
    for tag in tags {
      // A string has at most as many characters as UTF-8 bytes: count them only when the bytes exceed the limit.
      let keyBytes = tag.key.utf8.count
      if keyBytes == 0 || (keyBytes > keyMaxLength && length(tag.key) > keyMaxLength) {
        findings.append(
          Finding(
            .error, "tags", .tagKeyLength,
            "The tag key '\(abbreviated(tag.key))' in tags.\(set) has \(length(tag.key)) characters; keys have 1 to \(keyMaxLength)."
          ))
      }
      if hasReservedPrefix(tag.key) {
        findings.append(
          Finding(
            .error, "tags", .tagKeyReserved,
            "The tag key '\(abbreviated(tag.key))' in tags.\(set) starts with aws:, which is reserved for AWS; rename it."
          ))
      }
      if tag.value.utf8.count > valueMaxLength, length(tag.value) > valueMaxLength {
        findings.append(
          Finding(
            .error, "tags", .tagValueLength,
            "The value of tag '\(abbreviated(tag.key))' in tags.\(set) has \(length(tag.value)) characters; values have at most \(valueMaxLength)."
          ))
      }
      if tag.key == ClientTokenTag.key {
        findings.append(
          Finding(
            .error, "tags", .tagKeyClientToken,
            "The tag key \(ClientTokenTag.key) in tags.\(set) is ferry's own; set clientToken instead."))
      }
      if !seen.insert(tag.key).inserted {
        findings.append(
          Finding(
            .error, "tags", .tagKeyDuplicate,
            "The tag key '\(abbreviated(tag.key))' appears more than once in tags.\(set); keep one."))
      }
    }
  }

  /// Unicode characters, as EC2 counts them.
  private static func length(_ text: String) -> Int { text.unicodeScalars.count }

  /// `aws:` in any case.
  static func hasReservedPrefix(_ key: String) -> Bool {
    var bytes = key.utf8.makeIterator()
    for expected in "aws:".utf8 {
      guard let byte = bytes.next() else { return false }
      let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
      guard lower == expected else { return false }
    }
    return true
  }

  private static func abbreviated(_ text: String) -> String {
    text.unicodeScalars.count <= 40 ? text : String(text.unicodeScalars.prefix(37)) + "…"
  }
}
