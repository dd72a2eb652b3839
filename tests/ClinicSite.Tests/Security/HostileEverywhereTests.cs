using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Security;

/// <summary>
/// Every text field an editor controls — every front-matter text field of every kind of page, every text field of
/// site.yml and glossary.yml — holds the same hostile payload, tagged with the field's name: a script element, a quote
/// that tries to start an onmouseover attribute, a JSON-LD-ending &lt;/script&gt;, a javascript: URL and the templates'
/// own {{ }} syntax. Each built page is read back with AngleSharp: no payload may add an element, attribute or script,
/// {{ }} is never evaluated, and each field's value arrives whole, as text, as an attribute value, as a URL or as a
/// JSON-LD string.
/// </summary>
public sealed class HostileEverywhereTests : IClassFixture<HostileEverywhereTests.Site>
{
    private readonly Site _site;

    public HostileEverywhereTests(Site site) => _site = site;

    public static string Payload(string field) =>
        $"{field} <script>x()</script>\"onmouseover=\"x()</script> javascript:x() {{{{ Title }}}}{{{{ include \"footer\" }}}}";

    [Fact]
    public void The_site_builds_with_a_hostile_value_in_every_field()
    {
        Assert.True(_site.Result.Succeeded, "Build failed:\n" + string.Join('\n', _site.Result.Diagnostics));
        Assert.True(_site.Pages.Count >= 12, $"Only {_site.Pages.Count} pages were built.");
    }

