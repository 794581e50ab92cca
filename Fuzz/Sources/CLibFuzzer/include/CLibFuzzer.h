// libFuzzer's entry for programs that have their own main (SwiftPM links every executable target
// through a renamed Swift main, so libFuzzer's own main cannot be used).
// https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library
#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
