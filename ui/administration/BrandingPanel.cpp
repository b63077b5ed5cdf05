// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "BrandingPanel.h"

#include "AdminTask.h"
#include "dispatch/DispatchTemplates.h"
#include "invoice/InvoiceBranding.h"
#include "security/Actor.h"
#include "settings/SettingsStore.h"
#include "settings/SharedConfiguration.h"

#include <QCoreApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
const QString NameKey = QStringLiteral("branding.nombre");
const QString LogoKey = QStringLiteral("branding.logo");
const QString PrimaryKey = QStringLiteral("branding.color_principal");
const QString SecondaryKey = QStringLiteral("branding.color_secundario");

struct StoredSettings
{
    QMap<QString, QString> values; ///< branding.* by settings key, templates by configuration key
    QString error;
};

bool isColor(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(text).hasMatch();
}

QString templateLabel(const QString& key)
{
    if (key == QLatin1StringView("dispatch/template_subject"))
        return QCoreApplication::translate("BrandingPanel", "Correo: asunto");
    if (key == QLatin1StringView("dispatch/template_html"))
        return QCoreApplication::translate("BrandingPanel", "Correo: cuerpo HTML");
    if (key == QLatin1StringView("dispatch/template_text"))
        return QCoreApplication::translate("BrandingPanel", "Correo: texto sin formato");
    if (key == QLatin1StringView("dispatch/template_sms"))
        return QCoreApplication::translate("BrandingPanel", "SMS");
    if (key == QLatin1StringView("dispatch/template_caja_vecina"))
        return QCoreApplication::translate("BrandingPanel", "Instrucciones de pago en Caja Vecina");
    return key;
}
} // namespace

