import FerryCore
import Foundation
import Terminal

/// Keys on the status pane: move, cancel a copy (after a confirm), refresh.
enum StatusUpdate {
  static func perform(_ action: ScreenAction, _ state: inout AppState) -> [Command] {
    if let id = state.status.confirmCancel {
      state.status.confirmCancel = nil
      guard action == .confirm else {
        state.notice = .info("Copy \(id) left running.")
        return []
      }
      state.notice = .info("Cancelling \(id)…")
      return [.cancelCopy(id: id)]
    }
    switch action {
    case .move(let motion):
      state.status.cursor.move(motion, count: state.status.copies.count, page: state.layout.body.height / 3)
    case .cancelCopy:
      // The key map refuses a finished copy, with the reason, before this runs.
      guard let copy = state.status.selected, !copy.phase.isFinal else { return [] }
      state.status.confirmCancel = copy.id
    case .refresh:
      return refresh(&state)
    default:
      break
    }
    return []
  }

  static func refresh(_ state: inout AppState) -> [Command] {
    guard !state.status.polling else { return [] }
    state.status.polling = true
    return [.refreshCopies]
  }

  /// On each tick: follow the journal (a `stat` a second, a read only when another write happened —
  /// a `ferry copy` in another window shows up without a key), and poll EC2 when copies are in flight
  /// (or the pane has never loaded) and the interval passed.
  static func tick(_ state: inout AppState) -> [Command] {
    guard state.mode == .running else { return [] }
    var commands: [Command] = []
    let checkDue = state.status.journalCheckedAt.map { state.now.timeIntervalSince($0) >= 1 } ?? true
    if checkDue, !state.status.readingJournal {
      state.status.readingJournal = true
      state.status.journalCheckedAt = state.now
      commands.append(.readJournal(known: state.status.journalMarker))
    }
    guard !state.status.polling else { return commands }
    let due = state.status.nextPoll.map { state.now >= $0 } ?? true
    let wanted = state.status.inFlight || (state.screen == .status && state.status.lastPoll == nil)
    return commands + (due && wanted ? refresh(&state) : [])
  }
}
