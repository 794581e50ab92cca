/// The rules on single fields of a request: source id, AMI name, description, image-only fields,
/// client token and dry run.
///
/// Limits quote the API reference: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyImage.html,
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RegisterImage.html (AMI names) and
/// https://docs.aws.amazon.com/AWSEC2/latest/devguide/ec2-api-idempotency.html (client tokens). Pure.
enum FieldRules {
  static let nameLength = 3...128
  static let descriptionMaxLength = 255
  static let clientTokenMaxLength = 64

  static func check(_ request: CopyRequest, findings: inout [Finding]) {
    checkSourceId(request, findings: &findings)
    switch request.resource {
    case .image:
      checkName(request.name, findings: &findings)
    case .snapshot:
      if request.name != nil {
        findings.append(
          Finding(
            .error, "name", .nameNotForSnapshots,
            "A snapshot copy has no name (CopySnapshot takes none); remove name, or tag the copy with tags.snapshot {\"Name\": …}."
          ))
      }
      if request.copyImageTags != nil {
        findings.append(
          Finding(
            .error, "copyImageTags", .copyImageTagsNotForSnapshots,
            "copyImageTags applies to AMIs only; remove it for a snapshot copy."))
      }
    }
    if let description = request.description, description.unicodeScalars.count > descriptionMaxLength {
      findings.append(
        Finding(
          .error, "description", .descriptionLength,
          "The description has \(description.unicodeScalars.count) characters; EC2 accepts at most \(descriptionMaxLength)."
        ))
    }
    if let token = request.clientToken { checkClientToken(token, findings: &findings) }
    if request.dryRun == true {
      findings.append(
        Finding(
          .info, "dryRun", .dryRun,
          "Dry run: EC2 only checks that you may make this copy (DryRunOperation) and copies nothing."))
    }
  }

  private static func checkSourceId(_ request: CopyRequest, findings: inout [Finding]) {
    let id = request.source.id
    let prefix = Identifier.prefix(of: request.resource)
    guard !Identifier.hasShape(id, prefix: prefix) else { return }
    let other: Resource = request.resource == .image ? .snapshot : .image
    let message: String
    if Identifier.hasShape(id, prefix: Identifier.prefix(of: other)) {
      message =
        "\(id) is \(other == .image ? "an AMI" : "a snapshot") id, but resource is \"\(request.resource.rawValue)\"; set resource to \"\(other.rawValue)\" or give a \(prefix)… id."
    } else {
      message =
        "'\(id)' is not \(request.resource == .image ? "an AMI" : "a snapshot") id: expected \(prefix) followed by 8 or 17 lowercase hex digits, like \(prefix)0123456789abcdef0."
    }
    findings.append(Finding(.error, "source", .sourceId, message))
  }

  /// AMI names: 3–128 characters of letters, digits, space and `( ) [ ] . / - ' @ _`.
  static func checkName(_ name: String?, findings: inout [Finding]) {
    guard let name else {
      findings.append(
        Finding(
          .error, "name", .nameRequired,
          "An AMI copy needs a name (CopyImage's Name is required): 3–128 letters, digits, spaces and ( ) [ ] . / - ' @ _."
        ))
      return
    }
    let length = name.unicodeScalars.count
    if !nameLength.contains(length) {
      findings.append(
        Finding(
          .error, "name", .nameLength,
          "The AMI name has \(length) character\(length == 1 ? "" : "s"); it must have 3 to 128."))
    }
    if let bad = name.unicodeScalars.first(where: { !isNameScalar($0) }) {
      findings.append(
        Finding(
          .error, "name", .nameCharacters,
          "The AMI name may not contain '\(bad.escaped(asASCII: false))': use letters, digits, spaces and ( ) [ ] . / - ' @ _ only."
        ))
    }
  }

  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", " ", "(", ")", "[", "]", ".", "/", "-", "'", "@", "_": true
    default: false
    }
  }

  /// Client tokens: up to 64 printable ASCII characters.
  private static func checkClientToken(_ token: String, findings: inout [Finding]) {
    let bytes = token.utf8
    if bytes.isEmpty || bytes.count > clientTokenMaxLength
      || !bytes.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E })
    {
      let length = token.unicodeScalars.count
      let why =
        bytes.isEmpty
        ? "it is empty"
        : (length > clientTokenMaxLength ? "it has \(length) characters" : "it has a space or a non-ASCII character")
      findings.append(
        Finding(
          .error, "clientToken", .clientTokenFormat,
          "The client token must be 1 to 64 printable ASCII characters without spaces; \(why). Leave it out and ferry generates one."
        ))
    }
  }
}
