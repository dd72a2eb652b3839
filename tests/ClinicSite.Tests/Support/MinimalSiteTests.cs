using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Support;

public sealed class MinimalSiteTests
{
    [Fact]
    public void The_minimal_test_site_builds_without_errors_or_warnings()
    {
        using var site = new TestSite();
        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
        Assert.True(site.OutputExists("procedures/epidural/index.html"));
    }
}
