using AngleSharp.Dom;

namespace ClinicSite.Engine.Html;

/// <summary>Reads the facts the checks need off a parsed page, in one walk of its elements.</summary>
internal static class CollectFacts
{
    /// <summary>The attribute by which each element refers to another file or page.</summary>
    private static readonly Dictionary<string, string> Referencing = new(StringComparer.Ordinal)
    {
        ["a"] = "href", ["link"] = "href", ["img"] = "src", ["script"] = "src",
        ["source"] = "src", ["iframe"] = "src", ["form"] = "action", ["use"] = "href",
    };

    public static PageFacts From(IDocument document, string outputPath, string sourcePath)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var references = new List<(string Element, string Attribute, string Value)>();
        var headings = new List<int>();
        var imagesWithoutAlt = new List<string>();
        string? canonical = null;

        // Document order, one pass: a dozen selector queries would each walk the whole tree again.
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
