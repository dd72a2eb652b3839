using ClinicSite.Engine.Markdown.Extensions.Callouts;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Scaffolding;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Commands;

/// <summary>docs/editing.md keeps up with the code: every field, code, callout and page kind is in it, and the README links it.</summary>
public sealed class EditorGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editing.md"));

    public static TheoryData<string> Records => [nameof(PlainPageMeta), nameof(ProcedureMeta), nameof(SpecialistMeta), nameof(ChecklistMeta), nameof(RiskMeta)];

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_front_matter_field_has_a_row_with_an_example(string record)
    {
        var type = typeof(PageMeta).Assembly.GetType($"ClinicSite.Engine.Content.{record}")!;

        foreach (var field in SchemaModel.Fields(type))
        {
            Assert.Contains($"| `{field.Key}` | {(field.Required ? "yes" : "no")} |", Guide, StringComparison.Ordinal);
            Assert.Contains($"{field.Key}:", Guide, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_error_code_is_listed_with_its_problem_and_fix()
    {
        Assert.All(Codes.All, c => Assert.Contains($"| {c.Id} | {c.Title} | {c.Fix} |", Guide, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_callout_kind_and_every_kind_of_new_page_is_described()
    {
        Assert.All(Callouts.Kinds, k => Assert.Contains($"| `{k.Key}` | {k.Value.Label} |", Guide, StringComparison.Ordinal));
        Assert.All(ScaffoldPage.Kinds, k => Assert.Contains($"`{k}`", Guide, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("report --format csv")]
    [InlineData("report --format json")]
    [InlineData("schemas")]
    [InlineData("new procedure")]
    public void The_commands_editors_need_are_shown(string command) =>
        Assert.Contains($"dotnet run --project src/ClinicSite -- {command}", Guide, StringComparison.Ordinal);

    [Fact]
    public void The_README_links_the_editor_guide()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains("(docs/editing.md)", readme, StringComparison.Ordinal);
    }
}
