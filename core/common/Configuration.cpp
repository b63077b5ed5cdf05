// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Configuration.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    const QString databaseUrlKey = QStringLiteral("database/url");

    QString defaultDatabaseUrl()
    {
        const QString file = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/factora.db"_s;
        // QUrl::fromLocalFile gives "/home/u/..." on Unix and "/C:/Users/..." on Windows: always three slashes.
        return QStringLiteral("sqlite://") + QUrl::fromLocalFile(file).path();
    }

    Error configurationError(const QString& message)
    {
        return Error(ErrorCode::Configuration, message);
    }

    Error unknownKeyError(const QString& key, const QString& where)
    {
        return configurationError(
            QCoreApplication::translate("Configuration", "Clave de configuración desconocida «%1» en %2")
                .arg(key, where));
    }

    QString fileWhere(const QString& path)
    {
        return QCoreApplication::translate("Configuration", "el archivo «%1»").arg(path);
    }

    /** Refuses a database URL that carries a password, without repeating the URL (it would leak the password). */
    Status checkNoSecret(const QString& key, const QString& value, const QString& where)
    {
        if (key == databaseUrlKey && !QUrl(value).password().isEmpty()) {
            return configurationError(
                QCoreApplication::translate("Configuration",
                                            "«%1» en %2 contiene una contraseña; la contraseña de la base de datos "
                                            "se entrega en FACTORA_DATABASE_PASSWORD o en el llavero del sistema")
                    .arg(key, where));
        }
        return {};
    }

    /** The file load() reads: the explicit one, FACTORA_CONFIG's, the first default that exists, or "". */
    Result<QString> chooseFile(const QString& explicitFile, const QProcessEnvironment& environment)
    {
        const QString fromEnvironment
            = environment.value(QString::fromLatin1(Configuration::fileEnvironmentVariable)).trimmed();
        QString named;
        QString how;
        if (!explicitFile.isEmpty()) {
            named = explicitFile;
            how = QCoreApplication::translate("Configuration", "indicado con --config");
        } else if (!fromEnvironment.isEmpty()) {
            named = fromEnvironment;
            how = QCoreApplication::translate("Configuration", "indicado en FACTORA_CONFIG");
        }
        if (!named.isEmpty()) {
            const QFileInfo info(named);
            if (!info.exists()) {
                return configurationError(
                    QCoreApplication::translate("Configuration", "El archivo de configuración «%1» (%2) no existe")
                        .arg(named, how));
            }
            if (!info.isFile()) {
                return configurationError(
                    QCoreApplication::translate("Configuration", "«%1» (%2) no es un archivo de configuración")
                        .arg(named, how));
            }
            return info.absoluteFilePath();
        }
        for (const QString& candidate : Configuration::defaultFileLocations()) {
            if (QFileInfo(candidate).isFile()) {
                return candidate;
            }
        }
        return QString();
    }

} // namespace

