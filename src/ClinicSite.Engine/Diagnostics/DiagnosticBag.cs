using System.Collections.Concurrent;

namespace ClinicSite.Engine.Diagnostics;

/// <summary>Thread-safe collector: stages add problems and carry on, so one run reports everything.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(DiagnosticCode code, SourceSpan span, string message) =>
        Add(new Diagnostic(Severity.Error, code.Id, message, span));

    public void Warning(DiagnosticCode code, SourceSpan span, string message) =>
        Add(new Diagnostic(Severity.Warning, code.Id, message, span));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Sorted by file, line, column, then code, so output is stable across runs.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => _items
        .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .Distinct()
        .ToList();
}
