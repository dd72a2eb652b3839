using ClinicSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ChecklistTests(SiteFixture site)
{
    private const string Boxes = ".checklist input[type=checkbox]";
    private static readonly string[] PaperSizes = ["Letter", "A4"];

    [Fact]
    public void The_site_has_checklists_to_test()
    {
        Assert.NotEmpty(site.PagesIn("checklists"));
    }

    [Fact]
    public async Task A_ticked_box_survives_a_reload_and_is_the_first_thing_stored()
    {
        var problems = await PageChecks.RunAsync(site.PagesIn("checklists"), async path =>
        {
            await using var session = await site.OpenAsync(path);
            var page = session.Page;
            var found = new List<string>();
            var second = page.Locator(Boxes).Nth(1);
            if (await StoredAsync(page) != 0)
            {
                found.Add($"{path}: something was stored before any tick");
            }

            await second.CheckAsync();
            if (await StoredAsync(page) != 1)
            {
                found.Add($"{path}: ticking a box did not store it");
            }

            await page.ReloadAsync();
            if (!await page.Locator(Boxes).Nth(1).IsCheckedAsync())
            {
                found.Add($"{path}: the tick was lost on reload");
            }

            if (await page.Locator(Boxes).Nth(0).IsCheckedAsync())
            {
                found.Add($"{path}: a box nobody ticked came back ticked");
            }

            return found;
        });

        Assert.True(problems.Count == 0, PageChecks.Report("problems", problems));
    }

    [Fact]
    public async Task Clear_all_ticks_unticks_every_box_and_forgets_them()
    {
        var problems = await PageChecks.RunAsync(site.PagesIn("checklists"), async path =>
        {
            await using var session = await site.OpenAsync(path);
            var page = session.Page;
            var found = new List<string>();
            await page.Locator(Boxes).Nth(0).CheckAsync();
            await page.Locator(Boxes).Last.CheckAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Clear all ticks" }).ClickAsync();
            if (await page.Locator(Boxes + ":checked").CountAsync() != 0)
            {
                found.Add($"{path}: boxes still ticked after 'Clear all ticks'");
            }

            if (await StoredAsync(page) != 0)
            {
                found.Add($"{path}: ticks still stored after 'Clear all ticks'");
            }

            await page.ReloadAsync();
            if (await page.Locator(Boxes + ":checked").CountAsync() != 0)
            {
                found.Add($"{path}: cleared ticks came back on reload");
            }

            return found;
        });

        Assert.True(problems.Count == 0, PageChecks.Report("problems", problems));
    }

    [Fact]
    public async Task Without_JavaScript_the_boxes_still_tick_and_no_dead_buttons_show()
    {
        var problems = await PageChecks.RunAsync(site.PagesIn("checklists"), async path =>
        {
            await using var session = await site.OpenAsync(path, TabKind.DesktopWithoutJavaScript);
            var page = session.Page;
            var found = new List<string>();
            var boxes = page.Locator(Boxes);
            var count = await boxes.CountAsync();
            if (count == 0)
            {
                return [$"{path}: no checkboxes without JavaScript"];
            }

            for (var i = 0; i < count; i++)
            {
                if (!await boxes.Nth(i).IsEnabledAsync() || !await boxes.Nth(i).IsVisibleAsync())
                {
                    found.Add($"{path}: checkbox {i + 1} is disabled or hidden without JavaScript");
                }
            }

            // Clicking the label (the big target people use) must tick the box.
            await page.Locator(".checklist label").First.ClickAsync();
            if (!await boxes.First.IsCheckedAsync())
            {
                found.Add($"{path}: clicking the first label did not tick its box without JavaScript");
            }

            // Buttons outside forms only work through script; none may be on show when script is off.
            var deadButtons = await page.Locator("button:not(form button):visible").AllInnerTextsAsync();
            found.AddRange(deadButtons.Select(b => $"{path}: button '{b.Trim()}' shows but cannot work without JavaScript"));
            return found;
        });

        Assert.True(problems.Count == 0, PageChecks.Report("problems", problems));
    }

    [Fact]
    public async Task Each_checklist_prints_on_at_most_two_Letter_or_A4_pages_without_navigation()
    {
        var folder = Path.Combine(RepoPaths.TestOutput, "print");
        Directory.CreateDirectory(folder);
        var problems = await PageChecks.RunAsync(site.PagesIn("checklists"), async path =>
        {
            await using var session = await site.OpenAsync(path);
            var page = session.Page;
            var found = new List<string>();
            // Ticks print as ticks: fill some in, as a visitor would before printing.
            await page.Locator(Boxes).First.CheckAsync();
            foreach (var format in PaperSizes)
            {
                var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = true });
                await File.WriteAllBytesAsync(Path.Combine(folder, $"{Slug(path)}-{format}.pdf"), pdf);
                var pages = PdfPages.Count(pdf);
                if (pages is < 1 or > 2)
                {
                    found.Add($"{path}: prints on {pages} {format} pages (at most 2)");
                }
            }

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            found.AddRange((await Printing.ScreenOnlyShowingAsync(page)).Select(s => $"{path}: {s} shows in print"));
            if (await page.GetByRole(AriaRole.Button).Filter(new() { Visible = true }).CountAsync() > 0)
            {
                found.Add($"{path}: buttons show in print");
            }

            if (!await page.Locator(Boxes).First.IsVisibleAsync())
            {
                found.Add($"{path}: the checkboxes do not show in print");
            }

            return found;
        });

        Assert.True(problems.Count == 0, PageChecks.Report("print problems", problems));
    }

    internal static string Slug(string path) => path.Trim('/').Replace('/', '-') is { Length: > 0 } s ? s : "home";

    private static Task<int> StoredAsync(IPage page) => page.EvaluateAsync<int>("() => localStorage.length");
}
