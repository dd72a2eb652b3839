using ClinicSite.BrowserTests.Support;

namespace ClinicSite.BrowserTests;

/// <summary>How the suite finds its browser; runs without one.</summary>
public sealed class BrowserLocatorTests
{
    [Fact]
    public void CHROME_PATH_wins_when_it_points_at_a_file()
    {
        Assert.Equal("/opt/chrome/chrome", BrowserLocator.Find("/opt/chrome/chrome", path => path == "/opt/chrome/chrome" || path == BrowserLocator.DebianChromium));
    }

    [Fact]
    public void A_CHROME_PATH_to_nothing_fails_with_the_install_instruction()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => BrowserLocator.Find("/nowhere/chrome", _ => false));

        Assert.Contains("/nowhere/chrome", ex.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Debian_chromium_is_used_when_CHROME_PATH_is_unset()
    {
        Assert.Equal(BrowserLocator.DebianChromium, BrowserLocator.Find(null, path => path == BrowserLocator.DebianChromium));
    }

    [Fact]
    public void With_no_browser_on_disk_Playwright_is_left_to_look_for_its_own()
    {
        Assert.Null(BrowserLocator.Find("", _ => false));
    }

    [Fact]
    public void Chromium_is_launched_with_the_offline_switches()
    {
        Assert.Contains("--disable-background-networking", BrowserLocator.Arguments);
        Assert.Contains("--disable-component-update", BrowserLocator.Arguments);
        Assert.Contains("--no-sandbox", BrowserLocator.Arguments);
    }
}
