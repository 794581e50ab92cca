import FerryCloud
import FerryRules
import Terminal

/// Keys on the options form.
///
/// Every edit re-plans, so each field's findings follow the operator's typing.
enum OptionsUpdate {
  static func handle(_ key: Key, _ state: inout AppState) -> [Command] {
    if state.options.picker != nil { return pickerKey(key, &state) }
    if state.options.tagEdit != nil { return tagEditKey(key, &state) }
    let fields = OptionsState.fields(for: state.source.chosen?.resource ?? .image)
    let position = fields.firstIndex(of: state.options.focus) ?? 0
    switch key {
    case .down, .tab, .control("n"):
      state.options.focus = fields[min(fields.count - 1, position + 1)]
      return []
    case .up, .backTab, .control("p"):
      state.options.focus = fields[max(0, position - 1)]
      return []
    case .control("g"):
      return ReviewUpdate.open(&state)
    default:
      break
    }
    let focus = state.options.focus
    if focus.isText {
      if key == .enter {
        state.options.focus = fields[min(fields.count - 1, position + 1)]
        return []
      }
      var edited = false
      switch focus {
      case .name: edited = state.options.name.apply(key)
      case .description: edited = state.options.description.apply(key)
      default: edited = state.options.duration.apply(key)
      }
      if edited { changed(&state) }
      return []
    }
    let toggle = key == .character(" ") || key == .enter
    switch focus {
    case .encrypted where toggle:
      state.options.encrypted.toggle()
      changed(&state)
    case .copyImageTags where toggle:
      state.options.copyImageTags.toggle()
      changed(&state)
    case .dryRun where toggle:
      state.options.dryRun.toggle()
      changed(&state)
    case .kmsKey where key == .enter || key == .character(" "):
      guard let region = state.destinationRegion else { return [] }
      state.options.picker = KeyPicker(region: region)
      return state.loadKeysIfNeeded()
    case .kmsKey where key == .backspace || key == .delete:
      state.options.kmsKeyId = nil
      changed(&state)
    case .tags:
      return tagsKey(key, &state)
    case .review where key == .enter:
      return ReviewUpdate.open(&state)
    default:
      break
    }
    return []
  }

  /// Marks the form edited and re-plans.
  static func changed(_ state: inout AppState) {
    state.options.dirty = true
    state.replan()
  }

  // MARK: - KMS key picker

  private static func pickerKey(_ key: Key, _ state: inout AppState) -> [Command] {
    guard let picker = state.options.picker else { return [] }
    let keys: [KMSKey]
    if case .loaded(let loaded) = state.kmsKeys[picker.region] { keys = loaded } else { keys = [] }
    // Row 0 is "the default EBS key"; rows 1… are the keys.
    let count = keys.count + 1
    if state.options.picker?.cursor.move(key, count: count, page: 8) == true { return [] }
    switch key {
    case .escape:
      state.options.picker = nil
    case .enter:
      let row = picker.cursor.selected
      if row == 0 {
        state.options.kmsKeyId = nil
      } else {
        let chosen = keys[row - 1]
        if let refusal = KeyPicker.refusal(chosen) {
          state.notice = .error("Can't use \(KeyPicker.reference(chosen)): \(refusal)")
          return []
        }
        state.options.kmsKeyId = KeyPicker.reference(chosen)
        if !state.options.encrypted { state.options.encrypted = true }
      }
      state.options.picker = nil
      changed(&state)
    case .character("r"):
      state.kmsKeys[picker.region] = nil
      return state.loadKeysIfNeeded()
    default:
      break
    }
    return []
  }

  // MARK: - Tags

  private static func tagsKey(_ key: Key, _ state: inout AppState) -> [Command] {
    let count = state.options.tags.count
    if key != .up, key != .down, state.options.tagCursor.move(key, count: count, page: 5) { return [] }
    let resource: Resource = state.source.chosen?.resource ?? .image
    switch key {
    case .character("a"), .character("+"):
      state.options.tagEdit = .init(
        index: nil, resource: resource, key: TextInput(), value: TextInput(), onValue: false)
    case .enter, .character("e"):
      guard state.options.tags.indices.contains(state.options.tagCursor.selected) else {
        state.options.tagEdit = .init(
          index: nil, resource: resource, key: TextInput(), value: TextInput(), onValue: false)
        return []
      }
      let tag = state.options.tags[state.options.tagCursor.selected]
      state.options.tagEdit = .init(
        index: state.options.tagCursor.selected, resource: tag.resource, key: TextInput(tag.key),
        value: TextInput(tag.value), onValue: false)
    case .character("x"), .character("-"), .delete:
      guard state.options.tags.indices.contains(state.options.tagCursor.selected) else { return [] }
      state.options.tags.remove(at: state.options.tagCursor.selected)
      state.options.tagCursor.clamp(count: state.options.tags.count)
      changed(&state)
    case .character("t"):
      guard resource == .image, state.options.tags.indices.contains(state.options.tagCursor.selected) else { return [] }
      let index = state.options.tagCursor.selected
      state.options.tags[index].resource = state.options.tags[index].resource == .image ? .snapshot : .image
      changed(&state)
    default:
      break
    }
    return []
  }

  private static func tagEditKey(_ key: Key, _ state: inout AppState) -> [Command] {
    guard var edit = state.options.tagEdit else { return [] }
    switch key {
    case .escape:
      state.options.tagEdit = nil
      return []
    case .tab, .backTab:
      edit.onValue.toggle()
    case .enter where !edit.onValue:
      edit.onValue = true
    case .enter:
      let tag = OptionsState.EditableTag(resource: edit.resource, key: edit.key.text, value: edit.value.text)
      if let index = edit.index, state.options.tags.indices.contains(index) {
        state.options.tags[index] = tag
      } else {
        state.options.tags.append(tag)
        state.options.tagCursor.select(state.options.tags.count - 1, count: state.options.tags.count)
      }
      state.options.tagEdit = nil
      changed(&state)
      return []
    case .control("t"):
      if state.source.chosen?.resource != .snapshot { edit.resource = edit.resource == .image ? .snapshot : .image }
    default:
      if edit.onValue { _ = edit.value.apply(key) } else { _ = edit.key.apply(key) }
    }
    state.options.tagEdit = edit
    return []
  }
}
