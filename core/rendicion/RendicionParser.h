// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionBankFile.h"
#include "RendicionLayout.h"
#include "common/Result.h"

#include <QByteArray>

namespace factora::core {

/**
 * @brief Reads a bank rendición in a layout, strictly and all or nothing (docs/rendicion.md).
 *
 * Lines end in CRLF or LF (the last one optionally); each must be exactly the record length after decoding
 * with the layout's encoding. The first line is the header, then details, then the control record when the
 * layout defines one and the file has it (last line). Every field is checked against its notation and type;
 * record counts and totals of the header and the control record must equal the details'; detail accounting
 * dates and channels must equal the header's; transactions have at most 5 invoices, each once. The first
 * fault is an InvalidInput error naming the line, the field (with positions) and the reason.
 */
class RendicionParser
{
public:
    /** @brief Most detail records one transaction may have (the bank's limit). */
    static constexpr int maximumInvoicesPerTransaction = 5;

    static Result<RendicionBankFile> parse(const QByteArray& bytes, const RendicionLayout& layout);
};

} // namespace factora::core
