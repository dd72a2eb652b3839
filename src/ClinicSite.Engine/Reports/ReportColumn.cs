namespace ClinicSite.Engine.Reports;

/// <summary>A column of the report: its heading, how a row's cell is written, and where it is shown.</summary>
/// <param name="Header">Column heading (the CSV header uses the same words).</param>
/// <param name="Cell">The cell text for a row, invariant culture.</param>
/// <param name="Numeric">Right-aligned in tables.</param>
/// <param name="InTable">Shown in the table; the CSV has every column.</param>
internal sealed record ReportColumn(string Header, Func<PageReport, string> Cell, bool Numeric = false, bool InTable = true);
