// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FaultInjector.h"

namespace factora::siisim {

FaultInjector::FaultInjector(QList<FaultSpec> faults)
    : m_faults(std::move(faults))
{
}

std::optional<FaultSpec> FaultInjector::take(FaultSpec::Target target)
{
    std::lock_guard lock(m_mutex);
    for (FaultSpec& fault : m_faults) {
        if (fault.count > 0 && fault.matches(target)) {
            --fault.count;
            return fault;
        }
    }
    return std::nullopt;
}

} // namespace factora::siisim