    [Fact]
    public void No_page_gets_a_script_an_event_handler_or_an_element_from_a_value()
    {
        foreach (var (name, page) in _site.Pages)
        {
            var scripts = page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json" && !s.HasAttribute("src")).ToList();
            Assert.True(scripts.Count == 0, $"{name} has an inline script: {scripts.FirstOrDefault()?.OuterHtml}");
            var handlers = page.All.SelectMany(e => e.Attributes.Select(a => (e, a))).Where(x => x.a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(handlers.Count == 0, $"{name} has an event handler: {handlers.FirstOrDefault().e?.OuterHtml}");
            var urls = page.QuerySelectorAll("[href], [src]").Select(e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Trim()).ToList();
            Assert.DoesNotContain(urls, u => u.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("<script>alert(", _site.Raw[name], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_field_arrives_whole_somewhere_so_none_was_cut_evaluated_or_half_parsed()
    {
        var everything = _site.Pages.SelectMany(p => Values(p.Value)).ToHashSet(StringComparer.Ordinal);
        var missing = Site.Fields.Where(f => !everything.Any(v => v.Contains(Payload(f), StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "These fields never arrived whole: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_short_name_reaches_only_the_web_manifest_and_arrives_whole_there()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "manifest.webmanifest")));
        Assert.Equal(Payload("clinic-short_name"), manifest.RootElement.GetProperty("short_name").GetString());
    }

    [Fact]
    public void Template_syntax_in_values_is_printed_not_evaluated()
    {
        // Had "{{ Title }}" been evaluated, the page title would stand where it is; had the include run, a second footer.
        foreach (var (name, page) in _site.Pages)
        {
            Assert.True(page.QuerySelectorAll("footer.site-footer").Length == 1, $"{name} has more than one footer");
        }

        using var risk = _site.Page("risks/bleeding/index.html");
        Assert.Contains(risk.QuerySelectorAll("p"), p => p.TextContent.Contains(Payload("get_help"), StringComparison.Ordinal));
    }

    [Fact]
    public void Text_attribute_URL_and_JSON_LD_contexts_each_keep_the_value_inert_and_exact()
    {
        using var risk = _site.Page("risks/bleeding/index.html");

        // Text: the h1 holds the title and nothing else, not even an element.
        var h1 = Assert.Single(risk.QuerySelectorAll("h1"));
        Assert.Equal(Payload("title-bleeding"), h1.TextContent.Trim());
        Assert.Empty(h1.Children);

        // Attribute: the quote did not end the attribute, so the whole value is the attribute's value.
        Assert.Equal(Payload("title-bleeding"), risk.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal(Payload("summary-bleeding"), risk.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(Payload("clinic-name"), risk.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));

        // URL: the source's address is one href with every character kept.
        var source = Assert.Single(risk.QuerySelectorAll("section.sources a[href]"));
        Assert.Equal(Site.SourceUrl, source.GetAttribute("href"));
        Assert.Equal(["href", "rel"], source.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal));

        // JSON-LD: the block cannot be ended early, parses, and carries the values whole.
        foreach (var (name, page) in _site.Pages)
        {
            var raw = _site.Raw[name];
            var start = raw.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal) + "<script type=\"application/ld+json\">".Length;
            var body = raw[start..raw.IndexOf("</script>", start, StringComparison.Ordinal)];
            Assert.DoesNotContain("<", body, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
        }

        var strings = JsonStrings(risk).ToList();
        Assert.Contains(Payload("title-bleeding"), strings);
        Assert.Contains(Payload("summary-bleeding"), strings);
        Assert.Contains(Payload("clinic-name"), strings);
    }

    private static IEnumerable<string> Values(IDocument page) =>
        page.All.Select(e => e.TextContent)
            .Concat(page.All.SelectMany(e => e.Attributes.Select(a => a.Value)))
            .Concat(JsonStrings(page));

    private static IEnumerable<string> JsonStrings(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").SelectMany(s =>
        {
            using var json = JsonDocument.Parse(s.TextContent);
            return Strings(json.RootElement).ToList();
        });

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>The minimal site with every editor-controlled text field replaced by its payload, built once.</summary>
    public sealed class Site : IDisposable
    {
        public const string SourceUrl = "https://example.org/?q=\"><script>alert('url')</script>&x='y'{{ Title }}";

        /// <summary>Every field that holds the payload; each must arrive whole in some page.</summary>
        public static readonly string[] Fields =
        [
            "clinic-name", "clinic-tagline", "clinic-description", "clinic-phone", "clinic-address", "clinic-hours", "clinic-emergency",
            "reviewer-name", "reviewer-credentials", "condition-sciatica", "footer-title", "glossary-term", "glossary-definition",
            "title-home", "summary-home", "title-glossary", "summary-glossary", "title-procedures", "summary-procedures", "title-risks", "summary-risks",
            "title-specialists", "summary-specialists", "title-checklists", "summary-checklists", "title-epidural", "summary-epidural",
            "title-bleeding", "summary-bleeding", "title-infection", "title-physiatrist", "summary-physiatrist", "title-before", "summary-before",
            "title-about", "source-title", "source-publisher", "body_location", "anesthesia", "time_on_day", "going_home", "relief_starts", "relief_lasts",
            "warning_signs", "get_help", "training", "treats", "help-note", "help-action", "help-sign", "risk-note",
        ];

        private readonly TestSite _site = new();
        private readonly HtmlParser _parser = new();

        public Site()
        {
            _site.Write("_data/site.yml", MinimalSite.SiteYml
                .Replace("name: Test Clinic", "name: " + Yaml(Payload("clinic-name")), StringComparison.Ordinal)
                .Replace("short_name: Test", "short_name: " + Yaml(Payload("clinic-short_name")), StringComparison.Ordinal)
                .Replace("tagline: Tests only", "tagline: " + Yaml(Payload("clinic-tagline")), StringComparison.Ordinal)
                .Replace("description: A clinic for tests.", "description: " + Yaml(Payload("clinic-description")), StringComparison.Ordinal)
                .Replace("phone: \"000\"", "phone: " + Yaml(Payload("clinic-phone")), StringComparison.Ordinal)
                .Replace("address: Nowhere", "address: " + Yaml(Payload("clinic-address")), StringComparison.Ordinal)
                .Replace("hours: Never", "hours: " + Yaml(Payload("clinic-hours")), StringComparison.Ordinal)
                .Replace("emergency: Call your local emergency number.", "emergency: " + Yaml(Payload("clinic-emergency")), StringComparison.Ordinal)
                .Replace("name: Test team", "name: " + Yaml(Payload("reviewer-name")), StringComparison.Ordinal)
                .Replace("credentials: Example role", "credentials: " + Yaml(Payload("reviewer-credentials")), StringComparison.Ordinal)
                .Replace("sciatica: Sciatica", "sciatica: " + Yaml(Payload("condition-sciatica")), StringComparison.Ordinal)
                .Replace("note: Test clinic's own advice.", "note: " + Yaml(Payload("help-note")), StringComparison.Ordinal)
                .Replace("action: \"Call your local emergency number now if you have:\"", "action: " + Yaml(Payload("help-action")), StringComparison.Ordinal)
                .Replace("signs: [A fever]", $"signs: [{Yaml(Payload("help-sign"))}]", StringComparison.Ordinal)
                + "\nfooter:\n  - title: " + Yaml(Payload("footer-title")) + "\n    page: about.md\n");
            _site.Write("_data/glossary.yml", $"- term: {Yaml(Payload("glossary-term"))}\n  definition: {Yaml(Payload("glossary-definition"))}\n");
            _site.Write("about.md", Meta("about") + "About us.\n");
            _site.Write("index.md", Meta("home", "layout: home") + "Welcome.\n");
            _site.Write("glossary.md", Meta("glossary", "layout: glossary") + "Words we use.\n");
            foreach (var section in new[] { "procedures", "risks", "specialists", "checklists" })
            {
                _site.Write($"{section}/_index.md", Meta(section) + "All of them.\n");
            }

            _site.Write("procedures/epidural.md", Meta("epidural", MinimalSite.ProcedureExtra
                .Replace("body_location: Low back", "body_location: " + Yaml(Payload("body_location")), StringComparison.Ordinal)
                .Replace("anesthesia: Numbing medicine", "anesthesia: " + Yaml(Payload("anesthesia")), StringComparison.Ordinal)
                .Replace("time_on_day: A few minutes", "time_on_day: " + Yaml(Payload("time_on_day")), StringComparison.Ordinal)
                .Replace("going_home: Same day", "going_home: " + Yaml(Payload("going_home")), StringComparison.Ordinal)
                .Replace("relief_starts: Within a week", "relief_starts: " + Yaml(Payload("relief_starts")), StringComparison.Ordinal)
                .Replace("relief_lasts: Weeks to months", "relief_lasts: " + Yaml(Payload("relief_lasts")), StringComparison.Ordinal)
                + $"\nrisk_notes:\n  bleeding:\n    frequency: expected\n    note: {Yaml(Payload("risk-note"))}")
                + "## What it is\n\nAn injection. See [bleeding](../risks/bleeding.md#what-it-is).\n");
            _site.Write("risks/bleeding.md", Meta("bleeding", $"frequency: rare\nwarning_signs: [{Yaml(Payload("warning_signs"))}]\nurgency: urgent\nget_help: {Yaml(Payload("get_help"))}", sources: true)
                + "## What it is\n\nSome bleeding.\n");
            _site.Write("risks/infection.md", Meta("infection", "frequency: rare\nwarning_signs: [Fever]\nurgency: urgent\nget_help: Call your doctor today.", summary: false) + "## What it is\n\nAn infection.\n");
            _site.Write("specialists/physiatrist.md", Meta("physiatrist", $"training: [{Yaml(Payload("training"))}]\ntreats: [{Yaml(Payload("treats"))}]\nperforms_injections: true") + "## What they do\n\nThey help.\n");
            _site.Write("checklists/before.md", Meta("before") + "## A week before\n\n- [ ] Write down your goal.\n");
            Result = _site.Build();
            if (Directory.Exists(_site.Output))
            {
                foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var name = Path.GetRelativePath(_site.Output, file).Replace('\\', '/');
                    Raw[name] = File.ReadAllText(file);
                    Pages[name] = _parser.ParseDocument(Raw[name]);
                }
            }
        }

        public BuildResult Result { get; }

        public string Output => _site.Output;

        public Dictionary<string, string> Raw { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IDocument> Pages { get; } = new(StringComparer.Ordinal);

        public IDocument Page(string name) => _parser.ParseDocument(Raw[name]);

        public void Dispose()
        {
            foreach (var page in Pages.Values)
            {
                page.Dispose();
            }

            _site.Dispose();
        }

        /// <summary>Front matter with the payload as title and summary (and, for one page, as a source's title, publisher and URL).</summary>
        private static string Meta(string slug, string extra = "", bool summary = true, bool sources = false) => $"""
            ---
            title: {Yaml(Payload("title-" + slug))}
            summary: {(summary ? Yaml(Payload("summary-" + slug)) : "A short summary.")}
            reviewed: 2026-01-10
            next_review: 2027-01-10
            reviewed_by: team
            sources:
              - title: {(sources ? Yaml(Payload("source-title")) : "Spinal Injections")}
                publisher: {(sources ? Yaml(Payload("source-publisher")) : "Patient handout")}
            {(sources ? "    url: " + Yaml(SourceUrl) : string.Empty)}
            {extra}
            ---

            """.Replace("\n\n---", "\n---", StringComparison.Ordinal).Replace("\n\n", "\n", StringComparison.Ordinal) + "\n";

        /// <summary>A YAML double-quoted scalar.</summary>
        private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
