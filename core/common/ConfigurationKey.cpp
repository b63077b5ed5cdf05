// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ConfigurationKey.h"

#include <QCoreApplication>

namespace factora::core {

ConfigurationKey ConfigurationKey::text(const QString& name, const QString& environmentVariable,
                                        const QString& defaultValue, const char* description)
{
    ConfigurationKey key;
    key.m_name = name;
    key.m_environmentVariable = environmentVariable;
    key.m_documentedDefault = defaultValue;
    key.m_description = description;
    return key;
}

ConfigurationKey ConfigurationKey::computed(const QString& name, const QString& environmentVariable,
                                            const QString& documentedDefault, DefaultFunction computeDefault,
                                            const char* description)
{
    ConfigurationKey key = text(name, environmentVariable, documentedDefault, description);
    key.m_computeDefault = computeDefault;
    return key;
}

ConfigurationKey ConfigurationKey::integer(const QString& name, const QString& environmentVariable, int defaultValue,
                                           int minimum, int maximum, const char* description)
{
    Q_ASSERT(minimum <= defaultValue && defaultValue <= maximum);
    ConfigurationKey key = text(name, environmentVariable, QString::number(defaultValue), description);
    key.m_type = Type::Integer;
    key.m_minimum = minimum;
    key.m_maximum = maximum;
    return key;
}

QString ConfigurationKey::defaultValue() const
{
    return m_computeDefault ? m_computeDefault() : m_documentedDefault;
}

QString ConfigurationKey::description() const
{
    return QCoreApplication::translate("ConfigurationKey", m_description);
}

} // namespace factora::core
