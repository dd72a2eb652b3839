using System.Text.RegularExpressions;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Snapshots;

/// <summary>
/// One page of each kind from the fixture site, built with the real theme, compared with Snapshots/KIND.verified.html.
/// After a deliberate change, run with CLINICSITE_ACCEPT=1, review the diff and commit.
/// </summary>
public sealed partial class SnapshotTests(SnapshotSite site) : IClassFixture<SnapshotSite>
{
    /// <summary>Snapshot name (the page kind) and the page's path in the output.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "home", "index.html" },
        { "section-procedures", "procedures/index.html" },
        { "section-risks", "risks/index.html" },
        { "section-specialists", "specialists/index.html" },
        { "section-checklists", "checklists/index.html" },
        { "procedure", "procedures/epidural-steroid-injection/index.html" },
        { "risk", "risks/infection/index.html" },
        { "specialist", "specialists/physiatrist/index.html" },
        { "checklist", "checklists/before-your-injection/index.html" },
        { "page", "imaging-guidance/index.html" },
        { "glossary", "glossary/index.html" },
        { "faq", "faq/index.html" },
        { "404", "404.html" },
    };

    [Fact]
    public void The_fixture_site_builds_with_no_errors_and_no_warnings()
    {
        Assert.True(site.Result.Succeeded, SnapshotSite.Describe(site.Result));
        Assert.Empty(site.Result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_matches_its_approved_snapshot(string kind, string path)
    {
        Assert.True(File.Exists(Path.Combine(site.Output, path)), $"{path} was not written; {site.Result.Errors} build error(s), listed by The_fixture_site_builds_with_no_errors_and_no_warnings.");
        Approved.Verify(kind, site.Snapshot(path));
    }

    [Fact]
    public void Every_page_the_fixture_writes_has_a_snapshot()
    {
        // A new page kind added to the fixture without a snapshot, or a page that moved, shows up here.
        var snapshotted = Pages.Select(row => (string)row[1]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(snapshotted, SnapshotSite.HtmlFiles(site.Output));
    }

    [Fact]
    public void A_second_build_into_another_folder_writes_the_same_bytes_and_no_local_paths()
    {
        var other = SnapshotSite.NewOutputFolder();
        try
        {
            var result = SnapshotSite.Build(other);
            Assert.True(result.Succeeded, SnapshotSite.Describe(result));
            var pages = SnapshotSite.HtmlFiles(site.Output);
            Assert.Equal(pages, SnapshotSite.HtmlFiles(other));
            foreach (var page in pages)
            {
                var html = File.ReadAllText(Path.Combine(other, page));
                Assert.True(File.ReadAllBytes(Path.Combine(site.Output, page)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other, page))), $"{page} differs between two builds");
                Assert.DoesNotContain(Path.GetDirectoryName(other)!, html, StringComparison.Ordinal);
                Assert.DoesNotContain(RepoPaths.Root, html, StringComparison.Ordinal);
            }
        }
        finally
        {
            if (Directory.Exists(Path.GetDirectoryName(other)))
            {
                Directory.Delete(Path.GetDirectoryName(other)!, recursive: true);
            }
        }
    }

    [Fact]
    public void Every_fingerprinted_asset_the_pages_use_was_written()
    {
        // The snapshots hide the fingerprints, so this checks what they no longer show: each asset URL resolves.
        var urls = site.Result.Succeeded
            ? SnapshotSite.HtmlFiles(site.Output).SelectMany(p => AssetUrl().Matches(site.Read(p)).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal).ToList()
            : [];
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(File.Exists(Path.Combine(site.Output, url.TrimStart('/'))), $"{url} is linked but was not written"));
    }

    [GeneratedRegex(@"(?:href|src)=""(/assets/[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex AssetUrl();
}
