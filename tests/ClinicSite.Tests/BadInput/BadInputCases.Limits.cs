using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.BadInput;

/// <summary>
/// Pages built to stall or crash the build: nesting deep enough to overflow a recursive parser (a crash no catch can
/// handle), and pages long or busy enough to make quadratic steps run for minutes. The Markdown body starts on line 23.
/// </summary>
internal static partial class BadInputCases
{
    private static IEnumerable<BadInputCase> Limits() =>
    [
        Risk("yaml_flow_lists_nested_thousands_deep", "title: Bleeding", "title: " + new string('[', 5000), Codes.TooDeep, 2, 39, "more than 32 levels deep here"),
        Risk("yaml_flow_mappings_nested_thousands_deep", "title: Bleeding", "title: " + string.Concat(Enumerable.Repeat("{a: ", 5000)), Codes.TooDeep, 2, 0, "Check the brackets and indentation"),
        Risk("yaml_block_lists_nested_thousands_deep", "warning_signs: [Swelling]", "warning_signs:\n" + string.Concat(Enumerable.Repeat("- ", 5000)) + "x", Codes.TooDeep, 12, 0, "more than 32 levels deep here"),
        Custom("site_yml_nested_thousands_deep", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("  sciatica: Sciatica", "  sciatica: " + new string('[', 5000), StringComparison.Ordinal)), Codes.TooDeep, "input/_data/site.yml", 19, 0, "more than 32 levels deep here"),
        new("markdown_quotes_nested_hundreds_deep", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine(new string('>', 300) + " deep")), Codes.TooDeep, CasePages.ProcedurePath, 24, 0, "Nest them only a few levels deep"),
        new("markdown_lists_nested_hundreds_deep", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine(string.Concat(Enumerable.Repeat("- ", 300)) + "deep")), Codes.TooDeep, CasePages.ProcedurePath, 24, 0, "Nest them only a few levels deep"),
        new("markdown_strong_emphasis_nested_hundreds_deep", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine(string.Concat(Enumerable.Repeat("**a ", 300)) + "x" + string.Concat(Enumerable.Repeat(" a**", 300)))), Codes.TooDeep, CasePages.ProcedurePath, 24, 0, "Nest them only a few levels deep"),
        new("markdown_emphasis_nested_hundreds_deep", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine(new string('*', 300) + "deep" + new string('*', 300))), Codes.TooDeep, CasePages.ProcedurePath, 24, 0, "Nest them only a few levels deep"),
        new("thousands_of_identical_headings", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine(string.Concat(Enumerable.Repeat("## Step\n", 6000)))), Codes.FileTooLarge, CasePages.ProcedurePath, 24, 0, "the limit is 5000"),
        new("table_with_tens_of_thousands_of_cells", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine(string.Concat(Enumerable.Repeat("|a", 12000)) + "|\n" + string.Concat(Enumerable.Repeat("|-", 12000)) + "|")), Codes.FileTooLarge, CasePages.ProcedurePath, 24, 0, "Split it into smaller pages"),
        new("paragraph_of_tens_of_thousands_of_inlines", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine(string.Concat(Enumerable.Repeat("`a` ", 11000)))), Codes.FileTooLarge, CasePages.ProcedurePath, 24, 0, "more than 20000 Markdown elements"),
        Risk("yaml_alias_that_contains_itself_used_as_a_key", "urgency: urgent", "urgency: urgent\nloop: &a [*a]\n*a : x", Codes.YamlSyntax, 13, 11, "which this site does not use"),
        Risk("yaml_alias_to_a_missing_anchor", "summary: A short summary of the page.", "summary: *Important* points", Codes.YamlSyntax, 3, 10, "put it in quotes"),
        Custom("site_yml_alias_that_contains_itself", s => s.Write("_data/site.yml", MinimalSite.SiteYml + "\nloop: &a [*a]\n*a : x\n"), Codes.YamlSyntax, "input/_data/site.yml", MinimalSite.SiteYml.Split('\n').Length + 1, 11, "which this site does not use"),
    ];
}
