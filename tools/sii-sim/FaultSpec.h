// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace factora::siisim {

/** @brief One bounded fault to inject, as given by `--fault TARGET:KIND[:MS][:COUNT]`. */
struct FaultSpec
{
    /** @brief Which requests the fault applies to. */
    enum class Target { Seed, Token, Upload, Status, Any };
    /** @brief What the fault does. */
    enum class Kind {
        Http500, ///< HTTP 500 with an HTML body, request not processed
        Error500Body, ///< HTTP 200 with the literal body "Error 500", not processed
        Html, ///< HTTP 200 with an HTML page instead of XML, not processed
        Empty, ///< HTTP 200 with an empty body, not processed
        Slow, ///< wait delayMs, then process normally
        Drop, ///< close the connection without answering, not processed
        TokenExpire, ///< issue the token already expired (token requests only)
    };

    Target target = Target::Any;
    Kind kind = Kind::Http500;
    int delayMs = 0; ///< Slow only
    int count = 1; ///< how many matching requests get the fault

    /** @brief Parses @p spec; InvalidInput naming what is wrong. */
    static core::Result<FaultSpec> parse(const QString& spec);

    /** @brief True when the fault applies to requests of @p requestTarget (never Any). */
    bool matches(Target requestTarget) const;
};

} // namespace factora::siisim
