// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>

#include <functional>

namespace factora::core {

/** @brief How AecBuilder makes the signatures; the defaults are what every caller should use. */
struct AecBuildOptions
{
    /** @brief Where the signatures are computed. Both procedures give the same bytes (the tests compare them). */
    enum class Signing {
        /// The AEC is assembled as text with every new signature as a template, parsed once, and signed in that one
        /// document in order (DTECedido, each Cesion signature, DocumentoAEC); its tree is then schema-validated.
        InOneDocument,
        /// §3.5 literally: DTECedido and the Cesion each signed in its own standalone document, spliced as text,
        /// then the AEC parsed again, signed, and parsed once more to be schema-validated. Slower; kept as the
        /// reference the default is compared with.
        FragmentByFragment,
    };

    Signing signing = Signing::InOneDocument;

    /**
     * @brief Makes the ID of a new element from its prefix ("DTECedido", "Cesion", "AEC"); an ID already used in the
     * file is asked for again. Empty: the prefix and a random UUID. Tests give fixed IDs to compare outputs.
     */
    std::function<QByteArray(const QByteArray& prefix)> newId;
};

} // namespace factora::core
