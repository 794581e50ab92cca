import FerryCloud
import Terminal

/// The top line: who and where (account, profile, Region, endpoint), the sandbox unmistakably marked.
enum HeaderView {
  /// The badge the sandbox wears on every screen.
  static let sandboxBadge = " SANDBOX — simulated account "

  static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
    let badge = state.identity?.isSandbox == true ? DisplayWidth.of(sandboxBadge) : 0
    canvas.bar(text(state, width: rect.width - badge), row: rect.y, in: rect, .header)
    guard state.identity?.isSandbox == true else { return }
    let badgeWidth = DisplayWidth.of(sandboxBadge)
    let x = max(rect.x, rect.maxX - badgeWidth)
    canvas.text(sandboxBadge, x: x, y: rect.y, .headerSandbox, clip: rect)
  }

  /// The header's words, without the badge.
  ///
  /// Pure, tested alone.
  static func text(_ state: AppState, width: Int = .max) -> String {
    guard let identity = state.identity else {
      if case .welcome(let info) = state.mode {
        return info.credentialsMissing
          ? " ferry │ no AWS credentials found" : " ferry │ the AWS account could not be opened"
      }
      return " ferry │ " + (state.identityError ?? "connecting…")
    }
    var parts = [" ferry", "account \(identity.accountId)"]
    if let profile = identity.profile { parts.append("profile \(profile)") }
    parts.append("Region \(state.region)")
    if let endpoint = identity.endpoint { parts.append(endpoint) }
    let full = parts.joined(separator: " │ ")
    guard DisplayWidth.of(full) > width else { return full }
    // Narrow: drop the labels, keep the values.
    var compact = [" ferry", identity.accountId]
    if let profile = identity.profile { compact.append(profile) }
    compact.append(state.region)
    if let endpoint = identity.endpoint { compact.append(endpoint) }
    return compact.joined(separator: " │ ")
  }
}
