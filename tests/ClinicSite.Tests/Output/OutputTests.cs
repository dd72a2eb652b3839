using System.Security.Cryptography;
using ClinicSite.Engine.Output;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Output;

/// <summary>Fingerprinted assets, deterministic output, and a failed build that leaves the old output byte-for-byte intact.</summary>
public sealed class OutputTests
{
    [Fact]
    public void Asset_names_carry_a_content_hash_and_pages_link_to_them()
    {
        var name = FingerprintAssets.Fingerprinted("css/site.css", "body{}"u8.ToArray());
        Assert.Matches(@"^css/site\.[0-9a-f]{10}\.css$", name);
        Assert.NotEqual(name, FingerprintAssets.Fingerprinted("css/site.css", "body{color:red}"u8.ToArray()));

        using var site = new TestSite();
        site.BuildOk();
        var css = Directory.EnumerateFiles(Path.Combine(site.Output, "assets", "css")).Single();
        Assert.Contains($"href=\"/assets/css/{Path.GetFileName(css)}\"", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.Contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable", site.ReadOutput("_headers"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new TestSite();
        site.BuildOk();
        var first = Snapshot(site.Output);
        site.BuildOk();
        Assert.Equal(first, Snapshot(site.Output));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte_intact()
    {
        using var site = new TestSite();
        site.BuildOk();
        var before = Snapshot(site.Output);
        site.Write("risks/bleeding.md", "---\ntitle: [broken\n---\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    /// <summary>
    /// 'build' writes pages into its staging folder as it makes them; a failure found only afterwards (here two files
    /// for one path, found once every file is known; or warnings under --strict) must still leave nothing behind.
    /// </summary>
    [Theory]
    [InlineData("clash")]
    [InlineData("strict")]
    public void A_build_failing_after_its_pages_were_staged_leaves_the_previous_output_intact(string failure)
    {
        using var site = new TestSite();
        site.BuildOk();
        var before = Snapshot(site.Output);
        var strict = failure == "strict";
        if (strict)
        {
            site.Write("risks/bleeding.md", File.ReadAllText(site.FullPath("risks/bleeding.md")).Replace("next_review: 2027-01-10", "next_review: 2026-11-01", StringComparison.Ordinal));
        }
        else
        {
            site.Write("risks/bleeding/index.html", "<!doctype html><title>x</title>");
        }

        var result = site.Build(strict: strict, today: "2026-11-21");
        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        Assert.Contains(result.Diagnostics, d => d.Code == (strict ? "CLS040" : "CLS013"));
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_removes_files_of_deleted_pages()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About") + "About us.\n");
        site.BuildOk();
        Assert.True(site.OutputExists("about/index.html"));
        site.Delete("about.md");
        site.BuildOk();
        Assert.False(site.OutputExists("about/index.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void Leftover_staging_folders_from_an_interrupted_build_are_removed_by_the_next_build()
    {
        using var site = new TestSite();
        var leftover = Path.Combine(site.Root, ".output.staging-999-dead");
        Directory.CreateDirectory(leftover);
        OutputMark.Write(leftover, []); // every staging folder is marked as soon as it is made
        File.WriteAllText(Path.Combine(leftover, "index.html"), "half");
        site.BuildOk();
        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void Generated_headers_and_redirects_come_from_site_yml()
    {
        using var site = new TestSite();
        site.BuildOk();
        Assert.StartsWith("/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n", site.ReadOutput("_headers"), StringComparison.Ordinal);
        Assert.Equal("/old/ /procedures/ 301\n", site.ReadOutput("_redirects"));
    }

    internal static SortedDictionary<string, string> Snapshot(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
