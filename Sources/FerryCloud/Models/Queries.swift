/// What DescribeImages is asked for.
///
/// Empty lists are not sent.
public struct ImageQuery: Sendable, Equatable {
  /// The owners asked for (Owner.N): `self`, `amazon`, account ids, ….
  public var owners: [String]
  /// `self` or account ids (ExecutableBy.N): "shared with me".
  public var executableBy: [String]
  public var imageIds: [String]
  public var filters: [Filter]
  public var maxResults: Int?

  public init(
    owners: [String] = [], executableBy: [String] = [], imageIds: [String] = [], filters: [Filter] = [],
    maxResults: Int? = nil
  ) {
    self.owners = owners
    self.executableBy = executableBy
    self.imageIds = imageIds
    self.filters = filters
    self.maxResults = maxResults
  }
}

/// What DescribeSnapshots is asked for.
///
/// Empty lists are not sent.
public struct SnapshotQuery: Sendable, Equatable {
  public var owners: [String]
  public var restorableBy: [String]
  public var snapshotIds: [String]
  public var filters: [Filter]
  public var maxResults: Int?

  public init(
    owners: [String] = [], restorableBy: [String] = [], snapshotIds: [String] = [], filters: [Filter] = [],
    maxResults: Int? = nil
  ) {
    self.owners = owners
    self.restorableBy = restorableBy
    self.snapshotIds = snapshotIds
    self.filters = filters
    self.maxResults = maxResults
  }
}

/// An EC2 filter (Filter.N.Name, Filter.N.Value.M).
public struct Filter: Sendable, Equatable {
  public var name: String
  public var values: [String]

  public init(name: String, values: [String]) {
    self.name = name
    self.values = values
  }
}
