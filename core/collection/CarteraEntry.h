// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Receivable.h"

namespace factora::core {

/** @brief One data line of a portfolio file: its line number (the header is line 1) and what it says. */
struct CarteraEntry
{
    int line = 0;
    Receivable receivable;
};

} // namespace factora::core
