import Testing

@testable import FerryTUI

@Suite struct FilterIndexTests {
  private func index(_ keys: [String]) -> FilterIndex {
    var index = FilterIndex()
    index.append(keys: keys)
    return index
  }

  @Test(arguments: [
    ("", [0, 1, 2, 3]),
    ("web", [0, 2]),
    ("WEB", [0, 2]),
    ("ami-2", [2]),
    ("team=core", [1, 3]),
    ("nothing", []),
    ("b s", [0]),
  ])
  func matchesSubstringsCaseInsensitively(query: String, expected: [Int]) {
    var index = index(["ami-1 web server", "ami-4 db team=core", "ami-2 web cache", "ami-3 batch team=core"])
    index.setQuery(query)
    #expect(index.matches == expected)
  }

  @Test func aMatchNeverSpansTwoRows() {
    var index = index(["abc", "def"])
    index.setQuery("cd")
    #expect(index.matches == [])
  }

  @Test func narrowingAndWideningGiveTheSameAsAFreshQuery() {
    var index = index((0..<200).map { "ami-\($0) name-\($0 % 7) desc" })
    for query in ["n", "na", "name-3", "name-", "ami-1", "a"] {
      index.setQuery(query)
      var fresh = self.index((0..<200).map { "ami-\($0) name-\($0 % 7) desc" })
      fresh.setQuery(query)
      #expect(index.matches == fresh.matches, "query \(query)")
    }
  }

  @Test func rowsArrivingLaterAreFilteredByTheCurrentQuery() {
    var index = index(["alpha"])
    index.setQuery("beta")
    index.append(keys: ["beta one", "gamma", "Beta two"])
    #expect(index.matches == [1, 3])
    #expect(index.count == 4)
  }
}

// MARK: - Narrowing from where the shorter query matched

@Suite struct FilterIndexNarrowingTests {
  /// Keys where the shorter query's first match is not where the longer one matches.
  private let keys = ["abab-abc", "aab", "xabcabd", "ab", "cab ab abc", "zzz", "ABC upper", "a-b-c abca"]

  private func naive(_ query: String) -> [Int] {
    let needle = query.lowercased()
    return keys.indices.filter { needle.isEmpty || keys[$0].lowercased().contains(needle) }
  }

  @Test(arguments: ["abc", "abca", "ab a", "b-c", "abd", "ab ab abc"])
  func typingOneCharacterAtATimeAgreesWithAPlainSearch(query: String) {
    var index = FilterIndex()
    index.append(keys: keys)
    var typed = ""
    for character in query {
      typed.append(character)
      index.setQuery(typed)
      #expect(index.matches == naive(typed), "\(typed)")
    }
    while !typed.isEmpty {
      typed.removeLast()
      index.setQuery(typed)
      #expect(index.matches == naive(typed), "backspace to \(typed)")
    }
  }

  @Test func rowsAddedWhileFilteringAreMatchedToo() {
    var index = FilterIndex()
    index.append(keys: Array(keys.prefix(4)))
    index.setQuery("ab")
    index.setQuery("abc")
    index.append(keys: Array(keys.dropFirst(4)))
    #expect(index.matches == naive("abc"))
    index.setQuery("abca")
    #expect(index.matches == naive("abca"))
  }
}

// MARK: - The first character of a fresh query, answered from lists kept as rows arrive

@Suite struct FilterIndexFirstCharacterTests {
  /// Keys in three pages: a row longer than a UInt16 offset reaches, upper case, UTF-8, empty keys.
  private let pages: [[String]] = [
    ["web-server ami-0f", "", "DB Primary", String(repeating: "x", count: 70_000) + "q-late w"],
    ["ünïcode café", "team=cache", "zzz", "w"],
    ["staging-web", "Q", "a-b-c", String(repeating: "é", count: 40_000) + "qz"],
  ]

  private func naive(_ query: String, in keys: [String]) -> [Int] {
    let needle = query.lowercased()
    return keys.indices.filter { needle.isEmpty || keys[$0].lowercased().contains(needle) }
  }

  @Test func everyFirstCharacterThenEveryLongerQueryAgreesWithAPlainSearch() {
    var index = FilterIndex()
    var keys: [String] = []
    for page in pages {
      index.append(keys: page)
      keys += page
    }
    for query in ["w", "q", "Q", "é", "ü", "=", "-", "z", "x", "w a", "q-late", "qz", "web", "cafe", "café", "%"] {
      var typed = ""
      for character in query {
        typed.append(character)
        index.setQuery(typed)
        #expect(index.matches == naive(typed, in: keys), "\(typed)")
      }
      index.setQuery("")
    }
  }

  @Test func aFirstCharacterTypedBeforeLaterPagesStillCoversThem() {
    var index = FilterIndex()
    index.append(keys: pages[0])
    index.setQuery("w")
    index.append(keys: pages[1])
    index.setQuery("")
    index.append(keys: pages[2])
    index.setQuery("w")
    let keys = pages.flatMap { $0 }
    #expect(index.matches == naive("w", in: keys))
    index.setQuery("we")
    #expect(index.matches == naive("we", in: keys))
  }
}
