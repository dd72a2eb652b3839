using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.BadInput;

/// <summary>
/// The table of damaged inputs: each breaks the minimal site one way and names the error the editor must see.
/// Split by theme across partial files: front matter, files and names, Markdown and links, theme and data.
/// </summary>
internal static partial class BadInputCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, BadInputCase>> ByName = new(() =>
    {
        var all = FrontMatter().Concat(Files()).Concat(Body()).Concat(ThemeAndData()).Concat(Limits()).ToList();
        var duplicate = all.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two cases are named '{duplicate.Key}'.");
        }

        return all.ToDictionary(c => c.Name, StringComparer.Ordinal);
    });

    public static IReadOnlyDictionary<string, BadInputCase> All => ByName.Value;

    /// <summary>Case names for [MemberData]: names serialize, so each case shows as its own test.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    private static BadInputCase Risk(string name, string find, string replace, DiagnosticCode code, int line, int column, string advice) =>
        new(name, s => s.Write("risks/bleeding.md", CasePages.RiskWith(find, replace)), code, CasePages.RiskPath, line, column, advice);

    private static BadInputCase Procedure(string name, string find, string replace, DiagnosticCode code, int line, int column, string advice) =>
        new(name, s => s.Write("procedures/epidural.md", CasePages.ProcedureWith(find, replace)), code, CasePages.ProcedurePath, line, column, advice);

    /// <summary>A line of Markdown added to the procedure page; the error is expected on line 29 at the given column.</summary>
    private static BadInputCase BodyLine(string name, string markdown, DiagnosticCode code, int column, string advice) =>
        new(name, s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine(markdown)), code, CasePages.ProcedurePath, 29, column, advice);

    private static BadInputCase Page(string name, string path, string text, DiagnosticCode code, int line, int column, string advice) =>
        new(name, s => s.Write(path, text), code, "input/" + path, line, column, advice);

    private static BadInputCase Bytes(string name, string path, byte[] bytes, DiagnosticCode code, int line, string advice) =>
        new(name, s => s.WriteBytes(path, bytes), code, "input/" + path, line, 0, advice);

    private static BadInputCase Custom(string name, Action<TestSite> change, DiagnosticCode code, string file, int line, int column, string advice) =>
        new(name, change, code, file, line, column, advice);
}
