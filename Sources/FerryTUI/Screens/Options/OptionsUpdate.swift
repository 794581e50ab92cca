import FerryCloud
import FerryRules
import Terminal

/// Keys on the options form.
///
/// Every edit re-plans, so each field's findings follow the operator's typing.
enum OptionsUpdate {
  static func perform(_ action: ScreenAction, key: Key, context: KeyContext, _ state: inout AppState) -> [Command] {
    switch context {
    case .keyPicker: return pickerAction(action, &state)
    case .tagEditor: return tagEditAction(action, key: key, &state)
    default: break
    }
    let fields = state.options.shownFields(for: state.source.chosen?.resource ?? .image)
    let position = fields.firstIndex(of: state.options.focus) ?? 0
    let onPlaces = state.options.onPlaceRows
    switch action {
    case .nextField where onPlaces && state.options.targetCursor < state.options.targets.count - 1:
      // The names and keys fields are one row per place: moving steps through them before leaving.
      state.options.targetCursor += 1
    case .previousField where onPlaces && state.options.targetCursor > 0:
      state.options.targetCursor -= 1
    case .nextField:
      state.options.focus = fields[min(fields.count - 1, position + 1)]
      if state.options.onPlaceRows { state.options.targetCursor = 0 }
    case .previousField:
      state.options.focus = fields[max(0, position - 1)]
      if state.options.onPlaceRows { state.options.targetCursor = max(0, state.options.targets.count - 1) }
    case .openReview:
      return ReviewUpdate.open(&state)
    case .reuseChoices:
      guard let last = state.options.lastChoices else { return [] }
      state.options.lastChoices = nil
      state.notice = .info(last.apply(to: &state.options, resource: state.source.chosen?.resource ?? .image))
      changed(&state)
    case .edit:
      let edited: Bool
      switch state.options.focus {
      case .name: edited = state.options.name.apply(key)
      case .description: edited = state.options.description.apply(key)
      case .duration: edited = state.options.duration.apply(key)
      case .names: edited = editTargetName(key, &state.options)
      default: edited = false
      }
      if edited {
        if state.options.focus == .name { state.reproposeNames() }
        changed(&state)
      }
    case .toggle:
      switch state.options.focus {
      case .encrypted: state.options.encrypted.toggle()
      case .copyImageTags: state.options.copyImageTags.toggle()
      case .dryRun: state.options.dryRun.toggle()
      default: return []
      }
      changed(&state)
    case .openKeyPicker where state.options.focus == .keys:
      guard let target = state.options.selectedTarget, let region = state.region(of: target.place.spec) else {
        return []
      }
      state.options.picker = KeyPicker(region: region, place: state.options.targetCursor)
      return state.loadKeys(in: region)
    case .openKeyPicker:
      guard let region = state.destinationRegion else { return [] }
      state.options.picker = KeyPicker(region: region)
      return state.loadKeysIfNeeded()
    case .clearKey where state.options.focus == .keys:
      guard state.options.selectedTarget != nil else { return [] }
      state.options.targets[state.options.targetCursor].key = .shared
      changed(&state)
    case .clearKey:
      state.options.kmsKeyId = nil
      changed(&state)
    case .move(let motion):
      state.options.tagCursor.move(motion, count: state.options.tags.count, page: 5)
    case .addTag, .editTag, .deleteTag, .switchTagResource:
      tagsAction(action, &state)
    default:
      break
    }
    return []
  }

  /// Types into the selected place's name; a name typed in is the operator's, never re-proposed.
  private static func editTargetName(_ key: Key, _ options: inout OptionsState) -> Bool {
    guard options.targets.indices.contains(options.targetCursor) else { return false }
    guard options.targets[options.targetCursor].name.apply(key) else { return false }
    options.targets[options.targetCursor].edited = true
    return true
  }

  /// Marks the form edited and re-plans.
  static func changed(_ state: inout AppState) {
    state.options.dirty = true
    state.replan()
  }

  // MARK: - KMS key picker

  private static func pickerAction(_ action: ScreenAction, _ state: inout AppState) -> [Command] {
    guard let picker = state.options.picker else { return [] }
    let keys = OptionsKeys.pickerKeys(state)
    switch action {
    case .move(let motion):
      // Row 0 is "the default EBS key"; rows 1… are the keys.
      state.options.picker?.cursor.move(motion, count: keys.count + 1, page: 8)
    case .decline:
      state.options.picker = nil
    case .useKey:
      // The key map refuses unusable keys with the reason before this runs.
      let row = picker.cursor.selected
      let key = keys.indices.contains(row - 1) ? KeyPicker.reference(keys[row - 1]) : nil
      if let place = picker.place, state.options.targets.indices.contains(place) {
        state.options.targets[place].key = key.map(OptionsState.PlaceKey.key) ?? .regionDefault
      } else {
        state.options.kmsKeyId = key
      }
      if key != nil { state.options.encrypted = true }
      state.options.picker = nil
      changed(&state)
    case .reload:
      state.kmsKeys[picker.region] = nil
      return state.loadKeys(in: picker.region)
    default:
      break
    }
    return []
  }

  // MARK: - Tags

  private static func tagsAction(_ action: ScreenAction, _ state: inout AppState) {
    let resource: Resource = state.source.chosen?.resource ?? .image
    let selected = state.options.tagCursor.selected
    let exists = state.options.tags.indices.contains(selected)
    switch action {
    case .addTag:
      state.options.tagEdit = .init(
        index: nil, resource: resource, key: TextInput(), value: TextInput(), onValue: false)
    case .editTag where !exists:
      // Enter on an empty tag list adds the first tag.
      state.options.tagEdit = .init(
        index: nil, resource: resource, key: TextInput(), value: TextInput(), onValue: false)
    case .editTag:
      let tag = state.options.tags[selected]
      state.options.tagEdit = .init(
        index: selected, resource: tag.resource, key: TextInput(tag.key), value: TextInput(tag.value), onValue: false)
    case .deleteTag where exists:
      state.options.tags.remove(at: selected)
      state.options.tagCursor.clamp(count: state.options.tags.count)
      changed(&state)
    case .switchTagResource where exists && resource == .image:
      state.options.tags[selected].resource = state.options.tags[selected].resource == .image ? .snapshot : .image
      changed(&state)
    default:
      break
    }
  }

  private static func tagEditAction(_ action: ScreenAction, key: Key, _ state: inout AppState) -> [Command] {
    guard var edit = state.options.tagEdit else { return [] }
    switch action {
    case .decline:
      state.options.tagEdit = nil
      return []
    case .switchTagPart:
      edit.onValue.toggle()
    case .nextTagPart where !edit.onValue:
      edit.onValue = true
    case .nextTagPart:
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
    case .switchTagResource:
      edit.resource = edit.resource == .image ? .snapshot : .image
    case .edit:
      if edit.onValue { _ = edit.value.apply(key) } else { _ = edit.key.apply(key) }
    default:
      break
    }
    state.options.tagEdit = edit
    return []
  }
}
