using ClinicSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests;

/// <summary>
/// Screenshots for people to look at, in test-output/browser/screenshots/. Set CLINICSITE_UPDATE_SCREENSHOTS=1 to
/// also refresh the four in docs/screenshots/ that the README shows.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ScreenshotTests(SiteFixture site)
{
    private static readonly int[] Widths = [375, 1280];

    [Fact]
    public async Task Home_a_procedure_a_checklist_and_a_risk_are_captured_at_375_and_1280_px()
    {
        var folder = Path.Combine(RepoPaths.TestOutput, "screenshots");
        Directory.CreateDirectory(folder);
        var shots = Subjects().SelectMany(s => Widths.Select(w => (s.Name, s.Path, Width: w))).ToList();

        var problems = await PageChecks.RunAsync(shots.Select(s => $"{s.Name}|{s.Path}|{s.Width}"), async key =>
        {
            var (name, path, width) = (key.Split('|')[0], key.Split('|')[1], int.Parse(key.Split('|')[2], System.Globalization.CultureInfo.InvariantCulture));
            await using var session = await site.OpenAsync(path, width < 600 ? TabKind.Phone : TabKind.Desktop);
            var png = await session.Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(folder, $"{name}-{width}.png") });
            if (UpdateDocs())
            {
                await UpdateDocsAsync(session.Page, name, width);
            }

            return PngSize.Read(png)?.Width == width ? [] : [$"{name} at {width} px: screenshot is {PngSize.Read(png)?.Width} px wide"];
        });

        Assert.True(problems.Count == 0, PageChecks.Report("screenshot problems", problems));
        Assert.Equal(shots.Count, shots.Count(s => File.Exists(Path.Combine(folder, $"{s.Name}-{s.Width}.png"))));
    }

    private IEnumerable<(string Name, string Path)> Subjects()
    {
        yield return ("home", "/");
        yield return ("procedure", Pick("procedures", "epidural-steroid-injection"));
        yield return ("checklist", Pick("checklists", "before-your-injection"));
        yield return ("risk", Pick("risks", "bleeding"));
    }

    private string Pick(string section, string preferred)
    {
        var pages = site.PagesIn(section);
        Assert.NotEmpty(pages);
        return pages.FirstOrDefault(p => p == $"/{section}/{preferred}/") ?? pages[0];
    }

    private static bool UpdateDocs() => Environment.GetEnvironmentVariable("CLINICSITE_UPDATE_SCREENSHOTS") == "1";

    /// <summary>The README's four: home and a procedure as on a desktop, a checklist and a risk as on a phone; the first screenful only, to keep them small.</summary>
    private static async Task UpdateDocsAsync(IPage page, string name, int width)
    {
        var wanted = name is "home" or "procedure" ? 1280 : 375;
        if (width != wanted)
        {
            return;
        }

        Directory.CreateDirectory(RepoPaths.DocsScreenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false, Path = Path.Combine(RepoPaths.DocsScreenshots, $"{name}-{width}.png") });
    }
}
