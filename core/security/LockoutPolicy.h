// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

namespace factora::core {

/** @brief After @c threshold wrong passwords in a row an account is locked for @c minutes. */
struct LockoutPolicy
{
    int threshold = 5;
    int minutes = 15;
};

} // namespace factora::core
