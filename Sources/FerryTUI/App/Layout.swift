import Terminal

/// Where each part of the screen goes at the current size.
///
/// Pure arithmetic, shared by update and views.
public struct Layout: Sendable, Equatable {
  /// Below this the terminal layer's "enlarge the window" view shows instead.
  public static let minimumWidth = 60
  public static let minimumHeight = 16

  public var width: Int
  public var height: Int
  public var showDetails: Bool

  public var tooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  public var header: Rect { Rect(x: 0, y: 0, width: width, height: 1) }
  public var tabs: Rect { Rect(x: 0, y: 1, width: width, height: 1) }
  public var body: Rect { Rect(x: 0, y: 2, width: width, height: max(0, height - 4)) }
  /// The notice, filter prompt or command line.
  public var prompt: Rect { Rect(x: 0, y: height - 2, width: width, height: 1) }
  public var footer: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }

  /// Lines given to the source details panel (more on tall screens, none when hidden).
  public var detailsHeight: Int {
    guard showDetails else { return 0 }
    return body.height >= 30 ? 12 : body.height >= 18 ? 8 : 0
  }

  /// Rows of a list on the current screen (body minus the column header and the details panel).
  public var listHeight: Int { max(1, body.height - 1 - detailsHeight) }
}
