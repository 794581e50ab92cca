import FerryRules

/// The options form: name, description, encryption and key, tags, time-based duration, dry run.
///
/// Work in progress lives here and survives going back and forth between screens; `dirty` says it
/// has edits the operator has not submitted or saved (quitting then asks first).
public struct OptionsState: Sendable, Equatable {
  public enum Field: String, Sendable, Equatable, CaseIterable {
    case name, description, encrypted, kmsKey, copyImageTags, tags, duration, dryRun, review

    /// The request-document key whose findings show under this field.
    public var requestKey: String? {
      switch self {
      case .name: "name"
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

    public var isText: Bool { self == .name || self == .description || self == .duration }
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

  public var focus: Field = .name
  public var tagCursor = ListCursor()
  public var tagEdit: TagEdit?
  public var picker: KeyPicker?
  /// The source the form was prefilled from.
  public var prefilledFrom: String?
  public var dirty = false
  /// The plan of the request as it stands; recomputed after every edit.
  public var plan: Plan?
  /// Problems the form itself finds before the rules can (a duration that is not a number).
  public var formFindings: [Finding] = []
  /// The previous form's choices, offered (never applied) when this form started.
  public var lastChoices: LastChoices?

  public init() {}

  /// The fields shown for a resource (snapshots have no name and no image tags to copy).
  public static func fields(for resource: Resource) -> [Field] {
    resource == .image ? Field.allCases : Field.allCases.filter { $0 != .name && $0 != .copyImageTags }
  }

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

  /// Every finding about the request: the form's own, then the rules'.
  public var findings: [Finding] { formFindings + (plan?.findings ?? []) }

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
