// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLatin1StringView>

namespace factora::core {

/**
 * @brief The permission codes checked in core. Roles are granted them in the role_permissions table.
 *
 * Company-scoped permissions (companies.read, ...) are further limited, for a cedente, to the companies
 * the user belongs to; "companies.read_all" lifts that limit.
 */
namespace Permission {
inline constexpr QLatin1StringView CompaniesReadAll{"companies.read_all"};
inline constexpr QLatin1StringView CompaniesRead{"companies.read"};
inline constexpr QLatin1StringView CompaniesManage{"companies.manage"};
inline constexpr QLatin1StringView UsersManage{"users.manage"};
inline constexpr QLatin1StringView SettingsManage{"settings.manage"};
inline constexpr QLatin1StringView AuditRead{"audit.read"};
inline constexpr QLatin1StringView DteImport{"dte.import"};
inline constexpr QLatin1StringView DteApprove{"dte.approve"};
inline constexpr QLatin1StringView CessionSign{"cession.sign"};
inline constexpr QLatin1StringView CessionResubmit{"cession.resubmit"}; ///< resubmit a rejected cession (migration 0004)
inline constexpr QLatin1StringView CollectionsRead{"collections.read"};
inline constexpr QLatin1StringView CollectionsManage{"collections.manage"}; ///< load portfolios (migration 0003)
inline constexpr QLatin1StringView DispatchManage{"dispatch.manage"}; ///< send invoices, resend (migration 0008)
} // namespace Permission

} // namespace factora::core
