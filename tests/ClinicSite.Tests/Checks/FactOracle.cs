using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Checks;
using ClinicSite.Tests.Properties;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Checks;

/// <summary>What the oracle found in one build: the DOM's facts for each checked page, and the checks' verdict on them.</summary>
internal sealed record OracleVerdict(IReadOnlyList<PageFacts> DomFacts, IReadOnlyList<Diagnostic> DomDiagnostics, string? Disagreement);

/// <summary>
/// Compares what a build handed its site checks with what an HTML parser finds in the very pages it made: every page's
/// facts field by field, then the diagnostics every check of the build gives on either set of facts. The build's
/// facts are the ones under test; <see cref="DomFacts"/> is the oracle and is never compared with itself.
/// </summary>
internal static class FactOracle
{
    /// <summary>How many disagreeing pages a failure message shows in full.</summary>
    private const int PagesShown = 5;

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds a test site without writing it (so every page's content is kept), bounded in time like the fuzz builds.</summary>
    public static SiteBuildRun Build(TestSite site, string? today = null) => Build(new BuildOptions
    {
        Input = site.Input,
        Theme = site.Theme,
        Output = site.Output,
        Write = false,
        Today = DateOnly.Parse(today ?? TestSite.Today, System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Runs the build stages; a crash or a hang fails the caller with the reason.</summary>
    public static SiteBuildRun Build(BuildOptions options)
    {
        Assert.False(options.Write, "The oracle needs the pages' content: build with Write = false.");
        var build = Task.Run(() => SiteBuild.Run(options, new BuildCache()));
        try
        {
            if (!build.Wait(BoundedBuild.Limit))
            {
                throw new TimeoutException($"The build did not finish within {BoundedBuild.Limit.TotalSeconds} s.");
            }
        }
        catch (AggregateException ex) when (ex.InnerException is not null)
        {
            throw new InvalidOperationException($"The build crashed instead of reporting an error: {ex.InnerException}", ex.InnerException);
        }

        return build.Result;
    }

    /// <summary>Fails the test unless the oracle agrees with the build on every checked page; the build must have rendered pages.</summary>
    public static OracleVerdict AssertAgrees(SiteBuildRun run)
    {
        Assert.True(run.Checked is not null, "The build rendered no pages to check:\n" + string.Join('\n', run.Result.Diagnostics));
        var verdict = Judge(run);
        Assert.True(verdict.Disagreement is null, verdict.Disagreement);
        return verdict;
    }

    /// <summary>The oracle's verdict on one build (no pages rendered: nothing to disagree with).</summary>
    public static OracleVerdict Judge(SiteBuildRun run)
    {
        if (run.Checked is not { } pages)
        {
            return new OracleVerdict([], [], null);
        }

        if (pages.Files.Count != pages.Facts.Count)
        {
            return new OracleVerdict([], [], $"The build checked {pages.Facts.Count} pages' facts but handed back {pages.Files.Count} page files.");
        }

        var problems = new StringBuilder();
        var domFacts = new List<PageFacts>(pages.Files.Count);
        var disagreeing = 0;
        for (var i = 0; i < pages.Files.Count; i++)
        {
            var (file, built) = (pages.Files[i], pages.Facts[i]);
            if (file.Path != built.OutputPath)
            {
                return new OracleVerdict([], [], $"Page file {i} is /{file.Path} but its facts are for /{built.OutputPath}.");
            }

            if (file.Staged || file.Content.Length == 0)
            {
                return new OracleVerdict([], [], $"/{file.Path} has no content to parse (staged: {file.Staged}); build with Write = false.");
            }

            var dom = DomFacts.Read(file.Content, built.OutputPath, built.SourcePath);
            domFacts.Add(dom);
            var differences = Differences(built, dom).ToList();
            if (differences.Count > 0 && ++disagreeing <= PagesShown)
            {
                problems.Append("The build's facts for /").Append(file.Path).Append(" (from ").Append(built.SourcePath).Append(") are not the DOM's:\n");
                foreach (var difference in differences)
                {
                    problems.Append("  ").Append(difference).Append('\n');
                }
            }
        }

        if (disagreeing > PagesShown)
        {
            problems.Append("… and ").Append(disagreeing - PagesShown).Append(" more pages disagree.\n");
        }

        var fromBuild = RunChecks(pages.Facts, pages.Paths);
        var fromDom = RunChecks(domFacts, pages.Paths);
        if (!fromBuild.SequenceEqual(fromDom))
        {
            problems.Append("The site checks give other diagnostics on the build's facts (").Append(fromBuild.Count).Append(") than on the DOM's (").Append(fromDom.Count).Append("):\n");
            AppendOnlyIn(problems, "only on the build's facts", fromBuild.Except(fromDom).ToList());
            AppendOnlyIn(problems, "only on the DOM's facts", fromDom.Except(fromBuild).ToList());
        }

        // The checks above ran on what the build says it checked; the build must also have reported exactly that.
        var unreported = fromDom.Except(run.Result.Diagnostics).ToList();
        if (unreported.Count > 0)
        {
            problems.Append("The DOM's facts give diagnostics the build did not report:\n");
            AppendOnlyIn(problems, "not reported", unreported);
        }

        return new OracleVerdict(domFacts, fromDom, problems.Length == 0 ? null : problems.ToString());
    }

    /// <summary>Every check the build runs, in its order, over the given facts: the sorted, distinct diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> RunChecks(IReadOnlyList<PageFacts> facts, IReadOnlySet<string> paths)
    {
        var bag = new DiagnosticBag();
        foreach (var check in SiteBuild.Checks)
        {
            check.Check(facts, paths, bag);
        }

        return bag.ToSortedList();
    }

    /// <summary>Each field that differs, with its first differing item from both sides.</summary>
    internal static IEnumerable<string> Differences(PageFacts built, PageFacts dom)
    {
        if (!built.Ids.SetEquals(dom.Ids))
        {
            yield return $"Ids: only the build has {Some(built.Ids.Except(dom.Ids))}; only the DOM has {Some(dom.Ids.Except(built.Ids))} (build {built.Ids.Count}, DOM {dom.Ids.Count})";
        }

        var sequences = new[]
        {
            FirstDifference("DuplicateIds", built.DuplicateIds, dom.DuplicateIds, Quote),
            FirstDifference("References", built.References, dom.References, r => $"<{r.Element} {r.Attribute}={Quote(r.Value)}>"),
            FirstDifference("HeadingLevels", built.HeadingLevels, dom.HeadingLevels, l => "h" + l),
            FirstDifference("ImagesWithoutAlt", built.ImagesWithoutAlt, dom.ImagesWithoutAlt, Quote),
            Exact("Lang", built.Lang, dom.Lang),
            Exact("Title", built.Title, dom.Title),
            Exact("Canonical", built.Canonical, dom.Canonical),
        };
        foreach (var difference in sequences.OfType<string>())
        {
            yield return difference;
        }
    }

    private static string? FirstDifference<T>(string field, IReadOnlyList<T> built, IReadOnlyList<T> dom, Func<T, string> show)
    {
        var i = 0;
        while (i < built.Count && i < dom.Count && EqualityComparer<T>.Default.Equals(built[i], dom[i]))
        {
            i++;
        }

        if (i == built.Count && i == dom.Count)
        {
            return null;
        }

        var after = i == 0 ? "at the start" : "after " + show(built[i - 1]);
        var buildSide = i < built.Count ? show(built[i]) : "nothing (its list ends here)";
        var domSide = i < dom.Count ? show(dom[i]) : "nothing (its list ends here)";
        return $"{field}[{i}] ({after}): build {buildSide}, DOM {domSide} (build has {built.Count}, DOM {dom.Count})";
    }

    private static string? Exact(string field, string? built, string? dom) =>
        string.Equals(built, dom, StringComparison.Ordinal) ? null : $"{field}: build {Quote(built)}, DOM {Quote(dom)}";

    private static string Quote(string? value) => value is null ? "(none)" : JsonSerializer.Serialize(value, Quoting);

    private static string Some(IEnumerable<string> values)
    {
        var list = values.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "nothing" : string.Join(", ", list.Take(5).Select(Quote)) + (list.Count > 5 ? $" and {list.Count - 5} more" : string.Empty);
    }

    private static void AppendOnlyIn(StringBuilder problems, string label, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Take(5))
        {
            problems.Append("  ").Append(label).Append(": ").Append(diagnostic).Append('\n');
        }

        if (diagnostics.Count > 5)
        {
            problems.Append("  ").Append(label).Append(": … and ").Append(diagnostics.Count - 5).Append(" more\n");
        }
    }
}
