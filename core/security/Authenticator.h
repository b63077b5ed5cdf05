// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "UserSession.h"
#include "common/Result.h"

namespace factora::core {

/**
 * @brief Checks a user name and password and opens a session; the seam the login dialog talks to.
 *
 * Failures are Unauthenticated (wrong name or password, without saying which), Locked (too many failures
 * or disabled account) or Storage.
 */
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual Result<UserSession> authenticate(const QString& username, const QString& password) = 0;
};

} // namespace factora::core
