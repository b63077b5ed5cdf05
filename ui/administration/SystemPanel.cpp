// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SystemPanel.h"

#include "AdminTask.h"
#include "SystemSettingTableModel.h"
#include "security/Actor.h"
#include "settings/SharedConfiguration.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
struct SharedValues
{
    QMap<QString, QString> values;
    QString error;
};

QString sourceText(const QString& source)
{
    if (source == QLatin1StringView("file"))
        return QCoreApplication::translate("SystemPanel", "archivo");
    if (source == QLatin1StringView("environment"))
        return QCoreApplication::translate("SystemPanel", "variable de entorno");
    if (source == QLatin1StringView("command line"))
        return QCoreApplication::translate("SystemPanel", "línea de comandos");
    return QCoreApplication::translate("SystemPanel", "predeterminado");
}
} // namespace

SystemPanel::SystemPanel(DesktopContext context, core::UserSession session, QWidget* parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_session(std::move(session))
    , m_model(new SystemSettingTableModel(this))
    , m_view(new QTableView(this))
    , m_keyLabel(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_saveButton(new QPushButton(tr("&Guardar valor"), this))
    , m_clearButton(new QPushButton(tr("&Quitar valor compartido"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("systemPanel"));
    m_view->setObjectName(QStringLiteral("systemSettingsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(SystemSettingTableModel::Description, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_keyLabel->setObjectName(QStringLiteral("systemKeyLabel"));
    m_value->setObjectName(QStringLiteral("systemValueEdit"));
    m_value->setEnabled(false);
    m_saveButton->setObjectName(QStringLiteral("saveSystemSettingButton"));
    m_saveButton->setEnabled(false);
    m_clearButton->setObjectName(QStringLiteral("clearSystemSettingButton"));
    m_clearButton->setEnabled(false);
    m_status->setObjectName(QStringLiteral("systemStatusLabel"));
    m_status->setWordWrap(true);
    auto* note = new QLabel(tr("Estos valores se guardan en la base de datos compartida y valen para todos los "
                               "programas de Factora. Cada programa los lee al iniciarse: después de un cambio, "
                               "reinicie factora-server (y el programa de escritorio) para aplicarlo. Lo que se "
                               "fije en la línea de comandos de un programa sigue mandando sobre estos valores."),
                            this);
    note->setObjectName(QStringLiteral("systemRestartNote"));
    note->setWordWrap(true);

    auto* editor = new QHBoxLayout;
    editor->addWidget(m_keyLabel);
    editor->addWidget(m_value, 1);
    editor->addWidget(m_clearButton);
    editor->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addLayout(editor);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SystemPanel::onSelectionChanged);
    connect(m_saveButton, &QPushButton::clicked, this, [this]() { save(m_value->text().trimmed()); });
    connect(m_value, &QLineEdit::returnPressed, m_saveButton, &QPushButton::click);
    connect(m_clearButton, &QPushButton::clicked, this, [this]() { save(QString()); });
    reload();
}

void SystemPanel::reload()
{
    const core::Clock* clock = m_context.clock;
    AdminTask::run<SharedValues>(
        this, m_context.database,
        [clock](core::Database& database) {
            SharedValues shared;
            auto values = core::SharedConfiguration(database, *clock).overrides();
            if (!values)
                shared.error = values.error().message();
            else
                shared.values = values.value();
            return shared;
        },
        [this](const SharedValues& shared) {
            if (!shared.error.isEmpty())
                m_status->setText(shared.error);
            QList<SystemSettingTableModel::Row> rows;
            for (const auto& entry : core::SharedConfiguration::editableKeys()) {
                if (entry.name.startsWith(QLatin1StringView("dispatch/template_")))
                    continue; // edited with a preview in "Marca y plantillas"
                const core::ConfigurationKey* key = core::Configuration::findKey(entry.name);
                SystemSettingTableModel::Row row;
                row.key = entry.name;
                row.description = key->description();
                row.localValue = m_context.configuration.value(entry.name);
                row.localSource = m_context.configuration.sourceOf(entry.name);
                row.sharedValue = shared.values.value(entry.name);
                row.needsServerRestart = entry.needsServerRestart;
                rows << row;
            }
            const QString keep = m_selectedKey;
            m_model->setRows(rows);
            const int row = m_model->rowOf(keep);
            if (row >= 0)
                m_view->selectRow(row);
            emit loaded();
        });
}

void SystemPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const SystemSettingTableModel::Row& row = m_model->row(rows.first().row());
    m_selectedKey = row.key;
    m_keyLabel->setText(row.key);
    m_value->setText(row.sharedValue.isEmpty() ? row.localValue : row.sharedValue);
    m_value->setToolTip(tr("En este equipo: «%1» (%2)").arg(row.localValue, sourceText(row.localSource)));
    m_value->setEnabled(true);
    m_saveButton->setEnabled(true);
    m_clearButton->setEnabled(!row.sharedValue.isEmpty());
}

void SystemPanel::save(const QString& value)
{
    if (m_selectedKey.isEmpty())
        return;
    const QString key = m_selectedKey;
    // Checked here first, so a wrong value is answered at once; the core checks it again before storing.
    if (auto valid = core::SharedConfiguration::validate(key, value); !valid) {
        m_status->setText(valid.error().message());
        emit actionFinished(false, valid.error().message());
        return;
    }
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    m_saveButton->setEnabled(false);
    AdminTask::run<AdminActionOutcome>(
        this, m_context.database,
        [session, clock, key, value](core::Database& database) {
            if (auto set = core::SharedConfiguration(database, *clock).setValue(core::Actor::user(session), key, value); !set)
                return AdminActionOutcome{false, set.error().message(), {}, 0};
            return AdminActionOutcome{true,
                                      value.isEmpty()
                                          ? QCoreApplication::translate("SystemPanel", "Se quitó el valor compartido de %1.").arg(key)
                                          : QCoreApplication::translate("SystemPanel", "%1 guardado; se aplica al reiniciar el servidor.").arg(key),
                                      {}, 0};
        },
        [this](const AdminActionOutcome& outcome) {
            m_saveButton->setEnabled(true);
            m_status->setText(outcome.message);
            if (outcome.ok)
                reload();
            emit actionFinished(outcome.ok, outcome.message);
        });
}

} // namespace factora::ui
