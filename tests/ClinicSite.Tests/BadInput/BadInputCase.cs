using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.BadInput;

/// <summary>
/// One damaged-site scenario: how to break the minimal site, and the error the build must report: its code, file
/// (relative to the site root), line and column (0 = none or not meaningful), and a fragment of the fix advice.
/// </summary>
internal sealed record BadInputCase(string Name, Action<TestSite> Break, DiagnosticCode Code, string File, int Line, int Column, string Advice)
{
    public override string ToString() => Name;
}
