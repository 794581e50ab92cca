// The module is the header; this file exists because SwiftPM needs a source in every C target.
#include "CLibFuzzer.h"
