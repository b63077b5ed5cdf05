// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace factora::core {

/** @brief A built and signed AEC. */
struct AecBuildResult
{
    QByteArray xml; ///< the whole file, ISO-8859-1, ready to write
    int seqCesion = 0; ///< SeqCesion of the cession just added (1 for a first cession)
    QString documentoAecId; ///< ID of DocumentoAEC
    QString documentoDteCedidoId; ///< ID of DocumentoDTECedido (the previous file's on a re-cession)
    QString documentoCesionId; ///< ID of the new DocumentoCesion
    QStringList warnings; ///< in Spanish: anything cut where the SII's rule allows it, and similar notes
};

} // namespace factora::core
