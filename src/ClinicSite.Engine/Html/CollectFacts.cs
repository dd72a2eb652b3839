using AngleSharp.Dom;

namespace ClinicSite.Engine.Html;

/// <summary>Reads the facts the checks need off a parsed page.</summary>
internal static class CollectFacts
{
    private static readonly (string Selector, string Attribute)[] Referencing =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
        ("source[src]", "src"), ("iframe[src]", "src"), ("form[action]", "action"), ("use[href]", "href"),
    ];

    public static PageFacts From(IDocument document, string outputPath, string sourcePath)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!ids.Add(element.Id!))
            {
                duplicates.Add(element.Id!);
            }
        }

        var references = Referencing
            .SelectMany(r => document.QuerySelectorAll(r.Selector).Select(e => (e.LocalName, r.Attribute, e.GetAttribute(r.Attribute) ?? string.Empty)))
            .ToList();

        return new PageFacts
        {
            OutputPath = outputPath,
            SourcePath = sourcePath,
            Ids = ids,
            DuplicateIds = duplicates,
            References = references,
            HeadingLevels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList(),
            ImagesWithoutAlt = document.QuerySelectorAll("img:not([alt])").Select(i => i.GetAttribute("src") ?? "?").ToList(),
            Lang = document.DocumentElement.GetAttribute("lang"),
            Title = document.Title,
            Canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
        };
    }
}
