using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Properties;

/// <summary>
/// Runs one generated case through the whole pipeline with a time bound, and checks the one outcome allowed: either
/// the page was built, or the build failed with located, coded errors. An exception or a hang fails the property.
/// </summary>
internal static class BoundedBuild
{
    /// <summary>Far above a normal build (well under a second); only a hang reaches it.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static readonly HashSet<string> KnownCodes = Codes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Builds the site; throws (failing the property, with the case in FsCheck's report) on a crash or hang.</summary>
    public static BuildResult Run(TestSite site)
    {
        var build = Task.Run(() => site.Build());
        try
        {
            if (!build.Wait(Limit))
            {
                throw new TimeoutException($"The build did not finish within {Limit.TotalSeconds} s: the pipeline hangs on this input.");
            }
        }
        catch (AggregateException ex) when (ex.InnerException is not null)
        {
            throw new InvalidOperationException($"The build crashed instead of reporting an error: {ex.InnerException}", ex.InnerException);
        }

        return build.Result;
    }

    /// <summary>Null when the build wrote the page, or failed with well-formed errors; otherwise what went wrong.</summary>
    public static string? Problem(TestSite site, BuildResult result, string pageOutputPath)
    {
        if (result.Succeeded)
        {
            return site.OutputExists(pageOutputPath) ? null : $"The build succeeded but did not write {pageOutputPath}.";
        }

        if (result.Errors == 0)
        {
            return "The build failed without reporting an error.";
        }

        var malformed = result.Diagnostics.FirstOrDefault(d => !KnownCodes.Contains(d.Code) || string.IsNullOrWhiteSpace(d.Message) || string.IsNullOrEmpty(d.Span.Path));
        return malformed is null ? null : $"A diagnostic has no known code, message or file: {malformed}";
    }
}
