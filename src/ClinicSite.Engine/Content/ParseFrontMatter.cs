using System.Text.RegularExpressions;
using ClinicSite.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ClinicSite.Engine.Content;

/// <summary>Front-matter stage: decides each page's collection by folder and binds its YAML to the collection's record.</summary>
internal sealed partial class ParseFrontMatter(DiagnosticBag diagnostics)
{
    internal const int MaxSummary = 160;

    private static readonly Dictionary<string, Collection> Folders = new(StringComparer.Ordinal)
    {
        ["procedures"] = Collection.Procedures,
        ["specialists"] = Collection.Specialists,
        ["checklists"] = Collection.Checklists,
        ["risks"] = Collection.Risks,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public IReadOnlyList<ParsedPage> Run(IReadOnlyList<SourceFile> files)
    {
        var results = new ParsedPage?[files.Count];
        Parallel.For(0, files.Count, PageParallelism.Options, i => results[i] = Parse(files[i]));
        return results.OfType<ParsedPage>().ToList();
    }

    internal ParsedPage? Parse(SourceFile file)
    {
        var span = new SourceSpan(file.DisplayPath);
        var segments = file.PathInInput.Split('/');
        var name = Path.GetFileNameWithoutExtension(segments[^1]);
        var isIndex = name == "_index";
        var collection = segments.Length == 2 && Folders.TryGetValue(segments[0], out var c) ? c : Collection.Pages;
        var valid = true;

        if (segments.Length > 2 || (segments.Length == 2 && collection == Collection.Pages))
        {
            diagnostics.Error(Codes.BadFileName, span, $"Pages go in input/ or in one of its folders {string.Join(", ", Folders.Keys.Order(StringComparer.Ordinal))}; '{file.PathInInput}' is somewhere else. Move the file.");
            valid = false;
        }

        if (isIndex && segments.Length == 1)
        {
            diagnostics.Error(Codes.BadFileName, span, "'_index.md' introduces a section folder, so it cannot be in input/ itself; the home page is input/index.md with 'layout: home'. Rename it to index.md or move it into a section folder.");
            valid = false;
        }

        if (!segments[^1].EndsWith(".md", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.BadFileName, span, $"The file name '{segments[^1]}' must end in lowercase '.md'. Rename it to '{SuggestSlug(name)}.md'.");
            valid = false;
        }
        else if (!isIndex && !SlugPattern().IsMatch(name))
        {
            diagnostics.Error(Codes.BadFileName, span, $"The file name '{name}.md' must use only lowercase letters a-z, digits and single hyphens, because it becomes the page address. Rename it to '{SuggestSlug(name)}.md'.");
            valid = false;
        }

        if (string.IsNullOrWhiteSpace(file.Text))
        {
            diagnostics.Error(Codes.EmptyPage, span, "The file is empty. Add front matter (title, summary, reviewed, next_review, reviewed_by, sources) between '---' lines, then the page text.");
            return null;
        }

        var split = FrontMatterSplit.Split(file.Text, out var openLine);
        if (split is not { } parts)
        {
            var message = openLine == 0 && !file.Text.StartsWith("---", StringComparison.Ordinal)
                ? "The file does not start with front matter. Put a line '---' first, then the fields (title: …), then another '---'."
                : "The front matter is not closed. Add a line with only '---' after the last field.";
            diagnostics.Error(Codes.FrontMatterMissing, span with { Line = 1, Column = 1 }, message);
            return null;
        }

        var positions = new FieldPositions(span with { Line = 1, Column = 1 });
        var meta = BindMeta(file, collection, isIndex, parts, positions);
        if (!valid)
        {
            return null;
        }

        if (meta is null)
        {
            // The body's own errors are worth reporting now rather than after the front matter is fixed.
            var unread = new PlainPageMeta { Title = name, Summary = string.Empty, Reviewed = default, NextReview = default, ReviewedBy = string.Empty, Sources = [] };
            return new ParsedPage(file, collection, isIndex, isIndex ? string.Empty : name, unread, positions, parts.BodyStart, parts.BodyLine) { MetaFailed = true };
        }

        CheckCommon(meta, positions);
        if (parts.Text.AsSpan(parts.BodyStart).IsWhiteSpace())
        {
            diagnostics.Error(Codes.EmptyPage, span with { Line = parts.BodyLine - 1 }, "The page has front matter but no text. Write the page's content below the closing '---'.");
        }

        return new ParsedPage(file, collection, isIndex, isIndex ? string.Empty : name, meta, positions, parts.BodyStart, parts.BodyLine);
    }

    private PageMeta? BindMeta(SourceFile file, Collection collection, bool isIndex, FrontMatterSplit parts, FieldPositions positions)
    {
        var root = LoadYaml.Root(parts.Yaml, file.DisplayPath, parts.YamlLine - 1, diagnostics, out var empty);
        if (empty || root is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(Codes.FrontMatterMissing, new SourceSpan(file.DisplayPath, 1, 1), "The front matter is empty. Add title, summary, reviewed, next_review, reviewed_by and sources.");
            return null;
        }

        if (root is null)
        {
            return null;
        }

        var binder = new YamlBinder(file.DisplayPath, parts.YamlLine - 1, diagnostics, positions);
        PageMeta? meta = (collection, isIndex) switch
        {
            (_, true) or (Collection.Pages, _) => binder.Bind<PlainPageMeta>(root),
            (Collection.Procedures, _) => binder.Bind<ProcedureMeta>(root),
            (Collection.Specialists, _) => binder.Bind<SpecialistMeta>(root),
            (Collection.Checklists, _) => binder.Bind<ChecklistMeta>(root),
            _ => binder.Bind<RiskMeta>(root),
        };
        return binder.Failed ? null : meta;
    }

    /// <summary>Turns a YamlDotNet exception into a located error with plain advice.</summary>
    private void CheckCommon(PageMeta meta, FieldPositions positions)
    {
        if (meta.Summary.Length > MaxSummary)
        {
            diagnostics.Error(Codes.SummaryTooLong, positions["summary"], $"The summary has {meta.Summary.Length} characters; the limit is {MaxSummary} because search engines cut longer descriptions. Shorten it.");
        }

        if (meta.NextReview <= meta.Reviewed)
        {
            diagnostics.Error(Codes.ReviewDates, positions["next_review"], $"next_review ({meta.NextReview:yyyy-MM-dd}) must be after reviewed ({meta.Reviewed:yyyy-MM-dd}).");
        }

        foreach (var (source, i) in meta.Sources.Select((s, i) => (s, i)))
        {
            if (source.Url is { } url && !url.StartsWith("https://", StringComparison.Ordinal) && !url.StartsWith("http://", StringComparison.Ordinal))
            {
                diagnostics.Error(Codes.UnsafeLink, positions[$"sources[{i}].url"], $"The source URL '{url}' must start with https://.");
            }
        }
    }

    // Invariant globalization has no Unicode normalization, so fold the common Latin accents by table.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorssstuuuuuuuyyzzz";

    internal static string SuggestSlug(string name)
    {
        var chars = name.ToLowerInvariant().Select(ch =>
        {
            var i = Accented.IndexOf(ch, StringComparison.Ordinal);
            return i >= 0 ? Plain[i] : char.IsAsciiLetterOrDigit(ch) ? ch : '-';
        });
        var slug = string.Join('-', new string(chars.ToArray()).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "page" : slug;
    }
}
