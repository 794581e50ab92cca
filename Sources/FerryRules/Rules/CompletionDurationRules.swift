/// The rules on time-based copies (`completionDurationMinutes`).
///
/// "Specify a completion duration, in 15 minute increments" (15 to 2880 minutes); "not supported when
/// copying … to or from a Local Zone, or to an Outpost."
/// https://docs.aws.amazon.com/ebs/latest/userguide/time-based-copies.html. Pure.
enum CompletionDurationRules {
  static let range = 15...2880
  static let step = 15

  static func check(
    _ minutes: Int?, source: Location?, destination: Location?, findings: inout [Finding]
  ) {
    guard let minutes else { return }
    let field = "completionDurationMinutes"
    if !range.contains(minutes) {
      findings.append(
        Finding(
          .error, field, .completionDurationRange,
          "A time-based copy takes 15 to 2880 minutes (48 hours); \(minutes) is outside that range."))
    } else if minutes % step != 0 {
      let lower = minutes / step * step
      let suggestion = lower < range.lowerBound ? "\(lower + step)" : "\(lower) or \(lower + step)"
      findings.append(
        Finding(
          .error, field, .completionDurationStep,
          "A time-based copy's duration goes in 15-minute steps; \(minutes) is not one (try \(suggestion))."))
    }
    if case .localZone = source {
      findings.append(
        Finding(
          .error, field, .completionDurationLocalZone,
          "Time-based copies are not supported from a Local Zone; remove completionDurationMinutes."))
    } else if case .localZone = destination {
      findings.append(
        Finding(
          .error, field, .completionDurationLocalZone,
          "Time-based copies are not supported to a Local Zone; remove completionDurationMinutes."))
    }
    if case .outpost = destination {
      findings.append(
        Finding(
          .error, field, .completionDurationOutpost,
          "Time-based copies are not supported to an Outpost; remove completionDurationMinutes."))
    }
  }
}
