// The wide-character ncurses API. SwiftPM drops pkg-config's -D flags, so the feature macros that
// expose wget_wch, cchar_t and friends are defined here, before curses.h is read.
//
// Swift 6 rejects global mutable C state (stdscr, COLS, LINES, ESCDELAY) and cannot call
// function-like macros (A_*, COLOR_PAIR, KEY_F), so the static inline helpers below wrap them.
#ifndef FERRY_CNCURSES_SHIM_H
#define FERRY_CNCURSES_SHIM_H
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *ferry_stdscr(void) { return stdscr; }
static inline int ferry_cols(void) { return COLS; }
static inline int ferry_lines(void) { return LINES; }
static inline int ferry_colors(void) { return COLORS; }
static inline int ferry_color_pairs(void) { return COLOR_PAIRS; }
static inline void ferry_set_escdelay(int milliseconds) { set_escdelay(milliseconds); }

static inline attr_t ferry_a_normal(void) { return A_NORMAL; }
static inline attr_t ferry_a_bold(void) { return A_BOLD; }
static inline attr_t ferry_a_dim(void) { return A_DIM; }
static inline attr_t ferry_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ferry_a_reverse(void) { return A_REVERSE; }
static inline attr_t ferry_a_italic(void) { return A_ITALIC; }

static inline int ferry_key_code_yes(void) { return KEY_CODE_YES; }
static inline int ferry_key_f(int n) { return KEY_F(n); }

/// Draws one cell: a base character and up to CCHARW_MAX - 1 combining marks.
static inline int ferry_put_cell(int y, int x, const wchar_t *text, int count, attr_t attributes, short pair) {
  wchar_t buffer[CCHARW_MAX + 1];
  // A cluster longer than a cchar_t holds is drawn as its first character.
  int n = count <= CCHARW_MAX ? count : 1;
  for (int i = 0; i < n; i++) buffer[i] = text[i];
  buffer[n] = L'\0';
  cchar_t cell;
  if (setcchar(&cell, buffer, attributes, pair, NULL) != OK) {
    // More than one spacing character (a flag, a ZWJ emoji sequence): draw the first alone,
    // and if even that is refused, a replacement mark, so the cell never keeps stale content.
    buffer[1] = L'\0';
    if (setcchar(&cell, buffer, attributes, pair, NULL) != OK) {
      buffer[0] = L'?';
      if (setcchar(&cell, buffer, attributes, pair, NULL) != OK) return ERR;
    }
  }
  return mvadd_wch(y, x, &cell);
}

/// The codeset of the current locale, e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *ferry_codeset(void) { return nl_langinfo(CODESET); }
#endif
