// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// One importer: any bytes under a file name whose extension picks the format (FUZZ_EXTENSION).
#include "core/import/importreader.h"
#include "tests/fuzz/fuzzstore.h"

using namespace standpoint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString name = QStringLiteral("fuzz.") + QStringLiteral(FUZZ_EXTENSION);
    auto draft = importing::readBytesForImport(name, fuzz::bytes(data, size), nullptr);
    if (draft) {
        // What the preview and the writer read of a draft must hold together.
        (void)draft->receivedText();
        (void)draft->cleanedText();
    }
    return 0;
}
