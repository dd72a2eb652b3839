using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Security;

/// <summary>
/// The minimal site with markup, quotes and script-closing text in every field an editor controls: page fields, list
/// items, sources, body text, site.yml and the glossary. It must build, and every value must arrive as plain text.
/// </summary>
public sealed class HostileSite : IDisposable
{
    public const string Title = "A & B <b>bold</b> </script><script>alert(1)</script> \"q\" 'a'";
    public const string Summary = "\"><img src=x onerror=alert(2)> </title><!-- & 'single' `tick`";
    public const string WarningSign = "<img src=x onerror=alert(3)>";
    public const string GetHelp = "</p><script>alert(4)</script> & call";
    public const string SourceTitle = "<i>Spinal</i> </cite><script>alert(5)</script>";
    public const string SourceUrl = "https://example.org/?q=\"><script>alert(6)</script>&x='y'";
    public const string ClinicName = "Test </script><script>alert(7)</script> Clinic & \"Co\"";
    public const string Definition = "<script>alert(8)</script> A live X-ray & video.";
    public const string BodyText = "Doses < 5 ml & > 2 ml are \"typical\", and 3<4 or a&b 'quoted'.";
    public const string LinkUrl = "https://example.org/a\"onmouseover=\"alert(10)";

    private readonly TestSite _site = new();
    private readonly HtmlParser _parser = new();

    public HostileSite()
    {
        _site.Write("risks/bleeding.md", $"""
            ---
            title: {Yaml(Title)}
            summary: {Yaml(Summary)}
            reviewed: 2026-01-10
            next_review: 2027-01-10
            reviewed_by: team
            sources:
              - title: {Yaml(SourceTitle)}
                publisher: "P & Q"
                url: {Yaml(SourceUrl)}
            frequency: rare
            warning_signs: [{Yaml(WarningSign)}]
            urgency: urgent
            get_help: {Yaml(GetHelp)}
            ---

            ## What it is

            {BodyText} See [the site](<{LinkUrl}>).

            """);
        _site.Write("_data/site.yml", MinimalSite.SiteYml.Replace("name: Test Clinic", "name: " + Yaml(ClinicName), StringComparison.Ordinal));
        _site.Write("_data/glossary.yml", $"- term: Fluoroscopy\n  definition: {Yaml(Definition)}\n");
        Result = _site.Build();
    }

    public BuildResult Result { get; }

    public string Output => _site.Output;

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public IDocument Page(string path) => _parser.ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    public void Dispose() => _site.Dispose();

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
