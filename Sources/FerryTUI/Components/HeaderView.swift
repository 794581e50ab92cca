import FerryCloud
import Terminal

/// The top line: who and where (account, profile, Region, endpoint), the sandbox unmistakably marked.
enum HeaderView {
  /// The badge the sandbox wears on every screen.
  static let sandboxBadge = " SANDBOX — simulated account "

  static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
    canvas.bar(text(state), row: rect.y, in: rect, .header)
    guard state.identity?.isSandbox == true else { return }
    let badgeWidth = DisplayWidth.of(sandboxBadge)
    let x = max(rect.x, rect.maxX - badgeWidth)
    canvas.text(sandboxBadge, x: x, y: rect.y, .headerSandbox, clip: rect)
  }

  /// The header's words, without the badge. Pure, tested alone.
  static func text(_ state: AppState) -> String {
    guard let identity = state.identity else {
      if case .welcome = state.mode { return " ferry │ no AWS credentials found" }
      return " ferry │ " + (state.identityError ?? "connecting…")
    }
    var parts = [" ferry", "account \(identity.accountId)"]
    if let profile = identity.profile { parts.append("profile \(profile)") }
    parts.append(state.region)
    if let endpoint = identity.endpoint { parts.append(endpoint) }
    return parts.joined(separator: " │ ")
  }
}
