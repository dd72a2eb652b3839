namespace ClinicSite.BrowserTests.Support;

/// <summary>What one visit to one page found, check by check; each list holds readable problems, empty when the page passed.</summary>
public sealed record PageReport(string Path)
{
    public List<string> Axe { get; } = [];

    public List<string> Network { get; } = [];

    public List<string> Storage { get; } = [];

    public List<string> Keyboard { get; } = [];

    public List<string> Narrow { get; } = [];

    public List<string> Zoomed { get; } = [];

    /// <summary>How many axe rules passed per colour scheme: proof that axe really ran.</summary>
    public Dictionary<string, int> AxePasses { get; } = [];

    public TimeSpan Elapsed { get; set; }

    /// <summary>Wall time per step of the visit, to see where the suite's time goes.</summary>
    public Dictionary<string, TimeSpan> Steps { get; } = [];
}
