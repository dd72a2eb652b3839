using ClinicSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ProcedurePrintTests(SiteFixture site)
{
    private static readonly string[] PrintedRegions = ["At a glance", "Sources"];

    [Fact]
    public async Task Procedure_pages_print_with_the_at_a_glance_panel_and_sources_and_without_navigation()
    {
        var procedures = site.PagesIn("procedures");
        Assert.NotEmpty(procedures);

        var problems = await PageChecks.RunAsync(procedures, async path =>
        {
            await using var session = await site.OpenAsync(path);
            var page = session.Page;
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var found = new List<string>();
            foreach (var region in PrintedRegions)
            {
                // Found by role and name, as a screen reader would: a <section> labelled by its heading.
                var located = page.GetByRole(AriaRole.Region, new() { Name = region, Exact = true });
                if (!await located.IsVisibleAsync())
                {
                    found.Add($"{path}: the '{region}' section does not print");
                }
                else if ((await located.InnerTextAsync()).Length < region.Length + 20)
                {
                    found.Add($"{path}: the '{region}' section prints nearly empty");
                }
            }

            found.AddRange((await Printing.ScreenOnlyShowingAsync(page)).Select(s => $"{path}: {s} shows in print"));

            return found;
        });

        Assert.True(problems.Count == 0, PageChecks.Report("print problems", problems));
    }

    [Fact]
    public async Task A_procedure_prints_to_a_PDF()
    {
        var path = site.PagesIn("procedures")[0];
        await using var session = await site.OpenAsync(path);

        var pdf = await session.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        var folder = Path.Combine(RepoPaths.TestOutput, "print");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, ChecklistTests.Slug(path) + "-A4.pdf"), pdf);

        Assert.InRange(PdfPages.Count(pdf), 1, 20);
    }
}
