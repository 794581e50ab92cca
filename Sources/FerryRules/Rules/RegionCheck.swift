/// What the rules say about a Region someone wants to work in (the TUI's `:region`): whether the account has
/// it and has enabled it, with how to enable it.
///
/// The same check a request's `source.region` gets. Pure.
public enum RegionCheck {
  /// The findings about `region` against `catalog` (none when the catalog lists no Regions).
  public static func findings(_ region: String, catalog: Catalog) -> [Finding] {
    var findings: [Finding] = []
    _ = Places.source(SourceSpec(id: "", region: region), catalog: catalog, findings: &findings)
    return findings
  }
}
