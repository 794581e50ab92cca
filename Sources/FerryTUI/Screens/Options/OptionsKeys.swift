import FerryCloud
import Terminal

/// The options form's keys, by focused field, and those of its KMS key picker and tag editor.
enum OptionsKeys {
  typealias Binding = KeyMaps.Binding

  static func bindings(_ field: OptionsState.Field, _ state: AppState) -> [Binding] {
    let navigation = [
      Binding(.nextField, keys: [.tab, .down], label: "next field", help: "Next field", group: "Options"),
      Binding(
        .previousField, keys: [.backTab, .up], label: "previous", help: "Previous field", group: "Options",
        showsInFooter: false),
      Binding(
        .nextField, keys: [.control("n")], label: "next field", help: "Next field", group: "Options",
        showsInFooter: false),
      Binding(
        .previousField, keys: [.control("p")], label: "previous", help: "Previous field", group: "Options",
        showsInFooter: false),
      Binding(.openReview, keys: [.control("g")], label: "review", help: "Go to the review", group: "Options"),
      Binding(
        .reuseChoices, keys: [.control("r")], label: "last choices",
        help: "Apply the previous form's encryption, key, tags, duration and dry run where they fit",
        group: "Options", disabledReason: state.options.lastChoices == nil ? "no earlier choices to reuse" : nil,
        showsInFooter: state.options.lastChoices != nil),
    ]
    let isImage = (state.source.chosen?.resource ?? .image) == .image
    var bindings: [Binding] = []
    switch field {
    case .name, .names, .description, .duration:
      bindings.append(
        Binding(
          .nextField, keys: [.enter], label: "next field", help: "Next field", group: "Options",
          showsInFooter: false))
    case .encrypted, .copyImageTags, .dryRun:
      bindings.append(
        Binding(.toggle, keys: [.character(" "), .enter], label: "toggle", help: "Tick or untick", group: "Options"))
    case .kmsKey:
      bindings += [
        Binding(
          .openKeyPicker, keys: [.enter, .character(" ")], label: "pick key",
          help: "Pick a KMS key of the destination Region", group: "Options",
          disabledReason: state.destinationRegion == nil ? "the destination's Region is not known yet" : nil),
        Binding(
          .clearKey, keys: [.backspace, .delete], label: "default key",
          help: "Use the Region's default EBS key", group: "Options", showsInFooter: false),
      ]
    case .keys:
      let target = state.options.selectedTarget
      bindings += [
        Binding(
          .openKeyPicker, keys: [.enter, .character(" ")], label: "pick key",
          help: "Pick a KMS key of this place's Region", group: "Options",
          disabledReason: target.flatMap { state.region(of: $0.place.spec) } == nil
            ? "this place's Region is not known yet" : nil),
        Binding(
          .clearKey, keys: [.backspace, .delete], label: "reset key",
          help: "Use the form's KMS key for this place", group: "Options",
          disabledReason: target?.key == .shared ? "this place already uses the form's key" : nil),
      ]
    case .tags:
      let none = state.options.tags.isEmpty ? "there are no tags" : nil
      bindings += [
        Binding(.addTag, keys: [.character("a"), .character("+")], label: "add", help: "Add a tag", group: "Tags"),
        Binding(
          .editTag, keys: [.enter, .character("e")], label: "edit", help: "Edit the selected tag (or add one)",
          group: "Tags"),
        Binding(
          .deleteTag, keys: [.character("x"), .character("-"), .delete], label: "delete",
          help: "Delete the selected tag", group: "Tags", disabledReason: none),
      ]
      if isImage {
        bindings.append(
          Binding(
            .switchTagResource, keys: [.character("t")], label: "AMI/snapshot",
            help: "Put the selected tag on the new AMI or on its snapshots", group: "Tags",
            disabledReason: none))
      }
      bindings += [
        Binding(
          .move(.down), keys: [.character("j")], label: "next tag", help: "Next tag", group: "Tags",
          showsInFooter: false),
        Binding(
          .move(.up), keys: [.character("k")], label: "previous tag", help: "Previous tag", group: "Tags",
          showsInFooter: false),
      ]
    case .review:
      bindings.append(
        Binding(
          .openReview, keys: [.enter], label: "review", help: "Go to the review", group: "Options",
          showsInFooter: false))
    }
    // The focused field's own keys first, so the footer shows them before the moves between fields.
    // esc leaves the form even from a text field (letters are typed there; esc cannot be).
    let back = Binding(.back, keys: [.escape], label: "back", help: "Back to Destination", group: "Options")
    return bindings + navigation + (field.isText ? [back] : [])
  }

  static func picker(_ state: AppState) -> [Binding] {
    [
      Binding(
        .useKey, keys: [.enter], label: "use key", help: "Use the selected key", group: "KMS key picker",
        disabledReason: pickerRefusal(state)),
      Binding(.decline, keys: [.escape], label: "close", help: "Close the picker", group: "KMS key picker"),
      Binding(.reload, keys: [.character("r")], label: "reload", help: "List the keys again", group: "KMS key picker"),
    ]
  }

  static func tagEditor(_ state: AppState) -> [Binding] {
    let snapshotSource = state.source.chosen?.resource == .snapshot
    return [
      Binding(
        .switchTagPart, keys: [.tab, .backTab], label: "key/value", help: "Between the key and the value",
        group: "Tag editor"),
      Binding(
        .nextTagPart, keys: [.enter], label: "next/save", help: "To the value, then save the tag",
        group: "Tag editor"),
      Binding(
        .switchTagResource, keys: [.control("t")], label: "AMI/snapshot",
        help: "Put the tag on the new AMI or on its snapshots", group: "Tag editor",
        disabledReason: snapshotSource ? "a snapshot copy has only its own tags" : nil),
      Binding(.decline, keys: [.escape], label: "cancel", help: "Drop the edit", group: "Tag editor"),
    ]
  }

  /// The keys the picker lists: row 0 is the Region's default key.
  static func pickerKeys(_ state: AppState) -> [KMSKey] {
    guard let picker = state.options.picker, case .loaded(let keys)? = state.kmsKeys[picker.region] else { return [] }
    return keys
  }

  private static func pickerRefusal(_ state: AppState) -> String? {
    guard let picker = state.options.picker else { return nil }
    let row = picker.cursor.selected
    let keys = pickerKeys(state)
    guard row > 0, keys.indices.contains(row - 1) else { return nil }
    return keys[row - 1].ebsRefusal
  }
}
