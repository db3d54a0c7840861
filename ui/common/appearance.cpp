#include "ui/common/appearance.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

namespace Gui {

namespace {

constexpr auto kSettingsKey = "ui/colorScheme";

} // namespace

AppearanceManager::AppearanceManager(QObject *parent)
    : QObject(parent)
    , m_systemPalette(QGuiApplication::palette())
{
    qApp->installEventFilter(this);
}

AppearanceManager::Scheme AppearanceManager::savedScheme()
{
    const QString value = QSettings().value(QLatin1StringView(kSettingsKey)).toString();
    if (value == u"light")
        return Scheme::Light;
    if (value == u"dark")
        return Scheme::Dark;
    return Scheme::System;
}

void AppearanceManager::saveScheme(Scheme scheme)
{
    QSettings settings;
    switch (scheme) {
    case Scheme::System:
        settings.remove(QLatin1StringView(kSettingsKey));
        break;
    case Scheme::Light:
        settings.setValue(QLatin1StringView(kSettingsKey), QStringLiteral("light"));
        break;
    case Scheme::Dark:
        settings.setValue(QLatin1StringView(kSettingsKey), QStringLiteral("dark"));
        break;
    }
}

bool AppearanceManager::systemPrefersDark() const
{
    if (qEnvironmentVariable("GTK_THEME").endsWith(u":dark"))
        return true;
    // Dark when the window background is darker than its text.
    return m_systemPalette.color(QPalette::Window).lightness() < m_systemPalette.color(QPalette::WindowText).lightness();
}

void AppearanceManager::apply(Scheme scheme)
{
    m_scheme = scheme;
    m_dark = scheme == Scheme::Dark || (scheme == Scheme::System && systemPrefersDark());
    m_applying = true;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(m_dark ? darkPalette() : lightPalette());
    m_applying = false;
}

bool AppearanceManager::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop changed its theme (for example from light to dark). Every window gets the
    // event; re-read the platform's palette once, after the burst.
    if (event->type() == QEvent::ThemeChange && m_scheme == Scheme::System && !m_applying && !m_recheckQueued) {
        m_recheckQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_recheckQueued = false;
            m_applying = true;
            QApplication::setPalette(QPalette()); // an empty palette: the platform theme's again
            m_systemPalette = QGuiApplication::palette();
            m_applying = false;
            apply(Scheme::System);
        });
    }
    return QObject::eventFilter(watched, event);
}

QPalette AppearanceManager::lightPalette()
{
    // Fusion's own palette is the light one.
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette AppearanceManager::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor accent(0x3d, 0x8e, 0xd8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(125));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, accent.lighter(130));
    p.setColor(QPalette::LinkVisited, accent);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

} // namespace Gui
