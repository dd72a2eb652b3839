namespace ClinicSite.BrowserTests.Support;

/// <summary>The kinds of browser tab the tests visit pages in; see <see cref="Contexts.For"/> for their settings.</summary>
public enum TabKind
{
    /// <summary>A 1280 × 800 desktop window, light scheme, reduced motion.</summary>
    Desktop,

    /// <summary>The desktop window with JavaScript switched off.</summary>
    DesktopWithoutJavaScript,

    /// <summary>A 375 px wide phone screen.</summary>
    Phone,
}
