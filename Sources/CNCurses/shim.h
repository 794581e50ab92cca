// The wide-character ncurses API. SwiftPM drops pkg-config's -D flags, so the feature macros that
// expose wget_wch, cchar_t and friends are defined here, before curses.h is read.
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
#include <ncursesw/curses.h>
#endif
