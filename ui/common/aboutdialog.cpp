#include "ui/common/aboutdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <boost/version.hpp>
#include <openssl/crypto.h>
#include <qrencode.h>
#include <sqlite3.h>

namespace Gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.pail.Pail.svg")).pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setOpenExternalLinks(true);
    text->addWidget(m_title);
    text->addWidget(m_summary);
    header->addLayout(text, 1);
    layout->addLayout(header);
    m_components = new QTextBrowser(this);
    m_components->setObjectName(QStringLiteral("components"));
    m_components->setOpenExternalLinks(true);
    m_components->setMinimumSize(520, 220);
    layout->addWidget(m_components, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
}

QString AboutDialog::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AboutDialog::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString AboutDialog::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString AboutDialog::componentsHtml()
{
    struct Row
    {
        QString name;
        QString version;
        QString licence;
    };
    QString boost = QString::fromLatin1(BOOST_LIB_VERSION);
    boost.replace(u'_', u'.');
    const QList<Row> rows {
        {tr("Pail"), QStringLiteral(PAIL_VERSION), QStringLiteral("GPL-3.0-or-later")},
        {QStringLiteral("Qt"), qtVersion(), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("OpenSSL"), openSslVersion(), QStringLiteral("Apache-2.0")},
        {QStringLiteral("SQLite"), sqliteVersion(), tr("Public domain")},
        {QStringLiteral("Boost (Beast, Asio)"), boost, QStringLiteral("BSL-1.0")},
        {QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString()), QStringLiteral("LGPL-2.1-or-later")},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                                  "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                       .arg(tr("Component"), tr("Version"), tr("Licence"));
    for (const Row &row : rows) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(row.name.toHtmlEscaped(), row.version.toHtmlEscaped(), row.licence.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Built with Qt %1. Qt is used under the GNU LGPL version 3; its source code is available from "
                        "<a href=\"https://download.qt.io/\">download.qt.io</a>.")
                         .arg(QStringLiteral(QT_VERSION_STR)));
    return html;
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Pail"));
    m_title->setText(QStringLiteral("<h2>Pail %1</h2>").arg(QStringLiteral(PAIL_VERSION)));
    m_summary->setText(tr("A desktop manager for S3-compatible storage, with an embedded S3 engine that runs as a "
                          "local sandbox.")
                       + QStringLiteral("<br>")
                       + tr("Pail is free software under the GNU General Public License, version 3 or later."));
    m_components->setHtml(componentsHtml());
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Gui
