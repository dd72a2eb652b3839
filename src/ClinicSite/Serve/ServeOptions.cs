namespace ClinicSite.Cli.Serve;

/// <summary>What 'serve' builds, where it writes, and where it listens.</summary>
internal sealed record ServeOptions
{
    public string Input { get; init; } = "input";
    public string Theme { get; init; } = "theme";
    public string Output { get; init; } = "output";

    /// <summary>The address to listen on; anything but loopback makes the site visible to the network.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>
    /// How long the folders must stay quiet before a rebuild starts. Editors save in bursts (write a temporary file,
    /// rename it over the page, delete a backup) that land within a few milliseconds; waiting for the burst to end
    /// turns it into one rebuild, at the cost of this much latency.
    /// </summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>The longest a burst may hold a rebuild back, for tools that keep writing.</summary>
    public TimeSpan LongestWait { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The date review deadlines are measured against (tests fix it).</summary>
    public DateOnly? Today { get; init; }
}
