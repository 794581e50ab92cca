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
    guard let tags = request.tags else { return }
    if let image = tags.image {
      if request.resource == .snapshot {
        if !image.isEmpty {
          findings.append(Finding(.error, "tags", .imageTagsNotForSnapshots,
            "tags.image applies to AMIs only; for a snapshot copy use tags.snapshot."))
        }
      } else {
        check(image, set: "image", findings: &findings)
      }
    }
    if let snapshot = tags.snapshot { check(snapshot, set: "snapshot", findings: &findings) }
  }

  private static func check(_ tags: [Tag], set: String, findings: inout [Finding]) {
    if tags.count > maxTags {
      findings.append(Finding(.error, "tags", .tagCount,
        "tags.\(set) has \(tags.count) tags; a resource can have at most \(maxTags)."))
    }
    var seen = Set<String>(minimumCapacity: tags.count)
    for tag in tags {
      // A string has at most as many characters as UTF-8 bytes: count them only when the bytes exceed the limit.
      let keyBytes = tag.key.utf8.count
      if keyBytes == 0 || (keyBytes > keyMaxLength && length(tag.key) > keyMaxLength) {
        findings.append(Finding(.error, "tags", .tagKeyLength,
          "The tag key '\(abbreviated(tag.key))' in tags.\(set) has \(length(tag.key)) characters; keys have 1 to \(keyMaxLength)."))
      }
      if hasReservedPrefix(tag.key) {
        findings.append(Finding(.error, "tags", .tagKeyReserved,
          "The tag key '\(abbreviated(tag.key))' in tags.\(set) starts with aws:, which is reserved for AWS; rename it."))
      }
      if tag.value.utf8.count > valueMaxLength, length(tag.value) > valueMaxLength {
        findings.append(Finding(.error, "tags", .tagValueLength,
          "The value of tag '\(abbreviated(tag.key))' in tags.\(set) has \(length(tag.value)) characters; values have at most \(valueMaxLength)."))
      }
      if !seen.insert(tag.key).inserted {
        findings.append(Finding(.error, "tags", .tagKeyDuplicate,
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
