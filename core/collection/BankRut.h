// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"
#include "types/Rut.h"

#include <QList>

namespace factora::core {

/**
 * @brief The RUTs a bank's "rut_cliente" may stand for: the bank sends it with or without dots, hyphen and
 * check digit.
 *
 * With a hyphen or a final 'K' the text must be a complete RUT with a correct check digit. Otherwise it is
 * read both ways: as a RUT whose last digit is the check digit ("177786331" → 17778633-1) and as a body
 * without check digit ("17778633" → 17778633-K computed), keeping the readings that are valid; the caller
 * chooses among them by what it knows (CollectionService prefers the reading with the check digit).
 */
class BankRut
{
public:
    /** @brief At least one candidate, or InvalidInput (e.g. a wrong check digit) naming what is wrong. */
    static Result<QList<Rut>> candidates(const QString& text);
};

} // namespace factora::core
