#pragma once

#include <QObject>
#include <QPalette>

namespace Gui {

// Light and dark palettes on the Fusion style. "System" follows the colour scheme the
// platform reports: Qt 6.4 has no QStyleHints::colorScheme() (that came in 6.5), so the
// scheme is read from the palette the platform theme gives the application at start-up (the
// GTK and KDE platform themes hand over a dark palette when the desktop is dark), from
// GTK_THEME ending in ":dark", and again when the platform reports a theme change.
// Lives in the GUI thread; created by main() after the QApplication; not a singleton.
class AppearanceManager final : public QObject
{
    Q_OBJECT
public:
    enum class Scheme { System, Light, Dark };

    explicit AppearanceManager(QObject *parent = nullptr);

    static Scheme savedScheme(); // QSettings "ui/colorScheme": system | light | dark
    static void saveScheme(Scheme scheme);

    // Fusion style and the palette for scheme.
    void apply(Scheme scheme);
    Scheme scheme() const { return m_scheme; }
    // Whether the palette in effect is the dark one.
    bool isDark() const { return m_dark; }

    static QPalette lightPalette();
    static QPalette darkPalette();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool systemPrefersDark() const;

    QPalette m_systemPalette; // what the platform theme gave before we set ours
    Scheme m_scheme = Scheme::System;
    bool m_dark = false;
    bool m_applying = false;
    bool m_recheckQueued = false;
};

} // namespace Gui
