using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>Browser context settings the tests use: a desktop and a phone window, light scheme, no motion.</summary>
internal static class Contexts
{
    public static BrowserNewContextOptions Desktop(bool javaScript = true) => new()
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        ColorScheme = ColorScheme.Light,
        ReducedMotion = ReducedMotion.Reduce,
        JavaScriptEnabled = javaScript,
        Locale = "en-US",
    };

    public static BrowserNewContextOptions Phone() => new()
    {
        ViewportSize = new ViewportSize { Width = 375, Height = 812 },
        ColorScheme = ColorScheme.Light,
        ReducedMotion = ReducedMotion.Reduce,
        Locale = "en-US",
    };
}
