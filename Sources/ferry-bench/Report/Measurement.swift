/// One number the bench reports: what was measured, its value, the target it is held to, and the
/// machine's load when it was taken.
///
/// Plain data; formatting lives in `ReportTable`.
struct Measurement: Sendable, Encodable {
  /// A stable id for scripts (`plan.p99`), also the row's name in the table.
  var id: String
  /// What the number is, in words.
  var label: String
  var value: Double
  var unit: Unit
  var target: Target?
  /// How it was measured: sample count, sizes, the command's inputs.
  var detail: String
  /// The 1-minute load average right after the measurement (other builds share the cores).
  var load: Double

  init(_ id: String, _ label: String, _ value: Double, _ unit: Unit, target: Target? = nil, detail: String = "") {
    self.id = id
    self.label = label
    self.value = value
    self.unit = unit
    self.target = target
    self.detail = detail
    self.load = Machine.loadAverage()
  }

  /// Whether the target is met; nil when there is none.
  var met: Bool? { target.map { $0.isMet(by: value) } }

  enum Unit: String, Sendable, Encodable {
    case nanoseconds = "ns"
    case bytes = "B"
    case perSecond = "/s"
    case ratio = "×"
    case count = ""
  }

  /// A bound the value must stay under (`below`) or reach (`atLeast`).
  struct Target: Sendable, Encodable {
    enum Direction: String, Sendable, Encodable {
      case below = "<"
      case atLeast = "≥"
    }

    var direction: Direction
    var bound: Double

    static func below(_ bound: Double) -> Target { Target(direction: .below, bound: bound) }
    static func atLeast(_ bound: Double) -> Target { Target(direction: .atLeast, bound: bound) }

    func isMet(by value: Double) -> Bool {
      switch direction {
      case .below: value < bound
      case .atLeast: value >= bound
      }
    }
  }

  private enum CodingKeys: String, CodingKey {
    case id, label, value, unit, target, met, detail, load
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(label, forKey: .label)
    try container.encode(value, forKey: .value)
    try container.encode(unit, forKey: .unit)
    try container.encodeIfPresent(target, forKey: .target)
    try container.encodeIfPresent(met, forKey: .met)
    try container.encode(detail, forKey: .detail)
    try container.encode(load, forKey: .load)
  }
}