BrandingPanel::BrandingPanel(DesktopContext context, core::UserSession session, QWidget* parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_session(std::move(session))
    , m_name(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
    , m_primary(new QLineEdit(this))
    , m_secondary(new QLineEdit(this))
    , m_primarySwatch(new QLabel(this))
    , m_secondarySwatch(new QLabel(this))
    , m_saveBrandingButton(new QPushButton(tr("&Guardar marca"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("brandingPanel"));
    const core::InvoiceBranding defaults;
    m_name->setObjectName(QStringLiteral("brandingNameEdit"));
    m_name->setPlaceholderText(defaults.name);
    m_logo->setObjectName(QStringLiteral("brandingLogoEdit"));
    m_logo->setPlaceholderText(tr("Archivo PNG; vacío: sin logo"));
    m_primary->setObjectName(QStringLiteral("brandingPrimaryColorEdit"));
    m_primary->setPlaceholderText(defaults.primaryColor);
    m_secondary->setObjectName(QStringLiteral("brandingSecondaryColorEdit"));
    m_secondary->setPlaceholderText(defaults.secondaryColor);
    m_saveBrandingButton->setObjectName(QStringLiteral("saveBrandingButton"));
    m_status->setObjectName(QStringLiteral("brandingStatusLabel"));
    m_status->setWordWrap(true);
    for (QLabel* swatch : {m_primarySwatch, m_secondarySwatch})
        swatch->setFixedSize(24, 24);

    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    auto* logoButton = new QPushButton(tr("Elegir…"), this);
    logoButton->setObjectName(QStringLiteral("brandingLogoButton"));
    logoRow->addWidget(logoButton);
    const auto colorRow = [this](QLineEdit* edit, QLabel* swatch, const QString& name) {
        auto* row = new QHBoxLayout;
        row->addWidget(swatch);
        row->addWidget(edit, 1);
        auto* pick = new QPushButton(tr("Elegir…"), this);
        pick->setObjectName(name);
        row->addWidget(pick);
        connect(pick, &QPushButton::clicked, this, [this, edit]() { chooseColor(edit); });
        connect(edit, &QLineEdit::textChanged, this, &BrandingPanel::updateSwatches);
        return row;
    };
    auto* brandingBox = new QGroupBox(tr("Marca de las facturas impresas"), this);
    auto* form = new QFormLayout(brandingBox);
    form->addRow(tr("Nombre"), m_name);
    form->addRow(tr("Logo"), logoRow);
    form->addRow(tr("Color principal"), colorRow(m_primary, m_primarySwatch, QStringLiteral("brandingPrimaryColorButton")));
    form->addRow(tr("Color secundario"), colorRow(m_secondary, m_secondarySwatch, QStringLiteral("brandingSecondaryColorButton")));
    auto* brandingNote = new QLabel(tr("Se aplica a las próximas facturas que se generen."), this);
    brandingNote->setWordWrap(true);
    form->addRow(brandingNote);
    form->addRow(m_saveBrandingButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(brandingBox);

    QStringList templateKeys;
    for (const auto& entry : core::SharedConfiguration::editableKeys()) {
        if (entry.name.startsWith(QLatin1StringView("dispatch/template_")))
            templateKeys << entry.name;
    }
    if (!templateKeys.isEmpty()) {
        m_templateCombo = new QComboBox(this);
        m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
        for (const QString& key : templateKeys)
            m_templateCombo->addItem(templateLabel(key), key);
        m_templateEdit = new QPlainTextEdit(this);
        m_templateEdit->setObjectName(QStringLiteral("templateEdit"));
        m_templateEdit->setPlaceholderText(tr("Vacío: la plantilla de la carpeta configurada o la incluida en Factora"));
        m_preview = new QTextBrowser(this);
        m_preview->setObjectName(QStringLiteral("templatePreview"));
        m_saveTemplateButton = new QPushButton(tr("Guardar &plantilla"), this);
        m_saveTemplateButton->setObjectName(QStringLiteral("saveTemplateButton"));
        auto* templatesBox = new QGroupBox(tr("Plantillas de correo y SMS"), this);
        auto* templatesLayout = new QVBoxLayout(templatesBox);
        auto* placeholders = new QLabel(tr("Marcadores disponibles: %1")
                                            .arg(core::DispatchTemplates::placeholders().join(QStringLiteral(", "))),
                                        this);
        placeholders->setWordWrap(true);
        templatesLayout->addWidget(m_templateCombo);
        templatesLayout->addWidget(placeholders);
        auto* editors = new QHBoxLayout;
        editors->addWidget(m_templateEdit, 1);
        editors->addWidget(m_preview, 1);
        templatesLayout->addLayout(editors, 1);
        auto* templateNote = new QLabel(tr("Las plantillas valen para todos los programas; factora-server las lee al "
                                           "iniciarse: reinícielo para aplicar un cambio."),
                                        this);
        templateNote->setWordWrap(true);
        templatesLayout->addWidget(templateNote);
        templatesLayout->addWidget(m_saveTemplateButton, 0, Qt::AlignRight);
        layout->addWidget(templatesBox, 1);
        connect(m_templateCombo, &QComboBox::currentIndexChanged, this, &BrandingPanel::showTemplate);
        connect(m_templateEdit, &QPlainTextEdit::textChanged, this, &BrandingPanel::updatePreview);
        connect(m_saveTemplateButton, &QPushButton::clicked, this, &BrandingPanel::saveTemplate);
    } else {
        layout->addStretch();
    }
    layout->addWidget(m_status);

    connect(logoButton, &QPushButton::clicked, this, &BrandingPanel::chooseLogo);
    connect(m_saveBrandingButton, &QPushButton::clicked, this, &BrandingPanel::saveBranding);
    reload();
}

void BrandingPanel::reload()
{
    const core::Clock* clock = m_context.clock;
    AdminTask::run<StoredSettings>(
        this, m_context.database,
        [clock](core::Database& database) {
            StoredSettings stored;
            auto all = core::SettingsStore(database, *clock).all();
            auto shared = core::SharedConfiguration(database, *clock).overrides();
            if (!all || !shared) {
                stored.error = !all ? all.error().message() : shared.error().message();
                return stored;
            }
            for (const QString& key : {NameKey, LogoKey, PrimaryKey, SecondaryKey})
                stored.values.insert(key, all->value(key));
            for (auto it = shared->cbegin(); it != shared->cend(); ++it)
                stored.values.insert(it.key(), it.value());
            return stored;
        },
        [this](const StoredSettings& stored) {
            if (!stored.error.isEmpty())
                m_status->setText(stored.error);
            m_stored = stored.values;
            m_name->setText(m_stored.value(NameKey));
            m_logo->setText(m_stored.value(LogoKey));
            m_primary->setText(m_stored.value(PrimaryKey));
            m_secondary->setText(m_stored.value(SecondaryKey));
            updateSwatches();
            showTemplate();
            emit loaded();
        });
}

void BrandingPanel::updateSwatches()
{
    const core::InvoiceBranding defaults;
    for (auto [edit, swatch, fallback] : {std::tuple{m_primary, m_primarySwatch, defaults.primaryColor},
                                          std::tuple{m_secondary, m_secondarySwatch, defaults.secondaryColor}}) {
        const QString text = edit->text().trimmed().isEmpty() ? fallback : edit->text().trimmed();
        swatch->setStyleSheet(isColor(text) ? QStringLiteral("background:%1;border:1px solid gray").arg(text)
                                            : QStringLiteral("border:1px dashed red"));
    }
}

void BrandingPanel::chooseLogo()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Logo"), m_logo->text(), tr("Imágenes PNG (*.png)"));
    if (!file.isEmpty())
        m_logo->setText(file);
}

void BrandingPanel::chooseColor(QLineEdit* edit)
{
    const QColor color = QColorDialog::getColor(QColor::fromString(edit->text().trimmed()), this, tr("Color"));
    if (color.isValid())
        edit->setText(color.name());
}

void BrandingPanel::saveBranding()
{
    QMap<QString, QString> wanted{{NameKey, m_name->text().trimmed()},
                                  {LogoKey, m_logo->text().trimmed()},
                                  {PrimaryKey, m_primary->text().trimmed()},
                                  {SecondaryKey, m_secondary->text().trimmed()}};
    for (const QString& key : {PrimaryKey, SecondaryKey}) {
        if (!wanted.value(key).isEmpty() && !isColor(wanted.value(key))) {
            const QString message = tr("%1: «%2» no es un color; escriba #rrggbb, como #0b5d7a.").arg(key, wanted.value(key));
            m_status->setText(message);
            emit actionFinished(false, message);
            return;
        }
    }
    const QString logo = wanted.value(LogoKey);
    if (!logo.isEmpty() && (!QFileInfo(logo).isFile() || QImageReader::imageFormat(logo) != "png")) {
        const QString message = tr("El logo «%1» no es un archivo PNG legible.").arg(logo);
        m_status->setText(message);
        emit actionFinished(false, message);
        return;
    }
    const QMap<QString, QString> stored = m_stored;
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    m_saveBrandingButton->setEnabled(false);
    AdminTask::run<AdminActionOutcome>(
        this, m_context.database,
        [session, clock, wanted, stored](core::Database& database) {
            core::SettingsStore settings(database, *clock);
            const core::Actor actor = core::Actor::user(session);
            for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
                if (stored.value(it.key()) == it.value())
                    continue;
                if (auto set = settings.setValue(actor, it.key(), it.value()); !set)
                    return AdminActionOutcome{false, set.error().message(), {}, 0};
            }
            return AdminActionOutcome{true, QCoreApplication::translate("BrandingPanel", "Marca guardada."), {}, 0};
        },
        [this](const AdminActionOutcome& outcome) {
            m_saveBrandingButton->setEnabled(true);
            m_status->setText(outcome.message);
            if (outcome.ok)
                reload();
            emit actionFinished(outcome.ok, outcome.message);
        });
}

void BrandingPanel::showTemplate()
{
    if (!m_templateCombo)
        return;
    const QString key = m_templateCombo->currentData().toString();
    const QString shared = m_stored.value(key);
    m_templateEdit->setPlainText(shared.isEmpty() ? m_context.configuration.value(key) : shared);
    updatePreview();
}

QString BrandingPanel::previewText() const
{
    return m_preview ? m_preview->toPlainText() : QString();
}

void BrandingPanel::updatePreview()
{
    if (!m_templateCombo)
        return;
    const QString key = m_templateCombo->currentData().toString();
    QMap<QString, QString> overrides;
    for (const auto& entry : core::SharedConfiguration::editableKeys()) {
        if (!entry.name.startsWith(QLatin1StringView("dispatch/")))
            continue;
        const QString shared = m_stored.value(entry.name);
        overrides.insert(entry.name, shared.isEmpty() ? m_context.configuration.value(entry.name) : shared);
    }
    overrides.insert(key, m_templateEdit->toPlainText());
    if (overrides.value(QStringLiteral("dispatch/link_domain")).isEmpty())
        overrides.insert(QStringLiteral("dispatch/link_domain"), QStringLiteral("pagos.ejemplo.cl"));
    overrides.insert(QStringLiteral("dispatch/template_dir"), m_context.configuration.value(QStringLiteral("dispatch/template_dir")));
    auto configuration = core::Configuration::load(QString(), QProcessEnvironment(), overrides);
    if (!configuration) {
        m_preview->setPlainText(configuration.error().message());
        return;
    }
    auto templates = core::DispatchTemplates::fromConfiguration(configuration.value());
    if (!templates) {
        m_preview->setPlainText(tr("La plantilla no sirve: %1").arg(templates.error().message()));
        return;
    }
    core::DispatchTemplateValues values;
    values.debtorName = tr("Comercial Ejemplo Ltda.");
    values.debtorRut = QStringLiteral("76354771-K");
    values.folio = 1234;
    values.tipo = 33;
    values.amount = core::Money::fromPesos(1190000);
    values.dueDate = m_context.clock->nowUtc().date().addDays(30);
    values.emitterName = tr("Cedente Ejemplo SpA");
    values.emitterRut = QStringLiteral("77222222-3");
    const auto mail = templates->renderMail(values);
    if (key == QLatin1StringView("dispatch/template_subject")) {
        m_preview->setPlainText(mail.subject);
    } else if (key == QLatin1StringView("dispatch/template_html")) {
        m_preview->setHtml(mail.html);
    } else if (key == QLatin1StringView("dispatch/template_text")) {
        m_preview->setPlainText(mail.text);
    } else if (key == QLatin1StringView("dispatch/template_sms")) {
        auto sms = templates->renderSms(values, 10);
        m_preview->setPlainText(sms ? sms.value() : sms.error().message());
    } else {
        m_preview->setPlainText(templates->cajaVecinaInstructions(values));
    }
}

void BrandingPanel::saveTemplate()
{
    const QString key = m_templateCombo->currentData().toString();
    QString value = m_templateEdit->toPlainText();
    if (value == m_context.configuration.value(key))
        value.clear(); // the same as this computer's: no shared value needed
    if (auto valid = core::SharedConfiguration::validate(key, value); !valid) {
        m_status->setText(valid.error().message());
        emit actionFinished(false, valid.error().message());
        return;
    }
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    m_saveTemplateButton->setEnabled(false);
    AdminTask::run<AdminActionOutcome>(
        this, m_context.database,
        [session, clock, key, value](core::Database& database) {
            if (auto set = core::SharedConfiguration(database, *clock).setValue(core::Actor::user(session), key, value); !set)
                return AdminActionOutcome{false, set.error().message(), {}, 0};
            return AdminActionOutcome{true, QCoreApplication::translate("BrandingPanel", "Plantilla guardada; se aplica al reiniciar el servidor."), {}, 0};
        },
        [this](const AdminActionOutcome& outcome) {
            m_saveTemplateButton->setEnabled(true);
            m_status->setText(outcome.message);
            if (outcome.ok)
                reload();
            emit actionFinished(outcome.ok, outcome.message);
        });
}

} // namespace factora::ui
