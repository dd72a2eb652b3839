using System.Globalization;

namespace ClinicSite.Engine.Diagnostics;

/// <summary>One problem found in the input, reported in MSBuild's canonical format.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    /// <summary><c>input/x.md(12,5): error CLS012: message</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Span}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}");
}
