import Foundation

/// The two date forms SigV4 uses: `20150830T123600Z` (`X-Amz-Date`) and `20150830` (credential scope).
///
/// Computed with integer arithmetic rather than a `DateFormatter`, which is slow to build and depends on
/// a calendar and locale; the signer formats one date per request. Pure.
struct AMZDate: Sendable, Equatable {
  /// `YYYYMMDD'T'HHMMSS'Z'` in UTC.
  let timestamp: String
  /// `YYYYMMDD` in UTC.
  let day: String

  init(_ date: Date) {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let (year, month, dayOfMonth) = Self.civil(fromDays: days)
    let dayString = Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(dayOfMonth, 2)
    day = dayString
    timestamp =
      dayString + "T" + Self.pad(secondOfDay / 3600, 2) + Self.pad(secondOfDay / 60 % 60, 2)
      + Self.pad(secondOfDay % 60, 2) + "Z"
  }

  /// Converts days since 1970-01-01 to a proleptic Gregorian date.
  ///
  /// Algorithm: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", `civil_from_days`
  /// (http://howardhinnant.github.io/date_algorithms.html#civil_from_days).
  private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPrime = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
    let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
