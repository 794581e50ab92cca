import FerryRules

/// What the operator chose in the previous form — encryption, key, tags, duration, dry run — kept when
/// a new form starts (another source, or after a copy was sent) and applied only when asked
/// (`ctrl-r` on the options form), and then only where it fits the new source.
///
/// Pure.
public struct LastChoices: Sendable, Equatable {
  public var encrypted: Bool
  public var kmsKeyId: String?
  public var tags: [OptionsState.EditableTag]
  public var duration: String
  public var dryRun: Bool

  /// The choices a form holds beyond its prefill; nil when there are none worth offering.
  public init?(_ form: OptionsState) {
    encrypted = form.encrypted
    kmsKeyId = form.kmsKeyId
    tags = form.tags
    duration = form.duration.text
    dryRun = form.dryRun
    if !encrypted, kmsKeyId == nil, tags.isEmpty, duration.isEmpty, !dryRun { return nil }
  }

  /// Applies what fits a form for `resource`, and says in words what was applied and what was left out.
  public func apply(to form: inout OptionsState, resource: Resource) -> String {
    var applied: [String] = []
    var left: [String] = []
    if encrypted {
      form.encrypted = true
      applied.append("encrypted")
    }
    if let kmsKeyId {
      form.kmsKeyId = kmsKeyId
      applied.append("KMS key \(kmsKeyId)")
    }
    let fitting = tags.filter { resource == .image || $0.resource == .snapshot }
    if !fitting.isEmpty {
      form.tags = fitting
      applied.append("\(fitting.count) tag\(fitting.count == 1 ? "" : "s")")
    }
    if fitting.count < tags.count { left.append("AMI tags (a snapshot copy has none)") }
    if !duration.isEmpty {
      form.duration.set(duration)
      applied.append("\(duration)-minute completion")
    }
    if dryRun {
      form.dryRun = true
      applied.append("dry run")
    }
    form.dirty = true
    let words = "Applied the last choices: " + applied.joined(separator: ", ") + "."
    return left.isEmpty ? words : words + " Left out: " + left.joined(separator: ", ") + "."
  }
}
