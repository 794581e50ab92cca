import FerryRules

/// The options form: name, description, encryption and key, tags, time-based duration, dry run.
///
/// Work in progress lives here and survives going back and forth between screens; `dirty` says it
/// has edits the operator has not submitted or saved (quitting then asks first).
public struct OptionsState: Sendable, Equatable {
  public enum Field: String, Sendable, Equatable, CaseIterable {
    case name, names, description, encrypted, kmsKey, copyImageTags, tags, duration, dryRun, review

    /// The request-document key whose findings show under this field.
    public var requestKey: String? {
      switch self {
      case .name: "name"
      case .names: nil
      case .description: "description"
      case .encrypted: "encrypted"
      case .kmsKey: "kmsKeyId"
      case .copyImageTags: "copyImageTags"
      case .tags: "tags"
      case .duration: "completionDurationMinutes"
      case .dryRun: "dryRun"
      case .review: nil
      }
    }

    public var isText: Bool { self == .name || self == .names || self == .description || self == .duration }
  }

  /// One place of a fan-out with the AMI name its copy gets (proposed by `FanOutNames`, or typed).
  public struct FanOutTarget: Sendable, Equatable {
    public var place: DestinationRow
    public var name: TextInput
    /// True once the operator typed in it: a change of the shared name no longer re-proposes it.
    public var edited = false

    public init(place: DestinationRow, name: String) {
      self.place = place
      self.name = TextInput(name)
    }
  }

  /// One tag row of the editor.
  public struct EditableTag: Sendable, Equatable {
    public var resource: Resource
    public var key: String
    public var value: String

    public init(resource: Resource, key: String, value: String) {
      self.resource = resource
      self.key = key
      self.value = value
    }
  }

  /// A tag row being edited: key and value inputs; `index` is nil for a new row.
  public struct TagEdit: Sendable, Equatable {
    public var index: Int?
    public var resource: Resource
    public var key: TextInput
    public var value: TextInput
    public var onValue: Bool
  }

  public var name = TextInput()
  public var description = TextInput()
  public var encrypted = false
  /// nil: the account's default EBS key.
  public var kmsKeyId: String?
  public var copyImageTags = false
  public var tags: [EditableTag] = []
  public var duration = TextInput()
  public var dryRun = false

  /// A fan-out's places with their names (empty for a single copy).
  public var targets: [FanOutTarget] = []
  /// The name row being edited on the `names` field.
  public var targetCursor = 0

  public var focus: Field = .name
  public var tagCursor = ListCursor()
  public var tagEdit: TagEdit?
  public var picker: KeyPicker?
  /// The source the form was prefilled from.
  public var prefilledFrom: String?
  public var dirty = false
  /// The plan of the request as it stands (a fan-out's first copy); recomputed after every edit.
  public var plan: Plan?
  /// A fan-out's plans, one per place in the order of `targets` (empty for a single copy).
  public var fanOutPlans: [Plan] = []
  /// Problems the form itself finds before the rules can (a duration that is not a number).
  public var formFindings: [Finding] = []
  /// The previous form's choices, offered (never applied) when this form started.
  public var lastChoices: LastChoices?

  public init() {}

  /// The fields shown for a resource (snapshots have no name and no image tags to copy; only an AMI
  /// fan-out has a name per place).
  public static func fields(for resource: Resource, fanOut: Bool = false) -> [Field] {
    let fields = fanOut && resource == .image ? Field.allCases : Field.allCases.filter { $0 != .names }
    return resource == .image ? fields : fields.filter { $0 != .name && $0 != .copyImageTags }
  }

  /// The fields of this form.
  public func shownFields(for resource: Resource) -> [Field] { Self.fields(for: resource, fanOut: !targets.isEmpty) }

  /// Prefills from a newly picked source, as the Console does: its name, and a description that
  /// says where the copy came from.
  public mutating func prefill(from item: SourceItem) {
    let original = item.description.map { " " + $0 } ?? ""
    name.set(item.resource == .image ? item.name : "")
    description.set("[Copied \(item.id) from \(item.region)]\(original)")
    if item.encrypted { encrypted = true }
    focus = item.resource == .image ? .name : .description
    prefilledFrom = item.id
    dirty = false
  }

  /// Every finding about the request: the form's own, then the rules' (a fan-out's each naming its place,
  /// once for all places when every copy has it).
  public var findings: [Finding] {
    guard !fanOutPlans.isEmpty else { return formFindings + (plan?.findings ?? []) }
    var merged: [Finding] = []
    for (target, plan) in zip(targets, fanOutPlans) {
      for finding in plan.findings where !merged.contains(finding) {
        let everywhere = fanOutPlans.allSatisfy { $0.findings.contains(finding) }
        var named = finding
        if !everywhere { named.message = "\(target.place.name): \(finding.message)" }
        if !merged.contains(named) { merged.append(named) }
      }
    }
    return formFindings + merged
  }

  public func findings(for field: Field) -> [Finding] {
    guard let key = field.requestKey else { return [] }
    return findings.filter { $0.field == key }
  }

  public var errors: [Finding] { findings.filter { $0.severity == .error } }
}

extension OptionsState {
  /// The form that gives `request` back (the inverse of `RequestBuilder`): for a restored draft.
  ///
  /// The form counts as edited, so quitting asks before the restored work is lost again.
  public init(restoring request: CopyRequest, from source: SourceItem) {
    self.init()
    name.set(request.name ?? "")
    description.set(request.description ?? "")
    encrypted = request.encrypted ?? false
    kmsKeyId = request.kmsKeyId
    copyImageTags = request.copyImageTags ?? false
    tags =
      (request.tags?.image ?? []).map { EditableTag(resource: .image, key: $0.key, value: $0.value) }
      + (request.tags?.snapshot ?? []).map { EditableTag(resource: .snapshot, key: $0.key, value: $0.value) }
    duration.set(request.completionDurationMinutes.map(String.init) ?? "")
    dryRun = request.dryRun ?? false
    focus = source.resource == .image ? .name : .description
    prefilledFrom = source.id
    dirty = true
  }
}
