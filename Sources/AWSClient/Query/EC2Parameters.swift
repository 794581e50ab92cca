import FerryCloud
import FerryRules

/// Builds the API parameters of ferry's read calls from its query types.
///
/// Names are the API reference's (the serializer applies the wire renames). Pure: no I/O.
public enum EC2Parameters {
  public static func describeImages(_ query: ImageQuery, nextToken: String?) -> [String: APIValue] {
    var parameters: [String: APIValue] = [:]
    parameters["Owners"] = strings(query.owners)
    parameters["ExecutableUsers"] = strings(query.executableBy)
    parameters["ImageIds"] = strings(query.imageIds)
    parameters["Filters"] = filters(query.filters)
    parameters["MaxResults"] = query.maxResults.map(APIValue.integer)
    parameters["NextToken"] = nextToken.map(APIValue.string)
    return parameters.compactMapValues { $0 }
  }

  public static func describeSnapshots(_ query: SnapshotQuery, nextToken: String?) -> [String: APIValue] {
    var parameters: [String: APIValue] = [:]
    parameters["OwnerIds"] = strings(query.owners)
    parameters["RestorableByUserIds"] = strings(query.restorableBy)
    parameters["SnapshotIds"] = strings(query.snapshotIds)
    parameters["Filters"] = filters(query.filters)
    parameters["MaxResults"] = query.maxResults.map(APIValue.integer)
    parameters["NextToken"] = nextToken.map(APIValue.string)
    return parameters.compactMapValues { $0 }
  }

  /// Empty lists are left out here already, so the parameters read as what is sent.
  private static func strings(_ values: [String]) -> APIValue? {
    values.isEmpty ? nil : .list(values.map(APIValue.string))
  }

  private static func filters(_ filters: [FerryCloud.Filter]) -> APIValue? {
    guard !filters.isEmpty else { return nil }
    return .list(
      filters.map { filter in
        .structure(["Name": .string(filter.name), "Values": .list(filter.values.map(APIValue.string))])
      })
  }
}
