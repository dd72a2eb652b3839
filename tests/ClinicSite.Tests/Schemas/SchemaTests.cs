using System.Text.Json.Nodes;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Schemas;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Schemas;

/// <summary>The JSON schemas in schemas/: up to date with the records, true to the real content, and wired into VS Code.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> SchemaNames => [.. GenerateSchemas.All().Select(s => s.FileName)];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Schema_file_in_the_repository_matches_the_records(string name)
    {
        var generated = GenerateSchemas.Text(Schema(name));
        var path = Path.Combine(RepoPaths.Root, GenerateSchemas.Folder, name);

        Assert.True(File.Exists(path), $"{path} is missing. Run: dotnet run --project src/ClinicSite -- schemas");
        Assert.True(generated == File.ReadAllText(path), $"{path} is out of date with the front-matter records. Run: dotnet run --project src/ClinicSite -- schemas");
    }

    [Fact]
    public void Schemas_folder_holds_no_schema_the_generator_no_longer_writes()
    {
        var expected = GenerateSchemas.All().Select(s => s.FileName).Order(StringComparer.Ordinal);
        var actual = Directory.GetFiles(Path.Combine(RepoPaths.Root, GenerateSchemas.Folder), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string, string> RealPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoPaths.Input, file).Replace('\\', '/');
            data.Add(relative, SchemaFor(relative));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealPages))]
    public void Each_real_page_is_valid_against_its_collection_schema(string page, string schemaName)
    {
        var front = YamlJson.FrontMatter(File.ReadAllText(Path.Combine(RepoPaths.Input, page)));

        var errors = SchemaValidation.Validate(Schema(schemaName).Schema, front);

        Assert.True(errors.Count == 0, $"{page} against {schemaName}:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void Real_pages_cover_every_front_matter_schema()
    {
        var used = RealPages().Select(row => (string)row[1]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["checklist.schema.json", "page.schema.json", "procedure.schema.json", "risk.schema.json", "specialist.schema.json"], used.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("site.schema.json", "site.yml")]
    [InlineData("glossary.schema.json", "glossary.yml")]
    public void Real_data_files_are_valid_against_their_schemas(string schemaName, string dataFile)
    {
        var data = YamlJson.Parse(File.ReadAllText(Path.Combine(RepoPaths.Input, "_data", dataFile)));

        var errors = SchemaValidation.Validate(Schema(schemaName).Schema, data);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [InlineData("procedure.schema.json", "procedures/facet-joint-injection.md", "order", "3", "\"first\"", "$.order: type: ")]
    [InlineData("procedure.schema.json", "procedures/facet-joint-injection.md", "guidance", "[fluoroscopy]", "fluoroscopy", "$.guidance: type: ")]
    [InlineData("risk.schema.json", "risks/bleeding.md", "frequency", "rare", "sometimes", "$.frequency: enum: ")]
    [InlineData("specialist.schema.json", "specialists/physiatrist.md", "training", null, "true", "$.training: type: ")]
    [InlineData("checklist.schema.json", "checklists/procedure-day.md", "reviewed", "2026-11-15", "[2026-11-15]", "$.reviewed: type: ")]
    [InlineData("checklist.schema.json", "checklists/procedure-day.md", "reviewed", "2026-11-15", "\"2026-13-45\"", "$.reviewed: format: ")]
    [InlineData("page.schema.json", "about.md", "layout", null, "7", "$.layout: type: ")]
    public void Each_schema_rejects_a_page_with_a_value_of_the_wrong_type(string schemaName, string page, string key, string? oldValue, string newValue, string expected)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, page));
        var front = YamlJson.FrontMatter(text)!.AsObject();
        Assert.Empty(SchemaValidation.Validate(Schema(schemaName).Schema, front));

        front[key] = YamlJson.Parse($"v: {newValue}")!["v"]?.DeepClone();
        if (oldValue is not null)
        {
            Assert.NotEqual(oldValue, front[key]!.ToJsonString());
        }

        var errors = SchemaValidation.Validate(Schema(schemaName).Schema, front);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Page_schema_rejects_an_unknown_key_a_missing_key_and_a_long_summary()
    {
        var front = YamlJson.FrontMatter(File.ReadAllText(Path.Combine(RepoPaths.Input, "about.md")))!.AsObject();
        front["titel"] = "Typo";
        front.Remove("reviewed_by");
        front["summary"] = new string('a', ParseFrontMatter.MaxSummary + 1);

        var errors = SchemaValidation.Validate(Schema("page.schema.json").Schema, front);

        Assert.Contains(errors, e => e.StartsWith("$.titel: ", StringComparison.Ordinal)); // additionalProperties: false
        Assert.Contains(errors, e => e.StartsWith("$: required: ", StringComparison.Ordinal) && e.Contains("reviewed_by", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.summary: maxLength: ", StringComparison.Ordinal));
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Procedure_schema_describes_slug_lists_with_their_collection_and_help()
    {
        var properties = Schema("procedure.schema.json").Schema["properties"]!;

        Assert.Equal("Slugs of risk pages.", (string?)properties["risks"]!["description"]);
        Assert.Equal("The slug of a page in risks/ (its file name without .md).", (string?)properties["risks"]!["items"]!["description"]);
        Assert.Equal(new JsonArray("diagnostic", "therapeutic", "both").ToJsonString(), properties["purpose"]!["enum"]!.ToJsonString());
    }

    [Fact]
    public void VS_Code_settings_map_every_schema_to_the_files_it_describes()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")))!;
        var mapping = settings["yaml.schemas"]!.AsObject();

        foreach (var schema in GenerateSchemas.All())
        {
            var globs = mapping[$"./{GenerateSchemas.Folder}/{schema.FileName}"]?.AsArray().Select(g => (string)g!).ToList();
            Assert.True(globs is not null, $"{schema.FileName} is not in .vscode/settings.json yaml.schemas");
            Assert.Equal(schema.AppliesTo, globs);
        }

        Assert.Equal(GenerateSchemas.All().Count, mapping.Count);
    }

    [Fact]
    public void Writing_the_schemas_replaces_ClinicSites_own_files_and_never_someone_elses()
    {
        using var site = new TestSite(withMinimalSite: false, realTheme: false);
        var folder = Path.Combine(site.Root, "schemas");
        GenerateSchemas.Write(folder);
        File.WriteAllText(Path.Combine(folder, "page.schema.json"), "{}"); // not a ClinicSite schema: it has no ClinicSite title
        var mine = Path.Combine(folder, "risk.schema.json");
        File.WriteAllText(mine, "{ \"my\": \"own schema\" }");

        var error = Assert.Throws<IOException>(() => GenerateSchemas.Write(folder));

        Assert.Contains("page.schema.json, risk.schema.json", error.Message, StringComparison.Ordinal);
        Assert.Equal("{ \"my\": \"own schema\" }", File.ReadAllText(mine));
        File.Delete(mine);
        File.Delete(Path.Combine(folder, "page.schema.json"));
        File.WriteAllText(Path.Combine(folder, "procedure.schema.json"), GenerateSchemas.Text(Schema("procedure.schema.json")).Replace("Slugs", "Old slugs", StringComparison.Ordinal));
        Assert.Equal(GenerateSchemas.All().Count, GenerateSchemas.Write(folder).Count);
        Assert.Equal(GenerateSchemas.Text(Schema("procedure.schema.json")), File.ReadAllText(Path.Combine(folder, "procedure.schema.json")));
    }

    private static SchemaFile Schema(string name) => GenerateSchemas.All().Single(s => s.FileName == name);

    // Which schema the build binds a file with, by the same rule as ParseFrontMatter: folder, and _index is a plain page.
    private static string SchemaFor(string relative)
    {
        var parts = relative.Split('/');
        return parts.Length == 1 || parts[1] == "_index.md" ? "page.schema.json" : $"{parts[0].TrimEnd('s')}.schema.json";
    }
}
