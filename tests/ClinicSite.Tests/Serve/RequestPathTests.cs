using ClinicSite.Cli.Serve;

namespace ClinicSite.Tests.Serve;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/procedures/facet/", "/procedures/facet/")]
    [InlineData("/assets/site.1234.css?v=1", "/assets/site.1234.css")]
    public void Ordinary_paths_are_safe(string raw, string path) => Assert.True(RequestPath.IsSafe(raw, path));

    [Theory]
    [InlineData("/a/../b", "/b")]
    [InlineData("/%2e%2e/b", "/b")]
    [InlineData("/%252e%252e/b", "/%2e%2e/b")]
    [InlineData("/a%5cb", "/a\\b")]
    [InlineData("/a/b", "//a/b")]
    [InlineData("/c:/x", "/c:/x")]
    [InlineData("/a%00b", "/a\0b")]
    public void Escaping_paths_are_refused(string raw, string path) => Assert.False(RequestPath.IsSafe(raw, path));

    [Fact]
    public void Paths_are_resolved_inside_the_root_only()
    {
        var root = Path.Combine(Path.GetTempPath(), "site");

        Assert.Equal(Path.Combine(root, "a", "b.html"), RequestPath.InsideRoot(root, "/a/b.html"));
        Assert.Null(RequestPath.InsideRoot(root, "/../site-other/x"));
    }
}
