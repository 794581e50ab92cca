/// Everything a key can ask the TUI to do: the actions of the key maps (`KeyMap<ScreenAction>`).
///
/// A key is looked up in the map of the current `KeyContext`; the action found is what runs, so the
/// footer and the `?` help (drawn from the same map) name exactly the keys that work.
public enum ScreenAction: Sendable, Hashable {
  // Everywhere
  case help, commandLine, back, go(AppState.Screen), quit, suspend
  /// A list movement (the current screen's list).
  case move(ListMove)
  /// The key edits the text being typed (a character, backspace, ctrl-w…).
  case edit
  // The help overlay and the command line
  case scrollHelp(Int), closeHelp
  case complete, runCommand
  // A y/N question, or a prompt: yes, or no / cancel
  case confirm, decline
  // No credentials
  case useSandbox
  // Source and destination lists
  case pick, mark, filter, recallFilter, keepFilter, clearFilter, sort, toggleResource, showImages, showSnapshots
  case toggleDetails, reload
  case restoreDraft
  // Options form
  case nextField, previousField, toggle, openKeyPicker, clearKey, openReview, reuseChoices
  case addTag, editTag, deleteTag, switchTagResource
  // KMS key picker and tag editor
  case useKey, switchTagPart, nextTagPart
  // Review
  case submit, saveRequest, copyCommand, preflight, scroll(Int)
  // Status
  case cancelCopy, refresh
}
