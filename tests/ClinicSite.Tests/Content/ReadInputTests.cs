using System.Text;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Content;

/// <summary>Loading reads strict UTF-8: a BOM and CRLF are fine; invalid UTF-8 and UTF-16 are errors naming the file.</summary>
public sealed class ReadInputTests
{
    private static (InputSet Set, IReadOnlyList<Diagnostic> Diagnostics) Load(TestSite site)
    {
        var bag = new DiagnosticBag();
        var set = new ReadInput(site.Input, bag).Run();
        return (set, bag.ToSortedList());
    }

    [Fact]
    public void A_BOM_is_removed_and_CRLF_becomes_LF()
    {
        using var site = new TestSite();
        var text = MinimalSite.Meta("About").Replace("\n", "\r\n", StringComparison.Ordinal) + "Body.\r\n";
        site.WriteBytes("about.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        var (set, diagnostics) = Load(site);
        Assert.Empty(diagnostics);
        var about = set.Pages.Single(p => p.PathInInput == "about.md");
        Assert.StartsWith("---\n", about.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', about.Text);
        site.BuildOk();
    }

    [Fact]
    public void Invalid_UTF8_reports_CLS001_naming_the_file_and_line()
    {
        using var site = new TestSite();
        site.WriteBytes("about.md", [.. Encoding.UTF8.GetBytes("---\ntitle: A\n"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\n---\n")]);
        var (_, diagnostics) = Load(site);
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS001", error.Code);
        Assert.EndsWith("about.md", error.Span.Path, StringComparison.Ordinal);
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public void A_UTF16_file_reports_CLS001_and_says_to_save_as_UTF8()
    {
        using var site = new TestSite();
        site.WriteBytes("about.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\ntitle: A\n---\n")).ToArray());
        var error = Assert.Single(Load(site).Diagnostics);
        Assert.Equal("CLS001", error.Code);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_files_and_static_files_are_found_beside_pages()
    {
        using var site = new TestSite();
        site.WriteBytes("procedures/diagram.png", [1, 2, 3]);
        var (set, _) = Load(site);
        Assert.Contains("site", set.DataFiles.Keys);
        Assert.Contains("glossary", set.DataFiles.Keys);
        Assert.Contains(set.StaticFiles, s => s.PathInInput == "procedures/diagram.png");
        Assert.DoesNotContain(set.Pages, p => p.PathInInput.StartsWith("_data", StringComparison.Ordinal));
    }
}
