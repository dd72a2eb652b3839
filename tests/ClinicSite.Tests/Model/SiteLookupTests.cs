using ClinicSite.Engine.Content;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Model;

/// <summary>Site's indexed lookups answer as a scan of its pages would, and a copy with other pages never sees the original's.</summary>
public sealed class SiteLookupTests
{
    [Fact]
    public void Lookups_find_pages_and_section_indexes_and_copies_do_not_inherit_them()
    {
        using var testSite = new TestSite();
        var site = testSite.BuildOk().Site!;

        var bleeding = site.Find(Collection.Risks, "bleeding");
        Assert.NotNull(bleeding);
        Assert.Equal("/risks/bleeding/", bleeding.Url);
        Assert.Null(site.Find(Collection.Procedures, "bleeding"));
        Assert.Equal("/risks/", site.SectionIndex(Collection.Risks)?.Url);
        Assert.NotNull(site.Home);

        var empty = site with { Pages = [] };
        Assert.Null(empty.Find(Collection.Risks, "bleeding"));
        Assert.Null(empty.SectionIndex(Collection.Risks));
        Assert.Same(bleeding, site.Find(Collection.Risks, "bleeding"));
    }
}
