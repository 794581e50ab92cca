import FerryRules

/// The options form: name, description, encryption and key, tags, time-based duration, dry run.
///
/// Work in progress lives here and survives going back and forth between screens; `dirty` says it
/// has edits the operator has not submitted or saved (quitting then asks first).
public struct OptionsState: Sendable, Equatable {
  public enum Field: String, Sendable, Equatable, CaseIterable {
    case name, names, description, encrypted, kmsKey, keys, copyImageTags, tags, duration, dryRun, review

    /// The request-document key whose findings show under this field.
    public var requestKey: String? {
      switch self {
      case .name: "name"
      case .names, .keys: nil
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

  /// The KMS key one place of a fan-out encrypts with.
  public enum PlaceKey: Sendable, Equatable {
    /// The form's key (`kmsKeyId`), whatever it is.
    case shared
    /// The default EBS key of the place's Region, whatever the form's key is.
    case regionDefault
    /// A key of the place's Region (KMS keys are regional: one ARN cannot serve two Regions).
    case key(String)

    /// The key the place's copy names (nil: the Region's default EBS key).
    public func resolved(shared: String?) -> String? {
      switch self {
      case .shared: shared
      case .regionDefault: nil
      case .key(let key): key
      }
    }
  }

  /// One place of a fan-out with the AMI name its copy gets (proposed by `FanOutNames`, or typed) and
  /// its KMS key.
  public struct FanOutTarget: Sendable, Equatable {
    public var place: DestinationRow
    public var name: TextInput
    /// True once the operator typed in it: a change of the shared name no longer re-proposes it.
    public var edited = false
    public var key = PlaceKey.shared

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
  /// The place row selected on the `names` or `keys` field.
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

  /// The fields shown for a resource (snapshots have no name and no image tags to copy; only a fan-out
  /// has a key per place, and only an AMI fan-out a name per place).
  public static func fields(for resource: Resource, fanOut: Bool = false) -> [Field] {
    Field.allCases.filter { field in
      switch field {
      case .names: fanOut && resource == .image
      case .keys: fanOut
      case .name, .copyImageTags: resource == .image
      default: true
      }
    }
  }

  /// True on a field with a row per place of a fan-out.
  public var onPlaceRows: Bool { focus == .names || focus == .keys }

  /// The fan-out place at `targetCursor`, if there is one.
  public var selectedTarget: FanOutTarget? { targets.indices.contains(targetCursor) ? targets[targetCursor] : nil }

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

  /// Every finding about the request: the form's own, then the rules' (a fan-out's once each, naming the
  /// places that have it unless every copy does).
  public var findings: [Finding] {
    guard !fanOutPlans.isEmpty else { return formFindings + (plan?.findings ?? []) }
    var merged: [Finding] = []
    for plan in fanOutPlans {
      for finding in plan.findings where !merged.contains(finding) { merged.append(finding) }
    }
    let named = merged.map { finding in
      let places = zip(targets, fanOutPlans).filter { $0.1.findings.contains(finding) }.map(\.0.place.name)
      guard places.count < fanOutPlans.count else { return finding }
      var named = finding
      named.message = "\(places.joined(separator: ", ")): \(finding.message)"
      return named
    }
    return formFindings + named
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
