using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.BadInput;

/// <summary>Windows line endings are not damage: a site saved with CRLF builds the same site, and errors keep their lines.</summary>
public sealed class CrlfTests
{
    [Fact]
    public void A_site_saved_with_CRLF_line_endings_builds_the_same_files_as_with_LF()
    {
        using var lf = new TestSite();
        lf.BuildOk();
        using var crlf = new TestSite();
        foreach (var (path, text) in MinimalSite.Files)
        {
            crlf.Write(path, text.Replace("\n", "\r\n", StringComparison.Ordinal));
        }

        Assert.Contains("\r\n", File.ReadAllText(crlf.FullPath("risks/bleeding.md")), StringComparison.Ordinal);
        crlf.BuildOk();
        var differences = SiteSnapshot.Of(crlf.Output).DifferencesFrom(SiteSnapshot.Of(lf.Output));
        Assert.Empty(differences);
    }

    [Fact]
    public void A_page_with_old_Mac_CR_line_endings_builds()
    {
        using var site = new TestSite();
        site.Write("risks/bleeding.md", CasePages.Risk.Replace("\n", "\r", StringComparison.Ordinal));
        site.BuildOk();
        Assert.Contains("Some bleeding.", site.ReadOutput("risks/bleeding/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_a_CRLF_page_are_reported_on_the_same_line_and_column_as_with_LF()
    {
        using var site = new TestSite();
        var broken = CasePages.RiskWith("next_review: 2027-01-10", "next_review: 2025-12-01") + "\nSee [x](missing.md).\n";
        site.Write("risks/bleeding.md", broken.Replace("\n", "\r\n", StringComparison.Ordinal));
        var result = site.Build();

        var date = Assert.Single(TestSite.WithCode(result, Codes.ReviewDates));
        Assert.Equal((5, 14), (date.Span.Line, date.Span.Column));
        var link = Assert.Single(TestSite.WithCode(result, Codes.MissingPage));
        Assert.Equal((20, 5), (link.Span.Line, link.Span.Column));
    }
}
