using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Schemas;

/// <summary>
/// Writes a JSON schema (draft-07, the dialect the VS Code YAML extension reads best) per collection and per data
/// file, read off the same C# records the build binds front matter to (through <see cref="SchemaModel"/>), so the
/// editor's autocomplete and the build's validation cannot disagree. A test fails when schemas/ is out of date.
/// </summary>
internal static class GenerateSchemas
{
    /// <summary>The folder the schemas live in, relative to the repository root.</summary>
    public const string Folder = "schemas";

    // Same rule as the file-name check in ParseFrontMatter: a slug is a page's file name without .md.
    private const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every schema, in a fixed order.</summary>
    public static IReadOnlyList<SchemaFile> All() =>
    [
        FrontMatter("page", typeof(PlainPageMeta), "a plain page (input/*.md) or a section page (_index.md)", "input/*.md", "input/*/_index.md"),
        FrontMatter("procedure", typeof(ProcedureMeta), "a procedure page", "input/procedures/[!_]*.md"),
        FrontMatter("specialist", typeof(SpecialistMeta), "a specialist page", "input/specialists/[!_]*.md"),
        FrontMatter("checklist", typeof(ChecklistMeta), "a checklist page", "input/checklists/[!_]*.md"),
        FrontMatter("risk", typeof(RiskMeta), "a risk page", "input/risks/[!_]*.md"),
        Data("site", Root(typeof(SiteData), "ClinicSite site.yml", "Clinic identity, reviewers, conditions, review and readability policy."), "input/_data/site.yml"),
        Data("glossary", Root(new JsonObject { ["type"] = "array", ["items"] = Record(typeof(GlossaryEntry)) }, "ClinicSite glossary.yml", "Glossary terms, one list item each: term, optional aliases, and a plain definition."), "input/_data/glossary.yml"),
    ];

    /// <summary>The schema as written to disk: two-space indents, LF line ends, a final newline.</summary>
    public static string Text(SchemaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Schema.ToJsonString(Json) + "\n";
    }

    /// <summary>
    /// Writes every schema into <paramref name="folder"/>; returns the paths written. A file of the same name is
    /// replaced only when ClinicSite wrote it (its title starts with ClinicSite); otherwise nothing is written and an
    /// IOException names the file.
    /// </summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        var foreign = All().Select(f => Path.Combine(folder, f.FileName))
            .Where(path => File.Exists(path) && !File.ReadAllText(path).Contains("\"title\": \"ClinicSite ", StringComparison.Ordinal))
            .ToList();
        if (foreign.Count > 0)
        {
            throw new IOException($"{string.Join(", ", foreign.Select(Path.GetFileName))} in {folder} {(foreign.Count == 1 ? "is" : "are")} not ClinicSite's; nothing was written. Move {(foreign.Count == 1 ? "it" : "them")} away or choose another --output folder.");
        }

        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var file in All())
        {
            var path = Path.Combine(folder, file.FileName);
            File.WriteAllText(path, Text(file));
            written.Add(path);
        }

        return written;
    }

    /// <summary>The JSON schema of one front-matter or data record: an object with its keys, required keys and no others.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = YamlBinder.RecordsKept)]
    public static JsonObject Record(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var properties = new JsonObject();
        var required = new JsonArray();
        var defaults = Activator.CreateInstance(type, nonPublic: true);
        foreach (var field in SchemaModel.Fields(type))
        {
            var schema = Value(field.Property.PropertyType, field.Required);
            if (field.Help is { } help)
            {
                schema.Insert(0, "description", help);
            }

            if (field.References is { } collection)
            {
                ((JsonObject)schema["items"]!)["description"] = $"The slug of a page in {PageAddress.Folder(collection)}/ (its file name without .md).";
            }

            if (field.Property.DeclaringType == typeof(PageMeta) && field.Property.Name == nameof(PageMeta.Summary))
            {
                schema["maxLength"] = ParseFrontMatter.MaxSummary;
            }

            if (!field.Required && Default(field.Property.GetValue(defaults)) is { } value)
            {
                schema["default"] = value;
            }

            properties[field.Key] = schema;
            if (field.Required)
            {
                required.Add((JsonNode)field.Key);
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Value(Type declared, bool required)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (SchemaModel.IsList(type, out var item))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Value(item, required: true) };
        }

        if (SchemaModel.IsMap(type, out var valueType))
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Value(valueType, required: true) };
        }

        if (SchemaModel.IsRecord(type))
        {
            return Record(type);
        }

        // An optional scalar may be left empty ("url:"), which YAML reads as null and the build skips.
        var schema = new JsonObject { ["type"] = required ? JsonType(type) : new JsonArray(JsonType(type), "null") };
        if (type == typeof(string) && required)
        {
            schema["minLength"] = 1;
        }
        else if (type == typeof(DateOnly))
        {
            schema["format"] = "date";
            schema["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        }
        else if (type.IsEnum)
        {
            schema["enum"] = new JsonArray(SchemaModel.EnumValues(type).Select(v => (JsonNode?)v).ToArray());
        }

        return schema;
    }

    private static string JsonType(Type type) =>
        type == typeof(int) ? "integer"
        : type == typeof(double) ? "number"
        : type == typeof(bool) ? "boolean"
        : "string";

    private static JsonNode? Default(object? value) => value switch
    {
        bool b => b,
        int i => i,
        double d => d,
        string s => s,
        Enum e => Names.KebabCase(e.ToString()),
        _ => null,
    };

    private static SchemaFile FrontMatter(string name, Type type, string what, params string[] appliesTo)
    {
        var schema = Record(type);
        var description = $"Front matter of {what}. Generated from {type.Name} by 'dotnet run --project src/ClinicSite -- schemas'; do not edit by hand.";
        return Data(name, Root(schema, $"ClinicSite {name} front matter", description), appliesTo);
    }

    private static SchemaFile Data(string name, JsonObject schema, params string[] appliesTo) =>
        new($"{name}.schema.json", appliesTo, schema);

    private static JsonObject Root(Type type, string title, string description) => Root(Record(type), title, description);

    private static JsonObject Root(JsonObject schema, string title, string description)
    {
        schema.Insert(0, "$schema", "http://json-schema.org/draft-07/schema#");
        schema.Insert(1, "title", title);
        schema.Insert(2, "description", description);
        return schema;
    }
}