const QList<ConfigurationKey>& Configuration::keys()
{
    static const QList<ConfigurationKey> registry {
        ConfigurationKey::computed(databaseUrlKey, QStringLiteral("FACTORA_DATABASE_URL"),
                                   QStringLiteral("sqlite://<AppDataLocation>/factora.db"), &defaultDatabaseUrl,
                                   QT_TRANSLATE_NOOP("ConfigurationKey",
                                                     "Base de datos: sqlite:///ruta/archivo.db o "
                                                     "postgresql://usuario@servidor:puerto/base, sin contraseña")),
        ConfigurationKey::integer(
            QStringLiteral("database/busy_timeout_ms"), QStringLiteral("FACTORA_DATABASE_BUSY_TIMEOUT_MS"), 5000, 0,
            600000,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Milisegundos que se espera a una base de datos ocupada antes de dar error")),
        ConfigurationKey::integer(
            QStringLiteral("security/lockout_threshold"), QStringLiteral("FACTORA_SECURITY_LOCKOUT_THRESHOLD"), 5, 1,
            100, QT_TRANSLATE_NOOP("ConfigurationKey", "Intentos de ingreso fallidos seguidos que bloquean la cuenta")),
        ConfigurationKey::integer(QStringLiteral("security/lockout_minutes"),
                                  QStringLiteral("FACTORA_SECURITY_LOCKOUT_MINUTES"), 15, 1, 1440,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Minutos que dura el bloqueo de una cuenta")),
        ConfigurationKey::integer(
            QStringLiteral("security/session_idle_minutes"), QStringLiteral("FACTORA_SECURITY_SESSION_IDLE_MINUTES"),
            15, 1, 1440,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Minutos sin actividad tras los cuales el programa de escritorio se bloquea")),
        ConfigurationKey::text(QStringLiteral("server/signing_certificate"),
                               QStringLiteral("FACTORA_SERVER_SIGNING_CERTIFICATE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey",
                                                 "Certificado PKCS#12 (.p12/.pfx) con que firma el servicio; vacío: ninguno")),
        ConfigurationKey::text(QStringLiteral("server/signing_passphrase_file"),
                               QStringLiteral("FACTORA_SERVER_SIGNING_PASSPHRASE_FILE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey",
                                                 "Archivo con la contraseña de ese certificado, legible solo por la cuenta del servicio")),
        // Caja Vecina HTTP endpoints of factora-server (docs/caja-vecina-endpoints.md)
        ConfigurationKey::text(
            QStringLiteral("cajavecina/listen"), QStringLiteral("FACTORA_CAJAVECINA_LISTEN"), QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Dirección:puerto de los servicios Caja Vecina, p. ej. 0.0.0.0:8443; "
                              "vacío: apagados")),
        ConfigurationKey::integer(
            QStringLiteral("cajavecina/threads"), QStringLiteral("FACTORA_CAJAVECINA_THREADS"), 16, 1, 512,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Hilos que atienden a Caja Vecina, cada uno con su conexión a la base "
                              "de datos")),
        ConfigurationKey::integer(
            QStringLiteral("cajavecina/queue"), QStringLiteral("FACTORA_CAJAVECINA_QUEUE"), 64, 1, 100000,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Conexiones aceptadas que esperan un hilo libre")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/query_path"), QStringLiteral("FACTORA_CAJAVECINA_QUERY_PATH"),
            QStringLiteral("/cajavecina/consulta"),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Ruta de la consulta de deuda (GET)")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/notification_path"), QStringLiteral("FACTORA_CAJAVECINA_NOTIFICATION_PATH"),
            QStringLiteral("/cajavecina/notificacion"),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Ruta de la notificación de pago (POST)")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/allow"), QStringLiteral("FACTORA_CAJAVECINA_ALLOW"),
            QStringLiteral("127.0.0.1/32, ::1/128"),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Redes IPv4/IPv6 (CIDR, separadas por comas) que pueden conectarse")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/auth_header"), QStringLiteral("FACTORA_CAJAVECINA_AUTH_HEADER"), QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Cabecera HTTP con el secreto compartido del banco; vacío: sin "
                              "cabecera")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/auth_secret_file"), QStringLiteral("FACTORA_CAJAVECINA_AUTH_SECRET_FILE"),
            QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Archivo con ese secreto, legible solo por la cuenta del servicio")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/basic_user"), QStringLiteral("FACTORA_CAJAVECINA_BASIC_USER"), QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Usuario HTTP Basic del banco; vacío: sin HTTP Basic")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/basic_password_file"), QStringLiteral("FACTORA_CAJAVECINA_BASIC_PASSWORD_FILE"),
            QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Archivo con la contraseña HTTP Basic, legible solo por la cuenta del "
                              "servicio")),
        ConfigurationKey::integer(
            QStringLiteral("cajavecina/max_body_bytes"), QStringLiteral("FACTORA_CAJAVECINA_MAX_BODY_BYTES"),
            65536, 256, 1048576,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Bytes máximos del cuerpo de una petición (más: 413)")),
        ConfigurationKey::integer(
            QStringLiteral("cajavecina/max_uri_length"), QStringLiteral("FACTORA_CAJAVECINA_MAX_URI_LENGTH"),
            2048, 64, 16000,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Caracteres máximos de la URL pedida (más: 414)")),
        ConfigurationKey::integer(
            QStringLiteral("cajavecina/max_header_fields"), QStringLiteral("FACTORA_CAJAVECINA_MAX_HEADER_FIELDS"),
            50, 4, 100,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Campos de cabecera máximos de una petición (más: 431)")),
        ConfigurationKey::integer(
            QStringLiteral("cajavecina/max_header_bytes"), QStringLiteral("FACTORA_CAJAVECINA_MAX_HEADER_BYTES"),
            8192, 256, 65536,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Bytes máximos de las cabeceras de una petición (más: 431)")),
        ConfigurationKey::integer(
            QStringLiteral("cajavecina/timeout_seconds"), QStringLiteral("FACTORA_CAJAVECINA_TIMEOUT_SECONDS"),
            10, 1, 300,
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Segundos de espera al leer o escribir y entre peticiones de una "
                              "conexión")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/tls_certificate"), QStringLiteral("FACTORA_CAJAVECINA_TLS_CERTIFICATE"),
            QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Certificado TLS: PEM (con su cadena) o PKCS#12 (.p12/.pfx); vacío: "
                              "HTTP sin TLS")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/tls_private_key"), QStringLiteral("FACTORA_CAJAVECINA_TLS_PRIVATE_KEY"),
            QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Llave privada PEM del certificado TLS (no se usa con PKCS#12)")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/tls_passphrase_file"), QStringLiteral("FACTORA_CAJAVECINA_TLS_PASSPHRASE_FILE"),
            QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Archivo con la contraseña del PKCS#12 o de la llave PEM, legible "
                              "solo por la cuenta del servicio")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/holiday_overrides_file"),
            QStringLiteral("FACTORA_CAJAVECINA_HOLIDAY_OVERRIDES_FILE"),
            QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Archivo de feriados excepcionales para la fecha contable de los "
                              "pagos; vacío: solo las reglas")),
        ConfigurationKey::text(
            QStringLiteral("cajavecina/tls_client_ca"), QStringLiteral("FACTORA_CAJAVECINA_TLS_CLIENT_CA"), QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "CA (PEM) que debe emitir el certificado de cliente del banco; vacío: "
                              "sin certificado de cliente")),
        ConfigurationKey::text(QStringLiteral("general/language"), QStringLiteral("FACTORA_LANGUAGE"),
                               QStringLiteral("es_CL"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Idioma de la interfaz: es_CL o en")),
        ConfigurationKey::text(
            QStringLiteral("log/rules"), QStringLiteral("FACTORA_LOG_RULES"), QString(),
            QT_TRANSLATE_NOOP("ConfigurationKey",
                              "Reglas de filtro de QLoggingCategory, p. ej. factora.core.sql.debug=true")),
        // SII client (docs/sii-client.md)
        ConfigurationKey::text(QStringLiteral("sii/environment"), QStringLiteral("FACTORA_SII_ENVIRONMENT"),
                               QStringLiteral("certificacion"),
                               QT_TRANSLATE_NOOP("ConfigurationKey",
                                                 "Ambiente del SII: certificacion (maullin) o produccion (palena)")),
        ConfigurationKey::text(QStringLiteral("sii/url"), QStringLiteral("FACTORA_SII_URL"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey",
                                                 "URL base del SII que reemplaza al ambiente (https; http solo hacia "
                                                 "127.0.0.1); vacío: la del ambiente")),
        ConfigurationKey::integer(QStringLiteral("sii/timeout_ms"), QStringLiteral("FACTORA_SII_TIMEOUT_MS"), 30000,
                                  100, 600000,
                                  QT_TRANSLATE_NOOP("ConfigurationKey",
                                                    "Milisegundos de espera de cada envío o respuesta del SII")),
        ConfigurationKey::integer(QStringLiteral("sii/max_attempts"), QStringLiteral("FACTORA_SII_MAX_ATTEMPTS"), 4, 1,
                                  20,
                                  QT_TRANSLATE_NOOP("ConfigurationKey",
                                                    "Intentos en total de cada petición al SII ante fallas pasajeras")),
        ConfigurationKey::text(QStringLiteral("sii/ca_file"), QStringLiteral("FACTORA_SII_CA_FILE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey",
                                                 "Archivo PEM con las CA que firman el certificado del servidor del "
                                                 "SII; vacío: las CA del sistema")),
        ConfigurationKey::integer(QStringLiteral("cession/poll_seconds"), QStringLiteral("FACTORA_CESSION_POLL_SECONDS"), 60, 1, 86400,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segundos entre dos consultas del servicio al SII por las cesiones pendientes")),
        ConfigurationKey::integer(QStringLiteral("cession/recovery_grace_seconds"), QStringLiteral("FACTORA_CESSION_RECOVERY_GRACE_SECONDS"), 300, 0, 86400,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segundos que se espera a que un envío interrumpido aparezca en el registro del SII antes de enviarlo de nuevo")),
        ConfigurationKey::text(QStringLiteral("rendicion/company_rut"), QStringLiteral("FACTORA_RENDICION_COMPANY_RUT"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "RUT de la empresa en la rendición (p. ej. 76354771-K)")),
        ConfigurationKey::text(QStringLiteral("rendicion/convenio_cv"), QStringLiteral("FACTORA_RENDICION_CONVENIO_CV"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Número de convenio del canal Caja Vecina (CV)")),
        ConfigurationKey::text(QStringLiteral("rendicion/convenio_in"), QStringLiteral("FACTORA_RENDICION_CONVENIO_IN"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Número de convenio del canal Internet (IN)")),
        ConfigurationKey::text(QStringLiteral("rendicion/notification_channel"), QStringLiteral("FACTORA_RENDICION_NOTIFICATION_CHANNEL"),
                               QStringLiteral("CV"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Canal (CV o IN) al que se rinden los pagos notificados en línea")),
        ConfigurationKey::text(QStringLiteral("rendicion/layout_file"), QStringLiteral("FACTORA_RENDICION_LAYOUT_FILE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Archivo de diseño de la rendición; vacío: el diseño incluido")),
        // --- delivery (docs/delivery.md): the daily rendición job and the SFTP/FTP/SMTP transports
        ConfigurationKey::text(QStringLiteral("delivery/rendicion_time"), QStringLiteral("FACTORA_DELIVERY_RENDICION_TIME"),
                               QStringLiteral("18:30"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Hora diaria (HH:MM, America/Santiago) en que el servicio genera y entrega la rendición")),
        ConfigurationKey::text(QStringLiteral("delivery/channels"), QStringLiteral("FACTORA_DELIVERY_CHANNELS"), QStringLiteral("CV IN"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Canales cuya rendición se genera cada día hábil bancario")),
        ConfigurationKey::text(QStringLiteral("delivery/output_dir"), QStringLiteral("FACTORA_DELIVERY_OUTPUT_DIR"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Carpeta donde el servicio escribe las rendiciones diarias; vacío: tarea diaria desactivada")),
        ConfigurationKey::text(QStringLiteral("delivery/cv_destinations"), QStringLiteral("FACTORA_DELIVERY_CV_DESTINATIONS"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Destinos de la rendición CV: sftp://usuario@servidor/carpeta, ftp://... o mailto:a@b.cl, separados por espacios")),
        ConfigurationKey::text(QStringLiteral("delivery/in_destinations"), QStringLiteral("FACTORA_DELIVERY_IN_DESTINATIONS"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Destinos de la rendición IN, como los de CV")),
        ConfigurationKey::text(QStringLiteral("delivery/secrets_dir"), QStringLiteral("FACTORA_DELIVERY_SECRETS_DIR"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Carpeta de los secretos de entrega (contraseñas, llaves), legible solo por la cuenta del servicio")),
        ConfigurationKey::text(QStringLiteral("delivery/known_hosts"), QStringLiteral("FACTORA_DELIVERY_KNOWN_HOSTS"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Archivo known_hosts con las llaves de los servidores SFTP aceptados")),
        ConfigurationKey::integer(QStringLiteral("delivery/timeout_seconds"), QStringLiteral("FACTORA_DELIVERY_TIMEOUT_SECONDS"), 30, 1, 600,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segundos de espera de una conexión o respuesta SFTP, FTP o SMTP")),
        ConfigurationKey::integer(QStringLiteral("delivery/attempts"), QStringLiteral("FACTORA_DELIVERY_ATTEMPTS"), 3, 1, 20,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Intentos de entrega ante fallas transitorias")),
        ConfigurationKey::integer(QStringLiteral("delivery/retry_delay_seconds"), QStringLiteral("FACTORA_DELIVERY_RETRY_DELAY_SECONDS"), 30, 0, 3600,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segundos antes del segundo intento; se duplica en cada intento siguiente")),
        ConfigurationKey::text(QStringLiteral("smtp/host"), QStringLiteral("FACTORA_SMTP_HOST"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Servidor SMTP de salida")),
        ConfigurationKey::integer(QStringLiteral("smtp/port"), QStringLiteral("FACTORA_SMTP_PORT"), 587, 1, 65535,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Puerto SMTP: 587 con STARTTLS, 465 con TLS implícito")),
        ConfigurationKey::text(QStringLiteral("smtp/tls"), QStringLiteral("FACTORA_SMTP_TLS"), QStringLiteral("starttls"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "TLS de SMTP: starttls (exigido), implicit o none")),
        ConfigurationKey::text(QStringLiteral("smtp/user"), QStringLiteral("FACTORA_SMTP_USER"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Usuario SMTP; la contraseña va en el almacén de secretos (smtp/password)")),
        ConfigurationKey::text(QStringLiteral("smtp/ca_file"), QStringLiteral("FACTORA_SMTP_CA_FILE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "CA (PEM) del certificado del servidor SMTP; vacío: las CA del sistema")),
        ConfigurationKey::text(QStringLiteral("smtp/from"), QStringLiteral("FACTORA_SMTP_FROM"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Remitente de los correos del servicio")),
        // --- end delivery
        // --- dispatch (docs/dispatch.md)
        ConfigurationKey::integer(QStringLiteral("dispatch/workers"), QStringLiteral("FACTORA_DISPATCH_WORKERS"), 0, 0, 32,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Hilos de factora-server que envían facturas de la bandeja de salida; 0: ninguno")),
        ConfigurationKey::integer(QStringLiteral("dispatch/batch_size"), QStringLiteral("FACTORA_DISPATCH_BATCH_SIZE"), 10, 1, 500,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Envíos que un hilo toma de la bandeja de una vez")),
        ConfigurationKey::integer(QStringLiteral("dispatch/lease_seconds"), QStringLiteral("FACTORA_DISPATCH_LEASE_SECONDS"), 300, 10, 86400,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segundos que un hilo retiene un envío tomado; vencidos, otro lo retoma")),
        ConfigurationKey::integer(QStringLiteral("dispatch/poll_seconds"), QStringLiteral("FACTORA_DISPATCH_POLL_SECONDS"), 5, 1, 3600,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segundos de espera de un hilo cuando la bandeja está vacía")),
        ConfigurationKey::integer(QStringLiteral("dispatch/retry_base_seconds"), QStringLiteral("FACTORA_DISPATCH_RETRY_BASE_SECONDS"), 300, 1, 86400,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segundos antes del primer reintento de un envío con falla transitoria")),
        ConfigurationKey::integer(QStringLiteral("dispatch/retry_factor_percent"), QStringLiteral("FACTORA_DISPATCH_RETRY_FACTOR_PERCENT"), 200, 100, 1000,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Factor de la espera entre reintentos, en por ciento (200: se duplica)")),
        ConfigurationKey::integer(QStringLiteral("dispatch/retry_max_delay_seconds"), QStringLiteral("FACTORA_DISPATCH_RETRY_MAX_DELAY_SECONDS"), 14400, 1, 604800,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Espera máxima entre dos reintentos, en segundos")),
        ConfigurationKey::integer(QStringLiteral("dispatch/max_attempts"), QStringLiteral("FACTORA_DISPATCH_MAX_ATTEMPTS"), 5, 1, 50,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Intentos por canal antes de pasar a SMS o darlo por fallido")),
        ConfigurationKey::integer(QStringLiteral("dispatch/retry_window_hours"), QStringLiteral("FACTORA_DISPATCH_RETRY_WINDOW_HOURS"), 48, 1, 720,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Horas desde que se encoló un envío durante las que se reintenta el correo")),
        ConfigurationKey::text(QStringLiteral("dispatch/attachment"), QStringLiteral("FACTORA_DISPATCH_ATTACHMENT"), QStringLiteral("pdf"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Adjunto de los envíos: pdf o zip (PDF y XML)")),
        ConfigurationKey::integer(QStringLiteral("dispatch/log_retention_days"), QStringLiteral("FACTORA_DISPATCH_LOG_RETENTION_DAYS"), 730, 1, 36500,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Días que se guardan los envíos terminados y sus intentos")),
        ConfigurationKey::integer(QStringLiteral("dispatch/file_retention_days"), QStringLiteral("FACTORA_DISPATCH_FILE_RETENTION_DAYS"), 90, 1, 36500,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Días que se guardan los documentos de los envíos terminados")),
        ConfigurationKey::text(QStringLiteral("dispatch/purge_time"), QStringLiteral("FACTORA_DISPATCH_PURGE_TIME"), QStringLiteral("03:30"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Hora local (HH:MM) de la purga diaria de envíos en factora-server")),
        ConfigurationKey::text(QStringLiteral("dispatch/sms_receipt_listen"), QStringLiteral("FACTORA_DISPATCH_SMS_RECEIPT_LISTEN"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Dirección:puerto donde factora-server recibe los avisos de entrega de SMS; vacía: no los recibe")),
        ConfigurationKey::text(QStringLiteral("dispatch/sms_receipt_path"), QStringLiteral("FACTORA_DISPATCH_SMS_RECEIPT_PATH"), QStringLiteral("/dispatch/sms-receipt"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Ruta HTTP de los avisos de entrega de SMS; vacía: sin ruta")),
        ConfigurationKey::text(QStringLiteral("dispatch/sms_receipt_header"), QStringLiteral("FACTORA_DISPATCH_SMS_RECEIPT_HEADER"), QStringLiteral("X-Factora-Secret"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Cabecera HTTP con el secreto compartido de los avisos de entrega de SMS")),
        ConfigurationKey::text(QStringLiteral("dispatch/sms_receipt_secret_file"), QStringLiteral("FACTORA_DISPATCH_SMS_RECEIPT_SECRET_FILE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Archivo protegido con el secreto compartido de los avisos de entrega de SMS")),
        ConfigurationKey::text(QStringLiteral("dispatch/drop_folder"), QStringLiteral("FACTORA_DISPATCH_DROP_FOLDER"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Carpeta de entrega SFTP de facturas a enviar que factora-server vigila; vacía: no vigila ninguna")),
        ConfigurationKey::integer(QStringLiteral("dispatch/drop_interval"), QStringLiteral("FACTORA_DISPATCH_DROP_INTERVAL"), 10, 1, 3600,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segundos entre dos revisiones de la carpeta de entrega de facturas")),
        // --- end dispatch
        // --- dispatch channels (docs/dispatch-channels.md): SMS gateway, templates, payment links
        ConfigurationKey::text(QStringLiteral("sms/url"), QStringLiteral("FACTORA_SMS_URL"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "URL (POST) de la pasarela SMS: https, o http solo hacia 127.0.0.1; vacío: sin SMS")),
        ConfigurationKey::text(QStringLiteral("sms/token_header"), QStringLiteral("FACTORA_SMS_TOKEN_HEADER"), QStringLiteral("Authorization"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Cabecera HTTP que lleva el token de la pasarela SMS (el token va en el almacén de secretos, sms/token)")),
        ConfigurationKey::text(QStringLiteral("sms/token_scheme"), QStringLiteral("FACTORA_SMS_TOKEN_SCHEME"), QStringLiteral("Bearer"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Palabra antes del token en su cabecera (p. ej. Bearer); vacío: el token solo")),
        ConfigurationKey::text(QStringLiteral("sms/ca_file"), QStringLiteral("FACTORA_SMS_CA_FILE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "CA (PEM) del certificado de la pasarela SMS; vacío: las CA del sistema")),
        ConfigurationKey::integer(QStringLiteral("sms/timeout_ms"), QStringLiteral("FACTORA_SMS_TIMEOUT_MS"), 10000, 100, 120000,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Milisegundos de espera de la conexión, el envío y la respuesta de la pasarela SMS")),
        ConfigurationKey::integer(QStringLiteral("sms/max_segments"), QStringLiteral("FACTORA_SMS_MAX_SEGMENTS"), 2, 1, 10,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Segmentos que puede ocupar un SMS (160 caracteres GSM-7 o 70 UCS-2 en uno)")),
        ConfigurationKey::text(QStringLiteral("dispatch/link_domain"), QStringLiteral("FACTORA_DISPATCH_LINK_DOMAIN"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Dominio propio de los enlaces de pago (p. ej. pagos.empresa.cl); el enlace es https://DOMINIO/pagar?rut=…")),
        ConfigurationKey::text(QStringLiteral("dispatch/template_dir"), QStringLiteral("FACTORA_DISPATCH_TEMPLATE_DIR"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Carpeta con plantillas propias (subject.txt, body.html, body.txt, sms.txt, caja_vecina.txt); las que falten son las incluidas")),
        ConfigurationKey::text(QStringLiteral("dispatch/template_subject"), QStringLiteral("FACTORA_DISPATCH_TEMPLATE_SUBJECT"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Plantilla del asunto del correo; vacío: la de la carpeta o la incluida")),
        ConfigurationKey::text(QStringLiteral("dispatch/template_html"), QStringLiteral("FACTORA_DISPATCH_TEMPLATE_HTML"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Plantilla HTML del cuerpo del correo; vacío: la de la carpeta o la incluida")),
        ConfigurationKey::text(QStringLiteral("dispatch/template_text"), QStringLiteral("FACTORA_DISPATCH_TEMPLATE_TEXT"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Plantilla de texto plano del cuerpo del correo; vacío: la de la carpeta o la incluida")),
        ConfigurationKey::text(QStringLiteral("dispatch/template_sms"), QStringLiteral("FACTORA_DISPATCH_TEMPLATE_SMS"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Plantilla del SMS; vacío: la de la carpeta o la incluida")),
        ConfigurationKey::text(QStringLiteral("dispatch/template_caja_vecina"), QStringLiteral("FACTORA_DISPATCH_TEMPLATE_CAJA_VECINA"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Plantilla de las instrucciones de pago en Caja Vecina; vacío: la de la carpeta o la incluida")),
        // --- end dispatch channels
        // --- internal HTTP API (docs/internal-api.md)
        ConfigurationKey::text(QStringLiteral("api/listen"), QStringLiteral("FACTORA_API_LISTEN"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Dirección:puerto de la API HTTP interna de factora-server (p. ej. 127.0.0.1:8081); vacía: apagada")),
        ConfigurationKey::text(QStringLiteral("api/token_secret"), QStringLiteral("FACTORA_API_TOKEN_SECRET"), QStringLiteral("api/token"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Nombre del secreto con el token Bearer de la API interna, en la carpeta delivery/secrets_dir")),
        ConfigurationKey::text(QStringLiteral("api/allow"), QStringLiteral("FACTORA_API_ALLOW"), QStringLiteral("127.0.0.1/32, ::1/128"),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Redes IPv4/IPv6 (CIDR, separadas por comas) que pueden usar la API interna")),
        ConfigurationKey::integer(QStringLiteral("api/threads"), QStringLiteral("FACTORA_API_THREADS"), 4, 1, 64,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Hilos que atienden la API interna, cada uno con su conexión a la base de datos")),
        ConfigurationKey::integer(QStringLiteral("api/max_body_bytes"), QStringLiteral("FACTORA_API_MAX_BODY_BYTES"), 8388608, 1024, 67108864,
                                  QT_TRANSLATE_NOOP("ConfigurationKey", "Bytes máximos del cuerpo de una petición a la API interna (más: 413)")),
        ConfigurationKey::text(QStringLiteral("api/tls_certificate"), QStringLiteral("FACTORA_API_TLS_CERTIFICATE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Certificado TLS de la API interna (PEM o PKCS#12); vacío: HTTP sin TLS")),
        ConfigurationKey::text(QStringLiteral("api/tls_private_key"), QStringLiteral("FACTORA_API_TLS_PRIVATE_KEY"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Llave privada PEM del certificado TLS de la API interna")),
        ConfigurationKey::text(QStringLiteral("api/tls_passphrase_file"), QStringLiteral("FACTORA_API_TLS_PASSPHRASE_FILE"), QString(),
                               QT_TRANSLATE_NOOP("ConfigurationKey", "Archivo protegido con la contraseña del PKCS#12 o de la llave TLS de la API interna")),
        // --- end internal HTTP API
    };
    return registry;
}

const ConfigurationKey* Configuration::findKey(const QString& name)
{
    for (const ConfigurationKey& key : keys()) {
        if (key.name() == name) {
            return &key;
        }
    }
    return nullptr;
}

QStringList Configuration::defaultFileLocations()
{
    QStringList locations;
    const QString userConfig = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (!userConfig.isEmpty()) {
        locations.append(userConfig + u"/factora/factora.conf"_s);
    }
#ifdef Q_OS_UNIX
    locations.append(QStringLiteral("/etc/factora/factora.conf"));
#endif
    return locations;
}

Result<Configuration> Configuration::load(const QString& explicitFile, const QProcessEnvironment& environment,
                                          const QMap<QString, QString>& overrides)
{
    Configuration configuration;
    for (const ConfigurationKey& key : keys()) {
        configuration.m_entries.insert(key.name(), Entry { key.defaultValue(), Source::Default });
    }

    const Result<QString> chosen = chooseFile(explicitFile, environment);
    if (!chosen) {
        return chosen.error();
    }
    configuration.m_filePath = chosen.value();

    if (!configuration.m_filePath.isEmpty()) {
        const QString& path = configuration.m_filePath;
        QSettings settings(path, QSettings::IniFormat);
        const QStringList fileKeys = settings.allKeys();
        if (settings.status() == QSettings::AccessError) {
            return configurationError(
                QCoreApplication::translate("Configuration", "No se puede leer el archivo de configuración «%1»")
                    .arg(path));
        }
        if (settings.status() == QSettings::FormatError) {
            return configurationError(QCoreApplication::translate("Configuration",
                                                                  "El archivo de configuración «%1» no es un INI "
                                                                  "válido (revise las líneas sin «=», las secciones "
                                                                  "[...] y que esté en UTF-8)")
                                          .arg(path));
        }
        for (const QString& fileKey : fileKeys) {
            // QSettings puts the [General] section (any case) and lines before the first section at top level.
            const QString name = fileKey.contains(u'/') ? fileKey : QStringLiteral("general/") + fileKey;
            if (!findKey(name)) {
                return unknownKeyError(name, fileWhere(path));
            }
            const QVariant raw = settings.value(fileKey);
            // An unquoted value with commas reads as a list; join it back (spaces after commas are lost).
            const QString value
                = raw.userType() == QMetaType::QStringList ? raw.toStringList().join(u',') : raw.toString();
            if (const Status secret = checkNoSecret(name, value, fileWhere(path)); !secret) {
                return secret.error();
            }
            configuration.m_entries[name] = Entry { value, Source::File };
        }
        qCInfo(lcConfig) << "Configuration file:" << path;
    } else {
        qCInfo(lcConfig) << "No configuration file; using defaults, environment and command line";
    }

    for (const ConfigurationKey& key : keys()) {
        if (environment.contains(key.environmentVariable())) {
            const QString value = environment.value(key.environmentVariable());
            const QString where = QCoreApplication::translate("Configuration", "la variable de entorno %1")
                                      .arg(key.environmentVariable());
            if (const Status secret = checkNoSecret(key.name(), value, where); !secret) {
                return secret.error();
            }
            configuration.m_entries[key.name()] = Entry { value, Source::Environment };
        }
    }

    const QString commandLine = QCoreApplication::translate("Configuration", "la línea de comandos");
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!findKey(it.key())) {
            return unknownKeyError(it.key(), commandLine);
        }
        if (const Status secret = checkNoSecret(it.key(), it.value(), commandLine); !secret) {
            return secret.error();
        }
        configuration.m_entries[it.key()] = Entry { it.value(), Source::CommandLine };
    }

    for (const ConfigurationKey& key : keys()) {
        qCDebug(lcConfig).noquote() << key.name() << "from" << configuration.sourceOf(key.name());
    }
    return configuration;
}

const Configuration::Entry* Configuration::entry(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend()) {
        qCCritical(lcConfig).noquote() << "Unregistered configuration key asked for:" << key;
        Q_ASSERT_X(false, "Configuration", "unregistered configuration key");
        return nullptr;
    }
    return &it.value();
}

QString Configuration::value(const QString& key) const
{
    const Entry* found = entry(key);
    return found ? found->value : QString();
}

Status Configuration::applyShared(const QMap<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!m_entries.contains(it.key()))
            return Error(ErrorCode::Configuration,
                         QCoreApplication::translate("Configuration",
                                                     "La configuración común guardada por la administración tiene "
                                                     "la clave desconocida «%1».")
                             .arg(it.key()));
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Entry& current = m_entries[it.key()];
        if (current.source == Source::Default || current.source == Source::File) {
            current = Entry { it.value(), Source::Shared };
            qCDebug(lcConfig).noquote() << it.key() << "from the shared settings";
        }
    }
    return {};
}

QString Configuration::sourceOf(const QString& key) const
{
    const Entry* found = entry(key);
    if (!found) {
        return {};
    }
    switch (found->source) {
    case Source::Default:
        return QStringLiteral("default");
    case Source::File:
        return QStringLiteral("file");
    case Source::Shared:
        return QStringLiteral("shared settings");
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::CommandLine:
        return QStringLiteral("command line");
    }
    return {};
}

QString Configuration::describeSource(const QString& key, const Entry& found) const
{
    switch (found.source) {
    case Source::Default:
        return QCoreApplication::translate("Configuration", "el valor por defecto");
    case Source::File:
        return fileWhere(m_filePath);
    case Source::Shared:
        return QCoreApplication::translate("Configuration", "la configuración común guardada por la administración");
    case Source::Environment: {
        const ConfigurationKey* registered = findKey(key);
        return QCoreApplication::translate("Configuration", "la variable de entorno %1")
            .arg(registered ? registered->environmentVariable() : QString());
    }
    case Source::CommandLine:
        return QCoreApplication::translate("Configuration", "la línea de comandos");
    }
    return {};
}

Result<int> Configuration::intValue(const QString& key) const
{
    const ConfigurationKey* registered = findKey(key);
    Q_ASSERT_X(!registered || registered->type() == ConfigurationKey::Type::Integer, "Configuration::intValue",
               "not an integer key");
    const Entry* found = entry(key);
    if (!registered || !found) {
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("Configuration", "«%1» no es una clave de configuración").arg(key));
    }
    bool ok = false;
    const int number = found->value.trimmed().toInt(&ok, 10);
    if (!ok) {
        return configurationError(
            QCoreApplication::translate("Configuration", "«%1» (en %2) debe ser un número entero, pero vale «%3»")
                .arg(key, describeSource(key, *found), found->value));
    }
    if (number < registered->minimum() || number > registered->maximum()) {
        return configurationError(
            QCoreApplication::translate("Configuration", "«%1» (en %2) vale %3, fuera del rango permitido de %4 a %5")
                .arg(key, describeSource(key, *found), found->value.trimmed(), QString::number(registered->minimum()),
                     QString::number(registered->maximum())));
    }
    return number;
}

} // namespace factora::core
