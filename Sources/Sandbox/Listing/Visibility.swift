/// Which AMIs and snapshots an account can see and use: its own, those shared with it, public ones.
///
/// Pure.
enum Visibility {
  static func canSee(_ record: ImageRecord, accountId: String) -> Bool {
    record.image.ownerId == accountId || record.image.isPublic || record.sharedWith.contains(accountId)
  }

  static func canSee(_ record: SnapshotRecord, accountId: String) -> Bool {
    record.snapshot.ownerId == accountId || record.sharedWith.contains(accountId)
      || record.sharedWith.contains("all")
  }
}
