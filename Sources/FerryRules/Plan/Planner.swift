/// Plans a copy request: validates it against every rule and works out the one EC2 call it becomes.
///
/// Pure and cheap: the TUI calls it on every keystroke.
public func plan(_ request: CopyRequest, catalog: Catalog) -> Plan {
  // Skeleton: the rules are filled in by the rules work (issue 2).
  Plan()
}
