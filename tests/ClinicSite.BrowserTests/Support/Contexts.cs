using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>Browser context settings for each <see cref="TabKind"/>: a desktop and a phone window, light scheme, no motion.</summary>
internal static class Contexts
{
    public static BrowserNewContextOptions For(TabKind kind) => kind switch
    {
        TabKind.Desktop => Desktop(javaScript: true),
        TabKind.DesktopWithoutJavaScript => Desktop(javaScript: false),
        TabKind.Phone => Phone(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no settings for this kind of tab"),
    };

    private static BrowserNewContextOptions Desktop(bool javaScript) => new()
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        ColorScheme = ColorScheme.Light,
        ReducedMotion = ReducedMotion.Reduce,
        JavaScriptEnabled = javaScript,
        Locale = "en-US",
    };

    private static BrowserNewContextOptions Phone() => new()
    {
        ViewportSize = new ViewportSize { Width = 375, Height = 812 },
        ColorScheme = ColorScheme.Light,
        ReducedMotion = ReducedMotion.Reduce,
        Locale = "en-US",
    };
}
