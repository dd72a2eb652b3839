using System.Net;
using ClinicSite.BrowserTests.Support;

namespace ClinicSite.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class NotFoundTests(SiteFixture site)
{
    [Theory]
    [InlineData(SiteFixture.MissingPath)]
    [InlineData("/procedures/no-such-procedure/")]
    [InlineData("/risks/deep/down/nothing.html")]
    public async Task A_missing_path_shows_the_404_page_with_status_404_and_working_styles(string path)
    {
        await using var session = await site.OpenAsync(path);

        Assert.Equal((int)HttpStatusCode.NotFound, session.Response!.Status);
        Assert.Contains("not found", await session.Page.TitleAsync(), StringComparison.OrdinalIgnoreCase);
        // Asset links are absolute, so a deep missing path still gets the stylesheet.
        Assert.Empty(session.ConsoleErrors);
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0"));
    }

    [Fact]
    public async Task An_old_address_in_redirects_lands_on_the_new_page()
    {
        await using var session = await site.OpenAsync("/procedures/epidural/");

        Assert.Equal((int)HttpStatusCode.OK, session.Response!.Status);
        Assert.EndsWith("/procedures/epidural-steroid-injection/", session.Page.Url, StringComparison.Ordinal);
    }
}
