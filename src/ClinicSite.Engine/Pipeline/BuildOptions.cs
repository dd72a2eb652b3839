namespace ClinicSite.Engine.Pipeline;

/// <summary>What to build from and where to: the CLI's --input, --theme, --output and --base-url.</summary>
public sealed record BuildOptions
{
    public string Input { get; init; } = "input";
    public string Theme { get; init; } = "theme";
    public string Output { get; init; } = "output";
    public string? BaseUrl { get; init; }

    /// <summary>False for 'check': run every stage but write nothing.</summary>
    public bool Write { get; init; } = true;

    /// <summary>Warnings count as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>The date review deadlines are measured against (injected so tests can fix it).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Test hook: runs after files are staged and before the swap.</summary>
    internal Action? BeforeSwap { get; init; }
}
