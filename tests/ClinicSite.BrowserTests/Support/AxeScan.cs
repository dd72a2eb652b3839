using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// Runs Deque's bundled axe-core in a page: the source goes in once per page load, then <c>axe.run</c> runs as often as
/// the caller needs (light scheme, then dark) and comes back as Deque's own <see cref="AxeResult"/>.
/// </summary>
/// <remarks>
/// Deque's <c>page.RunAxe</c> sends the half-megabyte axe source twice on every call: into the page for
/// <c>axe.runPartial</c>, and into a new blank page it opens to merge the partial results with <c>axe.finishRun</c>; that
/// was three quarters of the browser suite's time. The split exists for cross-origin iframes, which the site's CSP does
/// not allow, so a plain <c>axe.run</c> in the page (what Deque itself falls back to when <c>runPartial</c> is missing)
/// checks the same rules on the same DOM, with the same options serialised the way Deque serialises them.
/// </remarks>
internal static class AxeScan
{
    /// <summary>The same axe-core build, byte for byte, that Deque.AxeCore.Playwright would inject.</summary>
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    // Wrapped as Deque wraps it: the bundle assigns window.axe when evaluated as a function body.
    private static readonly Lazy<string> Injection = new(() => "() => { " + Source.Value + "\n}");

    private const string Run = """
        async options => {
          if (typeof window.axe?.run !== 'function') throw new Error('axe-core is not in the page');
          return JSON.stringify(await window.axe.run(document, JSON.parse(options)));
        }
        """;

    /// <summary>Puts axe-core into the page's current document unless it is already there (it is gone after a navigation).</summary>
    public static async Task InjectAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            await page.EvaluateAsync(Injection.Value);
        }
    }

    /// <summary>Runs axe over the whole document as it looks now (call <see cref="InjectAsync"/> after each navigation).</summary>
    public static async Task<AxeResult> RunAsync(IPage page, AxeRunOptions options)
    {
        var json = await page.EvaluateAsync<string>(Run, JsonConvert.SerializeObject(options));
        return new AxeResult(JObject.Parse(json));
    }
}
