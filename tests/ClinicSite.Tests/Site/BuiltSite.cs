using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Engine.Build;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Site;

/// <summary>Builds the real input/ and theme/ once into a temp folder and parses every page with AngleSharp.</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "clinicsite-real-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuild.Run(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = Output });
        var parser = new HtmlParser();
        Pages = Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToDictionary(p => p, p => (IDocument)parser.ParseDocument(File.ReadAllText(Path.Combine(Output, p))), StringComparer.Ordinal)
            : [];
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public void Dispose()
    {
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
        }
    }
}
