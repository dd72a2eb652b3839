using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Engine.Checks;

namespace ClinicSite.Tests.Checks;

/// <summary>
/// The oracle for the build's check facts: a built page parsed by a real HTML parser (AngleSharp), and the facts the
/// site checks need read off its DOM in one walk of <c>document.All</c>. This is a copy of the engine's DOM-based
/// collector as it was before the build learned to find these facts without parsing its pages, kept here on purpose
/// and never shared with the engine: whatever the build does to find them, it must find exactly these.
/// </summary>
internal static class DomFacts
{
    /// <summary>The attribute by which each element refers to another file or page.</summary>
    private static readonly Dictionary<string, string> Referencing = new(StringComparer.Ordinal)
    {
        ["a"] = "href", ["link"] = "href", ["img"] = "src", ["script"] = "src",
        ["source"] = "src", ["iframe"] = "src", ["form"] = "action", ["use"] = "href",
    };

    /// <summary>A page's bytes must be UTF-8; anything else is a finding in itself, so decoding does not guess.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <summary>Parses a built page's bytes and reads its facts; the paths only label them, as the build's do.</summary>
    public static PageFacts Read(byte[] page, string outputPath, string sourcePath)
    {
        // One parser per thread, as the engine kept: HtmlParser is not documented as safe to share between threads.
        using var document = (t_parser ??= new HtmlParser()).ParseDocument(Utf8.GetString(page));
        return From(document, outputPath, sourcePath);
    }

    public static PageFacts From(IDocument document, string outputPath, string sourcePath)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var references = new List<(string Element, string Attribute, string Value)>();
        var headings = new List<int>();
        var imagesWithoutAlt = new List<string>();
        string? canonical = null;

        // Document order, one pass. Elements inside <template> content are not in document.All (they belong to the
        // template's own document fragment), nor are tags in comments, raw text or RCDATA: they are not elements.
        foreach (var element in document.All)
        {
            if (element.GetAttribute("id") is { } id && !ids.Add(id))
            {
                duplicates.Add(id);
            }

            var name = element.LocalName;
            if (Referencing.TryGetValue(name, out var attribute) && element.GetAttribute(attribute) is { } value)
            {
                references.Add((name, attribute, value));
            }

            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                headings.Add(name[1] - '0');
            }
            else if (name == "img" && !element.HasAttribute("alt"))
            {
                imagesWithoutAlt.Add(element.GetAttribute("src") ?? "?");
            }
            else if (name == "link" && canonical is null && element.GetAttribute("rel") == "canonical")
            {
                canonical = element.GetAttribute("href");
            }
        }

        return new PageFacts
        {
            OutputPath = outputPath,
            SourcePath = sourcePath,
            Ids = ids,
            DuplicateIds = duplicates,
            References = references,
            HeadingLevels = headings,
            ImagesWithoutAlt = imagesWithoutAlt,
            Lang = document.DocumentElement.GetAttribute("lang"),
            Title = document.Title,
            Canonical = canonical,
        };
    }
}
