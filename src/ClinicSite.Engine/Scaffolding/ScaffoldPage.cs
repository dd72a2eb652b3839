using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClinicSite.Engine.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClinicSite.Engine.Scaffolding;

/// <summary>
/// 'new': writes a page with a slug made from its title, every required front-matter field of its collection's record
/// (read off the record through <see cref="SchemaModel"/>, so a new field appears here without changes), the dates
/// filled in, TODO placeholders the build rejects until they are replaced, and the collection's standard sections.
/// </summary>
internal static partial class ScaffoldPage
{
    /// <summary>Years from reviewed to next_review on a new page; site.yml's max_years is the upper limit.</summary>
    internal const int ReviewYears = 1;

    /// <summary>The kinds editors can name: procedure, specialist, checklist, risk, page.</summary>
    public static IEnumerable<string> Kinds => PageTemplates.Kinds.Keys;

    public static NewPageResult Run(string inputRoot, string kind, string title, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(inputRoot);
        ArgumentNullException.ThrowIfNull(title);
        var root = Path.GetFullPath(inputRoot);
        var display = DisplayPaths.For(root);
        if (!PageTemplates.Kinds.TryGetValue(kind, out var template))
        {
            return new NewPageResult(display, false, $"'{kind}' is not a kind of page. Use one of: {string.Join(", ", PageTemplates.Kinds.Keys)}.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return new NewPageResult(display, false, "The title is empty. Put the page's title in quotes after the kind, e.g. new procedure \"Lumbar medial branch block\".");
        }

        if (!Directory.Exists(root))
        {
            return new NewPageResult(display, false, $"The input folder '{display}' does not exist. Pass --input with the folder that holds your pages.");
        }

        var relative = RelativePath(template.Collection, Slug(title));
        var full = Path.Combine(root, relative);
        var shown = DisplayPaths.For(full);
        var text = Text(template, title.Trim(), today, FirstReviewer(root));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // CreateNew fails if the file exists, even if it appeared after any check we could make first.
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes);
        }
        catch (IOException) when (File.Exists(full))
        {
            return new NewPageResult(shown, false, $"{shown} already exists, and 'new' never overwrites a page. Edit that file, or choose a different title.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new NewPageResult(shown, false, $"{shown} could not be written ({ex.Message}). Check that the folder exists and is writable.");
        }

        return new NewPageResult(shown, true, $"Created {shown}. Replace every TODO placeholder (the build reports each one as CLS043), then run build.");
    }

    /// <summary>Lowercase letters, digits and single hyphens; apostrophes are dropped ("Doctor's" → "doctors").</summary>
    public static string Slug(string title) =>
        ParseFrontMatter.SuggestSlug(Apostrophes().Replace(title, string.Empty));

    /// <summary>Where a page of the collection with the slug goes, relative to the input folder.</summary>
    public static string RelativePath(Collection collection, string slug) =>
        collection == Collection.Pages ? $"{slug}.md" : $"{PageAddress.Folder(collection)}/{slug}.md";

    /// <summary>The page's text: front matter, then each standard section with its placeholder.</summary>
    public static string Text(PageTemplate template, string title, DateOnly today, string? reviewer)
    {
        ArgumentNullException.ThrowIfNull(template);
        var sb = new StringBuilder("---\n");
        foreach (var field in SchemaModel.Fields(template.Meta).Where(f => f.Required))
        {
            var value = field.Key switch
            {
                "title" => Plain(title),
                "reviewed" => Date(today),
                "next_review" => Date(today.AddYears(ReviewYears)),
                "reviewed_by" when reviewer is not null => Plain(reviewer),
                _ => null,
            };
            if (value is not null)
            {
                sb.Append(field.Key).Append(": ").Append(value).Append('\n');
            }
            else
            {
                WriteField(sb, field, string.Empty);
            }
        }

        sb.Append("---\n");
        foreach (var (heading, guidance) in template.Sections)
        {
            sb.Append("\n## ").Append(heading).Append("\n\n");
            sb.Append(template.Tasks ? "- [ ] " : string.Empty).Append(Placeholders.For(guidance)).Append('\n');
        }

        return sb.ToString();
    }

    // Required fields without a known value: a placeholder the build rejects, or for values that must be one of a
    // set (enums, slug lists) a valid stand-in with a "# TODO:" comment, so the page still binds and every
    // placeholder is reported at once instead of one type error hiding the rest.
    private static void WriteField(StringBuilder sb, SchemaField field, string indent)
    {
        var type = Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
        var help = field.Help ?? $"the {field.Key.Replace('_', ' ')}";
        sb.Append(indent).Append(field.Key).Append(':');
        if (SchemaModel.IsList(type, out var item) && SchemaModel.IsRecord(item))
        {
            // One example item: its fields indented under "- ", the first on the dash's line.
            var itemIndent = indent + "    ";
            var fields = new StringBuilder();
            foreach (var child in SchemaModel.Fields(item).Where(f => f.Required))
            {
                WriteField(fields, child, itemIndent);
            }

            sb.Append('\n').Append(indent).Append("  - ").Append(fields.ToString(itemIndent.Length, fields.Length - itemIndent.Length));
            return;
        }

        if (SchemaModel.IsRecord(type))
        {
            sb.Append('\n');
            foreach (var child in SchemaModel.Fields(type).Where(f => f.Required))
            {
                WriteField(sb, child, indent + "  ");
            }

            return;
        }

        var standIn = StandIn(type);
        sb.Append(' ').Append(standIn is null ? Quoted(Placeholders.For(help)) : $"{standIn}  # {Placeholders.For(help)}").Append('\n');
    }

    // A valid value of the type for the comment to sit beside; null for text, which takes the placeholder itself.
    private static string? StandIn(Type type) =>
        SchemaModel.IsList(type, out _) ? "[]"
        : SchemaModel.IsMap(type, out _) ? "{}"
        : type.IsEnum ? SchemaModel.EnumValues(type)[0]
        : type == typeof(DateOnly) ? "2000-01-01"
        : type == typeof(bool) ? "false"
        : type == typeof(int) || type == typeof(double) ? "0"
        : null;

    // The first reviewer id in site.yml: with one review team (the usual case) it is the right value already.
    private static string? FirstReviewer(string root)
    {
        var path = Path.Combine(root, "_data", "site.yml");
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            var reviewers = stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode site
                && site.Children.TryGetValue(new YamlScalarNode("reviewers"), out var node) ? node as YamlMappingNode : null;
            return (reviewers?.Children.Keys.FirstOrDefault() as YamlScalarNode)?.Value;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlException)
        {
            return null; // The reviewer stays a placeholder; the build explains what is wrong with site.yml.
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Titles are written bare, as the existing pages do, unless YAML would read them as something else.
    private static string Plain(string value) =>
        PlainScalar().IsMatch(value) && !YamlWords.Contains(value) ? value : Quoted(value);

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static readonly HashSet<string> YamlWords = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "yes", "no", "on", "off", "null", "~" };

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} ,.()'’/-]*$")]
    private static partial Regex PlainScalar();

    [GeneratedRegex("['’]")]
    private static partial Regex Apostrophes();
}
