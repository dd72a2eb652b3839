using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Pipeline;

namespace ClinicSite.Tests.Support;

/// <summary>
/// Builds the real input/ with the real theme/ once into a temp folder, parses every page with AngleSharp, and reads
/// site.yml and glossary.yml so tests can compare pages with the data they come from. The class fixtures
/// <see cref="Theme.ThemeSite"/> and <see cref="Site.BuiltSite"/> differ only in the date reviews are measured against.
/// </summary>
public abstract class RealSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    /// <param name="today">The build's date; null for the machine's clock.</param>
    protected RealSite(DateOnly? today)
    {
        Output = Path.Combine(Path.GetTempPath(), "clinicsite-real-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuild.Run(new BuildOptions
        {
            Input = RepoPaths.Input,
            Theme = RepoPaths.Theme,
            Output = Output,
            Today = today,
        });

        var bag = new DiagnosticBag();
        var input = new ReadInput(RepoPaths.Input, bag).Run();
        var (data, glossary) = new ReadSiteData(bag).Run(input, "input");
        Data = data ?? throw new InvalidOperationException("input/_data/site.yml did not load: " + string.Join('\n', bag.ToSortedList()));
        Glossary = glossary;

        Pages = Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToDictionary(p => p, p => (IDocument)Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, p))), StringComparer.Ordinal)
            : [];
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public SiteData Data { get; }

    public IReadOnlyList<GlossaryEntry> Glossary { get; }

    /// <summary>Every built page by its path in output/ (e.g. "procedures/facet-joint-injection/index.html").</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public string BaseUrl => Data.BaseUrl.TrimEnd('/');

    public IDocument Page(string path) =>
        Pages.TryGetValue(path, out var doc) ? doc : throw new InvalidOperationException($"No page {path} was built. Build diagnostics:\n{string.Join('\n', Result.Diagnostics)}");

    /// <summary>Pages of one collection folder, without its index.</summary>
    public IEnumerable<(string Path, IDocument Doc)> Members(string folder) =>
        Pages.Where(p => p.Key.StartsWith(folder + "/", StringComparison.Ordinal) && p.Key != folder + "/index.html").Select(p => (p.Key, p.Value));

    /// <summary>The URL a page is served at: "procedures/x/index.html" → "/procedures/x/".</summary>
    public static string UrlOf(string path) =>
        path == "index.html" ? "/" : path.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;

    public byte[] Bytes(string urlPath) => File.ReadAllBytes(Path.Combine(Output, urlPath.TrimStart('/')));

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        foreach (var page in Pages.Values)
        {
            page.Dispose();
        }

        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
