// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

namespace factora::core {

/** @brief What DispatchAttachmentBuilder attaches: the PDF alone, or a zip with the PDF and the original XML. */
enum class DispatchAttachmentKind { Pdf, Zip };

} // namespace factora::core
