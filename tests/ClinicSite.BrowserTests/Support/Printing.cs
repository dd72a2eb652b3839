using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>What must not appear on paper: navigation of any kind and the skip link.</summary>
internal static class Printing
{
    /// <summary>Describes each navigation element or skip link still visible; call after emulating print media.</summary>
    public static async Task<IReadOnlyList<string>> ScreenOnlyShowingAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('nav, .skip-link')]
              .filter(e => e.checkVisibility())
              .map(e => e.tagName.toLowerCase() + (e.getAttribute('aria-label') ? ` "${e.getAttribute('aria-label')}"` : '') + (e.className ? '.' + e.className : ''))
            """);
}
