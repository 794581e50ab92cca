/// Writes TagSpecifications as the AWS CLI's JSON straight from the tags.
///
/// The same text `APIValue.compactJSON` gives for the `TagSpecifications` parameter
/// (`[{"ResourceType":"image","Tags":[{"Key":"team","Value":"core"}]}]`), written in one pass into
/// one buffer, because the planner renders it on every keystroke. Pure.
enum TagSpecificationJSON {
  /// The JSON, or `nil` when no tags are sent.
  static func write(_ sets: [(resourceType: String, tags: [Tag])]) -> String? {
    guard !sets.isEmpty else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(64 + sets.reduce(0) { $0 + $1.tags.count * 40 })
    output.append(UInt8(ascii: "["))
    for (position, set) in sets.enumerated() {
      if position > 0 { output.append(UInt8(ascii: ",")) }
      output.append(contentsOf: #"{"ResourceType":"#.utf8)
      JSONText.appendString(set.resourceType, to: &output)
      output.append(contentsOf: #","Tags":["#.utf8)
      for (index, tag) in set.tags.enumerated() {
        output.append(contentsOf: (index == 0 ? #"{"Key":"# : #",{"Key":"#).utf8)
        JSONText.appendString(tag.key, to: &output)
        output.append(contentsOf: #","Value":"#.utf8)
        JSONText.appendString(tag.value, to: &output)
        output.append(UInt8(ascii: "}"))
      }
      output.append(contentsOf: "]}".utf8)
    }
    output.append(UInt8(ascii: "]"))
    return String(decoding: output, as: UTF8.self)
  }
}
