using System.Diagnostics;
using ClinicSite.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClinicSite.BrowserTests;

/// <summary>The search page on the real built site: lay words, typos and prefixes, the no-result message, the A–Z list
/// without JavaScript, axe with results shown, keyboard use, and no request to any other host.</summary>
[Collection(BrowserSuite.Name)]
public sealed class SearchTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Results = "#search-results";
    private const string ResultLinks = "#search-results li h2 a";

    /// <summary>What patients type, and the page that must come in the first three results.</summary>
    public static TheoryData<string, string> LayQueries => new()
    {
        { "shot for sciatica", "/procedures/epidural-steroid-injection/" },
        { "burning the nerve", "/procedures/radiofrequency-ablation/" },
        { "nerve burning", "/procedures/radiofrequency-ablation/" },
        { "blood thinner", "/risks/who-should-not-have-an-injection/" },
        { "numbing", "/checklists/procedure-day/" },
        { "can I drive after", "/checklists/after-your-injection/" },
        { "epid", "/procedures/epidural-steroid-injection/" },
        { "epideral", "/procedures/epidural-steroid-injection/" },
        { "facit", "/procedures/facet-joint-injection/" },
        { "radiofrequncy", "/procedures/radiofrequency-ablation/" },
        { "sacroilac", "/procedures/sacroiliac-joint-injection/" },
        { "X-ray video", "/imaging-guidance/" },
        { "slipped disc", "/procedures/epidural-steroid-injection/" },
        { "infection", "/risks/infection/" },
        { "headache after injection", "/risks/spinal-headache/" },
        { "knee injections", "/procedures/peripheral-joint-injection/" },
        { "muscle knot", "/procedures/trigger-point-injection/" },
        { "own blood", "/procedures/prp-and-biologic-injections/" },
        { "pinched nerve", "/procedures/selective-nerve-root-block/" },
        { "sugar diabetes", "/risks/raised-blood-sugar/" },
        { "questions for my doctor", "/checklists/questions-to-ask-your-doctor/" },
        { "disc test", "/procedures/provocation-discography/" },
        { "steroids side effects", "/risks/steroid-side-effects/" },
        { "paralysis", "/risks/paralysis/" },
    };

    [Theory]
    [MemberData(nameof(LayQueries))]
    public async Task A_lay_query_finds_the_page_it_means_in_the_top_three(string query, string expected)
    {
        await using var session = await site.OpenAsync("/search/?q=" + Uri.EscapeDataString(query));
        var top = await TopResultsAsync(session.Page);

        Assert.Contains(expected, top.Take(3));
        Assert.Equal(query, await session.Page.InputValueAsync("#search-q"));
        Assert.Matches(@"^\d+ pages? found for ", await session.Page.TextContentAsync("#search-status"));
        Assert.Empty(session.ForeignRequests);
        Assert.Empty(session.ConsoleErrors);
        Assert.Empty(await session.CspViolationsAsync());
    }

    [Fact]
    public async Task Matched_words_are_marked_in_results_built_as_text()
    {
        await using var session = await site.OpenAsync("/search/?q=facet");
        await TopResultsAsync(session.Page);

        var marks = await session.Page.Locator(Results + " mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("facet", m, StringComparison.OrdinalIgnoreCase));
        // Each result shows its title link, section and summary.
        var first = session.Page.Locator(Results + " li").First;
        Assert.Equal(1, await first.Locator("h2 a").CountAsync());
        Assert.True(await first.Locator("p").CountAsync() >= 2);
    }

    [Fact]
    public async Task Words_that_match_nothing_get_a_kind_message_with_the_A_to_Z_list_and_the_glossary()
    {
        await using var session = await site.OpenAsync("/search/?q=" + Uri.EscapeDataString("zqxw plugh"));
        var page = session.Page;
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent !== ''");

        Assert.StartsWith("No pages found for zqxw plugh", await page.TextContentAsync("#search-status"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(ResultLinks).CountAsync());
        Assert.Equal(1, await page.Locator(Results + " a[href='#a-z']").CountAsync());
        Assert.Equal(1, await page.Locator(Results + " a[href='/glossary/']").CountAsync());
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_lists_every_page_from_A_to_Z_with_its_section()
    {
        await using var session = await site.OpenAsync("/search/?q=facet", TabKind.DesktopWithoutJavaScript);
        var page = session.Page;

        var listed = (await page.Locator(".search-az .az-pages a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToHashSet(StringComparer.Ordinal);
        var expected = site.PagePaths.Where(p => p != "/search/").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(await page.Locator(".search-az .az-pages li").CountAsync(), await page.Locator(".search-az .az-pages__section").CountAsync());
        Assert.Contains("Procedure", await page.Locator(".az-pages__section").AllTextContentsAsync());
        Assert.Equal(string.Empty, (await page.TextContentAsync(Results))!.Trim());
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task The_search_page_with_results_has_no_axe_violations_in_light_and_dark()
    {
        await using var session = await site.OpenAsync("/search/?q=" + Uri.EscapeDataString("shot for sciatica"));
        var page = session.Page;
        await TopResultsAsync(page);
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            await AxeScan.InjectAsync(page);
            var result = await AxeScan.RunAsync(page, new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. PageSweep.WcagTags] },
                ResultTypes = [ResultType.Violations],
                Iframes = false,
            });
            problems.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"[{scheme}] {v.Id}: {v.Help} — {n.Target}")));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    [Fact]
    public async Task A_visitor_can_search_from_the_header_and_reach_the_results_by_keyboard_alone()
    {
        await using var session = await site.OpenAsync("/procedures/");
        var page = session.Page;
        for (var i = 0; i < 40 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "site-search-q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("site-search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("facet joint");
        // The wait is set up before Enter is pressed, so a navigation that finishes at once is not missed.
        var navigated = page.WaitForURLAsync("**/search/?q=facet+joint", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Contains("/procedures/facet-joint-injection/", (await TopResultsAsync(page)).Take(3));

        // Typing in the search page's own box searches as you type and keeps the address in step.
        await page.FocusAsync("#search-q");
        await page.Keyboard.PressAsync("Control+A");
        var clock = Stopwatch.StartNew();
        await page.Keyboard.TypeAsync("epid");
        await page.WaitForFunctionAsync("() => /epid/.test(document.getElementById('search-status').textContent)");
        output.WriteLine($"typing 'epid' to results shown: {clock.ElapsedMilliseconds} ms (includes the 150 ms debounce; not asserted)");
        Assert.EndsWith("?q=epid", page.Url, StringComparison.Ordinal);

        // From the box, Tab goes to the button and then straight to the first result.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Equal((await TopResultsAsync(page))[0], focused);
        var opened = page.WaitForURLAsync("**" + focused, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task Searching_fetches_only_this_sites_index_files_and_no_other_page_loads_the_search_script()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;
        var requests = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.ResourceType is "fetch" or "xhr")
            {
                requests.Add(new Uri(r.Url).AbsolutePath);
            }
        };
        await page.FillAsync("#search-q", "injection");
        await TopResultsAsync(page);

        Assert.Empty(session.ForeignRequests);
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.True(r == "/search/index.json" || r.StartsWith("/assets/search/", StringComparison.Ordinal), r));

        await using var other = await site.OpenAsync("/procedures/facet-joint-injection/");
        Assert.Equal(0, await other.Page.Locator("script[src*='search']").CountAsync());
        Assert.Equal(1, await other.Page.Locator("form[role=search] input[name=q]").CountAsync());
    }

    private static async Task<List<string>> TopResultsAsync(IPage page)
    {
        await page.WaitForSelectorAsync(ResultLinks, new PageWaitForSelectorOptions { Timeout = 10_000 });
        return [.. await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];
    }
}
