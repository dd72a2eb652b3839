namespace ClinicSite.BrowserTests.Support;

/// <summary>Every browser test class shares one built site, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built site in Chromium";
}
