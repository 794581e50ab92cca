import FerryRules
import Foundation

/// Turns what the operator chose and typed into the request document the rules plan.
///
/// Pure. Empty text means "not given"; a toggle left off is not sent, so the API's default applies. A
/// form with fan-out targets gives a fan-out document (`destinations`, each place's own `name` and
/// `kmsKeyId` where they differ from the request's).
public enum RequestBuilder {
  /// The request, plus the form's own findings (a duration that is not a whole number).
  public static func request(source: SourceItem, destination: DestinationSpec, form: OptionsState) -> (
    CopyRequest, [Finding]
  ) {
    var formFindings: [Finding] = []
    let isImage = source.resource == .image
    var request = CopyRequest(resource: source.resource, source: source.sourceSpec, destination: destination)
    if isImage { request.name = form.name.text }
    request.description = form.description.text.isEmpty ? nil : form.description.text
    request.encrypted = form.encrypted ? true : nil
    request.kmsKeyId = form.kmsKeyId
    request.copyImageTags = isImage && form.copyImageTags ? true : nil
    let imageTags = form.tags.filter { $0.resource == .image }.map { Tag(key: $0.key, value: $0.value) }
    let snapshotTags = form.tags.filter { $0.resource == .snapshot }.map { Tag(key: $0.key, value: $0.value) }
    if !imageTags.isEmpty || !snapshotTags.isEmpty {
      request.tags = TagSets(
        image: imageTags.isEmpty ? nil : imageTags, snapshot: snapshotTags.isEmpty ? nil : snapshotTags)
    }
    let duration = form.duration.text.trimmingCharacters(in: .whitespaces)
    if !duration.isEmpty {
      if let minutes = Int(duration) {
        request.completionDurationMinutes = minutes
      } else {
        formFindings.append(
          Finding(
            .error, "completionDurationMinutes", .durationNotANumber,
            "The completion duration must be a whole number of minutes (15, 30, … 2880)."))
      }
    }
    request.dryRun = form.dryRun ? true : nil
    if !form.targets.isEmpty {
      // A fan-out: every place, each with its own name and key where they differ from the shared ones.
      let keys = form.targets.map { $0.key.resolved(shared: form.kmsKeyId) }
      // A document cannot say "the Region's default key" for one place under a request-level key: then
      // the request names none and every place its own.
      if form.kmsKeyId != nil, keys.contains(nil) { request.kmsKeyId = nil }
      request.destinations = zip(form.targets, keys).map { target, key in
        var spec = target.place.spec
        if isImage, target.name.text != form.name.text { spec.name = target.name.text }
        if key != request.kmsKeyId { spec.kmsKeyId = key }
        return spec
      }
    }
    return (request, formFindings)
  }
}
