// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Configuration.h"
#include "common/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace factora::core {

/** @brief The company data a rendición carries, from the rendicion/... configuration keys. */
struct RendicionSettings
{
    /** @brief The two channels of the bank's contract: Caja Vecina and Internet. */
    static const QStringList& channels();

    QString companyRut; ///< canonical "76354771-K", or empty when not configured
    QMap<QString, QString> convenios; ///< channel → convenio number (digits), only configured ones
    QString notificationChannel = QStringLiteral("CV"); ///< channel the online notifications belong to
    QString layoutFile; ///< layout file, empty for the built-in default

    /**
     * @brief Reads rendicion/company_rut, rendicion/convenio_cv, rendicion/convenio_in,
     * rendicion/notification_channel and rendicion/layout_file.
     * @return a Configuration error naming the key for an invalid RUT, a non-numeric convenio or an unknown
     *         channel
     */
    static Result<RendicionSettings> fromConfiguration(const Configuration& configuration);
};

} // namespace factora::core
